"""Distriktets utvikling: medianen per modul år for år, der enhetene har flere runder.

En runde for distriktet er et kalenderår. For hvert år teller enhetens siste vurdering det
året (som i oversikten: `oversikt.siste_runder`), og medianen per modul regnes som i
fordelingen (`oversikt.fordeling`). En trend vises først når minst to år har poeng.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from vurdering.domene.oversikt import Enhetsrad, fordeling, siste_runder


@dataclass(frozen=True)
class Medianserie:
    modul_id: str
    median: tuple[float | None, ...]  # ett tall per år (None: ingen enhet med poeng det året)
    antall: tuple[int, ...]  # enheter med poeng per år


@dataclass(frozen=True)
class Distriktstrend:
    ar: tuple[str, ...]  # eldste først
    enheter: tuple[int, ...]  # enheter med en vurdering per år
    moduler: tuple[Medianserie, ...]

    @property
    def har_trend(self) -> bool:
        return len(self.ar) >= 2


def distriktstrend(rader: Sequence[Enhetsrad], moduler: Sequence[str]) -> Distriktstrend:
    """Medianen per modul og år over alle rundene i `rader` (gi alle runder, ikke bare siste)."""
    per_ar: dict[str, list[Enhetsrad]] = {}
    for r in rader:
        per_ar.setdefault(r.dato[:4], []).append(r)
    ar = sorted(per_ar)
    valgt = {a: siste_runder(per_ar[a]) for a in ar}
    serier = []
    for mid in moduler:
        medianer: list[float | None] = []
        antall: list[int] = []
        for a in ar:
            f = fordeling(r.moduler[mid].poeng for r in valgt[a] if mid in r.moduler)
            medianer.append(None if f is None else f.median)
            antall.append(0 if f is None else f.antall)
        serier.append(Medianserie(mid, tuple(medianer), tuple(antall)))
    return Distriktstrend(tuple(ar), tuple(len(valgt[a]) for a in ar), tuple(serier))
