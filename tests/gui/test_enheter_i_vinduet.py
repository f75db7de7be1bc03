"""Menyen «Enheter» i hovedvinduet: oversikten åpner en vurdering, utviklingen for valgt vurdering,
og dialogen som gir nytt navn og slår sammen skrivemåter."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QAction

from vurdering.gui.felles import meldinger
from vurdering.gui.oversikt import meny
from vurdering.gui.oversikt.enheter import Enhetsdialog
from vurdering.gui.oversikt.modeller import ID_ROLLE
from vurdering.lagring import repository as repo
from vurdering.tjenester.demo import lag_distriktsdemo
from vurdering.tjenester.oversikt import enheter


def _handlinger(vindu) -> dict[str, QAction]:
    return {h.text(): h for h in vindu.actions()}


def test_menyene_finnes(lag_vindu, db) -> None:
    vindu = lag_vindu(db)
    tekster = _handlinger(vindu)
    for tekst in (
        "Oversikt over enhetene…",
        "Utvikling for enheten…",
        "Gi nytt navn eller slå sammen…",
        "Importer mappe…",
    ):
        assert tekst in tekster, tekst
    titler = [m.title() for m in vindu.menuBar().findChildren(type(vindu.menuBar().actions()[0].menu()))]
    assert "&Enheter" in titler


def test_oversikten_aapner_vurderingen_i_hovedvinduet(qtbot, lag_vindu, db, bank) -> None:
    lag_distriktsdemo(db, bank, date(2026, 6, 1))
    vindu = lag_vindu(db)
    o = meny.vis_oversikt(vindu)
    qtbot.addWidget(o)
    vid = o.varmekart.index(2, 0).data(ID_ROLLE)
    o.apne.emit(vid)
    assert vindu.veiviser is not None and vindu.veiviser.vurdering_id == vid
    u = meny.vis_utvikling(vindu)  # den åpne vurderingens enhet
    assert u is not None
    qtbot.addWidget(u)
    assert u.utvikling is not None and vid in [r.vurdering_id for r in u.utvikling.runder]


def test_utvikling_uten_valgt_vurdering_sier_fra(lag_vindu, db, meldt) -> None:
    vindu = lag_vindu(db)
    assert meny.vis_utvikling(vindu) is None
    assert meldt.av(meldinger.Art.INFO)


def test_dialogen_gir_nytt_navn_og_slaar_sammen(qtbot, lag_vindu, db, bank, meldt) -> None:
    repo.opprett_vurdering(db, bank, enhet="Sentrum", distrikt="Vest politidistrikt", dato="2025-01-01")
    repo.opprett_vurdering(db, bank, enhet="Bergen sentrum", distrikt="Vest politidistrikt", dato="2026-01-01")
    vindu = lag_vindu(db)
    d = meny.vis_enheter(vindu)
    assert isinstance(d, Enhetsdialog)
    ider = {e.navn: e.id for e in enheter(db)}
    d.navn_enhet.setCurrentIndex(d.navn_enhet.findData(ider["Sentrum"]))
    d.nytt_navn.setText("   ")
    assert not d.gi_nytt_navn() and d.melding.text()
    d.nytt_navn.setText("Sentrum politistasjon")
    with qtbot.waitSignal(d.endret):
        d.navn_knapp.click()
    assert {e.navn for e in enheter(db)} == {"Sentrum politistasjon", "Bergen sentrum"}
    assert any("Sentrum politistasjon" in vindu.startside.modell.rad(i).enhet for i in range(2))
    d.fra.setCurrentIndex(d.fra.findData(ider["Sentrum"]))
    d.til.setCurrentIndex(d.til.findData(ider["Bergen sentrum"]))
    meldt.svar = False
    assert not d.slaa_sammen()
    assert len(enheter(db)) == 2
    meldt.svar = True
    with qtbot.waitSignal(d.endret):
        d.sammen_knapp.click()
    assert [(e.navn, e.runder) for e in enheter(db)] == [("Bergen sentrum", 2)]
    assert {vindu.startside.modell.rad(i).enhet for i in range(2)} == {"Bergen sentrum"}
    d.close()
