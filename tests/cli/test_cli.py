"""Kommandolinjen: kommandoene i PRODUCT.md, JSON-formen og norske feil med kode 2."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from vurdering import __version__
from vurdering.cli import main


def kjor(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    kode = main(list(argv))
    ut = capsys.readouterr()
    return kode, ut.out, ut.err


@pytest.fixture
def demo(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[str, str]:
    db = str(tmp_path / "demo.db")
    kode, ut, _ = kjor(capsys, "demo", "--database", db)
    assert kode == 0
    return db, ut.strip()


def test_versjon(capsys: pytest.CaptureFixture[str]) -> None:
    assert kjor(capsys, "--version") == (0, f"Forkant {__version__}\n", "")


def test_demo_liste_og_vis(demo: tuple[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    db, vid = demo
    assert vid.isdigit()
    kode, ut, _ = kjor(capsys, "liste", "--database", db, "--json")
    assert kode == 0
    rader = json.loads(ut)
    assert rader[0]["enhet"] == "Demo politistasjon" and rader[0]["fremdrift"] == 1.0
    assert rader[0]["samlet_poeng"] is not None
    kode, ut, _ = kjor(capsys, "vis", "--database", db, "--vurdering", vid, "--json")
    data = json.loads(ut)
    assert data["format"] == "forkant-vis/1"
    assert {m["id"] for m in data["moduler"]} >= {"KK", "SL", "SS", "DT", "ETR", "BU", "PR"}
    assert len(data["svar"]) == data["vurdering"]["antall"] == 69
    assert data["forslag"][0]["rang"] == 1 and data["forslag"][0]["prioritet"] >= data["forslag"][1]["prioritet"]
    assert len(data["tiltak"]) == 3
    kode, ut, _ = kjor(capsys, "vis", "--database", db, "--vurdering", vid)
    assert kode == 0 and "Samlet:" in ut and "Prioriterte forslag:" in ut
    kode, ut, _ = kjor(capsys, "liste", "--database", db)
    assert "Demo politistasjon" in ut and "100\u00a0%" in ut  # hardt mellomrom, som i rapporten


def test_ny_og_svar(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "f.db")
    kode, ut, err = kjor(
        capsys, "ny", "--database", db, "--enhet", "Sentrum", "--distrikt", "vest", "--moduler", "etr,BU"
    )
    assert kode == 0, err
    vid = ut.strip()
    for argv in (
        ["--indikator", "KK-01", "--niva", "3", "--grunnlag", "dokumentert", "--kommentar", "Står i <planen> & mer"],
        ["--indikator", "kk-02", "--vet-ikke"],
        ["--indikator", "ETR-01", "--ikke-relevant", "Ingen egen etterretning"],
    ):
        kode, ut, err = kjor(capsys, "svar", "--database", db, "--vurdering", vid, *argv)
        assert kode == 0, err
        assert ut.startswith("Lagret ")
    data = json.loads(kjor(capsys, "vis", "--database", db, "--vurdering", vid, "--json")[1])
    svar = {s["indikator"]: s for s in data["svar"]}
    assert svar["KK-01"]["niva"] == 3 and svar["KK-01"]["kommentar"] == "Står i <planen> & mer"
    assert svar["KK-02"]["type"] == "vet_ikke"
    assert svar["ETR-01"]["grunn"] == "Ingen egen etterretning"
    assert data["vurdering"]["distrikt"] == "Vest politidistrikt"
    assert data["vurdering"]["moduler"] == ["KK", "SL", "SS", "DT", "ETR", "BU"]
    assert data["vurdering"]["ferdig_besvart"] is False


@pytest.mark.parametrize(
    ("argv", "melding"),
    [
        (["svar", "--vurdering", "999", "--indikator", "KK-01", "--niva", "2"], "Fant ingen vurdering med id 999"),
        (
            ["svar", "--vurdering", "1", "--indikator", "KK-01", "--niva", "7"],
            "nivået må være et helt tall fra 0 til 4",
        ),
        (["svar", "--vurdering", "1", "--indikator", "ZZ-01", "--niva", "2"], "Ukjent indikator «ZZ-01»"),
        (["svar", "--vurdering", "1", "--indikator", "PR-01", "--niva", "2"], "ikke er med i vurderingen"),
        (["svar", "--vurdering", "1", "--indikator", "KK-01", "--ikke-relevant", " "], "må begrunnes"),
        (["svar", "--vurdering", "1", "--indikator", "KK-01"], "ett av argumentene"),
        (["svar", "--vurdering", "en", "--indikator", "KK-01", "--niva", "1"], "vurderings-id må være et helt tall"),
        (["vis", "--vurdering", "5"], "Fant ingen vurdering med id 5"),
        (["ny", "--enhet", "X", "--distrikt", "Narnia"], "Ukjent distrikt «Narnia»"),
        (["ny", "--enhet", "X", "--distrikt", "Vest", "--moduler", "ETR,NOPE"], "Ukjent modul: NOPE"),
        (["ny", "--enhet", "X", "--distrikt", "Vest", "--dato", "31.12.2026"], "Ugyldig dato"),
        (["ny", "--enhet", "X"], "mangler påkrevd argument: --distrikt"),
        (["finnes-ikke"], "ugyldig valg"),
    ],
)
def test_brukerfeil_gir_kode_2_og_en_norsk_linje(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], melding: str
) -> None:
    db = str(tmp_path / "f.db")
    assert kjor(capsys, "ny", "--database", db, "--enhet", "Sentrum", "--distrikt", "Oslo")[0] == 0
    kode, _, err = (
        kjor(capsys, *argv[:1], "--database", db, *argv[1:]) if argv[0] != "finnes-ikke" else kjor(capsys, *argv)
    )
    assert kode == 2
    assert melding in err
    assert err.count("\n") == 1 and "Traceback" not in err


def test_odelagt_databasefil(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fil = tmp_path / "feil.db"
    fil.write_bytes(b"PK\x03\x04 dette er en zip")
    kode, _, err = kjor(capsys, "liste", "--database", str(fil))
    assert kode == 2 and "ikke en Forkant-database" in err
    assert fil.read_bytes() == b"PK\x03\x04 dette er en zip"


def test_bank_sjekk(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    kode, ut, _ = kjor(capsys, "bank", "sjekk")
    assert kode == 0 and ut.startswith("OK") and "69 indikatorer" in ut
    kode, ut, _ = kjor(capsys, "bank", "sjekk", "--json")
    data = json.loads(ut)
    assert data["ok"] and data["indikatorer"] == 69 and len(data["moduler"]) == 16
    feil = tmp_path / "egen.toml"
    feil.write_text('[modul]\nid = "EGEN"\nnavn = "Egen"\ntype = "tverrgaende"\nintro = "x"\n', encoding="utf-8")
    kode, ut, err = kjor(capsys, "bank", "sjekk", str(feil))
    assert kode == 2 and "egen.toml: modul EGEN: har 0 indikatorer" in err
    kode, ut, _ = kjor(capsys, "bank", "sjekk", str(feil), "--json")
    assert kode == 2 and json.loads(ut)["ok"] is False
    kode, _, err = kjor(capsys, "bank", "sjekk", str(tmp_path / "mangler.toml"))
    assert kode == 2 and "Finner ikke filen" in err


def test_kommandolinjen_laster_ikke_qt_eller_reportlab(demo: tuple[str, str]) -> None:
    db, vid = demo
    kode = (
        "import sys; from vurdering.cli import main; "
        f"main(['vis', '--database', {db!r}, '--vurdering', {vid!r}]); "
        "print(sorted(m for m in ('PySide6', 'reportlab') if m in sys.modules))"
    )
    ut = subprocess.run([sys.executable, "-c", kode], capture_output=True, text=True, check=True).stdout
    assert ut.strip().splitlines()[-1] == "[]"


def test_python_m_vurdering(tmp_path: Path) -> None:
    r = subprocess.run([sys.executable, "-m", "vurdering", "--version"], capture_output=True, text=True)
    assert r.returncode == 0 and r.stdout.strip() == f"Forkant {__version__}"


def test_distriktets_egen_modul_ved_siden_av_banken(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import shutil

    from vurdering.domene.bank import standardmappe

    egne = tmp_path / "egne-moduler"
    egne.mkdir()
    # En kopi av Politiråd-modulen med ny id gir en gyldig egen modul.
    tekst = (standardmappe() / "moduler" / "PR.toml").read_text(encoding="utf-8")
    (egne / "NAT.toml").write_text(
        tekst.replace('id = "PR"', 'id = "NAT"').replace('"PR-0', '"NAT-0').replace("Politiråd", "Natteliv"),
        encoding="utf-8",
    )
    db = str(tmp_path / "forkant.db")
    kode, ut, err = kjor(capsys, "ny", "--database", db, "--enhet", "Sentrum", "--distrikt", "Oslo", "--moduler", "NAT")
    assert kode == 0, err
    vid = ut.strip()
    assert kjor(capsys, "svar", "--database", db, "--vurdering", vid, "--indikator", "NAT-01", "--niva", "2")[0] == 0
    data = json.loads(kjor(capsys, "vis", "--database", db, "--vurdering", vid, "--json")[1])
    assert "NAT" in data["vurdering"]["moduler"]
    assert kjor(capsys, "bank", "sjekk", str(egne / "NAT.toml"))[0] == 0

    # En ødelagt egen modul stopper nye vurderinger med en melding som nevner filen.
    shutil.copy(egne / "NAT.toml", egne / "FEIL.toml")
    (egne / "FEIL.toml").write_text("[modul]\nid = ", encoding="utf-8")
    kode, _, err = kjor(capsys, "ny", "--database", db, "--enhet", "Sentrum", "--distrikt", "Oslo")
    assert kode == 2 and "FEIL.toml: ugyldig TOML" in err
    # Vurderingen som alt finnes, leses som før (banken følger vurderingen).
    assert kjor(capsys, "vis", "--database", db, "--vurdering", vid, "--json")[0] == 0


def test_rapport_med_egen_merking(demo: tuple[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from pypdf import PdfReader

    db, vid = demo
    ut = tmp_path / "r.pdf"
    merking = "Unntatt offentlighet, jf. offl. § 14"
    kode, _, err = kjor(
        capsys, "rapport", "--database", db, "--vurdering", vid, "--ut", str(ut), "--kort", "--merking", merking
    )
    assert kode == 0, err
    assert merking in PdfReader(ut).pages[0].extract_text()
    kode, _, err = kjor(capsys, "rapport", "--database", db, "--vurdering", vid, "--ut", str(ut), "--merking", " ")
    assert kode == 2 and "Merkingen må være" in err
