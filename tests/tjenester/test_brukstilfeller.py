"""Brukstilfellene i `vurdering.tjenester`: én regel per felt, ferdig låser, svar beholder felt."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from vurdering.domene import feltregler as regel
from vurdering.domene.bank import Bank
from vurdering.domene.modell import Deltaker, Grunnlag, Svar, SvarType, TiltakStatus
from vurdering.lagring.database import Database
from vurdering.tjenester import innstillinger, plan, rapportopplysninger
from vurdering.tjenester import vurderinger as tj


def _ny(db: Database, bank: Bank, **kw: object) -> int:
    felt: dict[str, object] = {"enhet": "Sentrum", "distrikt": "vest", "moduler": ("etr",)}
    felt.update(kw)
    return tj.opprett_vurdering(db, bank, tj.NyVurdering(**felt))  # type: ignore[arg-type]


def test_opprett_renser_hvert_felt(db: Database, bank: Bank) -> None:
    vid = _ny(db, bank, enhet="  Sentrum  ", deltakere=(Deltaker(" Politikontakt "), Deltaker("  ")))
    v = tj.hent_vurdering(db, vid)
    assert v.enhet.navn == "Sentrum" and v.enhet.distrikt == "Vest politidistrikt"
    assert "ETR" in v.moduler and {m.id for m in bank.temamoduler} <= set(v.moduler)
    assert [d.rolle for d in v.deltakere] == ["Politikontakt"]
    assert [r.id for r in tj.liste_vurderinger(db)] == [vid]


@pytest.mark.parametrize(
    ("felt", "verdi", "melding"),
    [
        ("enhet", "x" * 201, "Enhetens navn er for langt"),
        ("enhet", "   ", "Skriv inn navnet på enheten"),
        ("distrikt", "Atlantis", "Ukjent distrikt"),
        ("moduler", ("XYZ",), "Ukjent modul: XYZ"),
        ("dato", "0001-01-01", "utenfor"),
        ("dato", "2099-01-01", "utenfor"),
        ("dato", "i går", "Ugyldig dato"),
        ("sprak", "en", "Språket må være nb"),
        ("type", "gruppe", "individuell, samling eller samlet"),
    ],
)
def test_feltene_avvises_med_en_melding(db: Database, bank: Bank, felt: str, verdi: object, melding: str) -> None:
    with pytest.raises(regel.Feltfeil, match=melding) as e:
        _ny(db, bank, **{felt: verdi})
    assert e.value.felt == felt
    assert tj.liste_vurderinger(db) == []


def test_datoregelen_har_grenser() -> None:
    i_dag = date(2026, 11, 27)
    assert regel.dato("2000-01-01", i_dag) == "2000-01-01"
    assert regel.dato("2027-11-27", i_dag) == "2027-11-27"
    with pytest.raises(regel.Feltfeil):
        regel.dato("2027-11-28", i_dag)
    with pytest.raises(regel.Feltfeil):
        regel.dato("1999-12-31", i_dag)
    assert regel.siste_dato(date(2028, 2, 29)) == date(2029, 2, 28)


def test_kildenotat_for_langt_i_riktig_kjonn(db: Database, bank: Bank) -> None:
    vid = _ny(db, bank)
    with pytest.raises(regel.Feltfeil, match=r"^Kildenotatet er for langt"):
        tj.endre_svar(db, vid, "KK-01", SvarType.NIVA, niva=2, kilde="k" * 100_001)


def test_endre_svar_beholder_felt_som_ikke_er_nevnt(db: Database, bank: Bank) -> None:
    vid = _ny(db, bank)
    tj.endre_svar(
        db, vid, "kk-01", SvarType.NIVA, niva=2, kommentar="K", kilde="Plan", grunnlag=Grunnlag.DOKUMENTERT, rolle="R"
    )
    s = tj.endre_svar(db, vid, "KK-01", SvarType.NIVA, niva=3)
    assert (s.niva, s.kommentar, s.kilde, s.grunnlag, s.rolle) == (3, "K", "Plan", Grunnlag.DOKUMENTERT, "R")
    s = tj.endre_svar(db, vid, "KK-01", SvarType.VET_IKKE, kommentar="")
    lagret = tj.hent_vurderingsdata(db, vid).svar["KK-01"]
    assert lagret.type is SvarType.VET_IKKE and lagret.kommentar == "" and lagret.kilde == "Plan"


def test_svar_utenfor_vurderingen_avvises(db: Database, bank: Bank) -> None:
    vid = _ny(db, bank, moduler=None)
    with pytest.raises(regel.Feltfeil, match="ikke er med i vurderingen"):
        tj.lagre_svar(db, vid, Svar("ETR-01", SvarType.NIVA, 2))
    with pytest.raises(regel.Feltfeil, match="Ukjent indikator"):
        tj.endre_svar(db, vid, "XX-99", SvarType.VET_IKKE)


def test_ferdig_laaser_alt_og_gjenapne_lar_det_endres(db: Database, bank: Bank) -> None:
    vid = _ny(db, bank)
    t = plan.nytt_tiltak(db, vid, "Lag en plan", frist="2026-12-01")
    tj.marker_ferdig(db, vid)
    assert tj.er_ferdig(db, vid)
    for handling in (
        lambda: tj.endre_svar(db, vid, "KK-01", SvarType.NIVA, niva=1),
        lambda: tj.sett_mal(db, vid, {"KK": 2}),
        lambda: plan.nytt_tiltak(db, vid, "Mer"),
        lambda: plan.sett_tiltakstatus(db, vid, t.id or 0, TiltakStatus.PAGAR),
        lambda: plan.slett_tiltak(db, vid, t.id or 0),
        lambda: rapportopplysninger.lagre_rapportopplysninger(db, vid, rapportopplysninger.Rapportopplysninger()),
    ):
        with pytest.raises(tj.Ferdig, match="markert som ferdig"):
            handling()
    tj.gjenapne(db, vid)
    assert tj.sett_mal(db, vid, {"kk": 2, "ETR": 4}) == {"KK": 2, "ETR": 4}
    assert tj.hent_vurdering(db, vid).mal["ETR"] == 4


def test_mal_alt_eller_ingenting(db: Database, bank: Bank) -> None:
    vid = _ny(db, bank)
    for mal, melding in (({"KK": 2, "BU": 3}, "BU er ikke med"), ({"KK": 5}, "Målnivået må være")):
        with pytest.raises(regel.Feltfeil, match=melding):
            tj.sett_mal(db, vid, mal)
    assert tj.hent_vurdering(db, vid).mal["KK"] == bank.modul("KK").mal


def test_tiltak_ny_liste_status_slett(db: Database, bank: Bank) -> None:
    vid = _ny(db, bank)
    with pytest.raises(regel.Feltfeil, match="Tiltaket må ha en tekst"):
        plan.nytt_tiltak(db, vid, "  ")
    with pytest.raises(regel.Feltfeil, match="BU-01 er ikke med"):
        plan.nytt_tiltak(db, vid, "X", indikator_id="bu-01")
    with pytest.raises(regel.Feltfeil, match="Fristen"):
        plan.nytt_tiltak(db, vid, "X", frist="1900-01-01")
    t = plan.nytt_tiltak(db, vid, " Lag en plan ", eier_rolle="Leder", indikator_id="kk-01")
    assert (t.tekst, t.indikator_id) == ("Lag en plan", "KK-01")
    assert plan.sett_tiltakstatus(db, vid, t.id or 0, "fullfort").status is TiltakStatus.FULLFORT
    with pytest.raises(regel.Feltfeil, match="Ukjent status"):
        plan.sett_tiltakstatus(db, vid, t.id or 0, "ferdig")
    assert [x.status for x in plan.liste_tiltak(db, vid)] == [TiltakStatus.FULLFORT]
    plan.slett_tiltak(db, vid, t.id or 0)
    with pytest.raises(regel.Feltfeil, match="Fant ikke tiltak"):
        plan.slett_tiltak(db, vid, t.id or 0)


def test_oppfolging_av_forrige_runde(db: Database, bank: Bank) -> None:
    forste = _ny(db, bank, dato="2025-01-01")
    t = plan.nytt_tiltak(db, forste, "Faste møter")
    andre = _ny(db, bank, dato="2026-01-01")
    plan.lagre_oppfolging(db, andre, t.id or 0, TiltakStatus.PAGAR, "halvveis")
    [punkt] = plan.hent_oppfolging(db, andre)
    assert (punkt.status, punkt.kommentar) == (TiltakStatus.PAGAR, "halvveis")
    with pytest.raises(regel.Feltfeil):
        plan.lagre_oppfolging(db, forste, t.id or 0, TiltakStatus.PAGAR)


def test_rapportopplysninger(db: Database, bank: Bank) -> None:
    vid = _ny(db, bank)
    R = rapportopplysninger.Rapportopplysninger
    lagret = rapportopplysninger.lagre_rapportopplysninger(
        db, vid, R(merking=" ", konklusjon=" Bra ", signatur_dato="")
    )
    assert lagret.merking == "Intern" and lagret.konklusjon == "Bra"
    assert rapportopplysninger.hent_rapportopplysninger(db, vid) == lagret
    with pytest.raises(regel.Feltfeil, match="Merkingen er for lang"):
        rapportopplysninger.lagre_rapportopplysninger(db, vid, R(merking="m" * 201))
    with pytest.raises(regel.Feltfeil, match="Konklusjonen er for lang"):
        rapportopplysninger.lagre_rapportopplysninger(db, vid, R(konklusjon="k" * 4001))


def test_innstillinger(db: Database) -> None:
    assert innstillinger.hent_innstillinger(db) == innstillinger.Innstillinger()
    innstillinger.sett_sprak(db, "nn")
    innstillinger.sett_kontrast(db, True)
    assert innstillinger.sett_skala(db, 9.0) == innstillinger.MAKS_SKALA
    innstillinger.sett_eksportmappe(db, "/tmp/ut")
    innstillinger.sett_samlingsmappe(db, "/tmp/inn")
    i = innstillinger.hent_innstillinger(db)
    assert (i.sprak, i.kontrast, i.skala, i.eksportmappe, i.samlingsmappe) == ("nn", True, 3.0, "/tmp/ut", "/tmp/inn")
    with pytest.raises(regel.Feltfeil):
        innstillinger.sett_sprak(db, "sv")


def test_slett_vurdering(db: Database, bank: Bank) -> None:
    vid = _ny(db, bank)
    tj.slett_vurdering(db, vid)
    assert tj.liste_vurderinger(db) == []


def test_samle_bruker_samme_regel_for_enheten(db: Database, bank: Bank, tmp_path: Path) -> None:
    from vurdering.domene.utveksling import UtvekslingFeil
    from vurdering.tjenester import filer

    stier = []
    for nr in (1, 2):
        vid = _ny(db, bank, enhet=f"Person {nr}")
        stier.append(filer.eksporter(db, vid, tmp_path / f"{nr}.forkant"))
    for enhet, melding in (("E" * 500, "Enhetens navn er for langt: høyst 200 tegn, ikke 500."), (" ", "Skriv inn")):
        with pytest.raises(UtvekslingFeil) as e:
            filer.samle(db, stier, enhet=enhet)
        assert any(melding in linje for linje in e.value.feil), e.value.feil
    vid = filer.samle(db, stier, enhet="  Sentrum  ")
    assert tj.hent_vurdering(db, vid).enhet.navn == "Sentrum"


def test_vurderingsdata_leser_rundene_bare_for_rapportene(
    db: Database, demo_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Veiviseren og sammendraget henter ikke utviklingen over alle rundene; rapportene ber om den."""
    from vurdering.tjenester import oversikt

    kall: list[int] = []
    monkeypatch.setattr(oversikt, "utvikling_for_vurdering", lambda _db, vid: kall.append(vid))
    assert tj.hent_vurderingsdata(db, demo_id).utvikling is None and kall == []
    tj.hent_vurderingsdata(db, demo_id, med_utvikling=True)
    assert kall == [demo_id]
