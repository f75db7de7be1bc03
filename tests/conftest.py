"""Felles for alle tester: Qt uten skjerm, banken og en database med demovurderingen."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # før noe importerer Qt

from collections.abc import Iterator
from pathlib import Path

import pytest

from vurdering.domene.bank import Bank, last_bank
from vurdering.lagring.database import Database, apne


@pytest.fixture(autouse=True)
def vindusinnstillinger(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Vinduets husket plass (QSettings) i en ny midlertidig mappe for hver test, aldri brukerens."""
    from PySide6.QtCore import QSettings

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path_factory.mktemp("qsettings")))


@pytest.fixture(scope="session")
def bank() -> Bank:
    """Den medfølgende banken, lastet én gang."""
    return last_bank()


@pytest.fixture
def db_sti(tmp_path: Path) -> Path:
    return tmp_path / "forkant.db"


@pytest.fixture
def db(db_sti: Path) -> Iterator[Database]:
    """En ny, tom database i en midlertidig mappe."""
    d = apne(db_sti, opprett=True)
    yield d
    d.lukk()


@pytest.fixture
def demo_id(db: Database, bank: Bank) -> int:
    """Demovurderingen (alle moduler besvart) i `db`."""
    from vurdering.tjenester.demo import lag_demo

    return lag_demo(db, bank)


@pytest.fixture
def demo_db(db: Database, demo_id: int) -> tuple[Database, int]:
    return db, demo_id
