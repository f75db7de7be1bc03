"""`vurdering utvikling` og `vurdering oversikt`: JSON med de samme tallene som vis og visningene,
norske feil med kode 2, ingen ny database, CSV for Excel og hjelpetekst for hvert valg."""

from __future__ import annotations

import argparse
import json
import sqlite3
from pathlib import Path

import pytest

from vurdering.cli import main
from vurdering.cli.parser import lag_parser


def kjor(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    kode = main(list(argv))
    ut = capsys.readouterr()
    return kode, ut.out, ut.err


@pytest.fixture(scope="module")
def distrikt(tmp_path_factory: pytest.TempPathFactory) -> str:
    db = str(tmp_path_factory.mktemp("cli") / "d.db")
    assert main(["demo", "--distrikt-demo", "--database", db]) == 0
    return db


def _sql(db: str, sql: str, *args: object) -> list[tuple[object, ...]]:
    with sqlite3.connect(db) as conn:
        return [tuple(r) for r in conn.execute(sql, args)]


def test_distriktsdemoen_lager_seks_enheter_med_to_eller_tre_runder(distrikt: str) -> None:
    runder = dict(
        _sql(distrikt, "SELECT nokkel, count(*) FROM enhet e JOIN vurdering v ON v.enhet_id = e.id GROUP BY nokkel")
    )
    assert len(runder) == 6 and set(runder.values()) == {2, 3}


def test_utvikling_json_har_vis_sine_tall_for_hver_runde(distrikt: str, capsys: pytest.CaptureFixture[str]) -> None:
    kode, ut, err = kjor(capsys, "utvikling", "--database", distrikt, "--enhet", "Arendal", "--json")
    assert kode == 0, err
    data = json.loads(ut)
    assert data["format"] == "forkant-utvikling/1" and data["enhet"]["distrikt"] == "Agder politidistrikt"
    assert len(data["runder"]) == 3
    for i, runde in enumerate(data["runder"]):
        _, vis, _ = kjor(capsys, "vis", "--database", distrikt, "--vurdering", str(runde["vurdering_id"]), "--json")
        vis_data = json.loads(vis)
        assert runde["samlet_poeng"] == vis_data["samlet"]["poeng"]
        poeng = {m["id"]: m["poeng"] for m in vis_data["moduler"]}
        assert {m["id"]: m["poeng"][i] for m in data["moduler"]} == poeng
    forrige, siste = data["runder"][-2]["samlet_poeng"], data["runder"][-1]["samlet_poeng"]
    assert data["samlet_endring"] == round(siste - forrige, 1)
    storst = data["moduler_bedret"][0]
    assert (
        storst["endring"]
        == max(m["poeng"][2] - m["poeng"][1] for m in data["moduler"])
        == pytest.approx(storst["til"] - storst["fra"])
    )
    assert data["tiltak"]["antall"] == 3 and 0 <= data["tiltak"]["andel_fullfort"] <= 1


def test_utvikling_som_tekst(distrikt: str, capsys: pytest.CaptureFixture[str]) -> None:
    kode, ut, _ = kjor(capsys, "utvikling", "--database", distrikt, "--enhet", "kristiansand politistasjon")
    assert kode == 0
    assert "Kristiansand politistasjon (Agder politidistrikt) – 3 runder" in ut
    assert "Samlet:" in ut and "Mest bedret, moduler" in ut and "Tiltak fra forrige runde" in ut


def test_oversikt_json_har_visningenes_tall(distrikt: str, capsys: pytest.CaptureFixture[str]) -> None:
    kode, ut, err = kjor(capsys, "oversikt", "--database", distrikt, "--json")
    assert kode == 0, err
    data = json.loads(ut)
    assert data["format"] == "forkant-oversikt/1" and data["utvalg"]["alle_runder"] is False
    assert len(data["enheter"]) == 6 and "kommentarer" not in data
    for rad in data["enheter"]:
        visning = dict(
            _sql(distrikt, "SELECT modul_id, poeng FROM analyse_modulpoeng WHERE vurdering_id = ?", rad["vurdering_id"])
        )
        assert rad["poeng"] == visning
    etr = sorted(r["poeng"]["ETR"] for r in data["enheter"] if r["poeng"]["ETR"] is not None)
    assert data["fordelinger"]["ETR"]["antall"] == len(etr) == 5
    assert (data["fordelinger"]["ETR"]["minst"], data["fordelinger"]["ETR"]["storst"]) == (etr[0], etr[-1])
    assert data["datavarsler"][0]["moduler"] == ["ETR"]
    assert set(data["tiltak"]) == {"ikke_startet", "pagar", "fullfort", "forkastet"}
    assert data["trend"]["ar"] == sorted(data["trend"]["ar"]) and len(data["trend"]["ar"]) == 3
    _, ut, _ = kjor(capsys, "oversikt", "--database", distrikt, "--json", "--alle-runder")
    assert len(json.loads(ut)["enheter"]) == 16


def test_oversikt_som_tekst_viser_strek_uten_poeng(distrikt: str, capsys: pytest.CaptureFixture[str]) -> None:
    kode, ut, _ = kjor(capsys, "oversikt", "--database", distrikt, "--distrikt", "agder")
    assert kode == 0
    vennesla = next(linje for linje in ut.splitlines() if linje.startswith("Vennesla"))
    assert "–" in vennesla
    assert "Felles svake punkter" in ut and "Datavarsel: Vennesla" in ut


def test_oversikt_csv_for_excel(distrikt: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ut_fil = tmp_path / "matrise.csv"
    kode, ut, err = kjor(capsys, "oversikt", "--database", distrikt, "--ut", str(ut_fil))
    assert kode == 0, err
    assert ut.strip() == str(ut_fil)
    raa = ut_fil.read_bytes()
    assert raa.startswith(b"\xef\xbb\xbf") and b"\r\n" in raa
    linjer = raa.decode("utf-8-sig").splitlines()
    hode = linjer[0].split(";")
    assert hode[:7] == ["Vurdering-id", "Distrikt", "Enhet", "Dato", "Type", "Status", "Samlet"]
    _, js, _ = kjor(capsys, "oversikt", "--database", distrikt, "--json")
    enheter = json.loads(js)["enheter"]
    for linje, rad in zip(linjer[1:], enheter, strict=True):
        celler = linje.split(";")
        assert int(celler[0]) == rad["vurdering_id"]
        for kol, celle in zip(hode[7:], celler[7:], strict=True):
            verdi = rad["poeng"].get(kol.split()[0])
            assert celle == ("" if verdi is None else f"{verdi:.1f}".replace(".", ","))


@pytest.mark.parametrize("kommando", [["utvikling", "--enhet", "Arendal"], ["oversikt"]])
def test_ingen_ny_database(tmp_path: Path, capsys: pytest.CaptureFixture[str], kommando: list[str]) -> None:
    sti = tmp_path / "finnes-ikke.db"
    kode, _, err = kjor(capsys, *kommando, "--database", str(sti))
    assert kode == 2 and err.startswith("Feil: Finner ikke databasen") and err.count("\n") == 1
    assert not sti.exists()


def test_flere_distrikter_og_ukjent_enhet(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "f.db")
    for distrikt in ("vest", "øst"):
        assert kjor(capsys, "ny", "--database", db, "--enhet", "Sentrum", "--distrikt", distrikt)[0] == 0
    kode, _, err = kjor(capsys, "utvikling", "--database", db, "--enhet", "sentrum")
    assert kode == 2
    assert (
        err
        == "Feil: Enheten «sentrum» finnes i flere distrikter: Vest politidistrikt, Øst politidistrikt. Velg ett med --distrikt.\n"
    )
    kode, ut, _ = kjor(capsys, "utvikling", "--database", db, "--enhet", "sentrum", "--distrikt", "Vest")
    assert kode == 0 and "Bare én runde" in ut
    kode, _, err = kjor(capsys, "utvikling", "--database", db, "--enhet", "Nord")
    assert kode == 2 and err == "Feil: Fant ingen vurderinger av enheten «Nord».\n"


def test_ut_maa_vaere_pdf_eller_csv_og_aldri_databasen(
    distrikt: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    kode, _, err = kjor(capsys, "oversikt", "--database", distrikt, "--ut", str(tmp_path / "x.docx"))
    assert kode == 2 and ".pdf" in err
    kopi = tmp_path / "d.csv"
    kopi.write_bytes(Path(distrikt).read_bytes())
    kode, _, err = kjor(capsys, "oversikt", "--database", str(kopi), "--ut", str(kopi))
    assert kode == 2 and err.startswith("Feil: ") and kopi.read_bytes()[:6] == b"SQLite"
    kode, _, err = kjor(capsys, "oversikt", "--database", distrikt, "--fra", "2026-13-01")
    assert kode == 2 and "ugyldig dato" in err.lower()


def test_hvert_valg_har_en_hjelpelinje() -> None:
    sub = next(a for a in lag_parser()._actions if isinstance(a, argparse._SubParsersAction))
    for navn in ("utvikling", "oversikt"):
        for action in sub.choices[navn]._actions:
            assert action.help, f"{navn} {action.option_strings}"


def test_json_og_ut_kan_ikke_brukes_sammen(distrikt: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    kode, _, err = kjor(capsys, "oversikt", "--database", distrikt, "--json", "--ut", str(tmp_path / "x.pdf"))
    assert kode == 2 and "kan ikke brukes sammen med" in err and not (tmp_path / "x.pdf").exists()
