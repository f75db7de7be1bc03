"""Felles for alle tester: Qt uten skjerm, banken, en database med demovurderingen, radtelling,
.forkant-filer å importere og meldingsbokser som fanges i stedet for å vises."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # før noe importerer Qt

import sqlite3
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from vurdering.domene.bank import Bank, last_bank
from vurdering.domene.modell import Deltaker, Svar, VurderingType
from vurdering.lagring import repository as repo
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


# --- rader og filer -------------------------------------------------------------------------


def tell_rader(sti: Path) -> dict[str, int]:
    """Rader per tabell, lest med en egen forbindelse (det som faktisk står i filen)."""
    conn = sqlite3.connect(sti)
    try:
        tabeller = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tabeller}
    finally:
        conn.close()


@pytest.fixture
def tell() -> Callable[[Path], dict[str, int]]:
    """Tell rader per tabell i en databasefil."""
    return tell_rader


LagFil = Callable[..., Path]


@pytest.fixture
def lag_fil(tmp_path: Path, bank: Bank) -> LagFil:
    """Lag en individuell vurdering med gitte svar i en egen database og eksporter den."""
    teller = iter(range(1, 1000))

    def lag(
        svar: Mapping[str, Svar],
        *,
        rolle: str = "Politikontakt",
        moduler: list[str] | None = None,
        mal: Mapping[str, int] | None = None,
        type: VurderingType = VurderingType.INDIVIDUELL,
        distrikt: str = "Vest politidistrikt",
    ) -> Path:
        nr = next(teller)
        d = apne(tmp_path / f"deltaker{nr}.db", opprett=True)
        try:
            vid = repo.opprett_vurdering(
                d,
                bank,
                enhet="Bergen sentrum",
                distrikt=distrikt,
                moduler=moduler or [],
                type=type,
                mal=mal,
                deltakere=[Deltaker(rolle)],
                dato="2026-11-20",
            )
            for s in svar.values():
                repo.lagre_svar(d, vid, s)
            from vurdering.tjenester import filer as filtjeneste

            return filtjeneste.eksporter(d, vid, tmp_path / f"deltaker{nr}.forkant")
        finally:
            d.lukk()

    return lag


# --- meldingsbokser --------------------------------------------------------------------------


@dataclass
class Meldinger:
    """Meldingene som ble vist, og svaret testen gir på spørsmål."""

    vist: list[tuple[Any, str, str]] = field(default_factory=list)
    svar: bool = True

    def __call__(self, _parent: object, art: Any, tittel: str, tekst: str, ja: str = "", nei: str = "") -> bool:
        self.vist.append((art, tittel, tekst))
        return self.svar

    def av(self, art: Any) -> list[tuple[Any, str, str]]:
        return [m for m in self.vist if m[0] is art]

    @property
    def tekster(self) -> list[str]:
        return [tekst for _, _, tekst in self.vist]


@pytest.fixture
def meldt(monkeypatch: pytest.MonkeyPatch) -> Meldinger:
    """Bytter ut alle meldingsbokser; `meldt.svar` er svaret på spørsmål."""
    from vurdering.gui.felles import meldinger

    m = Meldinger()
    monkeypatch.setattr(meldinger, "vis", m)
    return m
