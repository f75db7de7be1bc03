"""Små diagrammer side om side: én rute per modul (og samlet) med poengene runde for runde.

Fast skala 0–4 i hver rute, så rutene kan sammenlignes. Poengene står som tall ved hvert
punkt, linjen er heltrukken med fylte runde markører, og en runde uten poeng vises som
«–» under aksen – alt leses i gråtoner, ikke bare med farge. Alle mål regnes fra
skriftmetrikken. Beskrivelsen (accessibleDescription) gir tallene for skjermlesere; en
tabell med de samme tallene står ved siden av i utviklingssiden.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from vurdering.domene.formater import tall
from vurdering.gui.felles.ren import verktoytips

MAKS = 4


@dataclass(frozen=True, slots=True)
class Serie:
    """Én rute: navnet og poengene per runde (None: ikke med eller uten poeng)."""

    navn: str
    poeng: tuple[float | None, ...]


class Smaadiagrammer(QWidget):
    """Rutene i et rutenett som brytes etter bredden (heightForWidth)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._serier: tuple[Serie, ...] = ()
        self._runder: tuple[str, ...] = ()
        self.setAccessibleName(self.tr("Diagram: poeng per modul og runde"))
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setAutoFillBackground(True)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def sett(self, runder: Sequence[str], serier: Sequence[Serie]) -> None:
        """`runder` er etikettene under aksen (for eksempel årstallene), eldste først."""
        self._runder = tuple(runder)
        self._serier = tuple(serier)
        self.setAccessibleDescription(self.beskrivelse())
        self.setToolTip(verktoytips(self.beskrivelse()))
        self.updateGeometry()
        self.update()

    def beskrivelse(self) -> str:
        if not self._serier:
            return self.tr("Ingen moduler å vise.")
        deler = []
        for s in self._serier:
            verdier = ", ".join(f"{r}: {tall(p)}" for r, p in zip(self._runder, s.poeng, strict=True))
            deler.append(f"{s.navn} – {verdier}")
        return self.tr("Poeng 0–4 per runde. ") + "; ".join(deler) + "."

    # --- geometri ---------------------------------------------------------------------------

    def _em(self) -> int:
        return max(1, self.fontMetrics().height())

    def _rute(self) -> QSize:
        em = self._em()
        fm = self.fontMetrics()
        bredde = max(em * 13, fm.horizontalAdvance("00.00.00") * max(2, len(self._runder)) + em * 3)
        return QSize(bredde, em * 10)

    def _kolonner(self, bredde: int) -> int:
        return max(1, bredde // (self._rute().width() + self._em()))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, bredde: int) -> int:
        rader = -(-len(self._serier) // self._kolonner(bredde)) if self._serier else 1
        return rader * (self._rute().height() + self._em())

    def sizeHint(self) -> QSize:
        b = (self._rute().width() + self._em()) * 4
        return QSize(b, self.heightForWidth(b))

    def minimumSizeHint(self) -> QSize:
        b = self._rute().width() + self._em()
        return QSize(b, self._rute().height())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.LanguageChange):
            self.updateGeometry()
            self.update()
        super().changeEvent(event)

    # --- tegning ------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        palett = self.palette()
        tekst = palett.color(QPalette.ColorRole.WindowText)
        linje = palett.color(QPalette.ColorRole.Text)
        rutenett = palett.color(QPalette.ColorRole.Mid)
        em = self._em()
        rute = self._rute()
        kolonner = self._kolonner(self.width())
        for nr, serie in enumerate(self._serier):
            x = (nr % kolonner) * (rute.width() + em)
            y = (nr // kolonner) * (rute.height() + em)
            self._tegn(p, QRectF(x, y, rute.width(), rute.height()), serie, tekst, linje, rutenett)
        p.end()

    def _tegn(self, p: QPainter, r: QRectF, serie: Serie, tekst: QColor, linje: QColor, rutenett: QColor) -> None:
        fm: QFontMetrics = self.fontMetrics()
        em = self._em()
        p.setPen(QPen(rutenett, 1))
        p.drawRect(r.adjusted(0.5, 0.5, -0.5, -0.5))
        p.setPen(tekst)
        navn = fm.elidedText(serie.navn, Qt.TextElideMode.ElideRight, int(r.width() - em * 0.6))
        p.drawText(QPointF(r.left() + em * 0.3, r.top() + fm.ascent() + em * 0.2), navn)
        halv_etikett = max((fm.horizontalAdvance(e) for e in self._runder), default=em) / 2
        venstre = r.left() + fm.horizontalAdvance("4") + em * 0.6 + max(halv_etikett, fm.horizontalAdvance("0,0") / 2)
        hoyre = r.right() - max(halv_etikett, fm.horizontalAdvance("0,0") / 2) - em * 0.4
        topp = r.top() + em * 2.0
        bunn = r.bottom() - em * 1.6
        skala = (bunn - topp) / MAKS
        for niva in range(MAKS + 1):  # akse 0–4 med rutenett
            yy = bunn - niva * skala
            p.setPen(QPen(rutenett, 1, Qt.PenStyle.DotLine))
            p.drawLine(QPointF(venstre, yy), QPointF(hoyre, yy))
            p.setPen(tekst)
            p.drawText(QPointF(r.left() + em * 0.3, yy + fm.ascent() / 2 - fm.descent() / 2), str(niva))
        n = len(self._runder)
        steg = (hoyre - venstre) / max(1, n - 1) if n > 1 else 0.0
        punkter: list[QPointF | None] = []
        for i, (etikett, poeng) in enumerate(zip(self._runder, serie.poeng, strict=True)):
            xx = venstre + i * steg if n > 1 else (venstre + hoyre) / 2
            p.setPen(tekst)
            b = fm.horizontalAdvance(etikett)
            p.drawText(QPointF(xx - b / 2, r.bottom() - em * 0.35), etikett)
            punkter.append(None if poeng is None else QPointF(xx, bunn - poeng * skala))
            if poeng is None:
                t = "–"
                p.drawText(QPointF(xx - fm.horizontalAdvance(t) / 2, bunn - em * 0.3), t)
        p.setPen(QPen(linje, max(2.0, em / 7)))
        for a, b2 in pairwise(punkter):
            if a is not None and b2 is not None:
                p.drawLine(a, b2)
        p.setBrush(QBrush(linje))
        for punkt, poeng in zip(punkter, serie.poeng, strict=True):
            if punkt is None or poeng is None:
                continue
            p.setPen(QPen(linje, 1))
            p.drawEllipse(punkt, em * 0.22, em * 0.22)
            t = tall(poeng)
            p.setPen(tekst)
            over = punkt.y() - em * 0.35 if poeng < MAKS - 0.4 else punkt.y() + fm.ascent() + em * 0.1
            p.drawText(QPointF(punkt.x() - fm.horizontalAdvance(t) / 2, over), t)
        p.setBrush(Qt.BrushStyle.NoBrush)
