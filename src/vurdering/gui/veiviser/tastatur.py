"""Veiviserens hurtigtaster: 0–4, V og I velger svar; PgDn/PgUp og Ctrl+Enter blar.

Valgtastene virker bare på indikatorsidene og aldri mens brukeren skriver i et tekstfelt;
andre steder skal V, I og sifre være vanlige taster.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from vurdering.gui.veiviser.indikatorside import IKKE_RELEVANT_ID, VET_IKKE_ID


def skriver_tekst() -> bool:
    """True når fokus står i et felt der tastene er tekst (skrivbar liste, tekstfelt, tallfelt)."""
    w = QApplication.focusWidget()
    if isinstance(w, QComboBox):
        return w.isEditable()
    return isinstance(w, QLineEdit | QPlainTextEdit | QTextEdit | QAbstractSpinBox)


def _snarvei(eier: QWidget, tast: QKeySequence | str, handling: Callable[[], object]) -> QShortcut:
    s = QShortcut(QKeySequence(tast), eier)
    s.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    s.activated.connect(handling)
    return s


def lag_snarveier(
    eier: QWidget, velg: Callable[[int], None], neste: Callable[[], object], forrige: Callable[[], object]
) -> list[QShortcut]:
    """Hurtigtastene i `eier`; gir valgtastene (0–4, V, I), som veiviseren slår av utenfor indikatorsidene."""
    valgtaster = [_snarvei(eier, str(n), partial(velg, n)) for n in range(5)]
    valgtaster.append(_snarvei(eier, "V", lambda: velg(VET_IKKE_ID)))
    valgtaster.append(_snarvei(eier, "I", lambda: velg(IKKE_RELEVANT_ID)))
    _snarvei(eier, QKeySequence(Qt.Key.Key_PageDown), neste)
    _snarvei(eier, QKeySequence(Qt.Key.Key_PageUp), forrige)
    _snarvei(eier, QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Return), neste)
    _snarvei(eier, QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Enter), neste)
    return valgtaster
