"""Filer inn og ut: eksport, import og sammenslåing (samle)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from vurdering.cli.felles import (
    FEIL_BRUKER,
    apne_db,
    database_arg,
    dato,
    distrikt,
    enhet,
    utfil,
    utvekslingsfeil,
    vurdering_id,
)


def kmd_eksport(args: argparse.Namespace) -> int:
    from vurdering.domene.utveksling import UtvekslingFeil
    from vurdering.tjenester import filer as filtjeneste

    ut = utfil(args)
    with apne_db(args) as db:
        try:
            ut = filtjeneste.eksporter(db, args.vurdering, ut)
        except UtvekslingFeil as e:
            return utvekslingsfeil(e)
    print(ut)
    return 0


def kmd_import(args: argparse.Namespace) -> int:
    from vurdering.domene.utveksling import UtvekslingFeil
    from vurdering.tjenester import filer as filtjeneste

    with apne_db(args, opprett=True, skriver=True) as db:
        try:
            ids = filtjeneste.importer_filer(
                db, [Path(f).expanduser() for f in args.filer], hopp_over_feil=args.hopp_over_feil
            )
        except UtvekslingFeil as e:
            return utvekslingsfeil(e)
    for vid in ids:
        print(vid)
    if ids.hoppet_over:
        for linje in ids.hoppet_over:
            print(f"Hoppet over: {linje}", file=sys.stderr)
        print(f"{len(ids)} vurderinger ble importert; filene over ble hoppet over.", file=sys.stderr)
        return 0 if ids else FEIL_BRUKER
    return 0


def kmd_samle(args: argparse.Namespace) -> int:
    from vurdering.domene.utveksling import UtvekslingFeil
    from vurdering.tjenester import filer as filtjeneste

    with apne_db(args, opprett=True, skriver=True) as db:
        try:
            vid = filtjeneste.samle(
                db,
                [Path(f).expanduser() for f in args.filer],
                enhet=args.enhet,
                distrikt=args.distrikt,
                dato=args.dato,
            )
        except UtvekslingFeil as e:
            return utvekslingsfeil(e)
    print(vid)
    return 0


def registrer(sub: Any) -> None:
    """Legg kommandoene til i parseren."""
    eksport = sub.add_parser("eksport", help="skriv én vurdering med spørsmålsbanken til en .forkant-fil")
    database_arg(eksport)
    eksport.add_argument("--vurdering", required=True, type=vurdering_id, metavar="ID")
    eksport.add_argument("--ut", required=True, metavar="FIL.forkant", help="filen som skal skrives")
    eksport.set_defaults(kommando=kmd_eksport)

    imp = sub.add_parser(
        "import",
        help="les .forkant-filer og mapper med slike inn i databasen (alle eller ingen); skriver id-ene",
    )
    database_arg(imp)
    imp.add_argument(
        "--hopp-over-feil",
        action="store_true",
        help="importer de gode filene og meld de dårlige (standard: ingenting importeres når én fil er dårlig)",
    )
    imp.add_argument(
        "filer",
        nargs="+",
        metavar="MAPPE|FIL.forkant",
        help="filer, eller mapper der alle .forkant-filer (ikke i undermapper) importeres",
    )
    imp.set_defaults(kommando=kmd_import)

    samle = sub.add_parser(
        "samle", help="slå individuelle .forkant-filer sammen til én samlet vurdering; skriver id-en"
    )
    database_arg(samle)
    samle.add_argument(
        "--enhet", required=True, type=enhet, metavar="NAVN", help="enheten den samlede vurderingen gjelder"
    )
    samle.add_argument("--distrikt", type=distrikt, metavar="NAVN", help="standard: distriktet i filene")
    samle.add_argument("--dato", type=dato, metavar="ÅÅÅÅ-MM-DD", help="standard: i dag")
    samle.add_argument("filer", nargs="+", metavar="FIL.forkant")
    samle.set_defaults(kommando=kmd_samle)
