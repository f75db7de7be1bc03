"""Prosjektorvinduet i en samling: én indikator i stor skrift, høy kontrast, ingen pynt.

Vinduet viser modulen, indikatorens tittel og påstand og de fem nivåbeskrivelsene.
Stemmefordelingen (stolpediagram, median, spenn og uenighet) finnes ikke i vinduet før
prosesslederen viser den: panelet er skjult, tekstene er tomme og diagrammet har ingen data.

Skriften er så stor som plassen tillater: for hver indikator prøves størrelser (binærsøk)
til alt får plass i vinduet, målt med skriftmetrikken. Alt plasseres for hånd, så ingenting
hopper når tekstene byttes. Tastene i vinduet går videre til prosesslederens tastatur.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
    QScreen,
)
from PySide6.QtWidgets import QLabel, QWidget

from vurdering.gui.felles import sprak
from vurdering.gui.samling.kontroll import Samlingskontroll, klokketekst
from vurdering.gui.samling.stolper import Stemmediagram

MIN_PIKSEL = 16
BAKGRUNN = "#000000"
TEKST = "#ffffff"
DEMPET = "#d9d9d9"  # 14:1 mot svart
UTHEVET = "#ffd400"  # 14:1 mot svart


def _skrift(piksler: float, fet: bool = False) -> QFont:
    f = QFont()
    f.setPixelSize(max(1, round(piksler)))
    f.setBold(fet)
    return f


def _hoyde(tekst: str, skrift: QFont, bredde: int) -> int:
    if bredde <= 0:
        return 10**6
    fm = QFontMetrics(skrift)
    return fm.boundingRect(QRect(0, 0, bredde, 10**6), int(Qt.TextFlag.TextWordWrap), tekst).height()


class Prosjektorvindu(QWidget):
    """Det salen ser. Følger `Samlingskontroll`; har ingen knapper selv."""

    def __init__(self, kontroll: Samlingskontroll, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.kontroll = kontroll
        self.videresend: Callable[[QKeyEvent], bool] | None = None
        self.setObjectName("prosjektor")
        self.setWindowTitle(self.tr("Forkant – samling (prosjektor)"))
        self.setAccessibleName(self.tr("Prosjektorvisning"))
        pal = self.palette()
        pal.setColor(QPalette.ColorRole.Window, QColor(BAKGRUNN))
        pal.setColor(QPalette.ColorRole.WindowText, QColor(TEKST))
        self.setPalette(pal)
        self.setAutoFillBackground(True)
        self.setStyleSheet(
            f"QWidget#prosjektor {{ background: {BAKGRUNN}; }}"
            f"QLabel {{ color: {TEKST}; background: transparent; border: none; padding: 0; }}"
            f"QLabel[rolle_p='dempet'] {{ color: {DEMPET}; }}"
            f"QLabel[rolle_p='uthevet'] {{ color: {UTHEVET}; }}"
            f"QLabel#uenighet {{ color: {BAKGRUNN}; background: {UTHEVET}; }}"
        )

        def etikett(navn: str, rolle: str = "", rik: bool = False, brytes: bool = True) -> QLabel:
            lab = QLabel(self)
            lab.setObjectName(navn)
            lab.setWordWrap(brytes)
            lab.setTextFormat(Qt.TextFormat.RichText if rik else Qt.TextFormat.PlainText)
            lab.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            if rolle:
                lab.setProperty("rolle_p", rolle)
            return lab

        self.modul = etikett("modul", "uthevet", brytes=False)
        self.plass = etikett("plass", "dempet", brytes=False)
        self.plass.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.tid = etikett("tid", "uthevet", brytes=False)
        self.tid.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.tid.hide()
        self.tittel = etikett("tittel")
        self.pastand = etikett("pastand")
        self.nivatall = [etikett(f"nivatall{n}", brytes=False) for n in range(5)]
        self.nivatekst = [etikett(f"nivatekst{n}", rik=True) for n in range(5)]
        for n, lab in enumerate(self.nivatall):
            lab.setText(str(n))
            lab.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)

        # Fordelingen: et eget panel som er skjult og tomt til den vises.
        self.fordelingspanel = QWidget(self)
        self.fordelingspanel.setObjectName("fordelingspanel")
        self.fordelingspanel.setAccessibleName(self.tr("Stemmefordeling"))
        self.antall = QLabel(self.fordelingspanel)
        self.median = QLabel(self.fordelingspanel)
        self.spenn = QLabel(self.fordelingspanel)
        self.uenighet = QLabel(self.fordelingspanel)
        self.uenighet.setObjectName("uenighet")
        self.uenighet.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for lab in (self.antall, self.median, self.spenn, self.uenighet):
            lab.setWordWrap(True)
            lab.setTextFormat(Qt.TextFormat.PlainText)
        self.antall.setProperty("rolle_p", "dempet")
        self.diagram = Stemmediagram(self.fordelingspanel)
        self.fordelingspanel.hide()

        self._skille: list[int] = []  # y for tynne linjer mellom nivåene
        self._valgt_rekt: QRect | None = None
        self._valgt: int | None = None
        self._linjebredde = 0
        self.grunnstorrelse = 0

        kontroll.indikator_endret.connect(self.oppdater)
        kontroll.stemmer_endret.connect(self._stemmer_endret)
        kontroll.vist_endret.connect(lambda _v: self.oppdater())
        kontroll.svar_lagret.connect(lambda _i: self.oppdater())
        kontroll.tid_endret.connect(self._tid)
        self.resize(1280, 720)
        self.oppdater()

    # --- innhold ---

    def oppdater(self) -> None:
        """Tekstene for indikatoren som vises, og fordelingen bare når den er vist."""
        okt = self.kontroll.okt
        ind = okt.indikator
        spr = sprak.gjeldende()
        self.modul.setText(okt.modul.visningsnavn(spr))
        self.plass.setText(self.tr("%1 av %2").replace("%1", str(okt.indeks + 1)).replace("%2", str(okt.antall)))
        self.tittel.setText(ind.tittel)
        self.pastand.setText(ind.pastand)
        vist = self.kontroll.vist
        svar = okt.svar()
        valgt = svar.niva if (vist and svar is not None) else None
        for n in range(5):
            navn = html.escape(okt.bank.niva_navn(n, spr))
            merke = f" <span style='color:{UTHEVET}'>{html.escape(self.tr('(valgt)'))}</span>" if n == valgt else ""
            self.nivatekst[n].setText(f"<b>{navn}</b>{merke}<br>{html.escape(ind.niva[n])}")
            self.nivatall[n].setProperty("rolle_p", "uthevet" if n == valgt else "")
            self.nivatall[n].style().polish(self.nivatall[n])
        self._valgt = valgt
        self._fyll_fordeling()
        self._plasser()
        self.update()

    def _stemmer_endret(self) -> None:
        if self.kontroll.vist:
            self._fyll_fordeling()
            self._plasser()

    def _fyll_fordeling(self) -> None:
        okt = self.kontroll.okt
        if not self.kontroll.vist:
            for lab in (self.antall, self.median, self.spenn, self.uenighet):
                lab.clear()
            self.diagram.sett_fordeling(None)
            self.fordelingspanel.hide()
            return
        spr = sprak.gjeldende()
        f = okt.fordeling()
        k = okt.konsensus()
        self.diagram.sett_fordeling(f, [okt.bank.niva_navn(n, spr) for n in range(5)])
        self.antall.setText(
            self.tr("Ingen stemmer")
            if k.antall == 0
            else (self.tr("1 stemme") if k.antall == 1 else self.tr("%1 stemmer").replace("%1", str(k.antall)))
        )
        if k.median is None:
            self.median.clear()
            self.spenn.clear()
        else:
            self.median.setText(
                self.tr("Median: %1 – %2").replace("%1", str(k.median)).replace("%2", okt.bank.niva_navn(k.median, spr))
            )
            spenn = k.spenn or 0
            self.spenn.setText(
                self.tr("Spenn: %1 (nivå %2–%3)")
                .replace("%1", self.tr("1 nivå") if spenn == 1 else self.tr("%1 nivåer").replace("%1", str(spenn)))
                .replace("%2", str(k.laveste))
                .replace("%3", str(k.hoyeste))
            )
        self.uenighet.setText(self.tr("⚠ UENIGHET") if k.uenighet else "")
        self.uenighet.setVisible(k.uenighet)
        self.fordelingspanel.show()

    def _tid(self, sekunder: int) -> None:
        if sekunder < 0:
            self.tid.clear()
            self.tid.hide()
        else:
            self.tid.setText(self.tr("Tiden er ute") if sekunder == 0 else "⏱ " + klokketekst(sekunder))
            self.tid.show()
        self._plasser()

    # --- plassering ---

    def _mal(self, s: int, bredde: int, venstre_b: int) -> int:
        """Høyden alt trenger med grunnstørrelse `s` piksler."""
        h = round(s * 0.8 * 1.4)  # toppen: modul og plass
        h += round(s * 0.6)
        h += _hoyde(self.tittel.text(), _skrift(s * 1.25, True), bredde)
        h += round(s * 0.35)
        h += _hoyde(self.pastand.text(), _skrift(s * 1.05), bredde)
        h += round(s * 0.9)
        h += sum(self._rad_hoyder(s, venstre_b))
        h += 4 * round(s * 0.5)
        return h

    def _rad_hoyder(self, s: int, venstre_b: int) -> list[int]:
        okt = self.kontroll.okt
        tall_b = round(s * 1.9)
        tekst_b = venstre_b - tall_b
        fet = _skrift(s, True)
        ut = []
        for n in range(5):
            h = QFontMetrics(fet).height() + _hoyde(okt.indikator.niva[n], _skrift(s), tekst_b)
            ut.append(h)
        return ut

    def _plasser(self) -> None:
        b, h = self.width(), self.height()
        m = max(12, round(min(b, h) * 0.035))
        bredde = b - 2 * m
        vist = self.kontroll.vist
        venstre_b = round(bredde * 0.56) if vist else bredde
        tilgjengelig = h - 2 * m
        lav, hoy = MIN_PIKSEL, max(MIN_PIKSEL, round(h / 13))
        while lav < hoy:  # største s som får plass
            midt = (lav + hoy + 1) // 2
            if self._mal(midt, bredde, venstre_b) <= tilgjengelig:
                lav = midt
            else:
                hoy = midt - 1
        s = lav
        self.grunnstorrelse = s

        y = m
        topp = _skrift(s * 0.8, True)
        topp_h = round(s * 0.8 * 1.4)
        self.modul.setFont(topp)
        self.plass.setFont(_skrift(s * 0.8))
        self.tid.setFont(topp)
        plass_b = QFontMetrics(self.plass.font()).horizontalAdvance(self.plass.text()) + s
        tid_b = QFontMetrics(topp).horizontalAdvance(self.tid.text()) + s if not self.tid.isHidden() else 0
        self.plass.setGeometry(b - m - plass_b, y, plass_b, topp_h)
        self.tid.setGeometry(b - m - plass_b - tid_b, y, tid_b, topp_h)
        self.modul.setGeometry(m, y, bredde - plass_b - tid_b, topp_h)
        y += topp_h + round(s * 0.6)

        self.tittel.setFont(_skrift(s * 1.25, True))
        th = _hoyde(self.tittel.text(), self.tittel.font(), bredde)
        self.tittel.setGeometry(m, y, bredde, th)
        y += th + round(s * 0.35)
        self.pastand.setFont(_skrift(s * 1.05))
        ph = _hoyde(self.pastand.text(), self.pastand.font(), bredde)
        self.pastand.setGeometry(m, y, bredde, ph)
        y += ph + round(s * 0.9)

        nivaer_topp = y
        tall_b = round(s * 1.9)
        self._skille = []
        self._valgt_rekt = None
        for n, rh in enumerate(self._rad_hoyder(s, venstre_b)):
            self.nivatall[n].setFont(_skrift(s * 1.35, True))
            self.nivatall[n].setGeometry(m, y - round(s * 0.15), tall_b, rh)
            self.nivatekst[n].setFont(_skrift(s))
            self.nivatekst[n].setGeometry(m + tall_b, y, venstre_b - tall_b, rh + round(s * 0.2))
            if n == self._valgt:
                luft = round(s * 0.2)
                self._valgt_rekt = QRect(m - luft, y - luft, venstre_b + 2 * luft, rh + 2 * luft)
            y += rh
            if n < 4:
                self._skille.append(y + round(s * 0.25))
                y += round(s * 0.5)
        self._linjebredde = venstre_b

        if vist:
            px = m + venstre_b + m
            pb = b - px - m
            ph_tot = h - m - nivaer_topp
            self.fordelingspanel.setGeometry(px, nivaer_topp, pb, ph_tot)
            py = 0
            for lab, faktor, fet in ((self.antall, 0.85, False), (self.median, 1.15, True), (self.spenn, 0.95, False)):
                lab.setFont(_skrift(s * faktor, fet))
                lh = _hoyde(lab.text(), lab.font(), pb) if lab.text() else 0
                lab.setGeometry(0, py, pb, lh)
                py += lh + (round(s * 0.2) if lh else 0)
            if not self.uenighet.isHidden():
                self.uenighet.setFont(_skrift(s * 1.1, True))
                uh = round(s * 1.1 * 1.8)
                self.uenighet.setGeometry(0, py + round(s * 0.2), pb, uh)
                py += uh + round(s * 0.5)
            self.diagram.setGeometry(0, py + round(s * 0.4), pb, max(10, ph_tot - py - round(s * 0.4)))

    # --- Qt ---

    def resizeEvent(self, e: QResizeEvent) -> None:
        super().resizeEvent(e)
        self._plasser()

    def paintEvent(self, e: QPaintEvent) -> None:
        super().paintEvent(e)
        p = QPainter(self)
        m = max(12, round(min(self.width(), self.height()) * 0.035))
        p.setPen(QPen(QColor("#6e6e6e"), 1))
        for y in self._skille:
            p.drawLine(m, y, m + self._linjebredde, y)
        if self._valgt_rekt is not None:
            p.setPen(QPen(QColor(UTHEVET), max(3, self.grunnstorrelse // 8)))
            p.drawRect(self._valgt_rekt)
        p.end()

    def keyPressEvent(self, e: QKeyEvent) -> None:
        if e.key() == Qt.Key.Key_F11:
            self.veksle_fullskjerm()
            return
        if e.key() == Qt.Key.Key_Escape and self.isFullScreen():
            self.showNormal()
            return
        if self.videresend is not None and self.videresend(e):
            return
        super().keyPressEvent(e)

    def veksle_fullskjerm(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def vis_pa(self, skjerm: QScreen | None, fullskjerm: bool) -> None:
        """Flytt vinduet til skjermen og vis det (i fullskjerm når det er valgt)."""
        if skjerm is not None:
            if self.isFullScreen():
                self.showNormal()
            self.setScreen(skjerm)
            flate = skjerm.availableGeometry()
            self.setGeometry(
                flate.adjusted(flate.width() // 10, flate.height() // 10, -flate.width() // 10, -flate.height() // 10)
            )
        if fullskjerm:
            self.showFullScreen()
        else:
            self.show()
