"""Stolpediagram over stemmefordelingen, tegnet for prosjektoren.

Hvit tekst og hvite stolper på svart; stolpen for medianen er gul med skravering og
merket «median» under, så den skiller seg ut også i gråtoner. Spennet (laveste til
høyeste nivå med stemmer) vises som en klamme under nivåene. Alle mål regnes fra
høyden, så diagrammet leses like godt i 720p som i 4K. Uten data tegnes ingenting.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from vurdering.domene.samling import konsensus

SVART = QColor("#000000")
HVIT = QColor("#ffffff")
GUL = QColor("#ffd400")
GRA = QColor("#d0d0d0")


class Stemmediagram(QWidget):
    """Fordelingen av stemmer på nivå 0–4 som stolper. `sett_fordeling(None)` tømmer diagrammet."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fordeling: tuple[int, ...] | None = None
        self._navn: list[str] = [str(n) for n in range(5)]
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Stemmefordeling"))
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    @property
    def fordeling(self) -> tuple[int, ...] | None:
        return self._fordeling

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

    def paintEvent(self, _e: QPaintEvent) -> None:
        p = QPainter(self)
        p.fillRect(self.rect(), SVART)
        if self._fordeling is None or len(self._fordeling) != 5:
            p.end()
            return
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        b, h = float(self.width()), float(self.height())
        k = konsensus(self._fordeling)
        stor = _skrift(max(14.0, h * 0.075), fet=True)
        liten = _skrift(max(12.0, h * 0.042), fet=False)
        luft = h * 0.02
        tekst_h = stor.pixelSize() * 1.25
        navn_h = liten.pixelSize() * 2.6  # to linjer nivånavn
        klamme_h = liten.pixelSize() * 2.2
        median_h = liten.pixelSize() * 1.4
        bunn = h - klamme_h - median_h - navn_h - tekst_h - luft
        topp = tekst_h + luft
        felt = b / 5
        stolpe_b = felt * 0.62
        maks = max(max(self._fordeling), 1)
        for n, antall in enumerate(self._fordeling):
            x = felt * n + (felt - stolpe_b) / 2
            hoyde = (bunn - topp) * antall / maks
            rekt = QRectF(x, bunn - hoyde, stolpe_b, hoyde)
            er_median = k.median == n
            if antall:
                p.fillRect(rekt, GUL if er_median else HVIT)
                if er_median:
                    p.fillRect(rekt, QBrush(SVART, Qt.BrushStyle.BDiagPattern))
            # antallet over stolpen
            p.setFont(stor)
            p.setPen(HVIT)
            p.drawText(
                QRectF(felt * n, bunn - hoyde - tekst_h, felt, tekst_h), Qt.AlignmentFlag.AlignCenter, str(antall)
            )
            # nivåtallet og navnet under grunnlinjen
            p.drawText(QRectF(felt * n, bunn + luft / 2, felt, tekst_h), Qt.AlignmentFlag.AlignCenter, str(n))
            p.setFont(liten)
            p.setPen(GRA)
            p.drawText(
                QRectF(felt * n + 4, bunn + luft / 2 + tekst_h, felt - 8, navn_h),
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap),
                self._navn[n] if n < len(self._navn) else "",
            )
            if er_median:
                p.setPen(GUL)
                p.setFont(_skrift(liten.pixelSize(), fet=True))
                p.drawText(
                    QRectF(felt * n, bunn + luft / 2 + tekst_h + navn_h, felt, median_h),
                    Qt.AlignmentFlag.AlignCenter,
                    self.tr("▲ median"),
                )
        # grunnlinjen
        p.setPen(QPen(HVIT, max(2.0, h * 0.004)))
        p.drawLine(QPointF(0, bunn), QPointF(b, bunn))
        # spennet som en klamme fra laveste til høyeste nivå med stemmer
        if k.laveste is not None and k.hoyeste is not None:
            y = h - klamme_h * 0.75
            x1 = felt * k.laveste + felt / 2
            x2 = felt * k.hoyeste + felt / 2
            farge = GUL if k.uenighet else HVIT
            p.setPen(QPen(farge, max(3.0, h * 0.006)))
            hake = klamme_h * 0.25
            if x2 > x1:
                p.drawLine(QPointF(x1, y), QPointF(x2, y))
            p.drawLine(QPointF(x1, y - hake), QPointF(x1, y + hake))
            p.drawLine(QPointF(x2, y - hake), QPointF(x2, y + hake))
        p.end()


def _skrift(piksler: float, fet: bool) -> QFont:
    f = QFont()
    f.setPixelSize(max(1, round(piksler)))
    f.setBold(fet)
    return f
