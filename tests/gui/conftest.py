"""Felles for GUI-testene: meldinger som fanges, vinduet, og opprydding av språk og utseende."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from vurdering.domene.bank import Bank
from vurdering.gui.felles import sprak
from vurdering.lagring import repository as repo
from vurdering.lagring.database import Database


@pytest.fixture(autouse=True)
def nullstill_gui(qapp: QApplication) -> Iterator[None]:
    """Hver test begynner på bokmål, med standard skrift og uten stilark."""
    skrift = QFont(qapp.font())
    yield
    sprak.bytt(qapp, "nb")
    qapp.setStyleSheet("")
    qapp.setFont(skrift)


@pytest.fixture
def lag_vindu(qapp: QApplication, qtbot: object, db: Database, meldt: object) -> Iterator[Callable[[Database], object]]:
    """Lag hovedvinduet for en database slik `app.start` gjør (innstillinger, språk, utseende).

    Vinduene lukkes før databasen (avhengigheten av `db` sørger for rekkefølgen), og
    meldinger fanges alltid, så en dialog aldri blokkerer testen.
    """
    from vurdering.gui.app import lag_vindu as lag

    vinduer: list[object] = []

    def lag_og_vis(db: Database) -> object:
        vindu = lag(qapp, db)
        vindu.setWindowState(Qt.WindowState.WindowNoState)  # den tenkte skjermen er liten: ellers maksimert
        vindu.resize(1200, 800)
        vindu.show()
        qtbot.waitExposed(vindu)  # type: ignore[attr-defined]
        vinduer.append(vindu)
        return vindu

    yield lag_og_vis
    for v in vinduer:
        v.close()  # type: ignore[attr-defined]
    QApplication.processEvents()  # nulltidtakere som venter, kjører mens widgetene ennå lever
    for v in vinduer:
        v.deleteLater()  # type: ignore[attr-defined]
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


@pytest.fixture
def tema_vurdering(db: Database, bank: Bank) -> tuple[Database, int]:
    """En tom vurdering med bare de fire temaene (28 indikatorer)."""
    vid = repo.opprett_vurdering(db, bank, enhet="Testenhet", distrikt="Vest politidistrikt", moduler=[])
    return db, vid
