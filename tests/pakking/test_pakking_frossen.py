"""Det frosne programmet: ressursene, førstegangsstarten i et tomt hjem og vinduets selvavslutning.

Ressurslokatoren skal i det frosne programmet bare se mappen som fulgte med
(`sys._MEIPASS/vurdering/ressurser`), aldri gjette seg frem til en utsjekk. Vinduet skal
kunne starte første gang på en ny maskin, med databasen i brukerens datamappe.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from vurdering.plattform import ressursfiler


@pytest.fixture
def frossen(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Path]:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    ressursfiler.rot.cache_clear()
    yield tmp_path
    ressursfiler.rot.cache_clear()


def test_frossen_finner_ressursene_i_programmappen(frossen: Path) -> None:
    mappe = frossen / "vurdering" / "ressurser"
    (mappe / "bank").mkdir(parents=True)
    (mappe / "bank" / "bank.toml").write_text("", encoding="utf-8")
    assert ressursfiler.rot() == mappe
    assert ressursfiler.sti("bank", "bank.toml") == (mappe / "bank" / "bank.toml").resolve()


def test_frossen_uten_ressurser_gjetter_ikke_paa_utsjekken(frossen: Path) -> None:
    with pytest.raises(FileNotFoundError, match="ufullstendig"):
        ressursfiler.rot()


def test_ufrossen_finner_utsjekken_eller_hjulet() -> None:
    ressursfiler.rot.cache_clear()
    assert (ressursfiler.rot() / "bank" / "bank.toml").is_file()


@pytest.mark.skipif(sys.platform != "linux", reason="datamappen under HOME er Linux' (XDG)")
def test_vinduet_starter_forste_gang_i_et_tomt_hjem_og_avslutter_selv(tmp_path: Path) -> None:
    hjem = tmp_path / "hjem"
    hjem.mkdir()
    miljo = {
        "HOME": str(hjem),
        "PATH": os.environ.get("PATH", ""),
        "PYTHONPATH": os.environ.get("PYTHONPATH", ""),
        "QT_QPA_PLATFORM": "offscreen",
        "FORKANT_AVSLUTT_ETTER_MS": "300",
    }
    r = subprocess.run(
        [sys.executable, "-m", "vurdering"], capture_output=True, text=True, env=miljo, cwd=tmp_path, timeout=60
    )
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "vist: Startsiden"
    datamappe = hjem / ".local" / "share" / "Forkant"
    assert (datamappe / "forkant.db").is_file()
    skrevet = {p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*") if p.is_file()}
    # Data i datamappen; bare vinduets størrelse og plass (QSettings) i brukerens innstillingsmappe.
    assert all(s.startswith("hjem/.local/share/Forkant/") or s == "hjem/.config/Forkant/Forkant.ini" for s in skrevet), skrevet
