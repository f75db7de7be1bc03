"""Samling: forslag til konsensus fra en stemmefordeling.

Foreslått nivå er medianen av stemmene (den nedre medianen ved et partall stemmer);
«uenighet» flagges når stemmene spenner over to nivåer eller mer (maks − min ≥ 2).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from vurdering.domene.modell import Grunnlag, Svar, SvarType
from vurdering.domene.regler import NIVAER, Stemmer, er_niva, som_stemmer

UENIGHET_SPENN = 2


@dataclass(frozen=True, slots=True)
class Konsensus:
    antall: int
    median: int | None
    laveste: int | None
    hoyeste: int | None

    @property
    def spenn(self) -> int | None:
        if self.laveste is None or self.hoyeste is None:
            return None
        return self.hoyeste - self.laveste

    @property
    def uenighet(self) -> bool:
        return self.spenn is not None and self.spenn >= UENIGHET_SPENN


def fordeling_fra_stemmer(stemmer: Sequence[int]) -> Stemmer:
    """Tell enkeltstemmer (nivå 0–4) opp til en fordeling per nivå."""
    telling = [0 for _ in NIVAER]
    for s in stemmer:
        if not er_niva(s):
            raise ValueError(f"Ugyldig stemme: {s!r} (nivå 0–4)")
        telling[s] += 1
    return som_stemmer(telling)


def konsensus(fordeling: Sequence[int]) -> Konsensus:
    """Forslag fra en fordeling: antall stemmer per nivå 0–4."""
    fordeling = som_stemmer(list(fordeling) if not isinstance(fordeling, tuple) else fordeling)
    antall = sum(fordeling)
    if antall == 0:
        return Konsensus(0, None, None, None)
    nivaer = [n for n, c in enumerate(fordeling) if c]
    # Nedre median: stemme nr. (antall + 1) // 2 i stigende rekkefølge.
    plass = (antall + 1) // 2
    sett = 0
    median = nivaer[-1]
    for niva, c in enumerate(fordeling):
        sett += c
        if sett >= plass:
            median = niva
            break
    return Konsensus(antall, median, nivaer[0], nivaer[-1])


# --- individuelle svar slått sammen -------------------------------------------------------

_GRUNNLAG_SVAKEST_FORST = ("antatt", "erfart", "dokumentert")


def samle_svar(
    svarlister: Sequence[Mapping[str, Svar]], indikatorer: Sequence[str], roller: Sequence[str] = ()
) -> tuple[dict[str, Svar], dict[str, dict[int, int]]]:
    """Slå sammen individuelle svar: hver liste er én deltakers svar (deltaker nr. = plass + 1).

    Per indikator blir nivåsvarene stemmer; svaret er forslaget (nedre median) med
    fordelingen i `stemmer`. Uten nivåsvar blir det «Vet ikke» hvis noen svarte det, ellers
    «Ikke relevant» med begrunnelsene. Kommentarer, kilder og hvor mange som svarte
    «Vet ikke» eller «Ikke relevant», samles i kommentaren, så gruppen ser dem.
    Kommentarene merkes med svarets rolle, ellers deltakerens rolle fra `roller`, ellers
    «Deltaker n». Gir svarene og stemmene per deltaker (indikator → {deltaker: nivå}).
    """
    svar: dict[str, Svar] = {}
    deltakerstemmer: dict[str, dict[int, int]] = {}
    for ind in indikatorer:
        nivaer: dict[int, int] = {}
        vet_ikke = 0
        ikke_relevant = 0
        grunner: list[str] = []
        kommentarer: list[str] = []
        kilder: list[str] = []
        grunnlag: list[Grunnlag] = []
        for nr, liste in enumerate(svarlister, 1):
            s = liste.get(ind)
            if s is None:
                continue
            hvem = s.rolle.strip() or (roller[nr - 1].strip() if nr <= len(roller) else "") or f"Deltaker {nr}"
            if s.type is SvarType.NIVA and s.niva is not None:
                nivaer[nr] = s.niva
                if s.grunnlag is not None:
                    grunnlag.append(s.grunnlag)
            elif s.type is SvarType.VET_IKKE:
                vet_ikke += 1
            else:
                ikke_relevant += 1
                if s.grunn.strip() and s.grunn.strip() not in grunner:
                    grunner.append(s.grunn.strip())
            if s.kommentar.strip():
                kommentarer.append(f"{hvem}: {s.kommentar.strip()}")
            if s.kilde.strip() and s.kilde.strip() not in kilder:
                kilder.append(s.kilde.strip())
        if not nivaer and not vet_ikke and not ikke_relevant:
            continue
        tillegg = []
        if vet_ikke and nivaer:
            tillegg.append(f"«Vet ikke»: {vet_ikke}")
        if ikke_relevant and nivaer:
            tillegg.append(f"«Ikke relevant»: {ikke_relevant}" + (f" ({'; '.join(grunner)})" if grunner else ""))
        kommentar = "\n".join(([" · ".join(tillegg)] if tillegg else []) + kommentarer)
        kilde = "; ".join(kilder)
        if nivaer:
            fordeling = fordeling_fra_stemmer(list(nivaer.values()))
            median = konsensus(fordeling).median
            svar[ind] = Svar(
                ind,
                SvarType.NIVA,
                median if median is not None else 0,  # alltid satt: minst én stemme
                grunnlag=_vanligste_grunnlag(grunnlag),
                kommentar=kommentar,
                kilde=kilde,
                stemmer=fordeling,
            )
            deltakerstemmer[ind] = nivaer
        elif vet_ikke:
            svar[ind] = Svar(ind, SvarType.VET_IKKE, kommentar=kommentar, kilde=kilde)
        else:
            grunn = "; ".join(grunner) or "Alle deltakerne svarte «Ikke relevant»."
            svar[ind] = Svar(ind, SvarType.IKKE_RELEVANT, grunn=grunn, kommentar=kommentar, kilde=kilde)
    return svar, deltakerstemmer


def _vanligste_grunnlag(grunnlag: Sequence[Grunnlag]) -> Grunnlag | None:
    """Det grunnlaget flest oppga; ved likt antall det svakeste (antatt før erfart før dokumentert)."""
    if not grunnlag:
        return None
    rekkefolge = [Grunnlag(g) for g in _GRUNNLAG_SVAKEST_FORST]
    return max(rekkefolge, key=lambda g: (grunnlag.count(g), -rekkefolge.index(g)))


def uenighet_forst(indikatorer: Sequence[str], fordelinger: Mapping[str, Sequence[int]]) -> list[str]:
    """Indikatorene med uenighet først (i opprinnelig rekkefølge), så resten."""
    flagget = [i for i in indikatorer if i in fordelinger and konsensus(fordelinger[i]).uenighet]
    sett = set(flagget)
    return flagget + [i for i in indikatorer if i not in sett]


def samle_kommunesvar(
    kommunelister: Sequence[Sequence[str]],
    svarlister: Sequence[Mapping[str, Mapping[str, Svar]]],
    indikatorer: Sequence[str],
    roller: Sequence[str] = (),
) -> tuple[list[str], dict[tuple[str, str], Svar]]:
    """Slå sammen svar per kommune fra flere deltakere, kommune for kommune, med regelen i `samle_svar`.

    `kommunelister` er hver deltakers kommuner, `svarlister` hver deltakers svar (indikator →
    kommune → svar). Gir alle kommunene (i den rekkefølgen de dukker opp) og de samlede svarene
    ((indikator, kommune) → svar, ordnet etter `indikatorer` og så kommunene).
    """
    kommuner: list[str] = []
    for liste in kommunelister:
        kommuner += [k for k in liste if k not in kommuner]
    per_kommune: dict[str, dict[str, Svar]] = {}
    for k in kommuner:
        lister = [{ind: per[k] for ind, per in deltaker.items() if k in per} for deltaker in svarlister]
        per_kommune[k], _ = samle_svar(lister, indikatorer, roller)
    samlet = {(ind, k): per_kommune[k][ind] for ind in indikatorer for k in kommuner if ind in per_kommune[k]}
    return kommuner, samlet
