"""Tiltaksplanen: hva enheten skal gjøre, hvem som har ansvaret, frist, status og indikator.

`Tiltaksplanside` viser tabellmodellen (`tiltakmodell.TiltakModell`, som lagrer hver
endring med en gang) med redigerere for hver kolonne (datovelger for frist,
nedtrekkslister for status og indikator), et lite skjema for egne tiltak og sletting med
bekreftelse. Sletting spør gjennom modulfunksjonen `bekreft`, som testene bytter ut.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QDate,
    QEvent,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
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

from vurdering.domene.modell import TiltakStatus
from vurdering.gui.felles import meldinger, sprak
from vurdering.gui.felles.ren import etikett
from vurdering.gui.resultat.tiltakmodell import (
    INGEN_FRIST,
    KOL_EIER,
    KOL_FRIST,
    KOL_INDIKATOR,
    KOL_STATUS,
    KOL_TEKST,
    Indeks,
    TiltakModell,
    tiltakstatus_navn,
)
from vurdering.lagring.database import Database


def bekreft(parent: QWidget | None, tittel: str, tekst: str) -> bool:
    """Spør før noe slettes; True bare når brukeren velger «Slett» («Avbryt» er standard)."""
    return meldinger.sporsmal(
        parent,
        tittel,
        tekst,
        ja=QCoreApplication.translate("tiltaksplan", "Slett"),
        nei=QCoreApplication.translate("tiltaksplan", "Avbryt"),
    )


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
            dato.setMaximumDate(QDate.currentDate().addYears(10))  # fristregelen: høyst ti år fram
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
        hode.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)  # breddene settes i _tilpass_kolonner
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
        self.status = etikett()  # en feilmelding kan sitere det som ble lest
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
        """Kolonnene deler bredden uten at tabellen ruller sidelengs (også ved 200 % tekst).

        Fristen får alltid plass til hele datoen (en «(forfalt)» brytes til neste linje),
        statusen til sitt lengste ord; rolle og indikator får en andel, og tiltaksteksten resten.
        """
        fm = self.fontMetrics()
        fet = QFont(self.tabell.font())
        fet.setBold(True)  # en forfalt frist er fet
        luft = fm.height()  # cellemarg og rutenett
        bredde = max(1, self.tabell.viewport().width())
        em = fm.horizontalAdvance("M")
        frist = max(QFontMetrics(fet).horizontalAdvance("00.00.0000"), self._hode_bredde(KOL_FRIST)) + luft
        ord_ = [o for s in TiltakStatus for o in tiltakstatus_navn(s).split()]
        status = max([fm.horizontalAdvance(o) for o in ord_] + [self._hode_bredde(KOL_STATUS)]) + luft
        self.tabell.resizeColumnToContents(KOL_EIER)
        eier = min(self.tabell.columnWidth(KOL_EIER), max(self._hode_bredde(KOL_EIER), em * 5, int(bredde * 0.17)))
        indikator = min(em * 16, max(em * 5, int(bredde * 0.2)))
        tekst = bredde - frist - status - eier - indikator
        if tekst < em * 9:  # smalt: rolle og indikator gir fra seg plass før tiltaksteksten blir uleselig
            mangler = em * 9 - tekst
            kutt_eier = min(mangler // 2, eier - em * 4)
            kutt_ind = min(mangler - kutt_eier, indikator - em * 4)
            eier, indikator = eier - max(0, kutt_eier), indikator - max(0, kutt_ind)
            tekst = max(em * 6, bredde - frist - status - eier - indikator)
        for kol, b in ((KOL_TEKST, tekst), (KOL_EIER, eier), (KOL_FRIST, frist), (KOL_STATUS, status), (KOL_INDIKATOR, indikator)):
            self.tabell.setColumnWidth(kol, b)
        self.tabell.resizeRowsToContents()

    def _hode_bredde(self, kol: int) -> int:
        return self.tabell.horizontalHeader().sectionSizeHint(kol)

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
