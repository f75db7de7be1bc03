"""Databasefilen: åpning, kontroll, migrering, sikkerhetskopi før migrering, transaksjoner.

Dette er det eneste stedet som åpner SQLite. En fil som ikke er SQLite, som er skadet
eller som er skrevet av en nyere versjon av Forkant, blir avvist med en norsk melding
(`DatabaseFeil`) og aldri skrevet til. Før en eldre database migreres, tas en kopi.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from datetime import datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils

SQLITE_HODE = b"SQLite format 3\x00"
#: Migreringssettet i skjema.py og navnene på migreringene der, i rekkefølge. Listen står her
#: så oppstarten kan se at skjemaet er à jour uten å laste sqlite-utils; en test holder den lik.
MIGRERINGSSETT = "forkant"
KJENTE_MIGRERINGER = ("001_grunnskjema", "002_samling_og_utveksling", "003_enhet_uuid")
VENTETID_LAAS = 5.0  # sekunder før «databasen er i bruk»


class DatabaseFeil(Exception):
    """En kjent feil med en melding som kan vises til brukeren som den er."""


class OdelagtDatabase(DatabaseFeil):
    pass


class ForNyDatabase(DatabaseFeil):
    pass


class UkjentVurdering(DatabaseFeil):
    pass


def standard_sti() -> Path:
    """Standardfilen i brukerens datamappe (platformdirs)."""
    import platformdirs

    return Path(platformdirs.user_data_dir("Forkant", appauthor=False)) / "forkant.db"


def oversett_sqlite_feil(e: sqlite3.Error, sti: Path | str = "") -> DatabaseFeil:
    """Gjør en SQLite-feil om til en norsk melding."""
    tekst = str(e).lower()
    if "disk is full" in tekst or "disk i/o" in tekst:
        return DatabaseFeil("Disken er full eller kan ikke skrives til. Svaret ble ikke lagret.")
    if "readonly" in tekst or "read-only" in tekst:
        return DatabaseFeil(f"Databasefilen {sti} kan ikke skrives til (skrivebeskyttet). Svaret ble ikke lagret.")
    if "locked" in tekst or "busy" in tekst:
        return DatabaseFeil("Databasen er opptatt av et annet program. Prøv igjen om litt; ingenting ble lagret.")
    if "not a database" in tekst or "malformed" in tekst or "corrupt" in tekst:
        return OdelagtDatabase(
            f"Databasefilen {sti} er skadet eller er ikke en Forkant-database. "
            "Filen er ikke endret; gjenopprett en sikkerhetskopi eller velg en ny fil."
        )
    if "unable to open" in tekst:
        return DatabaseFeil(f"Kan ikke åpne databasefilen {sti}. Finnes mappen, og har du tilgang?")
    return DatabaseFeil(f"Databasefeil: {e}")


class Database:
    """Én åpen databasefil. Bruk `with db.transaksjon():` for hver lagring."""

    def __init__(self, sti: Path, conn: sqlite3.Connection) -> None:
        self.sti = sti
        self.conn = conn
        self.kopi_for_migrering: Path | None = None

    @cached_property
    def db(self) -> sqlite_utils.Database:
        """sqlite-utils over samme forbindelse; lastes først når noe trenger den (migreringer)."""
        import sqlite_utils

        return sqlite_utils.Database(self.conn, execute_plugins=False)

    @contextlib.contextmanager
    def transaksjon(self) -> Iterator[sqlite3.Connection]:
        """Én skrivetransaksjon som er committet når blokken er ferdig, ellers rullet tilbake.

        BEGIN IMMEDIATE tar skrivelåsen med en gang: en transaksjon som først leser og så
        skriver, kunne ellers få «database is locked» uten å vente når et annet program
        skrev i mellomtiden. Nøstede kall blir savepoints.
        """
        if self.conn.in_transaction:
            punkt = f"forkant_{id(self)}_{os.urandom(4).hex()}"
            self.conn.execute(f"SAVEPOINT {punkt}")
            try:
                yield self.conn
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute(f"ROLLBACK TO SAVEPOINT {punkt}")
                    self.conn.execute(f"RELEASE SAVEPOINT {punkt}")
                raise
            self.conn.execute(f"RELEASE SAVEPOINT {punkt}")
            return
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as e:
            raise oversett_sqlite_feil(e, self.sti) from e
        try:
            yield self.conn
            self.conn.execute("COMMIT")
        except BaseException as e:
            if self.conn.in_transaction:
                with contextlib.suppress(sqlite3.Error):
                    self.conn.execute("ROLLBACK")
            if isinstance(e, sqlite3.Error):
                raise oversett_sqlite_feil(e, self.sti) from e
            raise

    def les(self, sql: str, parametre: tuple[object, ...] | dict[str, object] = ()) -> list[sqlite3.Row]:
        try:
            return self.conn.execute(sql, parametre).fetchall()
        except sqlite3.Error as e:
            raise oversett_sqlite_feil(e, self.sti) from e

    def sjekkpunkt(self) -> None:
        """Skriv WAL-en inn i hovedfilen og tøm den (brukes etter sletting)."""
        with contextlib.suppress(sqlite3.Error):
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def lukk(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self.conn.close()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *_: object) -> None:
        self.lukk()


def _sjekk_hode(sti: Path) -> None:
    try:
        with sti.open("rb") as f:
            hode = f.read(len(SQLITE_HODE))
    except OSError as e:
        raise DatabaseFeil(f"Kan ikke lese databasefilen {sti}: {e.strerror}.") from None
    if hode and hode != SQLITE_HODE:
        raise OdelagtDatabase(f"Filen {sti} er ikke en Forkant-database (ikke SQLite). Den er ikke endret.")


def _lag_tom_fil(sti: Path) -> None:
    """Ny fil som bare eieren kan lese (0600 på POSIX)."""
    try:
        sti.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(sti, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        os.close(fd)
    except FileExistsError:
        pass
    except OSError as e:
        raise DatabaseFeil(f"Kan ikke opprette databasefilen {sti}: {e.strerror}.") from None


def _kopi(conn: sqlite3.Connection, mål: Path) -> None:
    fd = os.open(mål, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)
    ut = sqlite3.connect(mål)
    try:
        conn.backup(ut)
    finally:
        ut.close()


def apne(sti: Path | str, *, migrer: bool = True) -> Database:
    """Åpne (eller opprett) databasefilen, kontroller den og migrer til gjeldende skjema."""
    sti = Path(sti).expanduser()
    ny = not sti.exists() or sti.stat().st_size == 0
    if sti.is_dir():
        raise DatabaseFeil(f"{sti} er en mappe, ikke en databasefil.")
    if ny:
        _lag_tom_fil(sti)
    else:
        _sjekk_hode(sti)
    try:
        conn = sqlite3.connect(sti, timeout=VENTETID_LAAS, isolation_level="DEFERRED")
    except sqlite3.Error as e:
        raise oversett_sqlite_feil(e, sti) from None
    conn.row_factory = sqlite3.Row
    try:
        db = Database(sti, conn)
        if not ny:
            rad = conn.execute("PRAGMA quick_check").fetchone()
            if rad is None or rad[0] != "ok":
                raise OdelagtDatabase(
                    f"Databasefilen {sti} er skadet (integritetssjekken feilet). "
                    "Filen er ikke endret; gjenopprett en sikkerhetskopi eller velg en ny fil."
                )
        _sjekk_versjon(db)
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("PRAGMA synchronous = FULL")
        if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            conn.execute("PRAGMA journal_mode = WAL")
        if migrer:
            _migrer(db, ny)
        return db
    except sqlite3.Error as e:
        conn.close()
        raise oversett_sqlite_feil(e, sti) from None
    except BaseException:
        conn.close()
        raise


def _brukte_migreringer(db: Database) -> list[str]:
    if not db.conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_sqlite_migrations'"
    ).fetchone():
        return []
    return [
        r[0]
        for r in db.conn.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY rowid", (MIGRERINGSSETT,)
        )
    ]


def _sjekk_versjon(db: Database) -> None:
    ukjente = set(_brukte_migreringer(db)) - set(KJENTE_MIGRERINGER)
    if ukjente:
        raise ForNyDatabase(
            f"Databasefilen {db.sti} er laget av en nyere versjon av Forkant. "
            "Oppdater Forkant for å åpne den; filen er ikke endret."
        )


def _migrer(db: Database, ny: bool) -> None:
    if set(_brukte_migreringer(db)) >= set(KJENTE_MIGRERINGER):
        return  # vanlig oppstart: ingenting å gjøre, og sqlite-utils trengs ikke
    from vurdering.lagring.skjema import MIGRERINGER

    har_data = not ny and db.conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0]
    if har_data:
        stempel = datetime.now().strftime("%Y%m%d-%H%M%S")
        mål = db.sti.with_name(f"{db.sti.stem}.for-migrering-{stempel}{db.sti.suffix or '.db'}")
        _kopi(db.conn, mål)
        db.kopi_for_migrering = mål
    MIGRERINGER.apply(db.db)
