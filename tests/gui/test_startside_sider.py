"""Startsiden med mange vurderinger: de nyeste først, «Vis flere» og søk."""

from __future__ import annotations

import json
from datetime import date

from PySide6.QtCore import Qt

from vurdering.cli import main
from vurdering.domene import formater
from vurdering.domene.bank import Bank
from vurdering.domene.modell import Svar
from vurdering.gui.start import startside
from vurdering.gui.start.startside import Startside
from vurdering.lagring import repository as repo
from vurdering.lagring.database import sql_for_tester


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

    monkeypatch.setattr(Bank, "fra_json", forbudt)
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


def test_runden_kommer_fra_databasen_ogsaa_paa_forste_side(qtbot, db, bank, meldt, monkeypatch) -> None:
    """Tre runder av samme enhet der bare den nyeste er på første side: den er likevel «runde 3»."""
    monkeypatch.setattr(startside, "SIDE", 2)
    runder = [
        repo.opprett_vurdering(db, bank, enhet="Molde", distrikt="Møre og Romsdal politidistrikt", dato=date(ar, 3, 1))
        for ar in (2024, 2025, 2026)
    ]
    for i in range(3):  # nyere endret enn de to eldste rundene, så de havner på neste side
        repo.opprett_vurdering(db, bank, enhet=f"Annen {i}", distrikt="Agder politidistrikt")
    sql_for_tester(db, "UPDATE vurdering SET endret = '2000-01-01T00:00:00' WHERE id IN (?, ?)", tuple(runder[:2]))
    sql_for_tester(db, "UPDATE vurdering SET endret = '2099-01-01T00:00:00' WHERE id = ?", (runder[2],))
    side = Startside(db)
    qtbot.addWidget(side)
    assert side.modell.rowCount() == 2 and side.modell.rad(0).id == runder[2]
    assert side.modell.data(side.modell.index(0, 0)) == "Molde (runde 3)"
    assert side.modell.data(side.modell.index(1, 0)).startswith("Annen")  # én runde: uten nummer
    qtbot.keyClicks(side.sok, "molde")
    side.sok.returnPressed.emit()
    assert [side.modell.data(side.modell.index(i, 0)) for i in range(side.modell.rowCount())] == [
        "Molde (runde 3)",
        "Molde (runde 2)",
    ]  # søket gir også sider: de to nyeste av tre


def test_samlet_poeng_er_det_vis_json_gir(qtbot, db, db_sti, bank, meldt, capsys) -> None:
    vid = repo.opprett_vurdering(db, bank, enhet="Bodø", distrikt="Nordland politidistrikt")
    tom = repo.opprett_vurdering(db, bank, enhet="Narvik", distrikt="Nordland politidistrikt")
    for modul in bank.moduler:
        if modul.er_tema:
            for n, ind in enumerate(modul.indikatorer):
                repo.lagre_svar(db, vid, Svar.med_niva(ind.id, (n * 3 + 1) % 5))
    assert main(["vis", "--database", str(db_sti), "--vurdering", str(vid), "--json"]) == 0
    poeng = json.loads(capsys.readouterr().out)["samlet"]["poeng"]
    assert poeng is not None
    side = Startside(db)
    qtbot.addWidget(side)
    modell = side.modell
    assert modell.headerData(startside.SAMLET, Qt.Orientation.Horizontal) == "Samlet"
    tekst = {modell.rad(i).id: modell.data(modell.index(i, startside.SAMLET)) for i in range(modell.rowCount())}
    assert tekst[vid] == formater.tall(poeng) and tekst[tom] == "–"
