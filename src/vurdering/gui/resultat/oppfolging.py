"""Oppfølging: tiltakene fra enhetens forrige runde, med status og kommentar for denne runden.

Fra enhetens andre vurdering vises forrige rundes tiltak først. For hvert tiltak velges
status (ikke startet / pågår / fullført / forkastet); valget lagres med en gang med
`tjenester.plan.lagre_oppfolging`. Kommentaren lagres etter en kort pause i skrivingen, når
feltet forlates og når siden skjules.

Signal: `lagret(str)` – en endring er committet; verdien er klokkeslettet «HH:MM:SS».
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QTime, QTimer, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from vurdering.domene.bank import Bank, BankFeil
from vurdering.domene.formater import dato as norsk_dato
from vurdering.domene.modell import TiltakStatus
from vurdering.domene.vurderingsdata import Oppfolgingspunkt
from vurdering.gui.felles import meldinger
from vurdering.gui.felles import sprak as grensesnitt
from vurdering.gui.felles.rammer import rullbar_side
from vurdering.gui.resultat.tiltakmodell import tiltakstatus_navn
from vurdering.lagring.database import Database, DatabaseFeil
from vurdering.tjenester import plan
from vurdering.tjenester import vurderinger as tjenester

PAUSE_MS = 600  # lagre kommentaren etter så lang pause i skrivingen


class _Oppfolgingskort(QFrame):
    """Ett tiltak fra forrige runde med statusvalg og kommentar."""

    endret = Signal()  # status eller kommentar skal lagres

    def __init__(self, nr: int, punkt: Oppfolgingspunkt, bank: Bank, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.punkt = punkt
        self.setFrameShape(QFrame.Shape.StyledPanel)
        t = punkt.tiltak
        lag = QVBoxLayout(self)
        tittel = QLabel(f"<b>{nr}. {html.escape(t.tekst)}</b>")
        tittel.setTextFormat(Qt.TextFormat.RichText)
        tittel.setWordWrap(True)
        lag.addWidget(tittel)
        detaljer = [
            self.tr("Ansvarlig: {rolle}").format(rolle=t.eier_rolle or "–"),
            self.tr("Frist: {dato}").format(dato=norsk_dato(t.frist) or "–"),
        ]
        if t.indikator_id:
            navn = bank.indikator(t.indikator_id).tittel if bank.har_indikator(t.indikator_id) else ""
            detaljer.append(self.tr("Indikator: {id} {navn}").format(id=t.indikator_id, navn=navn).strip())
        detaljer.append(self.tr("Status i forrige runde: {status}").format(status=tiltakstatus_navn(t.status)))
        linje = QLabel(" · ".join(detaljer))
        linje.setTextFormat(Qt.TextFormat.PlainText)  # rolle og indikatornavn kommer fra brukeren og banken
        linje.setWordWrap(True)
        lag.addWidget(linje)

        skjema = QFormLayout()
        skjema.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Status nå for tiltak {nr}").format(nr=nr))
        self.status.view().setAccessibleName(self.tr("Statusvalg"))
        if punkt.status is None:
            self.status.addItem(self.tr("Velg status …"), "")
        for s in TiltakStatus:
            self.status.addItem(tiltakstatus_navn(s), s.value)
        if punkt.status is not None:
            self.status.setCurrentIndex(self.status.findData(punkt.status.value))
        self.status.currentIndexChanged.connect(self._status_valgt)
        self.kommentar = QLineEdit(punkt.kommentar)
        self.kommentar.setAccessibleName(self.tr("Kommentar til tiltak {nr}").format(nr=nr))
        self.kommentar.setPlaceholderText(self.tr("Hva er gjort, og hva gjenstår?"))
        self._tidsur = QTimer(self)
        self._tidsur.setSingleShot(True)
        self._tidsur.setInterval(PAUSE_MS)
        self._tidsur.timeout.connect(self.endret)
        self.kommentar.textEdited.connect(lambda _t: self._tidsur.start())
        self.kommentar.editingFinished.connect(self.lagre_ventende)
        status_etikett = QLabel(self.tr("Status nå:"))
        status_etikett.setBuddy(self.status)
        kommentar_etikett = QLabel(self.tr("Kommentar:"))
        kommentar_etikett.setBuddy(self.kommentar)
        skjema.addRow(status_etikett, self.status)
        skjema.addRow(kommentar_etikett, self.kommentar)
        lag.addLayout(skjema)
        self._skrivebeskyttet = False
        self._oppdater_tilstand()

    def valgt_status(self) -> TiltakStatus | None:
        verdi = self.status.currentData()
        return TiltakStatus(verdi) if verdi else None

    def har_ventende(self) -> bool:
        return self._tidsur.isActive()

    def lagre_ventende(self) -> None:
        """Lagre kommentaren nå hvis det venter en endring."""
        if self._tidsur.isActive():
            self._tidsur.stop()
            self.endret.emit()

    def sett_skrivebeskyttet(self, skrivebeskyttet: bool) -> None:
        self._skrivebeskyttet = skrivebeskyttet
        self._oppdater_tilstand()

    def _status_valgt(self) -> None:
        if self.valgt_status() is None:
            return
        # «Velg status …» gir ikke mening etter at en status er valgt.
        tom = self.status.findData("")
        if tom >= 0:
            self.status.blockSignals(True)
            self.status.removeItem(tom)
            self.status.blockSignals(False)
        self._tidsur.stop()
        self._oppdater_tilstand()
        self.endret.emit()

    def _oppdater_tilstand(self) -> None:
        self.status.setEnabled(not self._skrivebeskyttet)
        har_status = self.valgt_status() is not None
        self.kommentar.setEnabled(not self._skrivebeskyttet and har_status)
        if not har_status:
            self.kommentar.setPlaceholderText(self.tr("Velg status først"))
        else:
            self.kommentar.setPlaceholderText(self.tr("Hva er gjort, og hva gjenstår?"))


class Oppfolgingsside(QWidget):
    """Oppfølgingen av forrige rundes tiltak for én vurdering."""

    lagret = Signal(str)

    def __init__(self, db: Database, vurdering_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.vurdering_id = vurdering_id
        self._kort: list[_Oppfolgingskort] = []
        self._skrivebeskyttet = False
        self.setAccessibleName(self.tr("Oppfølging av forrige runde"))
        self._bygg()
        self.oppdater()

    def _bygg(self) -> None:
        self.rulle, lag = rullbar_side(self, self.tr("Oppfølging, rullbart innhold"))
        tittel = QLabel("<h2>" + html.escape(self.tr("Oppfølging av forrige runde")) + "</h2>")
        tittel.setTextFormat(Qt.TextFormat.RichText)
        lag.addWidget(tittel)
        self.forklaring = QLabel()
        self.forklaring.setTextFormat(Qt.TextFormat.PlainText)  # en feilmelding kan sitere filen
        self.forklaring.setWordWrap(True)
        lag.addWidget(self.forklaring)
        self.telling = QLabel()
        self.telling.setWordWrap(True)
        lag.addWidget(self.telling)
        self.kort_lag = QVBoxLayout()
        lag.addLayout(self.kort_lag)
        lag.addStretch(1)
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Lagringsstatus"))
        ytre = self.layout()  # rullbar_side sin ytre layout
        if ytre is not None:
            ytre.addWidget(self.status)  # under rulleområdet, alltid synlig

    # --- offentlig ------------------------------------------------------------------------------

    def oppdater(self) -> None:
        """Les forrige rundes tiltak og statusene som er satt i denne runden."""
        self.lagre_ventende()
        for kort in self._kort:
            self.kort_lag.removeWidget(kort)
            kort.deleteLater()
        self._kort = []
        try:
            data = tjenester.hent_vurderingsdata(self.db, self.vurdering_id, grensesnitt.gjeldende())
            forrige = tjenester.hent_vurdering(self.db, data.forrige_id) if data.forrige_id is not None else None
        except (DatabaseFeil, BankFeil) as e:
            self.forklaring.setText(self.tr("Oppfølgingen kunne ikke leses: {feil}").format(feil=e))
            self.telling.clear()
            return
        if forrige is None:
            self.forklaring.setText(
                self.tr("Dette er enhetens første vurdering, så det er ingen tiltak fra en forrige runde å følge opp.")
            )
        elif not data.oppfolging:
            self.forklaring.setText(
                self.tr("Enhetens forrige vurdering ({dato}) hadde ingen tiltak å følge opp.").format(
                    dato=norsk_dato(forrige.dato)
                )
            )
        else:
            self.forklaring.setText(
                self.tr(
                    "Tiltakene fra enhetens forrige vurdering ({dato}). Sett status for hvert tiltak og skriv gjerne "
                    "hva som er gjort. Alt lagres med en gang."
                ).format(dato=norsk_dato(forrige.dato))
            )
        for nr, punkt in enumerate(data.oppfolging, start=1):
            kort = _Oppfolgingskort(nr, punkt, data.bank)
            kort.sett_skrivebeskyttet(self._skrivebeskyttet)
            kort.endret.connect(lambda k=kort: self._lagre(k))
            self.kort_lag.addWidget(kort)
            self._kort.append(kort)
        self._oppdater_telling()

    def har_innhold(self) -> bool:
        """Sann når forrige runde hadde tiltak som skal følges opp."""
        return bool(self._kort)

    def sett_skrivebeskyttet(self, skrivebeskyttet: bool) -> None:
        """Ferdig vurdering: status og kommentar kan leses, men ikke endres."""
        if skrivebeskyttet:
            self.lagre_ventende()
        self._skrivebeskyttet = skrivebeskyttet
        for kort in self._kort:
            kort.sett_skrivebeskyttet(skrivebeskyttet)

    def lagre_ventende(self) -> None:
        """Lagre kommentarer som venter på pausen i skrivingen (før sidebytte og lukking)."""
        for kort in self._kort:
            kort.lagre_ventende()

    # --- internt --------------------------------------------------------------------------------

    def _lagre(self, kort: _Oppfolgingskort) -> None:
        status = kort.valgt_status()
        tiltak_id = kort.punkt.tiltak.id
        if status is None or tiltak_id is None or self._skrivebeskyttet:
            return
        try:
            plan.lagre_oppfolging(self.db, self.vurdering_id, tiltak_id, status, kort.kommentar.text())
        except (DatabaseFeil, ValueError) as e:
            self.status.setText(self.tr("Ikke lagret"))
            meldinger.feil(self, self.tr("Oppfølgingen ble ikke lagret"), str(e))
            return
        klokken = QTime.currentTime().toString("HH:mm:ss")
        self.status.setText(self.tr("Lagret kl. {tid}").format(tid=klokken))
        self._oppdater_telling()
        self.lagret.emit(klokken)

    def _oppdater_telling(self) -> None:
        if not self._kort:
            self.telling.clear()
            self.telling.setVisible(False)
            return
        satt = sum(1 for k in self._kort if k.valgt_status() is not None)
        self.telling.setVisible(True)
        self.telling.setText(
            self.tr("{satt} av {alle} tiltak har fått status i denne runden.").format(satt=satt, alle=len(self._kort))
        )

    def hideEvent(self, event: QHideEvent) -> None:
        self.lagre_ventende()
        super().hideEvent(event)
