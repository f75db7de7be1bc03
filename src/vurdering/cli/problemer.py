"""Enhetens prioriterte problemer: `vurdering problem ny|liste|verdi|slett`."""

from __future__ import annotations

import argparse
from typing import Any

from vurdering.cli.felles import Parser, apne_db, database_arg, dato, skriv_json, vurdering_id
from vurdering.domene import formater


def _tall(felt: str) -> Any:
    def tolk(tekst: str) -> float | None:
        from vurdering.domene.problemer import tall

        try:
            return tall(tekst, felt)
        except ValueError as e:
            raise argparse.ArgumentTypeError(str(e)) from None

    return tolk


def _som_data(p: Any) -> dict[str, Any]:
    return {
        "id": p.id,
        "tittel": p.tittel,
        "begrunnelse": p.begrunnelse,
        "effektmal": p.effektmal,
        "kilde": p.kilde,
        "utgangsverdi": p.utgangsverdi,
        "utgangsdato": p.utgangsdato or None,
        "malverdi": p.malverdi,
        "siste_verdi": p.siste_verdi,
        "siste_dato": p.siste_dato or None,
        "forrige_verdi": p.forrige_verdi,
        "fremgang": p.fremgang.value,
        "andel_av_veien": None if p.andel_av_veien is None else round(p.andel_av_veien, 4),
    }


def kmd_ny(args: argparse.Namespace) -> int:
    from vurdering.domene.problemer import Problem
    from vurdering.tjenester import problemer

    problem = Problem(
        tittel=args.tittel,
        begrunnelse=args.begrunnelse or "",
        effektmal=args.effektmal or "",
        kilde=args.kilde or "",
        utgangsverdi=args.utgangsverdi,
        utgangsdato=args.utgangsdato or "",
        malverdi=args.malverdi,
        siste_verdi=args.siste_verdi,
        siste_dato=args.siste_dato or "",
    )
    with apne_db(args, skriver=True) as db:
        print(problemer.lagre(db, args.vurdering, problem))
    return 0


def kmd_liste(args: argparse.Namespace) -> int:
    from vurdering.domene.problemer import FREMGANG_NAVN
    from vurdering.tjenester import problemer

    with apne_db(args) as db:
        liste = problemer.hent(db, args.vurdering)
    if args.json:
        skriv_json([_som_data(p) for p in liste])
        return 0
    if not liste:
        print("Ingen prioriterte problemer er registrert. Legg til med «vurdering problem ny».")
        return 0
    for p in liste:
        print(f"{p.id:>4}  {p.tittel}")
        if p.effektmal:
            print(f"      Effektmål: {p.effektmal}" + (f" ({p.kilde})" if p.kilde else ""))
        utgang = "–" if p.utgangsverdi is None else formater.tall(p.utgangsverdi)
        mal = "–" if p.malverdi is None else formater.tall(p.malverdi)
        siste = "–" if p.siste_verdi is None else formater.tall(p.siste_verdi)
        print(f"      Utgangsverdi {utgang} → siste {siste}, mål {mal}: {FREMGANG_NAVN[p.fremgang][0]}")
    return 0


def kmd_verdi(args: argparse.Namespace) -> int:
    from vurdering.domene.problemer import FREMGANG_NAVN
    from vurdering.tjenester import problemer

    with apne_db(args, skriver=True) as db:
        p = problemer.sett_verdi(db, args.vurdering, args.problem, args.verdi, args.dato or "")
    print(f"Lagret: {p.tittel} – {FREMGANG_NAVN[p.fremgang][0]}")
    return 0


def kmd_slett(args: argparse.Namespace) -> int:
    from vurdering.tjenester import problemer

    with apne_db(args, skriver=True) as db:
        problemer.slett(db, args.vurdering, args.problem)
    print(f"Slettet problem {args.problem}")
    return 0


def _felles(p: argparse.ArgumentParser) -> None:
    database_arg(p)
    p.add_argument("--vurdering", required=True, type=vurdering_id, metavar="ID", help="vurderingens id")


def registrer(sub: Any) -> None:
    """Legg kommandoene til i parseren."""
    problem = sub.add_parser(
        "problem",
        help="enhetens prioriterte lokale problemer (1–5) med effektmål: ny, liste, verdi, slett",
    )
    psub = problem.add_subparsers(title="kommandoer", metavar="KOMMANDO", parser_class=Parser, required=True)

    ny = psub.add_parser("ny", help="registrer et prioritert problem; skriver id-en")
    _felles(ny)
    ny.add_argument(
        "--tittel", required=True, metavar="TEKST", help="problemet, for eksempel «Vold i sentrum i helgene»"
    )
    ny.add_argument("--begrunnelse", metavar="TEKST", help="hvorfor det er prioritert (virksomhetsplan, politiråd …)")
    ny.add_argument(
        "--effektmal", metavar="TEKST", help="hva som måles, for eksempel «anmeldte voldssaker fredag–lørdag»"
    )
    ny.add_argument("--kilde", metavar="TEKST", help="hvor tallet kommer fra, for eksempel «PO/BL» eller «Ungdata»")
    ny.add_argument("--utgangsverdi", type=_tall("Utgangsverdien"), metavar="TALL", help="verdien da arbeidet startet")
    ny.add_argument("--utgangsdato", type=dato, metavar="ÅÅÅÅ-MM-DD", help="datoen for utgangsverdien")
    ny.add_argument("--malverdi", type=_tall("Målverdien"), metavar="TALL", help="verdien enheten vil nå")
    ny.add_argument("--siste-verdi", type=_tall("Siste verdi"), metavar="TALL", help="siste målte verdi")
    ny.add_argument("--siste-dato", type=dato, metavar="ÅÅÅÅ-MM-DD", help="datoen for siste verdi")
    ny.set_defaults(kommando=kmd_ny)

    liste = psub.add_parser("liste", help="problemene med utgangsverdi, siste verdi, mål og fremgang")
    _felles(liste)
    liste.add_argument("--json", action="store_true", help="skriv JSON (docs/json.md) i stedet for tekst")
    liste.set_defaults(kommando=kmd_liste)

    verdi = psub.add_parser("verdi", help="registrer siste målte verdi for et problem")
    _felles(verdi)
    verdi.add_argument("--problem", required=True, type=int, metavar="ID", help="problemets id (se «problem liste»)")
    verdi.add_argument("--verdi", required=True, type=_tall("Verdien"), metavar="TALL", help="den nye verdien")
    verdi.add_argument("--dato", type=dato, metavar="ÅÅÅÅ-MM-DD", help="datoen verdien gjelder")
    verdi.set_defaults(kommando=kmd_verdi)

    slett = psub.add_parser("slett", help="fjern et problem fra vurderingen")
    _felles(slett)
    slett.add_argument("--problem", required=True, type=int, metavar="ID", help="problemets id (se «problem liste»)")
    slett.set_defaults(kommando=kmd_slett)
