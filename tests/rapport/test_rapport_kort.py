"""Lederoppsummeringen: høyst to sider, og ærlig – forbehold, fagområdene, skalaen, de svakeste
punktene, forslag, plan, problemene, utviklingen, konklusjon og signatur."""

from __future__ import annotations

import dataclasses
import io
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pypdf
import pytest
from rapporthjelp import brodtekst, pdf_bytes, uten_mellomrom

from vurdering.domene.bank import Bank
from vurdering.domene.formater import tall
from vurdering.domene.problemer import Problem
from vurdering.domene.vurderingsdata import Vurderingsdata
from vurdering.lagring.database import apne
from vurdering.rapport import analyse
from vurdering.rapport.kort import ANTALL_FORSLAG
from vurdering.rapport.tekster import t
from vurdering.rapport.utviklingsdel import utvikling_linje
from vurdering.rapport.virker import problemlinje
from vurdering.tjenester.demo import lag_distriktsdemo
from vurdering.tjenester.vurderinger import hent_vurderingsdata


def _inn(tekst: str, pdf_tekst: str) -> bool:
    return uten_mellomrom(tekst) in uten_mellomrom(pdf_tekst)


def med_problemer(data: Vurderingsdata) -> Vurderingsdata:
    """Demovurderingen med to prioriterte problemer, det første med to tiltak knyttet til seg."""
    problemer = [
        Problem(
            "Vold i sentrum fredag–lørdag",
            effektmal="Anmeldte voldssaker i sentrum fredag–lørdag",
            kilde="PO/BL",
            utgangsverdi=120,
            utgangsdato="2025-01-01",
            malverdi=80,
            siste_verdi=90,
            siste_dato="2026-10-01",
            forrige_verdi=110,
            id=1,
        ),
        Problem("Innbrudd i bolig <b>&amp;</b>", utgangsverdi=40, malverdi=30, id=2),
    ]
    ider = [tl.id for tl in data.tiltak[:2] if tl.id is not None]
    return dataclasses.replace(data, problemer=problemer, tiltak_per_problem={1: ider})


@pytest.fixture(scope="module")
def runder(tmp_path_factory: pytest.TempPathFactory, bank: Bank) -> Iterator[Vurderingsdata]:
    """Siste runde for en enhet med flere runder (fra demodistriktet)."""
    sti: Path = tmp_path_factory.mktemp("kort") / "d.db"
    with apne(sti, opprett=True) as db:
        ider = lag_distriktsdemo(db, bank, date(2026, 6, 1))
        data = [hent_vurderingsdata(db, vid, med_utvikling=True) for vid in ider]
    siste = [d for d in data if d.utvikling is not None and d.utvikling.har_forrige]
    assert siste
    yield siste[-1]


def test_hoyst_to_sider_med_alt_en_leder_trenger(demodata: Vurderingsdata, kort_nb: bytes) -> None:
    assert len(pypdf.PdfReader(io.BytesIO(kort_nb)).pages) <= 2
    tekst = brodtekst(kort_nb)
    a = demodata.analyse
    # Forbeholdene: moduler uten nok grunnlag og andelen «antatt» (fra analysen, som i den fulle rapporten).
    linjer = analyse.datagrunnlag(demodata, "nb")
    assert any("utilstrekkelig" in linje for linje in linjer) and any("antatt" in linje for linje in linjer)
    for linje in linjer:
        assert _inn(linje, tekst), linje
    # Temaene og hvert fagområde som er valgt, med poeng (eller merknaden når poeng mangler).
    for modul, res in analyse.moduler(demodata):
        assert _inn(modul.navn, tekst), modul.id
        if res.poeng is not None:
            assert _inn(tall(res.poeng), tekst)
        else:
            assert _inn(analyse.merknad_tekst(res, "nb"), tekst)
    for n in demodata.bank.niva:  # tegnforklaringen 0–4
        assert _inn(f"{n.verdi} {n.navn}", tekst)
    for n in a.svakeste[:3]:
        assert _inn(n.tittel, tekst)
    for f in a.forslag[:ANTALL_FORSLAG]:
        assert _inn(f.indikator_id, tekst)
    for nokkel in ("forbehold", "temaer_kort", "fagomrader_kort", "svakeste_kort", "tiltak_kort", "konklusjon"):
        assert _inn(t(nokkel, "nb"), tekst), nokkel
    assert _inn(t("signatur", "nb"), tekst)


def test_radaren_er_borte(kort_nb: bytes) -> None:
    assert not _inn(t("radar_forklaring", "nb")[:40], brodtekst(kort_nb))


def test_en_linje_per_problem_og_utviklingen(runder: Vurderingsdata) -> None:
    data = med_problemer(runder)
    pdf = pdf_bytes(data, kort=True)
    assert len(pypdf.PdfReader(io.BytesIO(pdf)).pages) <= 2
    tekst = brodtekst(pdf)
    for p in data.problemer:
        assert _inn(problemlinje(data, p, "nb"), tekst)
    assert _inn("Innbrudd i bolig <b>&amp;</b>", tekst)  # brukertekst som tekst, ikke markering
    assert data.utvikling is not None
    linje = utvikling_linje(data.utvikling, "nb")
    assert linje and _inn(linje, tekst)
    assert _inn("120 → 90 (mål 80) – på vei mot målet (75 % av veien)", tekst)


def test_uten_problemer_og_forrige_runde_ingen_slike_linjer(kort_nb: bytes) -> None:
    tekst = brodtekst(kort_nb)
    assert not _inn(t("problemer_kort", "nb"), tekst)
    assert not _inn(t("utvikling_kort", "nb"), tekst)


def test_nynorsk_lederoppsummering_er_hoyst_to_sider(demodata: Vurderingsdata) -> None:
    pdf = pdf_bytes(med_problemer(demodata), kort=True, sprak="nn")
    assert len(pypdf.PdfReader(io.BytesIO(pdf)).pages) <= 2
    assert _inn(t("forbehold", "nn"), brodtekst(pdf))
