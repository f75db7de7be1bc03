"""Felles for kommandoene: feiltypen, parseren og argumenttypene, databasen og JSON-utskrift."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from vurdering.domene.bank import Bank
    from vurdering.domene.vurderingsdata import Vurderingsdata
    from vurdering.lagring.database import Database

FEIL_BRUKER = 2


class Brukerfeil(Exception):
    """Noe brukeren kan rette; meldingen vises som den er."""


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise Brukerfeil(f"{self.prog}: {message}")


def apne_db(args: argparse.Namespace) -> Database:
    from vurdering.lagring.database import apne, standard_sti

    sti = Path(args.database) if args.database else standard_sti()
    return apne(sti)


def last_bank(db: Database) -> Bank:
    """Den medfølgende banken og eventuelle egne moduler i `egne-moduler/` ved databasen."""
    from vurdering.domene.bank import last_bank_for

    return last_bank_for(db.sti)


def vurdering_id(tekst: str) -> int:
    try:
        verdi = int(tekst)
    except ValueError:
        raise argparse.ArgumentTypeError(f"vurderings-id må være et helt tall, ikke «{tekst}»") from None
    if verdi <= 0:
        raise argparse.ArgumentTypeError("vurderings-id må være et positivt tall")
    return verdi


def niva(tekst: str) -> int:
    try:
        verdi = int(tekst)
    except ValueError:
        verdi = -1
    if not 0 <= verdi <= 4:
        raise argparse.ArgumentTypeError(f"nivået må være et helt tall fra 0 til 4, ikke «{tekst}»")
    return verdi


def dato(tekst: str) -> str:
    from datetime import date

    try:
        return date.fromisoformat(tekst).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"ugyldig dato «{tekst}» (skriv ÅÅÅÅ-MM-DD)") from None


def skriv_json(data: Any) -> None:
    # Én skriving: json.dump skriver bit for bit, og det er det meste av tiden for ti tusen rader.
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def utvekslingsfeil(e: Exception) -> int:
    """Én linje per feil på stderr; avslutningskode 2."""
    for linje in getattr(e, "feil", None) or [str(e)]:
        print(f"Feil: {linje}", file=sys.stderr)
    return FEIL_BRUKER


def vurderingsdata(args: argparse.Namespace) -> Vurderingsdata:
    """Alt om vurderingen, for rapportene; databasen må finnes (den opprettes ikke her)."""
    from vurdering.tjenester.vurderinger import hent_vurderingsdata

    if args.database and not Path(args.database).expanduser().exists():
        raise Brukerfeil(f"Finner ikke databasen {args.database}.")
    with apne_db(args) as db:
        return hent_vurderingsdata(db, args.vurdering)


def database_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--database", metavar="FIL", help="databasefilen (standard: i brukerens datamappe)")
