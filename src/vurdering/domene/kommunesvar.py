"""Svar per kommune: regelen for hvordan de teller, på ett sted (rene Python-verdier).

En vurdering kan liste kommunene sine (0, 1 eller mange; en GDE med ti kommuner har ti
politiråd). Indikatorer med `per_kommune = true` i banken kan da besvares én gang per
kommune, med nivå, Vet ikke eller Ikke relevant (med begrunnelse), grunnlag og kommentar.

Regelen (`METODE` står i rapportens metodevedlegg, `poeng` bruker `indikatorsvar`):

- Har indikatoren svar for minst én av vurderingens kommuner, er det svarene per kommune
  som teller; indikatorens felles svar brukes bare når ingen kommune er besvart. En
  vurdering uten kommuner regner akkurat som før (ett svar per indikator).
- Indikatoren er besvart når alle vurderingens kommuner er besvart; før det er den ikke
  besvart (den gir verken poeng eller Vet ikke, og fremdriften viser den).
- Ikke relevant for en kommune holder kommunen utenfor; er den ikke relevant for noen
  kommune, er indikatoren ikke relevant.
- 25 %-regelen gjelder per indikator over kommunene: er mer enn 25 % av de relevante
  kommunene Vet ikke, er indikatoren Vet ikke.
- Ellers er indikatorens nivå snittet av kommunenivåene (kommuner med Vet ikke er utenfor
  snittet). Snittet, uavrundet, går inn i modulens vektede snitt – som om hver kommune var
  en indikator med vekten delt på antall kommuner med nivå.
- Svakeste kommune er den (eller de) med lavest nivå, og den navngis. Dens nivå er
  indikatorens bidrag til modulens «svakeste ledd», og det er den som styrer forslaget
  (neste steg fra svakeste kommunes nivå) og rangeringen av svakeste og sterkeste
  indikatorer: et snitt skal ikke skjule en kommune som henger etter.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from vurdering.domene.modell import Grunnlag, Svar, SvarType

if TYPE_CHECKING:
    from vurdering.domene.bank import Bank

TERSKEL_VET_IKKE = 0.25  # samme grense som for en modul (poeng.TERSKEL_VET_IKKE)

#: Setningen om svar per kommune i rapportens metodevedlegg (bokmål, nynorsk).
METODE: dict[str, str] = {
    "nb": (
        "Indikatorer som gjelder samarbeidet med kommunen (politiråd, SLT, politikontakt og "
        "samarbeidsavtaler), kan besvares én gang per kommune. Indikatorens nivå er da snittet av "
        "kommunenivåene; kommuner der indikatoren ikke er relevant, holdes utenfor, og er mer enn "
        "25 % av de relevante kommunene «Vet ikke», teller indikatoren som «Vet ikke». Indikatoren er "
        "besvart når alle kommunene er besvart. Den svakeste kommunen navngis, og det er dens nivå som "
        "vises som svakeste ledd og som styrer forslagene, slik at et snitt ikke skjuler en kommune "
        "som henger etter."
    ),
    "nn": (
        "Indikatorar som gjeld samarbeidet med kommunen (politiråd, SLT, politikontakt og "
        "samarbeidsavtalar), kan svarast på éin gong per kommune. Nivået til indikatoren er då snittet "
        "av kommunenivåa; kommunar der indikatoren ikkje er relevant, blir haldne utanfor, og er meir "
        "enn 25 % av dei relevante kommunane «Veit ikkje», tel indikatoren som «Veit ikkje». "
        "Indikatoren reknast som svart på når alle kommunane har fått svar. Den svakaste kommunen blir namngitt, "
        "og det er nivået hennar som blir vist som svakaste ledd og som styrer forslaga, slik at eit "
        "snitt ikkje løyner ein kommune som heng etter."
    ),
}


@dataclass(frozen=True, slots=True)
class Indikatorsvar:
    """Det som teller for én indikator, fra ett svar eller fra svarene per kommune."""

    type: SvarType
    snitt: float | None  # nivået som går inn i modulens snitt (None uten nivå)
    svakeste: int | None  # laveste nivå: nivået, eller svakeste kommunes nivå
    grunnlag: Grunnlag | None  # grunnlaget for svaret (svakeste kommunes)
    svakeste_kommuner: tuple[str, ...] = ()  # tom når indikatoren ikke er besvart per kommune


@dataclass(frozen=True, slots=True)
class Kommunebilde:
    """Svarene på én indikator for hver av vurderingens kommuner, i vurderingens rekkefølge."""

    indikator_id: str
    svar: tuple[tuple[str, Svar | None], ...]  # (kommune, svar eller None når ikke besvart)

    @property
    def kommuner(self) -> tuple[str, ...]:
        return tuple(k for k, _ in self.svar)

    @property
    def besvart(self) -> bool:
        """Alle kommunene er besvart."""
        return all(s is not None for _, s in self.svar)

    @property
    def antall_besvart(self) -> int:
        return sum(1 for _, s in self.svar if s is not None)

    @property
    def nivaer(self) -> tuple[tuple[str, int], ...]:
        """(kommune, nivå) for kommunene med nivå."""
        return tuple((k, s.niva) for k, s in self.svar if s is not None and s.niva is not None)

    @property
    def relevante(self) -> int:
        return sum(1 for _, s in self.svar if s is None or s.type is not SvarType.IKKE_RELEVANT)

    @property
    def vet_ikke(self) -> int:
        return sum(1 for _, s in self.svar if s is not None and s.type is SvarType.VET_IKKE)

    @property
    def snitt(self) -> float | None:
        n = self.nivaer
        return sum(v for _, v in n) / len(n) if n else None

    @property
    def svakeste(self) -> int | None:
        n = self.nivaer
        return min(v for _, v in n) if n else None

    @property
    def svakeste_kommuner(self) -> tuple[str, ...]:
        laveste = self.svakeste
        return tuple(k for k, v in self.nivaer if v == laveste)

    def indikatorsvar(self) -> Indikatorsvar | None:
        """Det som teller for indikatoren etter regelen i modulens docstring; None før alle er besvart."""
        if not self.svar or not self.besvart:
            return None
        relevante = self.relevante
        if relevante == 0:
            return Indikatorsvar(SvarType.IKKE_RELEVANT, None, None, None)
        if self.vet_ikke / relevante > TERSKEL_VET_IKKE:
            return Indikatorsvar(SvarType.VET_IKKE, None, None, None)
        svakeste = self.svakeste_kommuner
        grunnlag = next((s.grunnlag for k, s in self.svar if k in svakeste and s is not None), None)
        return Indikatorsvar(SvarType.NIVA, self.snitt, self.svakeste, grunnlag, svakeste)


@dataclass(frozen=True, slots=True)
class PerKommune:
    """Vurderingens kommuner og svarene per kommune på indikatorene som kan besvares slik.

    `svar` er indikator-id → kommune → svar, bare for indikatorer med `per_kommune` (se `lag`).
    """

    kommuner: tuple[str, ...] = ()
    svar: Mapping[str, Mapping[str, Svar]] = field(default_factory=dict)

    @classmethod
    def lag(
        cls, bank: Bank, kommuner: Sequence[str], svar: Mapping[str, Mapping[str, Svar]] | None = None
    ) -> PerKommune:
        """Bare indikatorer banken merker `per_kommune`, og bare vurderingens kommuner."""
        valgt = set(kommuner)
        rene = {
            ind: {k: s for k, s in per.items() if k in valgt}
            for ind, per in (svar or {}).items()
            if bank.har_indikator(ind) and bank.indikator(ind).per_kommune
        }
        return cls(tuple(kommuner), {ind: per for ind, per in rene.items() if per})

    def bilde(self, indikator_id: str) -> Kommunebilde | None:
        """Svarene per kommune på indikatoren; None når ingen kommune er besvart."""
        per = self.svar.get(indikator_id)
        if not self.kommuner or not per:
            return None
        return Kommunebilde(indikator_id, tuple((k, per.get(k)) for k in self.kommuner))

    def bilder(self, indikatorer: Iterable[str]) -> dict[str, Kommunebilde]:
        """Bildene for indikatorene som er besvart per kommune, i oppgitt rekkefølge."""
        return {i: b for i in indikatorer if (b := self.bilde(i)) is not None}


INGEN = PerKommune()


def indikatorsvar(indikator_id: str, svar: Mapping[str, Svar], per_kommune: PerKommune | None) -> Indikatorsvar | None:
    """Det som teller for indikatoren: svarene per kommune når de finnes, ellers det ene svaret."""
    bilde = per_kommune.bilde(indikator_id) if per_kommune is not None else None
    if bilde is not None:
        return bilde.indikatorsvar()
    s = svar.get(indikator_id)
    if s is None:
        return None
    return Indikatorsvar(s.type, None if s.niva is None else float(s.niva), s.niva, s.grunnlag)


def svar_som_teller(svar: Mapping[str, Svar], per_kommune: PerKommune | None) -> dict[str, Svar]:
    """Svarene slik fremdriften viser dem: for en indikator besvart per kommune står det regelen gir.

    En indikator med svar per kommune er med bare når alle kommunene er besvart (`indikatorsvar`);
    nivået som vises, er snittet avrundet til nærmeste hele nivå. Andre indikatorer har sitt ene svar.
    """
    ut = dict(svar)
    if per_kommune is None:
        return ut
    for ind in per_kommune.svar:
        bilde = per_kommune.bilde(ind)
        if bilde is None:
            continue
        teller = bilde.indikatorsvar()
        if teller is None:
            ut.pop(ind, None)
        elif teller.type is SvarType.NIVA and teller.snitt is not None:
            ut[ind] = Svar(ind, SvarType.NIVA, niva=int(teller.snitt + 0.5), grunnlag=teller.grunnlag)
        elif teller.type is SvarType.IKKE_RELEVANT:
            ut[ind] = Svar(ind, SvarType.IKKE_RELEVANT, grunn="ikke relevant for noen kommune")
        else:
            ut[ind] = Svar(ind, SvarType.VET_IKKE)
    return ut
