"""Prosjektorvinduet i en samling: én indikator i stor skrift, høy kontrast, ingen pynt.

Vinduet viser modulen, indikatorens tittel og påstand og de fem nivåbeskrivelsene.
Stemmefordelingen (antall og stolpe ved hvert nivå, median, spenn og uenighet) finnes ikke
i vinduet før prosesslederen viser den: panelet er skjult, tekstene er tomme og diagrammet
har ingen data.

Skriften måles fra vinduets høyde, så den leses fra bakerste rad: påstanden og nivåene er
minst 1/30 av høyden (36 px i 1080p) på en 16:9-skjerm, tittelen større. Skriften er så stor
som plassen tillater (binærsøk, målt med skriftmetrikken); på en smal 4:3-skjerm blir den
mindre enn 1/30 heller enn at noe kuttes. Plassen til fordelingen (en smal
kolonne til høyre for nivåene og en linje under dem) holdes av fra starten, og størrelsen
velges uten å se på om fordelingen er vist – så ingenting flytter seg eller krymper når den
vises. Tastene i vinduet går videre til prosesslederens tastatur. Målingen (skrift, tekstens
høyde, hvor alt står) bor i `prosjektormaal.py`.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetrics,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
    QScreen,
    QTextDocument,
)
from PySide6.QtWidgets import QLabel, QWidget

from vurdering.gui.felles import sprak
from vurdering.gui.samling.kontroll import Samlingskontroll, klokketekst
from vurdering.gui.samling.prosjektormaal import (
    BAKGRUNN,
    DEMPET,
    MIN_PIKSEL,
    NIVATALL,
    TEKST,
    TITTEL,
    UTHEVET,
    Oppsett,
    lag_dokument,
    lag_oppsett,
    lag_skrift,
    minste_skrift,
)
from vurdering.gui.samling.stolper import Stemmediagram


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

        # Fordelingen: et eget panel som er skjult og tomt til den vises. Panelet dekker
        # nivåene og linjen under dem, men er gjennomsiktig; stolpene står i kolonnen til høyre.
        self.fordelingspanel = QWidget(self)
        self.fordelingspanel.setObjectName("fordelingspanel")
        self.fordelingspanel.setAccessibleName(self.tr("Stemmefordeling"))
        self.fordelingspanel.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.antall = QLabel(self.fordelingspanel)
        self.median = QLabel(self.fordelingspanel)
        self.spenn = QLabel(self.fordelingspanel)
        self.uenighet = QLabel(self.fordelingspanel)
        self.uenighet.setObjectName("uenighet")
        self.valgt = QLabel(self.fordelingspanel)
        self.valgt.setProperty("rolle_p", "uthevet")
        self.uenighet.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for lab in self._sammendrag():
            lab.setWordWrap(False)
            lab.setTextFormat(Qt.TextFormat.PlainText)
        for lab in (self.antall, self.median, self.spenn, self.valgt):
            lab.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.antall.setProperty("rolle_p", "dempet")
        self.diagram = Stemmediagram(self.fordelingspanel)
        self.fordelingspanel.hide()

        self._oppsett = Oppsett(MIN_PIKSEL)
        self._dokumenter: list[QTextDocument] = []  # nivåtekstene, til målingen
        self._valgt: int | None = None
        self.grunnstorrelse = 0

        kontroll.indikator_endret.connect(self.oppdater)
        kontroll.stemmer_endret.connect(self._stemmer_endret)
        # Å vise fordelingen eller velge et nivå flytter ingenting: bare fordelingen og merket endres.
        kontroll.vist_endret.connect(lambda _v: self._vis_fordeling())
        kontroll.svar_lagret.connect(lambda _i: self._vis_fordeling())
        kontroll.tid_endret.connect(self._tid)
        self.resize(1280, 720)
        self.oppdater()

    # --- innhold ---

    def _nivatekst(self, n: int) -> str:
        """Nivånavnet i fet skrift foran beskrivelsen (det valgte nivået merkes utenfor teksten)."""
        okt = self.kontroll.okt
        navn = html.escape(okt.bank.niva_navn(n, sprak.gjeldende()))
        return f"<b>{navn}</b> – {html.escape(okt.indikator.niva[n])}"

    def oppdater(self) -> None:
        """Tekstene for indikatoren som vises (med ny plassering), og fordelingen bare når den er vist."""
        okt = self.kontroll.okt
        ind = okt.indikator
        self.modul.setText(okt.modul.visningsnavn(sprak.gjeldende()))
        self.plass.setText(self.tr("%1 av %2").replace("%1", str(okt.indeks + 1)).replace("%2", str(okt.antall)))
        self.tittel.setText(ind.tittel)
        self.pastand.setText(ind.pastand)
        for n in range(5):
            self.nivatekst[n].setText(self._nivatekst(n))
        self._dokumenter = [lag_dokument(lab.text()) for lab in self.nivatekst]
        self._plasser()
        self._vis_fordeling()

    def _vis_fordeling(self) -> None:
        """Fordelingen og det valgte nivået, når fordelingen er vist; rører ikke påstanden og nivåene."""
        svar = self.kontroll.okt.svar()
        valgt = svar.niva if (self.kontroll.vist and svar is not None) else None
        for n in range(5):
            self.nivatall[n].setProperty("rolle_p", "uthevet" if n == valgt else "")
            self.nivatall[n].style().polish(self.nivatall[n])
        self._valgt = valgt
        self._fyll_fordeling()
        self._plasser_fordeling()
        self.update()

    def _stemmer_endret(self) -> None:
        if self.kontroll.vist:
            self._fyll_fordeling()
            self._plasser_fordeling()

    def _fyll_fordeling(self) -> None:
        okt = self.kontroll.okt
        if not self.kontroll.vist:
            for lab in self._sammendrag():
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
        svar = okt.svar()
        if svar is not None and svar.niva is not None:
            self.valgt.setText(
                self.tr("✓ Valgt: %1 – %2")
                .replace("%1", str(svar.niva))
                .replace("%2", okt.bank.niva_navn(svar.niva, spr))
            )
        else:
            self.valgt.clear()
        self.fordelingspanel.show()

    def _sammendrag(self) -> tuple[QLabel, ...]:
        """Linjen under nivåene, i rekkefølge."""
        return (self.antall, self.median, self.spenn, self.uenighet, self.valgt)

    def _tid(self, sekunder: int) -> None:
        if sekunder < 0:
            self.tid.clear()
            self.tid.hide()
        else:
            self.tid.setText(self.tr("Tiden er ute") if sekunder == 0 else "⏱ " + klokketekst(sekunder))
            self.tid.show()
        self._plasser_topp()

    # --- plassering ---

    def _marg(self) -> int:
        return max(12, round(min(self.width(), self.height()) * 0.035))

    def oppsett(self, s: int) -> Oppsett:
        """Plasseringen av alt med grunnstørrelse `s` piksler, med plass til fordelingen holdt av."""
        ind = self.kontroll.okt.indikator
        return lag_oppsett(s, self.width(), self._marg(), ind.tittel, ind.pastand, self._dokumenter)

    def _plasser(self) -> None:
        h = self.height()
        m = self._marg()
        tilgjengelig = h - m // 2  # nederst holder en halv marg
        # Største s som får plass. På 16:9 og bredere er det alltid minst `minste_skrift` for
        # bankens indikatorer (testet); på smalere skjermer vinner «alt synlig» over gulvet.
        lav, hoy = MIN_PIKSEL, max(minste_skrift(h), round(h / 20))
        while lav < hoy:
            midt = (lav + hoy + 1) // 2
            if self.oppsett(midt).bunn <= tilgjengelig:
                lav = midt
            else:
                hoy = midt - 1
        o = self.oppsett(lav)
        self._oppsett = o
        s = self.grunnstorrelse = o.s
        self.tittel.setFont(lag_skrift(s * TITTEL, True))
        self.tittel.setGeometry(o.tittel)
        self.pastand.setFont(lag_skrift(s))
        self.pastand.setGeometry(o.pastand)
        for n in range(5):
            self.nivatall[n].setFont(lag_skrift(s * NIVATALL, True))
            self.nivatall[n].setGeometry(o.tall[n])
            self.nivatekst[n].setFont(lag_skrift(s))
            self.nivatekst[n].setGeometry(o.tekst[n])
        self._plasser_topp()
        self._plasser_fordeling()

    def _plasser_topp(self) -> None:
        """Modulen til venstre, plassen (og tidtakeren) til høyre på første linje."""
        s, b, m = self._oppsett.s, self.width(), self._marg()
        topp = lag_skrift(s, True)
        topp_h = self._oppsett.topp_h
        self.modul.setFont(topp)
        self.plass.setFont(lag_skrift(s))
        self.tid.setFont(topp)
        plass_b = QFontMetrics(self.plass.font()).horizontalAdvance(self.plass.text()) + s
        tid_b = QFontMetrics(topp).horizontalAdvance(self.tid.text()) + s if not self.tid.isHidden() else 0
        self.plass.setGeometry(b - m - plass_b, m, plass_b, topp_h)
        self.tid.setGeometry(b - m - plass_b - tid_b, m, tid_b, topp_h)
        self.modul.setGeometry(m, m, b - 2 * m - plass_b - tid_b, topp_h)

    def _plasser_fordeling(self) -> None:
        """Stolpene i kolonnen ved nivåene og sammendraget på linjen under; endrer ikke resten."""
        o = self._oppsett
        if not self.kontroll.vist:
            return
        panel = QRect(
            o.rader[0].left(), o.kolonne.top(), o.sammendrag.width(), o.sammendrag.bottom() - o.kolonne.top() + 1
        )
        self.fordelingspanel.setGeometry(panel)
        self.fordelingspanel.raise_()
        self.diagram.setGeometry(o.kolonne.translated(-panel.left(), -panel.top()))
        self.diagram.sett_rader(
            [r.translated(0, -o.kolonne.top()) for r in o.rader], QFontMetrics(lag_skrift(o.s)).height(), o.s
        )
        # Sammendraget på én linje; skriften krymper (ned til 80 %) bare om linjen ikke får plass.
        etiketter = [lab for lab in self._sammendrag() if lab.text()]
        storrelse = o.s
        while True:
            bredder = [
                QFontMetrics(lag_skrift(storrelse, lab is not self.antall)).horizontalAdvance(lab.text())
                + (storrelse if lab is self.uenighet else 0)
                for lab in etiketter
            ]
            if sum(bredder) + storrelse * max(0, len(bredder) - 1) <= o.sammendrag.width() or storrelse <= o.s * 0.8:
                break
            storrelse -= 1
        x = 0
        y = o.sammendrag.top() - panel.top()
        for lab, lb in zip(etiketter, bredder, strict=True):
            lab.setFont(lag_skrift(storrelse, lab is not self.antall))
            lab.setGeometry(x, y, lb, o.sammendrag.height())
            x += lb + storrelse

    # --- Qt ---

    def resizeEvent(self, e: QResizeEvent) -> None:
        super().resizeEvent(e)
        self._plasser()

    def paintEvent(self, e: QPaintEvent) -> None:
        super().paintEvent(e)
        o = self._oppsett
        if not o.rader:
            return
        p = QPainter(self)
        p.setPen(QPen(QColor("#6e6e6e"), 1))
        for y in o.skille:
            p.drawLine(o.rader[0].left(), y, o.rader[0].right(), y)
        if self._valgt is not None:
            luft = round(o.s * 0.2)
            p.setPen(QPen(QColor(UTHEVET), max(3, o.s // 8)))
            p.drawRect(o.rader[self._valgt].adjusted(-luft, -luft, luft, luft))
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
