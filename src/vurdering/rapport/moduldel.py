"""Én del per modul i den fulle rapporten: poeng, nivå nådd, svakeste ledd, og en tabell
over indikatorene med nivå, grunnlag, kommentar og kilde. Svar fra en samling viser
stemmefordelingen, medianen og et flagg for uenighet.

Over tabellen står beslutningsregelen. Under hvert svar med nivå står «Dette kan du vise fram»
for det valgte nivået og for neste nivå (bankens `bevis`): det første er det enheten skal
kunne legge på bordet for svaret sitt, det andre det som må på plass for å komme videre. Alle
fem nivåene for hver indikator ville doblet modulsidene på papir uten å hjelpe leseren mer.

En indikator besvart per kommune (`domene.kommunesvar`) viser snittet som nivå og en linje over
hele bredden med hver kommunes svar, svakeste kommune merket: «Asker 3 · Bærum 1 (svakest) · …».
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable

from vurdering.domene.bank import BESLUTNINGSREGEL, BESLUTNINGSREGEL_NN, Indikator, Modul
from vurdering.domene.formater import prosent, tall
from vurdering.domene.kommunesvar import Kommunebilde
from vurdering.domene.modell import Svar, SvarType
from vurdering.domene.poeng import Modulresultat
from vurdering.domene.vurderingsdata import Vurderingsdata
from vurdering.rapport.deler import nivanavn
from vurdering.rapport.rens import markering as m
from vurdering.rapport.stiler import LYSERE, Celle, avsnitt, brukertekst, tabell
from vurdering.rapport.tekster import t


def modul_del(data: Vurderingsdata, modul: Modul, res: Modulresultat, sprak: str) -> list[Flowable]:
    """Overskrift, nøkkeltall og indikatortabell for én modul."""
    telling = t(
        "modul_telling",
        sprak,
        antall=res.antall,
        med_niva=res.med_niva,
        vet_ikke=res.vet_ikke,
        ikke_relevant=res.ikke_relevant,
        ubesvart=res.ubesvart,
    )
    ut: list[Flowable] = [
        CondPageBreak(45 * mm),
        avsnitt(f"{m(modul.id)} · {m(modul.visningsnavn(sprak))}", "h2"),
        avsnitt(f"{m(t(modul.type, sprak))} · {m(telling)}", "undertekst"),  # «Strategisk tema», «Fagområde» …
    ]
    if res.poeng is not None:
        poeng = t(
            "modul_poeng", sprak, poeng=tall(res.poeng), mal=res.mal, gap=tall(res.gap), andel=prosent(res.andel_av_mal)
        )
        ut.append(avsnitt(f"<b>{m(poeng)}</b>", "tett"))
    else:
        ut.append(avsnitt(m(t("ingen_poeng", sprak, merknad=t(res.merknad, sprak))), "varsel"))
    nokkeltall = []
    if res.niva is not None:
        nokkeltall.append(t("niva_nadd", sprak, niva=nivanavn(data, res.niva, sprak)))
    if res.svakeste is not None:
        nokkeltall.append(
            t(
                "svakeste_ledd",
                sprak,
                niva=nivanavn(data, res.svakeste, sprak),
                indikatorer=", ".join(res.svakeste_indikatorer),
            )
        )
    if nokkeltall:
        ut.append(avsnitt(m(" · ".join(nokkeltall))))
    ut.append(avsnitt(f"<b>{m(t('beslutningsregel', sprak))}:</b> {m(beslutningsregel(sprak))}.", "merknad"))
    ut.append(_tabell(data, modul, sprak))
    return ut


def beslutningsregel(sprak: str) -> str:
    """Regelen for å velge nivå, fra banken (den samme som på hver indikatorside i vinduet)."""
    return BESLUTNINGSREGEL_NN if sprak == "nn" else BESLUTNINGSREGEL


def bevislinjer(ind: Indikator, s: Svar | None, sprak: str) -> list[str]:
    """«Dette kan du vise fram» for det valgte nivået og neste nivå; tom uten nivå eller uten `bevis`."""
    if ind.bevis is None or s is None or s.niva is None or s.type is not SvarType.NIVA:
        return []
    ut = [t("vis_fram", sprak, niva=s.niva, bevis=ind.bevis[s.niva])]
    if s.niva < 4:
        ut.append(t("vis_fram_neste", sprak, niva=s.niva + 1, bevis=ind.bevis[s.niva + 1]))
    return ut


def _tabell(data: Vurderingsdata, modul: Modul, sprak: str) -> Flowable:
    """Indikatortabellen; «Dette kan du vise fram» står i en egen rad over hele bredden under svaret,
    med samme bunnfarge som svaret, så den leses som en del av det."""
    hode = [t("indikator", sprak), t("niva", sprak), t("grunnlag", sprak), t("kommentar_og_kilde", sprak)]
    rader: list[list[Celle]] = [[avsnitt(m(h), "hode") for h in hode]]
    stil: list[tuple[object, ...]] = []
    for nr, ind in enumerate(modul.indikatorer):
        s = data.svar.get(ind.id)
        bilde = data.per_kommune.bilde(ind.id)
        bunn = colors.white if nr % 2 == 0 else LYSERE
        r = len(rader)
        rader.append(
            [
                avsnitt(f"<b>{m(ind.id)}</b> {m(ind.tittel)}", "liten"),
                avsnitt(_niva_celle(data, s, sprak) if bilde is None else _kommune_niva(bilde, sprak), "liten"),
                avsnitt(m(_grunnlag(s, sprak)), "liten"),
                _kommentar_celle(s, sprak),
            ]
        )
        ekstra = []
        if bilde is not None:
            ekstra.append(avsnitt(m(t("per_kommune", sprak, linje=kommunelinje(bilde, sprak))), "liten"))
        bevis = bevislinjer(ind, s, sprak) if bilde is None else []
        if bevis:
            ekstra.append(avsnitt(" · ".join(m(b) for b in bevis), "liten_kursiv"))
        for linje in ekstra:
            rader.append([linje, "", "", ""])
            stil += [
                ("SPAN", (0, len(rader) - 1), (-1, len(rader) - 1)),
                ("LINEBELOW", (0, len(rader) - 2), (-1, len(rader) - 2), 0.25, bunn),
                ("TOPPADDING", (0, len(rader) - 1), (-1, len(rader) - 1), 0),
            ]
        stil.append(("BACKGROUND", (0, r), (-1, len(rader) - 1), bunn))
    return tabell(rader, [46 * mm, 27 * mm, 24 * mm, 73 * mm], ekstra=stil)


def _niva_celle(data: Vurderingsdata, s: Svar | None, sprak: str) -> str:
    if s is None:
        return f"<i>{m(t('ubesvart', sprak))}</i>"
    if s.type is SvarType.VET_IKKE:
        tekst = m(t("vet_ikke", sprak))
    elif s.type is SvarType.IKKE_RELEVANT:
        tekst = m(t("ikke_relevant", sprak))
    else:
        tekst = f"<b>{m(nivanavn(data, s.niva, sprak))}</b>"
    k = data.analyse.konsensus_for(s.indikator_id)
    if k is not None and k.stemmer is not None:
        fordeling = " · ".join(str(n) for n in k.stemmer)
        tekst += "<br/>" + m(t("stemmer", sprak, fordeling=fordeling))
        tekst += "<br/>" + m(t("median", sprak, median=k.median))
        if k.uenighet:
            tekst += f"<br/><b>{m(t('uenighet', sprak))}</b>"
    return tekst


def kommunelinje(bilde: Kommunebilde, sprak: str) -> str:
    """Hver kommunes svar, kompakt: «Asker 3 · Bærum 1 (svakest) · Lier Vet ikke»."""
    svakest = set(bilde.svakeste_kommuner)
    deler = []
    for kommune, s in bilde.svar:
        if s is None:
            verdi = t("ubesvart", sprak).lower()
        elif s.type is SvarType.VET_IKKE:
            verdi = t("vet_ikke", sprak)
        elif s.type is SvarType.IKKE_RELEVANT:
            verdi = t("ikke_relevant", sprak)
        else:
            verdi = str(s.niva)
            if kommune in svakest and len(bilde.nivaer) > 1:
                verdi += f" ({t('svakest_merke', sprak)})"
        deler.append(f"{kommune} {verdi}")
    return " · ".join(deler)


def _kommune_niva(bilde: Kommunebilde, sprak: str) -> str:
    """Nivåcellen for en indikator besvart per kommune: snittet, eller hvor mange som er besvart."""
    teller = bilde.indikatorsvar()
    if teller is None:
        besvart = t("kommuner_besvart", sprak, besvart=bilde.antall_besvart, antall=len(bilde.svar))
        return f"<i>{m(besvart)}</i>"
    if teller.type is SvarType.VET_IKKE:
        return m(t("vet_ikke", sprak))
    if teller.type is SvarType.IKKE_RELEVANT:
        return m(t("ikke_relevant", sprak))
    return f"<b>{m(t('kommune_snitt', sprak, snitt=tall(teller.snitt or 0.0)))}</b>"


def _grunnlag(s: Svar | None, sprak: str) -> str:
    if s is None:
        return ""
    return s.grunnlag.value if s.grunnlag else t("ikke_angitt", sprak)


def _kommentar_celle(s: Svar | None, sprak: str) -> list[Flowable]:
    """Begrunnelse, kommentar, kilde og dissens; lang tekst deles i flere avsnitt."""
    ut: list[Flowable] = []
    if s is not None:
        if s.grunn.strip():
            ut += brukertekst(s.grunn, "liten", etikett=t("begrunnelse", sprak) + ":")
        if s.kommentar.strip():
            ut += brukertekst(s.kommentar, "liten")
        if s.kilde.strip():
            ut += brukertekst(s.kilde, "liten_kursiv", etikett=t("kilde", sprak) + ":")
        if s.dissens.strip():
            ut += brukertekst(s.dissens, "liten", etikett=t("dissens", sprak) + ":")
    return ut or [avsnitt("", "liten")]
