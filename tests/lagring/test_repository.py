"""Repository-funksjonene: hver lagring er committet, og data leses tilbake som de ble skrevet."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from vurdering.domene import poeng
from vurdering.domene.bank import Bank
from vurdering.domene.modell import (
    Deltaker,
    Grunnlag,
    Status,
    Svar,
    SvarType,
    Tiltak,
    TiltakStatus,
    VurderingType,
)
from vurdering.lagring import repository as repo
from vurdering.lagring.database import Database, DatabaseFeil, UkjentVurdering, apne, sql_for_tester


def _ny(db: Database, bank: Bank, **kw: object) -> int:
    standard: dict[str, object] = {"enhet": "Kvadraturen politistasjon", "distrikt": "Agder politidistrikt"}
    return repo.opprett_vurdering(db, bank, **{**standard, **kw})  # type: ignore[arg-type]


def test_ny_vurdering_har_alltid_temaene(db: Database, bank: Bank) -> None:
    vid = _ny(db, bank, moduler=["ETR", "PR"], mal={"PR": 4}, deltakere=[Deltaker("Politikontakt")], dato="2026-11-24")
    v = repo.hent_vurdering(db, vid)
    assert v.moduler == ("KK", "SL", "SS", "DT", "ETR", "PR")
    assert v.mal == {"KK": 3, "SL": 3, "SS": 3, "DT": 3, "ETR": 3, "PR": 4}
    assert v.deltakere[0].rolle == "Politikontakt" and v.deltakere[0].navn == ""
    assert (v.dato, v.type, v.status, v.bank_id) == ("2026-11-24", VurderingType.INDIVIDUELL, Status.PAGAR, bank.id)


@pytest.mark.parametrize(
    ("kw", "melding"),
    [
        ({"moduler": ["XYZ"]}, "Ukjent modul"),
        ({"mal": {"KK": 5}}, "fra 0 til 4"),
        ({"enhet": "   "}, "må ha et navn"),
        ({"sprak": "sv"}, "nb \\(bokmål\\) eller nn"),
    ],
)
def test_ugyldig_ny_vurdering(db: Database, bank: Bank, kw: dict[str, object], melding: str) -> None:
    with pytest.raises(ValueError, match=melding):
        _ny(db, bank, **kw)
    assert repo.liste_vurderinger(db) == []


def test_svar_er_committet_naar_funksjonen_returnerer(db: Database, db_sti: Path, bank: Bank) -> None:
    vid = _ny(db, bank)
    tid = repo.lagre_svar(db, vid, Svar.med_niva("KK-01", 3, grunnlag=Grunnlag.DOKUMENTERT, kommentar="Står i planen."))
    # En annen forbindelse (som et annet program etter et krasj) ser svaret med en gang.
    annen = sqlite3.connect(db_sti)
    rad = annen.execute("SELECT niva, grunnlag, kommentar, oppdatert FROM svar WHERE indikator_id = 'KK-01'").fetchone()
    annen.close()
    assert rad == (3, "dokumentert", "Står i planen.", tid)
    assert not db.i_transaksjon


def test_svar_rundtur_og_erstatning(db: Database, bank: Bank) -> None:
    vid = _ny(db, bank)
    repo.lagre_svar(db, vid, Svar.med_niva("KK-01", 1, kilde="Referat", rolle="Stasjonssjef"))
    repo.lagre_svar(db, vid, Svar("KK-02", SvarType.VET_IKKE))
    repo.lagre_svar(db, vid, Svar("KK-03", SvarType.IKKE_RELEVANT, grunn="Gjelder ikke stasjonen."))
    repo.lagre_svar(db, vid, Svar.med_niva("KK-01", 2, kilde="Referat 2"))  # erstatter
    svar = repo.hent_svar(db, vid)
    assert svar["KK-01"].niva == 2 and svar["KK-01"].kilde == "Referat 2" and svar["KK-01"].rolle == ""
    assert svar["KK-02"].type is SvarType.VET_IKKE and svar["KK-02"].niva is None
    assert svar["KK-03"].grunn == "Gjelder ikke stasjonen."
    assert len(svar) == 3


def test_ikke_relevant_uten_grunn_avvises() -> None:
    with pytest.raises(ValueError, match="begrunnes"):
        Svar("KK-01", SvarType.IKKE_RELEVANT, grunn="  ")
    with pytest.raises(ValueError, match="0 til 4"):
        Svar.med_niva("KK-01", 7)


def test_ukjent_indikator_og_vurdering(db: Database, bank: Bank) -> None:
    vid = _ny(db, bank)
    with pytest.raises(ValueError, match="Ukjent indikator"):
        repo.lagre_svar(db, vid, Svar.med_niva("XX-99", 2), bank)
    with pytest.raises(UkjentVurdering):
        repo.lagre_svar(db, vid + 100, Svar.med_niva("KK-01", 2))
    with pytest.raises(UkjentVurdering):
        repo.hent_vurdering(db, 4242)


def test_kontrolltegn_fjernes_men_linjeskift_beholdes(db: Database, bank: Bank) -> None:
    vid = _ny(db, bank)
    repo.lagre_svar(db, vid, Svar.med_niva("KK-01", 2, kommentar="a\x00b\x07c\nd\te <b>&</b>"))
    assert repo.hent_svar(db, vid)["KK-01"].kommentar == "abc\nd\te <b>&</b>"


def test_ferdig_vurdering_er_skrivebeskyttet(db: Database, bank: Bank) -> None:
    vid = _ny(db, bank)
    repo.sett_status(db, vid, Status.FERDIG)
    with pytest.raises(DatabaseFeil, match="markert som ferdig"):
        repo.lagre_svar(db, vid, Svar.med_niva("KK-01", 2))
    repo.sett_status(db, vid, Status.PAGAR)
    repo.lagre_svar(db, vid, Svar.med_niva("KK-01", 2))


def test_bankens_oyeblikksbilde_folger_vurderingen(db: Database, bank: Bank) -> None:
    vid = _ny(db, bank)
    endret_modul = bank.modul("KK").model_copy(update={"navn": "Nytt navn"})
    ny_bank = Bank.model_validate(
        {
            **bank.model_dump(),
            "versjon": "2099.1",
            "moduler": [endret_modul if m.id == "KK" else m for m in bank.moduler],
        }
    )
    vid2 = _ny(db, ny_bank)
    assert repo.hent_bank(db, vid).modul("KK").navn == "Kunnskap og kompetanse"
    assert repo.hent_bank(db, vid2).modul("KK").navn == "Nytt navn"
    assert repo.hent_vurdering(db, vid).bank_versjon == bank.versjon
    # Lik bank lagres bare én gang.
    _ny(db, bank)
    assert len(sql_for_tester(db, "SELECT * FROM bank")) == 2


def test_liste_med_fremdrift(db: Database, bank: Bank) -> None:
    vid = _ny(db, bank, moduler=[])  # bare de fire temaene: 4 × 7 indikatorer
    repo.lagre_svar(db, vid, Svar.med_niva("KK-01", 2))
    rader = repo.liste_vurderinger(db)
    assert len(rader) == 1
    r = rader[0]
    assert (r.enhet, r.distrikt, r.besvart, r.antall) == ("Kvadraturen politistasjon", "Agder politidistrikt", 1, 27)


def test_tiltak_og_oppfolging(db: Database, bank: Bank) -> None:
    forste = _ny(db, bank, dato="2025-11-01")
    tid = repo.lagre_tiltak(
        db, forste, Tiltak("Lag rutine for bekymringssamtaler", "Politikontakt", "2026-03-01", indikator_id="BU-02")
    )
    repo.lagre_tiltak(db, forste, Tiltak("Eget tiltak"))
    andre = _ny(db, bank, dato="2026-11-01")
    assert repo.forrige_vurdering(db, andre) == forste
    assert repo.forrige_vurdering(db, forste) is None
    repo.lagre_oppfolging(db, andre, tid, TiltakStatus.FULLFORT, "Gjennomført i mars")
    assert repo.hent_oppfolging(db, andre) == {tid: (TiltakStatus.FULLFORT, "Gjennomført i mars")}
    tiltak = repo.hent_tiltak(db, forste)
    assert [t.tekst for t in tiltak] == ["Lag rutine for bekymringssamtaler", "Eget tiltak"]
    repo.lagre_tiltak(db, forste, Tiltak("Endret", status=TiltakStatus.PAGAR, id=tid))
    assert repo.hent_tiltak(db, forste)[0].status is TiltakStatus.PAGAR
    repo.slett_tiltak(db, forste, tid)
    assert [t.tekst for t in repo.hent_tiltak(db, forste)] == ["Eget tiltak"]
    with pytest.raises(ValueError, match="må ha en tekst"):
        repo.lagre_tiltak(db, forste, Tiltak("  "))


def test_stemmer_folger_svaret(db: Database, bank: Bank) -> None:
    vid = _ny(db, bank, type=VurderingType.SAMLING)
    repo.lagre_stemmer(db, vid, "KK-01", (0, 2, 5, 1, 0))
    repo.lagre_svar(db, vid, Svar.med_niva("KK-01", 2, dissens="To mente nivå 1."))
    s = repo.hent_svar(db, vid)["KK-01"]
    assert s.stemmer == (0, 2, 5, 1, 0) and s.dissens == "To mente nivå 1."


def test_sletting_fjerner_teksten_fra_filen(db_sti: Path, bank: Bank) -> None:
    db = apne(db_sti, opprett=True)
    vid = _ny(db, bank)
    hemmelig = "UNIK-KOMMENTAR-7f3a9c"
    repo.lagre_svar(db, vid, Svar.med_niva("KK-01", 2, kommentar=hemmelig * 20))
    repo.lagre_tiltak(db, vid, Tiltak(hemmelig))
    repo.slett_vurdering(db, vid)
    db.lukk()
    for fil in db_sti.parent.iterdir():
        assert hemmelig.encode() not in fil.read_bytes(), fil.name
    assert repo.liste_vurderinger(apne(db_sti, opprett=True)) == []


def test_demo_er_komplett_og_realistisk(db: Database, bank: Bank) -> None:
    from vurdering.tjenester.demo import ENHET, lag_demo

    vid = lag_demo(db, bank)
    v = repo.hent_vurdering(db, vid)
    svar = repo.hent_svar(db, vid)
    res = poeng.beregn(bank, v.moduler, svar, v.mal)
    assert v.enhet.navn == ENHET and len(v.moduler) == len(bank.moduler)
    assert res.ferdig_besvart
    typer = [s.type for s in svar.values()]
    assert typer.count(SvarType.VET_IKKE) >= 2 and typer.count(SvarType.IKKE_RELEVANT) >= 1
    assert all(s.grunn for s in svar.values() if s.type is SvarType.IKKE_RELEVANT)
    assert len({s.niva for s in svar.values() if s.niva is not None}) >= 4  # en blanding av nivåer
    assert sum(1 for s in svar.values() if s.kommentar) >= 20
    assert len(repo.hent_tiltak(db, vid)) == 3
    assert res.samlet.poeng is not None
    assert any(m.utilstrekkelig for m in res.moduler)
