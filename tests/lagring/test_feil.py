"""SQLite-feil sorteres på feilkode: kjente forhold blir norske meldinger, alt annet er en programfeil."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

import pytest

from vurdering.lagring import database
from vurdering.lagring import repository as repo
from vurdering.lagring.database import (
    Database,
    DatabaseFeil,
    DatabaseOpptatt,
    DiskFeil,
    FullDisk,
    OdelagtDatabase,
    SkrivebeskyttetDatabase,
    apne,
    kjent_sqlite_feil,
    sql_for_tester,
)


def _feil(handling: object) -> sqlite3.Error:
    try:
        handling()  # type: ignore[operator]
    except sqlite3.Error as e:
        return e
    raise AssertionError("ingen feil")


def test_laast_database_fra_en_annen_forbindelse(db_sti: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(database, "VENTETID_LAAS", 0.05)
    db = apne(db_sti, opprett=True)
    annen = sqlite3.connect(db_sti, isolation_level=None)
    annen.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(DatabaseOpptatt, match="opptatt av et annet program"):
            repo.lagre_innstilling(db, "sprak", "nn")
    finally:
        annen.execute("ROLLBACK")
        annen.close()
    assert not db.i_transaksjon
    db.lukk()


def test_skrivebeskyttet_forbindelse(db: Database) -> None:
    sql_for_tester(db, "PRAGMA query_only = ON")  # SQLite nekter å skrive: SQLITE_READONLY
    with pytest.raises(SkrivebeskyttetDatabase, match="skrivebeskyttet"):
        repo.lagre_innstilling(db, "sprak", "nn")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="filrettigheter gjelder ikke root")
def test_skrivebeskyttet_fil(db_sti: Path) -> None:
    apne(db_sti, opprett=True).lukk()
    db_sti.chmod(0o444)
    db = apne(db_sti)
    with pytest.raises(SkrivebeskyttetDatabase):
        repo.lagre_innstilling(db, "sprak", "nn")
    db.lukk()


def test_full_disk(db: Database) -> None:
    sql_for_tester(db, f"PRAGMA max_page_count = {sql_for_tester(db, 'PRAGMA page_count')[0][0]}")
    with pytest.raises(FullDisk, match="Disken er full"):
        repo.lagre_innstilling(db, "lang", "x" * 200_000)


def test_skadet_fil(tmp_path: Path) -> None:
    sti = tmp_path / "skadet.db"
    sti.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    with contextlib.closing(sqlite3.connect(sti)) as conn:
        e = _feil(lambda: conn.execute("SELECT * FROM sqlite_master").fetchall())
    assert isinstance(kjent_sqlite_feil(e, sti), OdelagtDatabase)


def test_ikke_en_database(tmp_path: Path) -> None:
    sti = tmp_path / "brev.db"
    sti.write_bytes(b"Kjaere deg, " * 500)
    with contextlib.closing(sqlite3.connect(sti)) as conn:
        e = _feil(lambda: conn.execute("SELECT * FROM sqlite_master").fetchall())
    assert e.sqlite_errorname == "SQLITE_NOTADB"
    assert isinstance(kjent_sqlite_feil(e, sti), OdelagtDatabase)


def test_inn_ut_feil_har_egen_melding() -> None:
    e = sqlite3.OperationalError("disk I/O error")
    e.sqlite_errorcode = 10 | (3 << 8)  # SQLITE_IOERR_WRITE
    feil = kjent_sqlite_feil(e, "x.db")
    assert isinstance(feil, DiskFeil) and "skrivefeil på disken" in str(feil)


def test_engelsk_tekst_alene_er_ikke_nok() -> None:
    e = sqlite3.OperationalError("database is locked")  # uten feilkode: ikke et kjent forhold
    assert kjent_sqlite_feil(e, "x.db") is None


def test_ukjent_sqlite_feil_er_en_programfeil(db: Database) -> None:
    with pytest.raises(sqlite3.OperationalError) as info:
        sql_for_tester(db, "SELECT * FROM finnes_ikke")
    assert not isinstance(info.value, DatabaseFeil)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="filrettigheter gjelder ikke root")
def test_skrivebeskyttet_mappe(tmp_path: Path) -> None:
    mappe = tmp_path / "laast"
    mappe.mkdir()
    mappe.chmod(0o555)
    try:
        with pytest.raises(DatabaseFeil, match="Har ikke lov"):
            apne(mappe / "ny.db", opprett=True)
    finally:
        mappe.chmod(0o755)
