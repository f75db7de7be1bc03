"""Distriktsrapporten (`vurdering oversikt --ut FIL.pdf`): alle enhetene side om side for ledelsen.

Rekkefølge: forside med utvalget, sammendrag, varmekart (enheter × moduler), fordeling per
modul, felles svake punkter, tiltaksplanene, distriktets utvikling, datavarsler,
(konklusjonene, bare når det bes om) og metode. Hver del har et bokmerke i PDF-en.
Sideoppsett, skrift, stiler og merking er de samme som i enhetens rapport (`sider`,
`stiler`); all brukertekst vaskes og escapes (`rens`).

Varmekartet skal leses i gråtoner: jo lavere poeng, desto mørkere rute, og tallet står i
hver rute. En modul uten poeng er en hvit rute med tankestrek, aldri en lys farge.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer

from vurdering import __version__
from vurdering.domene.distrikt import Distriktsoversikt, vanlig_mal
from vurdering.domene.formater import TOM, dato, lang_dato, prosent, tall
from vurdering.domene.modell import TILTAKSTATUS_NAVN, TiltakStatus
from vurdering.domene.oversikt import Enhetsrad, fordeling
from vurdering.domene.regler import sprakindeks
from vurdering.rapport import sjekk_sprak
from vurdering.rapport.fonter import FET, VANLIG, bredde
from vurdering.rapport.fordelingsdiagram import spenn
from vurdering.rapport.oversikt_farger import HVIT_TEKST_UNDER, VARME, nivaa_for_celle
from vurdering.rapport.rens import en_linje
from vurdering.rapport.rens import markering as m
from vurdering.rapport.sider import Metadata, Ramme, bygg
from vurdering.rapport.stiler import LYS, Celle, avsnitt, brukertekst, punkt, stiler, tabell
from vurdering.rapport.tekster import t
from vurdering.rapport.utfil import skriv_trygt

CELLESTORRELSE = 7


def merking_for(merking: str | None, sprak: str) -> str:
    """Merkingen på én linje; «Intern» når den mangler."""
    return en_linje(merking) or t("standard_merking", sprak)


def distriktsnavn(d: Distriktsoversikt, sprak: str) -> str:
    """Distriktet slik enhetene skriver det når alle er i samme («Agder politidistrikt», ikke «agder»)."""
    distrikter = {r.distrikt for r in d.oversikt.rader}
    if len(distrikter) == 1:
        return en_linje(distrikter.pop())
    return en_linje(d.utvalg.distrikt) or t("ov_alle_distrikter", sprak)


def lag_distriktsrapport(
    d: Distriktsoversikt, ut: Path | BinaryIO, *, merking: str | None = None, sprak: str = "nb"
) -> None:
    """Skriv distriktsrapporten som PDF til `ut` (fil skrives trygt via en midlertidig fil)."""
    sjekk_sprak(sprak)
    tittel = t("ov_tittel", sprak)
    hvem = distriktsnavn(d, sprak)
    idag = date.today().isoformat()
    ramme = Ramme(
        tittel=tittel,
        merking=merking_for(merking, sprak),
        enhet=hvem,
        dato=dato(idag),
        side_mal=t("side_x_av_y", sprak, x="{x}", y="{y}"),
    )
    meta = Metadata(
        tittel=f"{tittel} – {hvem} – {ramme.dato}",
        forfatter=hvem,
        emne=t("ov_emne", sprak),
        sprak="nn-NO" if sprak == "nn" else "nb-NO",
    )
    skriv_trygt(ut, lambda f: bygg(f, innhold(d, sprak, ramme.merking), ramme, meta))


class Overskrift(Paragraph):  # type: ignore[misc]  # ReportLab har ingen typer
    """En overskrift som også blir et bokmerke i PDF-ens innholdsfortegnelse."""

    def __init__(self, tekst: str, nokkel: str, stil: str = "h1", niva: int = 0) -> None:
        super().__init__(m(tekst), stiler()[stil])
        self._bokmerke = (en_linje(tekst), nokkel, niva)

    def draw(self) -> None:
        tittel, nokkel, niva = self._bokmerke
        self.canv.bookmarkPage(nokkel, fit="XYZ")
        self.canv.addOutlineEntry(tittel, nokkel, level=niva)
        if niva == 0 and nokkel == "forside":
            self.canv.showOutline()
        super().draw()


def innhold(d: Distriktsoversikt, sprak: str, merking: str) -> list[Flowable]:
    """Alle delene av distriktsrapporten, i rekkefølge."""
    ut: list[Flowable] = [*forside(d, sprak, merking), *sammendrag(d, sprak)]
    if d.oversikt.rader:
        ut += [
            CondPageBreak(80 * mm),
            *varmekart(d, sprak),
            CondPageBreak(90 * mm),
            *fordelinger(d, sprak),
            CondPageBreak(60 * mm),
            *svake_punkter(d, sprak),
            CondPageBreak(40 * mm),
            *tiltaksstatus(d, sprak),
            CondPageBreak(60 * mm),
            *trend(d, sprak),
            CondPageBreak(30 * mm),
            *datavarsler(d, sprak),
        ]
    if d.kommentarer is not None:
        ut += [CondPageBreak(40 * mm), *kommentarer(d, sprak)]
    ut += [CondPageBreak(70 * mm), *metode(sprak)]
    return ut


def forside(d: Distriktsoversikt, sprak: str, merking: str) -> list[Flowable]:
    """Tittel, distrikt, utvalg og periode, antall enheter, dato og merking."""
    u = d.utvalg
    ov = d.oversikt
    periode = t("ov_hele_perioden", sprak)
    if u.fra or u.til:
        periode = f"{dato(u.fra) or '…'} – {dato(u.til) or '…'}"
    utvalg = t("ov_alle_runder" if u.alle_runder else "ov_siste_runde", sprak)
    enheter = len({r.nokkel for r in ov.rader})  # samme enhet etter enhetsregelen
    fakta = [
        (t("distrikt", sprak), distriktsnavn(d, sprak)),
        (t("ov_periode", sprak), periode),
        (t("ov_utvalg", sprak), utvalg),
        (t("ov_n", sprak), t("ov_antall", sprak, enheter=enheter, vurderinger=len(ov.rader))),
    ]
    if u.type:
        fakta.append((t("type", sprak), u.type))
    if u.status:
        fakta.append((t("status", sprak), u.status))
    return [
        Overskrift(t("ov_tittel", sprak), "forside", "tittel"),
        avsnitt(m(t("dok_undertittel", sprak)), "undertittel"),
        tabell(
            [[avsnitt(m(k), "liten_fet"), avsnitt(m(v), "brod")] for k, v in fakta],
            [40 * mm, 130 * mm],
            hode=False,
        ),
        avsnitt(f"{m(t('merking', sprak))}: {m(merking)}", "merking"),
        Spacer(1, 4 * mm),
        avsnitt(m(t("laget", sprak, dato=lang_dato(date.today().isoformat()), versjon=__version__)), "merknad"),
    ]


def _moduler_med(d: Distriktsoversikt, verdi: float, sprak: str) -> str:
    treff = [mid for mid, f in d.oversikt.fordelinger.items() if f is not None and f.median == verdi][:3]
    return ", ".join(d.modulnavn(mid, sprak) for mid in treff)


def sammendrag(d: Distriktsoversikt, sprak: str) -> list[Flowable]:
    """Samlet modenhet (median), lavest og høyest median, største felles svake punkt, datavarsler."""
    ov = d.oversikt
    ut: list[Flowable] = [Overskrift(t("ov_sammendrag", sprak), "sammendrag")]
    if not ov.rader:
        return [*ut, avsnitt(m(t("ov_ingen_rader", sprak)), "merknad")]
    linjer: list[str] = []
    samlet = fordeling(r.samlet for r in ov.rader)
    if samlet is None:
        linjer.append(t("ov_ingen_samlet", sprak))
    else:
        linjer.append(
            t(
                "ov_samlet_median",
                sprak,
                median=tall(samlet.median, 2),
                minst=tall(samlet.minst),
                storst=tall(samlet.storst),
                n=samlet.antall,
            )
        )
    medianer = [f.median for f in ov.fordelinger.values() if f is not None]
    if medianer:
        lav, hoy = min(medianer), max(medianer)
        linjer.append(t("ov_svakest_modul", sprak, moduler=_moduler_med(d, lav, sprak), median=tall(lav, 2)))
        linjer.append(t("ov_sterkest_modul", sprak, moduler=_moduler_med(d, hoy, sprak), median=tall(hoy, 2)))
        under = [
            mid
            for mid, f in ov.fordelinger.items()
            if f is not None and (mal := vanlig_mal(ov.rader, mid)) is not None and f.median < mal
        ]
        linjer.append(t("ov_under_mal", sprak, n=len(under), m=len(medianer)))
    if ov.svake:
        s = ov.svake[0]
        navn = f"{s.indikator_id} {d.tittel(s.indikator_id, sprak)}"
        linjer.append(t("ov_svakt_punkt_kort", sprak, indikator=navn, enheter=s.under_mal, av=s.enheter))
    if ov.datavarsler:
        linjer.append(t("ov_varsler_kort", sprak, n=len(ov.datavarsler)))
    return [*ut, *(punkt(m(linje), "brod") for linje in linjer)]


def _navnecelle(navn: str, bredde_pt: float) -> Celle:
    """Enhetens navn: vanlig tekst når den får plass (raskt for tusen rader), ellers et avsnitt som brytes."""
    vasket = en_linje(navn)
    if bredde(vasket, VANLIG, CELLESTORRELSE) <= bredde_pt - 6:
        return vasket
    return avsnitt(m(vasket), "liten")


def _rute(poeng: float | None, mal: int | None, c: int, r: int, stil: list[tuple[Any, ...]]) -> str:
    """Teksten i en rute i varmekartet, med bunnfarge og skrift lagt til i `stil`."""
    if poeng is None:
        stil.append(("BACKGROUND", (c, r), (c, r), colors.white))
        stil.append(("TEXTCOLOR", (c, r), (c, r), colors.HexColor("#555555")))
        return TOM
    niva = nivaa_for_celle(poeng)
    stil.append(("BACKGROUND", (c, r), (c, r), colors.HexColor(VARME[niva])))
    if niva < HVIT_TEKST_UNDER:
        stil.append(("TEXTCOLOR", (c, r), (c, r), colors.white))
    if mal is not None and poeng < mal:
        stil.append(("FONT", (c, r), (c, r), FET, CELLESTORRELSE))
    return tall(poeng)


def varmekart(d: Distriktsoversikt, sprak: str) -> list[Flowable]:
    """Tabellen enheter × moduler: tallet i hver rute, gråtonesikker bunn, «–» uten poeng."""
    ov = d.oversikt
    moduler = ov.moduler
    bredde_samlet = 14 * mm
    bredde_modul = min(11 * mm, (170 * mm - 44 * mm - bredde_samlet) / max(1, len(moduler)))
    bredde_navn = 170 * mm - bredde_samlet - bredde_modul * len(moduler)
    hode: list[Celle] = [avsnitt(m(t("ov_enhet", sprak)), "hode"), avsnitt(m(t("ov_samlet_kort", sprak)), "hode_midt")]
    hode += [en_linje(mid) for mid in moduler]  # korte id-er som vanlig tekst: smalere skrift, ingen brudd
    rader: list[list[Celle]] = [hode]
    stil: list[tuple[Any, ...]] = [
        ("FONT", (0, 1), (-1, -1), VANLIG, CELLESTORRELSE),
        ("ALIGN", (1, 1), (-1, -1), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 1), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 1), (-1, -1), 1.5),
        ("LINEAFTER", (0, 0), (-1, -1), 0.25, colors.white),
        ("FONT", (2, 0), (-1, 0), FET, CELLESTORRELSE),
        ("ALIGN", (2, 0), (-1, 0), "CENTER"),
        ("LEFTPADDING", (1, 0), (-1, -1), 1),
        ("RIGHTPADDING", (1, 0), (-1, -1), 1),
    ]
    flere_distrikter = len({r.distrikt for r in ov.rader}) > 1
    gjeldende: str | None = None
    for rad in ov.rader:
        if flere_distrikter and rad.distrikt != gjeldende:
            gjeldende = rad.distrikt
            r = len(rader)
            rader.append([en_linje(rad.distrikt), *([""] * (len(moduler) + 1))])
            stil += [("SPAN", (0, r), (-1, r)), ("FONT", (0, r), (-1, r), FET, 8), ("BACKGROUND", (0, r), (-1, r), LYS)]
        rader.append(_varmerad(rad, moduler, len(rader), bredde_navn, stil))
    nokkel = "; ".join(f"{mid} = {d.modulnavn(mid, sprak)}" for mid in moduler)
    return [
        Overskrift(t("ov_varmekart", sprak), "varmekart"),
        avsnitt(m(t("ov_varmekart_forklaring", sprak)), "liten"),
        Spacer(1, 2 * mm),
        tabell(rader, [bredde_navn, bredde_samlet, *([bredde_modul] * len(moduler))], ekstra=stil),
        Spacer(1, 2 * mm),
        avsnitt(f"<b>{m(t('ov_modulnokkel', sprak))}:</b> {m(nokkel)}", "liten"),
    ]


def _varmerad(rad: Enhetsrad, moduler: tuple[str, ...], r: int, bredde_navn: float, stil: list[Any]) -> list[Celle]:
    celler: list[Celle] = [_navnecelle(rad.enhet, bredde_navn), _rute(rad.samlet, None, 1, r, stil)]
    for c, mid in enumerate(moduler, 2):
        celle = rad.moduler.get(mid)
        celler.append(_rute(None if celle is None else celle.poeng, None if celle is None else celle.mal, c, r, stil))
    return celler


def fordelinger(d: Distriktsoversikt, sprak: str) -> list[Flowable]:
    """Per modul: min, kvartiler, median, maks og antall enheter, med et lite spenndiagram."""
    ov = d.oversikt
    hode = ["ov_modul", "ov_minst", "ov_q1", "ov_median", "ov_q3", "ov_storst", "ov_n", "ov_spenn"]
    rader: list[list[Celle]] = [
        [avsnitt(m(t(h, sprak)), "hode" if i == 0 else "hode_midt") for i, h in enumerate(hode)]
    ]
    for mid in ov.moduler:
        f = ov.fordelinger[mid]
        navn = avsnitt(f"<b>{m(mid)}</b> {m(d.modulnavn(mid, sprak))}", "liten")
        if f is None:
            rader.append([navn, avsnitt(TOM, "midt"), "", "", "", "", avsnitt("0", "midt"), ""])
            continue
        verdier = (tall(f.minst), tall(f.nedre_kvartil, 2), tall(f.median, 2), tall(f.ovre_kvartil, 2), tall(f.storst))
        rader.append(
            [
                navn,
                *(avsnitt(v, "midt") for v in verdier),
                avsnitt(str(f.antall), "midt"),
                spenn(f, vanlig_mal(ov.rader, mid)),
            ]
        )
    return [
        Overskrift(t("ov_fordeling", sprak), "fordeling"),
        avsnitt(m(t("ov_fordeling_forklaring", sprak)), "liten"),
        Spacer(1, 2 * mm),
        tabell(
            rader,
            [46 * mm, 11 * mm, 14 * mm, 15 * mm, 14 * mm, 12 * mm, 15 * mm, 43 * mm],
            ekstra=[("VALIGN", (0, 0), (-1, -1), "MIDDLE")],
        ),
    ]


def svake_punkter(d: Distriktsoversikt, sprak: str) -> list[Flowable]:
    """Indikatorene der flest enheter er under modulens mål."""
    ov = d.oversikt
    ut: list[Flowable] = [
        Overskrift(t("ov_svake", sprak), "svake"),
        avsnitt(m(t("ov_svake_forklaring", sprak)), "liten"),
    ]
    if not ov.svake:
        return [*ut, avsnitt(m(t("ov_ingen_svake", sprak)), "merknad")]
    rader: list[list[Celle]] = [
        [avsnitt(m(t(h, sprak)), "hode") for h in ("indikator", "ov_modul", "ov_under_mal_kol", "ov_andel")]
    ]
    for s in ov.svake:
        modul = s.indikator_id.split("-")[0]
        rader.append(
            [
                avsnitt(f"<b>{m(s.indikator_id)}</b> {m(d.tittel(s.indikator_id, sprak))}", "liten"),
                avsnitt(m(d.modulnavn(modul, sprak)), "liten"),
                avsnitt(m(t("ov_av_enheter", sprak, n=s.under_mal, av=s.enheter)), "liten"),
                avsnitt(m(prosent(s.under_mal / s.enheter if s.enheter else None)), "liten"),
            ]
        )
    return [*ut, Spacer(1, 2 * mm), tabell(rader, [90 * mm, 40 * mm, 22 * mm, 18 * mm])]


def tiltaksstatus(d: Distriktsoversikt, sprak: str) -> list[Flowable]:
    """Antall tiltak per status i de valgte vurderingene."""
    ov = d.oversikt
    ut: list[Flowable] = [
        Overskrift(t("ov_tiltak", sprak), "tiltak"),
        avsnitt(m(t("ov_tiltak_forklaring", sprak)), "liten"),
    ]
    totalt = sum(ov.tiltak.values())
    if not totalt:
        return [*ut, avsnitt(m(t("ov_ingen_tiltak", sprak)), "merknad")]
    rader: list[list[Celle]] = [[avsnitt(m(t(h, sprak)), "hode") for h in ("status", "ov_antall_kol", "ov_andel")]]
    for s in TiltakStatus:
        n = ov.tiltak.get(s.value, 0)
        navn = TILTAKSTATUS_NAVN[s.value][sprakindeks(sprak)]
        rader.append([avsnitt(m(navn), "liten"), avsnitt(str(n), "liten"), avsnitt(m(prosent(n / totalt)), "liten")])
    return [*ut, Spacer(1, 2 * mm), tabell(rader, [50 * mm, 25 * mm, 25 * mm])]


def trend(d: Distriktsoversikt, sprak: str) -> list[Flowable]:
    """Medianen per modul år for år, og endringen fra første til siste år."""
    tr = d.trend
    ut: list[Flowable] = [Overskrift(t("ov_trend", sprak), "trend")]
    if not tr.har_trend:
        return [*ut, avsnitt(m(t("ov_ingen_trend", sprak)), "merknad")]
    ar = tr.ar[-6:]  # høyst seks år får plass
    forst = len(tr.ar) - len(ar)
    hode: list[Celle] = [avsnitt(m(t("ov_modul", sprak)), "hode")]
    hode += [avsnitt(f"{m(a)}<br/>({n})", "hode_midt") for a, n in zip(ar, tr.enheter[forst:], strict=True)]
    hode.append(avsnitt(m(t("ov_endring", sprak)), "hode_midt"))
    rader: list[list[Celle]] = [hode]
    for s in tr.moduler:
        medianer = s.median[forst:]
        kjente = [x for x in medianer if x is not None]
        endring = round(kjente[-1], 2) - round(kjente[0], 2) if len(kjente) >= 2 else None
        rader.append(
            [
                avsnitt(f"<b>{m(s.modul_id)}</b> {m(d.modulnavn(s.modul_id, sprak))}", "liten"),
                *(avsnitt(tall(x, 2), "midt") for x in medianer),
                avsnitt(TOM if endring is None else ("+" if endring > 0 else "") + tall(endring, 2), "midt"),
            ]
        )
    bredde_ar = (170 * mm - 60 * mm - 18 * mm) / len(ar)
    return [
        *ut,
        avsnitt(m(t("ov_trend_forklaring", sprak)), "liten"),
        Spacer(1, 2 * mm),
        tabell(rader, [60 * mm, *([bredde_ar] * len(ar)), 18 * mm]),
    ]


def datavarsler(d: Distriktsoversikt, sprak: str) -> list[Flowable]:
    """Enhetene med utilstrekkelig grunnlag i én eller flere moduler."""
    ut: list[Flowable] = [Overskrift(t("ov_varsler", sprak), "datavarsler")]
    if not d.oversikt.datavarsler:
        return [*ut, avsnitt(m(t("ov_ingen_varsler", sprak)), "merknad")]
    for v in d.oversikt.datavarsler:
        moduler = ", ".join(d.modulnavn(mid, sprak) for mid in v.moduler)
        ut.append(punkt(m(t("ov_varsel", sprak, enhet=v.enhet, moduler=moduler)), "brod"))
    return ut


def kommentarer(d: Distriktsoversikt, sprak: str) -> list[Flowable]:
    """Konklusjonene enhetene har skrevet (bare med `--med-kommentarer`)."""
    ut: list[Flowable] = [
        Overskrift(t("ov_kommentarer", sprak), "kommentarer"),
        avsnitt(m(t("ov_kommentarer_forklaring", sprak)), "merknad"),
    ]
    navn = {r.vurdering_id: r.enhet for r in d.oversikt.rader}
    for vid, tekst in sorted((d.kommentarer or {}).items()):
        ut += brukertekst(tekst, "brod", etikett=f"{en_linje(navn.get(vid, str(vid)))}:")
    return ut


def metode(sprak: str) -> list[Flowable]:
    """Reglene bak tallene: samme enhet, utvalget, kvartilene, svake punkter og datavarsler."""
    return [
        Overskrift(t("ov_metode", sprak), "metode"),
        *(punkt(m(linje), "brod") for linje in t("ov_metode_punkter", sprak).split("|")),
    ]
