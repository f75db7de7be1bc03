"""Forkant virker helt uten nett: hver kommando kjøres med all opprettelse av sockets stengt.

En `sitecustomize.py` i en midlertidig mappe legger inn en audit-krok som avviser
`socket.__new__`, `socket.connect` og `socket.getaddrinfo`, og noterer hvert forsøk i en
fil. Kommandoene skal lykkes, og ingen forsøk skal være notert.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

SITECUSTOMIZE = """
import os, sys

_LOGG = os.environ["FORKANT_NETTLOGG"]

def _krok(hendelse, args):
    if hendelse in ("socket.__new__", "socket.connect", "socket.getaddrinfo", "socket.gethostbyname"):
        with open(_LOGG, "a", encoding="utf-8") as f:
            f.write(f"{hendelse} {args!r}\\n")
        raise OSError("nettverk er stengt i denne testen")

sys.addaudithook(_krok)
"""


@pytest.fixture
def uten_nett(tmp_path: Path) -> tuple[dict[str, str], Path]:
    mappe = tmp_path / "sitecustomize"
    mappe.mkdir()
    (mappe / "sitecustomize.py").write_text(SITECUSTOMIZE, encoding="utf-8")
    logg = tmp_path / "nettforsok.log"
    miljo = dict(os.environ)
    miljo["PYTHONPATH"] = os.pathsep.join([str(mappe), *filter(None, [miljo.get("PYTHONPATH")])])
    miljo["FORKANT_NETTLOGG"] = str(logg)
    miljo["QT_QPA_PLATFORM"] = "offscreen"
    return miljo, logg


def _kjor(miljo: dict[str, str], *argv: str) -> str:
    r = subprocess.run(
        [sys.executable, "-m", "vurdering", *argv], capture_output=True, text=True, env=miljo, timeout=120
    )
    assert r.returncode == 0, f"{argv}: {r.stderr}"
    return r.stdout


def test_sitecustomize_stenger_faktisk_nettet(uten_nett: tuple[dict[str, str], Path]) -> None:
    miljo, logg = uten_nett
    r = subprocess.run(
        [sys.executable, "-c", "import socket; socket.socket()"], capture_output=True, text=True, env=miljo
    )
    assert r.returncode != 0 and "nettverk er stengt" in r.stderr
    assert "socket.__new__" in logg.read_text(encoding="utf-8")


def test_alle_kommandoer_virker_uten_nett(uten_nett: tuple[dict[str, str], Path], tmp_path: Path) -> None:
    miljo, logg = uten_nett
    db = str(tmp_path / "forkant.db")
    vid = _kjor(miljo, "demo", "--database", db).strip()
    ny = _kjor(miljo, "ny", "--database", db, "--enhet", "Uten nett", "--distrikt", "Finnmark").strip()
    _kjor(miljo, "svar", "--database", db, "--vurdering", ny, "--indikator", "KK-01", "--niva", "2")
    assert json.loads(_kjor(miljo, "liste", "--database", db, "--json"))
    _kjor(miljo, "vis", "--database", db, "--vurdering", vid, "--json")
    _kjor(miljo, "bank", "sjekk")
    _kjor(miljo, "rapport", "--database", db, "--vurdering", vid, "--ut", str(tmp_path / "rapport.pdf"))
    _kjor(
        miljo,
        "rapport",
        "--database",
        db,
        "--vurdering",
        vid,
        "--ut",
        str(tmp_path / "kort.pdf"),
        "--kort",
        "--sprak",
        "nn",
    )
    _kjor(miljo, "csv", "--database", db, "--vurdering", vid, "--ut", str(tmp_path / "svar.csv"))
    filer = []
    for nr, niva in enumerate(("1", "3", "4")):
        ind = _kjor(miljo, "ny", "--database", db, "--enhet", f"Deltaker {nr}", "--distrikt", "Oslo").strip()
        _kjor(miljo, "svar", "--database", db, "--vurdering", ind, "--indikator", "KK-01", "--niva", niva)
        fil = tmp_path / f"deltaker{nr}.forkant"
        _kjor(miljo, "eksport", "--database", db, "--vurdering", ind, "--ut", str(fil))
        filer.append(str(fil))
    annen = str(tmp_path / "annen.db")
    _kjor(miljo, "import", "--database", annen, *filer)
    _kjor(miljo, "samle", "--database", annen, "--enhet", "Samlet enhet", *filer)
    for navn in ("rapport.pdf", "kort.pdf", "svar.csv"):
        assert (tmp_path / navn).stat().st_size > 0
    assert not logg.exists(), logg.read_text(encoding="utf-8")


def test_vinduet_starter_uten_nett(uten_nett: tuple[dict[str, str], Path], tmp_path: Path) -> None:
    miljo, logg = uten_nett
    db = str(tmp_path / "forkant.db")
    vid = _kjor(miljo, "demo", "--database", db).strip()
    skript = (
        "import sys\n"
        "from PySide6.QtCore import QTimer\n"
        "from vurdering.gui.app import lag_app, start\n"
        "app = lag_app()\n"
        "QTimer.singleShot(1500, lambda: (print('vist', flush=True), app.quit()))\n"
        "sys.exit(start(sys.argv[1], int(sys.argv[2])))\n"
    )
    r = subprocess.run([sys.executable, "-c", skript, db, vid], capture_output=True, text=True, env=miljo, timeout=120)
    assert r.returncode == 0, r.stderr
    assert "vist" in r.stdout
    assert not logg.exists(), logg.read_text(encoding="utf-8")
