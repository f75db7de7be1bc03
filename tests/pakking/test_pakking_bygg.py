"""pakking/bygg: tydelige feil før noe bygges (selve byggingen prøves av `pakking/bygg --test` i CI)."""

from __future__ import annotations

import subprocess
from pathlib import Path

ROT = Path(__file__).resolve().parents[2]
BYGG = ROT / "pakking" / "bygg"


def kjor(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["bash", str(BYGG), *argv], capture_output=True, text=True, timeout=60)


def test_hjelp() -> None:
    r = kjor("--help")
    assert r.returncode == 0
    assert "--venv" in r.stdout and "--test" in r.stdout


def test_ukjent_valg_gir_en_norsk_linje() -> None:
    r = kjor("--fort")
    assert r.returncode == 2
    assert r.stderr.strip() == "Feil: ukjent valg --fort (se pakking/bygg --help)"


def test_venv_som_mangler(tmp_path: Path) -> None:
    r = kjor("--venv", str(tmp_path / "finnes-ikke"))
    assert r.returncode == 2
    assert r.stderr.startswith("Feil: finner ikke Python i")
