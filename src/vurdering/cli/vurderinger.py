"""Kommandoene som lager og endrer vurderinger: demo, ny, svar, kommuner, mal, ferdig, gjenapne og slett.

Alt går gjennom brukstilfellene i `vurdering.tjenester`, med de samme reglene og
meldingene som i vinduet.
"""

from __future__ import annotations

import argparse
from typing import Any

from vurdering.cli.felles import (
    Brukerfeil,
    apne_db,
    bekreft,
    database_arg,
    dato,
    distrikt,
    enhet,
    last_bank,
    les_tekst,
    niva,
    vurdering_arg,
)
from vurdering.domene.regler import SPRAK


def kmd_demo(args: argparse.Namespace) -> int:
    from vurdering.domene.bank import last_bank
    from vurdering.tjenester.demo import lag_demo

    bank = last_bank()  # demoen svarer på den medfølgende banken, uten distriktets egne moduler
    with apne_db(args, opprett=True) as db:
        if args.distrikt_demo:  # seks enheter med to eller tre runder: for utvikling og oversikt
            from vurdering.tjenester.demo import lag_distriktsdemo

            print("\n".join(str(i) for i in lag_distriktsdemo(db, bank)))
            return 0
        vid = lag_demo(db, bank)
    print(vid)
    return 0


def kmd_ny(args: argparse.Namespace) -> int:
    from vurdering.domene import feltregler
    from vurdering.tjenester import vurderinger as tj

    ny = tj.NyVurdering(
        enhet=args.enhet,
        distrikt=args.distrikt,
        moduler=tuple(args.moduler.split(",")) if args.moduler else None,
        type=args.type,
        dato=args.dato,
        deltakere=tuple(feltregler.roller(args.roller or "")),
        sprak=args.sprak,
        kommuner=tuple(args.kommuner.split(",")) if args.kommuner else (),
    )
    with apne_db(args, opprett=True, skriver=True) as db:
        bank = last_bank(db)
        vid = tj.opprett_vurdering(db, bank, ny)
    print(vid)
    return 0


def kmd_svar(args: argparse.Namespace) -> int:
    from vurdering.domene.modell import Grunnlag, SvarType
    from vurdering.tjenester import vurderinger as tj

    if args.niva is not None:
        type_ = SvarType.NIVA
    elif args.vet_ikke:
        type_ = SvarType.VET_IKKE
    else:
        if not args.ikke_relevant.strip():
            raise Brukerfeil("«Ikke relevant» må begrunnes: --ikke-relevant GRUNN.")
        type_ = SvarType.IKKE_RELEVANT
    kommentar = les_tekst(args.kommentar_fil) if args.kommentar_fil is not None else args.kommentar
    if args.kommune is not None:
        return _svar_for_kommune(args, type_, kommentar)
    with apne_db(args, skriver=True) as db:
        svar = tj.endre_svar(
            db,
            args.vurdering,
            args.indikator,
            type_,
            niva=args.niva,
            grunn=args.ikke_relevant,
            grunnlag=Grunnlag(args.grunnlag) if args.grunnlag else None,
            kommentar=kommentar,
            kilde=args.kilde,
            rolle=args.rolle,
        )
    print(f"Lagret {svar.indikator_id} kl. {svar.oppdatert[11:19]}")
    return 0


def _svar_for_kommune(args: argparse.Namespace, type_: Any, kommentar: str | None) -> int:
    """`svar --kommune NAVN`: svaret for én av vurderingens kommuner (`tjenester.kommuner`)."""
    from vurdering.domene.modell import Grunnlag
    from vurdering.tjenester import kommuner as tk

    if args.rolle is not None:
        raise Brukerfeil("--rolle lagres ikke for svar per kommune; utelat den når du gir --kommune.")
    with apne_db(args, skriver=True) as db:
        navn, svar = tk.endre_kommunesvar(
            db,
            args.vurdering,
            args.indikator,
            args.kommune,
            type_,
            niva=args.niva,
            grunn=args.ikke_relevant,
            grunnlag=Grunnlag(args.grunnlag) if args.grunnlag else None,
            kommentar=kommentar,
            kilde=args.kilde,
        )
    print(f"Lagret {svar.indikator_id} for {navn} kl. {svar.oppdatert[11:19]}")
    return 0


def kmd_kommuner(args: argparse.Namespace) -> int:
    """Vis vurderingens kommuner, eller sett dem med --sett."""
    from vurdering.tjenester import kommuner as tk

    if args.sett is None:
        with apne_db(args) as db:
            kommuner = tk.hent_kommuner(db, args.vurdering)
        print("\n".join(kommuner) if kommuner else "Vurderingen har ingen kommuner (ett svar per indikator).")
        return 0
    with apne_db(args, skriver=True) as db:
        kommuner = tk.sett_kommuner(db, args.vurdering, args.sett.split(","))
    print("Kommunene er lagret: " + (", ".join(kommuner) or "ingen (ett svar per indikator)"))
    return 0


def _mal_par(tekst: str) -> tuple[str, int]:
    """«KK=3» → ("KK", 3)."""
    modul, lik, verdi = tekst.partition("=")
    if not lik or not modul.strip():
        raise argparse.ArgumentTypeError(f"skriv MODUL=NIVÅ, for eksempel KK=3, ikke «{tekst[:40]}»")
    return modul.strip().upper(), niva(verdi.strip())


def kmd_mal(args: argparse.Namespace) -> int:
    from vurdering.tjenester import vurderinger as tj

    mal: dict[str, int] = {}
    for modul, verdi in args.mal:
        if modul in mal and mal[modul] != verdi:
            raise Brukerfeil(f"{modul} har fått to forskjellige mål ({mal[modul]} og {verdi}).")
        mal[modul] = verdi
    with apne_db(args, skriver=True) as db:
        lagret = tj.sett_mal(db, args.vurdering, mal)
    print("Målet er lagret: " + ", ".join(f"{m}={n}" for m, n in lagret.items()))
    return 0


def kmd_ferdig(args: argparse.Namespace) -> int:
    from vurdering.tjenester import vurderinger as tj

    with apne_db(args, skriver=True) as db:
        data = tj.hent_vurderingsdata(db, args.vurdering)
        if tj.er_ferdig(db, args.vurdering):
            print("Vurderingen er allerede markert som ferdig.")
            return 0
        tj.marker_ferdig(db, args.vurdering)
    print("Vurderingen er markert som ferdig. Den kan bare leses til du åpner den igjen (vurdering gjenapne).")
    mangler = data.resultat.antall - data.resultat.besvart
    if mangler:
        print(f"Merk: {mangler} indikatorer er ikke besvart.")
    return 0


def kmd_gjenapne(args: argparse.Namespace) -> int:
    from vurdering.tjenester import vurderinger as tj

    with apne_db(args, skriver=True) as db:
        if not tj.er_ferdig(db, args.vurdering):
            print("Vurderingen er ikke markert som ferdig; den kan endres.")
            return 0
        tj.gjenapne(db, args.vurdering)
    print("Vurderingen er åpnet igjen.")
    return 0


def kmd_slett(args: argparse.Namespace) -> int:
    from vurdering.domene import formater
    from vurdering.tjenester import vurderinger as tj

    with apne_db(args, skriver=True) as db:
        v = tj.hent_vurdering(db, args.vurdering)
        sporsmal = (
            f"Slette vurderingen av «{v.enhet.navn}» fra {formater.dato(v.dato)} (id {v.id}) for godt? "
            "Alle svar og tiltak i den blir borte, og det kan ikke angres."
        )
        if not bekreft(sporsmal, args.ja):
            print("Ingenting er slettet.")
            return 0
        tj.slett_vurdering(db, args.vurdering)
    print(f"Vurdering {v.id} er slettet.")
    return 0


def registrer(sub: Any) -> None:
    """Legg kommandoene til i parseren."""
    demo = sub.add_parser("demo", help="lag en demoenhet med en komplett vurdering; skriver id-en")
    database_arg(demo)
    demo.add_argument(
        "--distrikt-demo", action="store_true", help="i stedet: et lite distrikt med flere enheter og runder"
    )
    demo.set_defaults(kommando=kmd_demo)

    ny = sub.add_parser(
        "ny",
        help="lag en tom vurdering; skriver id-en",
        description="Lag en tom vurdering. De fire strategiske temaene er alltid med.",
    )
    database_arg(ny)
    ny.add_argument("--enhet", required=True, type=enhet, metavar="NAVN", help="enhetens navn (høyst 200 tegn)")
    ny.add_argument(
        "--distrikt",
        required=True,
        type=distrikt,
        metavar="NAVN",
        help="politidistrikt («Vest», «Vest politidistrikt») eller særorgan («Kripos»)",
    )
    ny.add_argument(
        "--type",
        choices=["individuell", "samling", "samlet"],
        default="individuell",
        help="individuell: én persons svar (standard); samling: gruppen stemmer over hvert nivå i en "
        "samling med prosessleder; samlet: individuelle svar slått sammen fra filer (som «samle» lager)",
    )
    ny.add_argument("--moduler", metavar="ID,...", help="moduler i tillegg til de fire temaene, for eksempel ETR,BU")
    ny.add_argument("--dato", type=dato, metavar="ÅÅÅÅ-MM-DD", help="vurderingens dato (standard: i dag)")
    ny.add_argument("--roller", metavar="ROLLE,...", help="deltakernes roller, skilt med komma")
    ny.add_argument("--sprak", choices=list(SPRAK), default="nb", help="rapportspråk: bokmål (standard) eller nynorsk")
    ny.add_argument(
        "--kommuner",
        metavar="KOMMUNE,...",
        help="kommunene enheten samarbeider med, skilt med komma (for eksempel Asker,Bærum); "
        "indikatorer om politiråd, SLT og politikontakt kan da besvares per kommune. "
        "Navn som finnes i flere fylker skrives med fylket: «Våler (Østfold)»",
    )
    ny.set_defaults(kommando=kmd_ny)

    svar = sub.add_parser(
        "svar",
        help="lagre ett svar",
        description="Lagre svaret på én indikator. Svarer du på nytt, beholdes kommentar, kilde, "
        'grunnlag og rolle som ikke er gitt på nytt; --kommentar "" tømmer kommentaren.',
    )
    database_arg(svar)
    vurdering_arg(svar)
    svar.add_argument(
        "--indikator", required=True, metavar="ID", help="indikatorens id, for eksempel KK-01 (se «vurdering bank vis»)"
    )
    hva = svar.add_mutually_exclusive_group(required=True)
    hva.add_argument("--niva", type=niva, metavar="0-4", help="nivået enheten er på (0 ikke etablert … 4 lærende)")
    hva.add_argument("--vet-ikke", action="store_true", help="svaret er «Vet ikke»")
    hva.add_argument(
        "--ikke-relevant", metavar="GRUNN", help="indikatoren er ikke relevant for enheten, med begrunnelse"
    )
    svar.add_argument(
        "--grunnlag",
        choices=["dokumentert", "erfart", "antatt"],
        help="hvor sterkt grunnlaget for svaret er (beholdes om det ikke gis)",
    )
    kommentar = svar.add_mutually_exclusive_group()
    kommentar.add_argument("--kommentar", metavar="TEKST", help='kommentar (beholdes om den ikke gis; "" tømmer)')
    kommentar.add_argument(
        "--kommentar-fil", metavar="FIL", help="les kommentaren fra en UTF-8-fil, eller fra standard inn med «-»"
    )
    svar.add_argument(
        "--kilde", metavar="TEKST", help="kildenotat, for eksempel et dokument (beholdes om det ikke gis)"
    )
    svar.add_argument("--rolle", metavar="ROLLE", help="rollen til den som svarer (beholdes om den ikke gis)")
    svar.add_argument(
        "--kommune",
        metavar="NAVN",
        help="svar for én av vurderingens kommuner (bare indikatorer som besvares per kommune, som PR-01)",
    )
    svar.set_defaults(kommando=kmd_svar)

    kommuner = sub.add_parser(
        "kommuner",
        help="vis eller sett kommunene en vurdering besvares for",
        description="Vis kommunene vurderingen besvares for, eller sett dem med --sett. Svar for en kommune "
        "som tas ut, blir liggende og teller igjen om kommunen settes inn igjen.",
    )
    database_arg(kommuner)
    vurdering_arg(kommuner)
    kommuner.add_argument(
        "--sett", metavar="KOMMUNE,...", help='kommunene, skilt med komma (for eksempel Asker,Bærum; "" fjerner alle)'
    )
    kommuner.set_defaults(kommando=kmd_kommuner)

    mal = sub.add_parser(
        "mal", help="sett målnivå for moduler", description="Sett målnivået (0–4) for én eller flere moduler."
    )
    database_arg(mal)
    vurdering_arg(mal)
    mal.add_argument("mal", nargs="+", type=_mal_par, metavar="MODUL=NIVÅ", help="for eksempel KK=3 ETR=2")
    mal.set_defaults(kommando=kmd_mal)

    ferdig = sub.add_parser("ferdig", help="marker vurderingen som ferdig (den kan da bare leses)")
    database_arg(ferdig)
    vurdering_arg(ferdig)
    ferdig.set_defaults(kommando=kmd_ferdig)

    gjenapne = sub.add_parser("gjenapne", help="åpne en ferdig vurdering igjen, så den kan endres")
    database_arg(gjenapne)
    vurdering_arg(gjenapne)
    gjenapne.set_defaults(kommando=kmd_gjenapne)

    slett = sub.add_parser(
        "slett",
        help="slett en vurdering for godt (spør først)",
        description="Slett en vurdering med alle svar og tiltak. Kan ikke angres. Spør på terminalen; "
        "uten terminal må --ja gis.",
    )
    database_arg(slett)
    vurdering_arg(slett)
    slett.add_argument("--ja", action="store_true", help="slett uten å spørre")
    slett.set_defaults(kommando=kmd_slett)
