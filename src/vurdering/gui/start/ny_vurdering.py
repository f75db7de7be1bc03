"""Dialogen «Ny vurdering»: enhet, enhetsnivå, distrikt, dato, type, deltakere, moduler, mål og rapportspråk.

Enhetsnivået (distrikt, geografisk driftsenhet, tjenesteenhet) foreslås ut fra navnet til
brukeren velger selv, forklares under valget, og lagres per enhet (`tjenester.veivisning`).
Ved 200 % tekst brytes skjemaet om i høyden; det rulles aldri sidelengs.

Signal `opprettet(int)`: vurderingen er lagret i databasen og har denne id-en.
Dialogen oppretter vurderingen selv (`tjenester.vurderinger.opprett_vurdering`, med de
samme feltreglene som kommandolinjen), så en feil kan vises i dialogen uten at noe av det
brukeren har fylt ut, går tapt; feltet som er galt, får fokus.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from vurdering.domene import distrikter
from vurdering.domene.bank import Bank
from vurdering.domene.modell import Deltaker, VurderingType
from vurdering.gui.felles import meldinger, sprak
from vurdering.gui.felles.utseende import sett_rolle, sett_tilstand
from vurdering.lagring.database import Database, DatabaseFeil
from vurdering.tjenester import veivisning, vurderinger
from vurdering.tjenester.vurderinger import Feltfeil, NyVurdering

#: Forslag til roller; brukeren kan skrive hva som helst.
ROLLER = (
    "Stasjonssjef / lensmann",
    "Leder for forebyggende seksjon",
    "Forebyggende politibetjent",
    "Politikontakt",
    "SLT-koordinator",
    "Etterretningskoordinator",
    "Etterforskningsleder",
    "Påtaleansvarlig jurist",
    "Innsatsleder",
    "Patruljeleder",
)


class Malvelger(QSpinBox):
    """Målnivå 0–4, vist med nivåets navn («3 – Styrt»)."""

    def __init__(self, bank: Bank, verdi: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bank = bank
        self.setRange(0, 4)
        self.setValue(verdi)

    def textFromValue(self, v: int) -> str:
        return f"{v} – {self._bank.niva_navn(v, sprak.gjeldende())}"

    def valueFromText(self, text: str) -> int:
        tegn = text.strip()[:1]
        return int(tegn) if tegn.isdigit() else self.value()


def _krympbar(boks: QComboBox) -> None:
    """En nedtrekksliste som kan bli smalere enn sitt lengste valg (teksten kuttes, skjemaet rulles ikke)."""
    boks.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    boks.setMinimumContentsLength(8)


class NyVurderingDialog(QDialog):
    """Lag en ny vurdering. Temaene er alltid med; fagområder og tverrgående moduler velges."""

    opprettet = Signal(int)

    def __init__(self, db: Database, bank: Bank, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._bank = bank
        self.vurdering_id: int | None = None
        self.setWindowTitle(self.tr("Ny vurdering"))
        self.setAccessibleName(self.tr("Ny vurdering"))
        self._tilpass_storrelse()

        ytre = QVBoxLayout(self)
        rull = QScrollArea()
        rull.setWidgetResizable(True)
        # Skjemaet brytes om i høyden; sidelengs rulling av tekst er aldri nødvendig (WCAG 1.4.10).
        rull.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.rull = rull
        rull.setFrameShape(QFrame.Shape.NoFrame)
        innhold = QWidget()
        lag = QVBoxLayout(innhold)
        rull.setWidget(innhold)
        ytre.addWidget(rull, 1)

        tittel = QLabel(self.tr("Ny vurdering"))
        sett_rolle(tittel, "overskrift")
        lag.addWidget(tittel)

        skjema = QFormLayout()
        skjema.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.enhet = QLineEdit()
        self.enhet.setPlaceholderText(self.tr("For eksempel «Sentrum politistasjon»"))
        self.enhet.setAccessibleName(self.tr("Enhetens navn"))
        skjema.addRow(self.tr("Enhet:"), self.enhet)

        self.enhetsniva = QComboBox()
        self.enhetsniva.setAccessibleName(self.tr("Hva slags enhet som vurderes"))
        self.enhetsniva.addItem(self.tr("Tjenesteenhet"), "tjenesteenhet")
        self.enhetsniva.addItem(self.tr("Geografisk driftsenhet (GDE)"), "gde")
        self.enhetsniva.addItem(self.tr("Politidistrikt"), "distrikt")
        self._niva_valgt_selv = False
        self.enhetsniva.activated.connect(self._niva_valgt)
        self.enhetsniva.currentIndexChanged.connect(self._forklar_niva)
        self.enhet.textChanged.connect(self._foresla_niva)
        skjema.addRow(self.tr("Enhetsnivå:"), self.enhetsniva)
        self.niva_forklaring = QLabel()
        self.niva_forklaring.setWordWrap(True)
        sett_tilstand(self.niva_forklaring, "svak")
        self.enhetsniva.setAccessibleDescription("")
        skjema.addRow(self.niva_forklaring)
        self._forklar_niva()

        self.distrikt = QComboBox()
        self.distrikt.setAccessibleName(self.tr("Distrikt eller særorgan"))
        for navn in distrikter.distrikter():
            self.distrikt.addItem(navn, navn)
        self.distrikt.insertSeparator(self.distrikt.count())
        for navn in distrikter.saerorganer():
            self.distrikt.addItem(navn, navn)
        skjema.addRow(self.tr("Distrikt:"), self.distrikt)

        self.dato = QDateEdit(QDate.currentDate())
        self.dato.setDisplayFormat("dd.MM.yyyy")
        self.dato.setCalendarPopup(True)
        self.dato.setLocale(sprak.locale())
        self.dato.setAccessibleName(self.tr("Dato for vurderingen"))
        skjema.addRow(self.tr("Dato:"), self.dato)

        self.type = QComboBox()
        self.type.setAccessibleName(self.tr("Type vurdering"))
        self.type.addItem(self.tr("Individuell – én person svarer"), VurderingType.INDIVIDUELL.value)
        self.type.addItem(self.tr("Samling – en gruppe svarer sammen"), VurderingType.SAMLING.value)
        self.type.addItem(self.tr("Samlet – flere svar slått sammen"), VurderingType.SAMLET.value)
        skjema.addRow(self.tr("Type:"), self.type)

        self.rapportsprak = QComboBox()
        self.rapportsprak.setAccessibleName(self.tr("Språk i rapporten"))
        self.rapportsprak.addItem(self.tr("Bokmål"), "nb")
        self.rapportsprak.addItem(self.tr("Nynorsk"), "nn")
        self.rapportsprak.setCurrentIndex(1 if sprak.gjeldende() == "nn" else 0)
        skjema.addRow(self.tr("Rapportspråk:"), self.rapportsprak)
        lag.addLayout(skjema)
        for boks in (self.enhetsniva, self.distrikt, self.type, self.rapportsprak):
            _krympbar(boks)

        lag.addWidget(self._lag_deltakere())
        lag.addWidget(self._lag_moduler())
        lag.addStretch(1)

        self.melding = QLabel()
        self.melding.setTextFormat(Qt.TextFormat.PlainText)  # meldingen kan sitere det brukeren skrev
        self.melding.setWordWrap(True)
        self.melding.hide()
        sett_tilstand(self.melding, "feil")
        ytre.addWidget(self.melding)

        knapper = QDialogButtonBox()
        self.ok = knapper.addButton(self.tr("Opprett vurdering"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.avbryt = knapper.addButton(self.tr("Avbryt"), QDialogButtonBox.ButtonRole.RejectRole)
        self.ok.setAccessibleName(self.tr("Opprett vurdering"))
        self.avbryt.setAccessibleName(self.tr("Avbryt"))
        self.ok.setDefault(True)
        knapper.accepted.connect(self.accept)
        knapper.rejected.connect(self.reject)
        ytre.addWidget(knapper)
        self.enhet.setFocus()

    def _tilpass_storrelse(self) -> None:
        """Stor nok til skjemaet ved gjeldende tekststørrelse, men aldri større enn skjermen."""
        fm = self.fontMetrics()
        skjerm = self.screen().availableGeometry()
        self.resize(
            min(int(skjerm.width() * 0.95), fm.averageCharWidth() * 100),
            min(int(skjerm.height() * 0.9), fm.height() * 44),
        )

    # --- deler av skjemaet ----------------------------------------------------------

    def _lag_deltakere(self) -> QGroupBox:
        boks = QGroupBox(self.tr("Deltakere"))
        lag = QVBoxLayout(boks)
        forklaring = QLabel(
            self.tr("Legg inn rollene som deltar. Navn er valgfritt – rollen er nok for rapporten.")
        )
        forklaring.setWordWrap(True)
        lag.addWidget(forklaring)
        rad = QGridLayout()
        self.rolle = QComboBox()
        self.rolle.setEditable(True)
        self.rolle.addItems(list(ROLLER))
        self.rolle.setCurrentText("")
        self.rolle.setAccessibleName(self.tr("Rolle"))
        line = self.rolle.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("Velg eller skriv en rolle"))
            line.setAccessibleName(self.tr("Rolle"))
        self.navn = QLineEdit()
        self.navn.setPlaceholderText(self.tr("Navn (valgfritt)"))
        self.navn.setAccessibleName(self.tr("Navn, valgfritt"))
        self.legg_til = QPushButton(self.tr("Legg til deltaker"))
        self.legg_til.setAccessibleName(self.tr("Legg til deltaker"))
        _krympbar(self.rolle)
        rad.addWidget(QLabel(self.tr("Rolle:")), 0, 0)
        rad.addWidget(self.rolle, 0, 1)
        rad.addWidget(QLabel(self.tr("Navn:")), 1, 0)
        rad.addWidget(self.navn, 1, 1)
        rad.setColumnStretch(1, 1)
        lag.addLayout(rad)
        # Knappen på egen linje, så den aldri skyves ut av skjemaet ved stor tekst.
        knapperad = QHBoxLayout()
        knapperad.addWidget(self.legg_til)
        knapperad.addStretch(1)
        lag.addLayout(knapperad)
        self.deltakerliste = QListWidget()
        self.deltakerliste.setAccessibleName(self.tr("Deltakere som er lagt til"))
        self.deltakerliste.setMaximumHeight(self.fontMetrics().height() * 7)
        lag.addWidget(self.deltakerliste)
        self.fjern = QPushButton(self.tr("Fjern valgt deltaker"))
        self.fjern.setAccessibleName(self.tr("Fjern valgt deltaker"))
        rad2 = QHBoxLayout()
        rad2.addWidget(self.fjern)
        rad2.addStretch(1)
        lag.addLayout(rad2)
        self.legg_til.clicked.connect(self.legg_til_deltaker)
        self.navn.returnPressed.connect(self.legg_til_deltaker)
        self.fjern.clicked.connect(self._fjern_deltaker)
        self._deltakere: list[Deltaker] = []
        return boks

    def _lag_moduler(self) -> QGroupBox:
        boks = QGroupBox(self.tr("Moduler og mål"))
        lag = QVBoxLayout(boks)
        forklaring = QLabel(
            self.tr(
                "De fire strategiske temaene er alltid med. Velg fagområdene og de tverrgående "
                "modulene som gjelder enheten. Målet er nivået enheten vil nå (0–4)."
            )
        )
        forklaring.setWordWrap(True)
        lag.addWidget(forklaring)
        self.modulvalg: dict[str, QCheckBox] = {}
        self.malvalg: dict[str, Malvelger] = {}
        spr = sprak.gjeldende()
        grupper = (
            ("tema", self.tr("Strategiske temaer (alltid med)")),
            ("fagomrade", self.tr("Fagområder")),
            ("tverrgaende", self.tr("Tverrgående moduler")),
        )
        for type_, navn in grupper:
            moduler = [m for m in self._bank.moduler if m.type == type_]
            if not moduler:
                continue
            under = QLabel(navn)
            under.setWordWrap(True)
            sett_rolle(under, "underoverskrift")
            lag.addWidget(under)
            rutenett = QGridLayout()
            rutenett.setColumnStretch(0, 1)
            for i, m in enumerate(moduler):
                valg = QCheckBox(m.visningsnavn(spr))
                valg.setMinimumWidth(1)  # et langt navn kan kuttes heller enn å gi sidelengs rulling
                valg.setToolTip(m.visningsnavn(spr))
                valg.setAccessibleName(self.tr("Ta med {0}").format(m.visningsnavn(spr)))
                mal = Malvelger(self._bank, m.mal)
                mal.setAccessibleName(self.tr("Mål for {0}").format(m.visningsnavn(spr)))
                if m.er_tema:
                    valg.setChecked(True)
                    valg.setEnabled(False)
                else:
                    mal.setEnabled(False)
                    valg.toggled.connect(mal.setEnabled)
                rutenett.addWidget(valg, i, 0)
                rutenett.addWidget(mal, i, 1)
                self.modulvalg[m.id] = valg
                self.malvalg[m.id] = mal
            lag.addLayout(rutenett)
        return boks

    # --- enhetsnivå ------------------------------------------------------------------

    def valgt_enhetsniva(self) -> str:
        return str(self.enhetsniva.currentData())

    def _niva_valgt(self, _indeks: int) -> None:
        self._niva_valgt_selv = True

    def _foresla_niva(self, navn: str) -> None:
        if self._niva_valgt_selv:
            return
        i = self.enhetsniva.findData(veivisning.niva_fra_navn(navn))
        if i >= 0:
            self.enhetsniva.setCurrentIndex(i)

    def _forklar_niva(self, _indeks: int = 0) -> None:
        forklaring = {
            "tjenesteenhet": self.tr(
                "En politistasjon, et lensmannskontor eller en seksjon. Noen indikatorer avgjøres vanligvis i distriktet (for eksempel etterretningsbehov og budsjett); "
                "der sier veiviseren fra, og dere svarer ut fra hvordan det virker hos dere."
            ),
            "gde": self.tr(
                "En geografisk driftsenhet svarer for sine tjenesteenheter; indikatorer som avgjøres i distriktet, blir merket."
            ),
            "distrikt": self.tr("Distriktet svarer for hele politidistriktet, også for det som avgjøres i distriktsledelsen."),
        }.get(self.valgt_enhetsniva(), "")
        self.niva_forklaring.setText(forklaring)
        self.enhetsniva.setAccessibleDescription(forklaring)

    # --- handlinger -------------------------------------------------------------------

    def legg_til_deltaker(self) -> None:
        rolle = self.rolle.currentText().strip()
        if not rolle:
            self._vis_melding(self.tr("Skriv eller velg en rolle før du legger til en deltaker."))
            self.rolle.setFocus()
            return
        navn = self.navn.text().strip()
        self._deltakere.append(Deltaker(rolle, navn))
        self.deltakerliste.addItem(f"{rolle} – {navn}" if navn else rolle)
        self.rolle.setCurrentText("")
        self.navn.clear()
        self.melding.hide()
        self.rolle.setFocus()

    def _fjern_deltaker(self) -> None:
        rad = self.deltakerliste.currentRow()
        if rad >= 0:
            self.deltakerliste.takeItem(rad)
            del self._deltakere[rad]

    def valgte_moduler(self) -> list[str]:
        return [mid for mid, valg in self.modulvalg.items() if valg.isChecked()]

    def _vis_melding(self, tekst: str) -> None:
        self.melding.setText(tekst)
        self.melding.show()

    def accept(self) -> None:
        """Kontroller skjemaet, opprett vurderingen og lukk; ved feil vises meldingen i dialogen."""
        enhet = self.enhet.text().strip()
        if not enhet:
            self._vis_melding(self.tr("Skriv inn navnet på enheten."))
            self.enhet.setFocus()
            return
        if self.rolle.currentText().strip():
            self.legg_til_deltaker()  # en rolle som er skrevet, men ikke lagt til, skal ikke forsvinne
        moduler = self.valgte_moduler()
        ny = NyVurdering(
            enhet=enhet,
            distrikt=str(self.distrikt.currentData() or self.distrikt.currentText()),
            moduler=tuple(moduler),
            type=VurderingType(self.type.currentData()),
            dato=self.dato.date().toString("yyyy-MM-dd"),
            mal={mid: self.malvalg[mid].value() for mid in moduler},
            deltakere=tuple(self._deltakere),
            sprak=str(self.rapportsprak.currentData()),
        )
        try:
            vid = vurderinger.opprett_vurdering(self._db, self._bank, ny)
        except (DatabaseFeil, ValueError) as e:
            self._vis_melding(self.tr("Vurderingen ble ikke opprettet: {0}").format(e))
            if isinstance(e, Feltfeil):
                self._fokus_pa(e.felt)
            return
        self.vurdering_id = vid
        try:
            veivisning.sett_enhetsniva(self._db, vid, self.valgt_enhetsniva())
        except (DatabaseFeil, ValueError) as e:  # vurderingen er opprettet; bare nivået mangler
            meldinger.feil(self, self.tr("Enhetsnivået ble ikke lagret"), str(e))
        self.opprettet.emit(vid)
        super().accept()

    def _fokus_pa(self, felt: str) -> None:
        """Sett fokus på feltet feilen gjelder, når dialogen har et eget felt for det."""
        widget = {"enhet": self.enhet, "distrikt": self.distrikt, "dato": self.dato, "rolle": self.rolle, "navn": self.navn}
        w = widget.get(felt)
        if w is not None:
            w.setFocus()
