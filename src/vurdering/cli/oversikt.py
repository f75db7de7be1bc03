"""Kommandoene utvikling (én enhets runder) og oversikt (alle enhetene side om side).

Begge leser en database som finnes; de lager aldri en ny. `oversikt --ut` skriver
distriktsrapporten som PDF eller matrisen som CSV (docs/json.md for `--json`).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vurdering.cli.felles import Brukerfeil, apne_db, database_arg, dato, skriv_json
from vurdering.domene import formater
from vurdering.domene.regler import SPRAK

if TYPE_CHECKING:
    from vurdering.domene.distrikt import Distriktsoversikt
    from vurdering.domene.utvikling import Endring
    from vurdering.lagring.database import Database
    from vurdering.tjenester.oversikt import Enhetsutvikling


def _finnes(args: argparse.Namespace) -> Database:
    """Åpne databasen bare hvis den finnes (disse kommandoene lager ingen ny)."""
    from vurdering.lagring.database import standard_sti

    sti = Path(args.database).expanduser() if args.database else standard_sti()
    if not sti.is_file():
        raise Brukerfeil(f"Finner ikke databasen {sti}.")
    return apne_db(args)


def _med_fortegn(x: float | None) -> str:
    return formater.tall(x) if x is None or x <= 0 else f"+{formater.tall(x)}"


def _endringslinje(e: Endring) -> str:
    erstatter = f" (erstatter {', '.join(e.erstatter)})" if e.erstatter else ""
    return f"  {e.id:<7} {e.navn[:46]:<46} {formater.tall(e.fra):>4} → {formater.tall(e.til):<4} ({_med_fortegn(e.endring)}){erstatter}"


def skriv_utvikling(u: Enhetsutvikling) -> None:
    """Utviklingen som tekst for terminalen."""
    utv = u.utvikling
    print(f"{u.enhet} ({u.distrikt}) – {len(utv.runder)} runde{'r' if len(utv.runder) != 1 else ''}")
    print()
    print(f"{'runde':<6} {'dato':<10}  {'id':>5}  {'bank':<8} {'samlet':>6}  vet ikke")
    for nr, r in enumerate(utv.runder, 1):
        print(
            f"{nr:<6} {formater.dato(r.dato):<10}  {r.vurdering_id:>5}  {r.bank_versjon[:8]:<8} "
            f"{formater.tall(r.samlet):>6}  {formater.prosent(r.vet_ikke_andel)}"
        )
    if not utv.har_forrige:
        print()
        print("Bare én runde så langt: utviklingen vises fra enhetens andre vurdering.")
        return
    forrige, siste = utv.runder[-2], utv.runder[-1]
    print()
    print(
        f"Samlet: {formater.tall(forrige.samlet)} → {formater.tall(siste.samlet)} ({_med_fortegn(utv.samlet_endring)})"
    )
    print()
    print(f"{'modul':<40}" + "".join(f"{r.dato[:4]:>7}" for r in utv.runder))
    for s in utv.moduler:
        print(f"{(s.modul_id + ' ' + s.navn)[:40]:<40}" + "".join(f"{formater.tall(p):>7}" for p in s.poeng))
    for tittel, endringer in (
        ("Mest bedret, moduler", utv.moduler_bedret),
        ("Mest svekket, moduler", utv.moduler_svekket),
        ("Mest bedret, indikatorer", utv.indikatorer_bedret),
        ("Mest svekket, indikatorer", utv.indikatorer_svekket),
    ):
        print()
        print(f"{tittel}:" if endringer else f"{tittel}: ingen")
        for e in endringer:
            print(_endringslinje(e))
    if utv.nye:
        print()
        print("Nye indikatorer (ikke sammenlignet): " + ", ".join(r.id for r in utv.nye))
    if utv.utgatte:
        print("Utgåtte indikatorer: " + ", ".join(r.id for r in utv.utgatte))
    print()
    t = utv.tiltak
    if t is None:
        print("Tiltak fra forrige runde: ingen.")
    else:
        print(
            f"Tiltak fra forrige runde: {t.fullfort} av {t.vurdert} vurderte fullført "
            f"({formater.prosent(t.andel_fullfort)}), {t.forkastet} forkastet, {t.antall - t.vurdert} ikke vurdert."
        )


def kmd_utvikling(args: argparse.Namespace) -> int:
    from vurdering.cli.oversiktsdata import utvikling_data
    from vurdering.tjenester.oversikt import FlereEnheter, utvikling

    with _finnes(args) as db:
        try:
            u = utvikling(db, args.enhet, args.distrikt)
        except FlereEnheter as e:
            raise Brukerfeil(
                f"Enheten «{args.enhet.strip()}» finnes i flere distrikter: {', '.join(e.distrikter)}. "
                "Velg ett med --distrikt."
            ) from None
    if args.json:
        skriv_json(utvikling_data(u))
    else:
        skriv_utvikling(u)
    return 0


def skriv_oversikt(d: Distriktsoversikt) -> None:
    """Oversikten som tekst for terminalen: varmekart, fordeling, svake punkter, tiltak og varsler."""
    from vurdering.domene.modell import TILTAKSTATUS_NAVN

    ov = d.oversikt
    u = d.utvalg
    hva = "alle runder" if u.alle_runder else "siste runde per enhet"
    filtre = [x for x in (u.distrikt, u.type, u.status) if x]
    if u.fra or u.til:
        filtre.append(f"{formater.dato(u.fra) or '…'}–{formater.dato(u.til) or '…'}")
    print(f"Oversikt: {len(ov.rader)} vurderinger ({hva})" + "".join(f" · {f}" for f in filtre))
    if not ov.rader:
        print("Ingen vurderinger i utvalget.")
        return
    print()
    print(f"{'enhet':<28} {'dato':<10} {'samlet':>6}" + "".join(f"{m:>5}" for m in ov.moduler))
    for r in ov.rader:
        celler = "".join(f"{formater.tall(c.poeng) if (c := r.moduler.get(m)) else '–':>5}" for m in ov.moduler)
        print(f"{r.enhet[:28]:<28} {formater.dato(r.dato):<10} {formater.tall(r.samlet):>6}{celler}")
    print("(– = ingen poeng: modulen er ikke med, ikke besvart eller har for lite grunnlag)")
    print()
    print(f"{'modul':<40} {'min':>5} {'q1':>5} {'median':>6} {'q3':>5} {'maks':>5} {'n':>5}")
    for m in ov.moduler:
        f = ov.fordelinger[m]
        if f is None:
            print(f"{(m + ' ' + d.modulnavn(m))[:40]:<40} {'–':>5}")
            continue
        tall = (f.minst, f.nedre_kvartil, f.median, f.ovre_kvartil, f.storst)
        print(
            f"{(m + ' ' + d.modulnavn(m))[:40]:<40} {formater.tall(tall[0]):>5} {formater.tall(tall[1], 2):>5} "
            f"{formater.tall(tall[2], 2):>6} {formater.tall(tall[3], 2):>5} {formater.tall(tall[4]):>5} {f.antall:>5}"
        )
    print()
    print("Felles svake punkter (flest enheter under modulens mål):" if ov.svake else "Ingen indikatorer under mål.")
    for s in ov.svake:
        print(f"  {s.indikator_id:<8} {d.tittel(s.indikator_id)[:50]:<50} {s.under_mal} av {s.enheter} enheter")
    print()
    tiltak = ", ".join(f"{TILTAKSTATUS_NAVN[k][0].lower()} {n}" for k, n in ov.tiltak.items() if n)
    print(f"Tiltak: {tiltak or 'ingen'}")
    for v in ov.datavarsler:
        print(f"Datavarsel: {v.enhet} har utilstrekkelig grunnlag i {', '.join(v.moduler)}.")
    if d.kommentarer:
        print()
        navn = {r.vurdering_id: r.enhet for r in ov.rader}
        for vid, tekst in sorted(d.kommentarer.items()):
            print(f"{navn.get(vid, vid)}: {' '.join(tekst.split())}")


def _skriv_fil(d: Distriktsoversikt, args: argparse.Namespace, db_sti: Path) -> Path:
    ut = Path(args.ut).expanduser()
    endelse = ut.suffix.lower()
    if endelse not in (".pdf", ".csv"):
        raise Brukerfeil("--ut må være en .pdf-fil (distriktsrapporten) eller en .csv-fil (matrisen).")
    from vurdering.lagring.utfil import sjekk_utfil

    sjekk_utfil(db_sti, ut)  # samme regel som rapport, csv og eksport: aldri databasen eller en enhet
    if endelse == ".csv":
        from vurdering.rapport.oversikt_csv import skriv_matrise

        skriv_matrise(d, ut)
        return ut
    from vurdering.rapport.oversikt import lag_distriktsrapport

    merking = None
    if args.merking is not None:
        merking = args.merking.strip()
        if not merking or len(merking) > 200:
            raise Brukerfeil("Merkingen må være en tekst på 1–200 tegn, for eksempel «Intern».")
    lag_distriktsrapport(d, ut, merking=merking, sprak=args.sprak)
    return ut


def kmd_oversikt(args: argparse.Namespace) -> int:
    from vurdering.cli.oversiktsdata import oversikt_data
    from vurdering.tjenester.oversikt import oversikt

    with _finnes(args) as db:
        d = oversikt(
            db,
            distrikt=args.distrikt,
            fra=args.fra,
            til=args.til,
            type=args.type,
            status=args.status,
            alle_runder=args.alle_runder,
            med_kommentarer=args.med_kommentarer,
        )
        db_sti = db.sti
    if args.ut:
        print(_skriv_fil(d, args, db_sti))
    elif args.json:  # kompakt: med tusenvis av enheter er innrykket det meste av tiden og størrelsen
        sys.stdout.write(json.dumps(oversikt_data(d), ensure_ascii=False, separators=(",", ":")) + "\n")
    else:
        skriv_oversikt(d)
    return 0


def registrer(sub: Any) -> None:
    """Legg kommandoene til i parseren."""
    utv = sub.add_parser("utvikling", help="én enhets runder side om side: endring per modul, tiltak, Vet ikke")
    database_arg(utv)
    utv.add_argument(
        "--enhet",
        required=True,
        metavar="NAVN",
        help="enhetens navn (store/små bokstaver og endelse som «politistasjon» spiller ingen rolle)",
    )
    utv.add_argument("--distrikt", metavar="NAVN", help="distriktet, når samme navn finnes i flere distrikter")
    utv.add_argument("--json", action="store_true", help="skriv utviklingen som JSON (docs/json.md)")
    utv.set_defaults(kommando=kmd_utvikling)

    ov = sub.add_parser("oversikt", help="alle enhetene side om side: varmekart, fordeling, felles svake punkter")
    database_arg(ov)
    ov.add_argument("--distrikt", metavar="NAVN", help="bare enheter i dette distriktet")
    ov.add_argument("--fra", type=dato, metavar="ÅÅÅÅ-MM-DD", help="bare vurderinger fra og med denne datoen")
    ov.add_argument("--til", type=dato, metavar="ÅÅÅÅ-MM-DD", help="bare vurderinger til og med denne datoen")
    ov.add_argument("--type", choices=["individuell", "samling", "samlet"], help="bare vurderinger av denne typen")
    ov.add_argument("--status", choices=["pagar", "ferdig"], help="bare pågående eller ferdige vurderinger")
    ov.add_argument("--alle-runder", action="store_true", help="alle runder, ikke bare siste runde per enhet")
    hva = ov.add_mutually_exclusive_group()
    hva.add_argument("--json", action="store_true", help="skriv oversikten som JSON (docs/json.md)")
    hva.add_argument(
        "--ut", metavar="FIL.pdf|FIL.csv", help="skriv distriktsrapporten (PDF) eller matrisen (CSV for Excel)"
    )
    ov.add_argument("--merking", metavar="TEKST", help="merking på hver side av PDF-en (standard «Intern»)")
    ov.add_argument(
        "--sprak", choices=list(SPRAK), default="nb", help="rapportens språk: bokmål (standard) eller nynorsk"
    )
    ov.add_argument(
        "--med-kommentarer", action="store_true", help="ta med konklusjonene (fritekst som kan navngi personer)"
    )
    ov.set_defaults(kommando=kmd_oversikt)
