"""Vanskelig brukertekst: markering skrives ut bokstavelig, kontrolltegn fjernes, svært
lange kommentarer brytes og deles over sider, og tegn skriften mangler stopper ingenting.

Regelen for hva som skal finnes igjen i PDF-en, står i `vurdering.rapport.rens`: teksten
etter `rens()` (kontroll- og formattegn fjernet, manglende tegn og tegn utenfor grunnplanet
som �). Hypotesetesten holder tekst fra høyre mot venstre utenfor, fordi pypdf snur slike
tegnrekker når teksten hentes ut; en egen test sjekker at de kommer med.
"""

from __future__ import annotations

import dataclasses
import io
import unicodedata
from collections import Counter

import pypdf
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rapporthjelp import brodtekst, pdf_bytes, sidetekster, uten_mellomrom

from vurdering.domene.modell import Deltaker, Enhet, Tiltak, TiltakStatus
from vurdering.domene.vurderingsdata import Oppfolgingspunkt, Vurderingsdata
from vurdering.rapport.rens import ERSTATNING, markering, rens
from vurdering.rapport.tekster import t

INDIKATOR = "KK-01"
_TABELLHODER = [
    uten_mellomrom("".join(t(k, "nb") for k in ("indikator", "niva", "grunnlag", "kommentar_og_kilde"))),
    uten_mellomrom("".join(t(k, "nb") for k in ("tiltak", "eier", "frist", "status", "indikator"))),
    uten_mellomrom("".join(t(k, "nb") for k in ("tiltak", "eier", "frist", "status_na", "kommentar"))),
]


def med_kommentar(data: Vurderingsdata, kommentar: str) -> Vurderingsdata:
    svar = dict(data.svar)
    svar[INDIKATOR] = dataclasses.replace(svar[INDIKATOR], kommentar=kommentar)
    return dataclasses.replace(data, svar=svar)


def med_tekst_overalt(data: Vurderingsdata, tekst: str) -> Vurderingsdata:
    """`tekst` i hvert fritekstfelt: enhet, distrikt, deltakere, svar, tiltak, oppfølging og tekstfelt."""
    v = dataclasses.replace(
        data.vurdering,
        enhet=Enhet(data.vurdering.enhet.id, tekst, tekst),
        deltakere=(Deltaker(tekst, tekst),),
    )
    svar = dict(data.svar)
    svar[INDIKATOR] = dataclasses.replace(svar[INDIKATOR], kommentar=tekst, kilde=tekst, grunn=tekst, dissens=tekst)
    tiltak = Tiltak(tekst, eier_rolle=tekst, frist=tekst, indikator_id=INDIKATOR, id=1, kommentar=tekst)
    felt = dict.fromkeys(("konklusjon", "merking", "signatur_navn", "signatur_rolle", "signatur_dato"), tekst)
    return dataclasses.replace(
        data,
        vurdering=v,
        svar=svar,
        tiltak=[tiltak],
        tekstfelt=felt,
        forrige_id=99,
        oppfolging=[Oppfolgingspunkt(dataclasses.replace(tiltak, id=2), TiltakStatus.PAGAR, tekst)],
    )


def finnes_i(tekst: str, pdf_tekst: str) -> bool:
    """Finnes den vaskede teksten i PDF-teksten (mellomrom og gjentatte tabellhoder sett bort fra)?"""
    naal = uten_mellomrom(rens(tekst))
    hoy = uten_mellomrom(pdf_tekst)
    if naal in hoy:
        return True
    for hode in _TABELLHODER:  # en rad delt over to sider har tabellhodet midt i seg
        naal, hoy = naal.replace(hode, ""), hoy.replace(hode, "")
    return naal in hoy


@pytest.mark.parametrize(
    "kommentar",
    [
        "<b>fet?</b>",
        "Tom & Jerry",
        "</para> etter",
        '<img src="/etc/passwd"/>',
        "<font size=80>STOR</font>",
        "&amp; &lt; &#65; &nbsp;",
        "<br/><br/>",
        "<a href='javascript:alert(1)'>lenke</a>",
        "<unknown>",
        "]]> <![CDATA[",
    ],
)
def test_markering_i_kommentaren_skrives_bokstavelig(kkdata: Vurderingsdata, kommentar: str) -> None:
    tekst = brodtekst(pdf_bytes(med_kommentar(kkdata, kommentar)))
    assert uten_mellomrom(kommentar) in uten_mellomrom(tekst)


def test_stor_font_i_kommentaren_gir_ikke_stor_skrift(kkdata: Vurderingsdata) -> None:
    pdf = pdf_bytes(med_kommentar(kkdata, "<font size=80>STOR</font>"))
    storrelser: list[float] = []

    def besok(tekst: str, cm: list[float], tm: list[float], font: object, storrelse: float) -> None:
        if "STOR" in tekst:
            storrelser.append(storrelse * abs(tm[3]) * abs(cm[3] or 1))

    for side in pypdf.PdfReader(io.BytesIO(pdf)).pages:
        side.extract_text(visitor_text=besok)
    assert storrelser and max(storrelser) < 12


def test_kontrolltegn_fjernes(kkdata: Vurderingsdata) -> None:
    kommentar = "før\x00\x07\x1b[31metter\u200b\u202eslutt\x7f"
    tekst = brodtekst(pdf_bytes(med_kommentar(kkdata, kommentar)))
    assert "\x00" not in tekst and "\x1b" not in tekst
    assert "før[31metterslutt" in uten_mellomrom(tekst)
    assert not any(unicodedata.category(c) in ("Cc", "Cf") and c not in "\n\f" for c in tekst)


def test_linjeskift_i_kommentaren_beholdes(kkdata: Vurderingsdata) -> None:
    tekst = brodtekst(pdf_bytes(med_kommentar(kkdata, "første linje\r\nandre linje\rtredje linje")))
    assert "første linje\nandre linje\ntredje linje" in tekst


def test_lang_kommentar_brytes_og_deles_over_sider(kkdata: Vurderingsdata) -> None:
    ord_ = [f"ord{i:05d}" for i in range(2300)]
    kommentar = " ".join(ord_)
    assert len(kommentar) > 20_000
    kort = pdf_bytes(kkdata)
    lang = pdf_bytes(med_kommentar(kkdata, kommentar))
    sider = sidetekster(lang)
    assert len(sider) >= len(sidetekster(kort)) + 2
    med_ord = [i for i, s in enumerate(sider) if "ord0" in s or "ord1" in s or "ord2" in s]
    assert len(med_ord) >= 3, "kommentaren skal fylle flere sider"
    assert med_ord == list(range(med_ord[0], med_ord[-1] + 1))
    tekst = brodtekst(lang)
    assert finnes_i(kommentar, tekst)
    assert "ord00000" in sider[med_ord[0]] and "ord02299" in sider[med_ord[-1]]


def test_lang_kommentar_uten_mellomrom(kkdata: Vurderingsdata) -> None:
    kommentar = "x" * 20_000
    assert finnes_i(kommentar, brodtekst(pdf_bytes(med_kommentar(kkdata, kommentar))))


@pytest.mark.parametrize("kort", [False, True])
def test_lang_tekst_i_alle_felt(kkdata: Vurderingsdata, kort: bool) -> None:
    # 2 000 tegn i hvert felt, også smale tabellkolonner som eier og frist (20 000 overalt tar halve minutter).
    tekst = ("Ærlig talt, øøh, på Åsane <b>& " * 70)[:2_000]
    pdf = pdf_bytes(med_tekst_overalt(kkdata, tekst), kort=kort)
    sider = sidetekster(pdf)
    assert all(f"Side {i} av {len(sider)}" in s for i, s in enumerate(sider, 1))
    assert "Ærlig talt, øøh, på Åsane <b>&" in "\n".join(sider)
    assert finnes_i(tekst, brodtekst(pdf))


def test_tegn_skriften_mangler_stopper_ikke_rapporten(kkdata: Vurderingsdata) -> None:
    kommentar = "Kinesisk 中文, emoji 😀🚓, matematikk 𝐀, privat \ue000 og ukjent \U000e0001 slutt"
    tekst = brodtekst(pdf_bytes(med_kommentar(kkdata, kommentar)))
    assert "Kinesisk" in tekst and "slutt" in tekst
    assert ERSTATNING in tekst
    assert "\x00" not in tekst
    assert finnes_i(kommentar, tekst)


def test_hoyre_mot_venstre_kommer_med(kkdata: Vurderingsdata) -> None:
    kommentar = "עברית العربية"
    tekst = brodtekst(pdf_bytes(med_kommentar(kkdata, kommentar)))
    mangler = Counter(uten_mellomrom(rens(kommentar))) - Counter(tekst)
    assert not mangler


def test_markering_escaper_og_bryter_linjer() -> None:
    assert markering("<b>a</b> & b\nc") == "&lt;b&gt;a&lt;/b&gt; &amp; b<br/>c"
    assert rens("a\u00adb\u200dc\x00d\te\u2028f") == "abcd e\nf"
    assert rens("  \n\n\n\nx  \n  y ") == "x\ny"
    assert rens("a\n\n\n\nb") == "a\n\nb"
    assert rens("\U0001f600") == ERSTATNING


def _ikke_hoyre_mot_venstre(c: str) -> bool:
    return unicodedata.bidirectional(c) not in ("R", "AL", "AN")


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)
@given(tekst=st.text(st.characters(codec="utf-8").filter(_ikke_hoyre_mot_venstre), max_size=60))
def test_vilkarlig_unicode_i_alle_fritekstfelt(kkdata: Vurderingsdata, tekst: str) -> None:
    data = med_tekst_overalt(kkdata, tekst)
    full = brodtekst(pdf_bytes(data))
    kort = brodtekst(pdf_bytes(data, kort=True))
    assert finnes_i(tekst, full)
    assert finnes_i(tekst, kort)
