"""Parseren for `vurdering`: de globale valgene og hver kommandogruppes egne."""

from __future__ import annotations

import argparse

from vurdering import __version__
from vurdering.cli import bank, filer, oversikt, problemer, rapporter, tiltak, vis, vurderinger
from vurdering.cli.argparse_nb import installer
from vurdering.cli.felles import Parser, database_arg, vurdering_id
from vurdering.cli.vindu import kmd_gui

BESKRIVELSE = """\
Forkant: modenhetsvurdering av forebygging som politiets hovedstrategi.

Uten KOMMANDO åpnes vinduet (det samme gjør «forkant»); alle kommandoene under virker
uten skjerm. Feil gir én linje som begynner med «Feil: », og avslutningskode 2."""

EKSEMPLER = """\
eksempler:
  vurdering demo --database f.db                       lag en demovurdering (skriver id-en, 1)
  vurdering --database f.db --vurdering 1              åpne den i vinduet
  vurdering ny --database f.db --enhet Sentrum --distrikt Vest --moduler ETR,BU
  vurdering bank vis KK                                påstander og nivåer for Kunnskapsbasert …
  vurdering svar --database f.db --vurdering 2 --indikator KK-01 --niva 3 --kommentar-fil notat.txt
  vurdering mal --database f.db --vurdering 2 KK=3 ETR=2
  vurdering tiltak ny --database f.db --vurdering 2 --tekst "Fast møte med kommunen" --frist 2027-03-01
  vurdering rapport --database f.db --vurdering 2 --ut rapport.pdf --kort
  vurdering vis --database f.db --vurdering 2 --json > vurdering.json

Hjelp til én kommando: vurdering KOMMANDO --help"""


def lag_parser() -> argparse.ArgumentParser:
    installer()
    p = Parser(
        prog="vurdering",
        description=BESKRIVELSE,
        epilog=EKSEMPLER,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--version", action="version", version=f"Forkant {__version__}", help="vis versjonen og avslutt")
    database_arg(p)
    p.add_argument("--vurdering", type=vurdering_id, metavar="ID", help="åpne denne vurderingen i vinduet")
    p.set_defaults(kommando=kmd_gui)
    sub = p.add_subparsers(title="kommandoer", metavar="KOMMANDO", parser_class=Parser)

    for modul in (vurderinger, tiltak, problemer, vis, rapporter, filer, bank, oversikt):
        modul.registrer(sub)
    return p
