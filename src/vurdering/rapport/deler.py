"""Byggeklosser som både den fulle rapporten og lederoppsummeringen bruker: samlet
modenhet, radar med tekstsammendrag, forslag og tiltaksplan.

All brukertekst går gjennom `rens.markering` før den blir Paragraph-markering.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from vurdering.domene.formater import dato, tall
from vurdering.domene.modell import TILTAKSTATUS_NAVN
from vurdering.domene.poeng import Forslag
from vurdering.domene.regler import sprakindeks
from vurdering.domene.vurderingsdata import Vurderingsdata
from vurdering.rapport import analyse
from vurdering.rapport.diagram import Akse, radar
from vurdering.rapport.rens import markering as m
from vurdering.rapport.stiler import CELLEFONT, SIDEBREDDE_INNHOLD, Celle, avsnitt, brukertekst, punkt, tabell
from vurdering.rapport.tekster import t


def nivanavn(data: Vurderingsdata, niva: int | None, sprak: str) -> str:
    """«2 Etablert», eller tankestrek uten nivå."""
    return "–" if niva is None else f"{niva} {data.bank.niva_navn(niva, sprak)}"


def samlet_blokk(data: Vurderingsdata, sprak: str) -> list[Flowable]:
    """Samlet modenhet: stort tall med nivånavn, forklaring og eventuell merknad."""
    s = data.resultat.samlet
    ut: list[Flowable] = [avsnitt(m(t("samlet", sprak)), "h2")]
    if s.poeng is not None and s.niva is not None:
        verdi = t("samlet_verdi", sprak, poeng=tall(s.poeng), niva=data.bank.niva_navn(s.niva, sprak))
        ut.append(avsnitt(m(verdi), "stort_tall"))
        ut.append(avsnitt(m(t("samlet_forklaring", sprak)), "merknad"))
    merknad = analyse.samlet_merknad(data, sprak)
    if merknad:
        ut.append(avsnitt(m(merknad), "varsel" if s.poeng is None else "merknad"))
    return ut


def radar_blokk(data: Vurderingsdata, sprak: str) -> list[Flowable]:
    """Radaren for de strategiske temaene med tekstsammendraget ved siden av."""
    verdier = analyse.temaverdier(data, sprak)
    ut: list[Flowable] = [avsnitt(m(t("radar_tittel", sprak)), "h2")]
    if len(verdier) < 3:
        return [*ut, avsnitt(m(t("radar_for_fa", sprak)), "merknad")]
    tegning = radar([Akse(v.navn, v.poeng, v.mal) for v in verdier], t("na", sprak), t("mal", sprak))
    linjer = [
        t("verdi_mot_mal", sprak, navn=v.navn, poeng=tall(v.poeng), mal=v.mal)
        if v.poeng is not None
        else t("verdi_uten_poeng", sprak, navn=v.navn, merknad=v.merknad)
        for v in verdier
    ]
    tegning.alt = t("alt_radar", sprak, liste="; ".join(linjer))
    tekst: list[Flowable] = [avsnitt(m(t("radar_forklaring", sprak)), "liten"), Spacer(1, 4)]
    tekst += [punkt(m(linje), "liten") for linje in linjer]
    return [*ut, side_om_side(tegning, tekst, tegning.width)]


class Oppsett(Table):  # type: ignore[misc]  # ReportLab har ingen typer
    """En tabell som bare plasserer innhold side om side (ingen data); Word-rapporten legger innholdet etter hverandre."""


def side_om_side(venstre: Flowable, hoyre: list[Flowable], venstre_bredde: float) -> Table:
    """Et diagram med tekstsammendraget til høyre."""
    t_ = Oppsett(
        [[venstre, hoyre]],
        colWidths=[venstre_bredde + 4, SIDEBREDDE_INNHOLD - venstre_bredde - 4],
        hAlign="LEFT",
    )
    t_.setStyle(
        TableStyle(
            [
                CELLEFONT,
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (0, 0), 0),
                ("LEFTPADDING", (1, 0), (1, 0), 8),
            ]
        )
    )
    return t_


def forslagstekst(f: Forslag, sprak: str) -> str:
    """Forslaget på valgt språk: kartleggingsforslag er faste tekster, neste steg er bankens."""
    return t("kartlegg", sprak, tittel=f.tittel) if f.kartlegg else f.tekst


#: Så mange forslag vises først, i prioritert rekkefølge; resten grupperes etter modul.
ANTALL_TOPP = 10


def forslag_del(data: Vurderingsdata, sprak: str) -> list[Flowable]:
    """De prioriterte forslagene: de første `ANTALL_TOPP` i rekkefølge, de øvrige gruppert etter modul
    (i bankens rekkefølge, og i prioritert rekkefølge innenfor modulen, med plassen i den samlede listen)."""
    alle = data.analyse.forslag
    ut: list[Flowable] = [
        avsnitt(m(t("forslag", sprak)), "h1"),
        avsnitt(m(t("forslag_forklaring", sprak)), "merknad"),
    ]
    if len(alle) <= ANTALL_TOPP:
        return [*ut, forslag_tabell(data, sprak, alle, med_prioritet=True)]
    ut += [
        avsnitt(m(t("forslag_topp", sprak, n=ANTALL_TOPP)), "h2"),
        forslag_tabell(data, sprak, alle[:ANTALL_TOPP], med_prioritet=True),
        avsnitt(m(t("forslag_resten", sprak, n=len(alle) - ANTALL_TOPP)), "h2"),
        avsnitt(m(t("forslag_resten_forklaring", sprak)), "merknad"),
    ]
    plass = {id(f): nr for nr, f in enumerate(alle, 1)}
    resten = alle[ANTALL_TOPP:]
    for modul, _ in analyse.moduler(data):
        egne = tuple(f for f in resten if f.modul_id == modul.id)
        if egne:
            ut.append(avsnitt(f"{m(modul.id)} · {m(modul.visningsnavn(sprak))}", "h3"))
            nummer = [plass[id(f)] for f in egne]
            ut.append(forslag_tabell(data, sprak, egne, med_prioritet=True, nummer=nummer))
    return ut


def forslag_tabell(
    data: Vurderingsdata,
    sprak: str,
    forslag: tuple[Forslag, ...],
    *,
    med_prioritet: bool,
    nummer: list[int] | None = None,
) -> Flowable:
    """Forslagene som tabell: nr. (plassen i den samlede rekkefølgen), indikator, nå → mål, forslaget
    (og prioritet)."""
    if not forslag:
        return avsnitt(m(t("ingen_forslag", sprak)), "merknad")
    hode = [t("nr", sprak), t("indikator", sprak), t("na_mot_mal", sprak), t("forslag_kol", sprak)]
    bredder = [9 * mm, 45 * mm, 24 * mm, 92 * mm]
    if med_prioritet:
        hode.append(t("prioritet", sprak))
        bredder = [9 * mm, 41 * mm, 20 * mm, 82 * mm, 18 * mm]
    rader: list[list[Celle]] = [[avsnitt(m(h), "hode") for h in hode]]
    for nr, f in zip(nummer or range(1, len(forslag) + 1), forslag, strict=True):
        na = t("vet_ikke", sprak) if f.niva is None else str(f.niva)
        rad: list[Celle] = [
            avsnitt(str(nr), "liten"),
            avsnitt(f"<b>{m(f.indikator_id)}</b> {m(f.tittel)}", "liten"),
            avsnitt(m(f"{na} → {f.mal}"), "liten"),
            avsnitt(m(forslagstekst(f, sprak)), "liten"),
        ]
        if med_prioritet:
            rad.append(avsnitt(m(tall(f.prioritet)), "hoyre"))
        rader.append(rad)
    return tabell(rader, bredder)


def tiltak_tabell(data: Vurderingsdata, sprak: str) -> Flowable:
    """Tiltaksplanen: tiltak (med kommentar), eier, frist, status og indikator."""
    if not data.tiltak:
        return avsnitt(m(t("ingen_tiltak", sprak)), "merknad")
    hode = [t("tiltak", sprak), t("eier", sprak), t("frist", sprak), t("status", sprak), t("indikator", sprak)]
    rader: list[list[Celle]] = [[avsnitt(m(h), "hode") for h in hode]]
    for tiltak in data.tiltak:
        tekst = brukertekst(tiltak.tekst, "liten")
        if tiltak.kommentar.strip():
            tekst += brukertekst(tiltak.kommentar, "liten_kursiv")
        rader.append(
            [
                tekst,
                brukertekst(tiltak.eier_rolle, "liten"),
                brukertekst(dato(tiltak.frist), "liten"),
                avsnitt(m(TILTAKSTATUS_NAVN[tiltak.status.value][sprakindeks(sprak)]), "liten"),
                brukertekst(tiltak.indikator_id, "liten"),
            ]
        )
    return tabell(rader, [66 * mm, 40 * mm, 23 * mm, 22 * mm, 19 * mm])
