"""Stemmefordelingen som liggende stolper, én ved hvert nivå på prosjektoren.

Diagrammet står i en smal kolonne til høyre for nivåbeskrivelsene, og hver stolpe står på
høyde med sitt nivå (`sett_rader`), så salen leser antallet ved beskrivelsen det gjelder.
Hvit tekst og hvite stolper på svart; stolpen for medianen er gul med skravering, så den
skiller seg ut også i gråtoner. Spennet (laveste til høyeste nivå med stemmer) er en
loddrett klamme ytterst til høyre, gul ved uenighet. Uten data tegnes ingenting.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from vurdering.domene.samling import konsensus

SVART = QColor("#000000")
HVIT = QColor("#ffffff")
GUL = QColor("#ffd400")


class Stemmediagram(QWidget):
    """Fordelingen av stemmer på nivå 0–4 som stolper. `sett_fordeling(None)` tømmer diagrammet."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fordeling: tuple[int, ...] | None = None
        self._navn: list[str] = [str(n) for n in range(5)]
        self._rader: list[QRect] = []
        self._linje_h = 20
        self._skrift_px = 16
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Stemmefordeling"))
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    @property
    def fordeling(self) -> tuple[int, ...] | None:
        return self._fordeling

    def sett_rader(self, rader: Sequence[QRect], linje_h: int, skrift_px: int) -> None:
        """Nivåradene (y og høyde i diagrammets koordinater), første linjes høyde og brødskriften."""
        self._rader = list(rader)
        self._linje_h = linje_h
        self._skrift_px = skrift_px
        self.update()

    def sett_fordeling(self, fordeling: Sequence[int] | None, nivanavn: Sequence[str] | None = None) -> None:
        self._fordeling = None if fordeling is None else tuple(fordeling)
        if nivanavn is not None:
            self._navn = list(nivanavn)
        if self._fordeling is None:
            self.setAccessibleDescription("")
        else:
            deler = [
                self.tr("nivå %1: %2").replace("%1", str(n)).replace("%2", str(c))
                for n, c in enumerate(self._fordeling)
            ]
            self.setAccessibleDescription(self.tr("Stemmer per nivå: ") + ", ".join(deler))
        self.update()

    def _midt(self, n: int) -> float:
        """Midten av første linje i nivårad `n`."""
        return self._rader[n].top() + self._linje_h / 2

    def paintEvent(self, _e: QPaintEvent) -> None:
        p = QPainter(self)
        p.fillRect(self.rect(), SVART)
        if self._fordeling is None or len(self._fordeling) != 5 or len(self._rader) != 5:
            p.end()
            return
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        s = self._skrift_px
        b = float(self.width())
        k = konsensus(self._fordeling)
        tall = _skrift(s * 1.35, fet=True)
        tall_b = s * 1.9
        klamme_b = s * 0.9
        stolpe_x = tall_b + s * 0.3
        stolpe_maks = max(1.0, b - stolpe_x - klamme_b - s * 0.3)
        stolpe_h = self._linje_h * 0.8
        maks = max(max(self._fordeling), 1)
        p.setFont(tall)
        for n, antall in enumerate(self._fordeling):
            midt = self._midt(n)
            er_median = k.median == n
            p.setPen(GUL if er_median else HVIT)
            p.drawText(
                QRectF(0, midt - tall.pixelSize(), tall_b, tall.pixelSize() * 2),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                str(antall),
            )
            if antall:
                rekt = QRectF(stolpe_x, midt - stolpe_h / 2, stolpe_maks * antall / maks, stolpe_h)
                p.fillRect(rekt, GUL if er_median else HVIT)
                if er_median:
                    p.fillRect(rekt, QBrush(SVART, Qt.BrushStyle.BDiagPattern))
        # grunnlinjen stolpene går ut fra
        p.setPen(QPen(HVIT, max(2.0, s * 0.08)))
        p.drawLine(QPointF(stolpe_x, self._midt(0) - stolpe_h), QPointF(stolpe_x, self._midt(4) + stolpe_h))
        # spennet som en klamme fra laveste til høyeste nivå med stemmer
        if k.laveste is not None and k.hoyeste is not None:
            x = b - klamme_b / 2
            y1, y2 = self._midt(k.laveste), self._midt(k.hoyeste)
            p.setPen(QPen(GUL if k.uenighet else HVIT, max(3.0, s * 0.12)))
            hake = klamme_b * 0.4
            if y2 > y1:
                p.drawLine(QPointF(x, y1), QPointF(x, y2))
            p.drawLine(QPointF(x - hake, y1), QPointF(x, y1))
            p.drawLine(QPointF(x - hake, y2), QPointF(x, y2))
        p.end()


def _skrift(piksler: float, fet: bool) -> QFont:
    f = QFont()
    f.setPixelSize(max(1, round(piksler)))
    f.setBold(fet)
    return f
