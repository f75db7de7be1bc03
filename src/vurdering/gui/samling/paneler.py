"""Panelene i prosesslederens vindu: stemmer og konsensus (prosjektor og tidtaker: `styring`).

Panelene viser og samler inn; prosesslederens vindu bestemmer hva som skjer med stemmene
og svaret (`prosessleder.Prosessledervindu`). Hvert panel dokumenterer sine signaler.
Antall per nivå, hver deltakers stemme, forslaget og uenigheten vises bare når panelet får
`apen=True` (fordelingen er vist for salen, eller prosesslederen kikker selv); ellers står
bare hvor mange stemmer som er registrert, så salen aldri ser fordelingen for tidlig om
skjermen speiles.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from vurdering.domene.bank import Bank
from vurdering.domene.samling import Konsensus
from vurdering.gui.felles import sprak
from vurdering.gui.felles.ren import etikett
from vurdering.gui.felles.utseende import sett_rolle, sett_tilstand


def knapp(tekst: str, tilgjengelig: str, slot: Callable[[], object]) -> QPushButton:
    """En knapp som ikke er standardknapp (Enter er samlingens egen tast)."""
    k = QPushButton(tekst)
    k.setAccessibleName(tilgjengelig)
    k.setAutoDefault(False)
    k.clicked.connect(lambda _c=False: slot())
    return k


class Stemmepanel(QGroupBox):
    """Stemmene: antall per nivå, eller én stemme per anonym deltaker.

    Signaler:
      stem(int): legg til en stemme på nivået (eller sett valgt deltakers stemme).
      ta_bort(object): ta bort en stemme på nivået (int), eller valgt deltakers stemme (None).
    """

    stem = Signal(int)
    ta_bort = Signal(object)

    def __init__(
        self,
        bank: Bank,
        antall_deltakere: int,
        hent_stemmer: Callable[[], dict[int, int]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Stemmer"))
        self._bank = bank
        self._hent_stemmer = hent_stemmer
        lag = QVBoxLayout(self)
        modus = QHBoxLayout()
        self.modus_antall = QRadioButton(self.tr("Antall per nivå"))
        self.modus_antall.setAccessibleName(self.tr("Registrer stemmer som antall per nivå"))
        self.modus_deltaker = QRadioButton(self.tr("Per deltaker"))
        self.modus_deltaker.setAccessibleName(self.tr("Registrer stemmer per anonym deltaker"))
        self.modus_antall.setChecked(True)
        self._modusgruppe = QButtonGroup(self)
        self._modusgruppe.addButton(self.modus_antall, 0)
        self._modusgruppe.addButton(self.modus_deltaker, 1)
        modus.addWidget(self.modus_antall)
        modus.addWidget(self.modus_deltaker)
        modus.addStretch(1)
        lag.addLayout(modus)
        self.registrert = QLabel()
        self.registrert.setAccessibleName(self.tr("Registrerte stemmer"))
        lag.addWidget(self.registrert)
        self.sider = QStackedWidget()
        lag.addWidget(self.sider)
        self._apen = False
        self.sider.addWidget(self._antallside())
        self.sider.addWidget(self._deltakerside(antall_deltakere))
        self._modusgruppe.idToggled.connect(self._bytt_modus)
        self._bytt_modus(0, True)

    def _antallside(self) -> QWidget:
        side = QWidget()
        rutenett = QGridLayout(side)
        rutenett.setContentsMargins(0, 0, 0, 0)
        self.antall_etiketter: list[QLabel] = []
        self.pluss: list[QPushButton] = []
        self.minus: list[QPushButton] = []
        for n in range(5):
            navn = etikett(f"{n}  {self._bank.niva_navn(n, sprak.gjeldende())}")
            antall = QLabel("0")
            sett_rolle(antall, "underoverskrift")
            antall.setAccessibleName(self.tr("Stemmer på nivå %1").replace("%1", str(n)))
            antall.setMinimumWidth(antall.fontMetrics().horizontalAdvance("0000"))
            antall.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            minus = knapp(
                "−", self.tr("Ta bort en stemme på nivå %1").replace("%1", str(n)), partial(self.ta_bort.emit, n)
            )
            pluss = knapp(
                "+", self.tr("Legg til en stemme på nivå %1").replace("%1", str(n)), partial(self.stem.emit, n)
            )
            minus.setToolTip(self.tr("Shift+%1").replace("%1", str(n)))
            pluss.setToolTip(self.tr("Tast %1").replace("%1", str(n)))
            rutenett.addWidget(navn, n, 0)
            rutenett.addWidget(antall, n, 1)
            rutenett.addWidget(minus, n, 2)
            rutenett.addWidget(pluss, n, 3)
            self.antall_etiketter.append(antall)
            self.minus.append(minus)
            self.pluss.append(pluss)
        rutenett.setColumnStretch(0, 1)
        rutenett.setRowStretch(5, 1)
        return side

    def _deltakerside(self, antall_deltakere: int) -> QWidget:
        side = QWidget()
        dl = QVBoxLayout(side)
        dl.setContentsMargins(0, 0, 0, 0)
        rad = QHBoxLayout()
        etikett = QLabel(self.tr("Antall deltakere:"))
        self.antall_deltakere = QSpinBox()
        self.antall_deltakere.setRange(1, 99)
        self.antall_deltakere.setValue(max(1, min(99, antall_deltakere or 10)))
        self.antall_deltakere.setAccessibleName(self.tr("Antall deltakere"))
        etikett.setBuddy(self.antall_deltakere)
        self.antall_deltakere.valueChanged.connect(lambda _v: self.fyll_deltakere())
        rad.addWidget(etikett)
        rad.addWidget(self.antall_deltakere)
        rad.addStretch(1)
        dl.addLayout(rad)
        self.deltakerliste = QListWidget()
        self.deltakerliste.setAccessibleName(self.tr("Deltakernes stemmer"))
        self.deltakerliste.setMaximumHeight(self.deltakerliste.fontMetrics().height() * 8)
        dl.addWidget(self.deltakerliste)
        knapper = QHBoxLayout()
        for n in range(5):
            knapper.addWidget(
                knapp(
                    str(n),
                    self.tr("Sett valgt deltakers stemme til nivå %1").replace("%1", str(n)),
                    partial(self.stem.emit, n),
                )
            )
        knapper.addWidget(
            knapp(self.tr("Fjern stemme"), self.tr("Fjern valgt deltakers stemme"), lambda: self.ta_bort.emit(None))
        )
        dl.addLayout(knapper)
        return side

    def _bytt_modus(self, modus: int, valgt: bool) -> None:
        if valgt:
            # Bare siden som vises, teller med i høyden (ellers blir det tomrom under den minste).
            for i in range(self.sider.count()):
                politikk = QSizePolicy.Policy.Preferred if i == modus else QSizePolicy.Policy.Ignored
                side = self.sider.widget(i)
                if side is not None:
                    side.setSizePolicy(politikk, politikk)
            self.sider.setCurrentIndex(modus)
            self.sider.adjustSize()
            if modus == 1:
                self.fyll_deltakere()
                self.deltakerliste.setFocus()

    def per_deltaker(self) -> bool:
        """True når stemmene registreres per deltaker."""
        return self.modus_deltaker.isChecked()

    def vis_fordeling(self, fordeling: tuple[int, int, int, int, int], apen: bool) -> None:
        """Hvor mange som har stemt; antall per nivå bare når `apen`.

        Skjult står «–» på hvert nivå og alle «−» virker (at en knapp er grå, ville røpe en null).
        """
        self._apen = apen
        total = sum(fordeling)
        self.registrert.setText(
            self.tr("Registrert: ingen stemmer")
            if total == 0
            else self.tr("Registrert: %1").replace(
                "%1", self.tr("1 stemme") if total == 1 else self.tr("%1 stemmer").replace("%1", str(total))
            )
        )
        for n, lab in enumerate(self.antall_etiketter):
            lab.setText(str(fordeling[n]) if apen else "–")
            self.minus[n].setEnabled(fordeling[n] > 0 or not apen)

    def fyll_deltakere(self) -> None:
        """Listen over deltakerne med stemmen hver har gitt (minst så mange som har stemt)."""
        stemmer = self._hent_stemmer()
        antall = max(self.antall_deltakere.value(), max(stemmer, default=0))
        if antall != self.antall_deltakere.value():
            self.antall_deltakere.blockSignals(True)
            self.antall_deltakere.setValue(antall)
            self.antall_deltakere.blockSignals(False)
        rad = max(0, self.deltakerliste.currentRow())
        self.deltakerliste.clear()
        spr = sprak.gjeldende()
        for nr in range(1, antall + 1):
            n = stemmer.get(nr)
            if n is None:
                verdi = "–"
            elif self._apen:
                verdi = f"{n} {self._bank.niva_navn(n, spr)}"
            else:
                verdi = self.tr("har stemt")
            item = QListWidgetItem(self.tr("Deltaker %1: %2").replace("%1", str(nr)).replace("%2", verdi))
            item.setData(Qt.ItemDataRole.UserRole, nr)
            self.deltakerliste.addItem(item)
        self.deltakerliste.setCurrentRow(min(rad, antall - 1))

    def valgt_deltaker(self) -> int | None:
        """Nummeret på deltakeren som er valgt i listen."""
        item = self.deltakerliste.currentItem()
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

    def til_neste_deltaker(self) -> None:
        rad = self.deltakerliste.currentRow()
        if rad + 1 < self.deltakerliste.count():
            self.deltakerliste.setCurrentRow(rad + 1)


class Konsensuspanel(QGroupBox):
    """Forslaget, uenigheten og nivået som blir svaret, med dissens og kommentar.

    Signaler:
      valgt_av_bruker(int): prosesslederen valgte et nivå selv.
      endret(): dissens eller kommentar er endret av brukeren.
      godta(): «Godta nivå og gå videre».
    """

    valgt_av_bruker = Signal(int)
    endret = Signal()
    godta = Signal()

    def __init__(self, bank: Bank, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Konsensus"))
        self._bank = bank
        lag = QVBoxLayout(self)
        self.forslag = etikett()
        self.forslag.setWordWrap(True)
        sett_rolle(self.forslag, "underoverskrift")
        self.forslag.setAccessibleName(self.tr("Forslag"))
        lag.addWidget(self.forslag)
        self.uenighet = QLabel()
        self.uenighet.setWordWrap(True)
        self.uenighet.setAccessibleName(self.tr("Uenighet"))
        lag.addWidget(self.uenighet)
        lag.addWidget(QLabel(self.tr("Valgt nivå (blir svaret):")))
        rad = QGridLayout()  # tre i bredden, så raden får plass også med stor tekst
        self.valg = QButtonGroup(self)
        self.valg.setExclusive(True)
        for n in range(5):
            r = QRadioButton(f"{n} {bank.niva_navn(n, sprak.gjeldende())}")
            r.setAccessibleName(self.tr("Velg nivå %1").replace("%1", str(n)))
            self.valg.addButton(r, n)
            rad.addWidget(r, n // 3, n % 3)
        self.valg.idClicked.connect(self.valgt_av_bruker)
        lag.addLayout(rad)
        skjema = QGridLayout()
        self.dissens = QLineEdit()
        self.dissens.setPlaceholderText(self.tr("Hvem er uenige, og hvorfor (uten navn)"))
        self.dissens.setAccessibleName(self.tr("Dissensnotat"))
        self.kommentar = QLineEdit()
        self.kommentar.setPlaceholderText(self.tr("Begrunnelse eller det gruppen vil huske"))
        self.kommentar.setAccessibleName(self.tr("Kommentar"))
        for felt in (self.dissens, self.kommentar):
            felt.setMaxLength(5000)
            felt.textEdited.connect(lambda _t: self.endret.emit())
        d_et = QLabel(self.tr("&Dissens:"))
        d_et.setBuddy(self.dissens)
        k_et = QLabel(self.tr("&Kommentar:"))
        k_et.setBuddy(self.kommentar)
        skjema.addWidget(d_et, 0, 0)
        skjema.addWidget(self.dissens, 0, 1)
        skjema.addWidget(k_et, 1, 0)
        skjema.addWidget(self.kommentar, 1, 1)
        lag.addLayout(skjema)
        self.godta_knapp = knapp(
            self.tr("Godta nivå og gå videre (Enter)"),
            self.tr("Godta valgt nivå og gå til neste indikator"),
            self.godta.emit,
        )
        lag.addWidget(self.godta_knapp)

    def sett_valg(self, niva: int | None) -> None:
        """Marker nivået som valgt; None fjerner valget."""
        if niva is None:
            self.valg.setExclusive(False)
            for b in self.valg.buttons():
                b.setChecked(False)
            self.valg.setExclusive(True)
        else:
            k = self.valg.button(niva)
            if k is not None:
                k.setChecked(True)

    def valgt_niva(self) -> int | None:
        i = self.valg.checkedId()
        return i if i >= 0 else None

    def vis_konsensus(self, k: Konsensus, apen: bool) -> None:
        """Forslaget (medianen) og om stemmene spriker – bare når `apen`."""
        if not apen:
            self.forslag.setText(self.tr("Forslaget vises når fordelingen vises (R)."))
            self.uenighet.clear()
            sett_tilstand(self.uenighet, "")
            return
        if k.median is None:
            self.forslag.setText(self.tr("Forslag: ingen stemmer ennå"))
            self.uenighet.clear()
            sett_tilstand(self.uenighet, "")
            return
        self.forslag.setText(
            self.tr("Forslag: %1 – %2 (median av %3)")
            .replace("%1", str(k.median))
            .replace("%2", self._bank.niva_navn(k.median, sprak.gjeldende()))
            .replace("%3", self.tr("1 stemme") if k.antall == 1 else self.tr("%1 stemmer").replace("%1", str(k.antall)))
        )
        if k.uenighet:
            self.uenighet.setText(
                self.tr("⚠ Uenighet: stemmene spenner over %1 nivåer (%2–%3).")
                .replace("%1", str(k.spenn))
                .replace("%2", str(k.laveste))
                .replace("%3", str(k.hoyeste))
            )
            sett_tilstand(self.uenighet, "feil")
        else:
            self.uenighet.setText(self.tr("Ingen uenighet (spenn %1).").replace("%1", str(k.spenn)))
            sett_tilstand(self.uenighet, "")
