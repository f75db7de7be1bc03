"""Hjelpere for rapporttestene: lag PDF-er i minnet og hent teksten ut igjen med pypdf."""

from __future__ import annotations

import dataclasses
import io
import re

import pypdf

from vurdering.domene import poeng
from vurdering.domene.vurderingsdata import Vurderingsdata
from vurdering.rapport.pdf import lag_rapport

MM = 72 / 25.4
SIDEHOYDE = 841.89
# Brødteksten ligger mellom bunnmargen (22 mm) og toppmargen (24 mm); topp- og bunntekst utenfor.
_BROD_Y = (22 * MM, SIDEHOYDE - 24 * MM)


def bare_moduler(data: Vurderingsdata, moduler: tuple[str, ...]) -> Vurderingsdata:
    """Samme vurdering med bare noen moduler (og resultatet regnet på nytt)."""
    v = dataclasses.replace(data.vurdering, moduler=moduler)
    return dataclasses.replace(data, vurdering=v, resultat=poeng.beregn(data.bank, moduler, data.svar, v.mal))


def pdf_bytes(data: Vurderingsdata, **kw: object) -> bytes:
    ut = io.BytesIO()
    lag_rapport(data, ut, **kw)  # type: ignore[arg-type]
    return ut.getvalue()


def sidetekster(pdf: bytes) -> list[str]:
    return [side.extract_text() for side in pypdf.PdfReader(io.BytesIO(pdf)).pages]


def brodtekst(pdf: bytes) -> str:
    """Teksten innenfor margene på alle sider, i rekkefølge (uten topp- og bunntekst)."""
    deler: list[str] = []

    def besok(tekst: str, cm: list[float], tm: list[float], *_: object) -> None:
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        if _BROD_Y[0] < y < _BROD_Y[1]:
            deler.append(tekst)

    for side in pypdf.PdfReader(io.BytesIO(pdf)).pages:
        side.extract_text(visitor_text=besok)
        deler.append("\n\f")  # sideskift, så testene kan dele teksten per side
    return "".join(deler)


def uten_mellomrom(tekst: str) -> str:
    return re.sub(r"\s+", "", tekst)
