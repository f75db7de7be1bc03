"""«Virker det?»: enhetens prioriterte problemer i rapportene – utgangsverdi → siste verdi mot
målet, fremgangen (vurdert i `domene.problemer`, ingen andre steder) og tiltakene knyttet til
hvert problem. Den fulle rapporten får en tabell, lederoppsummeringen én linje per problem.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from vurdering.domene.formater import dato, prosent
from vurdering.domene.problemer import FREMGANG_NAVN, Fremgang, Problem
from vurdering.domene.regler import sprakindeks
from vurdering.domene.vurderingsdata import Vurderingsdata
from vurdering.rapport.rens import markering as m
from vurdering.rapport.stiler import Celle, avsnitt, brukertekst, tabell
from vurdering.rapport.tekster import t


def verdi(x: float | None) -> str:
    """Et måltall slik det ble skrevet: heltall uten desimaler, ellers med komma."""
    if x is None:
        return "–"
    tekst = f"{x:g}" if abs(x) < 1e6 else f"{x:.0f}"
    return tekst.replace(".", ",").replace("-", "−")


def _med_dato(x: float | None, iso: str) -> str:
    return f"{verdi(x)} ({dato(iso)})" if x is not None and iso else verdi(x)


def fremgangstekst(p: Problem, sprak: str) -> str:
    """«på vei mot målet (40 % av veien)», «målet er nådd», «mangler tall» …"""
    navn = FREMGANG_NAVN[p.fremgang][sprakindeks(sprak)]
    andel = p.andel_av_veien
    if p.fremgang in (Fremgang.MOT_MAL, Fremgang.FEIL_VEI) and andel is not None:
        return t("virker_andel", sprak, fremgang=navn, andel=prosent(andel))
    return navn


def tiltak_for(data: Vurderingsdata, p: Problem) -> list[str]:
    """Tekstene til tiltakene som er knyttet til problemet, i tiltaksplanens rekkefølge."""
    ider = set(data.tiltak_per_problem.get(p.id, [])) if p.id is not None else set()
    return [tl.tekst for tl in data.tiltak if tl.id in ider]


def problemlinje(data: Vurderingsdata, p: Problem, sprak: str) -> str:
    """Én linje per problem: «Tittel: 120 → 90 (mål 80) – på vei mot målet (75 % av veien). Tiltak i planen: 2.»"""
    linje = t(
        "virker_linje",
        sprak,
        tittel=p.tittel,
        fra=verdi(p.utgangsverdi),
        til=verdi(p.siste_verdi),
        mal=verdi(p.malverdi),
        fremgang=fremgangstekst(p, sprak),
    )
    antall = len(tiltak_for(data, p))
    tiltak = t("virker_tiltak_antall", sprak, n=antall) if antall else t("virker_ingen_tiltak", sprak)
    return f"{linje} {tiltak}"


def virker_del(data: Vurderingsdata, sprak: str) -> list[Flowable]:
    """Delen «Virker det?» i den fulle rapporten; tom liste når vurderingen ikke har problemer."""
    if not data.problemer:
        return []
    hode = [
        t("virker_problem", sprak),
        t("virker_utgang", sprak),
        t("virker_siste", sprak),
        t("mal", sprak),
        t("virker_fremgang", sprak),
        t("virker_tiltak", sprak),
    ]
    rader: list[list[Celle]] = [[avsnitt(m(h), "hode") for h in hode]]
    for p in data.problemer:
        problem: list[Flowable] = brukertekst(p.tittel, "liten_fet")
        if p.effektmal.strip():
            problem += brukertekst(p.effektmal, "liten")
        if p.kilde.strip():
            problem += brukertekst(p.kilde, "liten_kursiv", etikett=t("kilde", sprak) + ":")
        siste = _med_dato(p.siste_verdi, p.siste_dato)
        if p.forrige_verdi is not None:
            siste += " · " + t("virker_forrige", sprak, verdi=verdi(p.forrige_verdi))
        tiltak = [f for tekst in tiltak_for(data, p) for f in brukertekst("• " + tekst, "liten")]
        rader.append(
            [
                problem,
                avsnitt(m(_med_dato(p.utgangsverdi, p.utgangsdato)), "liten"),
                avsnitt(m(siste), "liten"),
                avsnitt(m(verdi(p.malverdi)), "liten"),
                avsnitt(m(fremgangstekst(p, sprak)), "liten_fet"),
                tiltak or avsnitt(m(t("virker_uten_tiltak", sprak)), "liten_kursiv"),
            ]
        )
    return [
        avsnitt(m(t("virker_tittel", sprak)), "h1"),
        avsnitt(m(t("virker_forklaring", sprak)), "merknad"),
        tabell(rader, [40 * mm, 26 * mm, 26 * mm, 13 * mm, 26 * mm, 39 * mm]),
    ]
