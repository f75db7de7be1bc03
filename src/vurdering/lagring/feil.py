"""Feilene fra lagringen: norske meldinger for det brukeren kan gjøre noe med.

SQLite-feil sorteres på feilkoden (`sqlite_errorcode`), ikke på engelsk meldingstekst:
opptatt/låst, skrivebeskyttet, full disk, skadet/ikke en database, inn/ut-feil og «kan ikke
åpne» blir hver sin `DatabaseFeil`. Alt annet er en programfeil og kastes videre som den er.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import NoReturn


class DatabaseFeil(Exception):
    """En kjent feil med en melding som kan vises til brukeren som den er."""


class OdelagtDatabase(DatabaseFeil):
    """Filen er skadet; den kan settes til side eller erstattes av en sikkerhetskopi."""


class EndretSkjema(OdelagtDatabase):
    """Skjemaet er ikke det migreringene lager (utløsere, visninger, kolonner …)."""


class FremmedDatabase(DatabaseFeil):
    """En SQLite-fil fra et annet program: avvist urørt."""


class ForNyDatabase(DatabaseFeil):
    pass


class FinnerIkkeDatabase(DatabaseFeil):
    pass


class UkjentVurdering(DatabaseFeil):
    pass


class DatabaseOpptatt(DatabaseFeil):
    pass


class SkrivebeskyttetDatabase(DatabaseFeil):
    pass


class FullDisk(DatabaseFeil):
    pass


class DiskFeil(DatabaseFeil):
    pass


# SQLites primærkoder (feilkoden & 0xff) for forholdene brukeren kan gjøre noe med.
_BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _NOTADB = 5, 6, 8, 10, 11, 13, 14, 26


def _skrivebeskyttet_folgefil(sti: Path) -> Path | None:
    """`-shm`/`-wal` som ikke kan skrives (rest etter en økt som bare kunne lese), ellers None."""
    for ending in ("-shm", "-wal"):
        folge = Path(f"{sti}{ending}")
        try:
            if folge.exists() and (not os.access(folge, os.W_OK) or not folge.stat().st_mode & 0o200):
                return folge
        except OSError:
            continue
    return None


def kjent_sqlite_feil(e: sqlite3.Error, sti: Path | str = "") -> DatabaseFeil | None:
    """Den norske meldingen for en kjent SQLite-feil (sortert på feilkode); None for alt annet."""
    kode = getattr(e, "sqlite_errorcode", None)
    if kode is None:
        return None
    primar = kode & 0xFF
    if primar in (_BUSY, _LOCKED):
        return DatabaseOpptatt("Databasen er opptatt av et annet program. Prøv igjen om litt; ingenting ble lagret.")
    if primar == _READONLY:
        folge = _skrivebeskyttet_folgefil(Path(sti)) if sti else None
        if folge is not None:
            return SkrivebeskyttetDatabase(
                f"Hjelpefilen {folge} kan ikke skrives til (rest etter en økt som bare kunne lese). "
                "Databasen er i orden, men ingenting kan lagres før hjelpefilen er fjernet eller gjort skrivbar."
            )
        return SkrivebeskyttetDatabase(
            f"Databasefilen {sti} kan ikke skrives til (skrivebeskyttet). Svaret ble ikke lagret."
        )
    if primar == _FULL:
        return FullDisk("Disken er full. Svaret ble ikke lagret; frigjør plass og prøv igjen.")
    if primar == _IOERR:
        return DiskFeil(f"Lese- eller skrivefeil på disken ved {sti}. Svaret ble ikke lagret.")
    if primar in (_CORRUPT, _NOTADB):
        return OdelagtDatabase(
            f"Databasefilen {sti} er skadet eller er ikke en Forkant-database. "
            "Filen er ikke endret; gjenopprett en sikkerhetskopi eller velg en ny fil."
        )
    if primar == _CANTOPEN:
        return DatabaseFeil(f"Kan ikke åpne databasefilen {sti}. Finnes mappen, og har du tilgang?")
    return None


def kast_sqlite_feil(e: sqlite3.Error, sti: Path | str = "") -> NoReturn:
    """Kast den norske feilen for en kjent SQLite-feil; alt annet er en programfeil og kastes som den er."""
    kjent = kjent_sqlite_feil(e, sti)
    if kjent is None:
        raise e
    raise kjent from e
