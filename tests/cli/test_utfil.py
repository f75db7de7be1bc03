"""`rapport`/`csv --ut` skriver aldri over databasen, hjelpefilene, en sikkerhetskopi eller en enhet."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from vurdering import cli
from vurdering.lagring import sikkerhetskopi
from vurdering.lagring.database import apne, sql_for_tester


@pytest.fixture
def demo(tmp_path: Path) -> tuple[Path, str]:
    sti = tmp_path / "e.db"
    assert cli.main(["demo", "--database", str(sti)]) == 0
    with apne(sti) as db:
        vid = sql_for_tester(db, "SELECT id FROM vurdering")[0][0]
        sikkerhetskopi.ta_kopi(db)
    return sti, str(vid)


def _mal(sti: Path, hva: str) -> Path:
    if hva == "database":
        return sti
    if hva == "wal":
        return Path(f"{sti}-wal")
    if hva == "lenke":
        lenke = sti.parent / "lenke.pdf"
        lenke.symlink_to(sti)
        return lenke
    if hva == "kopi":
        return sikkerhetskopi.liste_kopier(sti)[0].sti
    return Path("/dev/null")


@pytest.mark.skipif(os.name != "posix", reason="lenker og /dev/null")
@pytest.mark.parametrize("kommando", ["rapport", "csv"])
@pytest.mark.parametrize("hva", ["database", "wal", "lenke", "kopi", "enhet"])
def test_ut_paa_databasen_avvises(
    capsys: pytest.CaptureFixture[str], demo: tuple[Path, str], kommando: str, hva: str
) -> None:
    sti, vid = demo
    mal = _mal(sti, hva)
    for_ = hashlib.sha256(sti.read_bytes()).hexdigest()
    kode = cli.main([kommando, "--database", str(sti), "--vurdering", vid, "--ut", str(mal)])
    _, feil = capsys.readouterr()
    assert kode == 2
    assert feil.startswith("Feil: ") and len(feil.strip().splitlines()) == 1
    assert hashlib.sha256(sti.read_bytes()).hexdigest() == for_
    assert Path("/dev/null").is_char_device()
    with apne(sti) as db:
        assert sql_for_tester(db, "SELECT count(*) FROM vurdering")[0][0] == 1
