"""Nøkkeltallene ved siden av svarene følger hver endring, og analysevisningene viser de samme tallene som programmet."""

from __future__ import annotations

import sqlite3

from vurdering.domene import poeng
from vurdering.domene.bank import Bank
from vurdering.domene.enheter import enhetsnokkel
from vurdering.domene.modell import Svar, SvarType
from vurdering.lagring import nokkeltall
from vurdering.lagring import repository as repo
from vurdering.lagring.database import Database


def _sql(db: Database, sql: str, *args: object) -> list[tuple[object, ...]]:
    with sqlite3.connect(db.sti) as conn:
        return [tuple(r) for r in conn.execute(sql, args)]


def _beregnet(db: Database, vid: int) -> poeng.Resultat:
    v = repo.hent_vurdering(db, vid)
    return poeng.beregn(repo.hent_bank(db, vid), v.moduler, repo.hent_svar(db, vid), v.mal)


def test_visningene_viser_programmets_tall(demo_db: tuple[Database, int]) -> None:
    db, vid = demo_db
    res = _beregnet(db, vid)
    [(samlet, besvart, antall)] = _sql(
        db, "SELECT samlet_poeng, besvart, antall FROM analyse_vurdering WHERE vurdering_id = ?", vid
    )
    assert (samlet, besvart, antall) == (res.samlet.poeng, res.besvart, res.antall)
    moduler = dict(_sql(db, "SELECT modul_id, poeng FROM analyse_modulpoeng WHERE vurdering_id = ?", vid))
    assert moduler == {m.modul_id: m.poeng for m in res.moduler}
    under = {r[0] for r in _sql(db, "SELECT indikator_id FROM analyse_under_mal WHERE vurdering_id = ?", vid)}
    assert under == {f.indikator_id for f in res.forslag if not f.kartlegg}
    svar = _sql(db, "SELECT count(*) FROM analyse_svar WHERE vurdering_id = ?", vid)
    assert svar == [(res.besvart,)]
    kolonner = {r[1] for r in _sql(db, "PRAGMA table_info(analyse_svar)")}
    assert "kommentar" not in kolonner and "kilde" not in kolonner  # ingen fritekst i visningene


def test_nokkeltallene_folger_svar_og_mal(demo_db: tuple[Database, int], bank: Bank) -> None:
    db, vid = demo_db
    for ind in bank.modul("KK").indikatorer:
        repo.lagre_svar(db, vid, Svar.med_niva(ind.id, 4), bank)
    assert _sql(db, "SELECT poeng FROM modulpoeng WHERE vurdering_id = ? AND modul_id = 'KK'", vid) == [(4.0,)]
    assert not _sql(db, "SELECT 1 FROM under_mal WHERE vurdering_id = ? AND modul_id = 'KK'", vid)
    repo.sett_mal(db, vid, "SL", 4)
    res = _beregnet(db, vid)
    sl_under = {
        r[0] for r in _sql(db, "SELECT indikator_id FROM under_mal WHERE vurdering_id = ? AND modul_id = 'SL'", vid)
    }
    assert sl_under == {f.indikator_id for f in res.forslag if f.modul_id == "SL" and not f.kartlegg}
    assert sl_under, "med mål 4 skal noe i SL være under mål"
    assert _sql(db, "SELECT samlet FROM vurderingspoeng WHERE vurdering_id = ?", vid) == [(res.samlet.poeng,)]


def test_enheten_faar_nokkel_og_fast_id(demo_db: tuple[Database, int]) -> None:
    db, vid = demo_db
    v = repo.hent_vurdering(db, vid)
    [(nokkel, fast)] = _sql(db, "SELECT nokkel, uuid FROM enhet WHERE id = ?", v.enhet.id)
    assert nokkel == enhetsnokkel(v.enhet.navn, v.enhet.distrikt)
    assert isinstance(fast, str) and len(fast) == 36


def test_sletting_tar_nokkeltallene_med(demo_db: tuple[Database, int]) -> None:
    db, vid = demo_db
    repo.slett_vurdering(db, vid)
    for tabell in ("vurderingspoeng", "modulpoeng", "under_mal"):
        assert _sql(db, f"SELECT count(*) FROM {tabell}") == [(0,)], tabell


def _sql_fra_docs(start: str) -> str:
    """Spørringen i docs/analyse.md som begynner med `start` (til semikolon)."""
    from pathlib import Path

    tekst = (Path(__file__).resolve().parents[2] / "docs" / "analyse.md").read_text(encoding="utf-8")
    i = tekst.index(start)
    return tekst[i : tekst.index(";", i)]


def test_sporringene_i_dokumentasjonen_virker(demo_db: tuple[Database, int]) -> None:
    db, vid = demo_db
    svake = _sql_fra_docs("WITH siste AS").replace("forkant.", "")
    rader = _sql(db, svake)
    res = _beregnet(db, vid)
    assert {r[0] for r in rader} <= {f.indikator_id for f in res.forslag if not f.kartlegg}
    assert rader and all(r[1] == 1 for r in rader)
    import subprocess
    import sys
    from pathlib import Path

    sqlite_utils = Path(sys.executable).with_name("sqlite-utils")
    if sqlite_utils.exists():
        sporring = _sql_fra_docs("select distrikt").rstrip('"\n ')
        ut = subprocess.run([str(sqlite_utils), "query", str(db.sti), sporring], capture_output=True, text=True)
        assert ut.returncode == 0, ut.stderr
        assert '"modul_id": "KK"' in ut.stdout


def test_ett_svar_gir_samme_nokkeltall_som_full_beregning(demo_db: tuple[Database, int], bank: Bank) -> None:
    """Lagring av ett svar regner bare modulen på nytt; resultatet er det samme som en full beregning."""
    import random

    db, vid = demo_db
    tilfeldig = random.Random(3)
    indikatorer = [i.id for m in bank.moduler for i in m.indikatorer]
    for _ in range(40):
        ind = tilfeldig.choice(indikatorer)
        if tilfeldig.random() < 0.2:
            repo.lagre_svar(db, vid, Svar(ind, SvarType.VET_IKKE), bank)
        else:
            repo.lagre_svar(db, vid, Svar.med_niva(ind, tilfeldig.randint(0, 4)), bank)
    tabeller = ("vurderingspoeng", "modulpoeng", "under_mal")
    trinnvis = {t: sorted(_sql(db, f"SELECT * FROM {t} WHERE vurdering_id = ?", vid)) for t in tabeller}
    from vurdering.lagring.database import skriving

    with skriving(db) as conn:
        nokkeltall.oppdater(conn, vid)  # full beregning
    full = {t: sorted(_sql(db, f"SELECT * FROM {t} WHERE vurdering_id = ?", vid)) for t in tabeller}
    assert trinnvis == full
    res = _beregnet(db, vid)
    assert trinnvis["vurderingspoeng"][0][1] == res.samlet.poeng
