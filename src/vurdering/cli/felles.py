"""Felles for kommandoene: feiltypen, parseren og argumenttypene, databasen, tekst fra fil,
spørsmål på terminalen og utskrift (JSON alltid som UTF-8)."""

from __future__ import annotations

import argparse
import errno
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from vurdering.domene.regler import er_niva

if TYPE_CHECKING:
    from vurdering.domene.bank import Bank
    from vurdering.domene.vurderingsdata import Vurderingsdata
    from vurdering.lagring.database import Database

FEIL_BRUKER = 2
#: Største tekstfil `--kommentar-fil` leser (en kommentar er høyst 100 000 tegn).
MAKS_TEKSTFIL = 1_000_000

T = TypeVar("T")


class Brukerfeil(Exception):
    """Noe brukeren kan rette; meldingen vises som den er, etter «Feil: »."""


#: Hjelpeteksten til valg som går igjen i mange kommandoer, skrevet ett sted.
STANDARD_HJELP = {
    "--database": "databasefilen (standard: forkant.db i brukerens datamappe)",
    "--vurdering": "vurderingens id (se «vurdering liste»)",
    "--json": "skriv resultatet som JSON (UTF-8; formatet står i docs/json.md)",
    "filer": "én eller flere .forkant-filer",
}


class Parser(argparse.ArgumentParser):
    """argparse med norske feil som `Brukerfeil`, og standard hjelpetekst for valg som går igjen."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise Brukerfeil(f"{message} (se «{self.prog} --help»)")

    def add_argument(self, *navn: Any, **kw: Any) -> argparse.Action:
        if kw.get("help") is None:
            for n in navn:
                if n in STANDARD_HJELP:
                    kw["help"] = STANDARD_HJELP[n]
                    break
            else:
                if kw.get("dest") in STANDARD_HJELP:
                    kw["help"] = STANDARD_HJELP[kw["dest"]]
        return super().add_argument(*navn, **kw)


def apne_db(args: argparse.Namespace, *, opprett: bool = False, skriver: bool = False) -> Database:
    """Databasen fra --database (eller standardfilen).

    Bare kommandoene som lager noe (`ny`, `demo`, `import`, `samle`) oppretter en fil som
    ikke finnes; de andre sier «Finner ikke databasen FIL». En kommando som skriver, tar
    dagens sikkerhetskopi før første endring i døgnet – den samme som vinduet tar.
    """
    from vurdering.lagring.database import apne, standard_sti

    if args.database is not None and not args.database.strip():
        raise Brukerfeil("Ingen databasefil er oppgitt: --database er tom.")
    sti = Path(args.database).expanduser() if args.database is not None else standard_sti()
    db = apne(sti, opprett=opprett)
    if skriver:
        from vurdering.lagring import sikkerhetskopi

        try:
            sikkerhetskopi.dagens(db)
        except BaseException:
            db.lukk()
            raise
    return db


def last_bank(db: Database) -> Bank:
    """Den medfølgende banken og eventuelle egne moduler i `egne-moduler/` ved databasen."""
    from vurdering.domene.bank import last_bank_for

    return last_bank_for(db.sti)


# --- argumenttyper: samme regler som i vinduet (domene.feltregler) -------------------------------


def regel(funksjon: Callable[[str], T]) -> Callable[[str], T]:
    """En feltregel som argumenttype: `Feltfeil` blir argparse sin feil (med valgets navn foran)."""

    def sjekk(tekst: str) -> T:
        try:
            return funksjon(tekst)
        except ValueError as e:
            raise argparse.ArgumentTypeError(str(e)) from None

    sjekk.__name__ = getattr(funksjon, "__name__", "verdi")
    return sjekk


def vurdering_id(tekst: str) -> int:
    try:
        verdi = int(tekst)
    except ValueError:
        raise argparse.ArgumentTypeError(f"vurderings-id må være et helt tall, ikke «{tekst[:40]}»") from None
    if verdi <= 0:
        raise argparse.ArgumentTypeError("vurderings-id må være et positivt tall")
    return verdi


def tiltak_id(tekst: str) -> int:
    try:
        verdi = int(tekst)
    except ValueError:
        verdi = 0
    if verdi <= 0:
        raise argparse.ArgumentTypeError(f"tiltakets id må være et positivt helt tall, ikke «{tekst[:40]}»")
    return verdi


def niva(tekst: str) -> int:
    try:
        verdi = int(tekst)
    except ValueError:
        verdi = -1
    if not er_niva(verdi):
        raise argparse.ArgumentTypeError(f"nivået må være et helt tall fra 0 til 4, ikke «{tekst[:40]}»")
    return verdi


def dato(tekst: str) -> str:
    """ÅÅÅÅ-MM-DD fra 2000-01-01 til ett år fram (`feltregler.dato`)."""
    from vurdering.domene import feltregler

    return regel(feltregler.dato)(tekst)


def enhet(tekst: str) -> str:
    """Enhetens navn (`feltregler.enhet`): påkrevd, høyst 200 tegn."""
    from vurdering.domene import feltregler

    return regel(feltregler.enhet)(tekst)


def distrikt(tekst: str) -> str:
    """Et politidistrikt eller særorgan (`feltregler.distrikt`)."""
    from vurdering.domene import feltregler

    return regel(feltregler.distrikt)(tekst)


# --- tekst fra fil eller stdin -------------------------------------------------------------------


def les_tekst(sti: str) -> str:
    """Teksten i en UTF-8-fil, eller fra standard inn med «-». Ett linjeskift til slutt fjernes."""
    if sti == "-":
        data = sys.stdin.buffer.read(MAKS_TEKSTFIL + 1)
        navn = "standard inn"
    else:
        fil = Path(sti).expanduser()
        try:
            if not fil.is_file():
                raise Brukerfeil(f"Finner ikke filen {sti}." if not fil.exists() else f"{sti} er ikke en vanlig fil.")
            with fil.open("rb") as f:
                data = f.read(MAKS_TEKSTFIL + 1)
        except OSError as e:
            raise Brukerfeil(os_feil(e)) from None
        navn = sti
    if len(data) > MAKS_TEKSTFIL:
        raise Brukerfeil(f"{navn} er for stor (høyst {MAKS_TEKSTFIL // 1_000_000} MB).")
    try:
        tekst = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise Brukerfeil(f"{navn} er ikke UTF-8-tekst. Lagre filen som UTF-8 og prøv igjen.") from None
    return tekst.removesuffix("\n").removesuffix("\r")


# --- spørsmål ------------------------------------------------------------------------------------


def bekreft(sporsmal: str, ja: bool) -> bool:
    """Sant med `--ja`; ellers spør på terminalen («[j/N]»). Uten terminal: `Brukerfeil`."""
    if ja:
        return True
    if not sys.stdin.isatty():
        raise Brukerfeil("Dette må bekreftes, men det er ingen terminal å spørre på. Legg til --ja.")
    sys.stderr.write(f"{sporsmal} [j/N] ")
    sys.stderr.flush()
    svar = sys.stdin.readline().strip().casefold()
    return svar in ("j", "ja", "y", "yes")


# --- utskrift ------------------------------------------------------------------------------------


def skriv_json(data: Any) -> None:
    """Hele dokumentet på én gang, alltid som UTF-8 (uansett hva terminalen bruker)."""
    tekst = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:
        sys.stdout.write(tekst)
        return
    sys.stdout.flush()
    buffer.write(tekst.encode("utf-8"))
    buffer.flush()


def utvekslingsfeil(e: Exception) -> int:
    """Én linje per feil på stderr; avslutningskode 2."""
    for linje in getattr(e, "feil", None) or [str(e)]:
        print(f"Feil: {linje}", file=sys.stderr)
    return FEIL_BRUKER


def os_feil(e: OSError) -> str:
    """En feil fra operativsystemet som én norsk linje (samme tekster som resten av programmet)."""

    from vurdering.plattform.filer import feilmelding

    if e.filename is None:
        kode = errno.errorcode.get(e.errno, str(e.errno)) if e.errno is not None else type(e).__name__
        return f"Operativsystemet avviste handlingen (systemfeil {kode})."
    return feilmelding(e, str(e.filename).replace("\n", "\\n"), "bruke")


def utfil(args: argparse.Namespace) -> Path:
    """`--ut`, avvist når den er databasen, filene rundt den, en sikkerhetskopi eller ikke en vanlig fil."""
    from vurdering.lagring.database import standard_sti
    from vurdering.lagring.utfil import sjekk_utfil

    ut = Path(args.ut).expanduser()
    sjekk_utfil(Path(args.database).expanduser() if args.database is not None else standard_sti(), ut)
    return ut


def vurderingsdata(args: argparse.Namespace) -> Vurderingsdata:
    """Alt om vurderingen, for rapportene; databasen må finnes (den opprettes ikke her)."""
    from vurdering.tjenester.vurderinger import hent_vurderingsdata

    with apne_db(args) as db:
        return hent_vurderingsdata(db, args.vurdering, med_utvikling=True)


def database_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--database", metavar="FIL", help=STANDARD_HJELP["--database"])


def vurdering_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--vurdering", required=True, type=vurdering_id, metavar="ID", help=STANDARD_HJELP["--vurdering"])


def json_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--json", action="store_true", help=STANDARD_HJELP["--json"])
