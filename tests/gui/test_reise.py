"""Hele reisen: startsiden → ny vurdering → svar på alt → sammendrag → tiltak → ferdig."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QPushButton

from vurdering.domene.modell import Grunnlag, Status, SvarType
from vurdering.gui.felles import meldinger
from vurdering.gui.veiviser.indikatorside import VET_IKKE_ID
from vurdering.gui.veiviser.sideliste import INDIKATOR, INTRO, PROBLEMER, SAMMENDRAG, TILTAKSPLAN
from vurdering.lagring import repository as repo


def test_fra_startsiden_til_ferdig_vurdering_med_tiltak(qtbot, lag_vindu, db, meldt) -> None:
    vindu = lag_vindu(db)
    assert vindu.startside.tom.isVisible() and not vindu.startside.tabell.isVisible()
    assert not vindu.startside.fortsett_knapp.isEnabled()

    # Ny vurdering: enhet, distrikt, dato, type, deltaker, ett fagområde med eget mål.
    vindu.startside.ny_knapp.click()
    dialog = vindu.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.enhet, "Sandnes politistasjon")
    dialog.distrikt.setCurrentIndex(dialog.distrikt.findData("Sør-Vest politidistrikt"))
    dialog.dato.setDate(QDate(2026, 11, 24))
    dialog.type.setCurrentIndex(dialog.type.findData("samling"))
    dialog.rolle.setCurrentText("Politikontakt")
    dialog.legg_til.click()
    assert dialog.modulvalg["KK"].isChecked() and not dialog.modulvalg["KK"].isEnabled()
    assert not dialog.malvalg["FOR"].isEnabled()
    dialog.modulvalg["FOR"].click()
    dialog.malvalg["FOR"].setValue(2)
    assert dialog.malvalg["FOR"].text().startswith("2 – ")
    with qtbot.waitSignal(vindu.vurdering_apnet) as apnet:
        dialog.ok.click()
    vid = apnet.args[0]
    v = repo.hent_vurdering(db, vid)
    assert (v.enhet.navn, v.enhet.distrikt, v.dato, v.type.value) == (
        "Sandnes politistasjon",
        "Sør-Vest politidistrikt",
        "2026-11-24",
        "samling",
    )
    assert v.moduler == ("KK", "SL", "SS", "DT", "FOR") and v.mal["FOR"] == 2
    assert [d.rolle for d in v.deltakere] == ["Politikontakt"]

    # Veiviseren begynner med enhetens problemer, så første moduls intro; svar på alt med kort,
    # knapper og «Neste».
    vv = vindu.veiviser
    assert vv.gjeldende.art == PROBLEMER and vv.enhetsniva == "tjenesteenhet"
    assert not vv.tilbake.isEnabled()
    assert vv.neste()
    assert vv.gjeldende.art == INTRO and vv.gjeldende.modul_id == "KK"
    n = 0
    while vv.gjeldende.art in (INTRO, INDIKATOR):
        if vv.gjeldende.art == INDIKATOR:
            side = vv.indikator
            with qtbot.waitSignal(vv.lagret):
                if n % 9 == 4:
                    side.vet_ikke.click()
                else:
                    side.kort[n % 5].click()
            with qtbot.waitSignal(vv.lagret):
                side.grunnlag_gruppe.button(n % 3).click()
            assert vv.lagret_etikett.text().startswith("✓ Lagret kl. ")
            n += 1
        vv.neste_knapp.click()
    assert n == 30 and vv.gjeldende.art == SAMMENDRAG
    svar = repo.hent_svar(db, vid)
    assert len(svar) == 30
    assert sum(s.type is SvarType.VET_IKKE for s in svar.values()) == 3
    assert svar["KK-01"].niva == 0 and svar["KK-01"].grunnlag is Grunnlag.DOKUMENTERT
    assert vv.fremdrift.value() == 30 and "30 av 30" in vv.fremdrift_tekst.text()
    assert "✓ Kunnskap og kompetanse  7/7" in vv.sideliste.topLevelItem(1).text(0)

    # Sammendraget: «Legg i tiltaksplan» på det første forslaget gir et tiltak.
    sammendrag = vv.sammendrag
    assert sammendrag is not None and vv.stabel.currentWidget() is sammendrag
    knapper = [
        k for k in sammendrag.findChildren(QPushButton) if k.text().startswith("Legg i tiltaksplan") and k.isEnabled()
    ]
    assert knapper
    with qtbot.waitSignal(sammendrag.tiltak_lagt_til) as lagt:
        knapper[0].click()
    tiltak = repo.hent_tiltak(db, vid)
    assert [t.id for t in tiltak] == [lagt.args[0]] and tiltak[0].indikator_id

    # Tiltaksplanen er siste steg; «Fullfør» spør og markerer som ferdig.
    vv.neste_knapp.click()
    assert vv.gjeldende.art == TILTAKSPLAN and vv.stabel.currentWidget() is vv.tiltaksplan
    assert vv.neste_knapp.text() == "Fullfør"
    assert vv.tiltaksplan.modell.rowCount() == 1
    meldt.svar = False
    vv.neste_knapp.click()
    assert repo.hent_vurdering(db, vid).status is Status.PAGAR  # «Avbryt»
    meldt.svar = True
    with qtbot.waitSignal(vv.status_endret):
        vv.neste_knapp.click()
    assert meldt.av(meldinger.Art.SPORSMAL)[-1][1] == "Marker som ferdig"
    assert repo.hent_vurdering(db, vid).status is Status.FERDIG
    assert vv.banner.isVisible() and not vv.neste_knapp.isEnabled()
    assert not vindu.h_ferdig.isEnabled() and vindu.h_apne.isEnabled()

    # Skrivebeskyttet: klikk og taster endrer ingenting; «Åpne igjen» gjør det mulig igjen.
    vv.ga_til_indikator("KK-02")
    for_ = repo.hent_svar(db, vid)["KK-02"]
    vv.indikator.kort[4].click()
    vv._tast_valg(3)
    assert repo.hent_svar(db, vid)["KK-02"] == for_
    assert vv.indikator.kommentar.isReadOnly() and not vv.indikator.vet_ikke.isEnabled()
    with qtbot.waitSignal(vv.status_endret):
        vv.apne_knapp.click()
    assert repo.hent_vurdering(db, vid).status is Status.PAGAR
    with qtbot.waitSignal(vv.lagret):
        vv.indikator.kort[4].click()
    assert repo.hent_svar(db, vid)["KK-02"].niva == 4

    # Tilbake til startsiden: vurderingen står der med 100 % og status.
    vv.start_knapp.click()
    assert vindu.veiviser is None
    m = vindu.startside.modell
    assert m.rowCount() == 1
    rad = [m.data(m.index(0, k)) for k in range(m.columnCount())]
    assert rad == [
        "Sandnes politistasjon",
        "Sør-Vest politidistrikt",
        "24.11.2026",
        "Samling",
        "100\u00a0%",
        "Pågår – alt besvart, kan markeres som ferdig",
        "2,1",  # samlet poeng (nøkkeltallet)
    ]
    assert not meldt.av(meldinger.Art.FEIL)


def test_vet_ikke_knappen_er_valgt_ogsaa_uten_farge(qtbot, lag_vindu, tema_vurdering) -> None:
    db, vid = tema_vurdering
    vindu = lag_vindu(db)
    vindu.apne_vurdering(vid)
    vv = vindu.veiviser
    vv.ga_til_indikator("SL-01")
    with qtbot.waitSignal(vv.lagret):
        vv.indikator.velg(VET_IKKE_ID)
    assert vv.indikator.vet_ikke.text().startswith("✓ ")
    with qtbot.waitSignal(vv.lagret):
        vv.indikator.kort[2].click()
    assert not vv.indikator.vet_ikke.text().startswith("✓ ")
    assert vv.indikator.kort[2].property("valgt") is True
    assert vv.indikator.kort[2]._valgt.isVisibleTo(vv.indikator.kort[2])
