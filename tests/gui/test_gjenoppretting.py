"""Vinduets vei gjennom en ødelagt database: forklaring, gjenoppretting eller ny fil – aldri tap."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from vurdering.domene.bank import Bank
from vurdering.gui.start import gjenoppretting as gj
from vurdering.lagring import repository as repo
from vurdering.lagring import sikkerhetskopi
from vurdering.lagring.database import apne
from vurdering.tjenester.demo import lag_demo


@pytest.fixture
def odelagt_med_kopi(tmp_path: Path, bank: Bank) -> tuple[Path, Path, int]:
    sti = tmp_path / "forkant.db"
    db = apne(sti, opprett=True)
    vid = lag_demo(db, bank)
    kopi = sikkerhetskopi.ta_kopi(db, datetime(2026, 11, 23, 9, 0, 0))
    db.lukk()
    sti.write_bytes(b"\x00\xff" * 5000)  # filen er ødelagt etter kopien
    return sti, kopi, vid


def test_odelagt_fil_gjenopprettes_fra_kopi(
    qtbot: object,
    monkeypatch: pytest.MonkeyPatch,
    meldt: Any,
    odelagt_med_kopi: tuple[Path, Path, int],
) -> None:
    sti, kopi, vid = odelagt_med_kopi
    spurt: list[str] = []
    monkeypatch.setattr(
        gj.OdelagtDatabaseDialog, "spor", classmethod(lambda cls, p, s, m, k: spurt.append(m) or gj.Valg.GJENOPPRETT)
    )
    monkeypatch.setattr(gj.Gjenopprettingsdialog, "velg", classmethod(lambda cls, p, s: kopi))
    aapen = gj.apne_database(None, sti)
    assert aapen is not None
    assert "ikke en Forkant-database" in spurt[0]
    assert repo.hent_vurdering(aapen.db, vid).enhet.navn == "Demo politistasjon"
    aapen.lukk()
    til_side = [f for f in sti.parent.iterdir() if ".odelagt-" in f.name]
    assert len(til_side) == 1 and til_side[0].read_bytes() == b"\x00\xff" * 5000
    assert any("flyttet til" in tekst for _, _, tekst in meldt.vist)


def test_odelagt_fil_gir_ny_fil_og_beholder_den_gamle(
    qtbot: object,
    monkeypatch: pytest.MonkeyPatch,
    meldt: Any,
    odelagt_med_kopi: tuple[Path, Path, int],
) -> None:
    sti, _, _ = odelagt_med_kopi
    monkeypatch.setattr(gj.OdelagtDatabaseDialog, "spor", classmethod(lambda cls, p, s, m, k: gj.Valg.NY_FIL))
    aapen = gj.apne_database(None, sti)
    assert aapen is not None and repo.liste_vurderinger(aapen.db) == []
    aapen.lukk()
    assert [f.read_bytes() for f in sti.parent.iterdir() if ".odelagt-" in f.name] == [b"\x00\xff" * 5000]


def test_avslutt_rorer_ingenting(
    qtbot: object,
    monkeypatch: pytest.MonkeyPatch,
    meldt: Any,
    odelagt_med_kopi: tuple[Path, Path, int],
) -> None:
    sti, _, _ = odelagt_med_kopi
    monkeypatch.setattr(gj.OdelagtDatabaseDialog, "spor", classmethod(lambda cls, p, s, m, k: gj.Valg.AVSLUTT))
    assert gj.apne_database(None, sti) is None
    assert sti.read_bytes() == b"\x00\xff" * 5000


def test_andre_vindu_faar_beskjed(qtbot: object, meldt: Any, tmp_path: Path) -> None:
    sti = tmp_path / "forkant.db"
    forste = gj.apne_database(None, sti)
    assert forste is not None
    assert gj.apne_database(None, sti) is None
    assert meldt.vist[-1][1] == "Databasen er i bruk"
    forste.lukk()
    andre = gj.apne_database(None, sti)
    assert andre is not None
    andre.lukk()


def test_apning_tar_dagens_kopi(qtbot: object, meldt: Any, tmp_path: Path) -> None:
    sti = tmp_path / "forkant.db"
    gj.apne_database(None, sti).lukk()  # type: ignore[union-attr]
    gj.apne_database(None, sti).lukk()  # type: ignore[union-attr]
    assert len(sikkerhetskopi.liste_kopier(sti)) == 1


def test_dialogene_viser_kopiene_og_valgene(qtbot: object, tmp_path: Path, bank: Bank) -> None:
    sti = tmp_path / "forkant.db"
    db = apne(sti, opprett=True)
    for dag in (20, 21, 22):
        sikkerhetskopi.ta_kopi(db, datetime(2026, 11, dag, 12, 0, 0))
    db.lukk()
    dialog = gj.Gjenopprettingsdialog(None, sti)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    assert dialog.tabell.rowCount() == 3
    assert dialog.tabell.item(0, 0).text() == "22.11.2026 kl. 12:00:00"
    assert dialog.tabell.item(0, 1).text().endswith("kB")
    assert dialog.valgt() == sikkerhetskopi.liste_kopier(sti)[0].sti
    odelagt = gj.OdelagtDatabaseDialog(None, sti, "Filen er skadet.", har_kopier=False)
    qtbot.addWidget(odelagt)  # type: ignore[attr-defined]
    assert not odelagt.gjenopprett.isEnabled()
    odelagt.ny_fil.click()
    assert odelagt.valg is gj.Valg.NY_FIL


def test_gjenopprett_fra_menyen(
    qtbot: object, monkeypatch: pytest.MonkeyPatch, meldt: Any, tmp_path: Path, bank: Bank
) -> None:
    sti = tmp_path / "forkant.db"
    aapen = gj.apne_database(None, sti)
    assert aapen is not None
    kopi = sikkerhetskopi.liste_kopier(sti)[0].sti  # dagens kopi av den tomme filen
    lag_demo(aapen.db, bank)
    monkeypatch.setattr(gj.Gjenopprettingsdialog, "velg", classmethod(lambda cls, p, s: kopi))
    ny = gj.gjenopprett_fra_meny(None, aapen)
    assert ny is not None and repo.liste_vurderinger(ny) == []
    assert any(".erstattet-" in f.name for f in sti.parent.iterdir())
    aapen.lukk()


def test_endret_sikkerhetskopi_gjenopprettes_ikke_fra_menyen(
    qtbot: object, monkeypatch: pytest.MonkeyPatch, meldt: Any, tmp_path: Path, bank: Bank
) -> None:
    import contextlib
    import sqlite3

    sti = tmp_path / "forkant.db"
    aapen = gj.apne_database(None, sti)
    assert aapen is not None
    lag_demo(aapen.db, bank)
    kopi = sikkerhetskopi.ta_kopi(aapen.db, datetime(2026, 11, 23, 9, 0, 0))
    with contextlib.closing(sqlite3.connect(kopi, isolation_level=None)) as conn:
        conn.execute("CREATE TRIGGER sluk BEFORE INSERT ON svar BEGIN SELECT RAISE(IGNORE); END")
    monkeypatch.setattr(gj.Gjenopprettingsdialog, "velg", classmethod(lambda cls, p, s: kopi))
    assert gj.gjenopprett_fra_meny(None, aapen) is None
    assert meldt.vist and "utløseren «sluk»" in meldt.vist[-1][2]
    assert len(repo.liste_vurderinger(aapen.db)) == 1  # databasen er den samme, med vurderingen
    assert not any(".erstattet-" in f.name for f in sti.parent.iterdir())
    aapen.lukk()
