"""Distriktsoversikten samlet: utvalget, oversikten, modultekstene og distriktets trend.

Distriktets trend er medianen per modul år for år, der enhetene har flere runder. En runde for distriktet er et kalenderår. For hvert år teller enhetens siste vurdering det
året (som i oversikten: `oversikt.siste_runder`), og medianen per modul regnes som i
fordelingen (`oversikt.fordeling`). En trend vises først når minst to år har vurderinger.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from vurdering.domene.oversikt import Enhetsrad, Oversikt, fordeling, siste_runder


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


def vanlig_mal(rader: Sequence[Enhetsrad], modul_id: str) -> int | None:
    """Målet flest enheter har for modulen (det laveste ved likt antall); None uten enheter med modulen."""
    antall = Counter(r.moduler[modul_id].mal for r in rader if modul_id in r.moduler)
    if not antall:
        return None
    return min(antall, key=lambda mal: (-antall[mal], mal))


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


@dataclass(frozen=True)
class Modultekster:
    """Modulenes rekkefølge, navn og type og indikatorenes titler, fra bankene som er brukt."""

    rekkefolge: tuple[str, ...]
    navn: dict[str, str]
    type: dict[str, str]
    titler: dict[str, str]


@dataclass(frozen=True)
class Utvalg:
    """Filtrene oversikten er laget med (None: ikke filtrert)."""

    distrikt: str | None = None
    fra: str | None = None
    til: str | None = None
    type: str | None = None
    status: str | None = None
    alle_runder: bool = False


@dataclass(frozen=True)
class Distriktsoversikt:
    """Alt distriktsrapporten, vinduet og `vurdering oversikt` viser."""

    utvalg: Utvalg
    oversikt: Oversikt
    tekster: Modultekster
    trend: Distriktstrend
    kommentarer: dict[int, str] | None = None  # vurdering-id → konklusjon; None: ikke bedt om

    def modulnavn(self, modul_id: str) -> str:
        return self.tekster.navn.get(modul_id, modul_id)

    def tittel(self, indikator_id: str) -> str:
        return self.tekster.titler.get(indikator_id, indikator_id)
