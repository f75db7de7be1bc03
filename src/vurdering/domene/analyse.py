"""Analysen av én vurdering: alt som er en vurdering av tallene, regnet ut ett sted.

Vinduets sammendrag, den fulle rapporten, lederoppsummeringen, CSV-en og `vis` (også
`--json`) leser den samme `Analyse`, så de kan ikke bli uenige om hva som er svakest.

- Svakeste indikatorer: blant indikatorene med nivå, størst avstand til modulens mål
  (mål − nivå) først; likt: høyest vekt, så lavest nivå, så temamoduler før andre, så
  bankens rekkefølge. En leder ser da først det som ligger lengst fra det enheten selv har
  satt seg som mål, og blant like avstander det som teller mest i poengene – samme
  vekting som de prioriterte forslagene. De `ANTALL_SVAKESTE` første vises.
- Sterkeste indikatorer: høyest nivå først; likt: lengst over målet, så temamoduler før
  andre, så bankens rekkefølge. De `ANTALL_STERKESTE` første vises.
- Forslag: de prioriterte forslagene fra `domene.poeng` (én regel, ett sted).
- Merknader om datagrunnlaget, matrisen tema × fagområde, konsensus per svar fra en
  samling og oppfølgingen av forrige runde.
- Svar per kommune (`domene.kommunesvar`): for hver indikator som er besvart per kommune,
  nivået i hver kommune og svakeste kommune (`Analyse.kommuner`). I rangeringen over er
  nivået til en slik indikator svakeste kommunes nivå (snittet står i `snitt`).

Alt her er språknøytralt (id-er, tall og koder); vinduet og rapportene lager tekst av det.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from vurdering.domene.analyse_deler import (
    Datavarsel,
    Matrise,
    Oppfolging,
    Samstemmighet,
    datavarsler,
    matrise,
    oppfolging,
    samstemmighet,
)
from vurdering.domene.bank import Bank, Modul
from vurdering.domene.kommunesvar import Kommunebilde, PerKommune, indikatorsvar
from vurdering.domene.modell import Svar, SvarType
from vurdering.domene.poeng import Forslag, Resultat

if TYPE_CHECKING:
    from vurdering.domene.vurderingsdata import Oppfolgingspunkt

__all__ = [
    "ANTALL_STERKESTE",
    "ANTALL_SVAKESTE",
    "Analyse",
    "Datavarsel",
    "Indikatorniva",
    "Kommunebilde",
    "Matrise",
    "Oppfolging",
    "Samstemmighet",
    "analyser",
]

ANTALL_SVAKESTE = 5
ANTALL_STERKESTE = 3


@dataclass(frozen=True, slots=True)
class Indikatorniva:
    """En indikator med nivå, med modulen den hører til og modulens mål."""

    indikator_id: str
    tittel: str
    modul_id: str
    modul_er_tema: bool
    niva: int
    mal: int
    vekt: float
    rekkefolge: int  # plassen i banken blant vurderingens indikatorer
    snitt: float | None = None  # per kommune: snittet av kommunenivåene (`niva` er svakeste kommunes)
    svakeste_kommuner: tuple[str, ...] = ()  # per kommune: kommunen(e) med lavest nivå

    @property
    def gap(self) -> int:
        """Mål − nivå (negativt når indikatoren er over målet)."""
        return self.mal - self.niva


@dataclass(frozen=True, slots=True)
class Analyse:
    """Dommene om én vurdering; se modulens docstring for reglene."""

    svakeste: tuple[Indikatorniva, ...]
    sterkeste: tuple[Indikatorniva, ...]
    forslag: tuple[Forslag, ...]
    datavarsler: tuple[Datavarsel, ...]
    matrise: Matrise | None
    samstemmighet: Mapping[str, Samstemmighet]  # indikator-id → stemmer og uenighet
    oppfolging: Oppfolging
    kommuner: Mapping[str, Kommunebilde] = field(default_factory=dict)  # indikator-id → svar per kommune

    def konsensus_for(self, indikator_id: str) -> Samstemmighet | None:
        """Stemmene og uenigheten for ett svar, når svaret har stemmer."""
        return self.samstemmighet.get(indikator_id)

    def kommuner_for(self, indikator_id: str) -> Kommunebilde | None:
        """Svarene per kommune på indikatoren (nivå per kommune, svakeste kommune), når den har slike."""
        return self.kommuner.get(indikator_id)

    def svakeste_kommune(self, indikator_id: str) -> tuple[str, ...]:
        """Kommunen(e) med lavest nivå på indikatoren; tom uten svar per kommune eller uten nivå."""
        bilde = self.kommuner.get(indikator_id)
        return bilde.svakeste_kommuner if bilde is not None else ()


def _moduler(bank: Bank, resultat: Resultat) -> list[tuple[Modul, int]]:
    return [(bank.modul(r.modul_id), r.mal) for r in resultat.moduler]


def indikatornivaer(
    bank: Bank, resultat: Resultat, svar: Mapping[str, Svar], per_kommune: PerKommune | None = None
) -> list[Indikatorniva]:
    """Alle svar med nivå i vurderingens moduler, i bankens rekkefølge, med modulens mål.

    En indikator besvart per kommune har svakeste kommunes nivå som `niva` og snittet i `snitt`.
    """
    ut: list[Indikatorniva] = []
    for modul, mal in _moduler(bank, resultat):
        for ind in modul.indikatorer:
            s = indikatorsvar(ind.id, svar, per_kommune)
            if s is not None and s.type is SvarType.NIVA and s.svakeste is not None:
                snitt = s.snitt if s.svakeste_kommuner else None
                ut.append(
                    Indikatorniva(
                        ind.id,
                        ind.tittel,
                        modul.id,
                        modul.er_tema,
                        s.svakeste,
                        mal,
                        ind.vekt,
                        len(ut),
                        snitt,
                        s.svakeste_kommuner,
                    )
                )
    return ut


def rangert_svakest(nivaer: Sequence[Indikatorniva]) -> list[Indikatorniva]:
    """Størst avstand til målet først; likt: høyest vekt, lavest nivå, temaer, bankens rekkefølge."""
    return sorted(nivaer, key=lambda n: (-n.gap, -n.vekt, n.niva, not n.modul_er_tema, n.rekkefolge))


def rangert_sterkest(nivaer: Sequence[Indikatorniva]) -> list[Indikatorniva]:
    """Høyest nivå først; likt: lengst over målet, temaer, bankens rekkefølge."""
    return sorted(nivaer, key=lambda n: (-n.niva, n.gap, not n.modul_er_tema, n.rekkefolge))


def analyser(
    bank: Bank,
    resultat: Resultat,
    svar: Mapping[str, Svar],
    *,
    forrige_id: int | None = None,
    oppfolgingspunkter: Sequence[Oppfolgingspunkt] = (),
    per_kommune: PerKommune | None = None,
) -> Analyse:
    """Analysen av en vurdering fra banken, poengresultatet (med målene), svarene og forrige runde.

    `per_kommune` er kommunene og svarene per kommune; `resultat` må være regnet med de samme.
    """
    nivaer = indikatornivaer(bank, resultat, svar, per_kommune)
    indikatorer = [ind.id for m, _ in _moduler(bank, resultat) for ind in m.indikatorer]
    return Analyse(
        svakeste=tuple(rangert_svakest(nivaer)[:ANTALL_SVAKESTE]),
        sterkeste=tuple(rangert_sterkest(nivaer)[:ANTALL_STERKESTE]),
        forslag=resultat.forslag,
        datavarsler=datavarsler(bank, resultat, svar),
        matrise=matrise(bank, resultat, svar, per_kommune),
        samstemmighet=samstemmighet(svar, indikatorer),
        oppfolging=oppfolging(forrige_id, oppfolgingspunkter),
        kommuner=per_kommune.bilder(indikatorer) if per_kommune is not None else {},
    )
