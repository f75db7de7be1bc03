"""Ødelagte og fremmede databasefiler, full disk, skrivebeskyttet fil og to programmer samtidig."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from vurdering.domene.bank import Bank
from vurdering.domene.modell import Svar
from vurdering.lagring import repository as repo
from vurdering.lagring.database import Database, DatabaseFeil, OdelagtDatabase, apne, sql_for_tester
from vurdering.lagring.laas import DatabaseIBruk, Programlaas
from vurdering.tjenester.demo import lag_demo


def _sum(sti: Path) -> str:
    return hashlib.sha256(sti.read_bytes()).hexdigest()


@pytest.fixture
def demo_sti(tmp_path: Path, bank: Bank) -> Path:
    sti = tmp_path / "forkant.db"
    db = apne(sti, opprett=True)
    lag_demo(db, bank)
    db.sjekkpunkt()
    db.lukk()
    return sti


@pytest.mark.parametrize(
    "innhold",
    [b"", b"\x00" * 4096, b"%PDF-1.7 en rapport", "Æøå tekstfil\n".encode(), b"SQLite format 3\x00" + b"\xff" * 200],
)
def test_fremmede_filer(tmp_path: Path, innhold: bytes) -> None:
    sti = tmp_path / "fremmed.db"
    sti.write_bytes(innhold)
    if not innhold:
        apne(sti, opprett=True).lukk()  # en tom fil er en ny database
        return
    with pytest.raises(DatabaseFeil):
        apne(sti, opprett=True)
    assert sti.read_bytes() == innhold


def test_side_med_skadede_byte_oppdages(demo_sti: Path) -> None:
    data = bytearray(demo_sti.read_bytes())
    sidestr = int.from_bytes(data[16:18], "big")
    for side in range(1, 6):  # sidehodene til side 2–6: b-treet henger ikke lenger sammen
        for i in range(side * sidestr, side * sidestr + 12):
            data[i] ^= 0x5A
    demo_sti.write_bytes(bytes(data))
    for_ = _sum(demo_sti)
    with pytest.raises(OdelagtDatabase):
        apne(demo_sti, opprett=True)
    assert _sum(demo_sti) == for_


def test_full_disk_gir_melding_og_ingen_lagring(demo_sti: Path) -> None:
    db = apne(demo_sti, opprett=True)
    sider = sql_for_tester(db, "PRAGMA page_count")[0][0]
    sql_for_tester(db, f"PRAGMA max_page_count = {sider}")  # disken er «full»
    vid = repo.liste_vurderinger(db)[0].id
    for_ = repo.hent_svar(db, vid)["KK-01"]
    with pytest.raises(DatabaseFeil, match="Disken er full"):
        repo.lagre_svar(db, vid, Svar.med_niva("KK-01", 4, kommentar="y" * 90_000))
    assert repo.hent_svar(db, vid)["KK-01"] == for_
    assert not db.i_transaksjon
    db.lukk()


def test_skrivebeskyttet_fil_gir_melding(demo_sti: Path) -> None:
    conn = sqlite3.connect(f"file:{demo_sti}?mode=ro", uri=True)
    db = Database(demo_sti, conn)
    conn.row_factory = sqlite3.Row
    vid = repo.liste_vurderinger(db)[0].id
    with pytest.raises(DatabaseFeil, match="skrivebeskyttet"):
        repo.lagre_svar(db, vid, Svar.med_niva("KK-01", 4))
    conn.close()


def test_to_prosesser_samtidig_mister_ingen_lagring(demo_sti: Path, bank: Bank) -> None:
    skript = r"""
import sys
from vurdering.domene.modell import Svar
from vurdering.lagring import repository as repo
from vurdering.lagring.database import apne
db = apne(sys.argv[1], opprett=True)
for i in range(150):
    repo.lagre_svar(db, int(sys.argv[2]), Svar.med_niva(sys.argv[3], i % 5, kommentar=f"{sys.argv[3]} {i}"))
print("ferdig")
"""
    db = apne(demo_sti, opprett=True)
    vid = repo.liste_vurderinger(db)[0].id
    db.lukk()
    prosesser = [
        subprocess.Popen(
            [sys.executable, "-c", skript, str(demo_sti), str(vid), iid], stdout=subprocess.PIPE, text=True
        )
        for iid in ("KK-01", "SL-01")
    ]
    for p in prosesser:
        ut, _ = p.communicate(timeout=120)
        assert p.returncode == 0 and "ferdig" in ut
    db = apne(demo_sti, opprett=True)
    svar = repo.hent_svar(db, vid)
    assert svar["KK-01"].kommentar == "KK-01 149" and svar["SL-01"].kommentar == "SL-01 149"
    db.lukk()


def test_andre_vindu_paa_samme_fil_faar_beskjed(tmp_path: Path) -> None:
    sti = tmp_path / "forkant.db"
    with Programlaas(sti):
        skript = (
            "import sys\nfrom vurdering.lagring.laas import Programlaas, DatabaseIBruk\n"
            "try:\n    Programlaas(__import__('pathlib').Path(sys.argv[1])).ta()\nexcept DatabaseIBruk as e:\n    print(e)\n"
        )
        ut = subprocess.run([sys.executable, "-c", skript, str(sti)], capture_output=True, text=True).stdout
        assert "allerede åpen i et annet Forkant-vindu" in ut
    # Sluppet: nå går det.
    laas = Programlaas(sti)
    laas.ta()
    with pytest.raises(DatabaseIBruk):
        Programlaas(sti).ta()
    laas.slipp()
