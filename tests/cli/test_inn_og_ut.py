"""Lange tekster fra fil, byte som ikke er UTF-8, tegnsett som ikke kan vise «–», datoer og
samme regel for enheten i `ny` og `samle`."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from clihjelp import Kjorer


def _kommentar(cli: Kjorer, db: str, vid: str) -> str:
    data = json.loads(cli("vis", "--database", db, "--vurdering", vid, "--json")[1])
    return str(next(s for s in data["svar"] if s["indikator"] == "KK-01")["kommentar"])


def test_kommentar_fra_fil_og_stdin(
    cli: Kjorer, tomdb: tuple[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db, vid = tomdb
    lang = "Første linje – med æøå.\n" + "x" * 90_000 + "\n"
    fil = tmp_path / "notat.txt"
    fil.write_text(lang, encoding="utf-8")
    argv = ("svar", "--database", db, "--vurdering", vid, "--indikator", "KK-01", "--niva", "2")
    kode, _, err = cli(*argv, "--kommentar-fil", str(fil))
    assert kode == 0, err
    assert _kommentar(cli, db, vid) == lang.removesuffix("\n")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"Fra stdin\n"), encoding="utf-8"))
    assert cli(*argv, "--kommentar-fil", "-")[0] == 0
    assert _kommentar(cli, db, vid) == "Fra stdin"


@pytest.mark.parametrize(
    ("innhold", "melding"),
    [
        (b"\xff\xfe ikke utf-8", "er ikke UTF-8-tekst"),
        (b"k" * 100_001, "Kommentaren er for lang"),
        (b"k" * 1_000_001, "er for stor"),
    ],
)
def test_kommentar_fil_som_ikke_kan_brukes(
    cli: Kjorer, tomdb: tuple[str, str], tmp_path: Path, innhold: bytes, melding: str
) -> None:
    db, vid = tomdb
    fil = tmp_path / "notat.txt"
    fil.write_bytes(innhold)
    kode, _, err = cli("svar", "--database", db, "--vurdering", vid, "--indikator", "KK-01", "--niva", "2",
                       "--kommentar-fil", str(fil))  # fmt: skip
    assert kode == 2 and melding in err and err.startswith("Feil: ") and err.count("\n") == 1


def test_kommentar_fil_som_er_en_mappe_eller_mangler(cli: Kjorer, tomdb: tuple[str, str], tmp_path: Path) -> None:
    db, vid = tomdb
    argv = ("svar", "--database", db, "--vurdering", vid, "--indikator", "KK-01", "--niva", "2", "--kommentar-fil")
    assert "er ikke en vanlig fil" in cli(*argv, str(tmp_path))[2]
    assert "Finner ikke filen" in cli(*argv, str(tmp_path / "mangler.txt"))[2]


def test_argument_som_ikke_er_utf8(cli: Kjorer, tomdb: tuple[str, str]) -> None:
    db, vid = tomdb
    ugyldig = os.fsdecode(b"Kommentar \xff\xfe")
    kode, ut, err = cli("svar", "--database", db, "--vurdering", vid, "--indikator", "KK-01", "--niva", "2",
                        "--kommentar", ugyldig)  # fmt: skip
    assert kode == 2 and ut == ""
    assert err.startswith("Feil: Argumentet «Kommentar") and "som ikke er UTF-8" in err and err.count("\n") == 1


def _kjor_prosess(*argv: str, koding: str) -> subprocess.CompletedProcess[bytes]:
    miljo = {**os.environ, "PYTHONIOENCODING": koding}
    return subprocess.run([sys.executable, "-m", "vurdering", *argv], capture_output=True, env=miljo)


def test_tegnsett_som_ikke_kan_vise_tankestrek(demodb: tuple[str, str]) -> None:
    db, vid = demodb
    r = _kjor_prosess("vis", "--database", db, "--vurdering", vid, koding="latin-1")
    assert r.returncode == 2 and r.stdout == b""
    linjer = r.stderr.decode("latin-1").splitlines()
    assert len(linjer) == 1 and linjer[0].startswith("Feil: Terminalen bruker tegnsettet") and "U+2013" in linjer[0]
    r = _kjor_prosess("vis", "--database", db, "--vurdering", vid, "--json", koding="latin-1")
    assert r.returncode == 0
    data = json.loads(r.stdout.decode("utf-8"))  # alltid UTF-8, hele dokumentet
    assert data["vurdering"]["enhet"] == "Demo politistasjon"
    r = _kjor_prosess("liste", "--database", db, "--json", koding="ascii")
    assert r.returncode == 0 and json.loads(r.stdout.decode("utf-8"))[0]["id"] == int(vid)


@pytest.mark.parametrize("dato", ["0001-01-01", "1999-12-31", "2099-01-01"])
def test_datoer_utenfor_2000_til_ett_aar_fram(cli: Kjorer, tmp_path: Path, dato: str) -> None:
    db = str(tmp_path / "f.db")
    kode, _, err = cli("ny", "--database", db, "--enhet", "X", "--distrikt", "Vest", "--dato", dato)
    assert kode == 2 and "utenfor det som kan brukes" in err and "01.01.2000" in err
    kode, _, err = cli("samle", "--database", db, "--enhet", "X", "--dato", dato, "a.forkant")
    assert kode == 2 and "utenfor det som kan brukes" in err


def test_dato_2000_godtas(cli: Kjorer, tmp_path: Path) -> None:
    db = str(tmp_path / "f.db")
    assert cli("ny", "--database", db, "--enhet", "X", "--distrikt", "Vest", "--dato", "2000-01-01")[0] == 0


def test_samme_regel_for_enheten_i_ny_og_samle(cli: Kjorer, demodb: tuple[str, str], tmp_path: Path) -> None:
    db, vid = demodb
    fil = tmp_path / "a.forkant"
    assert cli("eksport", "--database", db, "--vurdering", vid, "--ut", str(fil))[0] == 0
    lang = "E" * 500
    kode_ny, _, err_ny = cli("ny", "--database", db, "--enhet", lang, "--distrikt", "Vest")
    kode_samle, _, err_samle = cli("samle", "--database", db, "--enhet", lang, str(fil))
    assert kode_ny == kode_samle == 2
    assert "Enhetens navn er for langt: høyst 200 tegn, ikke 500." in err_ny
    assert err_ny.split(" (se ")[0] == err_samle.split(" (se ")[0]
    assert len(json.loads(cli("liste", "--database", db, "--json")[1])) == 1
    kode, _, err = cli("samle", "--database", db, "--enhet", "X", "--distrikt", "Narnia", str(fil))
    assert kode == 2 and "Ukjent distrikt «Narnia»" in err


def test_uten_konsoll_skrives_ingenting(monkeypatch: pytest.MonkeyPatch) -> None:
    """`forkant` på Windows (pythonw) har `sys.stdout = None`; kommandoene skal likevel virke."""
    from vurdering.cli import main

    monkeypatch.setattr(sys, "stdout", None)
    assert main(["bank", "vis"]) == 0
    assert main(["--help"]) == 0
