"""`vis` og `vis --json`: analysen (svakeste, merknader, uenighet), rollen per svar,
poeng med én desimal, og svarene i tekstutgaven."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from vurdering.cli import main
from vurdering.domene.bank import Bank
from vurdering.domene.modell import Svar, SvarType
from vurdering.lagring import repository
from vurdering.lagring.database import apne
from vurdering.tjenester.demo import lag_demo


@pytest.fixture
def demo(tmp_path: Path, bank: Bank) -> tuple[str, str]:
    """Demoen med én samlingsstemme med uenighet, dissens og rolle på SL-01."""
    sti = tmp_path / "vis.db"
    with apne(sti, opprett=True) as db:
        vid = lag_demo(db, bank)
        svar = Svar("SL-01", SvarType.NIVA, 2, rolle="Politistasjonssjef", dissens="Én mente nivå 4")
        repository.lagre_svar(db, vid, svar)
        repository.lagre_stemmer(db, vid, "SL-01", (1, 0, 2, 0, 1))
    return str(sti), str(vid)


def _json(capsys: pytest.CaptureFixture[str], db: str, vid: str) -> dict[str, object]:
    assert main(["vis", "--database", db, "--vurdering", vid, "--json"]) == 0
    data: dict[str, object] = json.loads(capsys.readouterr().out)
    return data


def test_json_har_svakeste_rolle_uenighet_og_dissens(demo: tuple[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    data = _json(capsys, *demo)
    svar = {s["indikator"]: s for s in data["svar"]}  # type: ignore[attr-defined]
    sl = svar["SL-01"]
    assert sl["rolle"] == "Politistasjonssjef"
    assert sl["stemmer"] == [1, 0, 2, 0, 1] and sl["uenighet"] is True
    assert sl["dissens"] == "Én mente nivå 4"
    uten = next(s for s in svar.values() if s["stemmer"] is None)
    assert uten["uenighet"] is None and uten["dissens"] == ""
    svakeste = data["svakeste"]
    assert isinstance(svakeste, list) and svakeste
    assert set(svakeste[0]) == {"indikator", "modul", "tittel", "niva", "niva_navn", "mal", "gap"}
    koder = [m["kode"] for m in data["merknader"]]  # type: ignore[attr-defined]
    assert "modul_utilstrekkelig" in koder  # ID-forvaltning i demoen
    merknad = next(m for m in data["merknader"] if m["kode"] == "modul_utilstrekkelig")  # type: ignore[attr-defined]
    assert "25 %" in merknad["tekst"].replace("\u00a0", " ")
    assert data["oppfolging"]["forrige_vurdering"] is None  # type: ignore[index]
    assert data["matrise"]["ruter"]  # type: ignore[index]


def test_tema_med_er_navn_og_tall_har_en_desimal(demo: tuple[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    data = _json(capsys, *demo)
    moduler = data["moduler"]
    assert isinstance(moduler, list)
    tema = {m["navn"] for m in moduler if m["type"] == "tema"}
    samlet = data["samlet"]
    assert isinstance(samlet, dict)
    assert samlet["tema_med"] and set(samlet["tema_med"]) <= tema
    tall = [samlet["poeng"], *(m["poeng"] for m in moduler), *(m["gap"] for m in moduler)]
    tall += [f["prioritet"] for f in data["forslag"]]  # type: ignore[attr-defined]
    tall += [r["snitt"] for r in data["matrise"]["ruter"]]  # type: ignore[index]
    for x in tall:
        assert x is None or round(x, 1) == x


def test_vis_i_tekst_viser_svarene_og_de_svakeste(demo: tuple[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    db, vid = demo
    data = _json(capsys, db, vid)
    assert main(["vis", "--database", db, "--vurdering", vid]) == 0
    ut = capsys.readouterr().out
    linjer = ut.splitlines()
    besvart = [s for s in data["svar"] if s["type"] is not None]  # type: ignore[attr-defined]
    for s in besvart:
        assert any(linje.strip().startswith(s["indikator"]) for linje in linjer), s["indikator"]
    sl = next(linje for linje in linjer if linje.strip().startswith("SL-01"))
    assert "2 " in sl and "Politistasjonssjef" in sl and "uenighet" in sl
    blokk = ut[ut.index("Svakeste indikatorer") :]
    forste = data["svakeste"][0]["indikator"]  # type: ignore[index]
    assert forste in blokk.splitlines()[1]
