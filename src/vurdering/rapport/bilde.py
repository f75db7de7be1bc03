"""Rapportens diagrammer som PNG, til Word-rapporten.

ReportLabs egen PNG-tegner (renderPM) trenger en tilleggsmodul (rlPyCairo) som ikke følger
med; diagrammene bruker bare linjer, flater, sirkler og tekst, så de tegnes her med Pillow
(som ReportLab selv avhenger av) og de samme skriftfilene som PDF-en. Ingen nettverk, ingen
systemskrifter.
"""

from __future__ import annotations

import io
import math
from collections.abc import Sequence
from functools import cache
from itertools import pairwise

from PIL import Image, ImageDraw, ImageFont
from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Polygon, PolyLine, Rect, String
from reportlab.lib import colors

from vurdering.plattform import ressursfiler
from vurdering.rapport.fonter import VANLIG, filnavn

Punkt = tuple[float, float]
RGBA = tuple[int, int, int, int]


@cache
def _font(navn: str, storrelse_px: int) -> ImageFont.FreeTypeFont:
    fil = filnavn(navn)
    return ImageFont.truetype(str(ressursfiler.sti("fonter", fil)), storrelse_px)


def _farge(c: colors.Color | None, dekning: float = 1.0) -> RGBA | None:
    if c is None:
        return None
    r, g, b = (round(255 * x) for x in (c.red, c.green, c.blue))
    return r, g, b, round(255 * dekning * getattr(c, "alpha", 1.0))


def _stiplet(pts: Sequence[Punkt], monster: Sequence[float]) -> list[tuple[Punkt, Punkt]]:
    """Linjestykkene til en stiplet linje gjennom `pts` (mønster: strek, luft, … i samme enhet)."""
    biter: list[tuple[Punkt, Punkt]] = []
    i, igjen, tegn = 0, monster[0], True
    for (x0, y0), (x1, y1) in pairwise(pts):
        lengde = math.hypot(x1 - x0, y1 - y0)
        pos = 0.0
        while pos < lengde:
            steg = min(igjen, lengde - pos)
            if tegn and lengde:
                a, b = pos / lengde, (pos + steg) / lengde
                biter.append(((x0 + (x1 - x0) * a, y0 + (y1 - y0) * a), (x0 + (x1 - x0) * b, y0 + (y1 - y0) * b)))
            pos += steg
            igjen -= steg
            if igjen <= 1e-9:
                i = (i + 1) % len(monster)
                igjen, tegn = monster[i], not tegn
    return biter


def png(d: Drawing, dpi: int = 200) -> bytes:
    """Tegningen som PNG med hvit bunn i `dpi` punkter per tomme."""
    skala = dpi / 72
    bredde, hoyde = math.ceil(d.width * skala), math.ceil(d.height * skala)
    bilde = Image.new("RGB", (bredde, hoyde), (255, 255, 255))
    p = ImageDraw.Draw(bilde, "RGBA")  # RGBA-tegning på RGB-bilde: gjennomsiktige flater blandes inn

    def xy(x: float, y: float) -> Punkt:
        return x * skala, hoyde - y * skala

    def tegn(form: object) -> None:
        strek = _farge(getattr(form, "strokeColor", None))
        tykkelse = max(1, round(float(getattr(form, "strokeWidth", 1) or 1) * skala))
        monster = [x * skala for x in (getattr(form, "strokeDashArray", None) or [])]
        fyll = _farge(getattr(form, "fillColor", None), float(getattr(form, "fillOpacity", None) or 1.0))

        def linjer(pts: list[Punkt]) -> None:
            if strek is None:
                return
            if monster:
                for a, b in _stiplet(pts, monster):
                    p.line([a, b], fill=strek, width=tykkelse)
            else:
                p.line(pts, fill=strek, width=tykkelse, joint="curve")

        if isinstance(form, Line):
            linjer([xy(form.x1, form.y1), xy(form.x2, form.y2)])
        elif isinstance(form, Polygon):
            pts = [xy(form.points[i], form.points[i + 1]) for i in range(0, len(form.points), 2)]
            if fyll is not None:
                p.polygon(pts, fill=fyll)
            linjer([*pts, pts[0]])
        elif isinstance(form, PolyLine):
            linjer([xy(form.points[i], form.points[i + 1]) for i in range(0, len(form.points), 2)])
        elif isinstance(form, Circle):
            (x, y), r = xy(form.cx, form.cy), form.r * skala
            p.ellipse([x - r, y - r, x + r, y + r], fill=fyll, outline=strek, width=tykkelse)
        elif isinstance(form, Rect):
            x0, y1 = xy(form.x, form.y)
            x1, y0 = xy(form.x + form.width, form.y + form.height)
            p.rectangle([x0, y0, x1, y1], fill=fyll, outline=strek, width=tykkelse if strek else 0)
        elif isinstance(form, String):
            font = _font(form.fontName or VANLIG, max(1, round(form.fontSize * skala)))
            x, y = xy(form.x, form.y)
            anker = {"start": "ls", "middle": "ms", "end": "rs"}.get(form.textAnchor, "ls")
            p.text((x, y), form.text, font=font, fill=_farge(form.fillColor) or (0, 0, 0, 255), anchor=anker)
        elif isinstance(form, Group):
            for barn in form.contents:
                tegn(barn)
            return

    for form in d.contents:
        tegn(form)
    ut = io.BytesIO()
    bilde.save(ut, format="PNG", dpi=(dpi, dpi))
    return ut.getvalue()
