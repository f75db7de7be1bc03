"""Diagrammer tegnet med QPainter: radar for de fire temaene og stolper for alle moduler.

QtCharts finnes ikke i PySide6-Essentials, så diagrammene tegnes for hånd. Alle mål
regnes fra skriftmetrikken, slik at diagrammene vokser med teksten (Ctrl + / 200 %).
Nåværende nivå og mål skilles med linjetype og markører, ikke bare med farge, så de kan
leses i gråtoner og av fargeblinde. Hvert diagram har et tilgjengelig navn og en
tekstbeskrivelse av verdiene (accessibleDescription) for skjermlesere.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from vurdering.domene.formater import tall
from vurdering.gui.felles.ren import verktoytips

MAKS_NIVA = 4


# --- data -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Diagramverdi:
    """Én modul i et diagram. `poeng` er None når modulen ikke har poeng (se `merknad`)."""

    navn: str
    poeng: float | None
    mal: int | None
    merknad: str = ""


def _farger(palett: QPalette) -> tuple[QColor, QColor, QColor]:
    """(tekst, nåverdi, rutenett) fra paletten, så høykontrasttemaet slår gjennom."""
    tekst = palett.color(QPalette.ColorRole.WindowText)
    naa = QColor(palett.color(QPalette.ColorRole.Highlight))
    bakgrunn = palett.color(QPalette.ColorRole.Base)
    if bakgrunn.lightness() > 128 and naa.lightness() > 90:
        naa = naa.darker(170)  # minst 3:1 mot lys bakgrunn (WCAG 1.4.11)
    return tekst, naa, _blanding(tekst, bakgrunn, RUTENETT_ANDEL)


#: Rutenettet er tekstfargen blandet med bakgrunnen: tydelig dempet, men minst 3:1 mot
#: bakgrunnen i begge temaene (WCAG 1.4.11); en gjennomsiktig strek ble 1,9–2,2:1.
RUTENETT_ANDEL = 0.5


def _blanding(forgrunn: QColor, bakgrunn: QColor, andel: float) -> QColor:
    """En ugjennomsiktig farge: `andel` av forgrunnen over bakgrunnen."""
    return QColor(
        round(forgrunn.red() * andel + bakgrunn.red() * (1 - andel)),
        round(forgrunn.green() * andel + bakgrunn.green() * (1 - andel)),
        round(forgrunn.blue() * andel + bakgrunn.blue() * (1 - andel)),
    )


def _verdi_tekst(v: Diagramverdi, tr_mal: str, tr_ingen: str) -> str:
    if v.poeng is None:
        grunn = f" – {v.merknad}" if v.merknad else ""
        tekst = f"{v.navn}: {tr_ingen}{grunn}"
    else:
        tekst = f"{v.navn}: {tall(v.poeng)}"
    if v.mal is not None:
        tekst += f" ({tr_mal} {v.mal})"
    return tekst


class _Diagram(QWidget):
    """Felles grunnlag: verdier, tilgjengelighet og omberegning når skriften endres."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._verdier: tuple[Diagramverdi, ...] = ()
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # skjermlesere skal kunne nå beskrivelsen
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setAutoFillBackground(True)

    @property
    def verdier(self) -> tuple[Diagramverdi, ...]:
        return self._verdier

    def sett_verdier(self, verdier: Sequence[Diagramverdi]) -> None:
        """Bytt ut verdiene, oppdater beskrivelsen og tegn på nytt."""
        self._verdier = tuple(verdier)
        self.setAccessibleDescription(self.beskrivelse())
        self.setToolTip(verktoytips(self.beskrivelse()))
        self.updateGeometry()
        self.update()

    def beskrivelse(self) -> str:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.LanguageChange):
            self.updateGeometry()
            self.update()
        super().changeEvent(event)

    def _em(self) -> int:
        return max(1, self.fontMetrics().height())


def _tegn_forklaring(p: QPainter, w: _Diagram, omrade: QRectF, naa: QColor, tekst: QColor, *, strek: bool) -> None:
    """Forklaringen: «● Nåværende nivå» og «□ Mål», med samme linjetype som i diagrammet."""
    fm = w.fontMetrics()
    em = max(1, fm.height())
    naa_tekst = (
        QCoreApplication.translate("diagram", "Nåværende nivå")
        if strek
        else QCoreApplication.translate("diagram", "Poeng")
    )
    mal_tekst = QCoreApplication.translate("diagram", "Mål")
    prove = em * 2.2
    total = prove * 2 + fm.horizontalAdvance(naa_tekst) + fm.horizontalAdvance(mal_tekst) + em * 2.5
    x = omrade.center().x() - total / 2
    y = omrade.center().y()
    if strek:
        p.setPen(QPen(naa, max(2.5, em / 5)))
        p.drawLine(QPointF(x, y), QPointF(x + prove, y))
        p.setBrush(QBrush(naa))
        p.drawEllipse(QPointF(x + prove / 2, y), em * 0.3, em * 0.3)
        p.setBrush(Qt.BrushStyle.NoBrush)
    else:
        p.fillRect(QRectF(x, y - em * 0.35, prove, em * 0.7), naa)
    x += prove + em * 0.4
    p.setPen(tekst)
    p.drawText(QPointF(x, y + fm.ascent() / 2 - fm.descent() / 2), naa_tekst)
    x += fm.horizontalAdvance(naa_tekst) + em * 1.5
    if strek:
        p.setPen(QPen(tekst, max(1.5, em / 9), Qt.PenStyle.DashLine))
        p.drawLine(QPointF(x, y), QPointF(x + prove, y))
        s = em * 0.35
        p.setPen(QPen(tekst, max(1.5, em / 10)))
        p.drawRect(QRectF(x + prove / 2 - s, y - s, 2 * s, 2 * s))
    else:
        _malmarkor(p, QPointF(x + prove / 2, y - em * 0.5), em, em, tekst)
    x += prove + em * 0.4
    p.setPen(tekst)
    p.drawText(QPointF(x, y + fm.ascent() / 2 - fm.descent() / 2), mal_tekst)


def _malmarkor(p: QPainter, topp: QPointF, hoyde: float, em: float, farge: QColor) -> None:
    """Målmarkøren i stolpediagrammet: en tykk loddrett strek med en trekant på toppen."""
    p.setPen(QPen(farge, max(2.0, em / 7)))
    p.drawLine(topp, QPointF(topp.x(), topp.y() + hoyde))
    s = em * 0.3
    p.setBrush(QBrush(farge))
    p.drawPolygon(QPolygonF([QPointF(topp.x() - s, topp.y() - s), QPointF(topp.x() + s, topp.y() - s), topp]))
    p.setBrush(Qt.BrushStyle.NoBrush)


class Stolpediagram(_Diagram):
    """Liggende stolper per modul: poeng 0–4 med tallverdi, målmarkør, «–» uten poeng.

    Modulnavnene brytes over flere linjer når de ikke får plass, så høyden avhenger av
    bredden (heightForWidth).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Stolpediagram: poeng per modul mot mål"))
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def beskrivelse(self) -> str:
        if not self._verdier:
            return self.tr("Ingen moduler å vise.")
        deler = [_verdi_tekst(v, self.tr("mål"), self.tr("ingen poeng")) for v in self._verdier]
        return self.tr("Poeng 0–4 per modul mot mål. ") + "; ".join(deler) + "."

    def _kolonner(self, bredde: int) -> tuple[int, int]:
        """(etikettbredde, verdibredde) for en gitt total bredde."""
        fm = self.fontMetrics()
        lengst = max((fm.horizontalAdvance(v.navn) for v in self._verdier), default=0)
        etikett = min(lengst + fm.height() // 2, int(bredde * 0.4))
        verdi = fm.horizontalAdvance("4,0") + fm.height()
        return max(etikett, fm.horizontalAdvance("M") * 4), verdi

    def _radhoyder(self, bredde: int) -> list[int]:
        fm = self.fontMetrics()
        em = self._em()
        etikett, _ = self._kolonner(bredde)
        ut = []
        for v in self._verdier:
            h = fm.boundingRect(QRect(0, 0, etikett, 10_000), Qt.TextFlag.TextWordWrap, v.navn).height()
            ut.append(max(int(em * 1.7), h + em // 2))
        return ut

    def _akse(self) -> int:
        return int(self._em() * 1.5)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, bredde: int) -> int:
        return self._akse() + sum(self._radhoyder(bredde)) + self._em() * 2

    def sizeHint(self) -> QSize:
        b = self.fontMetrics().horizontalAdvance("M") * 36
        return QSize(b, self.heightForWidth(b))

    def minimumSizeHint(self) -> QSize:
        b = self.fontMetrics().horizontalAdvance("M") * 22
        return QSize(b, self.heightForWidth(b))

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        tekst, naa, rutenett = _farger(self.palette())
        fm = self.fontMetrics()
        em = self._em()
        etikett, verdi = self._kolonner(self.width())
        x0 = etikett + em * 0.5
        x1 = self.width() - verdi - em * 0.5
        skala = max(1.0, x1 - x0) / MAKS_NIVA
        akse = self._akse()
        hoyder = self._radhoyder(self.width())
        bunn = akse + sum(hoyder)

        # Akse 0–4 øverst og rutenett.
        for niva in range(MAKS_NIVA + 1):
            x = x0 + niva * skala
            p.setPen(QPen(rutenett, 1))
            p.drawLine(QPointF(x, akse - em * 0.2), QPointF(x, bunn))
            p.setPen(tekst)
            t = str(niva)
            p.drawText(QPointF(x - fm.horizontalAdvance(t) / 2, akse - em * 0.4), t)

        y = float(akse)
        kursiv = self.font()
        kursiv.setItalic(True)
        for v, h in zip(self._verdier, hoyder, strict=True):
            midt = y + h / 2
            p.setPen(tekst)
            p.drawText(
                QRectF(0, y, etikett, h),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter) | int(Qt.TextFlag.TextWordWrap),
                v.navn,
            )
            if v.poeng is not None:
                stolpe = QRectF(x0, midt - em * 0.4, max(1.0, v.poeng * skala), em * 0.8)
                p.fillRect(stolpe, naa)
                p.setPen(QPen(tekst, 1))
                p.drawRect(stolpe)
                verditekst = tall(v.poeng)
            else:
                verditekst = "–"
                if v.merknad:
                    p.setFont(kursiv)
                    p.setPen(tekst)
                    p.drawText(
                        QRectF(x0 + em * 0.3, y, x1 - x0, h),
                        int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                        v.merknad,
                    )
                    p.setFont(self.font())
            if v.mal is not None and v.poeng is not None:  # uten poeng står merknaden der i stedet
                _malmarkor(p, QPointF(x0 + v.mal * skala, midt - em * 0.55), em * 1.1, em, tekst)
            p.setPen(tekst)
            p.drawText(
                QRectF(x1 + em * 0.5, y, verdi, h),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                verditekst,
            )
            y += h

        _tegn_forklaring(p, self, QRectF(0, bunn, self.width(), em * 2), naa, tekst, strek=False)
        p.end()
