"""Diagrammene i rapportene, tegnet med ReportLabs grafikk: radar for de strategiske
temaene og stolper for alle moduler.

Skalaen er fast 0–4 (ReportLabs SpiderChart skalerer etter største verdi, så radaren
tegnes her). Nå og mål skilles på linjetype og markør, ikke bare farge, så diagrammene
leses også i gråtoneutskrift. Navn vaskes (`rens.en_linje`) før de tegnes.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.lib.attrmap import AttrMap, AttrMapValue
from reportlab.lib.utils import simpleSplit
from reportlab.lib.validators import isString

from vurdering.domene.formater import tall
from vurdering.rapport.fonter import FET, KURSIV, VANLIG, bredde, kutt, registrer
from vurdering.rapport.rens import en_linje
from vurdering.rapport.stiler import GRA_LINJE, GRA_TEKST, MAL_FARGE, MARINE, MINSTE_DIAGRAMSKRIFT

MAKS = 4  # skalaen 0–4
_STIPLET = [4, 2.5]


class Diagram(Drawing):  # type: ignore[misc]  # ReportLab har ingen typer
    """En tegning med alternativ tekst (`alt`): det diagrammet viser, i ord, til Word-rapporten og skjermlesere."""

    _attrMap = AttrMap(BASE=Drawing, alt=AttrMapValue(isString, desc="alternativ tekst"))

    def __init__(self, bredde_pt: float, hoyde_pt: float, **kw: object) -> None:
        super().__init__(bredde_pt, hoyde_pt, **kw)
        self.alt = ""


@dataclass(frozen=True, slots=True)
class Akse:
    """Én akse i radaren: navn, poeng (None: ingen poeng) og mål."""

    navn: str
    poeng: float | None
    mal: int


@dataclass(frozen=True, slots=True)
class Stolpe:
    """Én modul i stolpediagrammet. `merknad` vises i stedet for stolpen når poeng mangler."""

    navn: str
    poeng: float | None
    mal: int
    merknad: str
    gruppe: str


def _tekst(
    x: float,
    y: float,
    s: str,
    *,
    storrelse: float = MINSTE_DIAGRAMSKRIFT,
    font: str = VANLIG,
    anker: str = "start",
    farge: colors.Color = colors.black,
) -> String:
    return String(x, y, s, fontName=font, fontSize=storrelse, textAnchor=anker, fillColor=farge)


def _markor_sirkel(x: float, y: float) -> Circle:
    return Circle(x, y, 2.6, fillColor=MARINE, strokeColor=colors.white, strokeWidth=0.6)


def _markor_firkant(x: float, y: float) -> Rect:
    return Rect(x - 2.4, y - 2.4, 4.8, 4.8, fillColor=colors.white, strokeColor=MAL_FARGE, strokeWidth=1.1)


def _forklaring(d: Drawing, x: float, y: float, na: str, mal: str) -> None:
    """Tegnforklaring: heltrukken linje med runde punkter for nå, stiplet med firkanter for mål."""
    d.add(Line(x, y + 3, x + 20, y + 3, strokeColor=MARINE, strokeWidth=1.6))
    d.add(_markor_sirkel(x + 10, y + 3))
    d.add(_tekst(x + 25, y, na))
    x2 = x + 32 + bredde(na, VANLIG, MINSTE_DIAGRAMSKRIFT)
    d.add(Line(x2, y + 3, x2 + 20, y + 3, strokeColor=MAL_FARGE, strokeWidth=1.3, strokeDashArray=_STIPLET))
    d.add(_markor_firkant(x2 + 10, y + 3))
    d.add(_tekst(x2 + 25, y, mal))


def radar(akser: Sequence[Akse], na: str, mal: str, *, bredde_pt: float = 312, hoyde_pt: float = 262) -> Diagram:
    """Radar med fast skala 0–4, ringer merket 0–4, navn utenfor, og tegnforklaring nederst."""
    registrer()
    d = Diagram(bredde_pt, hoyde_pt, initialFontName=VANLIG)  # ikke Helvetica
    n = len(akser)
    if n < 3:
        raise ValueError("En radar trenger minst tre akser.")
    r = 78.0
    cx, cy = bredde_pt / 2, 28 + 34 + r  # plass til forklaring og navn under
    vinkler = [math.pi / 2 - 2 * math.pi * i / n for i in range(n)]

    def punkt(i: int, verdi: float) -> tuple[float, float]:
        return cx + math.cos(vinkler[i]) * r * verdi / MAKS, cy + math.sin(vinkler[i]) * r * verdi / MAKS

    for ring in range(1, MAKS + 1):
        pts = [c for i in range(n) for c in punkt(i, ring)]
        d.add(Polygon(pts, fillColor=None, strokeColor=GRA_LINJE, strokeWidth=0.8 if ring == MAKS else 0.5))
    for i in range(n):
        d.add(Line(cx, cy, *punkt(i, MAKS), strokeColor=GRA_LINJE, strokeWidth=0.5))
    for ring in range(MAKS + 1):
        x, y = punkt(0, ring)
        d.add(_tekst(x - 8, y + 2, str(ring), anker="end", farge=GRA_TEKST))  # klar av målmarkøren

    # Mål: stiplet, firkanter. Nå: heltrukken, runde punkter; linjer bare mellom naboakser med poeng.
    mal_pts = [c for i, a in enumerate(akser) for c in punkt(i, a.mal)]
    d.add(Polygon(mal_pts, fillColor=None, strokeColor=MAL_FARGE, strokeWidth=1.3, strokeDashArray=_STIPLET))
    if all(a.poeng is not None for a in akser):
        pts = [c for i, a in enumerate(akser) for c in punkt(i, a.poeng or 0.0)]
        d.add(Polygon(pts, fillColor=MARINE, fillOpacity=0.12, strokeColor=MARINE, strokeWidth=1.6))
    else:
        for i, a in enumerate(akser):
            b = akser[(i + 1) % n]
            if a.poeng is not None and b.poeng is not None:
                d.add(PolyLine([*punkt(i, a.poeng), *punkt((i + 1) % n, b.poeng)], strokeColor=MARINE, strokeWidth=1.6))
    for i, a in enumerate(akser):
        d.add(_markor_firkant(*punkt(i, a.mal)))
    for i, a in enumerate(akser):
        if a.poeng is not None:
            d.add(_markor_sirkel(*punkt(i, a.poeng)))

    for i, a in enumerate(akser):
        _aksenavn(d, a, vinkler[i], cx, cy, r, mal)
    _forklaring(d, 4, 4, na, mal)
    return d


def _aksenavn(d: Drawing, a: Akse, vinkel: float, cx: float, cy: float, r: float, mal: str) -> None:
    """Navnet (brutt over linjer) og verdien utenfor aksens ende."""
    dx, dy = math.cos(vinkel), math.sin(vinkel)
    sidebredde = max(40.0, min(cx - r - 12, 150.0))
    linjer = simpleSplit(en_linje(a.navn), FET, MINSTE_DIAGRAMSKRIFT, sidebredde if abs(dx) > 0.3 else 2 * sidebredde)[
        :3
    ]
    linjer.append(f"{tall(a.poeng)} · {mal.lower()} {a.mal}")
    hoyde = 9.5 * len(linjer)
    if abs(dx) <= 0.3:  # topp eller bunn
        anker = "middle"
        x = cx + dx * (r + 8)
        topp = cy + r + 8 + hoyde - 7 if dy > 0 else cy - r - 15
    else:
        anker = "start" if dx > 0 else "end"
        x = cx + dx * (r + 8)
        topp = cy + dy * r + hoyde / 2 - 7
    for j, linje in enumerate(linjer):
        siste = j == len(linjer) - 1
        d.add(
            _tekst(
                x,
                topp - 9.5 * j,
                linje,
                font=VANLIG if siste else FET,
                anker=anker,
                farge=GRA_TEKST if siste else colors.black,
            )
        )


def stolper(rader: Sequence[Stolpe], poeng: str, mal: str, *, bredde_pt: float = 318) -> Diagram:
    """Liggende stolper for hver modul på skalaen 0–4, med målet som svart strek."""
    registrer()
    storrelse = MINSTE_DIAGRAMSKRIFT
    etikett = min(max((bredde(en_linje(s.navn), VANLIG, storrelse) for s in rader), default=40.0), 150.0)
    x0 = etikett + 6
    plot = bredde_pt - x0 - 30  # plass til tallkolonnen
    radhoyde, stolpehoyde, gruppeluft = 13.5, 8.0, 6.0
    grupper = sum(1 for i, s in enumerate(rader) if i and s.gruppe != rader[i - 1].gruppe)
    hoyde_pt = 18 + 16 + len(rader) * radhoyde + grupper * gruppeluft + 6
    d = Diagram(bredde_pt, hoyde_pt, initialFontName=VANLIG)  # ikke Helvetica
    topp = hoyde_pt - 16
    bunn = topp - len(rader) * radhoyde - grupper * gruppeluft

    for verdi in range(MAKS + 1):
        x = x0 + plot * verdi / MAKS
        d.add(Line(x, bunn, x, topp, strokeColor=GRA_LINJE, strokeWidth=0.8 if verdi == 0 else 0.4))
        d.add(_tekst(x, topp + 4, str(verdi), anker="middle", farge=GRA_TEKST))

    y = topp
    for i, s in enumerate(rader):
        if i and s.gruppe != rader[i - 1].gruppe:
            y -= gruppeluft
            d.add(Line(0, y + gruppeluft / 2, bredde_pt, y + gruppeluft / 2, strokeColor=GRA_LINJE, strokeWidth=0.4))
        y -= radhoyde
        midt = y + radhoyde / 2
        d.add(_tekst(etikett, midt - 2.6, kutt(en_linje(s.navn), VANLIG, storrelse, etikett), anker="end"))
        if s.poeng is None:
            d.add(_tekst(x0 + 3, midt - 2.6, en_linje(s.merknad), font=KURSIV, farge=GRA_TEKST))
            continue
        lengde = plot * max(0.0, min(s.poeng, MAKS)) / MAKS
        d.add(Rect(x0, midt - stolpehoyde / 2, lengde, stolpehoyde, fillColor=MARINE, strokeColor=None))
        d.add(_tekst(bredde_pt, midt - 2.6, tall(s.poeng), font=FET, anker="end"))  # egen kolonne til høyre
        xm = x0 + plot * s.mal / MAKS
        d.add(
            Line(
                xm, midt - stolpehoyde / 2 - 2, xm, midt + stolpehoyde / 2 + 2, strokeColor=colors.black, strokeWidth=2
            )
        )

    # Tegnforklaring
    d.add(Rect(x0, 3, 14, 7, fillColor=MARINE, strokeColor=None))
    d.add(_tekst(x0 + 18, 4, poeng))
    xm = x0 + 30 + bredde(poeng, VANLIG, storrelse)
    d.add(Line(xm, 1, xm, 12, strokeColor=colors.black, strokeWidth=2))
    d.add(_tekst(xm + 5, 4, mal))
    return d
