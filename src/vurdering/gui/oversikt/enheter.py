"""«Enhetene…»: gi en enhet nytt navn, eller slå to skrivemåter av samme enhet sammen til én.

Begge går gjennom brukstilfellene i `tjenester.oversikt` (fast id og nøkkel følger målet).
Sammenslåingen spør først (gjennom `gui.meldinger`), fordi den ikke kan angres.

Signal `endret()`: enhetene er endret (startsiden og oversikten bør leses på nytt).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vurdering.domene.feltregler import Feltfeil
from vurdering.gui.felles import meldinger
from vurdering.lagring.database import Database, DatabaseFeil
from vurdering.tjenester import oversikt as tjeneste


class Enhetsdialog(QDialog):
    """To deler: nytt navn for én enhet, og sammenslåing av to."""

    endret = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.setWindowTitle(self.tr("Enhetene"))
        self.setAccessibleName(self.tr("Enhetene"))
        lag = QVBoxLayout(self)
        forklaring = QLabel(
            self.tr(
                "Samme enhet kan være skrevet på to måter i filer fra ulike maskiner. Slå dem sammen, så "
                "regnes rundene som én enhets utvikling. Enheten du slår sammen inn i, beholder navn og id."
            )
        )
        forklaring.setWordWrap(True)
        lag.addWidget(forklaring)

        navn_boks = QGroupBox(self.tr("Gi nytt navn"))
        skjema = QFormLayout(navn_boks)
        self.navn_enhet = QComboBox()
        self.navn_enhet.setAccessibleName(self.tr("Enheten som skal få nytt navn"))
        self.nytt_navn = QLineEdit()
        self.nytt_navn.setMaxLength(200)
        self.nytt_navn.setAccessibleName(self.tr("Nytt navn"))
        self.navn_knapp = QPushButton(self.tr("Gi nytt navn"))
        self.navn_knapp.clicked.connect(self.gi_nytt_navn)
        skjema.addRow(self.tr("&Enhet:"), self.navn_enhet)
        skjema.addRow(self.tr("&Nytt navn:"), self.nytt_navn)
        skjema.addRow("", self.navn_knapp)
        lag.addWidget(navn_boks)

        sammen_boks = QGroupBox(self.tr("Slå sammen to skrivemåter"))
        skjema2 = QFormLayout(sammen_boks)
        self.fra = QComboBox()
        self.fra.setAccessibleName(self.tr("Enheten som slås sammen inn i den andre"))
        self.til = QComboBox()
        self.til.setAccessibleName(self.tr("Enheten som beholdes"))
        self.sammen_knapp = QPushButton(self.tr("Slå sammen…"))
        self.sammen_knapp.clicked.connect(self.slaa_sammen)
        skjema2.addRow(self.tr("&Flytt vurderingene til:"), self.fra)
        skjema2.addRow(self.tr("&Inn i (beholdes):"), self.til)
        skjema2.addRow("", self.sammen_knapp)
        lag.addWidget(sammen_boks)

        self.melding = QLabel()
        self.melding.setWordWrap(True)
        self.melding.setAccessibleName(self.tr("Melding"))
        lag.addWidget(self.melding)
        knapper = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        lukk = knapper.button(QDialogButtonBox.StandardButton.Close)
        lukk.setText(self.tr("Lukk"))
        knapper.rejected.connect(self.reject)
        lag.addWidget(knapper)
        self.fyll()

    def fyll(self) -> None:
        """Les enhetene på nytt (distrikt, navn og antall runder i listene)."""
        try:
            enheter = tjeneste.enheter(self._db)
        except DatabaseFeil as feil:
            self.melding.setText(str(feil))
            return
        for boks in (self.navn_enhet, self.fra, self.til):
            valgt = boks.currentData()
            boks.clear()
            for e in enheter:
                boks.addItem(self.tr("{0} ({1}, {2} vurderinger)").format(e.navn, e.distrikt, e.runder), e.id)
            i = boks.findData(valgt)
            if i >= 0:
                boks.setCurrentIndex(i)
        if self.til.currentIndex() == self.fra.currentIndex() and self.til.count() > 1:
            self.til.setCurrentIndex(1 if self.fra.currentIndex() == 0 else 0)

    def gi_nytt_navn(self) -> bool:
        enhet = self.navn_enhet.currentData()
        if enhet is None:
            return False
        try:
            tjeneste.gi_enhet_nytt_navn(self._db, int(enhet), self.nytt_navn.text())
        except (Feltfeil, DatabaseFeil) as e:
            self.melding.setText(str(e))
            self.nytt_navn.setFocus()
            return False
        self.melding.setText(self.tr("Enheten har fått navnet «{0}».").format(self.nytt_navn.text().strip()))
        self.nytt_navn.clear()
        self.fyll()
        self.endret.emit()
        return True

    def slaa_sammen(self) -> bool:
        fra, til = self.fra.currentData(), self.til.currentData()
        if fra is None or til is None:
            return False
        if fra == til:
            self.melding.setText(self.tr("Velg to ulike enheter."))
            return False
        if not meldinger.sporsmal(
            self,
            self.tr("Slå sammen enhetene?"),
            self.tr("Vurderingene til {0} flyttes til {1}, og {0} forsvinner fra listen. Det kan ikke angres.").format(
                self.fra.currentText(), self.til.currentText()
            ),
            ja=self.tr("Slå sammen"),
            nei=self.tr("Avbryt"),
        ):
            return False
        try:
            flyttet = tjeneste.slaa_sammen_enheter(self._db, int(fra), int(til))
        except (ValueError, DatabaseFeil) as e:
            self.melding.setText(str(e))
            return False
        self.melding.setText(self.tr("{0} vurderinger er flyttet.").format(flyttet))
        self.fyll()
        self.endret.emit()
        return True
