"""Alle meldingsbokser i programmet går gjennom `vis`.

Testene bytter ut `vis` (monkeypatch) for å se hva som ble meldt og svare på spørsmål
uten at en modal dialog blokkerer. Knappene får norske tekster her, fordi Qt ikke har
noen bokmålskatalog.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget


class Art(Enum):
    INFO = "info"
    ADVARSEL = "advarsel"
    FEIL = "feil"
    SPORSMAL = "sporsmal"


_IKON = {
    Art.INFO: QMessageBox.Icon.Information,
    Art.ADVARSEL: QMessageBox.Icon.Warning,
    Art.FEIL: QMessageBox.Icon.Critical,
    Art.SPORSMAL: QMessageBox.Icon.Question,
}


def vis(
    parent: QWidget | None, art: Art, tittel: str, tekst: str, ja: str = "", nei: str = ""
) -> bool:
    """Vis en melding og vent på svar. Gir True for «Ja»/«OK», False for «Nei»."""
    boks = QMessageBox(parent)
    boks.setIcon(_IKON[art])
    boks.setWindowTitle(tittel)
    boks.setTextFormat(Qt.TextFormat.PlainText)  # meldingene siterer navn og filer: aldri HTML
    boks.setText(tekst)
    boks.setAccessibleName(tittel)
    boks.setAccessibleDescription(tekst)
    if art is Art.SPORSMAL:
        ja_knapp = boks.addButton(ja or QCoreApplication.translate("meldinger", "Ja"), QMessageBox.ButtonRole.YesRole)
        nei_knapp = boks.addButton(nei or QCoreApplication.translate("meldinger", "Nei"), QMessageBox.ButtonRole.NoRole)
        nei_knapp.setAccessibleName(nei_knapp.text())
        ja_knapp.setAccessibleName(ja_knapp.text())
        boks.setDefaultButton(nei_knapp)
        boks.setEscapeButton(nei_knapp)
    else:
        ja_knapp = boks.addButton(QCoreApplication.translate("meldinger", "OK"), QMessageBox.ButtonRole.AcceptRole)
        ja_knapp.setAccessibleName(ja_knapp.text())
        boks.setDefaultButton(ja_knapp)
        boks.setEscapeButton(ja_knapp)
    boks.exec()
    return boks.clickedButton() is ja_knapp


def info(parent: QWidget | None, tittel: str, tekst: str) -> None:
    vis(parent, Art.INFO, tittel, tekst)


def advarsel(parent: QWidget | None, tittel: str, tekst: str) -> None:
    vis(parent, Art.ADVARSEL, tittel, tekst)


def feil(parent: QWidget | None, tittel: str, tekst: str) -> None:
    vis(parent, Art.FEIL, tittel, tekst)


def sporsmal(parent: QWidget | None, tittel: str, tekst: str, ja: str = "", nei: str = "") -> bool:
    """Still et ja/nei-spørsmål; «Nei» er standard, så Enter aldri sletter noe ved et uhell."""
    return vis(parent, Art.SPORSMAL, tittel, tekst, ja, nei)
