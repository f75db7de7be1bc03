"""Felles for testene av kommandolinjen: kjør `main` i prosessen og en database med demoen."""

from __future__ import annotations

from pathlib import Path

import pytest
from clihjelp import Kjorer

from vurdering.cli import main


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Kjorer:
    """`cli("vis", "--database", …)` gir (avslutningskode, stdout, stderr)."""

    def kjor(*argv: str) -> tuple[int, str, str]:
        kode = main(list(argv))
        ut = capsys.readouterr()
        return kode, ut.out, ut.err

    return kjor


@pytest.fixture
def demodb(tmp_path: Path, cli: Kjorer) -> tuple[str, str]:
    """(databasefil, id) for en database med demovurderingen."""
    db = str(tmp_path / "demo.db")
    kode, ut, err = cli("demo", "--database", db)
    assert kode == 0, err
    return db, ut.strip()


@pytest.fixture
def tomdb(tmp_path: Path, cli: Kjorer) -> tuple[str, str]:
    """(databasefil, id) for en tom vurdering av Sentrum med ETR i tillegg til temaene."""
    db = str(tmp_path / "tom.db")
    kode, ut, err = cli("ny", "--database", db, "--enhet", "Sentrum", "--distrikt", "Vest", "--moduler", "ETR")
    assert kode == 0, err
    return db, ut.strip()
