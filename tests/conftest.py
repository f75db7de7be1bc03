"""Felles for alle tester: Qt uten skjerm, banken og en database med demovurderingen."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # før noe importerer Qt

from collections.abc import Iterator
from pathlib import Path

import pytest

from vurdering.domene.bank import Bank, last_bank
from vurdering.lagring.database import Database, apne


@pytest.fixture(scope="session")
def standardbank() -> Bank:
    """Den medfølgende banken, lastet én gang."""
    return last_bank()


@pytest.fixture
def tom_db(tmp_path: Path) -> Iterator[Database]:
    """En ny, tom database i en midlertidig mappe."""
    db = apne(tmp_path / "forkant.db")
    yield db
    db.lukk()


@pytest.fixture
def demo_db(tom_db: Database, standardbank: Bank) -> tuple[Database, int]:
    """Databasen med demovurderingen (alle moduler besvart); gir (db, vurderings-id)."""
    from vurdering.demo import lag_demo

    return tom_db, lag_demo(tom_db, standardbank)
