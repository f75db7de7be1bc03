"""Begrunnelsen for «Ikke relevant»: ledetekst, tekstfelt og kravet om å fylle det ut.

Så lenge feltet er tomt, har det rød ramme og en tilgjengelig beskrivelse («Mangler: …»),
så det ikke bare er fargen på en melding som sier fra.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from vurdering.gui.felles.utseende import sett_tilstand


class Begrunnelse(QWidget):
    """Vises bare når «Ikke relevant» er valgt; `krav` vises når brukeren prøver å gå videre uten."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lag = QVBoxLayout(self)
        lag.setContentsMargins(0, 0, 0, 0)
        self.etikett = QLabel(self.tr("Hvorfor er indikatoren ikke relevant for enheten? (må fylles ut)"))
        self.etikett.setWordWrap(True)
        self.felt = QPlainTextEdit()
        self.felt.setTabChangesFocus(True)
        self.felt.setAccessibleName(self.tr("Begrunnelse for Ikke relevant"))
        self.felt.setProperty("mangler", False)
        self.etikett.setBuddy(self.felt)
        self.krav = QLabel(self.tr("Skriv en begrunnelse før du går videre, eller velg et nivå i stedet."))
        self.krav.setWordWrap(True)
        sett_tilstand(self.krav, "feil")
        self.krav.hide()
        for w in (self.etikett, self.felt, self.krav):
            lag.addWidget(w)
        self._tilpass_hoyde()

    def merk_mangler(self, mangler: bool) -> None:
        """Rød ramme og en tilgjengelig beskrivelse på feltet så lenge begrunnelsen mangler."""
        if bool(self.felt.property("mangler")) == mangler:
            return
        self.felt.setProperty("mangler", mangler)
        if mangler:
            mork = QApplication.palette().base().color().lightness() < 128
            farge = "#ff8080" if mork else "#a4000f"
            self.felt.setStyleSheet(f"QPlainTextEdit {{ border: 3px solid {farge}; }}")
            self.felt.setAccessibleDescription(self.tr("Mangler: skriv hvorfor indikatoren ikke er relevant."))
        else:
            self.felt.setStyleSheet("")
            self.felt.setAccessibleDescription("")

    def _tilpass_hoyde(self) -> None:
        self.felt.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)

    def changeEvent(self, e: QEvent) -> None:
        if e.type() == QEvent.Type.FontChange:
            self._tilpass_hoyde()
        super().changeEvent(e)
