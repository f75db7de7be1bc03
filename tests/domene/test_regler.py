"""Reglene som står ett sted (`domene.regler`): språk, nivåskala, merking og stemmer."""

from __future__ import annotations

import pytest

from vurdering.domene import regler
from vurdering.domene.modell import Svar, SvarType
from vurdering.domene.samling import fordeling_fra_stemmer, konsensus
from vurdering.rapport import RapportFeil, sjekk_sprak


def test_sprak() -> None:
    assert regler.SPRAK == ("nb", "nn")
    assert regler.sjekk_sprak("nn") == "nn"
    with pytest.raises(ValueError, match="velg nb"):
        regler.sjekk_sprak("en")
    assert regler.sprak_eller_standard("sv") == "nb"
    assert [regler.sprakindeks(s) for s in ("nb", "nn")] == [0, 1]
    with pytest.raises(RapportFeil):  # rapportene bruker samme regel
        sjekk_sprak("en")


@pytest.mark.parametrize("verdi", [-1, 5, True, 2.0, "2", None])
def test_ugyldige_nivaer_avvises_likt_overalt(verdi: object) -> None:
    assert not regler.er_niva(verdi)
    with pytest.raises(ValueError):
        regler.sjekk_niva(verdi)
    with pytest.raises(ValueError):
        Svar("KK-01", SvarType.NIVA, verdi)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        fordeling_fra_stemmer([verdi])  # type: ignore[list-item]


def test_nivaskalaen_og_stemmer() -> None:
    assert list(regler.NIVAER) == [0, 1, 2, 3, 4]
    assert all(regler.er_niva(n) for n in regler.NIVAER)
    assert regler.som_stemmer([1, 0, 2, 0, 1]) == (1, 0, 2, 0, 1)
    for feil in ([1, 2, 3], [0, 0, 0, 0, -1], (0, 0, 0, 0, True)):
        with pytest.raises(ValueError):
            regler.som_stemmer(feil)
        with pytest.raises(ValueError):
            konsensus(feil)  # type: ignore[arg-type]
    assert regler.MERKING_MAKS == 200
