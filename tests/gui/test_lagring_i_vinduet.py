"""Ingenting går tapt: valg lagres straks, tekst etter en pause, ved sidebytte og ved lukking;
en lagringsfeil vises og gir aldri «Lagret»; Ikke relevant krever begrunnelse."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from vurdering.domene.modell import Svar, SvarType
from vurdering.gui.felles import meldinger
from vurdering.gui.veiviser.indikatorside import IKKE_RELEVANT_ID, PAUSE_MS
from vurdering.lagring import repository as repo
from vurdering.lagring.database import DatabaseFeil


@pytest.fixture
def veiviser(lag_vindu, tema_vurdering):
    db, vid = tema_vurdering
    vindu = lag_vindu(db)
    assert vindu.apne_vurdering(vid)
    vv = vindu.veiviser
    vv.ga_til_indikator("KK-01")
    return vindu, vv, db, vid


def test_tekst_lagres_etter_pause_uten_sidebytte(qtbot, veiviser) -> None:
    _, vv, db, vid = veiviser
    with qtbot.waitSignal(vv.lagret):
        vv.indikator.kort[2].click()
    qtbot.keyClicks(vv.indikator.kommentar, "Fast møte hver mandag")
    assert repo.hent_svar(db, vid)["KK-01"].kommentar == ""  # ikke ennå: venter på pausen
    with qtbot.waitSignal(vv.lagret, timeout=PAUSE_MS * 5):
        pass
    assert repo.hent_svar(db, vid)["KK-01"].kommentar == "Fast møte hver mandag"
    assert vv.lagret_etikett.text().startswith("✓ Lagret kl. ")


def test_skrevet_tekst_overlever_sidebytte_og_lukking(qtbot, veiviser, lag_vindu) -> None:
    vindu, vv, db, vid = veiviser
    with qtbot.waitSignal(vv.lagret):
        vv.indikator.kort[3].click()
    qtbot.keyClicks(vv.indikator.kommentar, "Skrevet rett før PgDn")
    qtbot.keyClicks(vv.indikator.kilde, "Referat 3. mars")
    vv.neste()  # før pausen er over
    s = repo.hent_svar(db, vid)["KK-01"]
    assert (s.kommentar, s.kilde, s.niva) == ("Skrevet rett før PgDn", "Referat 3. mars", 3)

    # Tekst på en indikator uten svar følger med når man går fram og tilbake.
    qtbot.keyClicks(vv.indikator.kommentar, "Utkast uten svar")
    assert "KK-02" not in repo.hent_svar(db, vid)
    vv.forrige()
    vv.neste()
    assert vv.indikator.kommentar.toPlainText() == "Utkast uten svar"
    assert vv.lagret_etikett.text() == "Teksten lagres når du har valgt et svar."
    with qtbot.waitSignal(vv.lagret):
        vv.indikator.kort[1].click()
    assert repo.hent_svar(db, vid)["KK-02"].kommentar == "Utkast uten svar"

    # Tekst som skrives rett før vinduet lukkes, lagres også.
    qtbot.keyClicks(vv.indikator.kilde, "Virksomhetsplan")
    vindu.close()
    assert repo.hent_svar(db, vid)["KK-02"].kilde == "Virksomhetsplan"


def test_lukking_med_tekst_som_ikke_kan_lagres_spor_forst(qtbot, veiviser, meldt) -> None:
    vindu, vv, db, vid = veiviser
    qtbot.keyClicks(vv.indikator.kommentar, "Ingen svar valgt")
    meldt.svar = False
    assert not vindu.close()
    assert vindu.isVisible()
    assert "KK-01: tekst uten valgt svar." in meldt.av(meldinger.Art.SPORSMAL)[-1][2]
    meldt.svar = True
    assert vindu.close()
    assert "KK-01" not in repo.hent_svar(db, vid)  # teksten kunne ikke lagres uten svar, og brukeren visste det


def test_ikke_relevant_nekter_aa_gaa_videre_uten_begrunnelse(qtbot, veiviser) -> None:
    _, vv, db, vid = veiviser
    with qtbot.waitSignal(vv.lagret):
        vv.indikator.kort[2].click()
    vv.indikator.ikke_relevant.click()
    assert vv.indikator.grunn.isVisible()
    assert not vv.indikator.er_komplett()
    for forsok in (vv.neste, lambda: vv.ga_til(vv.indeks + 3), vv.forrige, vv.marker_ferdig):
        assert not forsok()
        assert vv.gjeldende.indikator_id == "KK-01"
    assert vv.indikator.krav.isVisible()
    assert "begrunnes" in vv.lagret_etikett.text()
    assert vv.lagret_etikett.property("tilstand") == "feil"
    assert QApplication.focusWidget() is vv.indikator.grunn
    assert repo.hent_svar(db, vid)["KK-01"].type is SvarType.NIVA  # ikke lagret som Ikke relevant
    assert repo.hent_vurdering(db, vid).status.value == "pagar"

    qtbot.keyClicks(vv.indikator.grunn, "   ")  # bare mellomrom teller ikke
    assert not vv.neste()
    qtbot.keyClicks(vv.indikator.grunn, "Enheten har ingen arrest")
    assert not vv.indikator.krav.isVisible()
    assert vv.neste()
    s = repo.hent_svar(db, vid)["KK-01"]
    assert s.type is SvarType.IKKE_RELEVANT and s.grunn.strip() == "Enheten har ingen arrest" and s.niva is None


def test_lagringsfeil_viser_feil_og_aldri_lagret(qtbot, veiviser, meldt, monkeypatch) -> None:
    _, vv, db, vid = veiviser

    def feiler(*_a, **_k):
        raise DatabaseFeil("Disken er full eller kan ikke skrives til. Svaret ble ikke lagret.")

    monkeypatch.setattr(repo, "lagre_svar", feiler)
    lagret: list[str] = []
    vv.lagret.connect(lagret.append)
    with qtbot.waitSignal(vv.lagring_feilet):
        vv.indikator.kort[3].click()
    assert lagret == []
    assert "Lagret" not in vv.lagret_etikett.text()
    assert vv.lagret_etikett.text() == "Ikke lagret – se feilmeldingen."
    feil = meldt.av(meldinger.Art.FEIL)
    assert feil and feil[-1][1] == "Svaret ble ikke lagret" and "Disken er full" in feil[-1][2]
    assert "KK-01" not in repo.hent_svar(db, vid)
    assert vv.sideliste.currentItem().text(0).startswith("○")  # ikke merket som besvart

    # Når disken virker igjen, lagres neste valg som vanlig.
    monkeypatch.undo()
    with qtbot.waitSignal(vv.lagret):
        vv.indikator.kort[1].click()
    assert repo.hent_svar(db, vid)["KK-01"].niva == 1


def test_lagret_svar_beholder_rolle_og_dissens(qtbot, lag_vindu, tema_vurdering) -> None:
    db, vid = tema_vurdering
    repo.lagre_svar(db, vid, Svar.med_niva("KK-03", 2, rolle="Politikontakt", dissens="To mente 3"))
    vindu = lag_vindu(db)
    vindu.apne_vurdering(vid)
    vv = vindu.veiviser
    vv.ga_til_indikator("KK-03")
    with qtbot.waitSignal(vv.lagret):
        vv.indikator.kort[3].click()
    s = repo.hent_svar(db, vid)["KK-03"]
    assert (s.niva, s.rolle, s.dissens) == (3, "Politikontakt", "To mente 3")


def test_ikke_relevant_med_tast_flytter_markoren_til_begrunnelsen(qtbot, veiviser) -> None:
    _, vv, db, vid = veiviser
    vv.indikator.velg(IKKE_RELEVANT_ID)
    assert QApplication.focusWidget() is vv.indikator.grunn
    assert "KK-01" not in repo.hent_svar(db, vid)
