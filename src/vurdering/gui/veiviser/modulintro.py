"""Introsiden for en modul: hva strategien sier, modulens mål og indikatorene den har.

Signaler:
  mal_endret(str, int): brukeren har valgt et nytt målnivå for modulen (modul-id, mål).
  begynn(): brukeren vil gå til modulens første indikator.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from vurdering.domene.bank import Bank, Modul
from vurdering.domene.modell import Svar, SvarType
from vurdering.gui.felles.rammer import rullbar_side
from vurdering.gui.felles.ren import bare_tekst
from vurdering.gui.felles.utseende import sett_rolle, sett_tilstand
from vurdering.gui.start.ny_vurdering import Malvelger


class Modulintroside(QWidget):
    """Én modul om gangen; veiviseren fyller siden med `vis`."""

    mal_endret = Signal(str, int)
    begynn = Signal()

    def __init__(self, bank: Bank, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._modul: Modul | None = None
        self._laster = False
        self._rull, self._lag = rullbar_side(self)
        self._lag.setContentsMargins(24, 16, 24, 16)
        self._lag.setSpacing(12)

        self.type = QLabel()
        sett_tilstand(self.type, "svak")
        self._lag.addWidget(self.type)
        self.tittel = QLabel()
        self.tittel.setWordWrap(True)
        sett_rolle(self.tittel, "tittel")
        self._lag.addWidget(self.tittel)
        under = QLabel(self.tr("Hva strategien sier"))
        under.setWordWrap(True)
        sett_rolle(under, "underoverskrift")
        self._lag.addWidget(under)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        sett_rolle(self.intro, "ingress")
        self._lag.addWidget(self.intro)
        bare_tekst(self.type, self.tittel, self.intro)  # modulens tekster kan komme fra distriktets egne moduler

        self._malrad = QHBoxLayout()
        self._maletikett = QLabel(self.tr("Mål for modulen (nivået enheten vil nå):"))
        self._maletikett.setWordWrap(True)
        self._malrad.addWidget(self._maletikett, 1)
        self.mal = Malvelger(bank, 3)
        self.mal.setAccessibleName(self.tr("Mål for modulen"))
        self.mal.valueChanged.connect(self._mal_valgt)
        self._malrad.addWidget(self.mal)
        self._lag.addLayout(self._malrad)

        under2 = QLabel(self.tr("Indikatorene i modulen"))
        under2.setWordWrap(True)
        sett_rolle(under2, "underoverskrift")
        self._lag.addWidget(under2)
        self.liste = QLabel()
        self.liste.setWordWrap(True)
        self.liste.setTextFormat(Qt.TextFormat.PlainText)
        self._lag.addWidget(self.liste)

        rad = QHBoxLayout()
        self.start = QPushButton(self.tr("Begynn på modulen"))
        self.start.setAccessibleName(self.tr("Begynn på modulen"))
        self.start.clicked.connect(self.begynn)
        rad.addWidget(self.start)
        rad.addStretch(1)
        self._lag.addLayout(rad)
        self._lag.addStretch(1)

    def vis(self, modul: Modul, modulnavn: str, mal: int, svar: dict[str, Svar]) -> None:
        self._laster = True
        try:
            self._modul = modul
            self.type.setText(self._typenavn(modul.type))
            self.tittel.setText(modulnavn)
            self.intro.setText(modul.intro)
            self.mal.setValue(mal)
            linjer = []
            for ind in modul.indikatorer:
                s = svar.get(ind.id)
                merke = "✓" if s is not None else "○"
                hva = ""
                if s is not None:
                    hva = (
                        f" – {s.niva}"
                        if s.type is SvarType.NIVA
                        else (self.tr(" – Vet ikke") if s.type is SvarType.VET_IKKE else self.tr(" – Ikke relevant"))
                    )
                linjer.append(f"{merke}  {ind.id}  {ind.tittel}{hva}")
            self.liste.setText("\n".join(linjer))
            besvart = sum(1 for i in modul.indikatorer if i.id in svar)
            self.start.setText(self.tr("Begynn på modulen") if besvart == 0 else self.tr("Gå til første indikator"))
            self.start.setAccessibleName(self.start.text())
        finally:
            self._laster = False
        self._rull.verticalScrollBar().setValue(0)

    def sett_skrivebeskyttet(self, skrivebeskyttet: bool) -> None:
        self.mal.setEnabled(not skrivebeskyttet)

    def _mal_valgt(self, verdi: int) -> None:
        if not self._laster and self._modul is not None:
            self.mal_endret.emit(self._modul.id, verdi)

    def _typenavn(self, type_: str) -> str:
        return {
            "tema": self.tr("Strategisk tema"),
            "fagomrade": self.tr("Fagområde"),
            "tverrgaende": self.tr("Tverrgående modul"),
        }.get(type_, type_)
