"""Kommandoene som lager og besvarer vurderinger: demo, ny og svar."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from vurdering.cli.felles import (
    Brukerfeil,
    apne_db,
    database_arg,
    dato,
    last_bank,
    niva,
    vurdering_id,
)

if TYPE_CHECKING:
    pass


def kmd_demo(args: argparse.Namespace) -> int:
    from vurdering.domene.bank import last_bank
    from vurdering.tjenester.demo import lag_demo

    bank = last_bank()  # demoen svarer på den medfølgende banken, uten distriktets egne moduler
    with apne_db(args) as db:
        if args.distrikt_demo:  # seks enheter med to eller tre runder: for utvikling og oversikt
            from vurdering.tjenester.demo import lag_distriktsdemo

            print("\n".join(str(i) for i in lag_distriktsdemo(db, bank)))
            return 0
        vid = lag_demo(db, bank)
    print(vid)
    return 0


def kmd_ny(args: argparse.Namespace) -> int:
    from vurdering.domene import distrikter
    from vurdering.domene.modell import Deltaker, VurderingType
    from vurdering.lagring import repository as repo

    distrikt = distrikter.finn(args.distrikt)
    if distrikt is None:
        raise Brukerfeil(
            f"Ukjent distrikt «{args.distrikt}». Velg et politidistrikt (for eksempel «Vest») eller et særorgan."
        )
    deltakere = [Deltaker(r.strip()) for r in (args.roller or "").split(",") if r.strip()]
    with apne_db(args) as db:
        bank = last_bank(db)
        moduler = [m.id for m in bank.temamoduler]
        if args.moduler:
            moduler = [m.strip().upper() for m in args.moduler.split(",") if m.strip()]
            ukjente = [m for m in moduler if not bank.har_modul(m)]
            if ukjente:
                raise Brukerfeil(
                    f"Ukjent modul: {', '.join(ukjente)}. Kjente moduler: {', '.join(m.id for m in bank.moduler)}."
                )
        vid = repo.opprett_vurdering(
            db,
            bank,
            enhet=args.enhet,
            distrikt=distrikt,
            moduler=moduler,
            type=VurderingType(args.type),
            dato=args.dato,
            deltakere=deltakere,
            sprak=args.sprak,
        )
    print(vid)
    return 0


def kmd_svar(args: argparse.Namespace) -> int:
    from vurdering.domene.modell import Grunnlag, Svar, SvarType
    from vurdering.lagring import repository as repo

    with apne_db(args) as db:
        bank = repo.hent_bank(db, args.vurdering)
        indikator = args.indikator.strip().upper()
        if not bank.har_indikator(indikator):
            raise Brukerfeil(f"Ukjent indikator «{args.indikator}» i denne vurderingens bank.")
        vurdering = repo.hent_vurdering(db, args.vurdering)
        if bank.indikator(indikator).modul_id not in vurdering.moduler:
            raise Brukerfeil(f"Indikatoren {indikator} hører til en modul som ikke er med i vurderingen.")
        felles = {
            "grunnlag": Grunnlag(args.grunnlag) if args.grunnlag else None,
            "kommentar": args.kommentar or "",
            "kilde": args.kilde or "",
            "rolle": args.rolle or "",
        }
        if args.niva is not None:
            svar = Svar(indikator, SvarType.NIVA, args.niva, **felles)  # type: ignore[arg-type]
        elif args.vet_ikke:
            svar = Svar(indikator, SvarType.VET_IKKE, **felles)  # type: ignore[arg-type]
        else:
            if not args.ikke_relevant.strip():
                raise Brukerfeil("«Ikke relevant» må begrunnes: --ikke-relevant GRUNN.")
            svar = Svar(indikator, SvarType.IKKE_RELEVANT, grunn=args.ikke_relevant, **felles)  # type: ignore[arg-type]
        tid = repo.lagre_svar(db, args.vurdering, svar, bank)
    print(f"Lagret {indikator} kl. {tid[11:19]}")
    return 0


def registrer(sub: Any) -> None:
    """Legg kommandoene til i parseren."""
    demo = sub.add_parser("demo", help="lag en demoenhet med en komplett vurdering; skriver id-en")
    database_arg(demo)
    demo.add_argument(
        "--distrikt-demo", action="store_true", help="i stedet: et lite distrikt med flere enheter og runder"
    )
    demo.set_defaults(kommando=kmd_demo)

    ny = sub.add_parser("ny", help="lag en tom vurdering; skriver id-en")
    database_arg(ny)
    ny.add_argument("--enhet", required=True, metavar="NAVN")
    ny.add_argument("--distrikt", required=True, metavar="NAVN")
    ny.add_argument("--type", choices=["individuell", "samling", "samlet"], default="individuell")
    ny.add_argument("--moduler", metavar="ID,...", help="moduler i tillegg til de fire temaene")
    ny.add_argument("--dato", type=dato, metavar="ÅÅÅÅ-MM-DD")
    ny.add_argument("--roller", metavar="ROLLE,...", help="deltakernes roller")
    ny.add_argument("--sprak", choices=["nb", "nn"], default="nb")
    ny.set_defaults(kommando=kmd_ny)

    svar = sub.add_parser("svar", help="lagre ett svar")
    database_arg(svar)
    svar.add_argument("--vurdering", required=True, type=vurdering_id, metavar="ID")
    svar.add_argument("--indikator", required=True, metavar="ID")
    hva = svar.add_mutually_exclusive_group(required=True)
    hva.add_argument("--niva", type=niva, metavar="0-4")
    hva.add_argument("--vet-ikke", action="store_true")
    hva.add_argument("--ikke-relevant", metavar="GRUNN")
    svar.add_argument("--grunnlag", choices=["dokumentert", "erfart", "antatt"])
    svar.add_argument("--kommentar", metavar="TEKST")
    svar.add_argument("--kilde", metavar="TEKST")
    svar.add_argument("--rolle", metavar="ROLLE")
    svar.set_defaults(kommando=kmd_svar)
