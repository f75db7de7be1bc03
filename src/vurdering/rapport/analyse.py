"""Utledede tall for rapportene: sterkeste og svakeste indikatorer, merknader om
datagrunnlaget, temaverdier til radaren og matrisen tema × fagområde.

Ren Python over `Vurderingsdata`; ingen ReportLab her.
"""

from __future__ import annotations

from dataclasses import dataclass

from vurdering.domene.bank import Indikator, Modul
from vurdering.domene.formater import tall
from vurdering.domene.modell import Grunnlag, Svar, SvarType
from vurdering.domene.poeng import MIN_TEMA_FOR_SAMLET, Modulresultat, avrund
from vurdering.domene.vurderingsdata import Vurderingsdata
from vurdering.rapport.tekster import t


@dataclass(frozen=True, slots=True)
class Nivasvar:
    """Et svar med nivå, med indikatoren og modulen det hører til."""

    indikator: Indikator
    modul: Modul
    niva: int
    mal: int
    rekkefolge: int


def moduler(data: Vurderingsdata) -> list[tuple[Modul, Modulresultat]]:
    """Vurderingens moduler i bankens rekkefølge, hver med sitt resultat."""
    return [(data.bank.modul(r.modul_id), r) for r in data.resultat.moduler]


def nivasvar(data: Vurderingsdata) -> list[Nivasvar]:
    """Alle svar med nivå, i bankens rekkefølge."""
    ut: list[Nivasvar] = []
    for modul, res in moduler(data):
        for ind in modul.indikatorer:
            s = data.svar.get(ind.id)
            if s is not None and s.type is SvarType.NIVA and s.niva is not None:
                ut.append(Nivasvar(ind, modul, s.niva, res.mal, len(ut)))
    return ut


def sterkeste(data: Vurderingsdata, antall: int = 3) -> list[Nivasvar]:
    """De høyeste nivåene; likt: temamoduler først, så bankens rekkefølge."""
    return sorted(nivasvar(data), key=lambda n: (-n.niva, not n.modul.er_tema, n.rekkefolge))[:antall]


def svakeste(data: Vurderingsdata, antall: int = 3) -> list[Nivasvar]:
    """De laveste nivåene; likt: størst avstand til målet, temamoduler, bankens rekkefølge."""
    return sorted(nivasvar(data), key=lambda n: (n.niva, -(n.mal - n.niva), not n.modul.er_tema, n.rekkefolge))[:antall]


def merknad_tekst(res: Modulresultat, sprak: str) -> str:
    """Hvorfor en modul mangler poeng, på valgt språk."""
    return t(res.merknad, sprak) if res.merknad else ""


def samlet_merknad(data: Vurderingsdata, sprak: str) -> str:
    """Merknaden til den samlede poengsummen (som `Samlet.merknad`, men på valgt språk)."""
    tema = [(m, r) for m, r in moduler(data) if m.er_tema]
    med = [r for _, r in tema if r.poeng is not None]
    if data.resultat.samlet.poeng is None:
        return t("ingen_samlet", sprak, n=len(med), av=len(tema), minst=MIN_TEMA_FOR_SAMLET)
    utelatt = [m.visningsnavn(sprak) for m, r in tema if r.poeng is None]
    return t("samlet_uten", sprak, moduler=", ".join(utelatt)) if utelatt else ""


def datagrunnlag(data: Vurderingsdata, sprak: str) -> list[str]:
    """Advarsler om datagrunnlaget: uferdig, for mange Vet ikke, ubesvarte, antakelser."""
    res = data.resultat
    ut: list[str] = []
    if not res.ferdig_besvart:
        ut.append(t("uferdig", sprak, besvart=res.besvart, antall=res.antall))
    samlet = samlet_merknad(data, sprak)
    if samlet:
        ut.append(samlet)
    for modul, r in moduler(data):
        navn = modul.visningsnavn(sprak)
        if r.utilstrekkelig:
            ut.append(t("modul_utilstrekkelig", sprak, modul=navn, vet_ikke=r.vet_ikke, relevante=r.relevante))
        if r.ubesvart:
            ut.append(t("modul_ubesvart", sprak, modul=navn, ubesvart=r.ubesvart, antall=r.antall))
    vet_ikke = sum(r.vet_ikke for r in res.moduler)
    if vet_ikke:
        ut.append(t("vet_ikke_totalt", sprak, n=vet_ikke))
    med_niva = [s for s in _svar_i_vurderingen(data) if s.type is SvarType.NIVA]
    antatt = sum(1 for s in med_niva if s.grunnlag is Grunnlag.ANTATT)
    if antatt:
        ut.append(t("antatt_andel", sprak, n=antatt, m=len(med_niva)))
    return ut


def _svar_i_vurderingen(data: Vurderingsdata) -> list[Svar]:
    return [s for modul, _ in moduler(data) for ind in modul.indikatorer if (s := data.svar.get(ind.id)) is not None]


@dataclass(frozen=True, slots=True)
class Temaverdi:
    """Ett strategisk tema i radaren."""

    navn: str
    poeng: float | None
    mal: int
    merknad: str


def temaverdier(data: Vurderingsdata, sprak: str) -> list[Temaverdi]:
    """De strategiske temaene som er med, i bankens rekkefølge."""
    return [
        Temaverdi(m.visningsnavn(sprak), r.poeng, r.mal, merknad_tekst(r, sprak)) for m, r in moduler(data) if m.er_tema
    ]


@dataclass(frozen=True, slots=True)
class Matrise:
    """Tema × fagområde: vektet snitt av nivåene og antall indikatorer med nivå per rute."""

    tema: tuple[tuple[str, str], ...]  # (tema-id, navn)
    omrader: tuple[tuple[str, str], ...]  # (modul-id, navn)
    ruter: dict[tuple[str, str], tuple[float, int]]  # (modul-id, tema-id) → (snitt, antall)
    uten_grunnlag: dict[str, str]  # modul-id → merknad, for fagområder som ikke har poeng


def matrise(data: Vurderingsdata, sprak: str) -> Matrise | None:
    """Matrisen over fagområdene som er med; None når ingen fagområder er med.

    Et fagområde uten poeng (for eksempel utilstrekkelig grunnlag) får ingen ruter, så
    enkeltsvar ikke ser sikrere ut i matrisen enn i modulen.
    """
    omrader = [(m, r) for m, r in moduler(data) if m.type == "fagomrade"]
    if not omrader:
        return None
    ruter: dict[tuple[str, str], tuple[float, int]] = {}
    uten_grunnlag = {m.id: merknad_tekst(r, sprak) for m, r in omrader if r.poeng is None}
    for modul, _ in omrader:
        if modul.id in uten_grunnlag:
            continue
        summer: dict[str, tuple[float, float, int]] = {}  # tema-id → (sum vekt, sum vekt × nivå, antall)
        for ind in modul.indikatorer:
            s = data.svar.get(ind.id)
            if s is not None and s.type is SvarType.NIVA and s.niva is not None:
                vekt_sum, vektet, antall = summer.get(ind.tema, (0.0, 0.0, 0))
                summer[ind.tema] = (vekt_sum + ind.vekt, vektet + ind.vekt * s.niva, antall + 1)
        for tema_id, (vekt_sum, vektet, antall) in summer.items():
            ruter[(modul.id, tema_id)] = (avrund(vektet / vekt_sum), antall)
    return Matrise(
        tema=tuple((tm.id, data.bank.tema_navn(tm.id, sprak)) for tm in data.bank.tema),
        omrader=tuple((m.id, m.visningsnavn(sprak)) for m, _ in omrader),
        ruter=ruter,
        uten_grunnlag=uten_grunnlag,
    )


def modul_sammendrag(data: Vurderingsdata, sprak: str) -> list[str]:
    """Tekstsammendraget ved stolpediagrammet: høyest, lavest, under mål, uten poeng."""
    med = [(m.visningsnavn(sprak), r) for m, r in moduler(data) if r.poeng is not None]
    uten = [(m.visningsnavn(sprak), r) for m, r in moduler(data) if r.poeng is None]
    ut: list[str] = []
    if med:
        hoyest = max(r.poeng or 0.0 for _, r in med)
        lavest = min(r.poeng or 0.0 for _, r in med)
        ut.append(t("hoyest", sprak, liste=", ".join(f"{n} ({tall(r.poeng)})" for n, r in med if r.poeng == hoyest)))
        ut.append(t("lavest", sprak, liste=", ".join(f"{n} ({tall(r.poeng)})" for n, r in med if r.poeng == lavest)))
        under = sum(1 for _, r in med if (r.gap or 0) > 0)
        ut.append(t("under_mal", sprak, n=under, m=len(med)))
    if uten:
        ut.append(t("uten_poeng", sprak, liste=", ".join(f"{n} ({merknad_tekst(r, sprak)})" for n, r in uten)))
    return ut
