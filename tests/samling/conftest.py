"""Felles for testene av .forkant-filer, sammenslåing og samlingsøkten (uten Qt)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Mapping
from pathlib import Path

import pytest

from vurdering.domene.bank import Bank
from vurdering.domene.modell import Deltaker, Svar, VurderingType
from vurdering.lagring import repository as repo
from vurdering.lagring.database import apne
from vurdering.tjenester import filer as filtjeneste


def _tell(sti: Path) -> dict[str, int]:
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
    return _tell


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
            return filtjeneste.eksporter(d, vid, tmp_path / f"deltaker{nr}.forkant")
        finally:
            d.lukk()

    return lag
