"""Sikkerhetskopier av databasefilen, og det som trengs når filen er ødelagt.

- Ved oppstart av vinduet og før kommandolinjens første lagring (`dagens`), høyst én gang
  i døgnet: en kopi med SQLites backup-API (trygg mens filen
  er i bruk) i mappen `sikkerhetskopier/` ved siden av databasen; de 10 nyeste beholdes.
  Før kopien tas, leses hele filen med integritetssjekken (`database.sjekk_helhet`): en
  skadet fil kopieres aldri, så den skyver ingen god kopi ut (`OdelagtDatabase`).
- Gjenoppretting kontrollerer kopien som en databasefil ved åpning (skjemaet må være det
  migreringene lager) og legger den nåværende filen til side (med tidsstempel) før kopien settes
  inn; ingenting slettes.
- En ødelagt fil settes til side med tidsstempel, aldri overskrevet eller slettet.
Alle filer opprettes lesbare bare for eieren (0600 på POSIX).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from vurdering.lagring.database import (
    SQLITE_HODE,
    Database,
    DatabaseFeil,
    forbindelse,
    kast_sqlite_feil,
    kopier_database,
    lesbar_uri,
    sjekk_fil,
    sjekk_helhet,
)
from vurdering.plattform.filer import feilmelding

MAKS_KOPIER = 10
MAPPENAVN = "sikkerhetskopier"
_STEMPEL = "%Y%m%d-%H%M%S"


@dataclass(frozen=True, slots=True)
class Kopi:
    sti: Path
    tidspunkt: datetime
    storrelse: int  # byte


def kopimappe(db_sti: Path) -> Path:
    return db_sti.parent / MAPPENAVN


def _navn(db_sti: Path, tidspunkt: datetime) -> str:
    return f"{db_sti.stem}-{tidspunkt.strftime(_STEMPEL)}.db"


def liste_kopier(db_sti: Path) -> list[Kopi]:
    """Kopiene av denne databasen, nyeste først."""
    mappe = kopimappe(db_sti)
    if not mappe.is_dir():
        return []
    ut = []
    prefiks = f"{db_sti.stem}-"
    for fil in mappe.glob(f"{prefiks}*.db"):
        try:
            tid = datetime.strptime(fil.stem[len(prefiks) :], _STEMPEL)
            ut.append(Kopi(fil, tid, fil.stat().st_size))
        except (ValueError, OSError):
            continue
    return sorted(ut, key=lambda k: k.tidspunkt, reverse=True)


def ta_kopi(db: Database, na: datetime | None = None) -> Path:
    """Ta en sikkerhetskopi nå og rydd bort de eldste utover `MAKS_KOPIER`.

    En skadet fil kopieres ikke (`OdelagtDatabase`); de gode kopiene blir stående.
    """
    na = na or datetime.now()
    sjekk_helhet(db)
    mappe = kopimappe(db.sti)
    try:
        mappe.mkdir(mode=0o700, exist_ok=True)
        mal = kopier_database(forbindelse(db), mappe / _navn(db.sti, na))
    except OSError as e:
        raise DatabaseFeil(f"Kunne ikke ta sikkerhetskopi: {feilmelding(e, mappe)}") from e
    except sqlite3.Error as e:
        kast_sqlite_feil(e, mappe)
    for gammel in liste_kopier(db.sti)[MAKS_KOPIER:]:
        gammel.sti.unlink(missing_ok=True)
    return mal


def dagens(db: Database, na: datetime | None = None) -> Path | None:
    """Dagens sikkerhetskopi: tas når den nyeste er eldre enn ett døgn (eller ingen finnes).

    Vinduet kaller den ved oppstart og kommandolinjen før første lagring; begge får samme
    kopi, høyst én per døgn. Gir stien når en kopi ble tatt nå, ellers None.
    """
    na = na or datetime.now()
    kopier = liste_kopier(db.sti)
    if kopier and na - kopier[0].tidspunkt < timedelta(days=1):
        return None
    return ta_kopi(db, na)


def _er_gyldig_sqlite(sti: Path) -> bool:
    try:
        with sti.open("rb") as f:
            if f.read(len(SQLITE_HODE)) != SQLITE_HODE:
                return False
        conn = sqlite3.connect(lesbar_uri(sti), uri=True)
        try:
            return bool(conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok")
        finally:
            conn.close()
    except (OSError, sqlite3.Error):
        return False


def sett_til_side(db_sti: Path, grunn: str = "odelagt", na: datetime | None = None) -> Path:
    """Flytt databasefilen (og WAL/SHM) til side med tidsstempel. Gir den nye stien."""
    na = na or datetime.now()
    maal = db_sti.with_name(f"{db_sti.stem}.{grunn}-{na.strftime(_STEMPEL)}{db_sti.suffix}")
    nr = 1
    while maal.exists():
        nr += 1
        maal = db_sti.with_name(f"{db_sti.stem}.{grunn}-{na.strftime(_STEMPEL)}-{nr}{db_sti.suffix}")
    try:
        os.replace(db_sti, maal)
        for ending in ("-wal", "-shm"):
            folge = Path(f"{db_sti}{ending}")
            if folge.exists():
                os.replace(folge, Path(f"{maal}{ending}"))
    except OSError as e:
        raise DatabaseFeil(f"Kunne ikke flytte {db_sti.name} til side: {feilmelding(e, db_sti)}") from e
    return maal


def gjenopprett(db_sti: Path, kopi: Path) -> Path | None:
    """Sett inn en sikkerhetskopi som databasefil. Databasen må være lukket.

    Den nåværende filen (om den finnes) flyttes først til side; stien dit returneres.
    """
    if not _er_gyldig_sqlite(kopi):
        raise DatabaseFeil(f"Sikkerhetskopien {kopi.name} er skadet og kan ikke brukes.")
    try:
        sjekk_fil(kopi)  # samme kontroll som ved åpning: ingen fremmede utløsere, visninger, kolonner
    except DatabaseFeil as e:
        raise DatabaseFeil(f"Sikkerhetskopien {kopi.name} kan ikke brukes. {e}") from None
    til_side = sett_til_side(db_sti, "erstattet") if db_sti.exists() else None
    try:
        midlertidig = db_sti.with_name(db_sti.name + ".gjenoppretter")
        shutil.copyfile(kopi, midlertidig)
        os.chmod(midlertidig, 0o600)
        os.replace(midlertidig, db_sti)
    except OSError as e:
        raise DatabaseFeil(f"Kunne ikke gjenopprette {kopi.name}: {feilmelding(e, db_sti)}") from e
    return til_side
