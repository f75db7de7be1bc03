"""Kommandolinjen: `eksport`, `import` og `samle` gir 0 ved suksess og 2 med én norsk linje per feil."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from vurdering.cli import main
from vurdering.domene.modell import Svar


def test_eksport_import_rundtur(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    kilde = tmp_path / "kilde.db"
    assert main(["demo", "--database", str(kilde)]) == 0
    vid = capsys.readouterr().out.strip()
    fil = tmp_path / "demo.forkant"
    assert main(["eksport", "--database", str(kilde), "--vurdering", vid, "--ut", str(fil)]) == 0
    assert capsys.readouterr().out.strip() == str(fil)
    mal = tmp_path / "mal.db"
    assert main(["import", "--database", str(mal), str(fil)]) == 0
    ny = capsys.readouterr().out.strip()
    assert main(["liste", "--database", str(mal), "--json"]) == 0
    rader = json.loads(capsys.readouterr().out)
    assert [(r["id"], r["enhet"], r["fremdrift"]) for r in rader] == [(int(ny), "Demo politistasjon", 1.0)]
    # En gang til: duplikat, kode 2, ingen traceback.
    assert main(["import", "--database", str(mal), str(fil)]) == 2
    feil = capsys.readouterr().err
    assert feil.startswith("Feil: demo.forkant: vurderingen er allerede i databasen") and "Traceback" not in feil


@pytest.mark.parametrize(
    ("argumenter", "forventet"),
    [
        (["import", "{fil}"], "ikke en Forkant-fil"),
        (["import", "{mappe}/borte.forkant"], "Finner ikke filen"),
        (["eksport", "--vurdering", "99", "--ut", "{mappe}/x.forkant"], "Finner ikke databasen"),  # lages ikke
        (["samle", "--enhet", "Samlet", "{fil}"], "ikke en Forkant-fil"),
        (["samle", "{fil}"], "--enhet"),
        (["import"], "FIL.forkant"),
    ],
)
def test_brukerfeil_gir_kode_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argumenter: list[str], forventet: str
) -> None:
    fil = tmp_path / "notat.forkant"
    fil.write_text("Bare et notat.", encoding="utf-8")
    db = tmp_path / "f.db"
    args = [a.replace("{fil}", str(fil)).replace("{mappe}", str(tmp_path)) for a in argumenter]
    args.insert(1, "--database")
    args.insert(2, str(db))
    assert main(args) == 2
    feil = capsys.readouterr().err
    assert forventet in feil and "Traceback" not in feil


def test_eksport_av_ukjent_vurdering(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "f.db"
    assert main(["ny", "--database", str(db), "--enhet", "A", "--distrikt", "Agder"]) == 0
    assert main(["eksport", "--database", str(db), "--vurdering", "99", "--ut", str(tmp_path / "x.forkant")]) == 2
    assert "Fant ingen vurdering med id 99" in capsys.readouterr().err


def test_samle_fra_kommandolinjen(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lag_fil: Callable[..., Path]
) -> None:
    filer = [lag_fil({"KK-01": Svar.med_niva("KK-01", n)}) for n in (0, 2, 3)]
    db = tmp_path / "samlet.db"
    assert main(["samle", "--database", str(db), "--enhet", "Bergen samlet", *map(str, filer)]) == 0
    vid = capsys.readouterr().out.strip()
    assert main(["vis", "--database", str(db), "--vurdering", vid, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["vurdering"]["type"] == "samlet"
    kk01 = next(s for s in data["svar"] if s["indikator"] == "KK-01")
    assert (kk01["niva"], kk01["stemmer"]) == (2, [1, 0, 1, 1, 0])
    # samme filer med en av dem to ganger: kode 2
    assert main(["samle", "--database", str(db), "--enhet", "X", str(filer[0]), str(filer[0])]) == 2
    assert "samme vurderingen" in capsys.readouterr().err
