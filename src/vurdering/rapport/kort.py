"""Lederoppsummeringen (`vurdering rapport --kort`): høyst to sider som gir en leder et ærlig
bilde på to minutter.

Rekkefølge: samlet modenhet med forbeholdene (merknadene om datagrunnlaget fra analysen:
moduler uten nok grunnlag, andelen «antatt» …), en kompakt tabell over de strategiske
temaene og en over fagområdene som er valgt, skalaen 0–4, de svakeste punktene, de
viktigste forslagene, tiltaksplanen, én linje per prioritert problem, én linje om
utviklingen siden forrige runde (når den finnes), konklusjonen og signaturlinjen.
Ingen radar: fire tall trenger ikke 40 % av en side; de står i tabellen.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from vurdering.domene.formater import dato, lang_dato, tall
from vurdering.domene.modell import TILTAKSTATUS_NAVN
from vurdering.domene.regler import sprakindeks
from vurdering.domene.vurderingsdata import Vurderingsdata
from vurdering.rapport import analyse
from vurdering.rapport.deler import forslag_tabell, nivanavn, samlet_blokk
from vurdering.rapport.rens import markering as m
from vurdering.rapport.stiler import CELLEFONT, Celle, avsnitt, brukertekst, punkt, tabell
from vurdering.rapport.tekster import t
from vurdering.rapport.utviklingsdel import utvikling_linje
from vurdering.rapport.virker import problemlinje

ANTALL_FORSLAG = 5
ANTALL_SVAKESTE = 3
ANTALL_TILTAK = 6


def innhold(data: Vurderingsdata, sprak: str) -> list[Flowable]:
    """Alle delene av lederoppsummeringen, i rekkefølge."""
    v = data.vurdering
    res = data.resultat
    ut: list[Flowable] = [
        avsnitt(m(t("kort_tittel", sprak)), "h1"),
        avsnitt(f"<b>{m(v.enhet.navn)}</b> · {m(v.enhet.distrikt)} · {m(lang_dato(v.dato))}", "brod"),
    ]
    if not res.ferdig_besvart:
        ut.append(avsnitt(m(t("uferdig", sprak, besvart=res.besvart, antall=res.antall)), "varsel"))
    ut += samlet_blokk(data, sprak)
    forbehold = [linje for linje in analyse.datagrunnlag(data, sprak) if linje != analyse.samlet_merknad(data, sprak)]
    if forbehold:
        ut.append(avsnitt(m(t("forbehold", sprak)), "h2"))
        ut += [punkt(m(linje), "liten") for linje in forbehold]
    ut += _modultabell(data, sprak, tema=True)
    ut += _modultabell(data, sprak, tema=False)
    ut.append(avsnitt(f"<b>{m(t('skala_kort', sprak))}:</b> {m(_skala(data, sprak))}", "liten"))
    svakeste = data.analyse.svakeste[:ANTALL_SVAKESTE]
    if svakeste:
        ut.append(avsnitt(m(t("svakeste_kort", sprak)), "h2"))
        for n in svakeste:
            modul = analyse.modulnavn(data, n.modul_id, sprak)
            niva = t("niva_mot_mal", sprak, niva=nivanavn(data, n.niva, sprak), mal=n.mal)
            if n.svakeste_kommuner:
                niva += f"; {t('svakeste_kommune', sprak, kommuner=', '.join(n.svakeste_kommuner))}"
            ut.append(punkt(f"<b>{m(n.indikator_id)}</b> {m(n.tittel)} ({m(modul)}): {m(niva)}", "liten"))
    ut += [
        avsnitt(m(t("viktigste_forslag", sprak)), "h2"),
        forslag_tabell(data, sprak, data.analyse.forslag[:ANTALL_FORSLAG], med_prioritet=False),
        avsnitt(m(t("tiltak_kort", sprak)), "h2"),
        *_tiltak(data, sprak),
    ]
    if data.problemer:
        ut.append(avsnitt(m(t("problemer_kort", sprak)), "h2"))
        ut += [punkt(m(problemlinje(data, p, sprak)), "liten") for p in data.problemer]
    linje = utvikling_linje(data.utvikling, sprak) if data.utvikling is not None else None
    if linje:
        ut += [avsnitt(m(t("utvikling_kort", sprak)), "h2"), avsnitt(m(linje), "liten")]
    ut.append(avsnitt(m(t("konklusjon", sprak)), "h2"))
    konklusjon = data.tekstfelt.get("konklusjon", data.vurdering.konklusjon)
    if konklusjon.strip():
        ut += brukertekst(konklusjon)
    else:
        ut.append(avsnitt(m(t("ingen_konklusjon", sprak)), "merknad"))
    ut.append(KeepTogether([Spacer(1, 3 * mm), _signatur(data, sprak)]))
    ut += [Spacer(1, 2 * mm), avsnitt(m(t("se_full", sprak)), "merknad")]
    return ut


def _skala(data: Vurderingsdata, sprak: str) -> str:
    """Tegnforklaringen for 0–4: «0 Ikke startet · 1 … · 4 …» fra banken."""
    return " · ".join(f"{n.verdi} {data.bank.niva_navn(n.verdi, sprak)}" for n in data.bank.niva)


def _modultabell(data: Vurderingsdata, sprak: str, *, tema: bool) -> list[Flowable]:
    """Temaene (eller de øvrige modulene som er valgt) som kompakt tabell: poeng, mål, nivå, merknad."""
    valgt = [(modul, res) for modul, res in analyse.moduler(data) if modul.er_tema == tema]
    if not valgt:
        return []
    hode = [t("modul_kol", sprak), t("poeng", sprak), t("mal", sprak), t("niva", sprak), t("merknad_kol", sprak)]
    rader: list[list[Celle]] = [[avsnitt(m(h), "hode") for h in hode]]
    for modul, res in valgt:
        rader.append(
            [
                avsnitt(m(modul.visningsnavn(sprak)), "liten"),
                avsnitt(f"<b>{m(tall(res.poeng))}</b>", "hoyre"),
                avsnitt(str(res.mal), "hoyre"),
                avsnitt(m(nivanavn(data, res.niva, sprak)), "liten"),
                avsnitt(m(analyse.merknad_tekst(res, sprak)), "liten_kursiv"),
            ]
        )
    tittel = t("temaer_kort" if tema else "fagomrader_kort", sprak)
    return [avsnitt(m(tittel), "h2"), tabell(rader, [62 * mm, 15 * mm, 12 * mm, 36 * mm, 45 * mm], tett=True)]


def _tiltak(data: Vurderingsdata, sprak: str) -> list[Flowable]:
    """Tiltaksplanen i korte trekk: de første tiltakene med eier, frist og status."""
    if not data.tiltak:
        return [avsnitt(m(t("ingen_tiltak", sprak)), "merknad")]
    hode = [t("tiltak", sprak), t("eier", sprak), t("frist", sprak), t("status", sprak)]
    rader: list[list[Celle]] = [[avsnitt(m(h), "hode") for h in hode]]
    for tiltak in data.tiltak[:ANTALL_TILTAK]:
        rader.append(
            [
                brukertekst(tiltak.tekst, "liten"),
                brukertekst(tiltak.eier_rolle, "liten"),
                brukertekst(dato(tiltak.frist), "liten"),
                avsnitt(m(TILTAKSTATUS_NAVN[tiltak.status.value][sprakindeks(sprak)]), "liten"),
            ]
        )
    ut: list[Flowable] = [tabell(rader, [83 * mm, 42 * mm, 23 * mm, 22 * mm], tett=True)]
    if len(data.tiltak) > ANTALL_TILTAK:
        ut.append(avsnitt(m(t("flere_tiltak", sprak, n=len(data.tiltak) - ANTALL_TILTAK)), "merknad"))
    return ut


def _signatur(data: Vurderingsdata, sprak: str) -> Table:
    """Fire felt med strek under: navn, rolle, dato og underskrift, utfylt med det som er lagret."""
    felt = data.tekstfelt
    verdier = [felt.get("signatur_navn", ""), felt.get("signatur_rolle", ""), dato(felt.get("signatur_dato", "")), ""]
    etiketter = [t("navn", sprak), t("rolle", sprak), t("dato", sprak), t("signatur", sprak)]
    luft = 5 * mm  # tomme kolonner mellom feltene, så strekene ikke går i ett
    tabell_ = Table(
        [_med_luft([brukertekst(x, "brod") for x in verdier]), _med_luft([avsnitt(m(x), "liten") for x in etiketter])],
        colWidths=[42 * mm, luft, 42 * mm, luft, 26 * mm, luft, 45 * mm],
        hAlign="LEFT",
        splitInRow=1,
    )
    stil: list[tuple[object, ...]] = [
        CELLEFONT,
        ("TOPPADDING", (0, 0), (-1, 0), 12),
        ("LEFTPADDING", (0, 0), (-1, -1), 1),
        ("RIGHTPADDING", (0, 0), (-1, -1), 1),
    ]
    stil += [("LINEBELOW", (k, 0), (k, 0), 0.8, colors.black) for k in (0, 2, 4, 6)]
    tabell_.setStyle(TableStyle(stil))
    return tabell_


def _med_luft(celler: Sequence[Flowable | list[Flowable]]) -> list[Celle]:
    ut: list[Celle] = []
    for i, c in enumerate(celler):
        ut += [c] if i == 0 else ["", c]
    return ut
