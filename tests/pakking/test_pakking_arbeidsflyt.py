""".github/workflows/pakking.yml: gyldig YAML, tre plattformer, samme bygg og røyktest som lokalt.

Arbeidsflyten kan ikke kjøres her; testen holder den i takt med pakking/bygg.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

ROT = Path(__file__).resolve().parents[2]


def arbeidsflyt() -> dict[Any, Any]:
    data = yaml.safe_load((ROT / ".github" / "workflows" / "pakking.yml").read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def test_startes_for_haand_og_paa_versjonsmerker() -> None:
    data = arbeidsflyt()
    paa = data.get("on", data.get(True))  # YAML 1.1 leser `on` som sann
    assert "workflow_dispatch" in paa
    assert paa["push"]["tags"] == ["v*"]


def test_bygger_og_royktester_paa_tre_plattformer() -> None:
    jobber = arbeidsflyt()["jobs"]
    assert list(jobber) == ["bygg"]
    jobb = jobber["bygg"]
    assert set(jobb["strategy"]["matrix"]["os"]) == {"windows-latest", "macos-latest", "ubuntu-latest"}
    assert jobb["runs-on"] == "${{ matrix.os }}"
    assert jobb["defaults"]["run"]["shell"] == "bash"  # samme skript også på Windows (Git Bash)
    kjoringer = [s["run"] for s in jobb["steps"] if "run" in s]
    assert any(k.strip() == "pakking/bygg --test" for k in kjoringer)
    assert any("pip install ." in k and "venv .venv" in k for k in kjoringer)  # README-ens oppsett


def test_laster_opp_programmappen() -> None:
    steg = arbeidsflyt()["jobs"]["bygg"]["steps"]
    opplasting = [s for s in steg if str(s.get("uses", "")).startswith("actions/upload-artifact@")]
    assert len(opplasting) == 1
    assert opplasting[0]["with"]["path"] == "dist/Forkant"
    assert opplasting[0]["with"]["if-no-files-found"] == "error"
    assert [s["uses"].split("@")[0] for s in steg if "uses" in s][:2] == ["actions/checkout", "actions/setup-python"]
