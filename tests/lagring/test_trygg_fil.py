"""Trygg fil: utfilen er aldri databasen, rester etter et drept program ryddes, 0600, lås på den virkelige stien."""

from __future__ import annotations

import os
import stat
import time
from datetime import datetime
from pathlib import Path

import pytest

from vurdering.lagring import database, sikkerhetskopi
from vurdering.lagring import repository as repo
from vurdering.lagring.database import (
    Database,
    DatabaseFeil,
    FinnerIkkeDatabase,
    SkrivebeskyttetDatabase,
    apne,
)
from vurdering.lagring.laas import DatabaseIBruk, Programlaas
from vurdering.lagring.utfil import UgyldigUtfil, sjekk_utfil

posix = pytest.mark.skipif(os.name != "posix", reason="POSIX")


# --- 1: --ut kan ikke være databasen ----------------------------------------------------------


@pytest.mark.parametrize("ending", ["", "-wal", "-shm", "-journal", ".laas"])
def test_utfil_kan_ikke_vaere_databasen_eller_hjelpefilene(db: Database, ending: str) -> None:
    with pytest.raises(UgyldigUtfil, match="databasefilen"):
        sjekk_utfil(db.sti, Path(f"{db.sti}{ending}"))


@posix
def test_utfil_gjennom_lenke_og_relativ_sti(db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    lenke = tmp_path / "lenke.pdf"
    lenke.symlink_to(db.sti)
    with pytest.raises(UgyldigUtfil):
        sjekk_utfil(db.sti, lenke)
    monkeypatch.chdir(tmp_path)
    with pytest.raises(UgyldigUtfil):
        sjekk_utfil(db.sti, Path("undermappe/../forkant.db"))
    hard = tmp_path / "hard.pdf"
    os.link(db.sti, hard)
    with pytest.raises(UgyldigUtfil):
        sjekk_utfil(db.sti, hard)


def test_utfil_kan_ikke_vaere_en_sikkerhetskopi_eller_delvis(db: Database, tmp_path: Path) -> None:
    kopi = sikkerhetskopi.ta_kopi(db)
    with pytest.raises(UgyldigUtfil, match="sikkerhetskopi"):
        sjekk_utfil(db.sti, kopi)
    with pytest.raises(UgyldigUtfil, match="sikkerhetskopi"):
        sjekk_utfil(db.sti, tmp_path / "annet" / "x.db.delvis")


@posix
def test_utfil_som_ikke_er_en_vanlig_fil(db: Database, tmp_path: Path) -> None:
    with pytest.raises(UgyldigUtfil, match="ikke en vanlig fil"):
        sjekk_utfil(db.sti, Path("/dev/null"))
    fifo = tmp_path / "kanal"
    os.mkfifo(fifo)
    with pytest.raises(UgyldigUtfil, match="ikke en vanlig fil"):
        sjekk_utfil(db.sti, fifo)
    with pytest.raises(UgyldigUtfil, match="mappe"):
        sjekk_utfil(db.sti, tmp_path)


def test_utfil_som_er_en_annen_database(db: Database, tmp_path: Path) -> None:
    annen = tmp_path / "annen.db"
    apne(annen, opprett=True).lukk()
    with pytest.raises(UgyldigUtfil, match="er en database"):
        sjekk_utfil(db.sti, annen)


def test_vanlige_utfiler_er_i_orden(db: Database, tmp_path: Path) -> None:
    (tmp_path / "gammel.pdf").write_bytes(b"%PDF-1.4")
    sjekk_utfil(db.sti, tmp_path / "gammel.pdf")
    sjekk_utfil(db.sti, tmp_path / "ny.csv")
    sjekk_utfil(db.sti, tmp_path / "forkant.db.pdf")


# --- 2: dagens sikkerhetskopi for kommandolinjen -------------------------------------------


def test_dagens_kopi_tas_en_gang_per_dogn_og_ti_beholdes(db: Database) -> None:
    forste = sikkerhetskopi.dagens(db, datetime(2026, 11, 1, 8, 0, 0))
    assert forste is not None and forste.exists()
    assert sikkerhetskopi.dagens(db, datetime(2026, 11, 1, 17, 0, 0)) is None
    for dag in range(2, 15):
        assert sikkerhetskopi.dagens(db, datetime(2026, 11, dag, 8, 0, 0)) is not None
    kopier = sikkerhetskopi.liste_kopier(db.sti)
    assert len(kopier) == sikkerhetskopi.MAKS_KOPIER
    assert kopier[0].tidspunkt == datetime(2026, 11, 14, 8, 0, 0)


# --- 4: en database som ikke finnes, lages bare på forespørsel ---------------------------------


def test_database_som_ikke_finnes(tmp_path: Path) -> None:
    sti = tmp_path / "ny" / "mappe" / "forkant.db"
    with pytest.raises(FinnerIkkeDatabase, match=f"Finner ikke databasen {sti}"):
        apne(sti)
    assert not (tmp_path / "ny").exists()
    apne(sti, opprett=True).lukk()
    assert sti.is_file()


@pytest.mark.parametrize("tom", ["", "  "])
def test_tomt_filnavn_er_en_feil(tom: str) -> None:
    with pytest.raises(DatabaseFeil, match="Ingen databasefil"):
        apne(tom, opprett=True)


@posix
def test_enhet_eller_fifo_er_ikke_en_database(tmp_path: Path) -> None:
    fifo = tmp_path / "kanal.db"
    os.mkfifo(fifo)
    with pytest.raises(DatabaseFeil, match="ikke en vanlig fil"):
        apne(fifo, opprett=True)


# --- 5: rester etter et drept program ----------------------------------------------------------


def _gammel(sti: Path, innhold: bytes = b"x") -> Path:
    sti.parent.mkdir(parents=True, exist_ok=True)
    sti.write_bytes(innhold)
    for_lenge_siden = time.time() - 3600
    os.utime(sti, (for_lenge_siden, for_lenge_siden))
    return sti


def test_rester_ryddes_ved_aapning(db_sti: Path) -> None:
    apne(db_sti, opprett=True).lukk()
    mappe = db_sti.parent
    kopier = mappe / "sikkerhetskopier"
    rester = [
        _gammel(mappe / ".rapport.pdf.k3j_9x2a.tmp"),
        _gammel(kopier / "forkant-20261101-080000.db.delvis", b"\0" * 1000),
        _gammel(kopier / "forkant-20261101-080000.db.delvis-journal"),
        _gammel(mappe / "forkant.for-migrering-20261101-080000.db.delvis"),
    ]
    urort = [
        _gammel(mappe / ".notat.tmp"),  # ikke mønsteret
        _gammel(mappe / "rapport.pdf.k3j_9x2a.tmp"),  # ikke skjult: ikke vår
        _gammel(kopier / "forkant.delvis"),
        mappe / ".ny.pdf.abcd1234.tmp",  # nyere enn prosessen: kan være et annet programs
    ]
    urort[-1].write_bytes(b"y")
    framtid = time.time() + 60
    os.utime(urort[-1], (framtid, framtid))
    apne(db_sti).lukk()
    assert [r for r in rester if r.exists()] == []
    assert all(u.exists() for u in urort)


def test_atomisk_skriving_rydder_sin_egen_rest(tmp_path: Path) -> None:
    from vurdering.plattform.filer import skriv_atomisk

    rest = _gammel(tmp_path / ".rapport.pdf.a1b2c3d4.tmp")
    annen = _gammel(tmp_path / ".annen.pdf.a1b2c3d4.tmp")
    skriv_atomisk(tmp_path / "rapport.pdf", b"%PDF")
    assert not rest.exists() and annen.exists()
    assert (tmp_path / "rapport.pdf").read_bytes() == b"%PDF"


# --- 6: filrettigheter -----------------------------------------------------------------------


def _modus(sti: Path) -> int:
    return stat.S_IMODE(sti.stat().st_mode)


@posix
def test_database_og_hjelpefiler_blir_0600(db_sti: Path) -> None:
    apne(db_sti, opprett=True).lukk()
    db_sti.chmod(0o644)
    db = apne(db_sti)
    repo.lagre_innstilling(db, "sprak", "nn")
    with Programlaas(db_sti):
        assert _modus(Path(f"{db_sti}.laas")) == 0o600
    for fil in (db_sti, Path(f"{db_sti}-wal"), Path(f"{db_sti}-shm")):
        assert _modus(fil) == 0o600, fil
    db.lukk()


@posix
def test_gammel_laasfil_blir_0600(db_sti: Path) -> None:
    laas = Path(f"{db_sti}.laas")
    laas.write_bytes(b"")
    laas.chmod(0o644)
    with Programlaas(db_sti):
        assert _modus(laas) == 0o600


def _skrivebeskyttet_shm(db_sti: Path) -> Path:
    """En database med -wal og en 0444 -shm igjen, som etter en økt som bare kunne lese."""
    db = apne(db_sti, opprett=True)
    repo.lagre_innstilling(db, "sprak", "nb")
    shm = Path(f"{db_sti}-shm")
    kopi = shm.read_bytes(), Path(f"{db_sti}-wal").read_bytes()
    db.lukk()
    shm.write_bytes(kopi[0])
    Path(f"{db_sti}-wal").write_bytes(kopi[1])
    shm.chmod(0o444)
    return shm


@posix
def test_skrivebeskyttet_shm_rettes(db_sti: Path) -> None:
    shm = _skrivebeskyttet_shm(db_sti)
    db = apne(db_sti)
    assert _modus(shm) == 0o600
    repo.lagre_innstilling(db, "sprak", "nn")
    assert repo.hent_innstilling(db, "sprak") == "nn"
    db.lukk()


@posix
def test_skrivebeskyttet_shm_som_ikke_kan_rettes_nevnes(db_sti: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shm = _skrivebeskyttet_shm(db_sti)

    def nektet(*_: object) -> None:
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(database.os, "chmod", nektet)
    with pytest.raises(SkrivebeskyttetDatabase, match=f"Hjelpefilen {shm}") as info:
        apne(db_sti)
    assert "Databasen er i orden" in str(info.value)


# --- 7: låsen på den virkelige stien ---------------------------------------------------------


@posix
def test_lenke_og_fil_tar_samme_laas(tmp_path: Path) -> None:
    ekte = tmp_path / "ekte" / "s.db"
    apne(ekte, opprett=True).lukk()
    lenke = tmp_path / "lenke.db"
    lenke.symlink_to(ekte)
    with Programlaas(lenke), pytest.raises(DatabaseIBruk):
        Programlaas(ekte).ta()
    with Programlaas(ekte), pytest.raises(DatabaseIBruk):
        Programlaas(lenke).ta()
