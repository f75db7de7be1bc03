"""«Rapportopplysninger…»: merking, konklusjon og signaturlinje for rapportene.

Lagres med vurderingen (`tjenester.rapportopplysninger`, med de samme reglene som
kommandolinjen) når brukeren trykker «Lagre».
Merkingen er «Intern» som standard, med «Unntatt offentlighet, jf. offl. § 14» som valg;
en egen tekst kan skrives, men programmet foreslår aldri en sikkerhetsgradering.
Konklusjonen og signaturen står i lederoppsummeringen («Kort rapport…»).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from vurdering.gui.felles import meldinger
from vurdering.lagring.database import Database, DatabaseFeil
from vurdering.tjenester import rapportopplysninger as tjeneste
from vurdering.tjenester.rapportopplysninger import STANDARD_MERKING

MERKINGER = (STANDARD_MERKING, "Unntatt offentlighet, jf. offl. § 14")


class Rapportopplysninger(QDialog):
    """Dialogen for merking, konklusjon og signatur; `lagre()` lukker den når lagringen gikk."""

    def __init__(
        self, db: Database, vurdering_id: int, parent: QWidget | None = None, *, skrivebeskyttet: bool = False
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.vurdering_id = vurdering_id
        self.setWindowTitle(self.tr("Rapportopplysninger"))
        self.setAccessibleName(self.windowTitle())
        felt = tjeneste.hent_rapportopplysninger(db, vurdering_id)

        forklaring = QLabel(
            self.tr(
                "Merkingen står på hver side av rapportene. Konklusjonen og signaturlinjen står i "
                "lederoppsummeringen (Kort rapport)."
            )
        )
        forklaring.setWordWrap(True)

        self.merking = QComboBox()
        self.merking.setEditable(True)
        self.merking.addItems(list(MERKINGER))
        self.merking.setCurrentText(felt.merking)
        self.merking.setAccessibleName(self.tr("Merking"))

        self.konklusjon = QPlainTextEdit(felt.konklusjon)
        self.konklusjon.setAccessibleName(self.tr("Konklusjon"))
        self.konklusjon.setPlaceholderText(self.tr("Hva ledelsen bør vite og gjøre, med enhetens egne ord"))
        self.konklusjon.setMinimumHeight(self.fontMetrics().height() * 8)

        self.navn = QLineEdit(felt.signatur_navn)
        self.navn.setAccessibleName(self.tr("Signatur: navn"))
        self.navn.setPlaceholderText(self.tr("Kan stå tomt"))
        self.rolle = QLineEdit(felt.signatur_rolle)
        self.rolle.setAccessibleName(self.tr("Signatur: rolle"))
        self.rolle.setPlaceholderText(self.tr("For eksempel Stasjonssjef"))
        self.dato = QDateEdit()
        self.dato.setCalendarPopup(True)
        self.dato.setDisplayFormat("dd.MM.yyyy")
        self.dato.setAccessibleName(self.tr("Signatur: dato"))
        lagret = felt.signatur_dato
        try:
            d = date.fromisoformat(lagret) if lagret else date.today()
        except ValueError:
            d = date.today()
        self.dato.setDate(QDate(d.year, d.month, d.day))

        skjema = QFormLayout()
        skjema.addRow(self.tr("&Merking:"), self.merking)
        skjema.addRow(self.tr("&Konklusjon:"), self.konklusjon)
        skjema.addRow(self.tr("Signatur, &navn:"), self.navn)
        skjema.addRow(self.tr("Signatur, &rolle:"), self.rolle)
        skjema.addRow(self.tr("Signatur, &dato:"), self.dato)

        knapper = QDialogButtonBox()
        self.lagre_knapp = knapper.addButton(self.tr("Lagre"), QDialogButtonBox.ButtonRole.AcceptRole)
        avbryt = knapper.addButton(self.tr("Avbryt"), QDialogButtonBox.ButtonRole.RejectRole)
        for k in (self.lagre_knapp, avbryt):
            k.setAccessibleName(k.text())
        knapper.accepted.connect(self.lagre)
        knapper.rejected.connect(self.reject)
        for w in (self.merking, self.konklusjon, self.navn, self.rolle, self.dato, self.lagre_knapp):
            w.setEnabled(not skrivebeskyttet)

        lag = QVBoxLayout(self)
        lag.addWidget(forklaring)
        lag.addLayout(skjema)
        lag.addWidget(knapper)
        self.resize(self.fontMetrics().horizontalAdvance("M") * 45, self.sizeHint().height())

    def lagre(self) -> bool:
        """Lagre feltene; dialogen lukkes bare når lagringen gikk."""
        d = self.dato.date()
        ny = tjeneste.Rapportopplysninger(
            merking=self.merking.currentText(),
            konklusjon=self.konklusjon.toPlainText(),
            signatur_navn=self.navn.text(),
            signatur_rolle=self.rolle.text(),
            signatur_dato=date(d.year(), d.month(), d.day()).isoformat(),
        )
        try:
            tjeneste.lagre_rapportopplysninger(self.db, self.vurdering_id, ny)
        except (DatabaseFeil, ValueError) as e:
            meldinger.feil(self, self.tr("Ikke lagret"), str(e))
            return False
        self.accept()
        return True
