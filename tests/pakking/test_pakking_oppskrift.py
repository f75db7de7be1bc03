"""Oppskriften pakking/forkant.spec: de to programmene, ressursene og hvilke Qt-filer som følger med.

Spec-filen kjøres med stand-ins for PyInstallers byggeklasser, som noterer hva de får. Slik
prøves utvalget uten en bygging (den gjør `pakking/bygg --test`).
"""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

ROT = Path(__file__).resolve().parents[2]
SPEC = ROT / "pakking" / "forkant.spec"


class Notert(SimpleNamespace):
    pass


def kjor_spec(
    tmp_path: Path, datas: list[tuple[str, str, str]], binaries: list[tuple[str, str, str]]
) -> dict[str, Any]:
    notert: dict[str, Any] = {"EXE": []}

    def analysis(scripts: list[str], **kw: Any) -> Notert:
        notert["Analysis"] = Notert(scripts=scripts, **kw)
        return Notert(
            datas=list(datas) + [(str(Path(d[1]) / Path(d[0]).name), d[0], "DATA") for d in kw["datas"]],
            binaries=list(binaries),
            pure=[],
            scripts=["inngang"],
        )

    def exe(*a: Any, **kw: Any) -> Notert:
        notert["EXE"].append(kw)
        return Notert(**kw)

    def collect(*a: Any, **kw: Any) -> None:
        notert["COLLECT"] = Notert(args=a, **kw)

    navnerom = {
        "SPECPATH": str(SPEC.parent),
        "workpath": str(tmp_path),
        "Analysis": analysis,
        "PYZ": lambda pure: "pyz",
        "EXE": exe,
        "COLLECT": collect,
    }
    gammel_sti = list(sys.path)
    try:
        exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), navnerom)
    finally:
        sys.path[:] = gammel_sti
        sys.modules.pop("versjon", None)
    notert["a"] = navnerom["a"]
    return notert


def test_to_programmer_i_en_mappe(tmp_path: Path) -> None:
    n = kjor_spec(tmp_path, [], [])
    assert [(e["name"], e["console"]) for e in n["EXE"]] == [("Forkant", False), ("vurdering", True)]
    assert all(e["exclude_binaries"] for e in n["EXE"])  # én mappe: bibliotekene ligger i COLLECT
    assert n["COLLECT"].name == "Forkant"
    assert n["Analysis"].scripts == [str(ROT / "pakking" / "inngang.py")]
    assert n["Analysis"].pathex == [str(ROT / "src")]


def test_ressursene_ligger_der_lokatoren_leter(tmp_path: Path) -> None:
    n = kjor_spec(tmp_path, [], [])
    maal = {
        (Path(src).relative_to(ROT / "ressurser").as_posix(), Path(dest).as_posix())
        for src, dest in n["Analysis"].datas
    }
    assert ("bank/bank.toml", "vurdering/ressurser/bank") in maal
    assert ("distrikter.toml", "vurdering/ressurser") in maal
    assert ("fonter/DejaVuSans.ttf", "vurdering/ressurser/fonter") in maal
    assert ("oversettelser/forkant_nn.qm", "vurdering/ressurser/oversettelser") in maal
    assert not [s for s, _ in maal if s.endswith(".ts")]  # kildene til oversettelsene trengs ikke
    antall_filer = sum(1 for f in (ROT / "ressurser").rglob("*") if f.is_file() and f.suffix != ".ts")
    assert len(maal) == antall_filer


def test_ubrukte_qt_moduler_holdes_ute(tmp_path: Path) -> None:
    unntatt = set(kjor_spec(tmp_path, [], [])["Analysis"].excludes)
    for modul in ("QtWebEngineCore", "QtQml", "QtQuick", "QtMultimedia", "Qt3DCore", "QtNetwork", "QtPdf"):
        assert f"PySide6.{modul}" in unntatt
    assert not {"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets"} & unntatt
    assert "PIL" not in unntatt  # ReportLab importerer PIL når rapporten lages


def test_bare_brukte_qt_filer_kommer_med(tmp_path: Path) -> None:
    datas = [
        ("PySide6/Qt/translations/qtbase_nn.qm", "x", "DATA"),
        ("PySide6/Qt/translations/qtbase_de.qm", "x", "DATA"),
        ("PySide6/Qt/translations/qt_nn.qm", "x", "DATA"),
        ("reportlab/fonts/00readme.txt", "x", "DATA"),
    ]
    binaries = [
        ("PySide6/Qt/lib/libQt6Widgets.so.6", "x", "BINARY"),
        ("PySide6/Qt/lib/libQt6Network.so.6", "x", "BINARY"),
        ("PySide6/Qt6Network.dll", "x", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "x", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", "x", "BINARY"),
        ("PySide6/plugins/platforms/qwindows.dll", "x", "BINARY"),
        ("PySide6/Qt/plugins/egldeviceintegrations/libqeglfs-x11-integration.so", "x", "BINARY"),
    ]
    a = kjor_spec(tmp_path, datas, binaries)["a"]
    qt_data = sorted(d[0] for d in a.datas if d[0].startswith(("PySide6", "reportlab")))
    assert qt_data == ["PySide6/Qt/translations/qtbase_nn.qm", "reportlab/fonts/00readme.txt"]
    assert sorted(b[0] for b in a.binaries) == [
        "PySide6/Qt/lib/libQt6Widgets.so.6",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/plugins/platforms/qwindows.dll",
    ]


@pytest.mark.parametrize(("plattform", "med_versjon"), [("linux", False), ("win32", True)])
def test_versjonsressurs_bare_paa_windows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, plattform: str, med_versjon: bool
) -> None:
    from vurdering import __version__

    monkeypatch.setattr(sys, "platform", plattform)
    n = kjor_spec(tmp_path, [], [])
    versjoner = {e["version"] for e in n["EXE"]}
    if not med_versjon:
        assert versjoner == {None}
        return
    (fil,) = versjoner
    assert Path(fil).parent == tmp_path
    assert f"'FileVersion', '{__version__}'" in Path(fil).read_text(encoding="utf-8")
