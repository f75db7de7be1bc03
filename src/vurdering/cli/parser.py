"""Parseren for `vurdering`: de globale valgene og hver kommandogruppes egne."""

from __future__ import annotations

import argparse

from vurdering import __version__
from vurdering.cli import bank, filer, oversikt, rapporter, vis, vurderinger
from vurdering.cli.argparse_nb import installer
from vurdering.cli.felles import Parser, database_arg, vurdering_id
from vurdering.cli.vindu import kmd_gui


def lag_parser() -> argparse.ArgumentParser:
    installer()
    p = Parser(
        prog="vurdering",
        description="Forkant: modenhetsvurdering av forebygging som politiets hovedstrategi.",
    )
    p.add_argument("--version", action="version", version=f"Forkant {__version__}")
    database_arg(p)
    p.add_argument("--vurdering", type=vurdering_id, metavar="ID", help="åpne denne vurderingen i vinduet")
    p.set_defaults(kommando=kmd_gui)
    sub = p.add_subparsers(title="kommandoer", metavar="KOMMANDO", parser_class=Parser)

    for modul in (vurderinger, vis, rapporter, filer, bank, oversikt):
        modul.registrer(sub)
    return p
