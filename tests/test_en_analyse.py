"""Én analyse: vinduets sammendrag, den fulle PDF-rapporten og `vis --json` nevner de samme
svakeste indikatorene og de samme forslagene, i samme rekkefølge.

Vurderingen er demoen med egne mål per modul, slik en enhet setter dem: da skiller
«lavest nivå» og «lengst fra målet» lag, og en side som rangerer på sin egen måte, blir
avslørt. Hver flate leses slik brukeren ser den: tabellcellene og kortenes titler i
vinduet, teksten i PDF-en (pypdf) og JSON-en på standard ut.
"""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pypdf
import pytest
from PySide6.QtWidgets import QLabel

from vurdering.cli import main
from vurdering.domene.bank import Bank
from vurdering.gui.sammendrag import Sammendragside
from vurdering.lagring import repository
from vurdering.lagring.database import Database, apne
from vurdering.rapport.pdf import lag_rapport
from vurdering.tjenester.demo import lag_demo
from vurdering.tjenester.vurderinger import hent_vurderingsdata

#: Mål per modul som en enhet kunne ha satt: høyt der den satser, lavt der den ikke gjør det.
MAL = {"ETP": 4, "ARR": 4, "SL": 2, "KK": 1, "PF": 2, "SAM": 3, "ID": 3}
_ID = re.compile(r"\b[A-ZÆØÅ]{2,4}-\d{2}\b")


@pytest.fixture
def vurdering(tmp_path: Path, bank: Bank) -> tuple[Path, int]:
    sti = tmp_path / "mal.db"
    with apne(sti, opprett=True) as db:
        vid = lag_demo(db, bank)
        moduler = repository.hent_vurdering(db, vid).moduler
        for modul_id, mal in MAL.items():
            if modul_id in moduler:
                repository.sett_mal(db, vid, modul_id, mal)
    return sti, vid


def _vindu(qtbot: object, db: Database, vid: int) -> tuple[list[str], list[str]]:
    """De svakeste og forslagene slik vinduet viser dem (cellene og kortenes titler)."""
    side = Sammendragside(db, vid)
    qtbot.addWidget(side)  # type: ignore[attr-defined]
    side.show()
    tabell = side.svakeste
    svakeste = [_ID.findall(item.text())[0] for r in range(tabell.rowCount()) if (item := tabell.item(r, 0))]
    if side.vis_alle.isVisible():
        side.vis_alle.click()  # alle kortene, ikke bare de første
    forslag = [_ID.findall(kort.findChildren(QLabel)[0].text())[0] for kort in side._kort]
    return svakeste, forslag


def _mellom(tekst: str, fra: str, til: str) -> str:
    start = tekst.index(fra) + len(fra)
    return tekst[start : tekst.index(til, start)]


def _pdf(data_sti: Path, vid: int) -> tuple[list[str], list[str]]:
    """De svakeste (sammendraget) og alle forslagene (kapitlet «Prioriterte forslag») i PDF-en."""
    ut = io.BytesIO()
    with apne(data_sti) as db:
        lag_rapport(hent_vurderingsdata(db, vid), ut)
    tekst = "\n".join(s.extract_text() for s in pypdf.PdfReader(io.BytesIO(ut.getvalue())).pages)
    svakeste = _ID.findall(_mellom(tekst, "Svakeste indikatorer", "Datagrunnlaget"))
    kapittel = tekst.index("Prioriterte forslag\n")  # kapitlet, etter sammendragets fem
    # De første står i rekkefølge, resten gruppert etter modul; hver rad har plassen sin (Nr.).
    rader = re.findall(r"(?m)^(\d+)\s+(" + _ID.pattern + ")", _mellom(tekst[kapittel:], "Prioritet", "Tiltaksplan"))
    forslag = [indikator for _, indikator in sorted(rader, key=lambda r: int(r[0]))]
    assert [int(nr) for nr, _ in sorted(rader, key=lambda r: int(r[0]))] == list(range(1, len(rader) + 1))
    return svakeste, forslag


def test_vinduet_pdf_en_og_vis_json_er_enige(
    qtbot: object, vurdering: tuple[Path, int], capsys: pytest.CaptureFixture[str]
) -> None:
    sti, vid = vurdering
    with apne(sti) as db:
        vindu_svakeste, vindu_forslag = _vindu(qtbot, db, vid)
    pdf_svakeste, pdf_forslag = _pdf(sti, vid)
    assert vindu_svakeste == pdf_svakeste
    assert vindu_forslag == pdf_forslag

    assert main(["vis", "--database", str(sti), "--vurdering", str(vid), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [s["indikator"] for s in data["svakeste"]] == vindu_svakeste
    assert [f["indikator"] for f in data["forslag"]] == vindu_forslag
    assert len(vindu_svakeste) >= 3 and len(vindu_forslag) > 10


def test_svakeste_er_lengst_fra_malet(vurdering: tuple[Path, int], capsys: pytest.CaptureFixture[str]) -> None:
    """Listen følger regelen i metodevedlegget: størst avstand til målet (mål − nivå) først."""
    sti, vid = vurdering
    main(["vis", "--database", str(sti), "--vurdering", str(vid), "--json"])
    data = json.loads(capsys.readouterr().out)
    gap = [s["gap"] for s in data["svakeste"]]
    assert gap == sorted(gap, reverse=True)
    alle_gap = [
        {m["id"]: m["mal"] for m in data["moduler"]}[s["modul"]] - s["niva"]
        for s in data["svar"]
        if s["niva"] is not None
    ]
    assert gap[0] == max(alle_gap)
    for s in data["svakeste"]:
        assert s["gap"] == s["mal"] - s["niva"]
