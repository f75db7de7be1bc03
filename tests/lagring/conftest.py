from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from vurdering.domene.bank import Bank, last_bank
from vurdering.lagring.database import Database, apne


@pytest.fixture(scope="session")
def bank() -> Bank:
    return last_bank()


@pytest.fixture
def db_sti(tmp_path: Path) -> Path:
    return tmp_path / "forkant.db"


@pytest.fixture
def db(db_sti: Path) -> Iterator[Database]:
    d = apne(db_sti)
    yield d
    d.lukk()
