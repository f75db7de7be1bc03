"""Rammen rundt veiviserens sider: toppfeltet (enhet, fremdrift, «ferdig») og bunnlinjen
(Tilbake, lagringsstatus, Neste).

Signaler fra `Toppfelt`: til_start(), apne_igjen().
Signaler fra `Bunnlinje`: tilbake(), neste().
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from vurdering.domene import formater
from vurdering.domene.modell import TYPE_NAVN, Vurdering
from vurdering.gui.felles import sprak
from vurdering.gui.felles.utseende import sett_rolle, sett_tilstand


def rullbar_side(side: QWidget, navn: str | None = None) -> tuple[QScrollArea, QVBoxLayout]:
    """Gi `side` et rullbart innhold uten ramme; gir rulleområdet og innholdets layout.

    Med `navn` kan rulleområdet få fokus (og har et tilgjengelig navn); uten tar det ikke
    fokus, så Tab går rett til innholdet.
    """
    ytre = QVBoxLayout(side)
    ytre.setContentsMargins(0, 0, 0, 0)
    rull = QScrollArea()
    rull.setWidgetResizable(True)
    rull.setFrameShape(QFrame.Shape.NoFrame)
    if navn:
        rull.setAccessibleName(navn)
    else:
        rull.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    ytre.addWidget(rull)
    innhold = QWidget()
    rull.setWidget(innhold)
    return rull, QVBoxLayout(innhold)


class Toppfelt(QWidget):
    """Enhet og dato, distrikt og type, fremdrift i hele vurderingen og banneret for «ferdig»."""

    til_start = Signal()
    apne_igjen = Signal()

    def __init__(self, vurdering: Vurdering, antall: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lag = QVBoxLayout(self)
        lag.setContentsMargins(0, 0, 0, 0)
        lag.setSpacing(8)
        topp = QHBoxLayout()
        # Enhet og distrikt er brukerens (eller en importert fils) tekst: vises som tekst, aldri som HTML.
        self.tittel = QLabel(f"{vurdering.enhet.navn}  ·  {formater.dato(vurdering.dato)}")
        self.tittel.setTextFormat(Qt.TextFormat.PlainText)
        self.tittel.setWordWrap(True)
        sett_rolle(self.tittel, "overskrift")
        topp.addWidget(self.tittel, 1)
        self.start_knapp = QPushButton(self.tr("Til startsiden"))
        self.start_knapp.setAccessibleName(self.tr("Til startsiden"))
        self.start_knapp.clicked.connect(self.til_start)
        topp.addWidget(self.start_knapp, 0, Qt.AlignmentFlag.AlignTop)
        lag.addLayout(topp)

        typenavn = TYPE_NAVN.get(vurdering.type.value, ("", ""))[1 if sprak.gjeldende() == "nn" else 0]
        undertittel = QLabel(f"{vurdering.enhet.distrikt}  ·  {typenavn}")
        undertittel.setTextFormat(Qt.TextFormat.PlainText)
        undertittel.setWordWrap(True)
        sett_tilstand(undertittel, "svak")
        lag.addWidget(undertittel)

        frem = QHBoxLayout()
        self.fremdrift = QProgressBar()
        self.fremdrift.setRange(0, max(1, antall))
        self.fremdrift.setTextVisible(False)  # teksten står ved siden av, lesbar i begge temaene
        self.fremdrift.setAccessibleName(self.tr("Fremdrift i hele vurderingen"))
        self.fremdrift_tekst = QLabel()
        frem.addWidget(self.fremdrift_tekst)
        frem.addWidget(self.fremdrift, 1)
        lag.addLayout(frem)

        self.banner = QFrame()
        self.banner.setProperty("banner", True)
        banner_lag = QHBoxLayout(self.banner)
        tekst = QLabel(self.tr("Vurderingen er markert som ferdig og kan bare leses. Åpne den igjen for å endre svar."))
        tekst.setWordWrap(True)
        banner_lag.addWidget(tekst, 1)
        self.apne_knapp = QPushButton(self.tr("Åpne igjen"))
        self.apne_knapp.setAccessibleName(self.tr("Åpne vurderingen igjen for endringer"))
        self.apne_knapp.clicked.connect(self.apne_igjen)
        banner_lag.addWidget(self.apne_knapp)
        lag.addWidget(self.banner)

    def sett_fremdrift(self, besvart: int, antall: int) -> None:
        self.fremdrift.setValue(besvart)
        tekst = self.tr("{0} av {1} indikatorer besvart ({2})").format(
            besvart, antall, formater.prosent(besvart / antall if antall else 1.0)
        )
        self.fremdrift_tekst.setText(tekst)
        self.fremdrift.setAccessibleDescription(tekst)

    def sett_ferdig(self, ferdig: bool) -> None:
        self.banner.setVisible(ferdig)


class Bunnlinje(QWidget):
    """Tilbake, lagringsstatus («✓ Lagret kl. …», feil) og Neste/Fullfør."""

    tilbake = Signal()
    neste = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lag = QHBoxLayout(self)
        lag.setContentsMargins(0, 0, 0, 0)
        self.tilbake_knapp = QPushButton(self.tr("◀ Tilbake"))
        self.tilbake_knapp.setAccessibleName(self.tr("Tilbake"))
        self.tilbake_knapp.setToolTip(self.tr("Forrige side (PgUp)"))
        self.tilbake_knapp.clicked.connect(self.tilbake)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setAccessibleName(self.tr("Lagringsstatus"))
        self.status.setWordWrap(True)
        self.neste_knapp = QPushButton(self.tr("Neste ▶"))
        self.neste_knapp.setAccessibleName(self.tr("Neste"))
        self.neste_knapp.setToolTip(self.tr("Neste side (PgDn eller Ctrl+Enter)"))
        self.neste_knapp.clicked.connect(self.neste)
        lag.addWidget(self.tilbake_knapp)
        lag.addWidget(self.status, 1)
        lag.addWidget(self.neste_knapp)
        self.setTabOrder(self.tilbake_knapp, self.neste_knapp)

    def etter(self, side: QWidget) -> None:
        """Tilbake og Neste etter sidens siste felt i Tab-rekkefølgen (en side som lages underveis, havner ellers sist)."""
        siste: QWidget | None = None
        neste = side.nextInFocusChain()
        while neste is not None and neste is not side and side.isAncestorOf(neste):
            if neste.focusPolicy() & Qt.FocusPolicy.TabFocus:
                siste = neste
            neste = neste.nextInFocusChain()
        if siste is not None:
            QWidget.setTabOrder(siste, self.tilbake_knapp)
            QWidget.setTabOrder(self.tilbake_knapp, self.neste_knapp)

    def sett_status(self, tekst: str, tilstand: str) -> None:
        """Tekst og stil for lagringsstatusen: «lagret», «feil» eller «svak»."""
        self.status.setText(tekst)
        sett_tilstand(self.status, tilstand)

    def sett_knapper(self, forste: bool, siste: bool, ferdig: bool) -> None:
        """Tilbake er av på første side; på siste side blir Neste til «Fullfør» (av når vurderingen er ferdig)."""
        self.tilbake_knapp.setEnabled(not forste)
        if siste:
            self.neste_knapp.setText(self.tr("Fullfør"))
            self.neste_knapp.setAccessibleName(self.tr("Fullfør og marker som ferdig"))
            self.neste_knapp.setEnabled(not ferdig)
        else:
            self.neste_knapp.setText(self.tr("Neste ▶"))
            self.neste_knapp.setAccessibleName(self.tr("Neste"))
            self.neste_knapp.setEnabled(True)
