"""Poengberegning etter reglene i CONTENT.md (og rapportens metodevedlegg).
Svar per kommune (vurderinger som lister kommuner, indikatorer med `per_kommune`): indikatorens
nivå er snittet av kommunenivåene (uavrundet inn i modulsnittet); kommuner med Ikke relevant
holdes utenfor; 25 %-regelen for Vet ikke gjelder per indikator over kommunene; indikatoren er
besvart når alle kommunene er det. Svakeste kommune navngis, og dens nivå er indikatorens
svakeste ledd og grunnlaget for forslaget og rangeringen. Hele regelen står i
`domene.kommunesvar`; setningen til metodevedlegget er `kommunesvar.METODE` (nb og nn).

- Modulpoeng: vektet snitt av modulens nivåsvar, avrundet til én desimal (halvt opp);
  nivånavnet er nivået poengsummen har nådd fullt ut (gulv av den viste verdien).
  Laveste nivå i modulen vises ved siden av («svakeste ledd»).
- Ikke relevant holdes utenfor. Vet ikke teller med, men gir ikke poeng; er mer enn 25 %
  av modulens relevante indikatorer Vet ikke, har modulen «utilstrekkelig grunnlag».
- Ubesvarte indikatorer gir verken poeng eller Vet ikke, men vises i fremdriften.
- Samlet poeng: snitt av temamodulenes poeng; moduler uten poeng holdes utenfor og
  nevnes; færre enn tre temaer med poeng gir ingen samlet poengsum.
- Gap = mål − poeng. Andel av mål = poeng / mål, høyst 100 % (mål 0 gir 100 %).
- Forslag: for hver indikator under modulens mål, neste steg fra dagens nivå.
  Prioritet = vekt × ((1 + mål − nivå)² − 1), høyest først; likt: temamoduler før andre,
  så antatt før erfart før dokumentert (uten angitt grunnlag som antatt), så bankens
  rekkefølge. Hver Vet ikke gir et eget forslag om å kartlegge før neste runde; disse
  kommer etter de prioriterte forslagene.
- Svar per kommune: indikatorens nivå er snittet av kommunenivåene, og svakeste kommunes
  nivå er indikatorens svakeste ledd og utgangspunktet for forslaget.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from math import floor

from vurdering.domene import kommunesvar
from vurdering.domene.bank import Bank, Indikator, Modul
from vurdering.domene.kommunesvar import PerKommune, indikatorsvar
from vurdering.domene.modell import Svar, SvarType

TERSKEL_VET_IKKE = kommunesvar.TERSKEL_VET_IKKE  # én grense for moduler og for kommuner
MIN_TEMA_FOR_SAMLET = 3
_GRUNNLAG_REKKEFOLGE = {"antatt": 0, None: 0, "erfart": 1, "dokumentert": 2}


def avrund(x: float) -> float:
    """Én desimal, halvt opp (2,25 → 2,3), slik folk regner for hånd."""
    return float(Decimal(repr(x)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


@dataclass(frozen=True, slots=True)
class Modulresultat:
    modul_id: str
    navn: str
    type: str
    mal: int
    antall: int  # alle indikatorer i modulen
    besvart: int  # nivå, vet ikke eller ikke relevant
    med_niva: int
    vet_ikke: int
    ikke_relevant: int
    poeng: float | None  # None: ingen poeng (se `merknad`)
    niva: int | None  # nivået poengsummen har nådd fullt ut
    svakeste: int | None  # laveste nivå blant nivåsvarene
    svakeste_indikatorer: tuple[str, ...]
    utilstrekkelig: bool
    merknad: str  # "", "utilstrekkelig grunnlag", "ikke relevant", "ikke besvart"

    @property
    def ubesvart(self) -> int:
        return self.antall - self.besvart

    @property
    def relevante(self) -> int:
        return self.antall - self.ikke_relevant

    @property
    def gap(self) -> float | None:
        return None if self.poeng is None else avrund(self.mal - self.poeng)

    @property
    def andel_av_mal(self) -> float | None:
        if self.poeng is None:
            return None
        if self.mal == 0:
            return 1.0
        return min(1.0, self.poeng / self.mal)

    @property
    def fremdrift(self) -> float:
        return self.besvart / self.antall if self.antall else 1.0


@dataclass(frozen=True, slots=True)
class Samlet:
    poeng: float | None
    niva: int | None
    tema_med: tuple[str, ...]
    tema_utelatt: tuple[str, ...]  # temamoduler uten poeng

    @property
    def merknad(self) -> str:
        if self.poeng is None:
            alle = len(self.tema_med) + len(self.tema_utelatt)
            return (
                f"Ingen samlet poengsum: bare {len(self.tema_med)} av {alle} strategiske temaer "
                f"har poeng (minst {MIN_TEMA_FOR_SAMLET} trengs)."
            )
        if self.tema_utelatt:
            return f"Samlet poengsum uten {', '.join(self.tema_utelatt)} (ikke nok grunnlag)."
        return ""


@dataclass(frozen=True, slots=True)
class Forslag:
    indikator_id: str
    modul_id: str
    tittel: str
    niva: int | None  # dagens nivå; None for Vet ikke
    mal: int
    tekst: str
    prioritet: float | None  # None for kartleggingsforslag
    kartlegg: bool = False
    kommuner: tuple[str, ...] = ()  # svakeste kommune(r) når indikatoren er besvart per kommune


@dataclass(frozen=True, slots=True)
class Resultat:
    moduler: tuple[Modulresultat, ...]
    samlet: Samlet
    forslag: tuple[Forslag, ...]
    antall: int
    besvart: int

    @property
    def ferdig_besvart(self) -> bool:
        return self.besvart == self.antall

    @property
    def fremdrift(self) -> float:
        return self.besvart / self.antall if self.antall else 1.0

    def modul(self, modul_id: str) -> Modulresultat:
        for m in self.moduler:
            if m.modul_id == modul_id:
                return m
        raise KeyError(modul_id)


def beregn_modul(
    modul: Modul, svar: Mapping[str, Svar], mal: int | None = None, per_kommune: PerKommune | None = None
) -> Modulresultat:
    mal = modul.mal if mal is None else mal
    sum_vekt = 0.0
    sum_vektet = 0.0
    nivaer: list[tuple[int, str]] = []
    vet_ikke = ikke_relevant = besvart = 0
    for ind in modul.indikatorer:
        s = indikatorsvar(ind.id, svar, per_kommune)
        if s is None:
            continue
        besvart += 1
        if s.type is SvarType.IKKE_RELEVANT:
            ikke_relevant += 1
        elif s.type is SvarType.VET_IKKE:
            vet_ikke += 1
        else:
            assert s.snitt is not None and s.svakeste is not None  # sikret av Svar og Kommunebilde
            sum_vekt += ind.vekt
            sum_vektet += ind.vekt * s.snitt
            nivaer.append((s.svakeste, ind.id))
    antall = len(modul.indikatorer)
    relevante = antall - ikke_relevant
    utilstrekkelig = relevante > 0 and vet_ikke / relevante > TERSKEL_VET_IKKE
    poeng: float | None = None
    merknad = ""
    if relevante == 0:
        merknad = "ikke relevant"
    elif utilstrekkelig:
        merknad = "utilstrekkelig grunnlag"
    elif not nivaer:
        merknad = "ikke besvart"
    else:
        poeng = avrund(sum_vektet / sum_vekt)
    svakeste = min(n for n, _ in nivaer) if nivaer else None
    return Modulresultat(
        modul_id=modul.id,
        navn=modul.navn,
        type=modul.type,
        mal=mal,
        antall=antall,
        besvart=besvart,
        med_niva=len(nivaer),
        vet_ikke=vet_ikke,
        ikke_relevant=ikke_relevant,
        poeng=poeng,
        niva=None if poeng is None else floor(poeng),
        svakeste=svakeste,
        svakeste_indikatorer=tuple(i for n, i in nivaer if n == svakeste),
        utilstrekkelig=utilstrekkelig,
        merknad=merknad,
    )


def beregn_samlet(moduler: tuple[Modulresultat, ...]) -> Samlet:
    return samlet_av_tema([(m.navn, m.poeng) for m in moduler if m.type == "tema"])


def samlet_av_tema(tema: Sequence[tuple[str, float | None]]) -> Samlet:
    """Samlet poeng av temamodulenes (navn, poeng): snittet når minst tre har poeng."""
    med = [(navn, p) for navn, p in tema if p is not None]
    utelatt = tuple(navn for navn, p in tema if p is None)
    if len(med) < MIN_TEMA_FOR_SAMLET:
        return Samlet(None, None, tuple(navn for navn, _ in med), utelatt)
    poeng = avrund(sum(p for _, p in med) / len(med))
    return Samlet(poeng, floor(poeng), tuple(navn for navn, _ in med), utelatt)


def prioritet(vekt: float, mal: int, niva: int) -> float:
    return vekt * ((1 + mal - niva) ** 2 - 1)


def lag_forslag(
    bank: Bank,
    moduler: list[Modul],
    svar: Mapping[str, Svar],
    mal: Mapping[str, int],
    per_kommune: PerKommune | None = None,
) -> tuple[Forslag, ...]:
    prioriterte: list[tuple[tuple[float, int, int, int], Forslag]] = []
    kartlegg: list[Forslag] = []
    rekkefolge = 0
    for modul in moduler:
        modul_mal = mal.get(modul.id, modul.mal)
        for ind in modul.indikatorer:
            rekkefolge += 1
            s = indikatorsvar(ind.id, svar, per_kommune)
            if s is None:
                continue
            if s.type is SvarType.VET_IKKE:
                kartlegg.append(_kartlegg(ind, modul, modul_mal))
            elif s.type is SvarType.NIVA and s.svakeste is not None and s.svakeste < modul_mal:
                niva = s.svakeste  # per kommune: svakeste kommunes nivå
                p = prioritet(ind.vekt, modul_mal, niva)
                grunnlag = s.grunnlag.value if s.grunnlag else None
                nokkel = (-p, 0 if modul.er_tema else 1, _GRUNNLAG_REKKEFOLGE[grunnlag], rekkefolge)
                prioriterte.append(
                    (
                        nokkel,
                        Forslag(
                            ind.id,
                            modul.id,
                            ind.tittel,
                            niva,
                            modul_mal,
                            ind.neste_steg[niva],
                            p,
                            kommuner=s.svakeste_kommuner,
                        ),
                    )
                )
    prioriterte.sort(key=lambda x: x[0])
    return tuple(f for _, f in prioriterte) + tuple(kartlegg)


def _kartlegg(ind: Indikator, modul: Modul, mal: int) -> Forslag:
    tekst = (
        f"Kartlegg før neste runde hvordan enheten faktisk arbeider med «{ind.tittel}», "
        "slik at nivået kan vurderes på et sikrere grunnlag."
    )
    return Forslag(ind.id, modul.id, ind.tittel, None, mal, tekst, None, kartlegg=True)


def beregn(
    bank: Bank,
    modul_ids: tuple[str, ...] | list[str],
    svar: Mapping[str, Svar],
    mal: Mapping[str, int] | None = None,
    per_kommune: PerKommune | None = None,
) -> Resultat:
    """Alt som vises om en vurdering: modulpoeng, samlet poeng og prioriterte forslag.

    `per_kommune` er vurderingens kommuner og svarene per kommune (uten: ett svar per indikator).
    """
    mal = mal or {}
    moduler = [bank.modul(mid) for mid in modul_ids]
    resultater = tuple(beregn_modul(m, svar, mal.get(m.id), per_kommune) for m in moduler)
    return Resultat(
        moduler=resultater,
        samlet=beregn_samlet(resultater),
        forslag=lag_forslag(bank, moduler, svar, mal, per_kommune),
        antall=sum(r.antall for r in resultater),
        besvart=sum(r.besvart for r in resultater),
    )
