"""`svar` beholder det som ikke er nevnt; mal, tiltak, ferdig, gjenapne og slett fra kommandolinjen."""

from __future__ import annotations

import io
import json
import sys
from typing import Any

import pytest
from clihjelp import Kjorer


def _svar(cli: Kjorer, db: str, vid: str, indikator: str) -> dict[str, Any]:
    data = json.loads(cli("vis", "--database", db, "--vurdering", vid, "--json")[1])
    return next(s for s in data["svar"] if s["indikator"] == indikator)


def test_svar_paa_nytt_beholder_kommentar_kilde_grunnlag_og_rolle(cli: Kjorer, tomdb: tuple[str, str]) -> None:
    db, vid = tomdb
    felles = ("svar", "--database", db, "--vurdering", vid, "--indikator", "KK-01")
    kode, _, err = cli(
        *felles, "--niva", "2", "--kommentar", "Står i planen", "--kilde", "Plan 2026", "--grunnlag", "dokumentert",
        "--rolle", "Leder",
    )  # fmt: skip
    assert kode == 0, err
    assert cli(*felles, "--niva", "3")[0] == 0
    s = _svar(cli, db, vid, "KK-01")
    assert (s["niva"], s["kommentar"], s["kilde"], s["grunnlag"]) == (3, "Står i planen", "Plan 2026", "dokumentert")
    assert cli(*felles, "--vet-ikke", "--kommentar", "")[0] == 0
    s = _svar(cli, db, vid, "KK-01")
    assert (s["type"], s["kommentar"], s["kilde"], s["grunnlag"]) == ("vet_ikke", "", "Plan 2026", "dokumentert")


def test_svar_hjelpen_sier_hva_som_beholdes(cli: Kjorer) -> None:
    kode, ut, _ = cli("svar", "--help")
    assert kode == 0
    tekst = " ".join(ut.split())
    assert "beholdes kommentar, kilde, grunnlag og rolle" in tekst and '--kommentar "" tømmer' in tekst


def test_mal(cli: Kjorer, tomdb: tuple[str, str]) -> None:
    db, vid = tomdb
    kode, ut, err = cli("mal", "--database", db, "--vurdering", vid, "kk=2", "ETR=4")
    assert kode == 0 and "KK=2, ETR=4" in ut, err
    moduler = {
        m["id"]: m["mal"] for m in json.loads(cli("vis", "--database", db, "--vurdering", vid, "--json")[1])["moduler"]
    }
    assert moduler["KK"] == 2 and moduler["ETR"] == 4
    for argv, melding in (
        (["BU=3"], "Modulen BU er ikke med i vurderingen"),
        (["KK=5"], "nivået må være et helt tall fra 0 til 4"),
        (["KK"], "skriv MODUL=NIVÅ"),
        (["KK=1", "SL=9"], "nivået må være"),
    ):
        kode, _, err = cli("mal", "--database", db, "--vurdering", vid, *argv)
        assert kode == 2 and melding in err and err.startswith("Feil: ") and err.count("\n") == 1
    moduler = {
        m["id"]: m["mal"] for m in json.loads(cli("vis", "--database", db, "--vurdering", vid, "--json")[1])["moduler"]
    }
    assert moduler["KK"] == 2  # ingenting endret av de avviste


def test_tiltak_ny_liste_status(cli: Kjorer, tomdb: tuple[str, str]) -> None:
    db, vid = tomdb
    kode, ut, err = cli(
        "tiltak", "ny", "--database", db, "--vurdering", vid, "--tekst", "Fast møte med kommunen",
        "--eier", "Politikontakt", "--frist", "2027-03-01", "--indikator", "kk-01",
    )  # fmt: skip
    assert kode == 0, err
    tid = ut.strip()
    kode, ut, _ = cli("tiltak", "status", "--database", db, "--vurdering", vid, "--tiltak", tid, "pagar")
    assert kode == 0 and "Pågår" in ut
    kode, ut, _ = cli("tiltak", "liste", "--database", db, "--vurdering", vid, "--json")
    [t] = json.loads(ut)
    assert t == {
        "id": int(tid),
        "tekst": "Fast møte med kommunen",
        "eier_rolle": "Politikontakt",
        "frist": "2027-03-01",
        "status": "pagar",
        "indikator": "KK-01",
    }
    kode, ut, _ = cli("tiltak", "liste", "--database", db, "--vurdering", vid)
    assert "Fast møte med kommunen (Politikontakt)" in ut and "01.03.2027" in ut
    for argv, melding in (
        (["ny", "--tekst", " "], "Tiltaket må ha en tekst"),
        (["ny", "--tekst", "X", "--indikator", "BU-01"], "BU-01 er ikke med i vurderingen"),
        (["ny", "--tekst", "X", "--frist", "0001-01-01"], "Fristen"),
        (["status", "--tiltak", "99", "fullfort"], "Fant ikke tiltak 99"),
        (["status", "--tiltak", tid, "ferdig"], "ugyldig valg"),
    ):
        kode, _, err = cli("tiltak", argv[0], "--database", db, "--vurdering", vid, *argv[1:])
        assert kode == 2 and melding in err, err


def test_ferdig_laaser_og_gjenapne_aapner(cli: Kjorer, tomdb: tuple[str, str]) -> None:
    db, vid = tomdb
    kode, ut, _ = cli("ferdig", "--database", db, "--vurdering", vid)
    assert kode == 0 and "markert som ferdig" in ut and "ikke besvart" in ut
    for argv in (
        ["svar", "--indikator", "KK-01", "--niva", "2"],
        ["mal", "KK=2"],
        ["tiltak", "ny", "--tekst", "X"],
    ):
        kommando = argv[:2] if argv[0] == "tiltak" else argv[:1]
        kode, _, err = cli(*kommando, "--database", db, "--vurdering", vid, *argv[len(kommando) :])
        assert kode == 2 and "markert som ferdig. Åpne den igjen" in err, err
    data = json.loads(cli("vis", "--database", db, "--vurdering", vid, "--json")[1])
    assert data["vurdering"]["status"] == "ferdig"
    kode, ut, _ = cli("gjenapne", "--database", db, "--vurdering", vid)
    assert kode == 0 and "åpnet igjen" in ut
    assert cli("svar", "--database", db, "--vurdering", vid, "--indikator", "KK-01", "--niva", "2")[0] == 0


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True

    @property
    def buffer(self) -> io.BytesIO:
        return io.BytesIO(self.getvalue().encode())


def test_slett_spor_paa_terminalen_og_nekter_uten(
    cli: Kjorer, tomdb: tuple[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db, vid = tomdb
    argv = ("slett", "--database", db, "--vurdering", vid)
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))  # ingen terminal
    kode, _, err = cli(*argv)
    assert kode == 2 and "Legg til --ja" in err
    monkeypatch.setattr(sys, "stdin", _Terminal("n\n"))
    kode, ut, err = cli(*argv)
    assert kode == 0 and "Slette vurderingen av «Sentrum»" in err and "[j/N]" in err and "Ingenting er slettet" in ut
    monkeypatch.setattr(sys, "stdin", _Terminal("j\n"))
    kode, ut, _ = cli(*argv)
    assert kode == 0 and f"Vurdering {vid} er slettet" in ut
    assert json.loads(cli("liste", "--database", db, "--json")[1]) == []


def test_slett_med_ja(cli: Kjorer, demodb: tuple[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    db, vid = demodb
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    assert cli("slett", "--database", db, "--vurdering", vid, "--ja")[0] == 0
    kode, _, err = cli("slett", "--database", db, "--vurdering", vid, "--ja")
    assert kode == 2 and f"Fant ingen vurdering med id {vid}" in err
