"""Vinduet: `vurdering` uten kommando, og `forkant`."""

from __future__ import annotations

import argparse

from vurdering.cli.felles import (
    Brukerfeil,
)


def kmd_gui(args: argparse.Namespace) -> int:
    try:
        from vurdering.gui.app import start
    except ImportError as e:
        raise Brukerfeil(
            f"Vinduet kan ikke startes: Qt (PySide6) mangler eller mangler systembiblioteker ({e})."
        ) from None
    return start(args.database, args.vurdering)
