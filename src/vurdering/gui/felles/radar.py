"""Radardiagrammet: de strategiske temaene mot mål, én akse per tema (nivå 0–4 fra midten).

Mål og nåverdi skilles med linjetype og markører (stiplet linje med åpne kvadrater for
mål, heltrukken tykk linje med fylte sirkler for nåverdien), så diagrammet kan leses i
gråtoner. Ringtallene settes der ingen mål- eller nålinje går.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFontMetrics,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPaintEvent,
    QPalette,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from vurdering.domene.formater import tall
from vurdering.gui.felles.diagram import MAKS_NIVA, Diagramverdi, _Diagram, _farger, _tegn_forklaring, _verdi_tekst

__all__ = ["Diagramverdi", "RadarDiagram"]


def _radarpunkt(midt: QPointF, radius: float, n: int, akse: int, niva: float) -> QPointF:
    """Punktet for `niva` på aksen `akse` av `n` (første akse rett opp, med klokka)."""
    vinkel = -math.pi / 2 + 2 * math.pi * akse / n
    r = radius * niva / MAKS_NIVA
    return QPointF(midt.x() + r * math.cos(vinkel), midt.y() + r * math.sin(vinkel))


def _strek(punkter: list[QPointF], bredde: float, lukket: bool = True) -> QPainterPath:
    """Flaten en linje gjennom punktene dekker (for å finne hva et ringtall ville krysset)."""
    sti = QPainterPath()
    if punkter:
        sti.addPolygon(QPolygonF([*punkter, punkter[0]] if lukket else punkter))
    strok = QPainterPathStroker()
    strok.setWidth(bredde)
    return strok.createStroke(sti)


class RadarDiagram(_Diagram):
    """Poeng mot mål for de strategiske temaene, én akse per tema (nivå 0–4 fra midten).

    Nåværende nivå: heltrukken, tykk linje med fylte runde markører.
    Mål: stiplet linje med åpne kvadratiske markører. Forklaring under diagrammet.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Radardiagram: strategiske temaer mot mål"))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

    def beskrivelse(self) -> str:
        if not self._verdier:
            return self.tr("Ingen temaer å vise.")
        deler = [_verdi_tekst(v, self.tr("mål"), self.tr("ingen poeng")) for v in self._verdier]
        return self.tr("Nivå 0–4 per strategisk tema mot mål. ") + "; ".join(deler) + "."

    # Geometri: etikettbredde og radius i em (skrifthøyder).
    def _etikettbredde(self) -> int:
        return self.fontMetrics().horizontalAdvance("M") * 9

    def _forklaringshoyde(self) -> int:
        return self._em() * 2

    def sizeHint(self) -> QSize:
        em = self._em()
        b = self._etikettbredde()
        return QSize(2 * b + 16 * em, 16 * em + 6 * em + self._forklaringshoyde())

    def minimumSizeHint(self) -> QSize:
        em = self._em()
        b = self._etikettbredde()
        return QSize(2 * b + 8 * em, 8 * em + 6 * em + self._forklaringshoyde())

    def _etikett(self, v: Diagramverdi) -> str:
        linjer = [v.navn, tall(v.poeng)]
        if v.mal is not None:
            linjer[1] += f" ({self.tr('mål')} {v.mal})"
        if v.poeng is None and v.merknad:
            linjer.append(v.merknad)
        return "\n".join(linjer)

    def ringtall(self, midt: QPointF, radius: float, lfm: QFontMetrics) -> list[tuple[str, QRectF]]:
        """Tallene 1–4 for ringene og der de står: på ringen mellom første og andre akse, flyttet
        langs ringen (eller like utenfor/innenfor) når mål- eller nålinjen går der – aldri oppå en
        mål- eller nåmarkør eller et annet ringtall."""
        n = len(self._verdier)
        em = self._em()
        hinder = QPainterPath()
        mal = [(a, v.mal) for a, v in enumerate(self._verdier) if v.mal is not None]
        naa = [(a, v.poeng) for a, v in enumerate(self._verdier) if v.poeng is not None]
        for linjer in (mal, naa):
            punkter = [_radarpunkt(midt, radius, n, a, x) for a, x in linjer]
            hinder = hinder.united(_strek(punkter, max(2.5, em / 5), lukket=len(punkter) == n))
            for q in punkter:
                hinder.addRect(QRectF(q.x() - em * 0.4, q.y() - em * 0.4, em * 0.8, em * 0.8))
        ut: list[tuple[str, QRectF]] = []
        for niva in range(1, MAKS_NIVA + 1):
            forste, andre = _radarpunkt(midt, radius, n, 0, niva), _radarpunkt(midt, radius, n, 1, niva)
            t = str(niva)
            b, h = lfm.horizontalAdvance(t) + 4, lfm.height()
            skyv = math.hypot(b, h) / 2 + 2
            steder: list[QPointF] = []
            for forskyvning in (0.0, skyv, -skyv):  # helst på ringen, ellers like utenfor eller innenfor
                for andel in (0.5, 0.35, 0.65, 0.2, 0.8):  # helst midt på kanten, ellers nærmere en akse
                    q = forste + (andre - forste) * andel
                    retning = q - midt
                    steder.append(q + retning * (forskyvning / max(1.0, math.hypot(retning.x(), retning.y()))))
            bokser = [QRectF(k.x() - b / 2, k.y() - h / 2, b, h) for k in steder]
            valgt = next((bk for bk in bokser if not hinder.intersects(bk)), bokser[0])
            hinder.addRect(valgt)  # tallene skal ikke dekke hverandre heller
            ut.append((t, valgt))
        return ut

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        tekst, naa, rutenett = _farger(self.palette())
        fm = self.fontMetrics()
        em = self._em()
        n = len(self._verdier)
        if n < 3:
            p.setPen(tekst)
            p.drawText(
                self.rect(),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.tr("For få temaer til et radardiagram."),
            )
            p.end()
            return

        bredde = self._etikettbredde()
        etiketter = [self._etikett(v) for v in self._verdier]
        hoyder = [fm.boundingRect(QRect(0, 0, bredde, 10_000), Qt.TextFlag.TextWordWrap, t).height() for t in etiketter]
        topp = hoyder[0] + em // 2
        bunn = max(hoyder) + em // 2 + self._forklaringshoyde()
        plot = QRectF(bredde + em / 2, topp, self.width() - 2 * bredde - em, self.height() - topp - bunn)
        radius = max(em * 2.0, min(plot.width(), plot.height()) / 2)
        midt = plot.center()

        def punkt(akse: int, niva: float) -> QPointF:
            return _radarpunkt(midt, radius, n, akse, niva)

        # Ringer 0–4 og akser.
        p.setPen(QPen(rutenett, 1))
        p.setBrush(Qt.BrushStyle.NoBrush)
        for niva in range(1, MAKS_NIVA + 1):
            p.drawPolygon(QPolygonF([punkt(a, niva) for a in range(n)]))
        for a in range(n):
            p.drawLine(midt, punkt(a, MAKS_NIVA))
        liten = p.font()
        liten.setPointSizeF(max(6.0, liten.pointSizeF() * 0.85))
        ringtall = self.ringtall(midt, radius, QFontMetrics(liten))

        # Mål: stiplet linje, åpne kvadrater.
        mal = [(a, v.mal) for a, v in enumerate(self._verdier) if v.mal is not None]
        malpenn = QPen(tekst, max(1.5, em / 9), Qt.PenStyle.DashLine)
        p.setPen(malpenn)
        if len(mal) == n:
            p.drawPolygon(QPolygonF([punkt(a, m) for a, m in mal]))
        s = em * 0.35
        for a, m in mal:
            q = punkt(a, m)
            p.setPen(QPen(tekst, max(1.5, em / 10)))
            p.drawRect(QRectF(q.x() - s, q.y() - s, 2 * s, 2 * s))

        # Nåverdi: heltrukken tykk linje, fylte sirkler; brutt der et tema mangler poeng.
        fyll = QColor(naa)
        fyll.setAlpha(45)
        alle = [v.poeng for v in self._verdier]
        p.setPen(QPen(naa, max(2.5, em / 5), Qt.PenStyle.SolidLine))
        if all(x is not None for x in alle):
            p.setBrush(QBrush(fyll))
            p.drawPolygon(QPolygonF([punkt(a, x) for a, x in enumerate(alle) if x is not None]))
            p.setBrush(Qt.BrushStyle.NoBrush)
        else:
            for a in range(n):
                b = (a + 1) % n
                xa, xb = alle[a], alle[b]
                if xa is not None and xb is not None:
                    p.drawLine(punkt(a, xa), punkt(b, xb))
        p.setBrush(QBrush(naa))
        r = em * 0.3
        for a, x in enumerate(alle):
            if x is not None:
                p.drawEllipse(punkt(a, x), r, r)
        p.setBrush(Qt.BrushStyle.NoBrush)

        # Ringtallene sist, på bakgrunnsfarge, så ingen strek går gjennom et tall.
        p.setFont(liten)
        p.setPen(tekst)
        bakgrunn = self.palette().color(QPalette.ColorRole.Base)
        for t, boks in ringtall:
            p.fillRect(boks, bakgrunn)
            p.drawText(boks, int(Qt.AlignmentFlag.AlignCenter), t)
        p.setFont(self.font())

        # Etiketter utenfor plottet.
        p.setPen(tekst)
        for a, (etikett, h) in enumerate(zip(etiketter, hoyder, strict=True)):
            ytre = punkt(a, MAKS_NIVA)
            dx = ytre.x() - midt.x()
            dy = ytre.y() - midt.y()
            if abs(dx) < 1:  # øverst eller nederst: sentrert over/under
                x = ytre.x() - bredde / 2
                y = ytre.y() - h - em * 0.3 if dy < 0 else ytre.y() + em * 0.3
                justering = Qt.AlignmentFlag.AlignHCenter
            elif dx > 0:
                x, y = ytre.x() + em * 0.4, ytre.y() - h / 2
                justering = Qt.AlignmentFlag.AlignLeft
            else:
                x, y = ytre.x() - em * 0.4 - bredde, ytre.y() - h / 2
                justering = Qt.AlignmentFlag.AlignRight
            p.drawText(QRectF(x, y, bredde, h), int(justering) | int(Qt.TextFlag.TextWordWrap), etikett)

        _tegn_forklaring(
            p,
            self,
            QRectF(0, self.height() - self._forklaringshoyde(), self.width(), self._forklaringshoyde()),
            naa,
            tekst,
            strek=True,
        )
        p.end()
