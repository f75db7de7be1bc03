"""Enhetsnivået lagres per enhet (gjelder alle rundene), og veiledningsvalget huskes."""

from __future__ import annotations

import pytest

from vurdering.lagring import repository as repo
from vurdering.tjenester import veivisning as v


def test_enhetsniva_hoerer_til_enheten_og_gjelder_neste_runde(db, bank) -> None:
    forste = repo.opprett_vurdering(
        db, bank, enhet="Alta politistasjon", distrikt="Finnmark politidistrikt", dato="2025-01-10"
    )
    annen = repo.opprett_vurdering(db, bank, enhet="Annen enhet", distrikt="Finnmark politidistrikt")
    assert v.hent_enhetsniva(db, forste) is None
    assert v.sett_enhetsniva(db, forste, " GDE ") == "gde"
    neste = repo.opprett_vurdering(
        db, bank, enhet="Alta politistasjon", distrikt="Finnmark politidistrikt", dato="2026-01-10"
    )
    assert v.hent_enhetsniva(db, neste) == "gde"
    assert v.hent_enhetsniva(db, annen) is None
    with pytest.raises(ValueError, match="Ukjent enhetsnivå"):
        v.sett_enhetsniva(db, forste, "seksjon")
    assert v.hent_enhetsniva(db, forste) == "gde"


@pytest.mark.parametrize(
    ("navn", "niva"),
    [
        ("Finnmark politidistrikt", "distrikt"),
        ("Driftsenhet Vest-Finnmark", "gde"),
        ("Alta GDE", "gde"),
        ("Alta politistasjon", "tjenesteenhet"),
        ("Gdeveien lensmannskontor", "tjenesteenhet"),
    ],
)
def test_forslag_ut_fra_navnet(navn: str, niva: str) -> None:
    assert v.niva_fra_navn(navn) == niva


def test_bare_distriktsnivaa_merkes_for_enheter_under_distriktet() -> None:
    assert v.avgjores_i_distriktet("distrikt", "tjenesteenhet")
    assert v.avgjores_i_distriktet("distrikt", "gde")
    assert not v.avgjores_i_distriktet("distrikt", "distrikt")
    assert not v.avgjores_i_distriktet("gde", "tjenesteenhet")
    assert not v.avgjores_i_distriktet("distrikt", None)
    assert not v.avgjores_i_distriktet(None, "tjenesteenhet")


def test_veiledningsvalget_huskes(db) -> None:
    assert v.hent_veiledning_apen(db) is None
    v.sett_veiledning_apen(db, False)
    assert v.hent_veiledning_apen(db) is False
    v.sett_veiledning_apen(db, True)
    assert v.hent_veiledning_apen(db) is True
