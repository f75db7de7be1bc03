"""Åpne databasen trygt ved oppstart, og gjenopprette en sikkerhetskopi.

`apne_database` er det vinduet bruker for å åpne filen: tar programlåsen (ett vindu per
fil), åpner og kontrollerer filen, tar dagens sikkerhetskopi, og – når filen er skadet –
forklarer hva som er galt og tilbyr å gjenopprette en kopi eller begynne på en ny fil.
Den skadde filen flyttes til side med tidsstempel; den blir aldri overskrevet eller slettet.
Dialogene har klassemetoder (`spor`, `velg`) som testene kan bytte ut.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vurdering.gui.felles import meldinger
from vurdering.lagring import sikkerhetskopi
from vurdering.lagring.database import Database, DatabaseFeil, ForNyDatabase, OdelagtDatabase, apne
from vurdering.lagring.laas import Programlaas


def _storrelse(byte: int) -> str:
    if byte < 1024 * 1024:
        return f"{max(1, round(byte / 1024))} kB"
    return f"{byte / (1024 * 1024):.1f} MB".replace(".", ",")


class Valg(Enum):
    GJENOPPRETT = "gjenopprett"
    NY_FIL = "ny_fil"
    AVSLUTT = "avslutt"


class OdelagtDatabaseDialog(QDialog):
    """Forklarer at databasefilen ikke kan brukes, og lar brukeren velge veien videre."""

    def __init__(self, parent: QWidget | None, sti: Path, melding: str, har_kopier: bool) -> None:
        super().__init__(parent)
        self.valg = Valg.AVSLUTT
        self.setWindowTitle(QCoreApplication.translate("gjenoppretting", "Databasefilen kan ikke brukes"))
        self.setAccessibleName(self.windowTitle())
        tekst = QLabel(
            melding
            + "\n\n"
            + QCoreApplication.translate(
                "gjenoppretting",
                "Ingenting er slettet. Du kan gjenopprette en sikkerhetskopi eller begynne på en ny, "
                "tom fil. Den skadde filen flyttes da til side i samme mappe, slik at den kan undersøkes senere.",
            )
        )
        tekst.setWordWrap(True)
        tekst.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        tekst.setAccessibleName(QCoreApplication.translate("gjenoppretting", "Forklaring"))
        knapper = QDialogButtonBox()
        self.gjenopprett = QPushButton(QCoreApplication.translate("gjenoppretting", "Gjenopprett sikkerhetskopi …"))
        self.gjenopprett.setEnabled(har_kopier)
        if not har_kopier:
            self.gjenopprett.setToolTip(
                QCoreApplication.translate("gjenoppretting", "Det finnes ingen sikkerhetskopier av denne filen.")
            )
        self.ny_fil = QPushButton(QCoreApplication.translate("gjenoppretting", "Begynn på en ny fil"))
        self.avslutt = QPushButton(QCoreApplication.translate("gjenoppretting", "Avslutt"))
        for knapp, valg, rolle in (
            (self.gjenopprett, Valg.GJENOPPRETT, QDialogButtonBox.ButtonRole.AcceptRole),
            (self.ny_fil, Valg.NY_FIL, QDialogButtonBox.ButtonRole.ActionRole),
            (self.avslutt, Valg.AVSLUTT, QDialogButtonBox.ButtonRole.RejectRole),
        ):
            knapp.setAccessibleName(knapp.text())
            knapp.clicked.connect(lambda _=False, v=valg: self._velg(v))
            knapper.addButton(knapp, rolle)
        lag = QVBoxLayout(self)
        lag.addWidget(tekst)
        lag.addWidget(knapper)
        (self.gjenopprett if har_kopier else self.ny_fil).setDefault(True)

    def _velg(self, valg: Valg) -> None:
        self.valg = valg
        self.accept()

    @classmethod
    def spor(cls, parent: QWidget | None, sti: Path, melding: str, har_kopier: bool) -> Valg:
        dialog = cls(parent, sti, melding, har_kopier)
        dialog.exec()
        return dialog.valg


class Gjenopprettingsdialog(QDialog):
    """Lister sikkerhetskopiene etter dato og størrelse; «Gjenopprett» gir den valgte."""

    def __init__(self, parent: QWidget | None, db_sti: Path) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("gjenoppretting", "Gjenopprett sikkerhetskopi"))
        self.setAccessibleName(self.windowTitle())
        self.kopier = sikkerhetskopi.liste_kopier(db_sti)
        forklaring = QLabel(
            QCoreApplication.translate(
                "gjenoppretting",
                "Forkant tar en kopi av databasen hver dag programmet startes, og beholder de ti nyeste. "
                "Den nåværende filen legges til side før kopien settes inn.",
            )
        )
        forklaring.setWordWrap(True)
        self.tabell = QTableWidget(len(self.kopier), 2)
        self.tabell.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("gjenoppretting", "Tatt"),
                QCoreApplication.translate("gjenoppretting", "Størrelse"),
            ]
        )
        self.tabell.setAccessibleName(QCoreApplication.translate("gjenoppretting", "Sikkerhetskopier"))
        self.tabell.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tabell.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tabell.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tabell.verticalHeader().hide()
        self.tabell.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for rad, kopi in enumerate(self.kopier):
            self.tabell.setItem(rad, 0, QTableWidgetItem(kopi.tidspunkt.strftime("%d.%m.%Y kl. %H:%M:%S")))
            storrelse = QTableWidgetItem(_storrelse(kopi.storrelse))
            storrelse.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.tabell.setItem(rad, 1, storrelse)
        if self.kopier:
            self.tabell.selectRow(0)
        self.tabell.doubleClicked.connect(self.accept)
        knapper = QDialogButtonBox()
        self.ok = knapper.addButton(
            QCoreApplication.translate("gjenoppretting", "Gjenopprett"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok.setEnabled(bool(self.kopier))
        avbryt = knapper.addButton(
            QCoreApplication.translate("gjenoppretting", "Avbryt"), QDialogButtonBox.ButtonRole.RejectRole
        )
        for k in (self.ok, avbryt):
            k.setAccessibleName(k.text())
        knapper.accepted.connect(self.accept)
        knapper.rejected.connect(self.reject)
        lag = QVBoxLayout(self)
        lag.addWidget(forklaring)
        if not self.kopier:
            lag.addWidget(
                QLabel(QCoreApplication.translate("gjenoppretting", "Det finnes ingen sikkerhetskopier ennå."))
            )
        lag.addWidget(self.tabell)
        lag.addWidget(knapper)
        self.resize(self.fontMetrics().horizontalAdvance("M") * 40, self.fontMetrics().height() * 20)

    def valgt(self) -> Path | None:
        rader = self.tabell.selectionModel().selectedRows()
        return self.kopier[rader[0].row()].sti if rader else None

    @classmethod
    def velg(cls, parent: QWidget | None, db_sti: Path) -> Path | None:
        dialog = cls(parent, db_sti)
        return dialog.valgt() if dialog.exec() == QDialog.DialogCode.Accepted else None


@dataclass
class AapenDatabase:
    db: Database
    laas: Programlaas

    def lukk(self) -> None:
        self.db.lukk()
        self.laas.slipp()


def apne_database(parent: QWidget | None, sti: Path) -> AapenDatabase | None:
    """Åpne databasen for vinduet; None når den ikke kan eller skal åpnes (brukeren er informert)."""
    laas = Programlaas(sti)
    try:
        laas.ta()
    except DatabaseFeil as e:
        meldinger.feil(parent, QCoreApplication.translate("gjenoppretting", "Databasen er i bruk"), str(e))
        return None
    while True:
        try:
            db = apne(sti, opprett=True)
        except ForNyDatabase as e:
            meldinger.feil(parent, QCoreApplication.translate("gjenoppretting", "For ny database"), str(e))
            break
        except OdelagtDatabase as e:
            if not _handter_odelagt(parent, sti, str(e)):
                break
            continue
        except DatabaseFeil as e:
            meldinger.feil(parent, QCoreApplication.translate("gjenoppretting", "Kan ikke åpne databasen"), str(e))
            break
        try:
            sikkerhetskopi.dagens(db)
        except OdelagtDatabase as e:  # integritetssjekken før kopien fant en skadet side
            db.lukk()
            if not _handter_odelagt(parent, sti, str(e)):
                break
            continue
        except DatabaseFeil as e:
            meldinger.advarsel(
                parent, QCoreApplication.translate("gjenoppretting", "Ingen sikkerhetskopi i dag"), str(e)
            )
        return AapenDatabase(db, laas)
    laas.slipp()
    return None


def _handter_odelagt(parent: QWidget | None, sti: Path, melding: str) -> bool:
    """Gi brukeren valget; True når det er verdt å prøve å åpne filen på nytt."""
    valg = OdelagtDatabaseDialog.spor(parent, sti, melding, bool(sikkerhetskopi.liste_kopier(sti)))
    try:
        if valg is Valg.GJENOPPRETT:
            kopi = Gjenopprettingsdialog.velg(parent, sti)
            if kopi is None:
                return True  # tilbake til valget
            til_side = sikkerhetskopi.sett_til_side(sti, "odelagt")
            sikkerhetskopi.gjenopprett(sti, kopi)
            meldinger.info(
                parent,
                QCoreApplication.translate("gjenoppretting", "Sikkerhetskopien er gjenopprettet"),
                QCoreApplication.translate("gjenoppretting", "Den skadde filen er flyttet til {sti}.").format(
                    sti=til_side
                ),
            )
            return True
        if valg is Valg.NY_FIL:
            til_side = sikkerhetskopi.sett_til_side(sti, "odelagt")
            meldinger.info(
                parent,
                QCoreApplication.translate("gjenoppretting", "Ny, tom fil"),
                QCoreApplication.translate(
                    "gjenoppretting", "Den skadde filen er flyttet til {sti}. Forkant begynner på en ny fil."
                ).format(sti=til_side),
            )
            return True
    except DatabaseFeil as e:
        meldinger.feil(parent, QCoreApplication.translate("gjenoppretting", "Det gikk ikke"), str(e))
        return True
    return False


def gjenopprett_fra_meny(parent: QWidget | None, aapen: AapenDatabase) -> Database | None:
    """«Gjenopprett sikkerhetskopi…» i menyen: gir den nye forbindelsen, eller None om ingenting ble gjort."""
    kopi = Gjenopprettingsdialog.velg(parent, aapen.db.sti)
    if kopi is None:
        return None
    if not meldinger.sporsmal(
        parent,
        QCoreApplication.translate("gjenoppretting", "Gjenopprett sikkerhetskopi"),
        QCoreApplication.translate(
            "gjenoppretting", "Erstatte databasen med kopien? Den nåværende filen legges til side, ikke slettes."
        ),
        ja=QCoreApplication.translate("gjenoppretting", "Gjenopprett"),
        nei=QCoreApplication.translate("gjenoppretting", "Avbryt"),
    ):
        return None
    sti = aapen.db.sti
    aapen.db.lukk()
    try:
        til_side = sikkerhetskopi.gjenopprett(sti, kopi)
    except DatabaseFeil as e:
        meldinger.feil(parent, QCoreApplication.translate("gjenoppretting", "Det gikk ikke"), str(e))
        aapen.db = apne(sti, opprett=True)
        return None
    aapen.db = apne(sti, opprett=True)
    meldinger.info(
        parent,
        QCoreApplication.translate("gjenoppretting", "Sikkerhetskopien er gjenopprettet"),
        QCoreApplication.translate("gjenoppretting", "Den forrige filen er lagt til side som {navn}.").format(
            navn=til_side.name if til_side else "–"
        ),
    )
    return aapen.db
