"""Programmets Qt-stil: Fusion, med pilene i trær og innrykket som følger tekststørrelsen.

Fusion tegner pilene i et tre (sidelisten i veiviseren) i fast størrelse, så ved 200 % tekst
blir de små prikker ved siden av store bokstaver. Her tegnes pilen som en trekant med
høyde etter skriftens høyde, og innrykket i trær følger skriften (WCAG 1.4.4).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtGui import QPainter, QPalette, QPolygonF
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleFactory, QStyleOption, QWidget


def pilstorrelse(skrifthoyde: int) -> float:
    """Trekantens side (piksler) for en skrifthøyde: omtrent halve høyden, aldri under 8 px."""
    return max(8.0, skrifthoyde * 0.5)


def innrykk(skrifthoyde: int) -> int:
    """Innrykket per nivå i et tre: litt mer enn skrifthøyden, aldri under 20 px."""
    return max(20, round(skrifthoyde * 1.3))


class Forkantstil(QProxyStyle):
    """Fusion med skalerte grenpiler og innrykk i trær."""

    def __init__(self) -> None:
        super().__init__(QStyleFactory.create("Fusion"))

    def pixelMetric(
        self, metric: QStyle.PixelMetric, option: QStyleOption | None = None, widget: QWidget | None = None
    ) -> int:
        if metric == QStyle.PixelMetric.PM_TreeViewIndentation:
            hoyde = widget.fontMetrics().height() if widget is not None else 16
            return innrykk(hoyde)
        return int(super().pixelMetric(metric, option, widget))

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element != QStyle.PrimitiveElement.PE_IndicatorBranch or not (
            option.state & QStyle.StateFlag.State_Children
        ):
            super().drawPrimitive(element, option, painter, widget)
            return
        side = pilstorrelse(option.fontMetrics.height())
        r = option.rect
        cx, cy = r.center().x() + 0.5, r.center().y() + 0.5
        h = side / 2
        if option.state & QStyle.StateFlag.State_Open:  # ned
            punkter = [QPointF(cx - h, cy - h / 2), QPointF(cx + h, cy - h / 2), QPointF(cx, cy + h / 2 + 1)]
        else:  # høyre
            punkter = [QPointF(cx - h / 2, cy - h), QPointF(cx - h / 2, cy + h), QPointF(cx + h / 2 + 1, cy)]
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        farge = option.palette.color(QPalette.ColorRole.Text)
        painter.setPen(farge)
        painter.setBrush(farge)
        painter.drawPolygon(QPolygonF(punkter))
        painter.restore()
