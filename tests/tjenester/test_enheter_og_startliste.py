"""Startsidens liste (de nyeste, søk, «vis flere») og enhetene: nytt navn og sammenslåing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from vurdering.domene.bank import Bank
from vurdering.domene.enheter import enhetsnokkel
from vurdering.domene.feltregler import Feltfeil
from vurdering.domene.modell import Svar
from vurdering.lagring import repository as repo
from vurdering.lagring.database import Database, apne, sql_for_tester
from vurdering.tjenester import oversikt as tj


@pytest.fixture
def fdb(tmp_path: Path) -> Database:
    return apne(tmp_path / "f.db", opprett=True)


def _enhet(db: Database, navn: str) -> tj.Enhetsinfo:
    return next(e for e in tj.enheter(db) if e.navn == navn)


def _rad(db: Database, sql: str, *args: object) -> tuple[object, ...]:
    with sqlite3.connect(db.sti) as conn:
        return tuple(conn.execute(sql, args).fetchone())


def test_startlisten_gir_de_nyeste_og_teller_alle(fdb: Database, bank: Bank) -> None:
    ider = [
        repo.opprett_vurdering(fdb, bank, enhet=f"Enhet {i}", distrikt="Agder politidistrikt", moduler=["KK"])
        for i in range(7)
    ]
    repo.lagre_svar(fdb, ider[2], Svar.med_niva("KK-01", 3))
    sql_for_tester(fdb, "UPDATE vurdering SET endret = '2099-01-01T00:00:00' WHERE id = ?", (ider[2],))  # sist endret
    liste = tj.startliste(fdb, grense=3)
    assert liste.totalt == 7 and liste.flere
    assert liste.rader[0].id == ider[2] and len(liste.rader) == 3
    alle = tj.startliste(fdb, grense=200)
    assert not alle.flere and len(alle.rader) == 7
    assert [r.id for r in alle.rader] == [r.id for r in repo.liste_vurderinger(fdb)]
    with pytest.raises(ValueError):
        tj.startliste(fdb, grense=0)


def test_sok_uten_hensyn_til_store_og_sma_bokstaver(fdb: Database, bank: Bank) -> None:
    repo.opprett_vurdering(fdb, bank, enhet="Ålesund politistasjon", distrikt="Møre og Romsdal politidistrikt")
    repo.opprett_vurdering(fdb, bank, enhet="Molde", distrikt="Møre og Romsdal politidistrikt")
    repo.opprett_vurdering(fdb, bank, enhet="Bodø", distrikt="Nordland politidistrikt")
    assert [r.enhet for r in tj.startliste(fdb, sok="ålesund").rader] == ["Ålesund politistasjon"]
    assert tj.startliste(fdb, sok="MØRE").totalt == 2
    assert tj.startliste(fdb, sok="  ").totalt == 3
    assert tj.startliste(fdb, sok="finnes ikke").rader == []


def test_slaa_sammen_to_skrivemaater(fdb: Database, bank: Bank) -> None:
    a = repo.opprett_vurdering(fdb, bank, enhet="Sentrum", distrikt="Vest politidistrikt", dato="2025-01-01")
    b = repo.opprett_vurdering(fdb, bank, enhet="Bergen sentrum", distrikt="Vest politidistrikt", dato="2026-01-01")
    fra, til = _enhet(fdb, "Sentrum"), _enhet(fdb, "Bergen sentrum")
    assert til.uuid
    assert tj.slaa_sammen_enheter(fdb, fra.id, til.id) == 1
    assert [e.navn for e in tj.enheter(fdb)] == ["Bergen sentrum"]
    etter = _enhet(fdb, "Bergen sentrum")
    assert (etter.id, etter.uuid, etter.runder) == (til.id, til.uuid, 2)
    assert etter.nokkel == enhetsnokkel("Bergen sentrum", "Vest politidistrikt")
    assert repo.hent_vurdering(fdb, a).enhet.id == til.id == repo.hent_vurdering(fdb, b).enhet.id
    u = tj.utvikling(fdb, "Bergen sentrum")  # nå én enhet med to runder
    assert len(u.utvikling.runder) == 2
    with pytest.raises(ValueError):
        tj.slaa_sammen_enheter(fdb, til.id, til.id)
    with pytest.raises(tj.UkjentEnhet):
        tj.slaa_sammen_enheter(fdb, fra.id, til.id)


def test_nytt_navn_beholder_fast_id_og_regner_nokkelen(fdb: Database, bank: Bank) -> None:
    repo.opprett_vurdering(fdb, bank, enhet="Sentrum", distrikt="Vest politidistrikt")
    repo.opprett_vurdering(fdb, bank, enhet="Åsane", distrikt="Vest politidistrikt")
    e = _enhet(fdb, "Sentrum")
    tj.gi_enhet_nytt_navn(fdb, e.id, "  Bergen sentrum politistasjon ")
    etter = _enhet(fdb, "Bergen sentrum politistasjon")
    assert (etter.id, etter.uuid) == (e.id, e.uuid)
    assert _rad(fdb, "SELECT nokkel FROM enhet WHERE id = ?", e.id)[0] == "vest|bergen sentrum"
    with pytest.raises(tj.EnhetFinnes, match="Slå de to sammen"):
        tj.gi_enhet_nytt_navn(fdb, e.id, "Åsane")
    with pytest.raises(Feltfeil):
        tj.gi_enhet_nytt_navn(fdb, e.id, "   ")
