"""Kommandolinjen `vurdering` (se README og docs/json.md for formatet til --json).

Uten kommando startes vinduet. Alt annet virker uten skjerm. Tunge moduler (Qt,
ReportLab, pydantic) importeres først når kommandoen trenger dem, så `--version` og
`--help` er raske. Brukerfeil gir én norsk linje på stderr og avslutningskode 2.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from vurdering import __version__
from vurdering.cli.felles import FEIL_BRUKER, Brukerfeil


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv in (["--version"], ["-V"]):  # rask vei: ingen flere importer
        print(f"Forkant {__version__}")
        return 0
    from vurdering.domene.bank import BankFeil
    from vurdering.lagring.database import DatabaseFeil

    try:
        from vurdering.cli.parser import lag_parser

        args = lag_parser().parse_args(argv)
        return int(args.kommando(args))
    except (Brukerfeil, DatabaseFeil, BankFeil, ValueError, KeyError) as e:
        melding = e.args[0] if isinstance(e, KeyError) and e.args else str(e)
        print(f"Feil: {melding}" if not str(melding).startswith("vurdering") else melding, file=sys.stderr)
        return FEIL_BRUKER
    except BrokenPipeError:  # `vurdering liste | head`: mottakeren har fått nok
        sys.stderr.close()
        return 0
    except OSError as e:
        print(f"Feil: {e.strerror or e} ({e.filename or ''})", file=sys.stderr)
        return FEIL_BRUKER
    except KeyboardInterrupt:
        print("Avbrutt.", file=sys.stderr)
        return 130
    except Exception as e:  # en programfeil: kort melding, detaljer bare ved behov
        if os.environ.get("FORKANT_FEILSOK"):
            raise
        print(
            f"Uventet feil i Forkant ({type(e).__name__}: {e}). Ingenting av det som var lagret, er tapt.",
            file=sys.stderr,
        )
        return 1


def forkant() -> None:
    """Inngangen for `forkant` (gui-script): samme parser og valg som `vurdering`."""
    sys.exit(main())
