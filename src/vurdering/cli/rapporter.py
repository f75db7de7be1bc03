"""Rapportene: full rapport og lederoppsummering (PDF eller Word, etter endelsen på --ut) og CSV."""

from __future__ import annotations

import argparse
from typing import Any

from vurdering.cli.felles import (
    Brukerfeil,
    database_arg,
    utfil,
    vurdering_arg,
    vurderingsdata,
)
from vurdering.domene.regler import SPRAK


def kmd_rapport(args: argparse.Namespace) -> int:
    import dataclasses

    ut = utfil(args)
    endelse = ut.suffix.lower()
    if endelse not in (".pdf", ".docx"):
        raise Brukerfeil(f"--ut må slutte på .pdf (PDF) eller .docx (Word), ikke «{ut.name}».")
    if endelse == ".docx":
        from vurdering.rapport.word import lag_word as lag_rapport  # python-docx lastes bare her
    else:
        from vurdering.rapport.pdf import lag_rapport  # ReportLab lastes bare her
    data = vurderingsdata(args)
    if args.merking is not None:  # bare for denne rapporten; det lagrede valget endres ikke
        from vurdering.domene import feltregler

        merking = feltregler.tekst(args.merking, feltregler.MERKING).strip()
        if not merking:
            raise Brukerfeil("Merkingen må være en tekst på 1–200 tegn, for eksempel «Intern».")
        data = dataclasses.replace(data, tekstfelt={**data.tekstfelt, "merking": merking})
    lag_rapport(data, ut, kort=args.kort, sprak=args.sprak)
    print(ut)
    return 0


def kmd_csv(args: argparse.Namespace) -> int:
    from vurdering.rapport.csvfil import skriv_csv

    ut = utfil(args)
    skriv_csv(vurderingsdata(args), ut)
    print(ut)
    return 0


def registrer(sub: Any) -> None:
    """Legg kommandoene til i parseren."""
    rapport = sub.add_parser(
        "rapport", help="full rapport, eller lederoppsummering med --kort, som PDF eller Word (.docx)"
    )
    database_arg(rapport)
    vurdering_arg(rapport)
    rapport.add_argument(
        "--ut",
        required=True,
        metavar="FIL.pdf|FIL.docx",
        help="filen som skal skrives: .pdf gir PDF, .docx gir et Word-dokument",
    )
    rapport.add_argument("--kort", action="store_true", help="lederoppsummering på én til to sider")
    rapport.add_argument("--sprak", choices=list(SPRAK), default="nb", help="bokmål (standard) eller nynorsk")
    rapport.add_argument(
        "--merking",
        metavar="TEKST",
        help="merking på hver side (standard: vurderingens, ellers «Intern»; "
        "for eksempel «Unntatt offentlighet, jf. offl. § 14»)",
    )
    rapport.set_defaults(kommando=kmd_rapport)

    csv = sub.add_parser("csv", help="alle svarene som CSV (UTF-8 med BOM, semikolon) for Excel")
    database_arg(csv)
    vurdering_arg(csv)
    csv.add_argument("--ut", required=True, metavar="FIL.csv", help="CSV-filen som skal skrives")
    csv.set_defaults(kommando=kmd_csv)
