"""Spørsmålsbanken: bank sjekk."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from vurdering.cli.felles import (
    FEIL_BRUKER,
    Brukerfeil,
    Parser,
    skriv_json,
)


def kmd_bank_sjekk(args: argparse.Namespace) -> int:
    from vurdering.domene.bank import BankFeil, last_bank, sjekk_fil

    try:
        if args.fil:
            fil = Path(args.fil)
            if not fil.exists():
                raise Brukerfeil(f"Finner ikke filen {fil}.")
            resultat = sjekk_fil(fil)
        else:
            resultat = last_bank()
    except BankFeil as e:
        if args.json:
            skriv_json({"ok": False, "feil": e.feil})
        else:
            for linje in e.feil:
                print(linje, file=sys.stderr)
        return FEIL_BRUKER
    from vurdering.domene.bank import Bank

    alle = resultat.moduler if isinstance(resultat, Bank) else (resultat,)
    moduler = [{"id": m.id, "navn": m.navn, "type": m.type, "indikatorer": len(m.indikatorer)} for m in alle]
    antall = sum(len(m.indikatorer) for m in alle)
    if args.json:
        data: dict[str, Any] = {"ok": True, "moduler": moduler, "indikatorer": antall}
        if isinstance(resultat, Bank):
            data["bank"] = {"id": resultat.id, "versjon": resultat.versjon}
        skriv_json(data)
        return 0
    if isinstance(resultat, Bank):
        print(f"OK: {resultat.navn} ({resultat.id} {resultat.versjon})")
    else:
        print(f"OK: {args.fil}")
    for m in moduler:
        print(f"  {m['id']:<4} {m['navn']:<36} {m['indikatorer']:>2} indikatorer")
    print(f"  {len(moduler)} moduler, {antall} indikatorer")
    return 0


def registrer(sub: Any) -> None:
    """Legg kommandoene til i parseren."""
    bank = sub.add_parser("bank", help="spørsmålsbanken")
    banksub = bank.add_subparsers(title="kommandoer", metavar="KOMMANDO", parser_class=Parser, required=True)
    sjekk = banksub.add_parser("sjekk", help="valider en bank (den medfølgende uten FIL)")
    sjekk.add_argument("fil", nargs="?", metavar="FIL")
    sjekk.add_argument("--json", action="store_true")
    sjekk.set_defaults(kommando=kmd_bank_sjekk)
