"""`vurdering rapport` og `vurdering csv`: avslutningskoder, meldinger, og trygg skriving
(en feil midtveis etterlater verken en halv fil eller en midlertidig fil)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from vurdering import cli
from vurdering.domene.vurderingsdata import Vurderingsdata
from vurdering.rapport import RapportFeil, pdf
from vurdering.rapport.csvfil import skriv_csv


def _kjor(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    kode = cli.main(list(argv))
    ut, feil = capsys.readouterr()
    return kode, ut, feil


def test_rapport_full_og_kort(capsys: pytest.CaptureFixture[str], demo_db: tuple[Path, int], tmp_path: Path) -> None:
    db, vid = demo_db
    for ekstra, navn in (([], "full.pdf"), (["--kort", "--sprak", "nn"], "kort.pdf")):
        ut = tmp_path / navn
        kode, stdout, stderr = _kjor(
            capsys, "rapport", "--database", str(db), "--vurdering", str(vid), "--ut", str(ut), *ekstra
        )
        assert (kode, stderr) == (0, "")
        assert stdout.strip() == str(ut)
        assert ut.read_bytes().startswith(b"%PDF-")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["full.pdf", "kort.pdf"]


def test_csv(capsys: pytest.CaptureFixture[str], demo_db: tuple[Path, int], tmp_path: Path) -> None:
    db, vid = demo_db
    ut = tmp_path / "svar.csv"
    kode, stdout, stderr = _kjor(capsys, "csv", "--database", str(db), "--vurdering", str(vid), "--ut", str(ut))
    assert (kode, stderr, stdout.strip()) == (0, "", str(ut))
    assert ut.read_bytes().startswith(b"\xef\xbb\xbfModul;")


@pytest.mark.parametrize("kommando", ["rapport", "csv"])
@pytest.mark.parametrize(
    ("hva", "melding"),
    [
        ("ukjent_id", "Fant ingen vurdering med id 999"),
        ("mappe_mangler", "finnes ikke"),
        ("ut_er_mappe", "er en mappe"),
        ("forelder_er_fil", "er ikke en mappe"),
        ("database_mangler", "Finner ikke databasen"),
    ],
)
def test_brukerfeil_gir_kode_2_og_en_norsk_linje(
    capsys: pytest.CaptureFixture[str],
    demo_db: tuple[Path, int],
    tmp_path: Path,
    kommando: str,
    hva: str,
    melding: str,
) -> None:
    db, vid = demo_db
    fil = tmp_path / "fil.txt"
    fil.write_text("x")
    ut = {
        "mappe_mangler": tmp_path / "finnes" / "ikke" / "ut.pdf",
        "ut_er_mappe": tmp_path,
        "forelder_er_fil": fil / "ut.pdf",
    }.get(hva, tmp_path / "ut.pdf")
    database = tmp_path / "mangler.db" if hva == "database_mangler" else db
    id_ = "999" if hva == "ukjent_id" else str(vid)
    kode, stdout, stderr = _kjor(capsys, kommando, "--database", str(database), "--vurdering", id_, "--ut", str(ut))
    assert kode == 2
    assert stdout == ""
    assert melding in stderr
    assert len(stderr.strip().splitlines()) == 1
    assert "Traceback" not in stderr
    assert not (tmp_path / "mangler.db").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fil.txt"]


def test_ugyldig_sprak(capsys: pytest.CaptureFixture[str], demo_db: tuple[Path, int], tmp_path: Path) -> None:
    db, vid = demo_db
    kode, _, stderr = _kjor(
        capsys,
        "rapport",
        "--database",
        str(db),
        "--vurdering",
        str(vid),
        "--ut",
        str(tmp_path / "x.pdf"),
        "--sprak",
        "en",
    )
    assert kode == 2 and "--sprak" in stderr


def test_feil_midt_i_byggingen_rorer_ikke_den_gamle_filen(
    tmp_path: Path, kkdata: Vurderingsdata, monkeypatch: pytest.MonkeyPatch
) -> None:
    ut = tmp_path / "rapport.pdf"
    ut.write_bytes(b"gammel rapport")

    def halvveis(f: object, *_: object) -> None:
        f.write(b"%PDF-1.4 halv")  # type: ignore[attr-defined]
        raise RuntimeError("krasj midt i byggingen")

    monkeypatch.setattr(pdf, "bygg", halvveis)
    with pytest.raises(RuntimeError):
        pdf.lag_rapport(kkdata, ut)
    assert ut.read_bytes() == b"gammel rapport"
    assert [p.name for p in tmp_path.iterdir()] == ["rapport.pdf"]


def test_skrivefeil_blir_norsk_melding_uten_rester(
    tmp_path: Path, kkdata: Vurderingsdata, monkeypatch: pytest.MonkeyPatch
) -> None:
    def nekt(*_: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", nekt)
    for lag in (lambda sti: pdf.lag_rapport(kkdata, sti), lambda sti: skriv_csv(kkdata, sti)):
        with pytest.raises(RapportFeil, match="Har ikke lov til å skrive"):
            lag(tmp_path / "ut")
    assert list(tmp_path.iterdir()) == []


def test_rapport_til_fil_er_en_hel_pdf(tmp_path: Path, kkdata: Vurderingsdata) -> None:
    ut = tmp_path / "r.pdf"
    pdf.lag_rapport(kkdata, ut)
    innhold = ut.read_bytes()
    assert innhold.startswith(b"%PDF-") and innhold.rstrip().endswith(b"%%EOF")
    assert [p.name for p in tmp_path.iterdir()] == ["r.pdf"]


def test_rapport_velger_word_etter_endelsen(
    capsys: pytest.CaptureFixture[str], demo_db: tuple[Path, int], tmp_path: Path
) -> None:
    import docx

    db, vid = demo_db
    for ekstra, navn in (([], "full.DOCX"), (["--kort", "--merking", "Begrenset"], "kort.docx")):
        ut = tmp_path / navn
        kode, stdout, stderr = _kjor(
            capsys, "rapport", "--database", str(db), "--vurdering", str(vid), "--ut", str(ut), *ekstra
        )
        assert (kode, stderr, stdout.strip()) == (0, "", str(ut))
        dok = docx.Document(str(ut))
        assert dok.paragraphs[0].style.name == "Heading 1"
    assert "Begrenset" in dok.sections[0].footer.paragraphs[0].text
    kode, _, stderr = _kjor(
        capsys, "rapport", "--database", str(db), "--vurdering", str(vid), "--ut", str(tmp_path / "r.odt")
    )
    assert kode == 2 and stderr.startswith("Feil: ") and ".docx" in stderr and len(stderr.strip().splitlines()) == 1
    assert not (tmp_path / "r.odt").exists()
