"""pakking/versjon.py: versjonen fra pakken, og Windows' versjonsressurs laget av den."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

import pytest

from vurdering import __version__

ROT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("pakking_versjon", ROT / "pakking" / "versjon.py")
assert _spec is not None and _spec.loader is not None
versjon = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(versjon)


def test_versjonen_er_pakkens() -> None:
    assert versjon.les(ROT) == __version__


def test_versjon_uten_linjen_er_en_feil(tmp_path: Path) -> None:
    (tmp_path / "src" / "vurdering").mkdir(parents=True)
    (tmp_path / "src" / "vurdering" / "__init__.py").write_text('"""Uten versjon."""\n', encoding="utf-8")
    with pytest.raises(ValueError, match="__version__"):
        versjon.les(tmp_path)


@pytest.mark.parametrize(
    ("tekst", "tall"),
    [("0.1.0", (0, 1, 0, 0)), ("1.2", (1, 2, 0, 0)), ("2.0.1rc1", (2, 0, 1, 0)), ("1.2.3.4.5", (1, 2, 3, 4))],
)
def test_fire_tall_til_windows(tekst: str, tall: tuple[int, int, int, int]) -> None:
    assert versjon.tall(tekst) == tall


def test_versjonsressursen_er_gyldig_og_har_versjonen() -> None:
    """Filen er et Python-uttrykk av PyInstallers versjonsklasser; her evalueres det med stand-ins."""

    def klasse(navn: str) -> Any:
        return lambda *a, **kw: (navn, a, kw)

    navn = [
        "VSVersionInfo",
        "FixedFileInfo",
        "StringFileInfo",
        "StringTable",
        "StringStruct",
        "VarFileInfo",
        "VarStruct",
    ]
    info = eval(versjon.windows_ressurs("1.4.2"), {n: klasse(n) for n in navn})
    assert info[0] == "VSVersionInfo"
    ffi = info[2]["ffi"]
    assert ffi[2]["filevers"] == ffi[2]["prodvers"] == (1, 4, 2, 0)
    strenger = dict(s[1] for s in info[2]["kids"][0][1][0][0][1][1])
    assert strenger["FileVersion"] == strenger["ProductVersion"] == "1.4.2"
    assert strenger["ProductName"] == "Forkant"
    assert info[2]["kids"][1][1][0][0][1] == ("Translation", [0x0414, 1200])  # norsk bokmål, Unicode
