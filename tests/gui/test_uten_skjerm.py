"""`vurdering` og `forkant` uten skjerm: én norsk linje og kode 2 før Qt lastes; resten virker."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from vurdering.cli.vindu import har_skjerm

SRC = Path(__file__).resolve().parents[2] / "src"


def _kjor(tmp_path: Path, *args: str, kode: str | None = None) -> subprocess.CompletedProcess[str]:
    """Kjør kommandolinjen i et tomt miljø: ingen DISPLAY, ingen WAYLAND_DISPLAY, ingen QT_QPA_PLATFORM."""
    miljo = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "PYTHONPATH": str(SRC), "LANG": "C.UTF-8"}
    kommando = [sys.executable, "-c", kode] if kode else [sys.executable, "-m", "vurdering", *args]
    return subprocess.run(kommando, env=miljo, capture_output=True, text=True, timeout=120, cwd=tmp_path)


@pytest.mark.skipif(sys.platform != "linux", reason="skjermen finnes alltid på Windows og macOS")
@pytest.mark.parametrize("kommando", ["vurdering", "forkant"])
def test_vinduet_uten_skjerm_gir_en_norsk_linje(tmp_path: Path, kommando: str) -> None:
    db = tmp_path / "data" / "forkant.db"
    if kommando == "forkant":
        kode = f"import sys; sys.argv = ['forkant', '--database', {str(db)!r}]; from vurdering.cli import forkant; forkant()"
        r = _kjor(tmp_path, kode=kode)
    else:
        r = _kjor(tmp_path, "--database", str(db))
    assert r.returncode == 2, r.stderr
    linjer = r.stderr.strip().splitlines()
    assert len(linjer) == 1, r.stderr
    assert linjer[0].startswith("Feil: Vinduet trenger en skjerm")
    assert "andre kommandoene virker uten skjerm" in linjer[0]
    assert not db.parent.exists()  # ingenting opprettet


@pytest.mark.skipif(sys.platform != "linux", reason="skjermen finnes alltid på Windows og macOS")
def test_de_andre_kommandoene_virker_uten_skjerm(tmp_path: Path) -> None:
    db = tmp_path / "forkant.db"
    assert _kjor(tmp_path, "demo", "--database", str(db)).returncode == 0
    r = _kjor(tmp_path, "liste", "--database", str(db))
    assert r.returncode == 0, r.stderr
    assert "Demo politistasjon" in r.stdout


@pytest.mark.parametrize(
    ("miljo", "plattform", "forventet"),
    [
        ({}, "linux", False),
        ({"DISPLAY": ":0"}, "linux", True),
        ({"WAYLAND_DISPLAY": "wayland-0"}, "linux", True),
        ({"DISPLAY": ""}, "linux", False),
        ({"QT_QPA_PLATFORM": "offscreen"}, "linux", True),
        ({"QT_QPA_PLATFORM": "offscreen:configfile=skjerm.json"}, "linux", True),
        ({"QT_QPA_PLATFORM": "wayland;minimal"}, "linux", True),
        ({"QT_QPA_PLATFORM": "xcb"}, "linux", False),
        ({"QT_QPA_PLATFORM": "wayland"}, "freebsd14", False),
        ({}, "win32", True),
        ({}, "darwin", True),
    ],
)
def test_har_skjerm(miljo: dict[str, str], plattform: str, forventet: bool) -> None:
    assert har_skjerm(miljo, plattform) is forventet
