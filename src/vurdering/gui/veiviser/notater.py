"""Grunnlag og notater under nivåkortene: «Hva bygger svaret på?», kommentar og kilde.

`Notater` er en del av indikatorsiden (`indikatorside.py`), som kobler feltene til lagringen:
`grunnlag_gruppe` (Dokumentert, Erfart, Antatt), `kommentar` og `kilde`. Delen lagrer ikke selv.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from vurdering.domene.modell import Grunnlag
from vurdering.gui.felles.utseende import sett_rolle

GRUNNLAG = (Grunnlag.DOKUMENTERT, Grunnlag.ERFART, Grunnlag.ANTATT)


class Notater(QWidget):
    """Grunnlaget for svaret, kommentaren og kilden."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lag = QVBoxLayout(self)
        lag.setContentsMargins(0, 0, 0, 0)
        lag.setSpacing(10)
        grunnlag_etikett = QLabel(self.tr("Hva bygger svaret på?"))
        grunnlag_etikett.setWordWrap(True)
        sett_rolle(grunnlag_etikett, "underoverskrift")
        lag.addWidget(grunnlag_etikett)
        self.grunnlag_gruppe = QButtonGroup(self)
        grunnlag_rad = QHBoxLayout()
        tekster = (
            (self.tr("Dokumentert"), self.tr("Svaret bygger på skriftlige kilder: planer, referater, statistikk.")),
            (self.tr("Erfart"), self.tr("Svaret bygger på egen og kollegers erfaring.")),
            (self.tr("Antatt"), self.tr("Svaret er en antakelse som ikke er sjekket.")),
        )
        for i, (navn, forklaring) in enumerate(tekster):
            r = QRadioButton(navn)
            r.setToolTip(forklaring)
            r.setAccessibleName(self.tr("Grunnlag: {0}").format(navn))
            r.setAccessibleDescription(forklaring)
            self.grunnlag_gruppe.addButton(r, i)
            grunnlag_rad.addWidget(r)
        grunnlag_rad.addStretch(1)
        lag.addLayout(grunnlag_rad)

        kommentar_etikett = QLabel(self.tr("Kommentar (eksempler, hva som mangler):"))
        kommentar_etikett.setWordWrap(True)
        lag.addWidget(kommentar_etikett)
        self.kommentar = QPlainTextEdit()
        self.kommentar.setTabChangesFocus(True)
        self.kommentar.setAccessibleName(self.tr("Kommentar"))
        kommentar_etikett.setBuddy(self.kommentar)
        lag.addWidget(self.kommentar)
        kilde_etikett = QLabel(self.tr("Kilde eller dokumentasjon (for eksempel «Virksomhetsplan 2026, kap. 3»):"))
        kilde_etikett.setWordWrap(True)
        lag.addWidget(kilde_etikett)
        self.kilde = QLineEdit()
        self.kilde.setAccessibleName(self.tr("Kilde eller dokumentasjon"))
        kilde_etikett.setBuddy(self.kilde)
        lag.addWidget(self.kilde)
        self._tilpass_hoyder()

    def grunnlag(self) -> Grunnlag | None:
        """Valgt grunnlag, eller None."""
        b = self.grunnlag_gruppe.checkedId()
        return GRUNNLAG[b] if b >= 0 else None

    def vis(self, grunnlag: Grunnlag | str | None, kommentar: str, kilde: str) -> None:
        """Fyll feltene (uten valgt grunnlag når `grunnlag` er None)."""
        self.grunnlag_gruppe.setExclusive(False)
        for knapp in self.grunnlag_gruppe.buttons():
            knapp.setChecked(False)
        self.grunnlag_gruppe.setExclusive(True)
        if grunnlag is not None:
            self.grunnlag_gruppe.button(GRUNNLAG.index(Grunnlag(grunnlag))).setChecked(True)
        self.kommentar.setPlainText(kommentar)
        self.kilde.setText(kilde)

    def sett_skrivebeskyttet(self, skrivebeskyttet: bool) -> None:
        for knapp in self.grunnlag_gruppe.buttons():
            knapp.setEnabled(not skrivebeskyttet)
        self.kommentar.setReadOnly(skrivebeskyttet)
        self.kilde.setReadOnly(skrivebeskyttet)

    def _tilpass_hoyder(self) -> None:
        linje = self.fontMetrics().lineSpacing()
        self.kommentar.setFixedHeight(linje * 4 + 14)

    def changeEvent(self, e: QEvent) -> None:
        if e.type() == QEvent.Type.FontChange:
            self._tilpass_hoyder()
        super().changeEvent(e)
