"""Inngangen til det frosne programmet, felles for `Forkant` (vindu) og `vurdering` (kommandolinje).

Begge kjører `vurdering.cli.main`: uten kommando starter vinduet, ellers kjøres kommandoen.
I vindusutgaven på Windows finnes ingen konsoll (`sys.stdout` er None); utskrift går da
til ingenting i stedet for å feile.
"""

import os
import sys

for _navn in ("stdout", "stderr"):
    if getattr(sys, _navn) is None:
        setattr(sys, _navn, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115 – lever like lenge som prosessen

from vurdering.cli import main  # noqa: E402

raise SystemExit(main())
