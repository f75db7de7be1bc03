"""Vinduet: `vurdering` uten kommando, og `forkant`.

Uten skjerm (en server, en SSH-økt) ville Qt avbryte prosessen med en engelsk melding om
et bibliotek som er installert. Derfor sjekkes det før Qt lastes: finnes det ingen skjerm,
gir vinduet én norsk linje (kode 2), og de andre kommandoene virker som før.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Mapping

from vurdering.cli.felles import (
    Brukerfeil,
)

#: Qt-plattformene som tegner uten skjerm (QT_QPA_PLATFORM=offscreen osv.).
UTEN_SKJERM = frozenset({"offscreen", "minimal", "minimalegl", "vnc", "eglfs", "linuxfb", "vkkhrdisplay"})

MANGLER_SKJERM = (
    "Vinduet trenger en skjerm, og det er ingen her (verken DISPLAY eller WAYLAND_DISPLAY er satt). "
    "De andre kommandoene virker uten skjerm; se «vurdering --help»."
)


def har_skjerm(miljo: Mapping[str, str] | None = None, plattform: str | None = None) -> bool:
    """Om vinduet kan vises: alltid på Windows og macOS; ellers med X11, Wayland eller en Qt-plattform uten skjerm."""
    miljo = os.environ if miljo is None else miljo
    plattform = sys.platform if plattform is None else plattform
    if plattform.startswith(("win", "darwin", "cygwin")):
        return True
    if miljo.get("DISPLAY") or miljo.get("WAYLAND_DISPLAY"):
        return True
    # QT_QPA_PLATFORM kan være en liste med reserver («wayland;xcb») og ha valg etter kolon.
    valgt = {del_.split(":", 1)[0].strip().lower() for del_ in miljo.get("QT_QPA_PLATFORM", "").split(";")}
    return bool(valgt & UTEN_SKJERM)


def kmd_gui(args: argparse.Namespace) -> int:
    if not har_skjerm():
        raise Brukerfeil(MANGLER_SKJERM)
    try:
        from vurdering.gui.app import start
    except ImportError as e:
        raise Brukerfeil(
            f"Vinduet kan ikke startes: Qt (PySide6) mangler eller mangler systembiblioteker ({e})."
        ) from None
    return start(args.database, args.vurdering)
