"""Innstillingene for vinduet (språk, kontrast, tekststørrelse) og dialogen der de velges.

Innstillingene lagres i databasefilen (`repository.lagre_innstilling`), så de følger
brukerens data og huskes til neste start.
"""

from __future__ import annotations

from dataclasses import dataclass

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

from vurdering.gui.felles import utseende
from vurdering.lagring import repository as repo
from vurdering.lagring.database import Database, DatabaseFeil

NOKKEL_SPRAK = "gui.sprak"
NOKKEL_KONTRAST = "gui.kontrast"
NOKKEL_SKALA = "gui.skala"


@dataclass(frozen=True)
class Innstillinger:
    sprak: str = "nb"
    kontrast: bool = False
    skala: float = 1.0


def hent(db: Database) -> Innstillinger:
    """Innstillingene i databasen; ugyldige eller manglende verdier gir standardverdien."""
    try:
        sprak = repo.hent_innstilling(db, NOKKEL_SPRAK, "nb")
        kontrast = repo.hent_innstilling(db, NOKKEL_KONTRAST, "0") == "1"
        skala_tekst = repo.hent_innstilling(db, NOKKEL_SKALA, "1.0")
    except DatabaseFeil:
        return Innstillinger()
    try:
        skala = float(skala_tekst)
    except ValueError:
        skala = 1.0
    return Innstillinger(sprak if sprak in ("nb", "nn") else "nb", kontrast, skala)


def lagre(db: Database, nokkel: str, verdi: str) -> None:
    """Lagre én innstilling. Går det ikke, beholdes valget likevel ut økten."""
    try:
        repo.lagre_innstilling(db, nokkel, verdi)
    except DatabaseFeil:
        pass  # en innstilling er ikke brukerdata; skrivefeilen vises når et svar lagres


class Innstillingsdialog(QDialog):
    """Velg språk, høy kontrast og tekststørrelse. Les valget med `valgt()` etter `accepted`."""

    def __init__(self, gjeldende: Innstillinger, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Innstillinger"))
        self.setAccessibleName(self.tr("Innstillinger"))
        lag = QVBoxLayout(self)
        skjema = QFormLayout()
        skjema.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)

        self.sprak = QComboBox()
        self.sprak.addItem(self.tr("Bokmål"), "nb")
        self.sprak.addItem(self.tr("Nynorsk"), "nn")
        self.sprak.setCurrentIndex(1 if gjeldende.sprak == "nn" else 0)
        self.sprak.setAccessibleName(self.tr("Språk i vinduet"))
        skjema.addRow(self.tr("Språk i vinduet:"), self.sprak)

        self.kontrast = QCheckBox(self.tr("Høy kontrast (svart bakgrunn, hvit og gul tekst)"))
        self.kontrast.setChecked(gjeldende.kontrast)
        self.kontrast.setAccessibleName(self.tr("Høy kontrast"))
        skjema.addRow(self.tr("Kontrast:"), self.kontrast)

        self.storrelse = QSpinBox()
        self.storrelse.setRange(round(utseende.MIN_SKALA * 100), round(utseende.MAKS_SKALA * 100))
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
