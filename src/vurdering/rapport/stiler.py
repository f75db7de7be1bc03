"""Farger, avsnittsstiler og tabeller for PDF-rapportene.

Fargene er valgt så de skilles også i gråtoneutskrift, og tekst på farget bunn har minst
4,5:1 kontrast. Overskrifter holdes sammen med det som følger (`keepWithNext`), så en
overskrift aldri står alene nederst på en side.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import TypeAlias
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from vurdering.rapport.fonter import FET, KURSIV, VANLIG, registrer
from vurdering.rapport.rens import biter, escape_vasket, rens

MARINE = colors.HexColor("#1F3A5F")  # hovedfarge: poeng, overskrifter
MAL_FARGE = colors.HexColor("#1A1A1A")  # mål: stiplet linje i tekstfargen, slik vinduet tegner det
GRA_TEKST = colors.HexColor("#444444")
GRA_LINJE = colors.HexColor("#9AA3AD")
LYS = colors.HexColor("#E8EDF3")  # tabellhode
LYSERE = colors.HexColor("#F5F7FA")  # annenhver rad
VARSEL_BUNN = colors.HexColor("#FFF4D6")
VARSEL_KANT = colors.HexColor("#8A6D00")

SIDEBREDDE_INNHOLD = 170 * mm  # A4 minus 20 mm marg på hver side

#: Innholdet i en tabellcelle: ett avsnitt, flere avsnitt eller tom tekst.
Celle: TypeAlias = "Flowable | list[Flowable] | str"

#: Cellefont for alle tabeller; uten den velger ReportLab Helvetica, som ikke bygges inn.
CELLEFONT: tuple[object, ...] = ("FONT", (0, 0), (-1, -1), VANLIG, 9)

#: Minste skrift i tabeller og i diagrammer (punkter): lesbart på papir og skjerm.
MINSTE_TABELLSKRIFT = 9
MINSTE_DIAGRAMSKRIFT = 8


@cache
def stiler() -> dict[str, ParagraphStyle]:
    """Avsnittsstilene, med rapportens skrift (registreres ved første kall)."""
    registrer()
    brod = ParagraphStyle("brod", fontName=VANLIG, fontSize=9.5, leading=13, spaceAfter=4)
    s = {
        "brod": brod,
        "tett": ParagraphStyle("tett", parent=brod, spaceAfter=1, keepWithNext=1),  # nøkkeltall under overskrift
        "liten": ParagraphStyle("liten", parent=brod, fontSize=9, leading=11.4, spaceAfter=0),
        "liten_kursiv": ParagraphStyle(
            "liten_kursiv", parent=brod, fontName=KURSIV, fontSize=9, leading=11.4, spaceAfter=0
        ),
        "liten_fet": ParagraphStyle("liten_fet", parent=brod, fontName=FET, fontSize=9, leading=11.4, spaceAfter=0),
        "hode": ParagraphStyle("hode", parent=brod, fontName=FET, fontSize=9, leading=11.4, spaceAfter=0),
        "hode_midt": ParagraphStyle(
            "hode_midt", parent=brod, fontName=FET, fontSize=9, leading=11.4, spaceAfter=0, alignment=TA_CENTER
        ),
        "h1": ParagraphStyle(
            "h1",
            parent=brod,
            fontName=FET,
            fontSize=16,
            leading=20,
            textColor=MARINE,
            spaceBefore=4,
            spaceAfter=8,
            keepWithNext=1,
        ),
        "h3": ParagraphStyle(
            "h3",
            parent=brod,
            fontName=FET,
            fontSize=10.5,
            leading=13,
            textColor=MARINE,
            spaceBefore=6,
            spaceAfter=2,
            keepWithNext=1,
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=brod,
            fontName=FET,
            fontSize=12,
            leading=15,
            textColor=MARINE,
            spaceBefore=10,
            spaceAfter=4,
            keepWithNext=1,
        ),
        "tittel": ParagraphStyle(
            "tittel", parent=brod, fontName=FET, fontSize=26, leading=31, textColor=MARINE, spaceAfter=6
        ),
        "forside_enhet": ParagraphStyle(
            "forside_enhet", parent=brod, fontName=FET, fontSize=16, leading=20, textColor=MARINE, spaceAfter=8
        ),
        "undertittel": ParagraphStyle(
            "undertittel", parent=brod, fontSize=14, leading=18, textColor=GRA_TEKST, spaceAfter=18
        ),
        "stort_tall": ParagraphStyle(
            "stort_tall", parent=brod, fontName=FET, fontSize=24, leading=29, textColor=MARINE, spaceAfter=2
        ),
        "sitat": ParagraphStyle(
            "sitat",
            parent=brod,
            fontName=KURSIV,
            fontSize=12,
            leading=17,
            leftIndent=10 * mm,
            rightIndent=10 * mm,
            spaceBefore=6,
            spaceAfter=6,
        ),
        "merknad": ParagraphStyle("merknad", parent=brod, textColor=GRA_TEKST),
        "undertekst": ParagraphStyle(
            "undertekst", parent=brod, fontSize=9, leading=11.5, textColor=GRA_TEKST, spaceAfter=3, keepWithNext=1
        ),
        "varsel": ParagraphStyle(
            "varsel",
            parent=brod,
            fontName=FET,
            backColor=VARSEL_BUNN,
            borderColor=VARSEL_KANT,
            borderWidth=0.8,
            borderPadding=(4, 6, 4, 6),
            spaceBefore=6,
            spaceAfter=10,
        ),
        "merking": ParagraphStyle(
            "merking",
            parent=brod,
            fontName=FET,
            fontSize=13,
            leading=17,
            alignment=TA_CENTER,
            borderColor=colors.black,
            borderWidth=1,
            borderPadding=6,
            spaceBefore=14,
        ),
        "midt": ParagraphStyle("midt", parent=brod, fontSize=9, leading=11.4, alignment=TA_CENTER, spaceAfter=0),
        "hoyre": ParagraphStyle("hoyre", parent=brod, fontSize=9, leading=11.4, alignment=TA_RIGHT, spaceAfter=0),
    }
    return s


class _Avsnitt(Paragraph):  # type: ignore[misc]  # ReportLab har ingen typer
    """Paragraph som husker linjebruddene for en bredde.

    En tabell som deles over sider, måler cellene sine på nytt for hver side; uten
    hukommelse blir en lang kommentar brutt om igjen hver gang.
    """

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if getattr(self, "_brutt_for", None) == availWidth and hasattr(self, "blPara"):  # split() kan slette den
            return self.width, self.height
        bredde, hoyde = super().wrap(availWidth, availHeight)
        self._brutt_for = availWidth
        return bredde, hoyde


def avsnitt(markering: str, stil: str = "brod") -> Paragraph:
    """Et avsnitt av ferdig escapet markering (se `rens.markering`)."""
    return _Avsnitt(markering, stiler()[stil])


def brukertekst(tekst: str | None, stil: str = "brod", *, etikett: str = "") -> list[Flowable]:
    """Brukertekst som ett eller flere avsnitt (lang tekst i stykker, se `rens.biter`).

    Teksten vaskes og escapes her; `etikett` er en fast tekst som settes i fet foran.
    """
    ut: list[Flowable] = []
    for i, bit in enumerate(biter(rens(tekst))):
        markering = escape_vasket(bit)
        if i == 0 and etikett:
            markering = f"<b>{escape(etikett)}</b> {markering}"
        ut.append(avsnitt(markering, stil))
    return ut


def punkt(markering: str, stil: str = "brod") -> Paragraph:
    """Et kulepunkt med hengende innrykk."""
    grunn = stiler()[stil]
    innrykket = ParagraphStyle(
        f"{stil}_punkt",
        parent=grunn,
        leftIndent=grunn.fontSize * 1.2,
        bulletIndent=0,
        bulletFontName=grunn.fontName,
        bulletFontSize=grunn.fontSize,
    )
    return Paragraph(markering, innrykket, bulletText="•")


def tabell(
    rader: Sequence[Sequence[Celle]],
    bredder: Sequence[float],
    *,
    hode: bool = True,
    ekstra: Sequence[tuple[object, ...]] = (),
    tett: bool = False,
) -> Table:
    """En tabell som deles over sider: hodet gjentas, og en rad høyere enn en side deles inni raden.

    `tett` gir mindre luft over og under hver rad (lederoppsummeringen)."""
    stil: list[tuple[object, ...]] = [
        CELLEFONT,
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 1 if tett else 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5 if tett else 3),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, GRA_LINJE),
        ("ROWBACKGROUNDS", (0, 1 if hode else 0), (-1, -1), [colors.white, LYSERE]),
    ]
    if hode:
        stil += [("BACKGROUND", (0, 0), (-1, 0), LYS), ("LINEBELOW", (0, 0), (-1, 0), 0.8, MARINE)]
    t = Table(
        [list(r) for r in rader],
        colWidths=list(bredder),
        repeatRows=1 if hode else 0,
        splitByRow=1,
        splitInRow=1,  # en rad som ikke får plass, deles inni raden i stedet for å stoppe rapporten
        hAlign="LEFT",
    )
    t.setStyle(TableStyle([*stil, *ekstra]))
    return t
