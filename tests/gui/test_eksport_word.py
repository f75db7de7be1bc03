"""Word-rapportene fra vinduet: menyvalgene «Full rapport (Word)…» og «Lederoppsummering (Word)…»."""

from __future__ import annotations

from pathlib import Path

import pytest

from vurdering.gui.resultat import eksport
from vurdering.lagring.database import Database


@pytest.mark.parametrize("kort", [False, True])
def test_eksport_til_word_skriver_filen_og_apner_den(
    qtbot, db: Database, demo_id: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, meldt, kort: bool
) -> None:
    docx = pytest.importorskip("docx")
    apnede: list[Path] = []
    forslag: list[str] = []
    monkeypatch.setattr(eksport, "apne_fil", lambda sti: apnede.append(sti) or True)
    monkeypatch.setattr(
        eksport, "velg_fil", lambda p, tittel, foreslatt, filter: forslag.append(foreslatt) or str(tmp_path / "r")
    )
    sti = eksport.eksporter_word(None, db, demo_id, kort=kort)
    assert sti == tmp_path / "r.docx" and apnede == [sti] and not meldt.vist
    assert Path(forslag[0]).suffix == ".docx"
    overskrifter = [p.text for p in docx.Document(str(sti)).paragraphs if p.style.name.startswith("Heading")]
    assert overskrifter[0] == ("Lederoppsummering" if kort else "Modenhetsvurdering")


def test_word_fra_menyen(qtbot, lag_vindu, demo_db, monkeypatch) -> None:
    db, vid = demo_db
    kall: list[tuple[int, bool]] = []
    monkeypatch.setattr(eksport, "eksporter_word", lambda p, d, v, kort: kall.append((v, kort)))
    vindu = lag_vindu(db)
    assert not vindu.h_word.isEnabled() and not vindu.h_kort_word.isEnabled()
    vindu.apne_vurdering(vid)
    assert vindu.h_word.text() == "Full rapport (Word)…"
    assert vindu.h_kort_word.text() == "Lederoppsummering (Word)…"
    vindu.h_word.trigger()
    vindu.h_kort_word.trigger()
    assert kall == [(vid, False), (vid, True)]
