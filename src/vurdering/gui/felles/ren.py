"""Tekst fra brukeren og fra filer vises som tekst, aldri som HTML.

Et enhetsnavn eller en indikatortittel fra en importert fil eller fra distriktets egne
moduler kan inneholde `<h1>` eller `<img src=…>`. En QLabel i standardformatet (AutoText)
og et verktøytips tolker slik tekst som HTML; etikettene her gjør det ikke.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


def etikett(tekst: str = "", parent: QWidget | None = None) -> QLabel:
    """En etikett som viser teksten tegn for tegn (PlainText)."""
    e = QLabel(tekst, parent)
    e.setTextFormat(Qt.TextFormat.PlainText)
    return e


def bare_tekst(*etiketter: QLabel) -> None:
    """Gjør etiketter som finnes, til rene tekstetiketter."""
    for e in etiketter:
        e.setTextFormat(Qt.TextFormat.PlainText)


def verktoytips(tekst: str) -> str:
    """Et verktøytips som viser teksten som den er (Qt tolker ellers tips som ser ut som HTML)."""
    return "<p>" + html.escape(tekst).replace("\n", "<br>") + "</p>"
