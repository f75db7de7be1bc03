"""200 % tekst i et vindu på 1366 × 768: ingenting ruller sidelengs, fristen er en hel dato,
og innstillingene klipper ingen tekst (WCAG 1.4.4 og 1.4.10)."""

from __future__ import annotations

import dataclasses
import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from vurdering.gui.felles import vindusplass
from vurdering.gui.resultat.tiltakmodell import KOL_FRIST
from vurdering.lagring import repository as repo


def _baerbart_vindu(lag_vindu, db):
    vindu = lag_vindu(db)
    vindu.resize(1366 - vindusplass.RAMME.width(), 728 - vindusplass.RAMME.height())
    vindu.utseende.sett_skala(2.0)
    return vindu


def _vent() -> None:
    for _ in range(4):
        QApplication.processEvents()


def test_sammendrag_og_tiltaksplan_ruller_ikke_sidelengs(qtbot, lag_vindu, demo_db) -> None:
    db, vid = demo_db
    t = repo.hent_tiltak(db, vid)[0]
    repo.lagre_tiltak(db, vid, dataclasses.replace(t, frist="2020-06-10"))  # forfalt: fet, med «(forfalt)»
    vindu = _baerbart_vindu(lag_vindu, db)
    vindu.apne_vurdering(vid)
    v = vindu.veiviser
    v.ga_til(v.indeks_for("sammendrag"))
    _vent()
    assert v.sammendrag.rulle.horizontalScrollBar().maximum() == 0
    v.ga_til(v.indeks_for("tiltaksplan"))
    _vent()
    tabell = v.tiltaksplan.tabell
    assert tabell.horizontalScrollBar().maximum() == 0, "tiltakstabellen ruller sidelengs"
    hode = tabell.horizontalHeader()
    assert hode.sectionPosition(KOL_FRIST) + hode.sectionSize(KOL_FRIST) <= tabell.viewport().width()
    modell = tabell.model()
    for rad in range(modell.rowCount()):
        indeks = modell.index(rad, KOL_FRIST)
        tekst = indeks.data()
        dato = re.match(r"\d{2}\.\d{2}\.\d{4}", tekst)
        if dato is None:
            continue
        skrift = indeks.data(Qt.ItemDataRole.FontRole) or tabell.font()
        skrift.setPointSizeF(tabell.font().pointSizeF())
        assert QFontMetrics(skrift).horizontalAdvance(dato.group()) < tabell.columnWidth(KOL_FRIST), tekst


def test_innstillingene_klipper_ingen_tekst_ved_200_prosent(qtbot, lag_vindu, db) -> None:
    vindu = _baerbart_vindu(lag_vindu, db)
    dialog = vindu.vis_innstillinger()
    qtbot.waitExposed(dialog)
    _vent()
    assert dialog.width() <= 1366 and dialog.height() <= 728
    for w in dialog.findChildren(QWidget):
        if not w.isVisible() or not isinstance(w, QLabel | QAbstractButton):
            continue
        hoyde = w.heightForWidth(w.width()) if w.hasHeightForWidth() else w.sizeHint().height()
        assert w.height() >= hoyde, f"klippet: {type(w).__name__} «{w.text()}» {w.height()} < {hoyde}"
        assert w.width() >= min(w.sizeHint().width(), w.minimumSizeHint().width()), w.text()
    dialog.reject()
