"""Helheten kontrolleres der hele filen leses likevel, ikke ved hver åpning.

En fil med en skadet side midt i (ikke hodet) åpnes, men lesende kommandoer som møter
siden gir den norske «skadet»-meldingen (exit 2), og dagens sikkerhetskopi nekter å kopiere
filen over de gode kopiene.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from vurdering.cli import main
from vurdering.domene.bank import Bank
from vurdering.lagring import repository as repo
from vurdering.lagring import sikkerhetskopi as kopi
from vurdering.lagring.database import OdelagtDatabase, apne, sjekk_fil

T0 = datetime(2026, 11, 24, 8, 0, 0)


def lag_skadet(sti: Path, bank: Bank) -> tuple[bytes, int]:
    """En database med noen vurderinger der rotsiden til tabellen `vurdering` er ødelagt.

    Gir filens innhold før skaden og sidenummeret som ble ødelagt."""
    db = apne(sti, opprett=True)
    for i in range(30):
        repo.opprett_vurdering(db, bank, enhet=f"Enhet {i}", distrikt="Agder", moduler=["KK"])
    db.sjekkpunkt()
    db.lukk()
    with sqlite3.connect(sti) as conn:
        side = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'vurdering'").fetchone()[0]
        storrelse = conn.execute("PRAGMA page_size").fetchone()[0]
        antall = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.close()
    assert 1 < side < antall  # midt i filen, ikke hodet
    for_ = sti.read_bytes()
    with sti.open("r+b") as f:
        f.seek((side - 1) * storrelse)
        f.write(b"\xff" * storrelse)
    return for_, side


def test_apning_leser_ikke_hele_filen(tmp_path: Path, bank: Bank) -> None:
    sti = tmp_path / "forkant.db"
    lag_skadet(sti, bank)
    db = apne(sti)  # åpningen kontrollerer skjemaet, ikke hver side
    with pytest.raises(OdelagtDatabase, match="skadet"):
        repo.liste_vurderinger(db)
    db.lukk()


@pytest.mark.parametrize("kommando", [["liste", "--json"], ["oversikt", "--json"], ["liste"]])
def test_lesende_kommando_gir_skadet_melding(
    tmp_path: Path, bank: Bank, capsys: pytest.CaptureFixture[str], kommando: list[str]
) -> None:
    sti = tmp_path / "forkant.db"
    lag_skadet(sti, bank)
    kode = main([kommando[0], "--database", str(sti), *kommando[1:]])
    ut = capsys.readouterr()
    assert kode == 2
    assert "Feil: " in ut.err and "skadet" in ut.err
    assert "Traceback" not in ut.err


def test_dagens_kopi_nekter_skadet_fil(tmp_path: Path, bank: Bank) -> None:
    sti = tmp_path / "forkant.db"
    god = tmp_path / "god.db"
    db = apne(god, opprett=True)
    db.lukk()
    lag_skadet(sti, bank)
    mappe = kopi.kopimappe(sti)
    mappe.mkdir()
    gode = []
    for dag in range(kopi.MAKS_KOPIER):
        k = mappe / f"forkant-202611{dag + 10:02d}-080000.db"
        k.write_bytes(god.read_bytes())
        gode.append((k, k.read_bytes()))
    skadet_for = sti.read_bytes()
    db = apne(sti)
    with pytest.raises(OdelagtDatabase, match="skadet"):
        kopi.dagens(db, T0)
    db.lukk()
    assert sorted(mappe.iterdir()) == sorted(k for k, _ in gode)  # ingen ny kopi, ingen god kopi ryddet bort
    assert all(k.read_bytes() == innhold for k, innhold in gode)
    assert sti.read_bytes()[:100] == skadet_for[:100]


def test_gjenoppretting_kontrollerer_hele_kopien(tmp_path: Path, bank: Bank) -> None:
    skadet = tmp_path / "skadet.db"
    lag_skadet(skadet, bank)
    with pytest.raises(OdelagtDatabase, match="skadet"):
        sjekk_fil(skadet)
    sti = tmp_path / "forkant.db"
    apne(sti, opprett=True).lukk()
    for_ = sti.read_bytes()
    with pytest.raises(Exception, match="skadet"):
        kopi.gjenopprett(sti, skadet)
    assert sti.read_bytes() == for_


def test_god_fil_kopieres(tmp_path: Path, bank: Bank) -> None:
    sti = tmp_path / "forkant.db"
    db = apne(sti, opprett=True)
    repo.opprett_vurdering(db, bank, enhet="Sentrum", distrikt="Agder", moduler=["KK"])
    ny = kopi.dagens(db, T0)
    db.lukk()
    assert ny is not None and ny.exists()
    sjekk_fil(ny)
