"""Prosjektorens mål: skriftstørrelser, tekstmåling og hvor alt står for én grunnstørrelse.

`Prosjektorvindu` (`prosjektor.py`) velger grunnstørrelsen med binærsøk over `lag_oppsett` og
tegner etter den; her står bare målingen, uten vinduet.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QTextDocument

MIN_PIKSEL = 16
# Påstanden og nivåene er minst så stor en del av vinduets høyde (bakerste rad).
MIN_ANDEL_AV_HOYDEN = 1 / 30
TITTEL = 1.3  # tittelen i forhold til brødteksten
NIVATALL = 1.35
BAKGRUNN = "#000000"
TEKST = "#ffffff"
DEMPET = "#d9d9d9"  # 14:1 mot svart
UTHEVET = "#ffd400"  # 14:1 mot svart


def minste_skrift(hoyde: int) -> int:
    """Minste grunnstørrelse (piksler) for påstand og nivåer i et vindu `hoyde` piksler høyt."""
    return max(MIN_PIKSEL, math.ceil(hoyde * MIN_ANDEL_AV_HOYDEN))


def lag_skrift(piksler: float, fet: bool = False) -> QFont:
    f = QFont()
    f.setPixelSize(max(1, round(piksler)))
    f.setBold(fet)
    return f


def tekst_hoyde(tekst: str, skrift: QFont, bredde: int) -> int:
    """Høyden ren tekst trenger i bredden, med ordbryting."""
    if bredde <= 0:
        return 10**6
    fm = QFontMetrics(skrift)
    return fm.boundingRect(QRect(0, 0, bredde, 10**6), int(Qt.TextFlag.TextWordWrap), tekst).height()


def rik_hoyde(doc: QTextDocument, skrift: QFont, bredde: int) -> int:
    """Høyden en QLabel med rik tekst trenger (samme tekstmotor som etiketten).

    Dokumentet tolkes én gang per indikator; hvert forsøk i binærsøket bytter bare skrift og bredde.
    """
    if bredde <= 0:
        return 10**6
    doc.setDefaultFont(skrift)
    doc.setTextWidth(bredde)
    return math.ceil(doc.size().height())


def lag_dokument(html_tekst: str) -> QTextDocument:
    doc = QTextDocument()
    doc.setDocumentMargin(0)
    doc.setHtml(html_tekst)
    return doc


@dataclass
class Oppsett:
    """Hvor alt står for én grunnstørrelse `s`; det samme om fordelingen er vist eller ikke."""

    s: int
    topp_h: int = 0
    tittel: QRect = field(default_factory=QRect)
    pastand: QRect = field(default_factory=QRect)
    tall: list[QRect] = field(default_factory=list)
    tekst: list[QRect] = field(default_factory=list)
    rader: list[QRect] = field(default_factory=list)  # hele raden for hvert nivå (markering)
    skille: list[int] = field(default_factory=list)
    kolonne: QRect = field(default_factory=QRect)  # stolpene, til høyre for nivåene
    sammendrag: QRect = field(default_factory=QRect)  # linjen under nivåene
    bunn: int = 0


def lag_oppsett(s: int, b: int, m: int, tittel: str, pastand: str, dokumenter: Sequence[QTextDocument]) -> Oppsett:
    """Plasseringen av alt med grunnstørrelse `s` i et vindu `b` piksler bredt med marg `m`.

    Plassen til fordelingen (kolonnen til høyre og linjen under nivåene) holdes alltid av.
    """
    bredde = b - 2 * m
    bredde = b - 2 * m
    o = Oppsett(s)
    o.topp_h = round(s * 1.25)
    y = m + o.topp_h + round(s * 0.25)
    th = tekst_hoyde(tittel, lag_skrift(s * TITTEL, True), bredde)
    o.tittel = QRect(m, y, bredde, th)
    y += th + round(s * 0.3)
    ph = tekst_hoyde(pastand, lag_skrift(s), bredde)
    o.pastand = QRect(m, y, bredde, ph)
    y += ph + round(s * 0.5)

    tall_b = round(s * 1.7)
    kolonne_b = round(s * 6.5)
    luft = round(s * 0.6)
    tekst_b = bredde - tall_b - luft - kolonne_b
    tall_h = QFontMetrics(lag_skrift(s * NIVATALL, True)).height()
    nivaer_topp = y
    mellom = round(s * 0.4)
    for n in range(5):
        rh = max(tall_h, rik_hoyde(dokumenter[n], lag_skrift(s), tekst_b))
        o.tall.append(QRect(m, y - round(s * 0.12), tall_b, tall_h))
        o.tekst.append(QRect(m + tall_b, y, tekst_b, rh))
        o.rader.append(QRect(m, y, bredde, rh))
        y += rh
        if n < 4:
            o.skille.append(y + mellom // 2)
            y += mellom
    o.kolonne = QRect(b - m - kolonne_b, nivaer_topp, kolonne_b, y - nivaer_topp)
    y += round(s * 0.4)
    o.sammendrag = QRect(m, y, bredde, round(s * 1.5))
    o.bunn = o.sammendrag.bottom() + 1
    return o
