"""Siden «Enhetens prioriterte problemer»: legg til, endre og fjern (lagret straks), høyst fem,
forrige rundes problemer tas med og ny verdi etterspørres, og en ferdig vurdering kan bare leses."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from vurdering.domene.problemer import Problem
from vurdering.gui.veiviser.problemside import iso_dato
from vurdering.gui.veiviser.sideliste import PROBLEMER
from vurdering.lagring import repository as repo
from vurdering.tjenester import problemer


def _fyll(skjema, **felt: str) -> None:
    for navn, verdi in felt.items():
        skjema.felt[navn].setText(verdi)
        skjema.felt[navn].editingFinished.emit()


def test_ny_vurdering_begynner_med_problemene_og_alt_lagres_straks(qtbot, lag_vindu, tema_vurdering, meldt) -> None:
    db, vid = tema_vurdering
    vindu = lag_vindu(db)
    assert vindu.apne_vurdering(vid)
    vv = vindu.veiviser
    assert vv.gjeldende.art == PROBLEMER and vv.stabel.currentWidget() is vv.problemside
    side = vv.problemside
    assert len(side.skjemaer) == 1 and not side.tilbud.isVisible()  # et tomt skjema er klart
    skjema = side.skjemaer[0]
    _fyll(skjema, effektmal="anmeldte voldssaker")
    assert "tittel" in skjema.melding.text() and problemer.hent(db, vid) == []
    with qtbot.waitSignal(side.lagret):
        _fyll(skjema, tittel="Vold i sentrum")
    _fyll(
        skjema,
        begrunnelse="Virksomhetsplanen 2026",
        kilde="PO/BL",
        utgangsverdi="40",
        utgangsdato="01.01.2026",
        malverdi="30",
        siste_verdi="35,5",
        siste_dato="2026-10-01",
    )
    [p] = problemer.hent(db, vid)
    assert (p.tittel, p.begrunnelse, p.effektmal, p.kilde) == (
        "Vold i sentrum",
        "Virksomhetsplanen 2026",
        "anmeldte voldssaker",
        "PO/BL",
    )
    assert (p.utgangsverdi, p.utgangsdato, p.malverdi, p.siste_verdi, p.siste_dato) == (
        40,
        "2026-01-01",
        30,
        35.5,
        "2026-10-01",
    )
    assert "Lagret" in side.status.text()

    _fyll(skjema, malverdi="mange")
    assert "tall" in skjema.melding.text() and problemer.hent(db, vid)[0].malverdi == 30
    _fyll(skjema, malverdi="25")
    assert skjema.melding.isHidden() and problemer.hent(db, vid)[0].malverdi == 25

    for nr in range(2, 6):
        ny = side.nytt_problem()
        assert ny is not None
        _fyll(ny, tittel=f"Problem nr. {nr}")
    assert len(problemer.hent(db, vid)) == 5
    assert not side.legg_til.isEnabled() and side.nytt_problem() is None

    meldt.svar = True
    side.skjemaer[1].fjern_knapp.click()
    assert [p.tittel for p in problemer.hent(db, vid)] == [
        "Vold i sentrum",
        "Problem nr. 3",
        "Problem nr. 4",
        "Problem nr. 5",
    ]
    assert [s.title() for s in side.skjemaer] == [f"Problem {n}" for n in range(1, 5)]
    assert side.legg_til.isEnabled()
    assert vv.neste() and vv.gjeldende.art == "intro"


def test_forrige_rundes_problemer_tas_med_og_ny_verdi_etterspoerres(qtbot, lag_vindu, db, bank, meldt) -> None:
    gammel = repo.opprett_vurdering(
        db, bank, enhet="Alta politistasjon", distrikt="Finnmark politidistrikt", dato="2025-03-01"
    )
    problemer.lagre(
        db, gammel, Problem("Ungdomsvold", effektmal="anmeldte saker", utgangsverdi=20, utgangsdato="2025-02-01", malverdi=10, siste_verdi=15)
    )
    ny = repo.opprett_vurdering(
        db, bank, enhet="Alta politistasjon", distrikt="Finnmark politidistrikt", dato="2026-03-01"
    )
    vindu = lag_vindu(db)
    assert vindu.apne_vurdering(ny)
    side = vindu.veiviser.problemside
    assert side.tilbud.isVisible() and "1 prioriterte problemer" in side.tilbud_tekst.text()
    assert side.ta_med_fra_forrige() == 1
    assert not side.tilbud.isVisible()
    [skjema] = side.skjemaer
    assert skjema.felt["tittel"].text() == "Ungdomsvold" and skjema.felt["siste_verdi"].text() == ""
    assert skjema.felt["utgangsdato"].text() == "01.02.2025"
    assert not skjema.forrige.isHidden() and "Forrige runde: 15" in skjema.forrige.text()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is skjema.felt["siste_verdi"])
    _fyll(skjema, siste_verdi="12", siste_dato="01.03.2026")
    [p] = problemer.hent(db, ny)
    assert (p.siste_verdi, p.siste_dato, p.forrige_verdi) == (12, "2026-03-01", 15)
    assert problemer.hent(db, gammel)[0].siste_verdi == 15  # forrige runde er urørt


def test_ferdig_vurdering_kan_bare_leses(qtbot, lag_vindu, tema_vurdering) -> None:
    db, vid = tema_vurdering
    problemer.lagre(db, vid, Problem("Vold i sentrum"))
    vindu = lag_vindu(db)
    assert vindu.apne_vurdering(vid)
    vv = vindu.veiviser
    assert vv.marker_ferdig()
    side = vv.problemside
    assert [s.felt["tittel"].isReadOnly() for s in side.skjemaer] == [True]
    assert not side.legg_til.isEnabled() and not side.skjemaer[0].fjern_knapp.isEnabled()
    assert side.tom.isHidden()


def test_ferdig_vurdering_uten_problemer_sier_det(qtbot, lag_vindu, tema_vurdering) -> None:
    db, vid = tema_vurdering
    vindu = lag_vindu(db)
    assert vindu.apne_vurdering(vid)
    side = vindu.veiviser.problemside
    assert len(side.skjemaer) == 1 and side.tom.isHidden()  # et tomt skjema å begynne på
    assert vindu.veiviser.marker_ferdig()
    assert side.skjemaer == [] and not side.tom.isHidden()


def test_norsk_dato_blir_iso() -> None:
    assert iso_dato("1.3.2026") == "2026-03-01"
    assert iso_dato(" 2026-03-01 ") == "2026-03-01"
    assert iso_dato("i fjor") == "i fjor"
