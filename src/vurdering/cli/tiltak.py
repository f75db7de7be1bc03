"""Tiltaksplanen: tiltak ny, tiltak liste og tiltak status (samme regler som tabellen i vinduet)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from vurdering.cli.felles import (
    Parser,
    apne_db,
    database_arg,
    json_arg,
    skriv_json,
    tiltak_id,
    vurdering_arg,
)

if TYPE_CHECKING:
    from vurdering.domene.modell import Tiltak

STATUSER = ["ikke_startet", "pagar", "fullfort", "forkastet"]


def tiltak_data(t: Tiltak) -> dict[str, Any]:
    """Ett tiltak i samme form som i `vis --json`."""
    return {
        "id": t.id,
        "tekst": t.tekst,
        "eier_rolle": t.eier_rolle,
        "frist": t.frist or None,
        "status": t.status.value,
        "indikator": t.indikator_id,
    }


def kmd_tiltak_ny(args: argparse.Namespace) -> int:
    from vurdering.tjenester import plan

    with apne_db(args, skriver=True) as db:
        t = plan.nytt_tiltak(
            db,
            args.vurdering,
            args.tekst,
            eier_rolle=args.eier or "",
            frist=args.frist or "",
            indikator_id=args.indikator,
            status=args.status,
        )
    print(t.id)
    return 0


def kmd_tiltak_liste(args: argparse.Namespace) -> int:
    from vurdering.domene import formater
    from vurdering.domene.modell import TILTAKSTATUS_NAVN
    from vurdering.tjenester import plan
    from vurdering.tjenester.vurderinger import hent_vurdering

    with apne_db(args) as db:
        hent_vurdering(db, args.vurdering)  # en ukjent id skal si det, ikke gi en tom liste
        tiltak = plan.liste_tiltak(db, args.vurdering)
    if args.json:
        skriv_json([tiltak_data(t) for t in tiltak])
        return 0
    if not tiltak:
        print("Ingen tiltak i planen ennå. Legg til et med «vurdering tiltak ny».")
        return 0
    print(f"{'id':>4}  {'status':<12} {'frist':<10}  {'indikator':<9}  tiltak (ansvarlig)")
    for t in tiltak:
        eier = f" ({t.eier_rolle})" if t.eier_rolle else ""
        frist = formater.dato(t.frist) if t.frist else "–"
        print(
            f"{t.id or 0:>4}  {TILTAKSTATUS_NAVN[t.status][0]:<12} {frist:<10}  "
            f"{t.indikator_id or '–':<9}  {t.tekst}{eier}"
        )
    return 0


def kmd_tiltak_status(args: argparse.Namespace) -> int:
    from vurdering.domene.modell import TILTAKSTATUS_NAVN
    from vurdering.tjenester import plan

    with apne_db(args, skriver=True) as db:
        t = plan.sett_tiltakstatus(db, args.vurdering, args.tiltak, args.status)
    print(f"Tiltak {t.id}: {TILTAKSTATUS_NAVN[t.status][0]}")
    return 0


def registrer(sub: Any) -> None:
    """Legg kommandoene til i parseren."""
    tiltak = sub.add_parser("tiltak", help="tiltaksplanen: nye tiltak, liste og status")
    tsub = tiltak.add_subparsers(title="kommandoer", metavar="KOMMANDO", parser_class=Parser, required=True)

    ny = tsub.add_parser("ny", help="legg et tiltak sist i planen; skriver id-en")
    database_arg(ny)
    vurdering_arg(ny)
    ny.add_argument("--tekst", required=True, metavar="TEKST", help="hva som skal gjøres (høyst 5 000 tegn)")
    ny.add_argument("--eier", metavar="ROLLE", help="rollen som er ansvarlig")
    ny.add_argument("--frist", metavar="ÅÅÅÅ-MM-DD", help="fristen (fra 2000 til ti år fram)")
    ny.add_argument("--indikator", metavar="ID", help="indikatoren tiltaket svarer på, for eksempel KK-01")
    ny.add_argument("--status", choices=STATUSER, default="ikke_startet", help="status (standard: ikke_startet)")
    ny.set_defaults(kommando=kmd_tiltak_ny)

    liste = tsub.add_parser("liste", help="tiltakene i planen med status, frist og ansvarlig")
    database_arg(liste)
    vurdering_arg(liste)
    json_arg(liste)
    liste.set_defaults(kommando=kmd_tiltak_liste)

    status = tsub.add_parser("status", help="sett status for et tiltak")
    database_arg(status)
    vurdering_arg(status)
    status.add_argument(
        "--tiltak", required=True, type=tiltak_id, metavar="ID", help="tiltakets id (se «tiltak liste»)"
    )
    status.add_argument("status", choices=STATUSER, help="ny status")
    status.set_defaults(kommando=kmd_tiltak_status)
