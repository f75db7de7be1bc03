"""Tiltaksplanen: hva enheten skal gjøre, hvem som har ansvaret, frist, status og indikator.

`TiltakModell` er en tabellmodell over vurderingens tiltak; hver endring lagres med en gang
gjennom `repository.lagre_tiltak` (eller `slett_tiltak`). `Tiltaksplanside` viser tabellen
med redigerere for hver kolonne (datovelger for frist, nedtrekkslister for status og
indikator), et lite skjema for egne tiltak og sletting med bekreftelse.

Sletting spør gjennom modulfunksjonen `bekreft`, som testene bytter ut.

Signaler (TiltakModell):
- `lagret(str)`: en endring er committet; verdien er klokkeslettet «HH:MM:SS».
- `feil(str)`: en endring ble ikke lagret; verdien er en norsk melding til brukeren.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTime,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vurdering.domene.bank import BankFeil
from vurdering.domene.formater import dato as norsk_dato
from vurdering.domene.modell import TILTAKSTATUS_NAVN, Tiltak, TiltakStatus
from vurdering.gui.felles import meldinger, sprak
from vurdering.lagring import repository
from vurdering.lagring.database import Database, DatabaseFeil

KOL_TEKST, KOL_EIER, KOL_FRIST, KOL_STATUS, KOL_INDIKATOR = range(5)
INGEN_FRIST = QDate(2000, 1, 1)  # datovelgerens minste dato betyr «ingen frist»
_AAPNE = (TiltakStatus.IKKE_STARTET, TiltakStatus.PAGAR)

Indeks = QModelIndex | QPersistentModelIndex


def bekreft(parent: QWidget | None, tittel: str, tekst: str) -> bool:
    """Spør før noe slettes; True bare når brukeren velger «Slett» («Avbryt» er standard)."""
    return meldinger.sporsmal(
        parent,
        tittel,
        tekst,
        ja=QCoreApplication.translate("tiltaksplan", "Slett"),
        nei=QCoreApplication.translate("tiltaksplan", "Avbryt"),
    )


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
            v = repository.hent_vurdering(self.db, self.vurdering_id)
            bank = repository.hent_bank(self.db, self.vurdering_id)
            self._indikatorer = {
                ind.id: f"{ind.id} {ind.tittel}" for mid in v.moduler for ind in bank.modul(mid).indikatorer
            }
            self._tiltak = repository.hent_tiltak(self.db, self.vurdering_id)
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
            repository.lagre_tiltak(self.db, self.vurdering_id, ny)
        except (DatabaseFeil, ValueError) as e:
            self.feil.emit(self.tr("Endringen ble ikke lagret: {feil}").format(feil=e))
            return False
        self._tiltak[rad] = ny
        self.dataChanged.emit(self.index(rad, 0), self.index(rad, self.columnCount() - 1))
        self.lagret.emit(QTime.currentTime().toString("HH:mm:ss"))
        return True

    def _endret(self, t: Tiltak, kol: int, verdi: Any) -> Tiltak:
        if kol == KOL_TEKST:
            tekst = str(verdi or "").strip()
            if not tekst:
                raise ValueError(self.tr("Tiltaket må ha en tekst. Skriv hva som skal gjøres."))
            return dataclasses.replace(t, tekst=tekst)
        if kol == KOL_EIER:
            return dataclasses.replace(t, eier_rolle=str(verdi or "").strip())
        if kol == KOL_FRIST:
            if isinstance(verdi, QDate):
                frist = "" if not verdi.isValid() or verdi <= INGEN_FRIST else verdi.toString(Qt.DateFormat.ISODate)
            elif isinstance(verdi, date):
                frist = verdi.isoformat()
            else:
                frist = str(verdi or "")
                if frist:
                    try:
                        date.fromisoformat(frist)
                    except ValueError:
                        raise ValueError(self.tr("Ugyldig frist: {dato}").format(dato=frist)) from None
            return dataclasses.replace(t, frist=frist)
        if kol == KOL_STATUS:
            try:
                return dataclasses.replace(t, status=TiltakStatus(str(verdi)))
            except ValueError:
                raise ValueError(self.tr("Ukjent status: {status}").format(status=verdi)) from None
        if kol == KOL_INDIKATOR:
            indikator = str(verdi or "") or None
            if indikator is not None and indikator not in self._indikatorer:
                raise ValueError(self.tr("Indikatoren {id} er ikke med i vurderingen.").format(id=indikator))
            return dataclasses.replace(t, indikator_id=indikator)
        raise ValueError(self.tr("Ukjent kolonne."))

    # --- nye og slettede ------------------------------------------------------------------------

    def legg_til(self, tekst: str, eier_rolle: str = "", indikator_id: str | None = None) -> int | None:
        """Lagre et nytt tiltak sist i planen; gir id-en, eller None (og `feil`) når det ikke gikk."""
        if self.skrivebeskyttet:
            return None
        tekst = tekst.strip()
        if not tekst:
            self.feil.emit(self.tr("Tiltaket må ha en tekst. Skriv hva som skal gjøres."))
            return None
        nytt = Tiltak(tekst=tekst, eier_rolle=eier_rolle.strip(), indikator_id=indikator_id)
        try:
            tiltak_id = repository.lagre_tiltak(self.db, self.vurdering_id, nytt)
        except (DatabaseFeil, ValueError) as e:
            self.feil.emit(self.tr("Tiltaket ble ikke lagret: {feil}").format(feil=e))
            return None
        rad = len(self._tiltak)
        self.beginInsertRows(QModelIndex(), rad, rad)
        self._tiltak.append(dataclasses.replace(nytt, id=tiltak_id))
        self.endInsertRows()
        self.lagret.emit(QTime.currentTime().toString("HH:mm:ss"))
        return tiltak_id

    def slett(self, rad: int) -> bool:
        """Slett tiltaket på raden fra databasen og tabellen."""
        if self.skrivebeskyttet or not 0 <= rad < len(self._tiltak):
            return False
        t = self._tiltak[rad]
        try:
            if t.id is not None:
                repository.slett_tiltak(self.db, self.vurdering_id, t.id)
        except DatabaseFeil as e:
            self.feil.emit(self.tr("Tiltaket ble ikke slettet: {feil}").format(feil=e))
            return False
        self.beginRemoveRows(QModelIndex(), rad, rad)
        del self._tiltak[rad]
        self.endRemoveRows()
        self.lagret.emit(QTime.currentTime().toString("HH:mm:ss"))
        return True


class _Redigerer(QStyledItemDelegate):
    """Redigerer per kolonne: tekstfelt, datovelger for frist, nedtrekkslister for status og indikator."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Indeks) -> QWidget:
        kol = index.column()
        modell = index.model()
        if kol == KOL_FRIST:
            dato = QDateEdit(parent)
            dato.setLocale(sprak.locale())
            dato.setCalendarPopup(True)
            dato.setDisplayFormat("dd.MM.yyyy")
            dato.setMinimumDate(INGEN_FRIST)
            dato.setSpecialValueText(self.tr("Ingen frist"))
            dato.setAccessibleName(self.tr("Frist"))
            dato.calendarWidget().setLocale(sprak.locale())
            dato.calendarWidget().setAccessibleName(self.tr("Kalender for frist"))
            return dato
        if kol in (KOL_STATUS, KOL_INDIKATOR):
            boks = QComboBox(parent)
            if kol == KOL_STATUS:
                boks.setAccessibleName(self.tr("Status"))
                for s in TiltakStatus:
                    boks.addItem(tiltakstatus_navn(s), s.value)
            else:
                boks.setAccessibleName(self.tr("Indikator"))
                boks.addItem(self.tr("Ingen"), "")
                indikatorer = modell.indikatorer if isinstance(modell, TiltakModell) else {}
                for iid, navn in indikatorer.items():
                    boks.addItem(navn, iid)
            boks.view().setAccessibleName(self.tr("Valg"))
            # Et valg i listen lagres straks, uten at brukeren må gå ut av cellen.
            boks.activated.connect(lambda _i, b=boks: self._ferdig(b))
            return boks
        felt = QLineEdit(parent)
        felt.setAccessibleName(self.tr("Tiltak") if kol == KOL_TEKST else self.tr("Ansvarlig rolle"))
        return felt

    def sizeHint(self, option: QStyleOptionViewItem, index: Indeks) -> QSize:
        # Litt luft over og under teksten, så radene ikke flyter sammen.
        storrelse = super().sizeHint(option, index)
        return QSize(storrelse.width(), storrelse.height() + option.fontMetrics.height() // 2)

    def _ferdig(self, editor: QWidget) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor)

    def setEditorData(self, editor: QWidget, index: Indeks) -> None:
        verdi = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QDateEdit):
            editor.setDate(verdi if isinstance(verdi, QDate) and verdi.isValid() else INGEN_FRIST)
            if editor.date() == INGEN_FRIST:
                # Kalenderen åpner på i dag, ikke på år 2000, når det ikke er satt noen frist.
                editor.calendarWidget().setSelectedDate(QDate.currentDate())
        elif isinstance(editor, QComboBox):
            nr = editor.findData(verdi)
            editor.setCurrentIndex(max(0, nr))
        elif isinstance(editor, QLineEdit):
            editor.setText(str(verdi or ""))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, modell: QAbstractItemModel, index: Indeks) -> None:
        if isinstance(editor, QDateEdit):
            modell.setData(index, editor.date(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QComboBox):
            modell.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QLineEdit):
            modell.setData(index, editor.text(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, modell, index)


class Tiltaksplanside(QWidget):
    """Tiltaksplanen for én vurdering: tabell, nytt tiltak og sletting."""

    def __init__(self, db: Database, vurdering_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.vurdering_id = vurdering_id
        self.setAccessibleName(self.tr("Tiltaksplan"))
        self.modell = TiltakModell(db, vurdering_id, self)
        self.modell.feil.connect(self._vis_feil)
        self.modell.lagret.connect(self._vis_lagret)
        self._bygg()
        self._oppdater_tilstand()
        if self.modell.lesefeil:
            self.status.setText(self.modell.lesefeil)

    def _bygg(self) -> None:
        lag = QVBoxLayout(self)
        tittel = QLabel("<h2>" + self.tr("Tiltaksplan") + "</h2>")
        tittel.setTextFormat(Qt.TextFormat.RichText)
        lag.addWidget(tittel)
        forklaring = QLabel(
            self.tr(
                "Hva dere skal gjøre, hvem som har ansvaret og innen når. Legg inn forslag fra sammendraget, "
                "eller skriv egne tiltak her. Dobbeltklikk på en celle (eller trykk F2) for å endre den. "
                "Alt lagres med en gang."
            )
        )
        forklaring.setWordWrap(True)
        lag.addWidget(forklaring)

        skjema = QFormLayout()
        skjema.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.ny_tekst = QLineEdit()
        self.ny_tekst.setPlaceholderText(self.tr("Hva skal gjøres?"))
        self.ny_tekst.setAccessibleName(self.tr("Nytt tiltak: hva skal gjøres"))
        self.ny_eier = QLineEdit()
        self.ny_eier.setPlaceholderText(self.tr("For eksempel Stasjonssjef"))
        self.ny_eier.setAccessibleName(self.tr("Nytt tiltak: ansvarlig rolle"))
        self.legg_til_knapp = QPushButton(self.tr("Legg til tiltak"))
        self.legg_til_knapp.setAccessibleName(self.tr("Legg til tiltak"))
        self.legg_til_knapp.clicked.connect(self.legg_til)
        self.ny_tekst.textChanged.connect(self._oppdater_tilstand)
        self.ny_tekst.returnPressed.connect(self.legg_til)
        self.ny_eier.returnPressed.connect(self.legg_til)
        ny_etikett = QLabel(self.tr("&Nytt tiltak:"))
        ny_etikett.setBuddy(self.ny_tekst)
        eier_etikett = QLabel(self.tr("&Ansvarlig rolle:"))
        eier_etikett.setBuddy(self.ny_eier)
        skjema.addRow(ny_etikett, self.ny_tekst)
        rad = QHBoxLayout()
        rad.addWidget(self.ny_eier, 1)
        rad.addWidget(self.legg_til_knapp)
        skjema.addRow(eier_etikett, rad)
        lag.addLayout(skjema)

        self.tom = QLabel(
            self.tr(
                "Tiltaksplanen er tom. Legg til et eget tiltak over, eller bruk "
                "«Legg i tiltaksplan» ved forslagene i sammendraget."
            )
        )
        self.tom.setWordWrap(True)
        lag.addWidget(self.tom)

        self.tabell = QTableView()
        self.tabell.setModel(self.modell)
        self.tabell.setItemDelegate(_Redigerer(self.tabell))
        self.tabell.setAccessibleName(self.tr("Tabell over tiltakene"))
        self.tabell.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.tabell.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tabell.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.tabell.setWordWrap(True)
        self.tabell.setAlternatingRowColors(True)
        self.tabell.setTabKeyNavigation(False)  # Tab skal gå videre til knappene, ikke celle for celle
        hode = self.tabell.horizontalHeader()
        hode.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        hode.setSectionResizeMode(KOL_TEKST, QHeaderView.ResizeMode.Interactive)
        hode.setSectionResizeMode(KOL_EIER, QHeaderView.ResizeMode.Interactive)
        hode.setSectionResizeMode(KOL_INDIKATOR, QHeaderView.ResizeMode.Interactive)
        hode.sectionResized.connect(lambda *_: self.tabell.resizeRowsToContents())
        self.tabell.selectionModel().currentChanged.connect(lambda *_: self._oppdater_tilstand())
        for signal in (self.modell.modelReset, self.modell.rowsInserted, self.modell.rowsRemoved):
            signal.connect(self._oppdater_tilstand)
        for overskrift in self.tabell.findChildren(QHeaderView):
            overskrift.setAccessibleName(self.tr("Overskrifter i tiltakstabellen"))
        for knapp in self.tabell.findChildren(QAbstractButton):  # hjørneknappen
            knapp.setAccessibleName(self.tr("Merk alle"))
        lag.addWidget(self.tabell, 1)

        knapper = QHBoxLayout()
        self.endre_knapp = QPushButton(self.tr("Endre valgt celle"))
        self.endre_knapp.setAccessibleName(self.tr("Endre valgt celle"))
        self.endre_knapp.clicked.connect(self._endre)
        self.slett_knapp = QPushButton(self.tr("Slett tiltak…"))
        self.slett_knapp.setAccessibleName(self.tr("Slett valgt tiltak"))
        self.slett_knapp.clicked.connect(self.slett_valgt)
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Lagringsstatus"))
        knapper.addWidget(self.endre_knapp)
        knapper.addWidget(self.slett_knapp)
        knapper.addStretch(1)
        knapper.addWidget(self.status)
        lag.addLayout(knapper)
        self._tilpass_kolonner()

    # --- offentlig ------------------------------------------------------------------------------

    def oppdater(self) -> None:
        """Les tiltakene på nytt (for eksempel etter «Legg i tiltaksplan» i sammendraget)."""
        self.modell.last()
        self._tilpass_kolonner()

    def sett_skrivebeskyttet(self, skrivebeskyttet: bool) -> None:
        """Ferdig vurdering: tabellen kan leses, men ikke endres."""
        self.modell.skrivebeskyttet = skrivebeskyttet
        self.modell.layoutChanged.emit()  # flaggene er endret
        self._oppdater_tilstand()

    def legg_til(self) -> int | None:
        """Legg til tiltaket fra skjemaet og tøm det."""
        tiltak_id = self.modell.legg_til(self.ny_tekst.text(), self.ny_eier.text())
        if tiltak_id is not None:
            self.ny_tekst.clear()
            self.ny_eier.clear()
            rad = self.modell.rowCount() - 1
            self.tabell.setCurrentIndex(self.modell.index(rad, KOL_TEKST))
            self.tabell.scrollToBottom()
            self.ny_tekst.setFocus()
        return tiltak_id

    def slett_valgt(self) -> bool:
        """Slett tiltaket i den valgte raden etter bekreftelse."""
        indeks = self.tabell.currentIndex()
        if not indeks.isValid():
            return False
        t = self.modell.tiltak(indeks.row())
        kort = t.tekst if len(t.tekst) <= 120 else t.tekst[:117] + "…"
        if not bekreft(
            self,
            self.tr("Slette tiltaket?"),
            self.tr("Tiltaket «{tekst}» slettes fra tiltaksplanen. Dette kan ikke angres.").format(tekst=kort),
        ):
            return False
        return self.modell.slett(indeks.row())

    # --- internt --------------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Kolonnebreddene og dermed radhøydene avhenger av bredden, som først er kjent etter layouten.
        QTimer.singleShot(0, self, self._tilpass_kolonner)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            QTimer.singleShot(0, self, self._tilpass_kolonner)
        super().changeEvent(event)

    def _endre(self) -> None:
        indeks = self.tabell.currentIndex()
        if indeks.isValid():
            self.tabell.setFocus()
            self.tabell.edit(indeks)

    def _tilpass_kolonner(self) -> None:
        """Rolle og indikator får det de trenger, men aldri så mye at tiltaksteksten klemmes."""
        fm = self.fontMetrics()
        bredde = max(1, self.tabell.viewport().width())
        em = fm.horizontalAdvance("M")
        self.tabell.resizeColumnToContents(KOL_EIER)
        overskrift = self.tabell.horizontalHeader().sectionSizeHint(KOL_EIER)
        eier = min(self.tabell.columnWidth(KOL_EIER), max(overskrift, em * 6, int(bredde * 0.17)))
        self.tabell.setColumnWidth(KOL_EIER, eier)
        self.tabell.setColumnWidth(KOL_INDIKATOR, min(em * 16, max(em * 6, int(bredde * 0.2))))
        # Tiltaksteksten får resten, men aldri under ~22 tegn: ved stor tekst ruller tabellen
        # heller sidelengs enn å bryte teksten ett ord per linje.
        andre = sum(self.tabell.columnWidth(k) for k in (KOL_EIER, KOL_FRIST, KOL_STATUS, KOL_INDIKATOR))
        self.tabell.setColumnWidth(KOL_TEKST, max(em * 22, bredde - andre))
        self.tabell.resizeRowsToContents()

    def _oppdater_tilstand(self) -> None:
        skrivbar = not self.modell.skrivebeskyttet
        har_valgt = self.tabell.currentIndex().isValid()
        tom = self.modell.rowCount() == 0
        self.tom.setVisible(tom)
        self.ny_tekst.setEnabled(skrivbar)
        self.ny_eier.setEnabled(skrivbar)
        self.legg_til_knapp.setEnabled(skrivbar and bool(self.ny_tekst.text().strip()))
        self.endre_knapp.setEnabled(skrivbar and har_valgt)
        self.slett_knapp.setEnabled(skrivbar and har_valgt)
        if not skrivbar:
            self.status.setText(self.tr("Vurderingen er ferdig; åpne den igjen for å endre tiltaksplanen."))

    def _vis_lagret(self, klokken: str) -> None:
        self.status.setText(self.tr("Lagret kl. {tid}").format(tid=klokken))
        self.tabell.resizeRowsToContents()

    def _vis_feil(self, melding: str) -> None:
        self.status.setText(self.tr("Ikke lagret"))
        meldinger.feil(self, self.tr("Tiltaksplanen"), melding)
