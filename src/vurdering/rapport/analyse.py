"""Tekst til rapportene av analysen i `domene.analyse`: merknader om datagrunnlaget,
merknaden til den samlede poengsummen, temaverdier til radaren og sammendraget ved
stolpene. Ingen rangering eller terskel her – den står i domenet, ett sted.

Ren Python over `Vurderingsdata`; ingen ReportLab her.
"""

from __future__ import annotations

from dataclasses import dataclass

from vurdering.domene import analyse_deler as d
from vurdering.domene.bank import Modul
from vurdering.domene.formater import prosent, tall
from vurdering.domene.poeng import MIN_TEMA_FOR_SAMLET, TERSKEL_VET_IKKE, Modulresultat
from vurdering.domene.vurderingsdata import Vurderingsdata
from vurdering.rapport.tekster import t


def moduler(data: Vurderingsdata) -> list[tuple[Modul, Modulresultat]]:
    """Vurderingens moduler i bankens rekkefølge, hver med sitt resultat."""
    return [(data.bank.modul(r.modul_id), r) for r in data.resultat.moduler]


def modulnavn(data: Vurderingsdata, modul_id: str, sprak: str) -> str:
    """Modulens navn på valgt språk."""
    return data.bank.modul(modul_id).visningsnavn(sprak)


def merknad_tekst(res: Modulresultat, sprak: str) -> str:
    """Hvorfor en modul mangler poeng, på valgt språk."""
    return t(res.merknad, sprak) if res.merknad else ""


def varseltekst(data: Vurderingsdata, v: d.Datavarsel, sprak: str) -> str:
    """Én merknad om datagrunnlaget som tekst på valgt språk."""
    navn = modulnavn(data, v.modul_id, sprak) if v.modul_id else ""
    if v.kode == d.UFERDIG:
        return t("uferdig", sprak, besvart=v.n, antall=v.av)
    if v.kode == d.INGEN_SAMLET:
        return t("ingen_samlet", sprak, n=v.n, av=v.av, minst=MIN_TEMA_FOR_SAMLET)
    if v.kode == d.SAMLET_UTEN:
        return t("samlet_uten", sprak, moduler=", ".join(modulnavn(data, m, sprak) for m in v.moduler))
    if v.kode == d.MODUL_UTILSTREKKELIG:
        return t(
            "modul_utilstrekkelig", sprak, modul=navn, vet_ikke=v.n, relevante=v.av, grense=prosent(TERSKEL_VET_IKKE)
        )
    if v.kode == d.MODUL_IKKE_RELEVANT:
        return t("modul_ikke_relevant", sprak, modul=navn)
    if v.kode == d.MODUL_UBESVART:
        return t("modul_ubesvart", sprak, modul=navn, ubesvart=v.n, antall=v.av)
    if v.kode == d.VET_IKKE_TOTALT:
        return t("vet_ikke_totalt", sprak, n=v.n)
    if v.kode == d.ANTATT_ANDEL:
        return t("antatt_andel", sprak, n=v.n, m=v.av)
    raise ValueError(f"Ukjent merknadskode: {v.kode}")


def samlet_merknad(data: Vurderingsdata, sprak: str) -> str:
    """Merknaden til den samlede poengsummen (ingen samlet, eller samlet uten noen temaer)."""
    for v in data.analyse.datavarsler:
        if v.kode in (d.INGEN_SAMLET, d.SAMLET_UTEN):
            return varseltekst(data, v, sprak)
    return ""


def datagrunnlag(data: Vurderingsdata, sprak: str) -> list[str]:
    """Alle merknadene om datagrunnlaget fra analysen, som tekst, i analysens rekkefølge."""
    return [varseltekst(data, v, sprak) for v in data.analyse.datavarsler]


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
