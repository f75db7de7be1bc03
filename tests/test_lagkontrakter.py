"""Lagkontraktene har ingen smutthull: hver prøve som bryter et lag, får `lint-imports` til å feile.

Hver prøve kopierer pakken til en midlertidig mappe, legger inn én ulovlig import og kjører
import-linter med prosjektets egne kontrakter. En prøve som slipper gjennom, betyr at en
kontrakt har et hull.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROT = Path(__file__).resolve().parent.parent
LINT = Path(sys.executable).with_name("lint-imports")

pytestmark = pytest.mark.skipif(not LINT.exists(), reason="import-linter er ikke installert i dette miljøet")


def _kopi(tmp_path: Path) -> Path:
    """Pakken og kontraktene (bare [tool.importlinter]) i en ny mappe."""
    shutil.copytree(
        ROT / "src" / "vurdering", tmp_path / "src" / "vurdering", ignore=shutil.ignore_patterns("__pycache__")
    )
    tekst = (ROT / "pyproject.toml").read_text(encoding="utf-8")
    start = tekst.index("[tool.importlinter]")
    (tmp_path / ".importlinter.toml").write_text(tekst[start:], encoding="utf-8")
    tomllib.loads(tekst[start:])  # kontraktene må være gyldig TOML alene
    return tmp_path


def _lint(mappe: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(mappe / "src")}
    return subprocess.run(
        [str(LINT), "--config", str(mappe / ".importlinter.toml"), "--no-cache"],
        cwd=mappe,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_kontraktene_holder_i_dag(tmp_path: Path) -> None:
    resultat = _lint(_kopi(tmp_path))
    assert resultat.returncode == 0, resultat.stdout + resultat.stderr


PROVER = {
    "ny modul øverst med gui, cli og sqlite3": (
        "probe.py",
        "import sqlite3\nimport vurdering.gui\nimport vurdering.cli\n",
    ),
    "ny modul øverst med Qt": ("probe.py", "import PySide6.QtWidgets\n"),
    "tjenester med Qt": ("tjenester/probe.py", "import PySide6.QtCore\n"),
    "tjenester med sqlite3": ("tjenester/probe.py", "import sqlite3\n"),
    "tjenester med sqlite_utils": ("tjenester/probe.py", "import sqlite_utils\n"),
    "kommandolinjen med gui utenom vindu-kommandoen": ("cli/probe.py", "import vurdering.gui.hovedvindu\n"),
    "kommandolinjen med Qt": ("cli/probe.py", "import PySide6.QtCore\n"),
    "domene med lagring": ("domene/probe.py", "import vurdering.lagring.database\n"),
    "rapport med sqlite3": ("rapport/probe.py", "import sqlite3\n"),
    "rapport med Qt": ("rapport/probe.py", "import PySide6.QtGui\n"),
    "plattform med domene": ("plattform/probe.py", "import vurdering.domene.modell\n"),
    "vinduet med SQL": ("gui/probe.py", "import sqlite3\n"),
    "ny pakke øverst": ("nytt/__init__.py", "import vurdering.domene\n"),
}


@pytest.mark.parametrize("navn", list(PROVER))
def test_prove_bryter_en_kontrakt(tmp_path: Path, navn: str) -> None:
    fil, innhold = PROVER[navn]
    mappe = _kopi(tmp_path)
    sti = mappe / "src" / "vurdering" / fil
    sti.parent.mkdir(parents=True, exist_ok=True)
    sti.write_text(innhold, encoding="utf-8")
    resultat = _lint(mappe)
    assert resultat.returncode != 0, f"{navn}: lint-imports slapp gjennom\n{resultat.stdout}"
    assert "BROKEN" in resultat.stdout
