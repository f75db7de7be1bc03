"""Brukstilfellene utvikling og oversikt: riktig enhet, klare feil, og de samme tallene som analysevisningene."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from vurdering.domene.bank import Bank
from vurdering.domene.modell import Svar
from vurdering.domene.oversikt import fordeling
from vurdering.lagring import repository as repo
from vurdering.lagring.database import Database, apne
from vurdering.tjenester.demo import lag_distriktsdemo
from vurdering.tjenester.oversikt import (
    EnhetIkkeFunnet,
    FlereEnheter,
    oversikt,
    utvikling,
    utvikling_for_vurdering,
)

IDAG = date(2026, 6, 1)


@pytest.fixture(scope="module")
def ddb(tmp_path_factory: pytest.TempPathFactory, bank: Bank) -> Iterator[Database]:
    sti: Path = tmp_path_factory.mktemp("distrikt") / "d.db"
    with apne(sti, opprett=True) as db:
        lag_distriktsdemo(db, bank, IDAG)
        yield db


def _sql(db: Database, sql: str, *args: object) -> list[tuple[object, ...]]:
    with sqlite3.connect(db.sti) as conn:
        return [tuple(r) for r in conn.execute(sql, args)]


def test_en_enhet_med_tre_runder_ser_utviklingen(ddb: Database) -> None:
    u = utvikling(ddb, "arendal")
    assert (u.enhet, u.distrikt) == ("Arendal politistasjon", "Agder politidistrikt")
    utv = u.utvikling
    assert len(utv.runder) == 3 and utv.har_forrige
    assert [r.samlet for r in utv.runder] == [
        _sql(ddb, "SELECT samlet_poeng FROM analyse_vurdering WHERE vurdering_id = ?", r.vurdering_id)[0][0]
        for r in utv.runder
    ]
    assert utv.samlet_endring is not None and utv.samlet_endring > 0  # Arendal blir bedre for hver runde
    assert utv.moduler_bedret and utv.tiltak is not None and utv.tiltak.antall == 3


def test_navnet_i_flere_distrikter_krever_distriktet(tmp_path: Path, bank: Bank) -> None:
    with apne(tmp_path / "f.db", opprett=True) as db:
        for distrikt in ("Vest politidistrikt", "Øst politidistrikt"):
            vid = repo.opprett_vurdering(db, bank, enhet="Sentrum politistasjon", distrikt=distrikt, dato="2026-01-01")
            repo.lagre_svar(db, vid, Svar.med_niva("KK-01", 2))
        with pytest.raises(FlereEnheter) as feil:
            utvikling(db, "Sentrum")
        assert feil.value.distrikter == ["Vest politidistrikt", "Øst politidistrikt"]
        assert "Vest politidistrikt, Øst politidistrikt" in str(feil.value)
        assert utvikling(db, "sentrum", "øst").distrikt == "Øst politidistrikt"
        with pytest.raises(EnhetIkkeFunnet, match="Fant ingen vurderinger av enheten «Nord» i Vest"):
            utvikling(db, "Nord", "Vest")
        u = utvikling(db, "Sentrum", "Vest")
        assert not u.utvikling.har_forrige and len(u.utvikling.runder) == 1


def test_utviklingen_fram_til_en_vurdering(ddb: Database) -> None:
    ider = [r.vurdering_id for r in utvikling(ddb, "Arendal").utvikling.runder]
    assert [r.vurdering_id for r in utvikling_for_vurdering(ddb, ider[1]).runder] == ider[:2]
    assert not utvikling_for_vurdering(ddb, ider[0]).har_forrige


def test_oversikten_har_analysevisningenes_tall(ddb: Database) -> None:
    d = oversikt(ddb, distrikt="Agder")
    ov = d.oversikt
    ider = [r.vurdering_id for r in ov.rader]
    for mid in ov.moduler:
        plasser = ",".join("?" * len(ider))
        poeng = [
            p
            for (p,) in _sql(
                ddb,
                f"SELECT poeng FROM analyse_modulpoeng WHERE modul_id = ? AND vurdering_id IN ({plasser})",
                mid,
                *ider,
            )
        ]
        assert ov.fordelinger[mid] == fordeling(poeng), mid  # type: ignore[arg-type]
    under = _sql(
        ddb,
        f"SELECT indikator_id, count(*) FROM analyse_under_mal WHERE vurdering_id IN ({','.join('?' * len(ider))})"
        " GROUP BY indikator_id ORDER BY count(*) DESC, indikator_id LIMIT 1",
        *ider,
    )
    assert (ov.svake[0].indikator_id, ov.svake[0].under_mal) == under[0]
    assert [v.enhet for v in ov.datavarsler] == ["Vennesla lensmannskontor"]
    assert d.kommentarer is None  # fritekst bare når det bes om


def test_distriktets_median_per_aar(ddb: Database) -> None:
    d = oversikt(ddb)
    assert d.trend.ar == ("2024", "2025", "2026") and d.trend.enheter == (4, 6, 6)
    kk = next(s for s in d.trend.moduler if s.modul_id == "KK")
    for ar, median in zip(d.trend.ar, kk.median, strict=True):
        siste = _sql(
            ddb,
            "SELECT m.poeng FROM analyse_modulpoeng m WHERE m.modul_id = 'KK' AND m.vurdering_id IN"
            " (SELECT max(vurdering_id) FROM analyse_vurdering WHERE substr(dato, 1, 4) = ? GROUP BY enhet_id)",
            ar,
        )
        f = fordeling(p for (p,) in siste)  # type: ignore[misc]
        assert f is not None and median == f.median


def test_kommentarer_bare_naar_det_bes_om(ddb: Database) -> None:
    siste = oversikt(ddb).oversikt.rader[0].vurdering_id
    repo.sett_tekstfelt(ddb, siste, konklusjon="Ola Nordmann følger opp.")
    try:
        d = oversikt(ddb, med_kommentarer=True)
        assert d.kommentarer == {siste: "Ola Nordmann følger opp."}
    finally:
        repo.sett_tekstfelt(ddb, siste, konklusjon="")


@pytest.mark.parametrize(
    ("kw", "melding"),
    [
        ({"fra": "2026-02-01", "til": "2026-01-01"}, "Fra-datoen er etter til-datoen"),
        ({"fra": "1. mai"}, "Ugyldig fradato"),
        ({"type": "gruppe"}, "Ukjent type"),
        ({"status": "klar"}, "Ukjent status"),
    ],
)
def test_ugyldig_utvalg_gir_norsk_melding(ddb: Database, kw: dict[str, str], melding: str) -> None:
    with pytest.raises(ValueError, match=melding):
        oversikt(ddb, **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "filtre",
    [
        {},
        {"distrikt": "Agder"},
        {"distrikt": "agder politidistrikt", "alle_runder": True},
        {"fra": "2025-01-01", "til": "2025-12-31"},
        {"distrikt": "Agder", "status": "ferdig", "alle_runder": True},
        {"type": "samling"},
        {"distrikt": "Vest"},
        {"status": "pagar"},
        {"fra": "2024-01-01", "til": "2025-06-30", "distrikt": "Agder"},
        {"type": "individuell", "alle_runder": True},
    ],
)
def test_oversiktskilden_gir_de_samme_tallene(ddb: Database, filtre: dict[str, object]) -> None:
    from vurdering.tjenester.oversikt import Oversiktskilde

    kilde = Oversiktskilde(ddb)
    kilde.velg(alle_runder=True)  # så utvalget utledes i minnet av alle vurderingene
    fasit = oversikt(ddb, **filtre).oversikt  # type: ignore[arg-type]
    assert Oversiktskilde(ddb).velg(**filtre).oversikt == fasit  # type: ignore[arg-type]
    assert kilde.velg(**filtre).oversikt == fasit  # type: ignore[arg-type]
    assert kilde.velg(**filtre).oversikt == fasit  # type: ignore[arg-type]  # husket: samme svar
    assert kilde.ar() == sorted({r.dato[:4] for r in oversikt(ddb, alle_runder=True).oversikt.rader})


def test_oversiktskilden_avviser_ugyldige_filtre(ddb: Database) -> None:
    from vurdering.tjenester.oversikt import Oversiktskilde

    with pytest.raises(ValueError, match="Fra-datoen"):
        Oversiktskilde(ddb).velg(fra="2026-01-01", til="2025-01-01")
