"""Hjelpen (en linje for hvert valg, eksempler, vinduet) og feilmeldingene: norsk, én linje, «Feil: »."""

from __future__ import annotations

import argparse
import errno
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from clihjelp import Kjorer

from vurdering.cli.felles import os_feil
from vurdering.cli.parser import lag_parser


def _alle_parsere(p: argparse.ArgumentParser) -> Iterator[argparse.ArgumentParser]:
    yield p
    for handling in p._actions:
        if isinstance(handling, argparse._SubParsersAction):
            for under in handling.choices.values():
                yield from _alle_parsere(under)


def test_hvert_valg_har_en_hjelpelinje() -> None:
    parsere = list(_alle_parsere(lag_parser()))
    assert len(parsere) > 20
    mangler = [
        f"{p.prog} {'/'.join(h.option_strings) or h.dest}"
        for p in parsere
        for h in p._actions
        if not isinstance(h, argparse._SubParsersAction) and (not h.help or h.help == argparse.SUPPRESS)
    ]
    assert mangler == []


def test_toppen_av_hjelpen(cli: Kjorer) -> None:
    kode, ut, _ = cli("--help")
    assert kode == 0
    assert "Uten KOMMANDO åpnes vinduet" in ut
    assert "--version       vis versjonen og avslutt" in ut
    assert "eksempler:" in ut and "vurdering bank vis KK" in ut
    for kommando in ("mal", "ferdig", "gjenapne", "slett", "tiltak"):
        assert f"\n    {kommando} " in ut


def test_samling_og_samlet_forklart(cli: Kjorer) -> None:
    ut = " ".join(cli("ny", "--help")[1].split())
    assert "samling: gruppen stemmer" in ut and "samlet: individuelle svar slått sammen" in ut


def test_kildenotatet_er_for_langt(cli: Kjorer, tomdb: tuple[str, str]) -> None:
    db, vid = tomdb
    kode, _, err = cli("svar", "--database", db, "--vurdering", vid, "--indikator", "KK-01", "--niva", "1",
                       "--kilde", "k" * 100_001)  # fmt: skip
    assert kode == 2 and err == "Feil: Kildenotatet er for langt: høyst 100000 tegn, ikke 100001.\n"


def _eksport(cli: Kjorer, demodb: tuple[str, str], tmp_path: Path) -> dict[str, object]:
    db, vid = demodb
    fil = tmp_path / "a.forkant"
    assert cli("eksport", "--database", db, "--vurdering", vid, "--ut", str(fil))[0] == 0
    from vurdering.domene.utveksling import les_json

    data: dict[str, object] = les_json(fil.read_bytes())  # versjon 2 er komprimert
    return data


@pytest.mark.parametrize("uuid", ["", "ikke-en-uuid", "{" + "0" * 60 + "}"])
def test_ugyldig_uuid(cli: Kjorer, demodb: tuple[str, str], tmp_path: Path, uuid: str) -> None:
    data = _eksport(cli, demodb, tmp_path)
    data["id"] = uuid
    fil = tmp_path / "b.forkant"
    fil.write_text(json.dumps(data), encoding="utf-8")
    kode, _, err = cli("import", "--database", demodb[0], str(fil))
    assert kode == 2 and "må være en UUID" in err and "tom" not in err


def test_json_objekt_heter_ikke_tabell(cli: Kjorer, demodb: tuple[str, str], tmp_path: Path) -> None:
    data = _eksport(cli, demodb, tmp_path)
    data["vurdering"] = [1]
    fil = tmp_path / "b.forkant"
    fil.write_text(json.dumps(data), encoding="utf-8")
    kode, _, err = cli("import", "--database", demodb[0], str(fil))
    assert kode == 2 and "JSON-objekt" in err and "tabell" not in err


def test_toml_feil_paa_norsk(cli: Kjorer, tmp_path: Path) -> None:
    fil = tmp_path / "egen.toml"
    for tekst, norsk in (
        ('id = "x"\nversjon\n', "linje 2, kolonne 8 (mangler «=» etter en nøkkel)"),
        ("[modul\n", "mangler «]»"),
        ('a = "x', "på slutten av filen (en tekst er ikke avsluttet med anførselstegn)"),
        ("a = 1\na = 2\n", "en verdi er satt to ganger"),
    ):
        fil.write_text(tekst, encoding="utf-8")
        kode, _, err = cli("bank", "sjekk", str(fil))
        assert kode == 2 and norsk in err and err.startswith("Feil: egen.toml: ugyldig TOML: "), err
        assert not any(ord("A") <= ord(c) <= ord("Z") for c in err.split("TOML: ")[1]), err  # ingen engelsk setning


def test_filnavn_for_langt(cli: Kjorer, tmp_path: Path) -> None:
    kode, _, err = cli("liste", "--database", str(tmp_path / ("a" * 300 + ".db")))
    assert kode == 2 and err.startswith("Feil: Filnavnet «") and "er for langt" in err and "too long" not in err
    assert err.count("\n") == 1 and len(err) < 200


@pytest.mark.parametrize(
    ("nr", "norsk"),
    [
        (errno.EACCES, "Har ikke lov til å bruke «/x/y»"),
        (errno.ENOSPC, "ikke plass nok på disken"),
        (errno.EROFS, "skrivebeskyttet"),
        (errno.ENAMETOOLONG, "Filnavnet «/x/y» er for langt"),
        (errno.EXDEV, "systemfeil EXDEV"),
    ],
)
def test_os_feil_paa_norsk(nr: int, norsk: str) -> None:
    assert norsk in os_feil(OSError(nr, "English text", "/x/y"))
    assert "English" not in os_feil(OSError(nr, "English text", "/x/y"))


def test_os_feil_fra_en_kommando(cli: Kjorer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from vurdering.cli import vurderinger

    def nekt(_args: argparse.Namespace) -> int:
        raise PermissionError(errno.EACCES, "Permission denied", "/data/forkant.db")

    monkeypatch.setattr(vurderinger, "kmd_demo", nekt)
    kode, _, err = cli("demo", "--database", str(tmp_path / "f.db"))
    assert (kode, err) == (2, "Feil: Har ikke lov til å bruke «/data/forkant.db». Velg en annen fil eller mappe.\n")


@pytest.mark.parametrize(
    "argv",
    [
        ["finnes-ikke"],
        ["ny", "--enhet", "X"],
        ["svar", "--vurdering", "0", "--indikator", "KK-01", "--niva", "1"],
        ["bank", "vis", "NOPE"],
        ["tiltak"],
        ["mal", "--vurdering", "1"],
    ],
)
def test_ett_prefiks_og_en_linje(cli: Kjorer, argv: list[str]) -> None:
    kode, ut, err = cli(*argv)
    assert kode == 2 and ut == ""
    assert err.startswith("Feil: ") and err.count("\n") == 1 and "vurdering: feil" not in err, err
