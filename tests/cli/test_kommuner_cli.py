"""`ny --kommuner`, `svar --kommune` og `vis --json` med svar per kommune og svakeste kommune."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from clihjelp import Kjorer


def _ny(cli: Kjorer, tmp_path: Path, kommuner: str) -> tuple[int, str, str, str]:
    db = str(tmp_path / "k.db")
    kode, ut, err = cli(
        "ny",
        "--database",
        db,
        "--enhet",
        "Asker og Bærum",
        "--distrikt",
        "Øst",
        "--moduler",
        "PR",
        "--kommuner",
        kommuner,
    )
    return kode, ut.strip(), err, db


def _vis(cli: Kjorer, db: str, vid: str) -> dict[str, Any]:
    kode, ut, err = cli("vis", "--database", db, "--vurdering", vid, "--json")
    assert kode == 0, err
    data: dict[str, Any] = json.loads(ut)
    return data


def test_ukjent_kommune_gir_forslag_og_ingen_vurdering(cli: Kjorer, tmp_path: Path) -> None:
    kode, _, err, db = _ny(cli, tmp_path, "Asker,Lilestrom")
    assert kode == 2
    assert err.strip() == "Feil: Ukjent kommune: «Lilestrom»; mente du «Lillestrøm»?"
    assert cli("liste", "--database", db, "--json")[1].strip() in ("[]", "")


def test_svar_per_kommune_og_vis_json(cli: Kjorer, tmp_path: Path) -> None:
    kode, vid, err, db = _ny(cli, tmp_path, "Asker, bærum ,Våler (Østfold)")
    assert kode == 0, err
    for kommune, niva in (("asker", "4"), ("Bærum", "3"), ("våler (østfold)", "1")):
        kode, ut, err = cli(
            "svar", "--database", db, "--vurdering", vid, "--indikator", "PR-02", "--kommune", kommune, "--niva", niva
        )
        assert kode == 0, err
    assert ut.startswith("Lagret PR-02 for Våler (Østfold) kl. ")
    data = _vis(cli, db, vid)
    assert data["vurdering"]["kommuner"] == ["Asker", "Bærum", "Våler (Østfold)"]
    pr02 = next(s for s in data["svar"] if s["indikator"] == "PR-02")
    assert [(k["kommune"], k["type"], k["niva"]) for k in pr02["kommuner"]] == [
        ("Asker", "niva", 4),
        ("Bærum", "niva", 3),
        ("Våler (Østfold)", "niva", 1),
    ]
    assert pr02["kommunesnitt"] == 2.7 and pr02["svakeste_kommune"] == "Våler (Østfold)"
    assert next(s for s in data["svar"] if s["indikator"] == "PR-01")["kommuner"] == []
    forslag = next(f for f in data["forslag"] if f["indikator"] == "PR-02")
    assert forslag["niva"] == 1 and forslag["kommuner"] == ["Våler (Østfold)"]
    pr = next(m for m in data["moduler"] if m["id"] == "PR")
    assert pr["besvart"] == 1 and pr["poeng"] == 2.7 and pr["svakeste"] == 1
    tekst = cli("vis", "--database", db, "--vurdering", vid)[1]
    assert "PR-02    snitt 2,7" in tekst and "(svakest: Våler (Østfold))" in tekst


def test_feil_kommune_eller_indikator_sier_hva_som_er_galt(cli: Kjorer, tmp_path: Path) -> None:
    _, vid, _, db = _ny(cli, tmp_path, "Asker,Bærum")
    grunn = ("svar", "--database", db, "--vurdering", vid)
    kode, _, err = cli(*grunn, "--indikator", "PR-01", "--kommune", "Lier", "--vet-ikke")
    assert (kode, err.strip()) == (2, "Feil: Kommunen «Lier» er ikke med i vurderingen. Med er: Asker, Bærum.")
    kode, _, err = cli(*grunn, "--indikator", "KK-01", "--kommune", "Asker", "--niva", "2")
    assert kode == 2 and "Feil: Indikatoren KK-01 besvares for hele enheten, ikke per kommune." in err
    kode, _, err = cli(*grunn, "--indikator", "PR-01", "--kommune", "Askr", "--niva", "2")
    assert kode == 2 and "mente du «Asker»" in err
    kode, _, err = cli(*grunn, "--indikator", "PR-01", "--kommune", "Bærum", "--vet-ikke")
    assert kode == 0, err
    assert "    Bærum                          Vet ikke" in cli("vis", "--database", db, "--vurdering", vid)[1]
    kode, _, err = cli(*grunn, "--indikator", "PR-01", "--kommune", "Bærum", "--ikke-relevant", "Ikke her")
    assert kode == 0, err
    kode, _, err = cli(*grunn, "--indikator", "PR-01", "--kommune", "Asker", "--ikke-relevant", "Ingen politiråd")
    assert kode == 0, err
    data = _vis(cli, db, vid)
    pr01 = next(s for s in data["svar"] if s["indikator"] == "PR-01")
    assert pr01["kommuner"][0]["grunn"] == "Ingen politiråd" and pr01["kommuner"][1]["type"] == "ikke_relevant"
    assert next(m for m in data["moduler"] if m["id"] == "PR")["ikke_relevant"] == 1  # alle kommunene ikke relevante


def test_kommuner_vises_og_settes(cli: Kjorer, tmp_path: Path) -> None:
    db = str(tmp_path / "k.db")
    kode, vid, err = cli("ny", "--database", db, "--enhet", "Sentrum", "--distrikt", "Vest", "--moduler", "PR")
    assert kode == 0, err
    vid = vid.strip()
    assert cli("kommuner", "--database", db, "--vurdering", vid)[1].strip() == (
        "Vurderingen har ingen kommuner (ett svar per indikator)."
    )
    kode, ut, err = cli("kommuner", "--database", db, "--vurdering", vid, "--sett", "Bergen,askøy")
    assert (kode, ut.strip()) == (0, "Kommunene er lagret: Bergen, Askøy"), err
    assert cli("kommuner", "--database", db, "--vurdering", vid)[1].splitlines() == ["Bergen", "Askøy"]
    kode, _, err = cli("kommuner", "--database", db, "--vurdering", vid, "--sett", "Bergen,Bergen")
    assert kode == 2 and err.startswith("Feil: Kommunen «Bergen (Vestland)» er valgt to ganger")
    kode, ut, _ = cli("kommuner", "--database", db, "--vurdering", vid, "--sett", "")
    assert ut.strip() == "Kommunene er lagret: ingen (ett svar per indikator)"
