"""Norske meldinger fra argparse (som ellers svarer på engelsk).

argparse slår opp sine tekster gjennom `gettext`; her erstattes oppslaget med en liten
ordliste, slik at feil og hjelpetekster fra kommandolinjen er på norsk.
"""

from __future__ import annotations

import argparse

_ORD = {
    "usage: ": "bruk: ",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s: %(message)s",
    "positional arguments": "argumenter",
    "options": "valg",
    "show this help message and exit": "vis denne hjelpen og avslutt",
    "show program's version number and exit": "vis versjonen og avslutt",
    "unrecognized arguments: %s": "ukjente argumenter: %s",
    "not allowed with argument %s": "kan ikke brukes sammen med %s",
    "ignored explicit argument %r": "argumentet %r ble ignorert",
    "the following arguments are required: %s": "mangler påkrevd argument: %s",
    "one of the arguments %s is required": "ett av argumentene %s er påkrevd",
    "expected one argument": "mangler verdi",
    "expected at most one argument": "tar høyst én verdi",
    "expected at least one argument": "trenger minst én verdi",
    "ambiguous option: %(option)s could match %(matches)s": "tvetydig valg: %(option)s kan være %(matches)s",
    "unexpected option string: %s": "uventet valg: %s",
    "invalid %(type)s value: %(value)r": "ugyldig verdi: %(value)r",
    "invalid choice: %(value)r (choose from %(choices)s)": "ugyldig valg: %(value)r (velg blant %(choices)s)",
    "%(prog)s: error: %(message)s\n": "%(prog)s: feil: %(message)s\n",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "ukjent kommando %(parser_name)r (velg blant %(choices)s)",
    "subcommands": "kommandoer",
}


def _oversett(tekst: str) -> str:
    return _ORD.get(tekst, tekst)


def _ngettext(en: str, flere: str, n: int) -> str:
    return (
        ("forventet %s verdi" if n == 1 else "forventet %s verdier") if "expected" in en else (en if n == 1 else flere)
    )


def installer() -> None:
    argparse._ = _oversett  # type: ignore[attr-defined]
    argparse.ngettext = _ngettext  # type: ignore[attr-defined]
