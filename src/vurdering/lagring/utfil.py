"""Kontroll av en utfil (rapport, CSV, .forkant) mot databasen: den skal aldri skrives over.

`vurdering rapport --ut forkant.db` erstattet en gang hele databasen med en PDF. Derfor
avvises en utfil som (med lenker fulgt) er den åpne databasen, `-wal`/`-shm`/`-journal`,
låsfilen, en sikkerhetskopi eller en halvferdig kopi (`.delvis`), en annen SQLite-database,
eller noe som finnes og ikke er en vanlig fil (en enhet som /dev/null, en FIFO, en mappe).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from vurdering.lagring.database import DELVIS, SQLITE_HODE, DatabaseFeil
from vurdering.lagring.sikkerhetskopi import kopimappe


class UgyldigUtfil(DatabaseFeil):
    """Utfilen ville skrevet over databasen eller noe som ikke er en vanlig fil."""


def _virkelig(sti: Path) -> Path:
    return Path(os.path.realpath(sti.expanduser()))


def _er_sqlite(sti: Path) -> bool:
    try:
        with sti.open("rb") as f:
            return f.read(len(SQLITE_HODE)) == SQLITE_HODE
    except OSError:
        return False


def sjekk_utfil(db_sti: Path | str, ut: Path | str) -> None:
    """Kast `UgyldigUtfil` med norsk melding når `ut` ikke trygt kan skrives (se modulen)."""
    ut = Path(ut)
    if not str(ut).strip():
        raise UgyldigUtfil("Ingen utfil er oppgitt (tomt filnavn).")
    db = _virkelig(Path(db_sti))
    mal = _virkelig(ut)
    beskyttet = {Path(f"{db}{ending}") for ending in ("", "-wal", "-shm", "-journal", ".laas")}
    if mal in beskyttet or _samme_fil(mal, db):
        raise UgyldigUtfil(f"«{ut}» er databasefilen eller en av hjelpefilene dens; velg et annet filnavn.")
    if mal.is_relative_to(_virkelig(kopimappe(db))) or mal.name.endswith((DELVIS, f"{DELVIS}-journal")):
        raise UgyldigUtfil(f"«{ut}» er en sikkerhetskopi av databasen; velg et annet filnavn.")
    try:
        st = mal.stat()
    except FileNotFoundError:
        return
    except OSError:
        return  # skrivingen selv gir den norske meldingen (plattform.filer)
    if stat.S_ISDIR(st.st_mode):
        raise UgyldigUtfil(f"«{ut}» er en mappe. Oppgi et filnavn.")
    if not stat.S_ISREG(st.st_mode):
        raise UgyldigUtfil(f"«{ut}» er ikke en vanlig fil (men en enhet, en kanal eller lignende); velg et filnavn.")
    if _er_sqlite(mal):
        raise UgyldigUtfil(f"«{ut}» er en database; Forkant skriver ikke over den. Velg et annet filnavn.")


def _samme_fil(a: Path, b: Path) -> bool:
    """Samme fil også gjennom en hard lenke."""
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False
