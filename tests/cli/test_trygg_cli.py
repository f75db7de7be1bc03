"""Kommandolinjen lager ingen database uten å bli bedt om det, tar dagens sikkerhetskopi og skriver aldri over databasen."""

from __future__ import annotations

from pathlib import Path

import pytest

from vurdering.cli import main


@pytest.mark.parametrize(
    "kommando",
    [
        ["liste"],
        ["vis", "--vurdering", "1"],
        ["problem", "liste", "--vurdering", "1"],
        ["tiltak", "liste", "--vurdering", "1"],
    ],
)
def test_lesende_kommandoer_lager_ingen_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], kommando: list[str]
) -> None:
    sti = tmp_path / "mappe" / "som" / "mangler" / "f.db"
    assert main([*kommando, "--database", str(sti)]) == 2
    assert "Finner ikke databasen" in capsys.readouterr().err
    assert not sti.exists() and not (tmp_path / "mappe").exists()


def test_tom_database_er_en_feil(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["liste", "--database", ""]) == 2
    assert "--database er tom" in capsys.readouterr().err


def test_forste_skriving_i_dognet_tar_sikkerhetskopi(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "f.db"
    assert main(["ny", "--database", str(db), "--enhet", "A", "--distrikt", "Agder"]) == 0
    vid = capsys.readouterr().out.strip()
    kopier = sorted((tmp_path / "sikkerhetskopier").glob("*.db"))
    assert len(kopier) == 1  # dagens kopi, tatt før første endring
    for niva in ("1", "2", "3"):
        assert main(["svar", "--database", str(db), "--vurdering", vid, "--indikator", "KK-01", "--niva", niva]) == 0
    assert sorted((tmp_path / "sikkerhetskopier").glob("*.db")) == kopier  # høyst én per døgn


@pytest.mark.parametrize("kommando", ["rapport", "csv", "eksport"])
@pytest.mark.parametrize("maal", ["selve", "wal", "devnull"])
def test_ut_skriver_aldri_over_databasen(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], kommando: str, maal: str
) -> None:
    db = tmp_path / "f.db"
    assert main(["demo", "--database", str(db)]) == 0
    vid = capsys.readouterr().out.strip()
    ut = {"selve": str(db), "wal": f"{db}-wal", "devnull": "/dev/null"}[maal]
    for_ = db.read_bytes()
    assert main([kommando, "--database", str(db), "--vurdering", vid, "--ut", ut]) == 2
    assert capsys.readouterr().err.startswith("Feil: ")
    assert db.read_bytes()[:16] == for_[:16] == b"SQLite format 3\x00"
    assert main(["liste", "--database", str(db)]) == 0  # alt er der fortsatt
    assert Path("/dev/null").is_char_device()
