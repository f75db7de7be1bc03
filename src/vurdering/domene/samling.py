"""Samling: forslag til konsensus fra en stemmefordeling.

Foreslått nivå er medianen av stemmene (den nedre medianen ved et partall stemmer);
«uenighet» flagges når stemmene spenner over to nivåer eller mer (maks − min ≥ 2).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

UENIGHET_SPENN = 2


@dataclass(frozen=True, slots=True)
class Konsensus:
    antall: int
    median: int | None
    laveste: int | None
    hoyeste: int | None

    @property
    def spenn(self) -> int | None:
        if self.laveste is None or self.hoyeste is None:
            return None
        return self.hoyeste - self.laveste

    @property
    def uenighet(self) -> bool:
        return self.spenn is not None and self.spenn >= UENIGHET_SPENN


def fordeling_fra_stemmer(stemmer: Sequence[int]) -> tuple[int, int, int, int, int]:
    """Tell enkeltstemmer (nivå 0–4) opp til en fordeling per nivå."""
    telling = [0, 0, 0, 0, 0]
    for s in stemmer:
        if not isinstance(s, int) or not 0 <= s <= 4:
            raise ValueError(f"Ugyldig stemme: {s!r} (nivå 0–4)")
        telling[s] += 1
    return (telling[0], telling[1], telling[2], telling[3], telling[4])


def konsensus(fordeling: Sequence[int]) -> Konsensus:
    """Forslag fra en fordeling: antall stemmer per nivå 0–4."""
    if len(fordeling) != 5 or any(not isinstance(n, int) or n < 0 for n in fordeling):
        raise ValueError("Fordelingen må være fem ikke-negative heltall (nivå 0–4).")
    antall = sum(fordeling)
    if antall == 0:
        return Konsensus(0, None, None, None)
    nivaer = [n for n, c in enumerate(fordeling) if c]
    # Nedre median: stemme nr. (antall + 1) // 2 i stigende rekkefølge.
    plass = (antall + 1) // 2
    sett = 0
    median = nivaer[-1]
    for niva, c in enumerate(fordeling):
        sett += c
        if sett >= plass:
            median = niva
            break
    return Konsensus(antall, median, nivaer[0], nivaer[-1])
