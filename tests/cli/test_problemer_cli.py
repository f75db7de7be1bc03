"""`vurdering problem`: registrere problemer, ny verdi, ta dem med til neste runde, og feil på norsk."""

from __future__ import annotations

import io
import json
from contextlib import redirect_stdout
from pathlib import Path

import pytest

from vurdering.cli import main
from vurdering.domene.modell import Status
from vurdering.lagring import problemer as lager
from vurdering.lagring import repository as repo
from vurdering.lagring.database import DatabaseFeil, apne
from vurdering.tjenester import problemer


def _ny(db: Path, enhet: str = "Sentrum", dato: str = "2025-03-01") -> int:
    return int(_kjor(["ny", "--database", str(db), "--enhet", enhet, "--distrikt", "Agder", "--dato", dato])[0])


def _kjor(argv: list[str]) -> list[str]:
    buf = io.StringIO()
    with redirect_stdout(buf):
        kode = main(argv)
    assert kode == 0, argv
    return buf.getvalue().split()


def test_problem_ny_liste_og_verdi(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "f.db"
    vid = _ny(db)
    felles = ["--database", str(db), "--vurdering", str(vid)]
    pid = _kjor(
        [
            "problem",
            "ny",
            *felles,
            "--tittel",
            "Vold i sentrum <b>helg</b>",
            "--effektmal",
            "anmeldte voldssaker",
            "--kilde",
            "PO/BL",
            "--utgangsverdi",
            "40",
            "--utgangsdato",
            "2024-12-31",
            "--malverdi",
            "30",
        ]
    )[0]
    assert main(["problem", "verdi", *felles, "--problem", pid, "--verdi", "35,0", "--dato", "2025-02-28"]) == 0
    capsys.readouterr()
    assert main(["problem", "liste", *felles, "--json"]) == 0
    [p] = json.loads(capsys.readouterr().out)
    assert p["tittel"] == "Vold i sentrum <b>helg</b>"
    assert (p["utgangsverdi"], p["malverdi"], p["siste_verdi"], p["fremgang"]) == (40, 30, 35, "mot_mal")
    assert p["andel_av_veien"] == 0.5
    assert main(["problem", "liste", *felles]) == 0
    assert "på vei mot målet" in capsys.readouterr().out


def test_hoyst_fem_og_feil_paa_norsk(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "f.db"
    vid = _ny(db)
    felles = ["--database", str(db), "--vurdering", str(vid)]
    for i in range(5):
        _kjor(["problem", "ny", *felles, "--tittel", f"P{i}"])
    capsys.readouterr()
    assert main(["problem", "ny", *felles, "--tittel", "P6"]) == 2
    assert "høyst 5" in capsys.readouterr().err
    assert main(["problem", "ny", *felles, "--tittel", "X", "--malverdi", "mye"]) == 2
    assert "må være et tall" in capsys.readouterr().err
    assert main(["problem", "verdi", *felles, "--problem", "999", "--verdi", "1"]) == 2
    assert "Fant ikke problem 999" in capsys.readouterr().err


def test_problemene_tas_med_til_neste_runde_og_tiltak_kobles(tmp_path: Path) -> None:
    db_sti = tmp_path / "f.db"
    forste = _ny(db_sti, dato="2025-03-01")
    with apne(db_sti) as db:
        from vurdering.domene.modell import Tiltak
        from vurdering.domene.problemer import Problem

        pid = problemer.lagre(db, forste, Problem("Innbrudd", utgangsverdi=20, malverdi=10, siste_verdi=15))
        tid = repo.lagre_tiltak(db, forste, Tiltak("Patrulje i utsatte strøk"))
        problemer.koble_tiltak(db, forste, tid, pid)
        assert problemer.tiltak_per_problem(db, forste) == {pid: [tid]}
    andre = _ny(db_sti, dato="2026-03-01")
    with apne(db_sti) as db:
        assert problemer.ta_med_fra_forrige_runde(db, andre) == 1
        assert problemer.ta_med_fra_forrige_runde(db, andre) == 0  # ikke to ganger
        [p] = lager.hent_problemer(db, andre)
        assert (p.tittel, p.forrige_verdi, p.siste_verdi, p.malverdi) == ("Innbrudd", 15, None, 10)
        repo.sett_status(db, andre, Status.FERDIG)
        with pytest.raises(DatabaseFeil, match="ferdig"):
            problemer.sett_verdi(db, andre, p.id or 0, 12.0)
