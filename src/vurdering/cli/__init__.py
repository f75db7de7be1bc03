"""Kommandolinjen `vurdering` (se README og docs/json.md for formatet til --json).

Uten kommando startes vinduet. Alt annet virker uten skjerm. Tunge moduler (Qt,
ReportLab, pydantic) importeres først når kommandoen trenger dem, så `--version` og
`--help` er raske. Brukerfeil gir én norsk linje per feil på stderr, alltid med «Feil: »
foran, og avslutningskode 2.

Det en kommando skriver, samles opp og skrives først når kommandoen er ferdig: kan
terminalens tegnsett ikke vise teksten (`PYTHONIOENCODING=latin-1` og en «–»), kommer
én norsk linje i stedet for en halv utskrift. JSON skrives alltid som UTF-8.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Sequence
from typing import TextIO

from vurdering import __version__
from vurdering.cli.felles import FEIL_BRUKER, Brukerfeil, os_feil


class _Bytes:
    """`sys.stdout.buffer` for oppsamlingen: JSON skrives hit som UTF-8."""

    def __init__(self, deler: list[str | bytes]) -> None:
        self._deler = deler

    def write(self, data: bytes) -> int:
        self._deler.append(bytes(data))
        return len(data)

    def flush(self) -> None:
        pass


class Utdata:
    """Samler det en kommando skriver til stdout (tekst og UTF-8-byte) til den er ferdig."""

    encoding = "utf-8"

    def __init__(self) -> None:
        self._deler: list[str | bytes] = []
        self.buffer = _Bytes(self._deler)

    def write(self, tekst: str) -> int:
        self._deler.append(tekst)
        return len(tekst)

    def flush(self) -> None:
        pass

    def isatty(self) -> bool:
        return False

    def skriv_til(self, ut: TextIO | None) -> None:
        """Skriv alt til `ut`; teksten sjekkes mot tegnsettet først, så ingenting skrives halvt.

        Kaster `Brukerfeil` når tegnsettet ikke kan vise teksten. Uten `ut` (`forkant` på
        Windows har ingen konsoll) skrives ingenting.
        """
        if ut is None:
            return
        koding = getattr(ut, "encoding", None) or "utf-8"
        for del_ in self._deler:
            if isinstance(del_, str):
                try:
                    del_.encode(koding)
                except UnicodeEncodeError as e:
                    tegn = ord(del_[e.start])
                    raise Brukerfeil(
                        f"Terminalen bruker tegnsettet {koding}, som ikke kan vise tegnet U+{tegn:04X}. "
                        "Ingenting er skrevet. Bruk UTF-8 (for eksempel PYTHONIOENCODING=utf-8) eller --json."
                    ) from None
                except LookupError:
                    koding = "utf-8"
        buffer = getattr(ut, "buffer", None)
        for del_ in self._deler:
            if isinstance(del_, bytes) and buffer is not None:
                ut.flush()
                buffer.write(del_)
                buffer.flush()
            else:
                ut.write(del_ if isinstance(del_, str) else del_.decode("utf-8"))
        ut.flush()


def _feil(melding: str) -> int:
    """Hver linje i meldingen med «Feil: » foran, på stderr; gir koden 2."""
    for linje in str(melding).splitlines() or [""]:
        if linje.strip():
            print(f"Feil: {linje.removeprefix('Feil: ')}", file=sys.stderr)
    return FEIL_BRUKER


def _ugyldig_argument(argv: Sequence[str]) -> str | None:
    """Et argument med byte som ikke er UTF-8 (Python gir dem som «surrogateescape»-tegn)."""
    for a in argv:
        if any(0xDC80 <= ord(c) <= 0xDCFF for c in a):
            return a.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return None


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    with contextlib.suppress(AttributeError, ValueError):
        sys.stderr.reconfigure(errors="replace")  # type: ignore[union-attr]  # en feilmelding skal alltid fram
    if argv in (["--version"], ["-V"]):  # rask vei: ingen flere importer
        print(f"Forkant {__version__}")
        return 0
    ugyldig = _ugyldig_argument(argv)
    if ugyldig is not None:
        return _feil(
            f"Argumentet «{ugyldig[:80]}» inneholder byte som ikke er UTF-8-tekst. "
            "Skriv det som UTF-8, eller legg lange tekster i en UTF-8-fil (--kommentar-fil)."
        )
    from vurdering.lagring.database import (
        DatabaseFeil,  # BankFeil er en ValueError (banken, pydantic, lastes ved behov)
    )

    ekte = sys.stdout
    ut = Utdata()
    try:
        from vurdering.cli.parser import lag_parser
        from vurdering.cli.vindu import kmd_gui

        try:
            with contextlib.redirect_stdout(ut):
                args = lag_parser().parse_args(argv)
        except SystemExit as e:  # --help og --version: skriv det som kom
            ut.skriv_til(ekte)
            return int(e.code or 0) if not isinstance(e.code, str) else FEIL_BRUKER
        if args.kommando is kmd_gui:  # vinduet: ingen oppsamling
            return int(kmd_gui(args))
        with contextlib.redirect_stdout(ut):
            kode = int(args.kommando(args))
        ut.skriv_til(ekte)
        return kode
    except (Brukerfeil, DatabaseFeil, ValueError, KeyError) as e:
        melding = e.args[0] if isinstance(e, KeyError) and e.args else str(e)
        return _feil(str(melding))
    except BrokenPipeError:  # `vurdering liste | head`: mottakeren har fått nok
        with contextlib.suppress(OSError, ValueError):  # resten skal ikke gi en ny feil ved avslutning
            os.dup2(os.open(os.devnull, os.O_WRONLY), ekte.fileno())
        return 0
    except OSError as e:
        return _feil(os_feil(e))
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
