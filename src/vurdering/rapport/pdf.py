"""Den fulle PDF-rapporten, og inngangen til begge PDF-rapportene: `lag_rapport`.

Rekkefølge: forside (med politidirektørens ord), sammendrag, utvikling siden forrige runde
(fra andre runde), «Virker det?» (når enheten har prioriterte problemer), diagrammer (radar,
stolper, matrise), en del per modul, prioriterte forslag, tiltaksplan, oppfølging av forrige
runde og metodevedlegget. Lederoppsummeringen (`kort=True`) bygges i `kort.py`.

Hver overskrift blir et bokmerke (`sider.BOKMERKENIVA`); Word-versjonen (`word.py`) lages av
de samme delene, så innholdet og analysen er de samme.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Spacer

from vurdering import __version__
from vurdering.domene.formater import dato, lang_dato, tall
from vurdering.domene.kommunesvar import METODE as KOMMUNEMETODE
from vurdering.domene.modell import STATUS_NAVN, TILTAKSTATUS_NAVN, TYPE_NAVN
from vurdering.domene.regler import sprakindeks
from vurdering.domene.vurderingsdata import Vurderingsdata
from vurdering.rapport import analyse, sjekk_sprak
from vurdering.rapport.deler import (
    forslag_del,
    forslag_tabell,
    nivanavn,
    radar_blokk,
    samlet_blokk,
    side_om_side,
    tiltak_tabell,
)
from vurdering.rapport.diagram import Stolpe, stolper
from vurdering.rapport.matrise import matrise_blokk
from vurdering.rapport.moduldel import beslutningsregel, modul_del
from vurdering.rapport.rens import en_linje
from vurdering.rapport.rens import markering as m
from vurdering.rapport.sider import Metadata, Ramme, bygg
from vurdering.rapport.stiler import Celle, avsnitt, brukertekst, punkt, tabell
from vurdering.rapport.tekster import KONSENSUSREGEL, POENGREGLER, RANGERINGSREGEL, SITAT_POLITIDIREKTOREN, t
from vurdering.rapport.utfil import skriv_trygt
from vurdering.rapport.utviklingsdel import utvikling_del
from vurdering.rapport.virker import virker_del


def lag_rapport(data: Vurderingsdata, ut: Path | BinaryIO, *, kort: bool = False, sprak: str = "nb") -> None:
    """Skriv den fulle rapporten (eller lederoppsummeringen med `kort=True`) som PDF til `ut`.

    `ut` er en filsti eller en binær strøm. En fil skrives først til en midlertidig fil i
    samme mappe og får navnet sitt først når PDF-en er ferdig. Feil med filen gir
    `RapportFeil` med én norsk linje.
    """
    sjekk_sprak(sprak)
    data = data.paa(sprak)  # bankens tekster på rapportens språk (nynorsk der banken har det)
    if kort:
        from vurdering.rapport.kort import innhold as kort_innhold

        innhold = kort_innhold(data, sprak)
        tittel = t("kort_tittel", sprak)
    else:
        innhold = fullt_innhold(data, sprak)
        tittel = t("dok_tittel", sprak)
    v = data.vurdering
    enhet = en_linje(v.enhet.navn)
    ramme = Ramme(
        tittel=tittel,
        merking=merking(data, sprak),
        enhet=enhet,
        dato=dato(en_linje(v.dato)),
        side_mal=t("side_x_av_y", sprak, x="{x}", y="{y}"),
    )
    meta = Metadata(
        tittel=f"{tittel} – {enhet} – {ramme.dato}",
        forfatter=f"{enhet} ({en_linje(v.enhet.distrikt)})",
        emne=t("dok_emne", sprak),
        sprak="nn-NO" if sprak == "nn" else "nb-NO",
    )
    skriv_trygt(ut, lambda f: bygg(f, innhold, ramme, meta))


def merking(data: Vurderingsdata, sprak: str) -> str:
    """Merkingen fra tekstfeltene, på én linje; «Intern» når den mangler."""
    return en_linje(data.tekstfelt.get("merking", data.vurdering.merking)) or t("standard_merking", sprak)


def fullt_innhold(data: Vurderingsdata, sprak: str) -> list[Flowable]:
    """Alle delene av den fulle rapporten, i rekkefølge."""
    return [
        *forside(data, sprak),
        PageBreak(),
        *sammendrag(data, sprak),
        *_ny_side(utvikling_del(data.utvikling, sprak) if data.utvikling is not None else []),
        *_ny_side(virker_del(data, sprak)),
        CondPageBreak(120 * mm),
        *diagrammer(data, sprak),
        *matrise_blokk(data, sprak),
        PageBreak(),
        avsnitt(m(t("modulene", sprak)), "h1"),
        *[f for modul, res in analyse.moduler(data) for f in modul_del(data, modul, res, sprak)],
        PageBreak(),
        *forslag_del(data, sprak),
        CondPageBreak(60 * mm),
        avsnitt(m(t("tiltaksplan", sprak)), "h1"),
        tiltak_tabell(data, sprak),
        CondPageBreak(40 * mm),
        *oppfolging(data, sprak),
        CondPageBreak(120 * mm),
        *metode(data, sprak),
    ]


def _ny_side(deler: list[Flowable]) -> list[Flowable]:
    """En del som begynner øverst på en ny side; ingenting når delen er tom."""
    return [PageBreak(), *deler] if deler else []


def forside(data: Vurderingsdata, sprak: str) -> list[Flowable]:
    """Tittel, enhet, distrikt, dato, type, status, bank, deltakere etter rolle og merking."""
    v = data.vurdering
    i = sprakindeks(sprak)
    ut: list[Flowable] = [
        Spacer(1, 18 * mm),
        avsnitt(m(t("dok_tittel", sprak)), "tittel"),
        avsnitt(m(t("dok_undertittel", sprak)), "undertittel"),
        *brukertekst(v.enhet.navn, "forside_enhet"),
    ]
    sitat = [avsnitt(m(SITAT_POLITIDIREKTOREN), "sitat"), avsnitt(f"– {m(t('sitat_kilde', sprak))}", "merknad")]
    fakta = [
        (t("enhet", sprak), v.enhet.navn),
        (t("distrikt", sprak), v.enhet.distrikt),
        (t("dato", sprak), lang_dato(v.dato)),
        (t("type", sprak), TYPE_NAVN[v.type.value][i]),
        (t("status", sprak), STATUS_NAVN[v.status.value][i]),
        (t("bank", sprak), t("bank_verdi", sprak, navn=data.bank.navn, id=v.bank_id, versjon=v.bank_versjon)),
    ]
    ut.append(
        tabell(
            [[avsnitt(m(k), "liten_fet"), brukertekst(verdi, "brod")] for k, verdi in fakta],
            [40 * mm, 130 * mm],
            hode=False,
        )
    )
    res = data.resultat
    if not res.ferdig_besvart:
        ut.append(avsnitt(m(t("uferdig", sprak, besvart=res.besvart, antall=res.antall)), "varsel"))
    ut.append(avsnitt(m(t("deltakere", sprak)), "h2"))
    if v.deltakere:
        med_navn = any(d.navn.strip() for d in v.deltakere)
        hode = [t("rolle", sprak)] + ([t("navn", sprak)] if med_navn else [])
        rader: list[list[Celle]] = [[avsnitt(m(h), "hode") for h in hode]]
        for d in v.deltakere:
            rader.append([brukertekst(d.rolle, "liten")] + ([brukertekst(d.navn, "liten")] if med_navn else []))
        ut.append(tabell(rader, [85 * mm, 85 * mm] if med_navn else [170 * mm]))
    else:
        ut.append(avsnitt(m(t("ingen_deltakere", sprak)), "merknad"))
    ut += [
        avsnitt(f"{m(t('merking', sprak))}: {m(merking(data, sprak))}", "merking"),
        Spacer(1, 8 * mm),
        *sitat,
        avsnitt(m(t("strategi", sprak)), "merknad"),
        avsnitt(m(t("laget", sprak, dato=lang_dato(date.today().isoformat()), versjon=__version__)), "merknad"),
    ]
    return ut


def sammendrag(data: Vurderingsdata, sprak: str) -> list[Flowable]:
    """Samlet modenhet, sterkeste og svakeste indikatorer, datagrunnlaget og fem forslag (fra analysen)."""
    ut: list[Flowable] = [avsnitt(m(t("sammendrag", sprak)), "h1"), *samlet_blokk(data, sprak)]
    a = data.analyse
    for nokkel, utvalg in (("sterkeste", a.sterkeste), ("svakeste", a.svakeste)):
        ut.append(avsnitt(m(t(nokkel, sprak)), "h2"))
        if not utvalg:
            ut.append(avsnitt(m(t("ingen_nivasvar", sprak)), "merknad"))
        elif nokkel == "svakeste":
            ut.append(avsnitt(m(t("svakeste_forklaring", sprak)), "merknad"))
        for n in utvalg:
            modul = analyse.modulnavn(data, n.modul_id, sprak)
            niva = t("niva_mot_mal", sprak, niva=nivanavn(data, n.niva, sprak), mal=n.mal)
            ut.append(punkt(f"<b>{m(n.indikator_id)}</b> {m(n.tittel)} ({m(modul)}): <b>{m(niva)}</b>", "brod"))
    ut.append(avsnitt(m(t("datagrunnlag", sprak)), "h2"))
    merknader = analyse.datagrunnlag(data, sprak) or [t("ingen_merknader", sprak)]
    ut += [punkt(m(linje), "brod") for linje in merknader]
    ut.append(avsnitt(m(t("fem_forslag", sprak)), "h2"))
    ut.append(forslag_tabell(data, sprak, data.analyse.forslag[:5], med_prioritet=False))
    return ut


def diagrammer(data: Vurderingsdata, sprak: str) -> list[Flowable]:
    """Radar for temaene og stolper for alle moduler, hver med tekstsammendrag ved siden av."""
    ut: list[Flowable] = [avsnitt(m(t("diagrammer", sprak)), "h1"), *radar_blokk(data, sprak)]
    rader = [
        Stolpe(modul.visningsnavn(sprak), res.poeng, res.mal, analyse.merknad_tekst(res, sprak), modul.type)
        for modul, res in analyse.moduler(data)
    ]
    if rader:
        tegning = stolper(rader, t("poeng", sprak), t("mal", sprak))
        verdier = [f"{r.navn}: {tall(r.poeng)} ({t('mal', sprak).lower()} {r.mal})" for r in rader]
        tegning.alt = t("alt_stolper", sprak, liste="; ".join(verdier))
        tekst = [avsnitt(m(t("stolper_forklaring", sprak)), "liten")]
        tekst += [punkt(m(linje), "liten") for linje in analyse.modul_sammendrag(data, sprak)]
        ut += [
            CondPageBreak(tegning.height + 20 * mm),
            avsnitt(m(t("stolper_tittel", sprak)), "h2"),
            side_om_side(tegning, tekst, tegning.width),
        ]
    return ut


def oppfolging(data: Vurderingsdata, sprak: str) -> list[Flowable]:
    """Statusen til tiltakene fra forrige runde."""
    ut: list[Flowable] = [avsnitt(m(t("oppfolging", sprak)), "h1")]
    if data.forrige_id is None:
        return [*ut, avsnitt(m(t("forste_runde", sprak)), "merknad")]
    if not data.oppfolging:
        return [*ut, avsnitt(m(t("forrige_uten_tiltak", sprak)), "merknad")]
    i = sprakindeks(sprak)
    hode = [t("tiltak", sprak), t("eier", sprak), t("frist", sprak), t("status_na", sprak), t("kommentar", sprak)]
    rader: list[list[Celle]] = [[avsnitt(m(h), "hode") for h in hode]]
    for p in data.oppfolging:
        status = TILTAKSTATUS_NAVN[p.status.value][i] if p.status else t("ikke_vurdert", sprak)
        rader.append(
            [
                brukertekst(p.tiltak.tekst, "liten"),
                brukertekst(p.tiltak.eier_rolle, "liten"),
                brukertekst(dato(p.tiltak.frist), "liten"),
                avsnitt(m(status), "liten_fet"),
                brukertekst(p.kommentar, "liten"),
            ]
        )
    ut += [
        avsnitt(m(t("oppfolging_forklaring", sprak)), "merknad"),
        tabell(rader, [58 * mm, 30 * mm, 23 * mm, 22 * mm, 37 * mm]),
    ]
    return ut


def metode(data: Vurderingsdata, sprak: str) -> list[Flowable]:
    """Metodevedlegget: skalaen, poengreglene, konsensusregelen og banken."""
    bank = data.bank
    ut: list[Flowable] = [avsnitt(m(t("metode", sprak)), "h1"), avsnitt(m(t("skalaen", sprak)), "h2")]
    rader: list[list[Celle]] = [
        [
            avsnitt(m(t("niva", sprak)), "hode"),
            avsnitt(m(t("navn", sprak)), "hode"),
            avsnitt(m(t("beskrivelse", sprak)), "hode"),
        ]
    ]
    for n in bank.niva:
        navn, beskrivelse = (n.navn_nn, n.beskrivelse_nn) if sprak == "nn" else (n.navn, n.beskrivelse)
        rader.append([avsnitt(str(n.verdi), "liten"), avsnitt(m(navn), "liten_fet"), avsnitt(m(beskrivelse), "liten")])
    ut += [tabell(rader, [14 * mm, 34 * mm, 122 * mm]), Spacer(1, 3 * mm), avsnitt(m(t("skala_forklaring", sprak)))]
    ut += [
        avsnitt(m(t("beslutningsregel", sprak)), "h2"),
        avsnitt(m(beslutningsregel(sprak)) + "."),
        avsnitt(m(t("bevis_forklaring", sprak)), "merknad"),
    ]
    ut.append(avsnitt(m(t("poengregler", sprak)), "h2"))
    ut += [punkt(m(regel), "brod") for regel in POENGREGLER[sprak]]
    if data.vurdering.kommuner:
        ut += [avsnitt(m(t("kommunesvar_metode", sprak)), "h2"), avsnitt(m(KOMMUNEMETODE[sjekk_sprak(sprak)]))]
    ut += [avsnitt(m(t("rangering", sprak)), "h2"), avsnitt(m(RANGERINGSREGEL[sprak]))]
    ut += [avsnitt(m(t("samling", sprak)), "h2"), avsnitt(m(KONSENSUSREGEL[sprak]))]
    v = data.vurdering
    ut += [
        avsnitt(m(t("bank", sprak)), "h2"),
        avsnitt(m(t("bank_verdi", sprak, navn=bank.navn, id=v.bank_id, versjon=v.bank_versjon))),
        avsnitt(m(t("kilde_bank", sprak, kilde=bank.kilde)), "merknad"),
    ]
    return ut
