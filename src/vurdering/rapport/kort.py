"""Lederoppsummeringen (`vurdering rapport --kort`): én til to sider med samlet modenhet,
radaren, de viktigste forslagene, tiltaksplanen i korte trekk, konklusjonen som er skrevet
i vinduet, og en signaturlinje (navn, rolle, dato).
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from vurdering.domene.formater import dato, lang_dato
from vurdering.domene.vurderingsdata import Vurderingsdata
from vurdering.rapport.deler import forslag_tabell, radar_blokk, samlet_blokk, tiltak_tabell
from vurdering.rapport.rens import markering as m
from vurdering.rapport.stiler import CELLEFONT, Celle, avsnitt, brukertekst
from vurdering.rapport.tekster import t

ANTALL_FORSLAG = 5


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
    ut += radar_blokk(data, sprak)
    ut += [
        avsnitt(m(t("viktigste_forslag", sprak)), "h2"),
        forslag_tabell(data, sprak, data.analyse.forslag[:ANTALL_FORSLAG], med_prioritet=False),
        avsnitt(m(t("tiltak_kort", sprak)), "h2"),
        tiltak_tabell(data, sprak),
        avsnitt(m(t("konklusjon", sprak)), "h2"),
    ]
    konklusjon = data.tekstfelt.get("konklusjon", data.vurdering.konklusjon)
    if konklusjon.strip():
        ut += brukertekst(konklusjon)
    else:
        ut.append(avsnitt(m(t("ingen_konklusjon", sprak)), "merknad"))
    ut.append(KeepTogether([Spacer(1, 6 * mm), _signatur(data, sprak)]))
    ut += [Spacer(1, 4 * mm), avsnitt(m(t("se_full", sprak)), "merknad")]
    return ut


def _signatur(data: Vurderingsdata, sprak: str) -> Table:
    """Fire felt med strek under: navn, rolle, dato og underskrift, utfylt med det som er lagret."""
    felt = data.tekstfelt
    verdier = [felt.get("signatur_navn", ""), felt.get("signatur_rolle", ""), dato(felt.get("signatur_dato", "")), ""]
    etiketter = [t("navn", sprak), t("rolle", sprak), t("dato", sprak), t("signatur", sprak)]
    luft = 5 * mm  # tomme kolonner mellom feltene, så strekene ikke går i ett
    tabell = Table(
        [_med_luft([brukertekst(x, "brod") for x in verdier]), _med_luft([avsnitt(m(x), "liten") for x in etiketter])],
        colWidths=[42 * mm, luft, 42 * mm, luft, 26 * mm, luft, 45 * mm],
        hAlign="LEFT",
        splitInRow=1,
    )
    stil: list[tuple[object, ...]] = [
        CELLEFONT,
        ("TOPPADDING", (0, 0), (-1, 0), 14),
        ("LEFTPADDING", (0, 0), (-1, -1), 1),
        ("RIGHTPADDING", (0, 0), (-1, -1), 1),
    ]
    stil += [("LINEBELOW", (k, 0), (k, 0), 0.8, colors.black) for k in (0, 2, 4, 6)]
    tabell.setStyle(TableStyle(stil))
    return tabell


def _med_luft(celler: Sequence[Flowable | list[Flowable]]) -> list[Celle]:
    ut: list[Celle] = []
    for i, c in enumerate(celler):
        ut += [c] if i == 0 else ["", c]
    return ut
