"""Distriktsrapporten: bokmerker per del, merkingen hel i topp- og bunntekst, «–» uten poeng,
de samme tallene som `lag_oversikt`, escapet brukertekst og ingen fritekst uten at det bes om."""

from __future__ import annotations

import dataclasses
import io
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pypdf
import pytest
from rapporthjelp import MM, SIDEHOYDE, sidetekster, uten_mellomrom

from vurdering.domene.bank import Bank
from vurdering.domene.distrikt import Distriktsoversikt
from vurdering.domene.formater import tall
from vurdering.lagring import repository as repo
from vurdering.lagring.database import Database, apne
from vurdering.rapport.fonter import FET, bredde
from vurdering.rapport.oversikt import VARME, lag_distriktsrapport, nivaa_for_celle
from vurdering.rapport.oversikt_csv import matrise
from vurdering.rapport.sider import merkingslinjer
from vurdering.rapport.tekster import t
from vurdering.tjenester.demo import lag_distriktsdemo
from vurdering.tjenester.oversikt import oversikt

LANG_MERKING = "Unntatt offentlighet, jf. offl. § 14 – " + "skal ikke deles utenfor ledergruppen i distriktet " * 2


@pytest.fixture(scope="module")
def ddb(tmp_path_factory: pytest.TempPathFactory, bank: Bank) -> Iterator[Database]:
    sti: Path = tmp_path_factory.mktemp("distrikt") / "d.db"
    with apne(sti, opprett=True) as db:
        lag_distriktsdemo(db, bank, date(2026, 6, 1))
        yield db


@pytest.fixture(scope="module")
def d(ddb: Database) -> Distriktsoversikt:
    return oversikt(ddb, distrikt="Agder")


def pdf(d: Distriktsoversikt, **kw: object) -> bytes:
    ut = io.BytesIO()
    lag_distriktsrapport(d, ut, **kw)  # type: ignore[arg-type]
    return ut.getvalue()


@pytest.fixture(scope="module")
def rapport(d: Distriktsoversikt) -> bytes:
    return pdf(d, merking=LANG_MERKING)


def _bunntekst(side: pypdf.PageObject) -> str:
    deler: list[str] = []

    def besok(tekst: str, cm: list[float], tm: list[float], *_: object) -> None:
        if tm[5] * cm[3] + cm[5] < 22 * MM:
            deler.append(tekst)

    side.extract_text(visitor_text=besok)
    return "".join(deler)


def _topptekst(side: pypdf.PageObject) -> str:
    deler: list[str] = []

    def besok(tekst: str, cm: list[float], tm: list[float], *_: object) -> None:
        if tm[5] * cm[3] + cm[5] > SIDEHOYDE - 24 * MM:
            deler.append(tekst)

    side.extract_text(visitor_text=besok)
    return "".join(deler)


def test_bokmerke_for_hver_del(rapport: bytes) -> None:
    titler = [o.title for o in pypdf.PdfReader(io.BytesIO(rapport)).outline if not isinstance(o, list)]
    nokler = ("ov_tittel", "ov_sammendrag", "ov_varmekart", "ov_fordeling", "ov_svake", "ov_tiltak", "ov_trend")
    assert titler == [t(n, "nb") for n in (*nokler, "ov_varsler", "ov_metode")]


def test_merkingen_hel_i_topp_og_bunntekst_paa_hver_side(rapport: bytes) -> None:
    leser = pypdf.PdfReader(io.BytesIO(rapport))
    assert len(leser.pages) >= 3
    for nr, side in enumerate(leser.pages, 1):
        assert uten_mellomrom(LANG_MERKING) in uten_mellomrom(_bunntekst(side)), nr
        assert uten_mellomrom(LANG_MERKING) in uten_mellomrom(_topptekst(side)), nr
        assert f"Side {nr} av {len(leser.pages)}" in side.extract_text()


def test_merking_som_ikke_faar_plass_brytes_og_kuttes_aldri() -> None:
    tekst = ("Begrenset " * 10 + "Uoppdeltordsomerlengreennlinjen" * 4)[:200]  # 200 tegn: lengste lovlige merking
    storrelse, linjer = merkingslinjer(tekst.strip(), 170 * MM)  # hele bredden innenfor margene
    assert storrelse == 6 and len(linjer) > 1
    assert "".join(linjer).replace(" ", "") == tekst.replace(" ", "")
    assert all(bredde(linje, FET, storrelse) <= 170 * MM for linje in linjer)
    assert merkingslinjer("Intern", 300) == (9, ("Intern",))
    _, absurd = merkingslinjer("x" * 100_000, 300)  # ingen merking: kortes av i stedet for å fylle siden
    assert len(absurd) == 3 and absurd[-1].endswith("…")


def test_varmekartet_har_lag_oversikt_sine_tall_og_strek_uten_poeng(d: Distriktsoversikt, rapport: bytes) -> None:
    tekst = uten_mellomrom("".join(sidetekster(rapport)))
    ov = d.oversikt
    for rad in ov.rader:
        celler = [tall(c.poeng) if (c := rad.moduler.get(m)) else "–" for m in ov.moduler]
        assert uten_mellomrom(rad.enhet + tall(rad.samlet) + "".join(celler)) in tekst, rad.enhet
    assert any("–" in [tall(c.poeng) for c in r.moduler.values()] for r in ov.rader)  # Vennesla ETR
    for mid, f in ov.fordelinger.items():
        assert f is not None
        tall_ = (tall(f.minst), tall(f.nedre_kvartil, 2), tall(f.median, 2), tall(f.ovre_kvartil, 2), tall(f.storst))
        assert uten_mellomrom(mid + d.modulnavn(mid) + "".join(tall_) + str(f.antall)) in tekst, mid
    for s in ov.svake:
        assert uten_mellomrom(f"{s.indikator_id}{d.tittel(s.indikator_id)}") in tekst


def test_lavere_poeng_gir_morkere_rute_og_ingen_poeng_er_hvit() -> None:
    lyshet = [sum(int(farge[i : i + 2], 16) for i in (1, 3, 5)) for farge in VARME]
    assert lyshet == sorted(lyshet) and len(set(lyshet)) == 5  # nivå 0 mørkest, nivå 4 lysest
    assert max(lyshet) < 3 * 255  # selv nivå 4 er farget: hvit betyr bare «ingen poeng»
    assert [nivaa_for_celle(p) for p in (0.0, 0.9, 1.0, 2.5, 3.99, 4.0)] == [0, 0, 1, 2, 3, 4]


def test_brukertekst_escapes_og_kommentarer_bare_naar_det_bes_om(ddb: Database, d: Distriktsoversikt) -> None:
    rad = d.oversikt.rader[0]
    ond = dataclasses.replace(rad, enhet="<b>Sentrum & co</b> <img src='x'/>")
    d2 = dataclasses.replace(d, oversikt=dataclasses.replace(d.oversikt, rader=(ond, *d.oversikt.rader[1:])))
    tekst = "".join(sidetekster(pdf(d2)))
    assert "<b>Sentrum & co</b>" in tekst
    repo.sett_tekstfelt(ddb, rad.vurdering_id, konklusjon="Ola Nordmann har ansvaret.")
    try:
        uten = "".join(sidetekster(pdf(oversikt(ddb, distrikt="Agder"))))
        med = "".join(sidetekster(pdf(oversikt(ddb, distrikt="Agder", med_kommentarer=True))))
    finally:
        repo.sett_tekstfelt(ddb, rad.vurdering_id, konklusjon="")
    assert "Ola Nordmann" not in uten
    assert "Ola Nordmann har ansvaret." in med and t("ov_kommentarer", "nb") in med


def test_nynorsk_og_uten_trend(ddb: Database, bank: Bank) -> None:
    tekst = "".join(sidetekster(pdf(oversikt(ddb, fra="2026-01-01"), sprak="nn")))
    assert t("ov_trend", "nn") in tekst and uten_mellomrom(t("ov_ingen_trend", "nn")) in uten_mellomrom(tekst)
    assert "Intern" in tekst
    nn = bank.modul("SL").visningsnavn("nn")
    assert nn != bank.modul("SL").navn and uten_mellomrom(nn) in uten_mellomrom(tekst)  # bankens nynorske modulnavn


def test_tom_oversikt_gir_en_kort_rapport(ddb: Database) -> None:
    tekst = "".join(sidetekster(pdf(oversikt(ddb, distrikt="Vest"))))
    assert t("ov_ingen_rader", "nb") in tekst and t("ov_metode", "nb") in tekst


def test_csv_matrisen_har_de_samme_tallene(d: Distriktsoversikt) -> None:
    hode, *rader = matrise(d)
    assert len(rader) == len(d.oversikt.rader)
    for celler, rad in zip(rader, d.oversikt.rader, strict=True):
        assert celler[0] == str(rad.vurdering_id)
        for mid, celle in zip(d.oversikt.moduler, celler[7:], strict=True):
            c = rad.moduler.get(mid)
            assert celle == ("" if c is None or c.poeng is None else tall(c.poeng))
    assert hode[7].startswith(d.oversikt.moduler[0])
