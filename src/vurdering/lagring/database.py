"""Databasefilen: åpning, kontroll, migrering, kopier, transaksjoner.

Dette er det eneste stedet som åpner SQLite. En fil som ikke finnes (uten `opprett`), som
ikke er SQLite, som er skadet, som er en annen programs SQLite-fil, som har et skjema
migreringene ikke har laget, eller som er skrevet av en nyere versjon av Forkant, blir
avvist med en norsk melding (`DatabaseFeil`) og aldri skrevet til. Før en eldre database
migreres, tas en kopi.

Helheten (`PRAGMA quick_check` over hele filen) kontrolleres der hele filen leses likevel:
når dagens sikkerhetskopi tas (`sikkerhetskopi.dagens`), før en migrering og ved
gjenoppretting (`sjekk_fil`) – ikke ved hver åpning, som ellers ville lest en stor fil
for hver kommando. En skadet side som møtes i vanlig bruk, gir SQLite-feilen SQLITE_CORRUPT,
som `feil` gjør til den norske «skadet»-meldingen (`OdelagtDatabase`); ingenting skrives. Databasen og hjelpefilene gjøres 0600 (POSIX), og rester etter et
drept program (`.NAVN.xxxxxxxx.tmp`, `*.db.delvis`) ryddes ved åpning.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
from collections.abc import Iterator
from datetime import datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from vurdering.lagring import skjema, skjemakontroll
from vurdering.lagring.feil import DatabaseFeil as DatabaseFeil
from vurdering.lagring.feil import DatabaseOpptatt as DatabaseOpptatt
from vurdering.lagring.feil import DiskFeil as DiskFeil
from vurdering.lagring.feil import EndretSkjema as EndretSkjema
from vurdering.lagring.feil import FinnerIkkeDatabase as FinnerIkkeDatabase
from vurdering.lagring.feil import ForNyDatabase as ForNyDatabase
from vurdering.lagring.feil import FremmedDatabase as FremmedDatabase
from vurdering.lagring.feil import FullDisk as FullDisk
from vurdering.lagring.feil import OdelagtDatabase as OdelagtDatabase
from vurdering.lagring.feil import SkrivebeskyttetDatabase as SkrivebeskyttetDatabase
from vurdering.lagring.feil import UkjentVurdering as UkjentVurdering
from vurdering.lagring.feil import kast_sqlite_feil as kast_sqlite_feil
from vurdering.lagring.feil import kjent_sqlite_feil as kjent_sqlite_feil
from vurdering.lagring.skjema import kjente_migreringer
from vurdering.plattform.filer import er_foreldrelos, feilmelding, rydd_foreldrelose

if TYPE_CHECKING:
    import sqlite_utils

SQLITE_HODE = b"SQLite format 3\x00"
VENTETID_LAAS = 5.0  # sekunder før «databasen er i bruk»
DELVIS = ".delvis"  # endelsen på en kopi som ikke er ferdig (se `kopier_database`)


def standard_sti() -> Path:
    """Standardfilen i brukerens datamappe (platformdirs)."""
    import platformdirs

    return Path(platformdirs.user_data_dir("Forkant", appauthor=False)) / "forkant.db"


class Database:
    """Én åpen databasefil. Bruk `with db.transaksjon():` for hver lagring.

    Forbindelsen er privat: SQL skrives bare i `vurdering.lagring` (via `forbindelse`).
    """

    def __init__(self, sti: Path, conn: sqlite3.Connection) -> None:
        self.sti = sti
        self._conn = conn
        self.kopi_for_migrering: Path | None = None

    @cached_property
    def _sqlite_utils(self) -> sqlite_utils.Database:
        """sqlite-utils over samme forbindelse; lastes først når noe trenger den (migreringer)."""
        import sqlite_utils

        return sqlite_utils.Database(self._conn, execute_plugins=False)

    @contextlib.contextmanager
    def transaksjon(self) -> Iterator[None]:
        """Én skrivetransaksjon som er committet når blokken er ferdig, ellers rullet tilbake.

        BEGIN IMMEDIATE tar skrivelåsen med en gang: en transaksjon som først leser og så
        skriver, kunne ellers få «database is locked» uten å vente når et annet program
        skrev i mellomtiden. Nøstede kall blir savepoints.
        """
        conn = self._conn
        if conn.in_transaction:
            punkt = f"forkant_{id(self)}_{os.urandom(4).hex()}"
            conn.execute(f"SAVEPOINT {punkt}")
            try:
                yield
            except BaseException:
                if conn.in_transaction:
                    conn.execute(f"ROLLBACK TO SAVEPOINT {punkt}")
                    conn.execute(f"RELEASE SAVEPOINT {punkt}")
                raise
            conn.execute(f"RELEASE SAVEPOINT {punkt}")
            return
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as e:
            kast_sqlite_feil(e, self.sti)
        try:
            yield
            conn.execute("COMMIT")
        except BaseException as e:
            if conn.in_transaction:
                with contextlib.suppress(sqlite3.Error):
                    conn.execute("ROLLBACK")
            if isinstance(e, sqlite3.Error):
                kast_sqlite_feil(e, self.sti)
            raise

    @property
    def i_transaksjon(self) -> bool:
        return self._conn.in_transaction

    def _les(self, sql: str, parametre: tuple[object, ...] | dict[str, object] = ()) -> list[sqlite3.Row]:
        try:
            return self._conn.execute(sql, parametre).fetchall()
        except sqlite3.Error as e:
            kast_sqlite_feil(e, self.sti)

    def sjekkpunkt(self) -> None:
        """Skriv WAL-en inn i hovedfilen og tøm den (brukes etter sletting)."""
        with contextlib.suppress(sqlite3.Error):
            self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def lukk(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self._conn.close()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *_: object) -> None:
        self.lukk()


def forbindelse(db: Database) -> sqlite3.Connection:
    """Den rå forbindelsen, for modulene i `vurdering.lagring` og ingen andre."""
    return db._conn


def sql_for_tester(db: Database, sql: str, parametre: tuple[object, ...] | dict[str, object] = ()) -> list[sqlite3.Row]:
    """Bare for tester: kjør SQL på databasens egen forbindelse (for eksempel «full disk»)."""
    return db._les(sql, parametre)


@contextlib.contextmanager
def skriving(db: Database) -> Iterator[sqlite3.Connection]:
    """`db.transaksjon()` med den rå forbindelsen, for modulene i `vurdering.lagring`."""
    with db.transaksjon():
        yield db._conn


# --- kopier og filer rundt databasen -------------------------------------------------------


def kopier_database(conn: sqlite3.Connection, mal: Path) -> Path:
    """Kopier databasen med SQLites backup-API (trygt mens den er i bruk) til `mal` (0600).

    Kopien skrives som `mal.delvis` og får navnet først når den er hel; en `*.db.delvis`
    som blir liggende etter et drept program, ryddes ved neste åpning (`rydd_delvise`).
    """
    delvis = mal.with_name(mal.name + DELVIS)
    delvis.unlink(missing_ok=True)
    fd = os.open(delvis, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)
    try:
        ut = sqlite3.connect(delvis)
        try:
            conn.backup(ut)
        finally:
            ut.close()
        os.replace(delvis, mal)
    except BaseException:
        delvis.unlink(missing_ok=True)
        raise
    return mal


def rydd_delvise(mappe: Path) -> list[Path]:
    """Fjern `*.db.delvis` og journalen deres fra et drept program (eldre enn denne prosessen)."""
    fjernet: list[Path] = []
    try:
        filer = list(mappe.iterdir())
    except OSError:
        return fjernet
    for fil in filer:
        if fil.name.endswith((f".db{DELVIS}", f".db{DELVIS}-journal")) and er_foreldrelos(fil):
            with contextlib.suppress(OSError):
                fil.unlink()
                fjernet.append(fil)
    return fjernet


def _folgefiler(sti: Path) -> tuple[Path, Path]:
    return Path(f"{sti}-wal"), Path(f"{sti}-shm")


def _gjor_folgefiler_skrivbare(sti: Path) -> None:
    """En `-wal`/`-shm` uten skriverett (rest etter en økt som bare kunne lese) stanser all lagring."""
    if os.name != "posix":
        return
    for folge in _folgefiler(sti):
        try:
            if not folge.exists() or folge.stat().st_mode & 0o200:
                continue
            os.chmod(folge, 0o600)
        except OSError:
            raise SkrivebeskyttetDatabase(
                f"Hjelpefilen {folge} kan ikke skrives til (rest etter en økt som bare kunne lese), og Forkant "
                "kan ikke rette det. Databasen er i orden; fjern hjelpefilen når ingen bruker databasen."
            ) from None


def bare_eieren(*filer: Path) -> None:
    """Gjør filene lesbare og skrivbare bare for eieren (0600, POSIX); filer vi ikke eier, står."""
    if os.name != "posix":
        return
    for fil in filer:
        with contextlib.suppress(OSError):
            if fil.exists() and stat.S_IMODE(fil.stat().st_mode) != 0o600:
                os.chmod(fil, 0o600)


# --- åpning ----------------------------------------------------------------------------------


def _sjekk_hode(sti: Path) -> None:
    try:
        with sti.open("rb") as f:
            hode = f.read(len(SQLITE_HODE))
    except OSError as e:
        raise DatabaseFeil(feilmelding(e, sti, "lese")) from None
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
        raise DatabaseFeil(f"Kan ikke opprette databasefilen: {feilmelding(e, sti, 'opprette')}") from None


def _finn_fil(sti: Path | str, opprett: bool) -> tuple[Path, bool]:
    """Stien som `Path` og om filen er ny (finnes ikke eller er tom)."""
    if not str(sti).strip():
        raise DatabaseFeil("Ingen databasefil er oppgitt (tomt filnavn).")
    sti = Path(sti).expanduser()
    try:
        st = sti.stat()
    except FileNotFoundError:
        if not opprett:
            raise FinnerIkkeDatabase(f"Finner ikke databasen {sti}.") from None
        return sti, True
    except OSError as e:
        raise DatabaseFeil(feilmelding(e, sti, "lese")) from None
    if stat.S_ISDIR(st.st_mode):
        raise DatabaseFeil(f"{sti} er en mappe, ikke en databasefil.")
    if not stat.S_ISREG(st.st_mode):
        raise DatabaseFeil(f"{sti} er ikke en vanlig fil (men en enhet, en kanal eller lignende).")
    return sti, st.st_size == 0


def apne(sti: Path | str, *, opprett: bool = False, migrer: bool = True) -> Database:
    """Åpne databasefilen, kontroller den og migrer til gjeldende skjema.

    En fil som ikke finnes, er en feil («Finner ikke databasen …») med mindre `opprett`.
    En fil som ikke er vår (annen SQLite-fil, endret skjema, nyere versjon), avvises før
    noe er skrevet til den.
    """
    sti, ny = _finn_fil(sti, opprett)
    if ny:
        _lag_tom_fil(sti)
    else:
        _sjekk_hode(sti)
        _gjor_folgefiler_skrivbare(sti)
    try:
        conn = sqlite3.connect(sti, timeout=VENTETID_LAAS, isolation_level="DEFERRED")
    except sqlite3.Error as e:
        kast_sqlite_feil(e, sti)
    conn.row_factory = sqlite3.Row
    try:
        conn.execute("PRAGMA trusted_schema = OFF")
        db = Database(sti, conn)
        if not ny:
            _kontroller(db)
        bare_eieren(sti)
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("PRAGMA synchronous = FULL")
        if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            conn.execute("PRAGMA journal_mode = WAL")
        bare_eieren(*_folgefiler(sti))
        if migrer:
            _migrer(db, ny)
        rydd_foreldrelose(sti.parent)
        for mappe in (sti.parent, sti.parent / "sikkerhetskopier"):
            rydd_delvise(mappe)
        return db
    except sqlite3.Error as e:
        conn.close()
        kast_sqlite_feil(e, sti)
    except BaseException:
        conn.close()
        raise


def sjekk_helhet(db: Database) -> None:
    """Les hele filen med `PRAGMA quick_check`; `OdelagtDatabase` når en side er skadet.

    Kalles der hele filen leses likevel (dagens sikkerhetskopi, migrering, gjenoppretting).
    """
    try:
        rad = db._conn.execute("PRAGMA quick_check").fetchone()
    except sqlite3.Error as e:
        kast_sqlite_feil(e, db.sti)
    if rad is None or rad[0] != "ok":
        raise OdelagtDatabase(
            f"Databasefilen {db.sti} er skadet (integritetssjekken feilet). "
            "Filen er ikke endret; gjenopprett en sikkerhetskopi eller velg en ny fil."
        )


def _kontroller(db: Database, *, helhet: bool = False) -> None:
    """Alt som leses før noe skrives: at filen er vår, versjon og skjema (og med `helhet` hele filen)."""
    conn, sti = db._conn, db.sti
    if helhet:
        sjekk_helhet(db)
    brukte = _brukte_migreringer(db)
    har_objekter = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0
    if not brukte and har_objekter:
        raise FremmedDatabase(
            f"Filen {sti} er en SQLite-database fra et annet program, ikke en Forkant-database. "
            "Den er ikke endret; velg en annen fil."
        )
    if set(brukte) - set(kjente_migreringer()):
        raise ForNyDatabase(
            f"Databasefilen {sti} er laget av en nyere versjon av Forkant. "
            "Oppdater Forkant for å åpne den; filen er ikke endret."
        )
    forskjell = skjemakontroll.avvik(conn, brukte)
    if forskjell is not None:
        raise EndretSkjema(skjemakontroll.melding(sti, forskjell))


def lesbar_uri(sti: Path) -> str:
    """En URI som åpner filen bare for lesing (tegn som ? og # i navnet er kodet)."""
    return f"{sti.resolve().as_uri()}?mode=ro"


def sjekk_fil(sti: Path) -> None:
    """Kontroller en databasefil (for eksempel en sikkerhetskopi), hele filen, uten å skrive til den."""
    try:
        conn = sqlite3.connect(lesbar_uri(sti), uri=True)
    except sqlite3.Error as e:
        kast_sqlite_feil(e, sti)
    try:
        conn.execute("PRAGMA trusted_schema = OFF")
        _kontroller(Database(sti, conn), helhet=True)
    except sqlite3.Error as e:
        kast_sqlite_feil(e, sti)
    finally:
        conn.close()


def _brukte_migreringer(db: Database) -> list[str]:
    conn = db._conn
    if not conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (skjema.MIGRERINGSTABELL,)
    ).fetchone():
        return []
    return [
        str(r[0])
        for r in conn.execute(
            f"SELECT name FROM {skjema.MIGRERINGSTABELL} WHERE migration_set = ? ORDER BY rowid",
            (skjema.MIGRERINGSSETT,),
        )
    ]


def _migrer(db: Database, ny: bool) -> None:
    if set(_brukte_migreringer(db)) >= set(kjente_migreringer()):
        return  # vanlig oppstart: ingenting å gjøre, og sqlite-utils trengs ikke
    har_data = not ny and db._conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0]
    if har_data:
        sjekk_helhet(db)  # kopien før migreringen leser hele filen likevel
        stempel = datetime.now().strftime("%Y%m%d-%H%M%S")
        mal = db.sti.with_name(f"{db.sti.stem}.for-migrering-{stempel}{db.sti.suffix or '.db'}")
        db.kopi_for_migrering = kopier_database(db._conn, mal)
    skjema.migrer(db._sqlite_utils)
