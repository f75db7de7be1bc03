"""Delene av analysen som ikke er rangering: merknader om datagrunnlaget, matrisen
tema × fagområde, konsensus per svar og oppfølgingen av forrige runde (se `domene.analyse`).

Merknadene er koder med tall; grensen for Vet ikke står i `poeng.TERSKEL_VET_IKKE`, og
teksten som viser den, lages av den som viser merknaden.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from vurdering.domene.bank import Bank, Modul
from vurdering.domene.kommunesvar import PerKommune, indikatorsvar
from vurdering.domene.modell import Grunnlag, Svar, SvarType
from vurdering.domene.poeng import Modulresultat, Resultat, avrund
from vurdering.domene.regler import Stemmer
from vurdering.domene.samling import konsensus

if TYPE_CHECKING:
    from vurdering.domene.vurderingsdata import Oppfolgingspunkt

#: Kodene for merknader om datagrunnlaget, i den rekkefølgen de vises.
UFERDIG = "uferdig"  # n av av indikatorer er besvart
INGEN_SAMLET = "ingen_samlet"  # bare n av av temaer har poeng
SAMLET_UTEN = "samlet_uten"  # samlet poeng uten `moduler`
MODUL_UTILSTREKKELIG = "modul_utilstrekkelig"  # n av av relevante er Vet ikke
MODUL_IKKE_RELEVANT = "modul_ikke_relevant"  # alle indikatorene er ikke relevante
MODUL_UBESVART = "modul_ubesvart"  # n av av er ikke besvart
VET_IKKE_TOTALT = "vet_ikke_totalt"  # n svar er Vet ikke
ANTATT_ANDEL = "antatt_andel"  # n av av nivåsvar bygger på antakelser


@dataclass(frozen=True, slots=True)
class Datavarsel:
    """Én merknad om datagrunnlaget: en kode (se konstantene over) med tallene den trenger."""

    kode: str
    modul_id: str = ""
    n: int = 0
    av: int = 0
    moduler: tuple[str, ...] = ()  # modul-id-er (for «samlet uten …»)


def datavarsler(bank: Bank, resultat: Resultat, svar: Mapping[str, Svar]) -> tuple[Datavarsel, ...]:
    """Advarsler om datagrunnlaget: uferdig, samlet poeng, per modul, Vet ikke og antakelser."""
    ut: list[Datavarsel] = []
    if not resultat.ferdig_besvart:
        ut.append(Datavarsel(UFERDIG, n=resultat.besvart, av=resultat.antall))
    tema = [r for r in resultat.moduler if r.type == "tema"]
    if resultat.samlet.poeng is None:
        ut.append(Datavarsel(INGEN_SAMLET, n=sum(1 for r in tema if r.poeng is not None), av=len(tema)))
    elif any(r.poeng is None for r in tema):
        ut.append(Datavarsel(SAMLET_UTEN, moduler=tuple(r.modul_id for r in tema if r.poeng is None)))
    for r in resultat.moduler:
        if r.utilstrekkelig:
            ut.append(Datavarsel(MODUL_UTILSTREKKELIG, r.modul_id, n=r.vet_ikke, av=r.relevante))
        if r.merknad == "ikke relevant":
            ut.append(Datavarsel(MODUL_IKKE_RELEVANT, r.modul_id))
        if r.ubesvart:
            ut.append(Datavarsel(MODUL_UBESVART, r.modul_id, n=r.ubesvart, av=r.antall))
    vet_ikke = sum(r.vet_ikke for r in resultat.moduler)
    if vet_ikke:
        ut.append(Datavarsel(VET_IKKE_TOTALT, n=vet_ikke))
    med_niva = [
        s
        for r in resultat.moduler
        for ind in bank.modul(r.modul_id).indikatorer
        if (s := svar.get(ind.id)) is not None and s.type is SvarType.NIVA
    ]
    antatt = sum(1 for s in med_niva if s.grunnlag is Grunnlag.ANTATT)
    if antatt:
        ut.append(Datavarsel(ANTATT_ANDEL, n=antatt, av=len(med_niva)))
    return tuple(ut)


@dataclass(frozen=True, slots=True)
class Matrise:
    """Tema × fagområde: vektet snitt av nivåene og antall indikatorer med nivå per rute."""

    tema: tuple[str, ...]  # tema-id-er i bankens rekkefølge
    omrader: tuple[str, ...]  # modul-id-er for fagområdene som er med
    ruter: Mapping[tuple[str, str], tuple[float, int]]  # (modul-id, tema-id) → (snitt, antall)
    uten_grunnlag: Mapping[str, str]  # modul-id → merknadskode fra poengberegningen

    def sterkeste_ruter(self) -> tuple[float, tuple[tuple[str, str], ...]] | None:
        """Høyeste snitt og rutene som har det (modul-id, tema-id); None uten ruter."""
        return self._ytterste(hoyest=True)

    def svakeste_ruter(self) -> tuple[float, tuple[tuple[str, str], ...]] | None:
        """Laveste snitt og rutene som har det (modul-id, tema-id); None uten ruter."""
        return self._ytterste(hoyest=False)

    def _ytterste(self, *, hoyest: bool) -> tuple[float, tuple[tuple[str, str], ...]] | None:
        if not self.ruter:
            return None
        snitt_ = [snitt for snitt, _ in self.ruter.values()]
        verdi = max(snitt_) if hoyest else min(snitt_)
        return verdi, tuple(rute for rute, (snitt, _) in self.ruter.items() if snitt == verdi)


def matrise(
    bank: Bank, resultat: Resultat, svar: Mapping[str, Svar], per_kommune: PerKommune | None = None
) -> Matrise | None:
    """Matrisen over fagområdene som er med; None når ingen fagområder er med.

    Et fagområde uten poeng (for eksempel utilstrekkelig grunnlag) får ingen ruter, så
    enkeltsvar ikke ser sikrere ut i matrisen enn i modulen.
    """
    omrader: list[tuple[Modul, Modulresultat]] = [
        (bank.modul(r.modul_id), r) for r in resultat.moduler if r.type == "fagomrade"
    ]
    if not omrader:
        return None
    ruter: dict[tuple[str, str], tuple[float, int]] = {}
    uten_grunnlag = {m.id: r.merknad for m, r in omrader if r.poeng is None}
    for modul, _ in omrader:
        if modul.id in uten_grunnlag:
            continue
        summer: dict[str, tuple[float, float, int]] = {}  # tema-id → (sum vekt, sum vekt × nivå, antall)
        for ind in modul.indikatorer:
            s = indikatorsvar(ind.id, svar, per_kommune)  # per kommune: snittet, som i modulen
            if s is not None and s.type is SvarType.NIVA and s.snitt is not None:
                vekt_sum, vektet, antall = summer.get(ind.tema, (0.0, 0.0, 0))
                summer[ind.tema] = (vekt_sum + ind.vekt, vektet + ind.vekt * s.snitt, antall + 1)
        for tema_id, (vekt_sum, vektet, antall) in summer.items():
            ruter[(modul.id, tema_id)] = (avrund(vektet / vekt_sum), antall)
    return Matrise(
        tema=tuple(tm.id for tm in bank.tema),
        omrader=tuple(m.id for m, _ in omrader),
        ruter=ruter,
        uten_grunnlag=uten_grunnlag,
    )


@dataclass(frozen=True, slots=True)
class Samstemmighet:
    """Stemmene bak ett svar fra en samling, forslaget fra dem og om gruppen var uenig."""

    indikator_id: str
    stemmer: Stemmer | None
    median: int | None
    uenighet: bool
    dissens: str


def samstemmighet(svar: Mapping[str, Svar], indikatorer: Sequence[str]) -> dict[str, Samstemmighet]:
    """Per svar med stemmer (eller dissens): fordelingen, medianen og uenighet (`domene.samling`)."""
    ut: dict[str, Samstemmighet] = {}
    for ind in indikatorer:
        s = svar.get(ind)
        if s is None:
            continue
        har_stemmer = s.stemmer is not None and sum(s.stemmer) > 0
        if not har_stemmer and not s.dissens.strip():
            continue
        k = konsensus(s.stemmer) if s.stemmer is not None and har_stemmer else None
        ut[ind] = Samstemmighet(
            ind,
            s.stemmer if har_stemmer else None,
            k.median if k else None,
            bool(k and k.uenighet),
            s.dissens,
        )
    return ut


@dataclass(frozen=True, slots=True)
class Oppfolging:
    """Hva som har skjedd med tiltakene fra forrige runde."""

    forrige_id: int | None  # None: første runde
    punkter: tuple[Oppfolgingspunkt, ...] = ()
    per_status: Mapping[str, int] = field(default_factory=dict)  # statuskode («ikke_vurdert» uten status) → antall

    @property
    def forste_runde(self) -> bool:
        return self.forrige_id is None


def oppfolging(forrige_id: int | None, punkter: Sequence[Oppfolgingspunkt]) -> Oppfolging:
    """Oppfølgingen av forrige runde med antall tiltak per status."""
    per_status: dict[str, int] = {}
    for p in punkter:
        kode = p.status.value if p.status is not None else "ikke_vurdert"
        per_status[kode] = per_status.get(kode, 0) + 1
    return Oppfolging(forrige_id, tuple(punkter), per_status)
