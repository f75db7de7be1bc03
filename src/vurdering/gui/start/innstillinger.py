"""Innstillingene for vinduet (språk, kontrast, tekststørrelse) og dialogen der de velges.

Innstillingene lagres i databasefilen gjennom `tjenester.innstillinger`, så de følger
brukerens data og huskes til neste start. Går lagringen ikke, beholdes valget ut økten:
en innstilling er ikke brukerdata, og skrivefeilen vises når et svar lagres.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from vurdering.lagring.database import Database, DatabaseFeil
from vurdering.tjenester import innstillinger as tjeneste
from vurdering.tjenester.innstillinger import MAKS_SKALA, MIN_SKALA, Innstillinger

__all__ = ["Innstillinger", "Innstillingsdialog", "lagre_sprak", "lagre_utseende"]


def lagre_utseende(db: Database, skala: float, kontrast: bool) -> None:
    """Husk tekststørrelse og kontrast til neste start (en skrivefeil her stopper ingenting)."""
    try:
        tjeneste.sett_skala(db, skala)
        tjeneste.sett_kontrast(db, kontrast)
    except DatabaseFeil:
        pass


def lagre_sprak(db: Database, sprak: str) -> None:
    """Husk språket i vinduet til neste start (en skrivefeil her stopper ingenting)."""
    try:
        tjeneste.sett_sprak(db, sprak)
    except (DatabaseFeil, ValueError):
        pass


class Innstillingsdialog(QDialog):
    """Velg språk, høy kontrast og tekststørrelse. Les valget med `valgt()` etter `accepted`."""

    def __init__(self, gjeldende: Innstillinger, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Innstillinger"))
        self.setAccessibleName(self.tr("Innstillinger"))
        lag = QVBoxLayout(self)
        skjema = QFormLayout()
        # Ikke WrapLongRows: da regner QFormLayout radhøydene for liten skrift, og store bokstaver klippes nederst.
        skjema.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)

        self.sprak = QComboBox()
        self.sprak.addItem(self.tr("Bokmål"), "nb")
        self.sprak.addItem(self.tr("Nynorsk"), "nn")
        self.sprak.setCurrentIndex(1 if gjeldende.sprak == "nn" else 0)
        self.sprak.setAccessibleName(self.tr("Språk i vinduet"))
        skjema.addRow(self.tr("Språk i vinduet:"), self.sprak)

        self.kontrast = QCheckBox(self.tr("Høy kontrast"))
        self.kontrast.setChecked(gjeldende.kontrast)
        self.kontrast.setAccessibleName(self.tr("Høy kontrast"))
        forklaring = QLabel(self.tr("Svart bakgrunn, hvit og gul tekst."))
        forklaring.setWordWrap(True)  # en lang avkrysningstekst ville gjort dialogen bredere enn skjermen ved 300 %
        self.kontrast.setAccessibleDescription(forklaring.text())
        skjema.addRow(self.tr("Kontrast:"), self.kontrast)
        skjema.addRow("", forklaring)

        self.storrelse = QSpinBox()
        self.storrelse.setRange(round(MIN_SKALA * 100), round(MAKS_SKALA * 100))
        self.storrelse.setSingleStep(25)
        self.storrelse.setSuffix(" %")
        self.storrelse.setValue(round(gjeldende.skala * 100))
        self.storrelse.setAccessibleName(self.tr("Tekststørrelse i prosent"))
        skjema.addRow(self.tr("Tekststørrelse:"), self.storrelse)
        lag.addLayout(skjema)

        hint = QLabel(self.tr("Tips: Ctrl+pluss og Ctrl+minus endrer tekststørrelsen, Ctrl+0 går tilbake til 100 %."))
        hint.setWordWrap(True)
        lag.addWidget(hint)

        knapper = QDialogButtonBox()
        ok = knapper.addButton(self.tr("OK"), QDialogButtonBox.ButtonRole.AcceptRole)
        avbryt = knapper.addButton(self.tr("Avbryt"), QDialogButtonBox.ButtonRole.RejectRole)
        ok.setAccessibleName(ok.text())
        avbryt.setAccessibleName(avbryt.text())
        ok.setDefault(True)
        knapper.accepted.connect(self.accept)
        knapper.rejected.connect(self.reject)
        lag.addWidget(knapper)

    def valgt(self) -> Innstillinger:
        return Innstillinger(
            sprak=str(self.sprak.currentData()),
            kontrast=self.kontrast.isChecked(),
            skala=self.storrelse.value() / 100,
        )
