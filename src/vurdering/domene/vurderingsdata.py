"""Alt om én vurdering samlet på ett sted, for visning, rapport og eksport."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import TYPE_CHECKING

from vurdering.domene.analyse import Analyse, analyser
from vurdering.domene.bank import Bank
from vurdering.domene.kommunesvar import PerKommune
from vurdering.domene.modell import Svar, Tiltak, TiltakStatus, Vurdering
from vurdering.domene.poeng import Resultat, beregn
from vurdering.domene.problemer import Problem

if TYPE_CHECKING:  # domene.utvikling bruker Oppfolgingspunkt herfra
    from vurdering.domene.utvikling import Utvikling


@dataclass(frozen=True)
class Oppfolgingspunkt:
    """Et tiltak fra forrige runde og statusen det fikk i denne."""

    tiltak: Tiltak
    status: TiltakStatus | None  # None: ikke vurdert ennå
    kommentar: str = ""


@dataclass(frozen=True)
class Vurderingsdata:
    vurdering: Vurdering
    bank: Bank
    svar: dict[str, Svar]
    resultat: Resultat
    tiltak: list[Tiltak] = field(default_factory=list)
    tekstfelt: dict[str, str] = field(default_factory=dict)  # konklusjon, merking, signatur_*
    forrige_id: int | None = None
    oppfolging: list[Oppfolgingspunkt] = field(default_factory=list)
    #: Enhetens prioriterte problemer («Virker det?») og tiltakene knyttet til hvert (problem-id → tiltak-id-er).
    problemer: list[Problem] = field(default_factory=list)
    tiltak_per_problem: dict[int, list[int]] = field(default_factory=dict)
    #: Enhetens runder fram til og med denne (None: ikke hentet); rapporten viser utviklingen fra andre runde.
    utvikling: Utvikling | None = None
    per_kommune: PerKommune = field(default_factory=PerKommune)  # kommunene og svarene per kommune

    @cached_property
    def analyse(self) -> Analyse:
        """Analysen av vurderingen (svakeste, forslag, merknader …), regnet ut én gang (`domene.analyse`)."""
        return analyser(
            self.bank,
            self.resultat,
            self.svar,
            forrige_id=self.forrige_id,
            oppfolgingspunkter=self.oppfolging,
            per_kommune=self.per_kommune,
        )

    def paa(self, sprak: str) -> Vurderingsdata:
        """Samme vurdering til visning på `sprak`: bankens tekster, modulnavn og forslag på nynorsk
        for «nn» (der banken har dem). Poengene er de samme."""
        bank = self.bank.paa(sprak)
        if bank is self.bank:
            return self
        v = self.vurdering
        return replace(self, bank=bank, resultat=beregn(bank, v.moduler, self.svar, v.mal, self.per_kommune))
