"""Samlingens taster: 0–4 stemmer, Shift+0–4 tar bort, og tastene som styrer gjennomgangen.

Tastene tolkes her, uten å vite noe om vinduene; prosesslederens vindu (og prosjektoren,
som sender tastene videre) gjør det de betyr.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent

#: Shift + siffer gir et tegn på de fleste tastaturer (norsk, engelsk, tysk); tegnet → nivå.
SHIFT_SIFFER = {
    Qt.Key.Key_Equal: 0,
    Qt.Key.Key_ParenRight: 0,
    Qt.Key.Key_Exclam: 1,
    Qt.Key.Key_QuoteDbl: 2,
    Qt.Key.Key_At: 2,
    Qt.Key.Key_NumberSign: 3,
    Qt.Key.Key_section: 3,
    Qt.Key.Key_currency: 4,
    Qt.Key.Key_Dollar: 4,
}
SIFRE = {Qt.Key.Key_0: 0, Qt.Key.Key_1: 1, Qt.Key.Key_2: 2, Qt.Key.Key_3: 3, Qt.Key.Key_4: 4}


class Handling(Enum):
    """Det en tast ber om (alle uten Shift, Ctrl eller Alt, unntatt TITT)."""

    VIS = "vis"  # R: vis eller skjul fordelingen
    GODTA = "godta"  # Enter: godta valgt nivå og gå videre
    NESTE = "neste"  # PgDn
    FORRIGE = "forrige"  # PgUp
    FULLSKJERM = "fullskjerm"  # F11: prosjektoren i fullskjerm
    TITT = "titt"  # Ctrl+Shift+V: vis stemmene for prosesslederen, ikke på prosjektoren


_HANDLINGER = {
    Qt.Key.Key_R: Handling.VIS,
    Qt.Key.Key_Return: Handling.GODTA,
    Qt.Key.Key_Enter: Handling.GODTA,
    Qt.Key.Key_PageDown: Handling.NESTE,
    Qt.Key.Key_PageUp: Handling.FORRIGE,
    Qt.Key.Key_F11: Handling.FULLSKJERM,
}


def tast_til_stemme(e: QKeyEvent) -> tuple[int, bool] | None:
    """(nivå, ta bort) for 0–4 og Shift+0–4; None for alle andre taster."""
    mod = e.modifiers()
    if mod & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier):
        return None
    skift = bool(mod & Qt.KeyboardModifier.ShiftModifier)
    tast = Qt.Key(e.key())
    if tast in SIFRE:
        return SIFRE[tast], skift
    if skift and tast in SHIFT_SIFFER:
        return SHIFT_SIFFER[tast], True
    return None


#: Ctrl+Shift+V: ikke brukt ellers i programmet, og ikke en tast man trykker ved et uhell.
TITT_MOD = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def tast_til_handling(e: QKeyEvent) -> Handling | None:
    """Handlingen tasten ber om; None for andre taster og for taster med Shift, Ctrl eller Alt
    (utenom Ctrl+Shift+V)."""
    mod = e.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    if mod == TITT_MOD and e.key() == Qt.Key.Key_V:
        return Handling.TITT
    if mod != Qt.KeyboardModifier.NoModifier:
        return None
    return _HANDLINGER.get(Qt.Key(e.key()))
