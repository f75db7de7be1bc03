"""Nivåkortet: ett av de fem nivåene på en indikatorside, som en stor, valgbar flate.

Kortet er en avkryssbar knapp, så hele flaten er klikkmålet, det kan få fokus med Tab,
velges med mellomrom eller Enter, og skjermlesere får rollen «knapp» med valgt-tilstand.
Valgt kort vises med tykk ramme og «✓ Valgt», ikke med farge alene. Under beskrivelsen
står «Dette kan du vise fram: …» (bankens `bevis`), når banken har det. Et skrivebeskyttet
kort (ferdig vurdering) ser ikke klikkbart ut: ingen hånd-markør, ingen hover-farge.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtGui import QKeyEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStyle,
    QStyleOption,
    QVBoxLayout,
    QWidget,
)

from vurdering.gui.felles.ren import etikett
from vurdering.gui.felles.utseende import sett_rolle, sett_tilstand


class Nivakort(QAbstractButton):
    """Ett nivå (0–4) med nummer, generelt nivånavn og indikatorens egen beskrivelse."""

    def __init__(self, niva: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.niva = niva
        self.setCheckable(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setProperty("valgt", False)
        self._skrivebeskyttet = False

        lag = QHBoxLayout(self)
        lag.setContentsMargins(14, 10, 14, 10)
        lag.setSpacing(14)
        self._tall = QLabel(str(niva))
        self._tall.setProperty("merke", True)
        self._tall.setAlignment(Qt.AlignmentFlag.AlignCenter)
        sett_rolle(self._tall, "nivatall")
        lag.addWidget(self._tall, 0, Qt.AlignmentFlag.AlignTop)

        tekst = QVBoxLayout()
        tekst.setSpacing(4)
        topp = QHBoxLayout()
        self._navn = etikett()
        sett_rolle(self._navn, "underoverskrift")
        self._valgt = QLabel(self.tr("✓ Valgt"))
        sett_rolle(self._valgt, "underoverskrift")
        self._valgt.setVisible(False)
        topp.addWidget(self._navn, 1)
        topp.addWidget(self._valgt, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        tekst.addLayout(topp)
        self._beskrivelse = QLabel()
        self._beskrivelse.setWordWrap(True)
        self._beskrivelse.setTextFormat(Qt.TextFormat.PlainText)
        tekst.addWidget(self._beskrivelse)
        self._bevis = QLabel()
        self._bevis.setWordWrap(True)
        self._bevis.setTextFormat(Qt.TextFormat.PlainText)
        sett_tilstand(self._bevis, "svak")
        self._bevis.hide()
        tekst.addWidget(self._bevis)
        lag.addLayout(tekst, 1)
        for e in (self._tall, self._navn, self._valgt, self._beskrivelse, self._bevis):
            e.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.toggled.connect(self._vis_valgt)

    def sett_innhold(self, navn: str, beskrivelse: str, bevis: str = "") -> None:
        """Nivånavn, indikatorens beskrivelse og (valgfritt) hva enheten kan vise fram."""
        self._navn.setText(navn)
        self._beskrivelse.setText(beskrivelse)
        bevistekst = self.tr("Dette kan du vise fram: {0}").format(bevis) if bevis.strip() else ""
        self._bevis.setText(bevistekst)
        self._bevis.setVisible(bool(bevistekst))
        self.setText(f"{self.niva} {navn}")
        self.setAccessibleName(self.tr("Nivå {0}: {1}").format(self.niva, navn))
        self.setAccessibleDescription(f"{beskrivelse} {bevistekst}".strip())
        self._sett_verktoytips()

    @property
    def beskrivelse(self) -> str:
        return self._beskrivelse.text()

    @property
    def bevis(self) -> str:
        """Teksten «Dette kan du vise fram: …» slik kortet viser den (tom uten bevis)."""
        return self._bevis.text()

    @property
    def bevisetikett(self) -> QLabel:
        return self._bevis

    @property
    def skrivebeskyttet(self) -> bool:
        return self._skrivebeskyttet

    def _sett_verktoytips(self) -> None:
        if self._skrivebeskyttet:
            self.setToolTip(self.tr("Vurderingen er ferdig og kan bare leses."))
        else:
            self.setToolTip(self.tr("Trykk {0} eller klikk for å velge nivå {0}").format(self.niva))

    def _vis_valgt(self, valgt: bool) -> None:
        self._valgt.setVisible(valgt)
        self.setProperty("valgt", valgt)
        stil = self.style()
        stil.unpolish(self)
        stil.polish(self)
        self.update()

    def sett_skrivebeskyttet(self, skrivebeskyttet: bool) -> None:
        """Kan leses og få fokus, men ikke velges (teksten blir ikke grå og vanskelig å lese)."""
        self._skrivebeskyttet = skrivebeskyttet
        self.setCursor(Qt.CursorShape.ArrowCursor if skrivebeskyttet else Qt.CursorShape.PointingHandCursor)
        self.setProperty("skrivebeskyttet", skrivebeskyttet)
        self._sett_verktoytips()
        self.update()

    def hitButton(self, pos: QPoint) -> bool:
        return not self._skrivebeskyttet and self.rect().contains(pos)

    def nextCheckState(self) -> None:
        if not self._skrivebeskyttet:
            super().nextCheckState()

    def minimumSizeHint(self) -> QSize:
        lag = self.layout()
        return lag.minimumSize() if lag is not None else super().minimumSizeHint()

    def keyPressEvent(self, e: QKeyEvent) -> None:
        if e.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not e.modifiers():
            self.click()
            return
        super().keyPressEvent(e)

    def paintEvent(self, _e: QPaintEvent) -> None:
        # Stilarket (utseende.stilark) tegner bakgrunn og ramme for «Nivakort».
        opt = QStyleOption()
        opt.initFrom(self)
        if self._skrivebeskyttet:  # ingen hover-farge: kortet kan ikke velges
            opt.state &= ~QStyle.StateFlag.State_MouseOver
        if self.isChecked():
            opt.state |= QStyle.StateFlag.State_On
        maler = QPainter(self)
        self.style().drawPrimitive(QStyle.PrimitiveElement.PE_Widget, opt, maler, self)
