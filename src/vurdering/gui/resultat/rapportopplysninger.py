"""«Rapportopplysninger…»: merking, konklusjon og signaturlinje for rapportene.

Lagres med vurderingen (`repository.sett_tekstfelt`) når brukeren trykker «Lagre».
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
from vurdering.lagring import repository as repo
from vurdering.lagring.database import Database, DatabaseFeil

MERKINGER = ("Intern", "Unntatt offentlighet, jf. offl. § 14")
MAKS_KONKLUSJON = 4000


class Rapportopplysninger(QDialog):
    def __init__(
        self, db: Database, vurdering_id: int, parent: QWidget | None = None, *, skrivebeskyttet: bool = False
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.vurdering_id = vurdering_id
        self.setWindowTitle(self.tr("Rapportopplysninger"))
        self.setAccessibleName(self.windowTitle())
        felt = repo.hent_tekstfelt(db, vurdering_id)

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
        self.merking.setCurrentText(felt.get("merking") or MERKINGER[0])
        self.merking.setAccessibleName(self.tr("Merking"))

        self.konklusjon = QPlainTextEdit(felt.get("konklusjon", ""))
        self.konklusjon.setAccessibleName(self.tr("Konklusjon"))
        self.konklusjon.setPlaceholderText(self.tr("Hva ledelsen bør vite og gjøre, med enhetens egne ord"))
        self.konklusjon.setMinimumHeight(self.fontMetrics().height() * 8)

        self.navn = QLineEdit(felt.get("signatur_navn", ""))
        self.navn.setAccessibleName(self.tr("Signatur: navn"))
        self.navn.setPlaceholderText(self.tr("Kan stå tomt"))
        self.rolle = QLineEdit(felt.get("signatur_rolle", ""))
        self.rolle.setAccessibleName(self.tr("Signatur: rolle"))
        self.rolle.setPlaceholderText(self.tr("For eksempel Stasjonssjef"))
        self.dato = QDateEdit()
        self.dato.setCalendarPopup(True)
        self.dato.setDisplayFormat("dd.MM.yyyy")
        self.dato.setAccessibleName(self.tr("Signatur: dato"))
        lagret = felt.get("signatur_dato", "")
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
        merking = self.merking.currentText().strip() or MERKINGER[0]
        konklusjon = self.konklusjon.toPlainText().strip()
        if len(konklusjon) > MAKS_KONKLUSJON:
            meldinger.feil(
                self,
                self.tr("For lang konklusjon"),
                self.tr("Konklusjonen kan være høyst {0} tegn; den er {1}.").format(MAKS_KONKLUSJON, len(konklusjon)),
            )
            return False
        d = self.dato.date()
        try:
            repo.sett_tekstfelt(
                self.db,
                self.vurdering_id,
                merking=merking[:200],
                konklusjon=konklusjon,
                signatur_navn=self.navn.text().strip(),
                signatur_rolle=self.rolle.text().strip(),
                signatur_dato=date(d.year(), d.month(), d.day()).isoformat(),
            )
        except (DatabaseFeil, ValueError) as e:
            meldinger.feil(self, self.tr("Ikke lagret"), str(e))
            return False
        self.accept()
        return True
