"""Distriktsoversikten samlet: utvalget, oversikten, modultekstene og distriktets trend.

Distriktets trend er medianen per modul år for år, der enhetene har flere runder. En runde for distriktet er et kalenderår. For hvert år teller enhetens siste vurdering det
året (som i oversikten: `oversikt.siste_runder`), og medianen per modul regnes som i
fordelingen (`oversikt.fordeling`). En trend vises først når minst to år har vurderinger.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

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
    enheter: dict[str, int] = {}
    verdier: dict[tuple[str, str], list[float]] = {}
    for ar, arets in per_ar.items():
        valgt = siste_runder(arets)
        enheter[ar] = len(valgt)
        for r in valgt:
            for mid, celle in r.moduler.items():
                if celle.poeng is not None:
                    verdier.setdefault((ar, mid), []).append(celle.poeng)
    return trend_av_verdier(enheter, verdier, moduler)


def trend_av_verdier(
    enheter: Mapping[str, int], verdier: Mapping[tuple[str, str], Sequence[float]], moduler: Sequence[str]
) -> Distriktstrend:
    """Trenden når siste runde per enhet og år alt er valgt (lagringen gjør det i SQL):
    `enheter` er antall enheter per år, `verdier` modulpoengene per (år, modul)."""
    ar = sorted(enheter)
    serier = []
    for mid in moduler:
        fordelinger = [fordeling(verdier.get((a, mid), ())) for a in ar]
        serier.append(
            Medianserie(
                mid,
                tuple(None if f is None else f.median for f in fordelinger),
                tuple(0 if f is None else f.antall for f in fordelinger),
            )
        )
    return Distriktstrend(tuple(ar), tuple(enheter[a] for a in ar), tuple(serier))


@dataclass(frozen=True)
class Modultekster:
    """Modulenes rekkefølge, navn og type og indikatorenes titler, fra bankene som er brukt."""

    rekkefolge: tuple[str, ...]
    navn: dict[str, str]
    type: dict[str, str]
    titler: dict[str, str]
    nynorsk: dict[str, str] = field(default_factory=dict)  # modul- og indikator-id → navn/tittel på nynorsk


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

    def modulnavn(self, modul_id: str, sprak: str = "nb") -> str:
        """Modulens navn (på nynorsk for «nn» der banken har det); id-en når ingen bank kjenner den."""
        nn = self.tekster.nynorsk.get(modul_id) if sprak == "nn" else None
        return nn or self.tekster.navn.get(modul_id, modul_id)

    def tittel(self, indikator_id: str, sprak: str = "nb") -> str:
        """Indikatorens tittel (på nynorsk for «nn» der banken har den)."""
        nn = self.tekster.nynorsk.get(indikator_id) if sprak == "nn" else None
        return nn or self.tekster.titler.get(indikator_id, indikator_id)
