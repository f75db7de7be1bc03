"""Konsensus i en samling: nedre median og uenighet når stemmene spenner over ≥ 2 nivåer."""

from __future__ import annotations

import pytest

from vurdering.domene.samling import fordeling_fra_stemmer, konsensus


@pytest.mark.parametrize(
    ("stemmer", "median", "uenighet"),
    [
        ([2, 2, 2], 2, False),
        ([1, 2, 3], 2, True),  # spenn 2
        ([1, 2], 1, False),  # partall: nedre median
        ([0, 4], 0, True),
        ([2, 3, 3, 3], 3, False),
        ([1, 1, 3, 3], 1, True),  # nedre median av 1,1,3,3 er 1
        ([0, 1, 1, 2, 4], 1, True),
        ([4], 4, False),
    ],
)
def test_median_og_uenighet(stemmer: list[int], median: int, uenighet: bool) -> None:
    k = konsensus(fordeling_fra_stemmer(stemmer))
    assert k.median == median
    assert k.uenighet is uenighet
    assert k.antall == len(stemmer)


def test_fordeling_direkte() -> None:
    k = konsensus((0, 3, 5, 2, 0))  # 10 stemmer: 5. og 6. er 2 og 2
    assert (k.median, k.laveste, k.hoyeste, k.spenn, k.uenighet) == (2, 1, 3, 2, True)


def test_ingen_stemmer() -> None:
    k = konsensus((0, 0, 0, 0, 0))
    assert k.median is None and not k.uenighet and k.spenn is None


@pytest.mark.parametrize("feil", [(1, 2, 3), (0, 0, -1, 0, 0), (0, 0, 1.5, 0, 0)])
def test_ugyldig_fordeling(feil: tuple[float, ...]) -> None:
    with pytest.raises(ValueError):
        konsensus(feil)  # type: ignore[arg-type]


def test_ugyldig_stemme() -> None:
    with pytest.raises(ValueError):
        fordeling_fra_stemmer([1, 5])
