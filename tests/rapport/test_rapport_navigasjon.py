"""Papir og skjerm: bokmerker, hel merking, skriftstørrelser, matrisen og forslagene i den fulle rapporten."""

from __future__ import annotations

import dataclasses
import io

import pypdf
import pytest
from rapporthjelp import MM, SIDEHOYDE, brodtekst, pdf_bytes, uten_mellomrom

from vurdering.domene.vurderingsdata import Vurderingsdata
from vurdering.rapport import diagram, matrise, stiler
from vurdering.rapport.tekster import SITAT_POLITIDIREKTOREN, t


def bokmerker(pdf: bytes) -> list[tuple[int, str]]:
    """(nivå, tittel) for hvert bokmerke i PDF-en, i rekkefølge."""
    ut: list[tuple[int, str]] = []

    def besok(liste: list[object], niva: int) -> None:
        for b in liste:
            if isinstance(b, list):
                besok(b, niva + 1)
            else:
                ut.append((niva, b.title))  # type: ignore[attr-defined]

    besok(pypdf.PdfReader(io.BytesIO(pdf)).outline, 0)
    return ut


def test_full_rapport_har_bokmerke_for_hver_del_og_modul(full_nb: bytes, demodata: Vurderingsdata) -> None:
    merker = bokmerker(full_nb)
    titler = [tittel for _, tittel in merker]
    for nokkel in (
        "dok_tittel",
        "sammendrag",
        "diagrammer",
        "modulene",
        "forslag",
        "tiltaksplan",
        "oppfolging",
        "metode",
    ):
        assert (0, t(nokkel, "nb")) in merker, nokkel
    for modul in demodata.bank.moduler:  # hver modul under «Modulene», i bankens rekkefølge
        assert (1, f"{modul.id} · {modul.navn}") in merker, modul.id
    moduler = [titler.index(f"{m.id} · {m.navn}") for m in demodata.bank.moduler]
    assert moduler == sorted(moduler) and titler.index(t("modulene", "nb")) < moduler[0]
    # Bokmerkene peker til siden der overskriften står.
    leser = pypdf.PdfReader(io.BytesIO(full_nb))
    forste = [b for b in leser.outline if not isinstance(b, list)]
    sider = [leser.get_destination_page_number(b) for b in forste]  # type: ignore[arg-type]
    assert sider == sorted(sider) and sider[-1] > 5
    for b, side in zip(forste, sider, strict=True):
        assert uten_mellomrom(b.title) in uten_mellomrom(leser.pages[side].extract_text()), b.title


def test_lederoppsummeringen_har_bokmerker(kort_nb: bytes) -> None:
    merker = bokmerker(kort_nb)
    assert merker[0] == (0, t("kort_tittel", "nb"))
    for nokkel in ("samlet", "temaer_kort", "viktigste_forslag", "tiltak_kort", "konklusjon"):
        assert (1, t(nokkel, "nb")) in merker, nokkel


def _ramme_tekst(pdf: bytes) -> list[tuple[str, str]]:
    """(topptekst, bunntekst) per side: teksten over toppmargen og under bunnmargen, lest ovenfra og ned."""
    return [_ramme_side(side) for side in pypdf.PdfReader(io.BytesIO(pdf)).pages]


def _ramme_side(side: pypdf.PageObject) -> tuple[str, str]:
    topp: list[tuple[float, int, str]] = []  # (−y, rekkefølge, tekst)
    bunn: list[tuple[float, int, str]] = []

    def besok(tekst: str, cm: list[float], tm: list[float], *_: object) -> None:
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        if y > SIDEHOYDE - 24 * MM:
            topp.append((-y, len(topp), tekst))
        elif y < 22 * MM:
            bunn.append((-y, len(bunn), tekst))

    side.extract_text(visitor_text=besok)
    return "".join(x[2] for x in sorted(topp)), "".join(x[2] for x in sorted(bunn))


@pytest.mark.parametrize(
    "merking",
    ["Unntatt offentlighet, jf. offl. § 14", "Begrenset, jf. beskyttelsesinstruksen " + "og særskilt avtale " * 8],
)
def test_merkingen_kuttes_aldri_i_topp_eller_bunntekst(kkdata: Vurderingsdata, merking: str) -> None:
    merking = merking[:200]
    data = dataclasses.replace(kkdata, tekstfelt={**kkdata.tekstfelt, "merking": merking})
    for kort in (False, True):
        for topp, bunn in _ramme_tekst(pdf_bytes(data, kort=kort)):
            assert uten_mellomrom(merking) in uten_mellomrom(topp)
            assert uten_mellomrom(merking) in uten_mellomrom(bunn)
            assert "…" not in topp + bunn


def test_skriften_er_minst_9_pt_i_tabeller_og_8_pt_i_diagrammer() -> None:
    assert stiler.CELLEFONT[-1] >= 9
    for navn in ("liten", "liten_fet", "liten_kursiv", "hode", "hode_midt", "midt", "hoyre"):
        assert stiler.stiler()[navn].fontSize >= stiler.MINSTE_TABELLSKRIFT == 9, navn
    tegninger = [
        diagram.radar([diagram.Akse(n, 1.5, 3) for n in "ABCD"], "Nå", "Mål"),
        diagram.stolper([diagram.Stolpe("Arrest", 0.8, 3, "", "omrade")], "Poeng", "Mål"),
    ]
    for d in tegninger:
        storrelser = [f.fontSize for f in d.contents if hasattr(f, "fontSize")]
        assert storrelser and min(storrelser) >= stiler.MINSTE_DIAGRAMSKRIFT == 8


def _lyshet(hex_: str) -> float:
    r, g, b = (int(hex_[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def test_matrisen_er_morkest_for_lavt_niva_og_uten_data_ser_annerledes_ut(full_nb_tekst: str) -> None:
    lyshet = [_lyshet(f) for f in matrise.BUNN]
    assert lyshet == sorted(lyshet)  # nivå 0 mørkest, nivå 4 lysest – også i gråtoner
    assert lyshet[0] < 100 and matrise.TEKST[0] == "#FFFFFF"
    assert "–" in matrise.UTEN_DATA and "#FFFFFF" not in matrise.UTEN_DATA
    assert uten_mellomrom("Mørkere rute betyr lavere nivå") in uten_mellomrom(full_nb_tekst)


def test_politidirektorens_ord_star_pa_forsiden(full_nb: bytes) -> None:
    forsiden = uten_mellomrom(pypdf.PdfReader(io.BytesIO(full_nb)).pages[0].extract_text())
    assert uten_mellomrom(SITAT_POLITIDIREKTOREN) in forsiden


def test_metoden_og_modulsidene_har_beslutningsregelen_og_bevis(demodata: Vurderingsdata, full_nb: bytes) -> None:
    from vurdering.domene.bank import BESLUTNINGSREGEL

    tekst = uten_mellomrom(brodtekst(full_nb))
    moduler = [m for m in demodata.bank.moduler if m.id in demodata.vurdering.moduler]
    assert tekst.count(uten_mellomrom(BESLUTNINGSREGEL)) == len(moduler) + 1  # hver modul og metoden
    ind = demodata.bank.modul("KK").indikatorer[0]
    svar = demodata.svar[ind.id]
    assert ind.bevis is not None and svar.niva is not None
    assert uten_mellomrom(t("vis_fram", "nb", niva=svar.niva, bevis=ind.bevis[svar.niva])) in tekst
    if svar.niva < 4:
        assert uten_mellomrom(t("vis_fram_neste", "nb", niva=svar.niva + 1, bevis=ind.bevis[svar.niva + 1])) in tekst
