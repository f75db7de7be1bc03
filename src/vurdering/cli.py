"""Kommandolinjen `vurdering` (se README og docs/json.md for formatet til --json).

Uten kommando startes vinduet. Alt annet virker uten skjerm. Tunge moduler (Qt,
ReportLab, pydantic) importeres først når kommandoen trenger dem, så `--version` og
`--help` er raske. Brukerfeil gir én norsk linje på stderr og avslutningskode 2.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vurdering import __version__
from vurdering.argparse_nb import installer
from vurdering.domene import formater

if TYPE_CHECKING:
    from vurdering.domene.bank import Bank
    from vurdering.lagring.database import Database

FEIL_BRUKER = 2


class Brukerfeil(Exception):
    """Noe brukeren kan rette; meldingen vises som den er."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise Brukerfeil(f"{self.prog}: {message}")


# --- felles hjelpere ------------------------------------------------------------------------


def _apne_db(args: argparse.Namespace) -> Database:
    from vurdering.lagring.database import apne, standard_sti

    sti = Path(args.database) if args.database else standard_sti()
    return apne(sti)


def _last_bank(db: Database) -> Bank:
    """Den medfølgende banken og eventuelle egne moduler i `egne-moduler/` ved databasen."""
    from vurdering.domene.bank import last_bank_for

    return last_bank_for(db.sti)


def _vurdering_id(tekst: str) -> int:
    try:
        verdi = int(tekst)
    except ValueError:
        raise argparse.ArgumentTypeError(f"vurderings-id må være et helt tall, ikke «{tekst}»") from None
    if verdi <= 0:
        raise argparse.ArgumentTypeError("vurderings-id må være et positivt tall")
    return verdi


def _niva(tekst: str) -> int:
    try:
        verdi = int(tekst)
    except ValueError:
        verdi = -1
    if not 0 <= verdi <= 4:
        raise argparse.ArgumentTypeError(f"nivået må være et helt tall fra 0 til 4, ikke «{tekst}»")
    return verdi


def _dato(tekst: str) -> str:
    from datetime import date

    try:
        return date.fromisoformat(tekst).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"ugyldig dato «{tekst}» (skriv ÅÅÅÅ-MM-DD)") from None


def _skriv_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


# --- kommandoer -------------------------------------------------------------------------------


def kmd_demo(args: argparse.Namespace) -> int:
    from vurdering.demo import lag_demo
    from vurdering.domene.bank import last_bank

    bank = last_bank()  # demoen svarer på den medfølgende banken, uten distriktets egne moduler
    with _apne_db(args) as db:
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
    with _apne_db(args) as db:
        bank = _last_bank(db)
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

    with _apne_db(args) as db:
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


def _resultat(db: Database, vid: int) -> tuple[Any, Bank, dict[str, Any], Any]:
    from vurdering.domene import poeng
    from vurdering.lagring import repository as repo

    v = repo.hent_vurdering(db, vid)
    bank = repo.hent_bank(db, vid)
    svar = repo.hent_svar(db, vid)
    return v, bank, svar, poeng.beregn(bank, v.moduler, svar, v.mal)


def kmd_liste(args: argparse.Namespace) -> int:
    from vurdering.lagring import repository as repo

    with _apne_db(args) as db:
        rader = []
        for r in repo.liste_vurderinger(db):
            _, _bank, _, res = _resultat(db, r.id)
            rader.append((r, res.samlet.poeng))
    if args.json:
        _skriv_json(
            [
                {
                    "id": r.id,
                    "enhet": r.enhet,
                    "distrikt": r.distrikt,
                    "dato": r.dato,
                    "type": r.type,
                    "status": r.status,
                    "besvart": r.besvart,
                    "antall": r.antall,
                    "fremdrift": round(r.fremdrift, 4),
                    "samlet_poeng": p,
                    "endret": r.endret,
                }
                for r, p in rader
            ]
        )
        return 0
    if not rader:
        print("Ingen vurderinger ennå. Lag en med «vurdering ny» eller «vurdering demo».")
        return 0
    from vurdering.domene.modell import STATUS_NAVN, TYPE_NAVN

    print(f"{'id':>4}  {'enhet':<28} {'dato':<10}  {'type':<11} {'fremdrift':>9}  {'samlet':>6}  status")
    for r, p in rader:
        dato = formater.dato(r.dato)
        print(
            f"{r.id:>4}  {r.enhet[:28]:<28} {dato:<10}  {TYPE_NAVN[r.type][0]:<11} "
            f"{formater.prosent(r.fremdrift):>9}  {formater.tall(p):>6}  {STATUS_NAVN[r.status][0]}"
        )
    return 0


def vis_data(v: Any, bank: Bank, svar: dict[str, Any], res: Any, tiltak: list[Any]) -> dict[str, Any]:
    """Den stabile JSON-formen av en vurdering (docs/json.md)."""

    def nivanavn(n: int | None) -> str | None:
        return None if n is None else bank.niva_navn(n)

    return {
        "format": "forkant-vis/1",
        "vurdering": {
            "id": v.id,
            "enhet": v.enhet.navn,
            "distrikt": v.enhet.distrikt,
            "dato": v.dato,
            "type": v.type.value,
            "status": v.status.value,
            "bank": {"id": v.bank_id, "versjon": v.bank_versjon},
            "moduler": list(v.moduler),
            "deltakere": [{"rolle": d.rolle, "navn": d.navn} for d in v.deltakere],
            "besvart": res.besvart,
            "antall": res.antall,
            "ferdig_besvart": res.ferdig_besvart,
        },
        "samlet": {
            "poeng": res.samlet.poeng,
            "niva": res.samlet.niva,
            "niva_navn": nivanavn(res.samlet.niva),
            "tema_med": list(res.samlet.tema_med),
            "tema_utelatt": list(res.samlet.tema_utelatt),
            "merknad": res.samlet.merknad,
        },
        "moduler": [
            {
                "id": m.modul_id,
                "navn": m.navn,
                "type": m.type,
                "mal": m.mal,
                "poeng": m.poeng,
                "niva": m.niva,
                "niva_navn": nivanavn(m.niva),
                "svakeste": m.svakeste,
                "svakeste_indikatorer": list(m.svakeste_indikatorer),
                "gap": m.gap,
                "andel_av_mal": None if m.andel_av_mal is None else round(m.andel_av_mal, 4),
                "utilstrekkelig": m.utilstrekkelig,
                "merknad": m.merknad,
                "antall": m.antall,
                "besvart": m.besvart,
                "vet_ikke": m.vet_ikke,
                "ikke_relevant": m.ikke_relevant,
            }
            for m in res.moduler
        ],
        "svar": [
            {
                "indikator": ind.id,
                "modul": mid,
                "tittel": ind.tittel,
                "type": s.type.value if s else None,
                "niva": s.niva if s else None,
                "niva_navn": nivanavn(s.niva) if s else None,
                "grunn": s.grunn if s else "",
                "grunnlag": s.grunnlag.value if s and s.grunnlag else None,
                "kommentar": s.kommentar if s else "",
                "kilde": s.kilde if s else "",
                "oppdatert": s.oppdatert if s else None,
                "stemmer": list(s.stemmer) if s and s.stemmer else None,
            }
            for mid in v.moduler
            for ind in bank.modul(mid).indikatorer
            for s in [svar.get(ind.id)]
        ],
        "forslag": [
            {
                "rang": i + 1,
                "indikator": f.indikator_id,
                "modul": f.modul_id,
                "tittel": f.tittel,
                "niva": f.niva,
                "mal": f.mal,
                "prioritet": f.prioritet,
                "kartlegg": f.kartlegg,
                "tekst": f.tekst,
            }
            for i, f in enumerate(res.forslag)
        ],
        "tiltak": [
            {
                "id": t.id,
                "tekst": t.tekst,
                "eier_rolle": t.eier_rolle,
                "frist": t.frist or None,
                "status": t.status.value,
                "indikator": t.indikator_id,
            }
            for t in tiltak
        ],
    }


def kmd_vis(args: argparse.Namespace) -> int:
    from vurdering.lagring import repository as repo

    with _apne_db(args) as db:
        v, bank, svar, res = _resultat(db, args.vurdering)
        tiltak = repo.hent_tiltak(db, args.vurdering)
    if args.json:
        _skriv_json(vis_data(v, bank, svar, res, tiltak))
        return 0
    print(f"{v.enhet.navn} ({v.enhet.distrikt}) – {formater.dato(v.dato)}")
    if not res.ferdig_besvart:
        print(f"Uferdig: {res.besvart} av {res.antall} indikatorer besvart.")
    s = res.samlet
    if s.poeng is not None:
        print(f"Samlet: {formater.tall(s.poeng)} – {bank.niva_navn(s.niva or 0)}")
    if s.merknad:
        print(s.merknad)
    print()
    print(f"{'modul':<34} {'poeng':>5}  {'nivå':<14} {'svakeste':>8}  {'mål':>3}  {'gap':>4}  andel")
    for m in res.moduler:
        if m.poeng is None:
            print(f"{m.navn[:34]:<34} {'–':>5}  {m.merknad:<14}")
            continue
        print(
            f"{m.navn[:34]:<34} {formater.tall(m.poeng):>5}  {bank.niva_navn(m.niva or 0):<14} "
            f"{m.svakeste if m.svakeste is not None else '–':>8}  {m.mal:>3}  {formater.tall(m.gap):>4}  {formater.prosent(m.andel_av_mal)}"
        )
    print()
    print("Prioriterte forslag:")
    for i, f in enumerate(res.forslag[:10], 1):
        print(f"{i:>3}. [{f.indikator_id}] {f.tekst}")
    if len(res.forslag) > 10:
        print(f"     … og {len(res.forslag) - 10} til (se --json).")
    if tiltak:
        print()
        print("Tiltak:")
        for t in tiltak:
            frist = f", frist {formater.dato(t.frist)}" if t.frist else ""
            print(f"  – {t.tekst} ({t.eier_rolle or 'uten eier'}{frist})")
    return 0


def _vurderingsdata(args: argparse.Namespace) -> Any:
    """Alt om vurderingen, for rapportene; databasen må finnes (den opprettes ikke her)."""
    from vurdering.tjenester import hent_vurderingsdata

    if args.database and not Path(args.database).expanduser().exists():
        raise Brukerfeil(f"Finner ikke databasen {args.database}.")
    with _apne_db(args) as db:
        return hent_vurderingsdata(db, args.vurdering)


def kmd_rapport(args: argparse.Namespace) -> int:
    import dataclasses

    from vurdering.rapport.pdf import lag_rapport  # ReportLab lastes bare her

    ut = Path(args.ut).expanduser()
    data = _vurderingsdata(args)
    if args.merking is not None:  # bare for denne rapporten; det lagrede valget endres ikke
        merking = args.merking.strip()
        if not merking or len(merking) > 200:
            raise Brukerfeil("Merkingen må være en tekst på 1–200 tegn, for eksempel «Intern».")
        data = dataclasses.replace(data, tekstfelt={**data.tekstfelt, "merking": merking})
    lag_rapport(data, ut, kort=args.kort, sprak=args.sprak)
    print(ut)
    return 0


def kmd_csv(args: argparse.Namespace) -> int:
    from vurdering.rapport.csvfil import skriv_csv

    ut = Path(args.ut).expanduser()
    skriv_csv(_vurderingsdata(args), ut)
    print(ut)
    return 0


def _utvekslingsfeil(e: Exception) -> int:
    """Én linje per feil på stderr; avslutningskode 2."""
    for linje in getattr(e, "feil", None) or [str(e)]:
        print(f"Feil: {linje}", file=sys.stderr)
    return FEIL_BRUKER


def kmd_eksport(args: argparse.Namespace) -> int:
    from vurdering import samling_tjeneste
    from vurdering.domene.utveksling import UtvekslingFeil

    with _apne_db(args) as db:
        try:
            ut = samling_tjeneste.eksporter(db, args.vurdering, Path(args.ut).expanduser())
        except UtvekslingFeil as e:
            return _utvekslingsfeil(e)
    print(ut)
    return 0


def kmd_import(args: argparse.Namespace) -> int:
    from vurdering import samling_tjeneste
    from vurdering.domene.utveksling import UtvekslingFeil

    with _apne_db(args) as db:
        try:
            ids = samling_tjeneste.importer_filer(db, [Path(f).expanduser() for f in args.filer])
        except UtvekslingFeil as e:
            return _utvekslingsfeil(e)
    for vid in ids:
        print(vid)
    return 0


def kmd_samle(args: argparse.Namespace) -> int:
    from vurdering import samling_tjeneste
    from vurdering.domene.utveksling import UtvekslingFeil

    with _apne_db(args) as db:
        try:
            vid = samling_tjeneste.samle(
                db,
                [Path(f).expanduser() for f in args.filer],
                enhet=args.enhet,
                distrikt=args.distrikt,
                dato=args.dato,
            )
        except UtvekslingFeil as e:
            return _utvekslingsfeil(e)
    print(vid)
    return 0


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
            _skriv_json({"ok": False, "feil": e.feil})
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
        _skriv_json(data)
        return 0
    if isinstance(resultat, Bank):
        print(f"OK: {resultat.navn} ({resultat.id} {resultat.versjon})")
    else:
        print(f"OK: {args.fil}")
    for m in moduler:
        print(f"  {m['id']:<4} {m['navn']:<36} {m['indikatorer']:>2} indikatorer")
    print(f"  {len(moduler)} moduler, {antall} indikatorer")
    return 0


def kmd_gui(args: argparse.Namespace) -> int:
    try:
        from vurdering.gui.app import start
    except ImportError as e:
        raise Brukerfeil(
            f"Vinduet kan ikke startes: Qt (PySide6) mangler eller mangler systembiblioteker ({e})."
        ) from None
    return start(args.database, args.vurdering)


# --- parser -----------------------------------------------------------------------------------


def _database_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--database", metavar="FIL", help="databasefilen (standard: i brukerens datamappe)")


def lag_parser() -> argparse.ArgumentParser:
    installer()
    p = _Parser(
        prog="vurdering",
        description="Forkant: modenhetsvurdering av forebygging som politiets hovedstrategi.",
    )
    p.add_argument("--version", action="version", version=f"Forkant {__version__}")
    _database_arg(p)
    p.add_argument("--vurdering", type=_vurdering_id, metavar="ID", help="åpne denne vurderingen i vinduet")
    p.set_defaults(kommando=kmd_gui)
    sub = p.add_subparsers(title="kommandoer", metavar="KOMMANDO", parser_class=_Parser)

    demo = sub.add_parser("demo", help="lag en demoenhet med en komplett vurdering; skriver id-en")
    _database_arg(demo)
    demo.set_defaults(kommando=kmd_demo)

    ny = sub.add_parser("ny", help="lag en tom vurdering; skriver id-en")
    _database_arg(ny)
    ny.add_argument("--enhet", required=True, metavar="NAVN")
    ny.add_argument("--distrikt", required=True, metavar="NAVN")
    ny.add_argument("--type", choices=["individuell", "samling", "samlet"], default="individuell")
    ny.add_argument("--moduler", metavar="ID,...", help="moduler i tillegg til de fire temaene")
    ny.add_argument("--dato", type=_dato, metavar="ÅÅÅÅ-MM-DD")
    ny.add_argument("--roller", metavar="ROLLE,...", help="deltakernes roller")
    ny.add_argument("--sprak", choices=["nb", "nn"], default="nb")
    ny.set_defaults(kommando=kmd_ny)

    svar = sub.add_parser("svar", help="lagre ett svar")
    _database_arg(svar)
    svar.add_argument("--vurdering", required=True, type=_vurdering_id, metavar="ID")
    svar.add_argument("--indikator", required=True, metavar="ID")
    hva = svar.add_mutually_exclusive_group(required=True)
    hva.add_argument("--niva", type=_niva, metavar="0-4")
    hva.add_argument("--vet-ikke", action="store_true")
    hva.add_argument("--ikke-relevant", metavar="GRUNN")
    svar.add_argument("--grunnlag", choices=["dokumentert", "erfart", "antatt"])
    svar.add_argument("--kommentar", metavar="TEKST")
    svar.add_argument("--kilde", metavar="TEKST")
    svar.add_argument("--rolle", metavar="ROLLE")
    svar.set_defaults(kommando=kmd_svar)

    liste = sub.add_parser("liste", help="vurderingene med enhet, dato, type, fremdrift og samlet poeng")
    _database_arg(liste)
    liste.add_argument("--json", action="store_true")
    liste.set_defaults(kommando=kmd_liste)

    vis = sub.add_parser("vis", help="svar, modulpoeng, gap og prioriterte forslag")
    _database_arg(vis)
    vis.add_argument("--vurdering", required=True, type=_vurdering_id, metavar="ID")
    vis.add_argument("--json", action="store_true")
    vis.set_defaults(kommando=kmd_vis)

    rapport = sub.add_parser("rapport", help="full PDF-rapport, eller lederoppsummering med --kort")
    _database_arg(rapport)
    rapport.add_argument("--vurdering", required=True, type=_vurdering_id, metavar="ID")
    rapport.add_argument("--ut", required=True, metavar="FIL.pdf", help="PDF-filen som skal skrives")
    rapport.add_argument("--kort", action="store_true", help="lederoppsummering på én til to sider")
    rapport.add_argument("--sprak", choices=["nb", "nn"], default="nb", help="bokmål (standard) eller nynorsk")
    rapport.add_argument(
        "--merking",
        metavar="TEKST",
        help="merking på hver side (standard: vurderingens, ellers «Intern»; "
        "for eksempel «Unntatt offentlighet, jf. offl. § 14»)",
    )
    rapport.set_defaults(kommando=kmd_rapport)

    csv = sub.add_parser("csv", help="alle svarene som CSV (UTF-8 med BOM, semikolon) for Excel")
    _database_arg(csv)
    csv.add_argument("--vurdering", required=True, type=_vurdering_id, metavar="ID")
    csv.add_argument("--ut", required=True, metavar="FIL.csv", help="CSV-filen som skal skrives")
    csv.set_defaults(kommando=kmd_csv)

    eksport = sub.add_parser("eksport", help="skriv én vurdering med spørsmålsbanken til en .forkant-fil")
    _database_arg(eksport)
    eksport.add_argument("--vurdering", required=True, type=_vurdering_id, metavar="ID")
    eksport.add_argument("--ut", required=True, metavar="FIL.forkant", help="filen som skal skrives")
    eksport.set_defaults(kommando=kmd_eksport)

    imp = sub.add_parser("import", help="les .forkant-filer inn i databasen (alle eller ingen); skriver id-ene")
    _database_arg(imp)
    imp.add_argument("filer", nargs="+", metavar="FIL.forkant")
    imp.set_defaults(kommando=kmd_import)

    samle = sub.add_parser(
        "samle", help="slå individuelle .forkant-filer sammen til én samlet vurdering; skriver id-en"
    )
    _database_arg(samle)
    samle.add_argument("--enhet", required=True, metavar="NAVN", help="enheten den samlede vurderingen gjelder")
    samle.add_argument("--distrikt", metavar="NAVN", help="standard: distriktet i filene")
    samle.add_argument("--dato", type=_dato, metavar="ÅÅÅÅ-MM-DD", help="standard: i dag")
    samle.add_argument("filer", nargs="+", metavar="FIL.forkant")
    samle.set_defaults(kommando=kmd_samle)

    for navn, registrer in _TILLEGG:
        registrer(sub, navn)

    bank = sub.add_parser("bank", help="spørsmålsbanken")
    banksub = bank.add_subparsers(title="kommandoer", metavar="KOMMANDO", parser_class=_Parser, required=True)
    sjekk = banksub.add_parser("sjekk", help="valider en bank (den medfølgende uten FIL)")
    sjekk.add_argument("fil", nargs="?", metavar="FIL")
    sjekk.add_argument("--json", action="store_true")
    sjekk.set_defaults(kommando=kmd_bank_sjekk)
    return p


#: Kommandoer fra andre moduler (rapport, samling …): (navn, funksjon som legger dem til).
_TILLEGG: list[tuple[str, Callable[[Any, str], None]]] = []


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv in (["--version"], ["-V"]):  # rask vei: ingen flere importer
        print(f"Forkant {__version__}")
        return 0
    from vurdering.domene.bank import BankFeil
    from vurdering.lagring.database import DatabaseFeil

    try:
        args = lag_parser().parse_args(argv)
        return int(args.kommando(args))
    except (Brukerfeil, DatabaseFeil, BankFeil, ValueError, KeyError) as e:
        melding = e.args[0] if isinstance(e, KeyError) and e.args else str(e)
        print(f"Feil: {melding}" if not str(melding).startswith("vurdering") else melding, file=sys.stderr)
        return FEIL_BRUKER
    except BrokenPipeError:  # `vurdering liste | head`: mottakeren har fått nok
        sys.stderr.close()
        return 0
    except OSError as e:
        print(f"Feil: {e.strerror or e} ({e.filename or ''})", file=sys.stderr)
        return FEIL_BRUKER
    except KeyboardInterrupt:
        print("Avbrutt.", file=sys.stderr)
        return 130
    except Exception as e:  # en programfeil: kort melding, detaljer bare ved behov
        if os.environ.get("FORKANT_FEILSOK"):
            raise
        print(
            f"Uventet feil i Forkant ({type(e).__name__}: {e}). Ingenting av det som var lagret, er tapt.",
            file=sys.stderr,
        )
        return 1
