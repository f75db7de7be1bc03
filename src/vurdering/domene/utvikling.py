"""Utvikling: én enhets runder side om side – hva som ble bedre, hva som ble svakere.

Rundene sammenlignes der de kan sammenlignes, og ellers sies det:
- Moduler sammenlignes på modulpoeng når begge rundene har poeng.
- Indikatorer sammenlignes på id. En indikator i en nyere bank kan si at den erstatter én
  eller flere eldre (`erstatter` i bankformatet); da sammenlignes den med snittet av
  nivåene de eldre fikk, og merkes slik. En indikator som verken finnes eller erstatter
  noe i forrige runde, er ny; en som ble borte uten å bli erstattet, er utgått. Ingen av
  dem sammenlignes med noe annet.
- Tiltakene fra forrige runde: andelen som er fullført (av dem som har fått status).
- Datakvalitet: andelen Vet ikke blant de besvarte indikatorene per runde.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from vurdering.domene.bank import Bank, Indikator
from vurdering.domene.modell import Svar, SvarType, TiltakStatus
from vurdering.domene.poeng import Resultat, avrund
from vurdering.domene.vurderingsdata import Oppfolgingspunkt

#: Hvor mange moduler og indikatorer som vises som mest bedret og mest svekket.
ANTALL_STORSTE = 5


@dataclass(frozen=True)
class Runde:
    """Det utviklingen trenger om én runde (en vurdering av enheten)."""

    vurdering_id: int
    dato: str
    bank: Bank
    resultat: Resultat
    svar: Mapping[str, Svar]
    oppfolging: tuple[Oppfolgingspunkt, ...] = ()  # denne rundens status på forrige rundes tiltak


@dataclass(frozen=True)
class Rundesammendrag:
    vurdering_id: int
    dato: str
    bank_versjon: str
    samlet: float | None
    vet_ikke_andel: float | None  # None: ingen besvarte indikatorer


@dataclass(frozen=True)
class Modulserie:
    """Én moduls poeng per runde (None: ikke med eller uten poeng i den runden)."""

    modul_id: str
    navn: str
    poeng: tuple[float | None, ...]


@dataclass(frozen=True)
class Endring:
    """En modul eller indikator som er sammenlignet mellom forrige og siste runde."""

    id: str
    navn: str
    modul_id: str
    fra: float
    til: float
    erstatter: tuple[str, ...] = ()  # eldre indikator-id-er den er sammenlignet med

    @property
    def endring(self) -> float:
        return avrund(self.til - self.fra)


@dataclass(frozen=True)
class Indikatorref:
    id: str
    tittel: str
    modul_id: str


@dataclass(frozen=True)
class Tiltaksutfall:
    antall: int  # tiltak fra forrige runde
    vurdert: int  # med status i siste runde
    fullfort: int
    forkastet: int

    @property
    def andel_fullfort(self) -> float | None:
        return None if self.vurdert == 0 else self.fullfort / self.vurdert


@dataclass(frozen=True)
class Utvikling:
    runder: tuple[Rundesammendrag, ...]  # eldste først
    moduler: tuple[Modulserie, ...]
    moduler_bedret: tuple[Endring, ...]
    moduler_svekket: tuple[Endring, ...]
    indikatorer_bedret: tuple[Endring, ...]
    indikatorer_svekket: tuple[Endring, ...]
    nye: tuple[Indikatorref, ...]
    utgatte: tuple[Indikatorref, ...]
    tiltak: Tiltaksutfall | None

    @property
    def har_forrige(self) -> bool:
        return len(self.runder) >= 2

    @property
    def samlet_endring(self) -> float | None:
        if not self.har_forrige:
            return None
        fra, til = self.runder[-2].samlet, self.runder[-1].samlet
        return None if fra is None or til is None else avrund(til - fra)


def vet_ikke_andel(runde: Runde) -> float | None:
    """Andelen Vet ikke blant de besvarte indikatorene i rundens moduler."""
    besvart = runde.resultat.besvart
    if besvart == 0:
        return None
    return sum(m.vet_ikke for m in runde.resultat.moduler) / besvart


def _niva(svar: Mapping[str, Svar], indikator_id: str) -> int | None:
    s = svar.get(indikator_id)
    return s.niva if s is not None and s.type is SvarType.NIVA else None


def _indikatorer(runde: Runde) -> dict[str, Indikator]:
    ut: dict[str, Indikator] = {}
    for m in runde.resultat.moduler:
        for ind in runde.bank.modul(m.modul_id).indikatorer:
            ut[ind.id] = ind
    return ut


def sammenlign_indikatorer(
    forrige: Runde, siste: Runde
) -> tuple[list[Endring], list[Indikatorref], list[Indikatorref]]:
    """Endringene, de nye og de utgåtte indikatorene mellom to runder."""
    gamle = _indikatorer(forrige)
    nye_ind = _indikatorer(siste)
    erstattet: set[str] = set()
    endringer: list[Endring] = []
    nye: list[Indikatorref] = []
    for ind in nye_ind.values():
        forlopere = tuple(i for i in (ind.erstatter or ()) if i in gamle and i not in nye_ind)
        erstattet.update(forlopere)
        if ind.id in gamle:
            sammenlignes: tuple[str, ...] = (ind.id,)
        elif forlopere:
            sammenlignes = forlopere
        else:
            nye.append(Indikatorref(ind.id, ind.tittel, ind.modul_id))
            continue
        til = _niva(siste.svar, ind.id)
        fra_nivaer = [n for i in sammenlignes if (n := _niva(forrige.svar, i)) is not None]
        if til is None or not fra_nivaer:
            continue
        fra = avrund(sum(fra_nivaer) / len(fra_nivaer))
        endringer.append(
            Endring(ind.id, ind.tittel, ind.modul_id, fra, float(til), () if ind.id in gamle else sammenlignes)
        )
    utgatte = [
        Indikatorref(i.id, i.tittel, i.modul_id)
        for i in gamle.values()
        if i.id not in nye_ind and i.id not in erstattet
    ]
    return endringer, nye, utgatte


def _storste(endringer: Sequence[Endring], fortegn: int) -> tuple[Endring, ...]:
    valgte = [e for e in endringer if e.endring * fortegn > 0]
    valgte.sort(key=lambda e: (-abs(e.endring), e.id))
    return tuple(valgte[:ANTALL_STORSTE])


def _tiltaksutfall(runde: Runde) -> Tiltaksutfall | None:
    if not runde.oppfolging:
        return None
    statuser = [p.status for p in runde.oppfolging]
    return Tiltaksutfall(
        antall=len(statuser),
        vurdert=sum(1 for s in statuser if s is not None),
        fullfort=sum(1 for s in statuser if s is TiltakStatus.FULLFORT),
        forkastet=sum(1 for s in statuser if s is TiltakStatus.FORKASTET),
    )


def beregn_utvikling(runder: Sequence[Runde]) -> Utvikling:
    """Utviklingen over rundene (sorteres på dato og id; eldste først)."""
    ordnet = sorted(runder, key=lambda r: (r.dato, r.vurdering_id))
    sammendrag = tuple(
        Rundesammendrag(r.vurdering_id, r.dato, r.bank.versjon, r.resultat.samlet.poeng, vet_ikke_andel(r))
        for r in ordnet
    )
    navn: dict[str, str] = {}
    for r in ordnet:
        for m in r.resultat.moduler:
            navn[m.modul_id] = m.navn  # den nyeste rundens navn vinner
    serier = tuple(
        Modulserie(
            mid,
            navn[mid],
            tuple(next((m.poeng for m in r.resultat.moduler if m.modul_id == mid), None) for r in ordnet),
        )
        for mid in navn
    )
    if len(ordnet) < 2:
        return Utvikling(sammendrag, serier, (), (), (), (), (), (), None)
    forrige, siste = ordnet[-2], ordnet[-1]
    modulendringer = [
        Endring(s.modul_id, s.navn, s.modul_id, fra, til)
        for s in serier
        if (fra := s.poeng[-2]) is not None and (til := s.poeng[-1]) is not None
    ]
    indikatorendringer, nye, utgatte = sammenlign_indikatorer(forrige, siste)
    return Utvikling(
        runder=sammendrag,
        moduler=serier,
        moduler_bedret=_storste(modulendringer, 1),
        moduler_svekket=_storste(modulendringer, -1),
        indikatorer_bedret=_storste(indikatorendringer, 1),
        indikatorer_svekket=_storste(indikatorendringer, -1),
        nye=tuple(nye),
        utgatte=tuple(utgatte),
        tiltak=_tiltaksutfall(siste),
    )
