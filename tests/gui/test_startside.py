"""Startsiden: tabellmodellen, fortsett og sletting med bekreftelse."""

from __future__ import annotations

from PySide6.QtCore import Qt

from vurdering.domene.modell import Svar
from vurdering.gui.felles import meldinger
from vurdering.gui.start.startside import Startside, VurderingsModell
from vurdering.lagring import repository as repo


def _to_vurderinger(db, bank) -> tuple[int, int]:
    a = repo.opprett_vurdering(
        db, bank, enhet="Bodø politistasjon", distrikt="Nordland politidistrikt", moduler=[], dato="2026-11-24"
    )
    b = repo.opprett_vurdering(
        db, bank, enhet="Kripos forebygging", distrikt="Kripos", moduler=["PR"], dato="2026-01-05", type="samlet"
    )
    for ind in ("KK-01", "KK-02", "KK-03", "KK-04", "KK-05", "KK-06", "KK-07"):
        repo.lagre_svar(db, a, Svar.med_niva(ind, 2))
    return a, b


def test_modellen_bestaar_qtmodeltester(qtmodeltester, db, bank) -> None:
    _to_vurderinger(db, bank)
    modell = VurderingsModell()
    modell.sett_rader(repo.liste_vurderinger(db))
    qtmodeltester.check(modell, force_py=True)
    modell.sett_rader([])
    qtmodeltester.check(modell, force_py=True)


def test_tabellen_viser_norske_datoer_fremdrift_og_status(qtbot, db, bank, meldt) -> None:
    a, b = _to_vurderinger(db, bank)
    side = Startside(db)
    qtbot.addWidget(side)
    m = side.modell
    assert [m.headerData(k, Qt.Orientation.Horizontal) for k in range(6)] == [
        "Enhet",
        "Distrikt",
        "Dato",
        "Type",
        "Fremdrift",
        "Status",
    ]
    rader = {m.data(m.index(r, 0)): [m.data(m.index(r, k)) for k in range(6)] for r in range(m.rowCount())}
    assert rader["Bodø politistasjon"][1:] == [
        "Nordland politidistrikt",
        "24.11.2026",
        "Individuell",
        "26\u00a0%",
        "Pågår",
    ]
    assert rader["Kripos forebygging"][2:] == ["05.01.2026", "Samlet", "0\u00a0%", "Pågår"]
    assert m.data(m.index(0, 4), Qt.ItemDataRole.ToolTipRole).endswith("indikatorer besvart")
    assert {m.data(m.index(r, 0), VurderingsModell.ID_ROLLE) for r in range(2)} == {a, b}


def test_fortsett_og_dobbeltklikk_aapner_valgt(qtbot, db, bank, meldt) -> None:
    _a, b = _to_vurderinger(db, bank)
    side = Startside(db)
    qtbot.addWidget(side)
    side.velg(b)
    with qtbot.waitSignal(side.apne) as apnet:
        side.fortsett_knapp.click()
    assert apnet.args == [b]
    with qtbot.waitSignal(side.ny):
        side.ny_knapp.click()


def test_slett_spor_forst_og_sletter_for_godt(qtbot, db, bank, meldt) -> None:
    a, b = _to_vurderinger(db, bank)
    side = Startside(db)
    qtbot.addWidget(side)
    side.velg(a)
    meldt.svar = False
    side.slett_knapp.click()
    art, _tittel, tekst = meldt.vist[-1]
    assert art is meldinger.Art.SPORSMAL and "Bodø politistasjon" in tekst and "24.11.2026" in tekst
    assert {r.id for r in repo.liste_vurderinger(db)} == {a, b}

    meldt.svar = True
    side.slett_knapp.click()
    assert [r.id for r in repo.liste_vurderinger(db)] == [b]
    assert repo.hent_svar(db, a) == {}
    assert side.modell.rowCount() == 1 and side.valgt_id() == b

    side.slett_knapp.click()
    assert side.modell.rowCount() == 0
    assert side.tom.isVisibleTo(side) and not side.fortsett_knapp.isEnabled() and not side.slett_knapp.isEnabled()


def test_runde_skiller_like_enheter_og_alt_besvart_hintes(qtbot, db, bank, meldt) -> None:
    forste = repo.opprett_vurdering(
        db, bank, enhet="Demo politistasjon", distrikt="Agder politidistrikt", moduler=[], dato="2026-05-12"
    )
    andre = repo.opprett_vurdering(
        db, bank, enhet="Demo politistasjon", distrikt="Agder politidistrikt", moduler=[], dato="2026-11-24"
    )
    annen = repo.opprett_vurdering(db, bank, enhet="Bodø politistasjon", distrikt="Nordland politidistrikt", moduler=[])
    for ind in (
        bank.modul("KK").indikatorer
        + bank.modul("SL").indikatorer
        + bank.modul("SS").indikatorer
        + bank.modul("DT").indikatorer
    ):
        repo.lagre_svar(db, forste, Svar.med_niva(ind.id, 2))
    side = Startside(db)
    qtbot.addWidget(side)
    m = side.modell
    rader = {
        m.data(m.index(r, 0), VurderingsModell.ID_ROLLE): [m.data(m.index(r, k)) for k in range(6)]
        for r in range(m.rowCount())
    }
    assert rader[forste][0] == "Demo politistasjon (runde 1)"
    assert rader[andre][0] == "Demo politistasjon (runde 2)"
    assert rader[annen][0] == "Bodø politistasjon"
    assert rader[forste][5] == "Pågår – alt besvart, kan markeres som ferdig"
    assert rader[andre][5] == "Pågår"
