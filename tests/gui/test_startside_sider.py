"""Startsiden med mange vurderinger: de nyeste først, «Vis flere» og søk."""

from __future__ import annotations

from vurdering.gui.start import startside
from vurdering.gui.start.startside import Startside
from vurdering.lagring import repository as repo


def _mange(db, bank, n: int) -> list[int]:
    return [
        repo.opprett_vurdering(db, bank, enhet=f"Enhet {i:02d}", distrikt="Agder politidistrikt", moduler=["KK"])
        for i in range(n)
    ] + [repo.opprett_vurdering(db, bank, enhet="Ålesund", distrikt="Møre og Romsdal politidistrikt", moduler=[])]


def test_viser_en_side_og_henter_flere(qtbot, db, bank, meldt, monkeypatch) -> None:
    monkeypatch.setattr(startside, "SIDE", 5)
    _mange(db, bank, 11)
    side = Startside(db)
    qtbot.addWidget(side)
    side.show()
    assert side.modell.rowCount() == 5
    assert not side.flere_knapp.isHidden() and "5" in side.antall.text() and "12" in side.antall.text()
    side.flere_knapp.click()
    assert side.modell.rowCount() == 10
    side.flere_knapp.click()
    assert side.modell.rowCount() == 12 and side.flere_knapp.isHidden()


def test_sok_finner_eldre_vurderinger(qtbot, db, bank, meldt, monkeypatch) -> None:
    monkeypatch.setattr(startside, "SIDE", 3)
    _mange(db, bank, 6)
    side = Startside(db)
    qtbot.addWidget(side)
    qtbot.keyClicks(side.sok, "ålesund")
    with qtbot.waitSignal(side._sok_tidtaker.timeout, timeout=2000):
        pass
    assert [side.modell.rad(i).enhet for i in range(side.modell.rowCount())] == ["Ålesund"]
    assert side.valgt_id() is not None
    side.sok.clear()
    side.sok.returnPressed.emit()
    assert side.modell.rowCount() == 3


def test_startsiden_tolker_ingen_bank(qtbot, db, bank, meldt, monkeypatch) -> None:
    _mange(db, bank, 3)

    def forbudt(*_a: object) -> None:
        raise AssertionError("startsiden skal lese nøkkeltallene, ikke banken")

    monkeypatch.setattr(repo, "liste_vurderinger", forbudt)
    side = Startside(db)
    qtbot.addWidget(side)
    assert side.modell.rowCount() == 4


def test_radhoyden_folger_skriften(qtbot, db, bank, meldt) -> None:
    _mange(db, bank, 2)
    side = Startside(db)
    qtbot.addWidget(side)
    side.show()
    for_ = side.tabell.verticalHeader().defaultSectionSize()
    skrift = side.font()
    skrift.setPointSizeF(skrift.pointSizeF() * 2)
    side.setFont(skrift)
    qtbot.waitUntil(lambda: side.tabell.verticalHeader().defaultSectionSize() > for_ * 1.5)
    assert side.tabell.rowHeight(0) >= side.tabell.fontMetrics().height()
