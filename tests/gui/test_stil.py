"""Pilene og innrykket i trær (sidelisten) følger tekststørrelsen (WCAG 1.4.4)."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QImage, QPainter
from PySide6.QtWidgets import QApplication, QStyle, QStyleOption, QTreeWidget, QTreeWidgetItem

from vurdering.gui.felles.stil import Forkantstil
from vurdering.gui.felles.utseende import Utseende


def _pilbredde(stil: QStyle, tre: QTreeWidget, apen: bool) -> int:
    """Bredden (piksler) av pilen stilen tegner for en gren med barn."""
    bilde = QImage(200, 200, QImage.Format.Format_ARGB32)
    bilde.fill(Qt.GlobalColor.white)
    opsjon = QStyleOption()
    opsjon.initFrom(tre)
    opsjon.rect = QRect(0, 0, 200, 200)
    opsjon.state |= QStyle.StateFlag.State_Children | (
        QStyle.StateFlag.State_Open if apen else QStyle.StateFlag.State_None
    )
    maler = QPainter(bilde)
    stil.drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorBranch, opsjon, maler, tre)
    maler.end()
    xs = [x for x in range(200) for y in range(0, 200, 2) if bilde.pixelColor(x, y).lightness() < 128]
    return (max(xs) - min(xs) + 1) if xs else 0


def test_programmet_bruker_stilen(qapp: QApplication) -> None:
    Utseende(qapp)
    assert isinstance(qapp.style(), Forkantstil)


def test_pil_og_innrykk_vokser_med_skriften(qtbot: object, qapp: QApplication) -> None:
    stil = Forkantstil()
    tre = QTreeWidget()
    QTreeWidgetItem(tre, ["Modul"]).addChild(QTreeWidgetItem(["Indikator"]))
    liten, stor = QFont(tre.font()), QFont(tre.font())
    liten.setPointSizeF(10)
    stor.setPointSizeF(20)
    tre.setFont(liten)
    innrykk_lite = stil.pixelMetric(QStyle.PixelMetric.PM_TreeViewIndentation, None, tre)
    pil_liten = _pilbredde(stil, tre, apen=False)
    tre.setFont(stor)
    innrykk_stort = stil.pixelMetric(QStyle.PixelMetric.PM_TreeViewIndentation, None, tre)
    pil_stor = _pilbredde(stil, tre, apen=False)
    assert innrykk_stort > innrykk_lite
    assert pil_stor >= 1.6 * pil_liten > 0
    assert _pilbredde(stil, tre, apen=True) > 0  # åpen gren: pilen peker ned
