"""Fremmede og endrede databasefiler avvises urørt: skjemaet må være det migreringene lager."""

from __future__ import annotations

import contextlib
import hashlib
import sqlite3
from pathlib import Path

import pytest

from vurdering.domene.bank import Bank
from vurdering.lagring import repository as repo
from vurdering.lagring import sikkerhetskopi, skjema
from vurdering.lagring.database import DatabaseFeil, EndretSkjema, FremmedDatabase, apne, sql_for_tester
from vurdering.tjenester.demo import lag_demo


def _sum(sti: Path) -> str:
    return hashlib.sha256(sti.read_bytes()).hexdigest()


def _endre(sti: Path, *sql: str) -> None:
    with contextlib.closing(sqlite3.connect(sti, isolation_level=None)) as conn:
        conn.execute("PRAGMA journal_mode = DELETE")  # alt ligger i selve filen
        for setning in sql:
            conn.execute(setning)


@pytest.fixture
def demo_sti(tmp_path: Path, bank: Bank) -> Path:
    sti = tmp_path / "mottatt.db"
    with apne(sti, opprett=True) as db:
        lag_demo(db, bank)
    return sti


ENDRINGER: dict[str, tuple[tuple[str, ...], str]] = {
    "utloser": (
        ("CREATE TRIGGER sluk BEFORE INSERT ON svar BEGIN SELECT RAISE(IGNORE); END",),
        "utløseren «sluk»",
    ),
    "skjult_tabell": (("CREATE TABLE gjemt (tekst TEXT)",), "tabellen «gjemt»"),
    "visning_for_enhet": (
        (
            "PRAGMA legacy_alter_table = ON",  # fremmednøklene skal fortsatt peke på «enhet»
            "ALTER TABLE enhet RENAME TO enhet_x",
            "CREATE VIEW enhet AS SELECT * FROM enhet_x",
        ),
        "enhet",
    ),
    "manglende_kolonne": (("ALTER TABLE svar DROP COLUMN dissens",), "tabellen «svar»"),
    "ekstra_kolonne": (("ALTER TABLE svar ADD COLUMN hemmelig TEXT",), "tabellen «svar»"),
    "manglende_indeks": (("DROP INDEX vurdering_enhet",), "indeksen «vurdering_enhet»"),
}


@pytest.mark.parametrize("navn", sorted(ENDRINGER))
def test_endret_skjema_avvises_urort(demo_sti: Path, navn: str) -> None:
    sql, nevnt = ENDRINGER[navn]
    _endre(demo_sti, *sql)
    for_ = _sum(demo_sti)
    with pytest.raises(EndretSkjema, match="endret utenfor Forkant") as info:
        apne(demo_sti)
    assert nevnt in str(info.value)
    assert _sum(demo_sti) == for_
    assert not Path(f"{demo_sti}-wal").exists()


def test_skjemaet_er_ikke_tiltrodd(demo_sti: Path) -> None:
    with apne(demo_sti) as db:
        assert sql_for_tester(db, "PRAGMA trusted_schema")[0][0] == 0


def test_endret_sikkerhetskopi_gjenopprettes_ikke(demo_sti: Path) -> None:
    with apne(demo_sti) as db:
        kopi = sikkerhetskopi.ta_kopi(db)
        antall = len(repo.liste_vurderinger(db))
    _endre(kopi, "CREATE TRIGGER sluk BEFORE INSERT ON svar BEGIN SELECT RAISE(IGNORE); END")
    for_ = _sum(demo_sti)
    with pytest.raises(DatabaseFeil, match="utløseren «sluk»"):
        sikkerhetskopi.gjenopprett(demo_sti, kopi)
    assert _sum(demo_sti) == for_
    with apne(demo_sti) as db:
        assert len(repo.liste_vurderinger(db)) == antall


def test_visning_fra_en_migrering_er_godtatt(demo_sti: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def visning(db: skjema.Utforer) -> None:
        db.execute("CREATE VIEW v_svar AS SELECT vurdering_id, indikator_id, niva FROM svar")

    monkeypatch.setattr(skjema, "MIGRERINGER", (*skjema.MIGRERINGER, skjema.Migrering("999_visning", visning)))
    apne(demo_sti).lukk()  # migrerer: visningen lages
    with apne(demo_sti) as db:  # og godtas ved neste åpning
        assert sql_for_tester(db, "SELECT count(*) FROM v_svar")[0][0] > 0


# --- 9: en annen programs SQLite-fil ----------------------------------------------------------


def test_fremmed_sqlite_fil_avvises_urort(tmp_path: Path) -> None:
    sti = tmp_path / "places.sqlite"
    with contextlib.closing(sqlite3.connect(sti)) as conn, conn:
        conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
        conn.execute("INSERT INTO moz_places (url) VALUES ('https://example.org')")
    for_ = _sum(sti)
    with pytest.raises(FremmedDatabase, match="fra et annet program"):
        apne(sti)
    assert _sum(sti) == for_
    assert sorted(p.name for p in tmp_path.iterdir()) == ["places.sqlite"]  # ingen WAL, ingen kopi


def test_tom_sqlite_fil_blir_en_ny_database(tmp_path: Path) -> None:
    sti = tmp_path / "tom.db"
    sqlite3.connect(sti).close()
    with contextlib.closing(sqlite3.connect(sti)) as conn:
        conn.execute("PRAGMA user_version = 0")
    with apne(sti) as db:
        assert sql_for_tester(db, "SELECT count(*) FROM vurdering")[0][0] == 0


def test_kopi_med_spesialtegn_i_navnet_kan_gjenopprettes(demo_sti: Path, tmp_path: Path) -> None:
    with apne(demo_sti) as db:
        kopi = sikkerhetskopi.ta_kopi(db)
    rar = tmp_path / "kopi ?#%.db"
    rar.write_bytes(kopi.read_bytes())
    sikkerhetskopi.gjenopprett(demo_sti, rar)
    with apne(demo_sti) as db:
        assert len(repo.liste_vurderinger(db)) == 1
