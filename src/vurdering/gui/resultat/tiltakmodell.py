"""Tiltaksplanen som tabellmodell: vurderingens tiltak med tekst, ansvarlig, frist, status og indikator.

Hver endring lagres med en gang gjennom `tjenester.plan` (samme regler som på
kommandolinjen: tekst påkrevd, frist som dato, kjent status, indikator som er med).

Signaler (TiltakModell):
- `lagret(str)`: en endring er committet; verdien er klokkeslettet «HH:MM:SS».
- `feil(str)`: en endring ble ikke lagret; verdien er en norsk melding til brukeren.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

from vurdering.domene.bank import BankFeil
from vurdering.domene.formater import dato as norsk_dato
from vurdering.domene.modell import TILTAKSTATUS_NAVN, Tiltak, TiltakStatus
from vurdering.gui.felles import sprak
from vurdering.lagring.database import Database, DatabaseFeil
from vurdering.tjenester import plan

KOL_TEKST, KOL_EIER, KOL_FRIST, KOL_STATUS, KOL_INDIKATOR = range(5)
INGEN_FRIST = QDate(2000, 1, 1)  # datovelgerens minste dato betyr «ingen frist»
_AAPNE = (TiltakStatus.IKKE_STARTET, TiltakStatus.PAGAR)

Indeks = QModelIndex | QPersistentModelIndex


def tiltakstatus_navn(status: str) -> str:
    """Visningsnavnet til en tiltaksstatus på vinduets språk (fra domenets navneliste)."""
    navn = TILTAKSTATUS_NAVN.get(str(status))
    if navn is None:
        return str(status)
    return navn[1] if sprak.gjeldende() == "nn" else navn[0]


class TiltakModell(QAbstractTableModel):
    """Tiltakene i én vurdering som tabell. Se modulens docstring for signalene."""

    lagret = Signal(str)
    feil = Signal(str)

    def __init__(self, db: Database, vurdering_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.vurdering_id = vurdering_id
        self._tiltak: list[Tiltak] = []
        self._indikatorer: dict[str, str] = {}  # id → «KK-02 Tittel», i bankens rekkefølge
        self.skrivebeskyttet = False
        self.lesefeil = ""  # siste feil fra `last`, for den som kobler seg til etter oppstart
        self.last()

    # --- data ----------------------------------------------------------------------------------

    def last(self) -> None:
        """Les tiltakene og vurderingens indikatorer på nytt."""
        self.beginResetModel()
        try:
            self._indikatorer = plan.indikatorer(self.db, self.vurdering_id)
            self._tiltak = plan.liste_tiltak(self.db, self.vurdering_id)
        except (DatabaseFeil, BankFeil, KeyError) as e:
            self._tiltak = []
            self.endResetModel()
            self.lesefeil = self.tr("Tiltaksplanen kunne ikke leses: {feil}").format(feil=e)
            self.feil.emit(self.lesefeil)
            return
        self.lesefeil = ""
        self.endResetModel()

    @property
    def indikatorer(self) -> dict[str, str]:
        return dict(self._indikatorer)

    def tiltak(self, rad: int) -> Tiltak:
        return self._tiltak[rad]

    def alle(self) -> list[Tiltak]:
        return list(self._tiltak)

    # --- Qt-modellen ---------------------------------------------------------------------------

    def rowCount(self, parent: Indeks = QModelIndex()) -> int:  # noqa: B008 – Qt-signaturen
        return 0 if parent.isValid() else len(self._tiltak)

    def columnCount(self, parent: Indeks = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, seksjon: int, retning: Qt.Orientation, rolle: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if rolle != Qt.ItemDataRole.DisplayRole:
            return None
        if retning == Qt.Orientation.Horizontal:
            navn = [
                self.tr("Tiltak"),
                self.tr("Ansvarlig rolle"),
                self.tr("Frist"),
                self.tr("Status"),
                self.tr("Indikator"),
            ]
            return navn[seksjon] if 0 <= seksjon < len(navn) else None
        return str(seksjon + 1)

    def flags(self, index: Indeks) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flagg = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.skrivebeskyttet:
            flagg |= Qt.ItemFlag.ItemIsEditable
        return flagg

    def _forfalt(self, t: Tiltak) -> bool:
        if not t.frist or t.status not in _AAPNE:
            return False
        try:
            return date.fromisoformat(t.frist) < date.today()
        except ValueError:
            return False

    def data(self, index: Indeks, rolle: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._tiltak):
            return None
        t = self._tiltak[index.row()]
        kol = index.column()
        if rolle == Qt.ItemDataRole.DisplayRole:
            if kol == KOL_TEKST:
                return t.tekst
            if kol == KOL_EIER:
                return t.eier_rolle or "–"
            if kol == KOL_FRIST:
                if not t.frist:
                    return self.tr("Ingen frist")
                tekst = norsk_dato(t.frist)
                return tekst + " " + self.tr("(forfalt)") if self._forfalt(t) else tekst
            if kol == KOL_STATUS:
                return tiltakstatus_navn(t.status)
            if kol == KOL_INDIKATOR:
                if not t.indikator_id:
                    return self.tr("Ingen")
                return self._indikatorer.get(t.indikator_id, t.indikator_id)
        elif rolle == Qt.ItemDataRole.EditRole:
            if kol == KOL_TEKST:
                return t.tekst
            if kol == KOL_EIER:
                return t.eier_rolle
            if kol == KOL_FRIST:
                return QDate.fromString(t.frist, Qt.DateFormat.ISODate) if t.frist else INGEN_FRIST
            if kol == KOL_STATUS:
                return t.status.value
            if kol == KOL_INDIKATOR:
                return t.indikator_id or ""
        elif rolle == Qt.ItemDataRole.ToolTipRole:
            if kol in (KOL_TEKST, KOL_EIER, KOL_INDIKATOR):
                return self.data(index, Qt.ItemDataRole.DisplayRole)
            return self.tr("Dobbeltklikk eller trykk F2 for å endre.")
        elif rolle == Qt.ItemDataRole.FontRole and kol == KOL_FRIST and self._forfalt(t):
            skrift = QFont()
            skrift.setBold(True)
            return skrift
        return None

    def setData(self, index: Indeks, verdi: Any, rolle: int = Qt.ItemDataRole.EditRole) -> bool:
        if rolle != Qt.ItemDataRole.EditRole or not index.isValid() or self.skrivebeskyttet:
            return False
        rad, kol = index.row(), index.column()
        if not 0 <= rad < len(self._tiltak):
            return False
        gammel = self._tiltak[rad]
        try:
            ny = self._endret(gammel, kol, verdi)
        except ValueError as e:
            self.feil.emit(str(e))
            return False
        if ny == gammel:
            return True
        try:
            ny = plan.endre_tiltak(self.db, self.vurdering_id, ny)
        except (DatabaseFeil, ValueError) as e:
            self.feil.emit(self.tr("Endringen ble ikke lagret: {feil}").format(feil=e))
            return False
        self._tiltak[rad] = ny
        self.dataChanged.emit(self.index(rad, 0), self.index(rad, self.columnCount() - 1))
        self.lagret.emit(QTime.currentTime().toString("HH:mm:ss"))
        return True

    def _endret(self, t: Tiltak, kol: int, verdi: Any) -> Tiltak:
        """Tiltaket med cellens nye verdi; reglene for feltene kontrolleres av `plan.endre_tiltak`."""
        if kol == KOL_TEKST:
            return dataclasses.replace(t, tekst=str(verdi or ""))
        if kol == KOL_EIER:
            return dataclasses.replace(t, eier_rolle=str(verdi or ""))
        if kol == KOL_FRIST:
            if isinstance(verdi, QDate):
                frist = "" if not verdi.isValid() or verdi <= INGEN_FRIST else verdi.toString(Qt.DateFormat.ISODate)
            elif isinstance(verdi, date):
                frist = verdi.isoformat()
            else:
                frist = str(verdi or "")
            return dataclasses.replace(t, frist=frist)
        if kol == KOL_STATUS:
            return dataclasses.replace(t, status=verdi)
        if kol == KOL_INDIKATOR:
            return dataclasses.replace(t, indikator_id=str(verdi or "") or None)
        raise ValueError(self.tr("Ukjent kolonne."))

    # --- nye og slettede ------------------------------------------------------------------------

    def legg_til(self, tekst: str, eier_rolle: str = "", indikator_id: str | None = None) -> int | None:
        """Lagre et nytt tiltak sist i planen; gir id-en, eller None (og `feil`) når det ikke gikk."""
        if self.skrivebeskyttet:
            return None
        if not tekst.strip():
            self.feil.emit(self.tr("Tiltaket må ha en tekst. Skriv hva som skal gjøres."))
            return None
        try:
            nytt = plan.nytt_tiltak(self.db, self.vurdering_id, tekst, eier_rolle=eier_rolle, indikator_id=indikator_id)
        except (DatabaseFeil, ValueError) as e:
            self.feil.emit(self.tr("Tiltaket ble ikke lagret: {feil}").format(feil=e))
            return None
        rad = len(self._tiltak)
        self.beginInsertRows(QModelIndex(), rad, rad)
        self._tiltak.append(nytt)
        self.endInsertRows()
        self.lagret.emit(QTime.currentTime().toString("HH:mm:ss"))
        return nytt.id

    def slett(self, rad: int) -> bool:
        """Slett tiltaket på raden fra databasen og tabellen."""
        if self.skrivebeskyttet or not 0 <= rad < len(self._tiltak):
            return False
        t = self._tiltak[rad]
        try:
            if t.id is not None:
                plan.slett_tiltak(self.db, self.vurdering_id, t.id)
        except (DatabaseFeil, ValueError) as e:
            self.feil.emit(self.tr("Tiltaket ble ikke slettet: {feil}").format(feil=e))
            return False
        self.beginRemoveRows(QModelIndex(), rad, rad)
        del self._tiltak[rad]
        self.endRemoveRows()
        self.lagret.emit(QTime.currentTime().toString("HH:mm:ss"))
        return True


