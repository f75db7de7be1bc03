"""Databasefilen: ny fil, migrering med kopi først, nyere versjon og ødelagte filer avvises urørt."""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from vurdering.lagring import skjema
from vurdering.lagring.database import (
    DatabaseFeil,
    ForNyDatabase,
    OdelagtDatabase,
    apne,
    sql_for_tester,
)


def _sjekksum(sti: Path) -> str:
    return hashlib.sha256(sti.read_bytes()).hexdigest()


def test_ny_database_har_skjema_wal_og_fremmednokler(db_sti: Path) -> None:
    db = apne(db_sti, opprett=True)
    tabeller = {r[0] for r in sql_for_tester(db, "SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {
        "enhet",
        "bank",
        "vurdering",
        "vurdering_modul",
        "svar",
        "stemme",
        "tiltak",
        "deltaker",
        "oppfolging",
    } <= tabeller
    assert sql_for_tester(db, "PRAGMA journal_mode")[0][0] == "wal"
    assert sql_for_tester(db, "PRAGMA foreign_keys")[0][0] == 1
    assert db.kopi_for_migrering is None
    db.lukk()


@pytest.mark.skipif(os.name != "posix", reason="filrettigheter på POSIX")
def test_ny_database_kan_bare_leses_av_eieren(db_sti: Path) -> None:
    apne(db_sti, opprett=True).lukk()
    assert stat.S_IMODE(db_sti.stat().st_mode) == 0o600


def test_gjenapning_migrerer_ikke_paa_nytt(db_sti: Path) -> None:
    apne(db_sti, opprett=True).lukk()
    db = apne(db_sti, opprett=True)
    assert db.kopi_for_migrering is None
    assert len(sql_for_tester(db, "SELECT * FROM _sqlite_migrations")) == len(skjema.kjente_migreringer())
    db.lukk()


def test_nyere_versjon_avvises_og_filen_er_urort(db_sti: Path) -> None:
    db = apne(db_sti, opprett=True)
    db.lukk()
    with contextlib.closing(sqlite3.connect(db_sti)) as conn, conn:
        conn.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('forkant', '999_fra_fremtiden', 'x')"
        )
    for ekstra in ("-wal", "-shm"):
        Path(f"{db_sti}{ekstra}").unlink(missing_ok=True)
    for_ = _sjekksum(db_sti)
    with pytest.raises(ForNyDatabase, match="nyere versjon av Forkant"):
        apne(db_sti, opprett=True)
    assert _sjekksum(db_sti) == for_


def test_eldre_database_kopieres_for_migrering(db_sti: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    apne(db_sti, opprett=True).lukk()
    opprinnelige = set(skjema.kjente_migreringer())
    # En ny migrering i «neste versjon»: databasen over er da eldre.
    kjort: list[str] = []

    def _ny(db: skjema.Utforer) -> None:
        kjort.append("003")
        db.execute("CREATE TABLE test_ny (x INTEGER)")

    monkeypatch.setattr(skjema, "MIGRERINGER", (*skjema.MIGRERINGER, skjema.Migrering("003_test", _ny)))
    db = apne(db_sti)
    assert kjort == ["003"]
    assert db.kopi_for_migrering is not None and db.kopi_for_migrering.exists()
    kopi = sqlite3.connect(db.kopi_for_migrering)
    assert {r[0] for r in kopi.execute("SELECT name FROM _sqlite_migrations")} == opprinnelige
    kopi.close()
    db.lukk()
    apne(db_sti).lukk()  # det migrerte skjemaet er det migreringene lager


def test_fil_som_ikke_er_sqlite_avvises_urort(tmp_path: Path) -> None:
    sti = tmp_path / "notater.db"
    sti.write_text("Dette er et brev, ikke en database.", encoding="utf-8")
    for_ = _sjekksum(sti)
    with pytest.raises(OdelagtDatabase, match="ikke en Forkant-database"):
        apne(sti, opprett=True)
    assert _sjekksum(sti) == for_


def test_avkortet_database_avvises_urort(db_sti: Path, bank: object) -> None:
    from vurdering.tjenester.demo import lag_demo

    db = apne(db_sti, opprett=True)
    lag_demo(db, bank)  # type: ignore[arg-type]
    db.sjekkpunkt()
    db.lukk()
    data = db_sti.read_bytes()
    db_sti.write_bytes(data[: len(data) // 2])
    for_ = _sjekksum(db_sti)
    with pytest.raises(DatabaseFeil):
        apne(db_sti, opprett=True)
    assert _sjekksum(db_sti) == for_


def test_mappe_i_stedet_for_fil(tmp_path: Path) -> None:
    with pytest.raises(DatabaseFeil, match="er en mappe"):
        apne(tmp_path, opprett=True)
