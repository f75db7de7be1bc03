"""Oversikt: alle enhetene side om side – varmekart, fordeling per modul og felles svake punkter.

Oversikten bygger på det som allerede er beregnet for hver vurdering (modulpoengene og
hvilke indikatorer som er under mål, se `poeng`), så den er like rask med ti tusen
vurderinger som med ti. Reglene:
- Som standard teller bare siste runde for hver enhet (enhet = `enheter.enhetsnokkel`).
- Fordelingen per modul: minst, nedre kvartil, median, øvre kvartil, størst og hvor mange
  enheter som har poeng. Kvartilene er lineært interpolert mellom de sorterte verdiene
  (samme metode som KVARTIL.INK i Excel).
- Felles svake punkter: indikatorene der flest enheter ligger under modulens mål.
- Datavarsler: enheter med «utilstrekkelig grunnlag» i én eller flere moduler.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property

from vurdering.domene.enheter import enhetsnokkel

#: Hvor mange felles svake punkter som vises.
ANTALL_SVAKE = 10


@dataclass(frozen=True)
class Modulcelle:
    poeng: float | None
    mal: int
    utilstrekkelig: bool = False

    @property
    def under_mal(self) -> bool:
        return self.poeng is not None and self.poeng < self.mal


@dataclass(frozen=True)
class Enhetsrad:
    """Én vurdering i oversikten, med modulpoengene som alt er beregnet."""

    vurdering_id: int
    enhet: str
    distrikt: str
    dato: str
    type: str
    status: str
    samlet: float | None
    moduler: Mapping[str, Modulcelle]
    under_mal: frozenset[str] = field(default_factory=frozenset)  # indikatorer under modulens mål
    tiltak: Mapping[str, int] = field(default_factory=dict)  # tiltaksstatus → antall

    @cached_property  # regnes én gang per rad: siste_runder og trenden spør for hver rad
    def nokkel(self) -> str:
        return enhetsnokkel(self.enhet, self.distrikt)


@dataclass(frozen=True)
class Fordeling:
    minst: float
    nedre_kvartil: float
    median: float
    ovre_kvartil: float
    storst: float
    antall: int


@dataclass(frozen=True)
class SvaktPunkt:
    indikator_id: str
    under_mal: int  # enheter under mål
    enheter: int  # enheter i utvalget som har modulen med


@dataclass(frozen=True)
class Datavarsel:
    vurdering_id: int
    enhet: str
    moduler: tuple[str, ...]


@dataclass(frozen=True)
class Oversikt:
    rader: tuple[Enhetsrad, ...]
    moduler: tuple[str, ...]  # modul-id-ene som er med i minst én rad, i fast rekkefølge
    fordelinger: Mapping[str, Fordeling | None]
    svake: tuple[SvaktPunkt, ...]
    tiltak: Mapping[str, int]
    datavarsler: tuple[Datavarsel, ...]


def kvantil(sortert: Sequence[float], p: float) -> float:
    """Lineært interpolert kvantil (0 ≤ p ≤ 1) av en sortert, ikke-tom liste."""
    if not sortert:
        raise ValueError("Ingen verdier")
    if not 0 <= p <= 1:
        raise ValueError("p må være mellom 0 og 1")
    pos = (len(sortert) - 1) * p
    lav = int(pos)
    hoy = min(lav + 1, len(sortert) - 1)
    return sortert[lav] + (sortert[hoy] - sortert[lav]) * (pos - lav)


def fordeling(verdier: Iterable[float | None]) -> Fordeling | None:
    """Fordelingen av verdiene (None holdes utenfor); None når ingen har verdi."""
    sortert = sorted(v for v in verdier if v is not None)
    if not sortert:
        return None
    return Fordeling(
        minst=sortert[0],
        nedre_kvartil=kvantil(sortert, 0.25),
        median=kvantil(sortert, 0.5),
        ovre_kvartil=kvantil(sortert, 0.75),
        storst=sortert[-1],
        antall=len(sortert),
    )


def siste_runder(rader: Iterable[Enhetsrad]) -> list[Enhetsrad]:
    """Den nyeste vurderingen for hver enhet (dato, så id)."""
    siste: dict[str, Enhetsrad] = {}
    for r in rader:
        gjeldende = siste.get(r.nokkel)
        if gjeldende is None or (r.dato, r.vurdering_id) > (gjeldende.dato, gjeldende.vurdering_id):
            siste[r.nokkel] = r
    return sorted(siste.values(), key=lambda r: (r.distrikt, r.enhet, r.dato))


def filtrer(
    rader: Iterable[Enhetsrad],
    *,
    distrikt: str | None = None,
    fra: str | None = None,
    til: str | None = None,
    type: str | None = None,
    status: str | None = None,
) -> list[Enhetsrad]:
    """Radene som passer alle filtrene som er gitt (datoer som ÅÅÅÅ-MM-DD, begge med)."""
    from vurdering.domene.enheter import normaliser_distrikt

    d = normaliser_distrikt(distrikt) if distrikt else None
    return [
        r
        for r in rader
        if (d is None or normaliser_distrikt(r.distrikt) == d)
        and (fra is None or r.dato >= fra)
        and (til is None or r.dato <= til)
        and (type is None or r.type == type)
        and (status is None or r.status == status)
    ]


def lag_oversikt(rader: Sequence[Enhetsrad], modulrekkefolge: Sequence[str] = ()) -> Oversikt:
    """Oversikten over radene slik de er valgt (filtrer og velg runder først)."""
    med: set[str] = {m for r in rader for m in r.moduler}
    rekkefolge = [m for m in modulrekkefolge if m in med] + sorted(med - set(modulrekkefolge))
    fordelinger = {m: fordeling(r.moduler[m].poeng for r in rader if m in r.moduler) for m in rekkefolge}
    under: Counter[str] = Counter()
    for r in rader:
        under.update(r.under_mal)
    enheter_med_modul = Counter(m for r in rader for m in r.moduler)
    svake = [SvaktPunkt(ind, antall, enheter_med_modul[ind.split("-")[0]]) for ind, antall in under.items()]
    svake.sort(key=lambda s: (-s.under_mal, -(s.under_mal / s.enheter if s.enheter else 0), s.indikator_id))
    tiltak: Counter[str] = Counter()
    for r in rader:
        tiltak.update(r.tiltak)
    varsler = tuple(
        Datavarsel(
            r.vurdering_id, r.enhet, tuple(m for m in rekkefolge if m in r.moduler and r.moduler[m].utilstrekkelig)
        )
        for r in rader
        if any(c.utilstrekkelig for c in r.moduler.values())
    )
    return Oversikt(
        rader=tuple(rader),
        moduler=tuple(rekkefolge),
        fordelinger=fordelinger,
        svake=tuple(svake[:ANTALL_SVAKE]),
        tiltak=dict(tiltak),
        datavarsler=varsler,
    )
