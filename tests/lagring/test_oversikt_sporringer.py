"""Spørringene bak oversikten, listen og utviklingen gir de samme tallene som domenet og repository."""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from vurdering.domene import poeng
from vurdering.domene.bank import Bank
from vurdering.domene.distrikt import distriktstrend, trend_av_verdier
from vurdering.domene.oversikt import siste_runder
from vurdering.lagring import oversikt as sp
from vurdering.lagring import repository as repo
from vurdering.lagring.database import Database, apne
from vurdering.tjenester.demo import lag_distriktsdemo

IDAG = date(2026, 6, 1)


@pytest.fixture(scope="module")
def ddb(tmp_path_factory: pytest.TempPathFactory, bank: Bank) -> Iterator[Database]:
    """Demodistriktet: seks enheter med to eller tre runder (Arendal skrevet på to måter)."""
    sti: Path = tmp_path_factory.mktemp("distrikt") / "d.db"
    with apne(sti, opprett=True) as db:
        lag_distriktsdemo(db, bank, IDAG)
        yield db


def test_siste_runde_per_enhet_i_sql_er_domenets_regel(ddb: Database) -> None:
    alle = sp.enhetsrader(ddb, alle_runder=True)
    siste = sp.enhetsrader(ddb)
    assert len(alle) == 16 and len(siste) == 6
    assert [r.vurdering_id for r in siste] == [r.vurdering_id for r in siste_runder(alle)]
    assert all(r.dato == IDAG.isoformat() for r in siste)
    arendal = [r for r in alle if r.enhet.lower().startswith("arendal")]
    assert {r.enhet for r in arendal} == {"Arendal politistasjon", "Arendal"}  # to skrivemåter, én enhet
    assert sum(1 for r in siste if r.enhet.lower().startswith("arendal")) == 1


def test_radene_har_domenets_poeng_under_mal_og_tiltak(ddb: Database) -> None:
    for rad in sp.enhetsrader(ddb, alle_runder=True):
        v = repo.hent_vurdering(ddb, rad.vurdering_id)
        res = poeng.beregn(repo.hent_bank(ddb, v.id), v.moduler, repo.hent_svar(ddb, v.id), v.mal)
        assert {m: c.poeng for m, c in rad.moduler.items()} == {m.modul_id: m.poeng for m in res.moduler}
        assert {m for m, c in rad.moduler.items() if c.utilstrekkelig} == {
            m.modul_id for m in res.moduler if m.utilstrekkelig
        }
        assert rad.samlet == res.samlet.poeng
        assert rad.under_mal == {f.indikator_id for f in res.forslag if not f.kartlegg}
        assert dict(rad.tiltak) == dict(Counter(t.status.value for t in repo.hent_tiltak(ddb, v.id)))


def test_utvalget_distrikt_periode_type_status_og_per_aar(ddb: Database) -> None:
    assert len(sp.enhetsrader(ddb, distrikt="agder")) == 6  # skrivemåten av distriktet spiller ingen rolle
    assert len(sp.enhetsrader(ddb, distrikt="Agder politidistrikt")) == 6
    assert sp.enhetsrader(ddb, distrikt="Vest") == []
    fjor = sp.enhetsrader(ddb, til="2025-12-31")  # siste runde i perioden, ikke siste runde totalt
    assert len(fjor) == 6 and all(r.dato.startswith("2025") for r in fjor)
    assert {r.dato[:4] for r in sp.enhetsrader(ddb, fra="2024-01-01", til="2024-12-31", alle_runder=True)} == {"2024"}
    assert all(r.status == "ferdig" for r in sp.enhetsrader(ddb, status="ferdig", alle_runder=True))
    assert sp.enhetsrader(ddb, type="samling") == []
    per_ar = sp.enhetsrader(ddb, siste_per_ar=True)
    assert Counter(r.dato[:4] for r in per_ar) == {"2024": 4, "2025": 6, "2026": 6}


def test_listen_har_noekkeltallene_som_domenet_regner(ddb: Database) -> None:
    rader = repo.liste_vurderinger(ddb)
    assert [r.endret for r in rader] == sorted((r.endret for r in rader), reverse=True)
    for rad in rader:
        v = repo.hent_vurdering(ddb, rad.id)
        res = poeng.beregn(repo.hent_bank(ddb, v.id), v.moduler, repo.hent_svar(ddb, v.id), v.mal)
        assert (rad.enhet, rad.distrikt, rad.dato, rad.type, rad.status) == (
            v.enhet.navn, v.enhet.distrikt, v.dato, v.type, v.status,
        )  # fmt: skip
        assert (rad.besvart, rad.antall, rad.samlet) == (res.besvart, res.antall, res.samlet.poeng)


def test_modultekstene_folger_banken(ddb: Database, bank: Bank) -> None:
    tekster = sp.modultekster(ddb)
    assert tekster.rekkefolge == tuple(m.id for m in bank.moduler)
    assert tekster.navn["KK"] == bank.modul("KK").navn and tekster.type["BU"] == "tverrgaende"
    assert tekster.titler["DT-04"] == bank.indikator("DT-04").tittel


def test_enhetens_runder_samler_skrivemaatene_og_oppfolgingen(ddb: Database) -> None:
    [arendal] = sp.finn_enheter(ddb, "ARENDAL")
    assert arendal.runder == 3 and arendal.distrikt == "Agder politidistrikt"
    runder = sp.runder_for_enhet(ddb, "arendal politistasjon", "agder")
    assert [r.dato[:4] for r in runder] == ["2024", "2025", "2026"]
    assert runder[0].oppfolging == ()
    forrige_tiltak = repo.hent_tiltak(ddb, runder[1].vurdering_id)
    assert [p.tiltak.id for p in runder[2].oppfolging] == [t.id for t in forrige_tiltak]
    assert all(p.status is not None for p in runder[2].oppfolging)
    assert sp.finn_enheter(ddb, "Arendal", "Vest") == []


def test_enheter_uten_lagret_nokkel_kjennes_igjen_likevel(tmp_path: Path, bank: Bank) -> None:
    with apne(tmp_path / "f.db", opprett=True) as db:
        lag_distriktsdemo(db, bank, IDAG)
        with sqlite3.connect(db.sti) as conn:
            conn.execute("UPDATE enhet SET nokkel = NULL")
        assert len(sp.enhetsrader(db)) == 6
        assert len(sp.enhetsrader(db, distrikt="agder")) == 6
        assert len(sp.runder_for_enhet(db, "Arendal", "Agder")) == 3


@pytest.mark.parametrize("utvalg", [{}, {"distrikt": "agder", "fra": "2025-01-01"}, {"til": "2024-12-31"}])
def test_trenden_fra_sql_er_domenets_trend_over_radene(ddb: Database, utvalg: dict[str, str]) -> None:
    moduler = sp.modultekster(ddb).rekkefolge
    fra_rader = distriktstrend(sp.enhetsrader(ddb, alle_runder=True, **utvalg), moduler)  # type: ignore[arg-type]
    assert trend_av_verdier(*sp.trendverdier(ddb, **utvalg), moduler) == fra_rader  # type: ignore[arg-type]
