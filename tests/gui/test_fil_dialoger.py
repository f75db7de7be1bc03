"""Dialogene for .forkant-filer: eksporter, importer og «Samle individuelle svar…» med pytest-qt."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import sqlite3
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from vurdering.domene.bank import Bank
from vurdering.domene.modell import Deltaker, Svar
from vurdering.gui.felles import meldinger
from vurdering.gui.filer import dialoger
from vurdering.gui.filer.dialoger import Samledialog, Samlevalg
from vurdering.lagring import repository as repo
from vurdering.lagring.database import Database, apne
from vurdering.tjenester import filer as filtjeneste


@pytest.fixture
def meldt(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    vist: list[tuple[str, str]] = []

    def vis(_p: object, art: meldinger.Art, _tittel: str, tekst: str, ja: str = "", nei: str = "") -> bool:
        vist.append((art.value, tekst))
        return False

    monkeypatch.setattr(meldinger, "vis", vis)
    return vist


def _rader(sti: Path) -> int:
    conn = sqlite3.connect(sti)
    try:
        return sum(
            conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("vurdering", "svar", "stemme", "bank")
        )
    finally:
        conn.close()


def _individuelle(tmp_path: Path, bank: Bank, nivaer: list[int]) -> list[str]:
    filer = []
    for nr, niva in enumerate(nivaer, 1):
        with apne(tmp_path / f"d{nr}.db", opprett=True) as d:
            vid = repo.opprett_vurdering(
                d, bank, enhet="Bodø", distrikt="Nordland politidistrikt", moduler=[], deltakere=[Deltaker("Leder")]
            )
            repo.lagre_svar(d, vid, Svar.med_niva("SS-02", niva))
            filer.append(str(filtjeneste.eksporter(d, vid, tmp_path / f"d{nr}.forkant")))
    return filer


def test_eksporter_dialog(
    db: Database, bank: Bank, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, meldt: list[tuple[str, str]]
) -> None:
    vid = repo.opprett_vurdering(
        db, bank, enhet="Demo politistasjon", distrikt="Agder politidistrikt", moduler=[], dato="2026-11-24"
    )
    forslag: list[str] = []

    def velg(_p: object, _t: str, f: str) -> str:
        forslag.append(f)
        return str(tmp_path / "ut")

    monkeypatch.setattr(dialoger, "velg_lagrefil", velg)
    sti = dialoger.eksporter_dialog(None, db, vid)
    assert sti == tmp_path / "ut.forkant" and sti.exists()
    assert forslag[0].endswith("demo-politistasjon-2026-11-24.forkant")
    assert meldt[0][0] == "info" and str(sti) in meldt[0][1]
    # avbryt: ingenting skjer
    monkeypatch.setattr(dialoger, "velg_lagrefil", lambda *_: "")
    assert dialoger.eksporter_dialog(None, db, vid) is None and len(meldt) == 1


def test_importer_dialog_god_og_daarlig(
    db: Database, bank: Bank, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, meldt: list[tuple[str, str]]
) -> None:
    [fil] = _individuelle(tmp_path, bank, [2])
    daarlig = tmp_path / "tull.forkant"
    daarlig.write_text('{"format": "forkant", "versjon": 9}', encoding="utf-8")
    monkeypatch.setattr(dialoger, "velg_filer", lambda *_: [fil, str(daarlig)])
    for_ = _rader(db.sti)
    assert dialoger.importer_dialog(None, db) == []
    assert meldt[-1][0] == "feil" and "tull.forkant" in meldt[-1][1] and "nyere versjon" in meldt[-1][1]
    assert _rader(db.sti) == for_
    monkeypatch.setattr(dialoger, "velg_filer", lambda *_: [fil])
    [ny] = dialoger.importer_dialog(None, db)
    assert meldt[-1] == ("info", "Vurderingen er importert.")
    assert repo.hent_svar(db, ny)["SS-02"].niva == 2


def test_samle_dialog(
    db: Database, bank: Bank, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, meldt: list[tuple[str, str]]
) -> None:
    filer = _individuelle(tmp_path, bank, [0, 2, 3])
    monkeypatch.setattr(dialoger, "velg_filer", lambda *_: filer)
    spurt: list[str] = []

    def spor(_p: object, enhet: str, _d: str | None) -> Samlevalg:
        spurt.append(enhet)
        return Samlevalg("Bodø samlet", None, "2026-11-25")

    monkeypatch.setattr(dialoger, "spor_samling", spor)
    vid = dialoger.samle_dialog(None, db)
    assert vid is not None and spurt == ["Bodø"]
    v = repo.hent_vurdering(db, vid)
    assert (v.enhet.navn, v.enhet.distrikt, v.dato, v.type.value) == (
        "Bodø samlet",
        "Nordland politidistrikt",
        "2026-11-25",
        "samlet",
    )
    svar = repo.hent_svar(db, vid)["SS-02"]
    assert (svar.niva, svar.stemmer) == (2, (1, 0, 1, 1, 0))
    assert meldt[-1][0] == "sporsmal" and "1 indikatorer har uenighet" in meldt[-1][1]


def test_samle_dialog_med_en_fil_eller_avbrutt(
    db: Database, bank: Bank, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, meldt: list[tuple[str, str]]
) -> None:
    filer = _individuelle(tmp_path, bank, [1, 1])
    monkeypatch.setattr(dialoger, "velg_filer", lambda *_: filer[:1])
    assert dialoger.samle_dialog(None, db) is None
    assert "minst to filer" in meldt[-1][1]
    monkeypatch.setattr(dialoger, "velg_filer", lambda *_: filer)
    monkeypatch.setattr(dialoger, "spor_samling", lambda *_: None)
    for_ = _rader(db.sti)
    assert dialoger.samle_dialog(None, db) is None
    assert _rader(db.sti) == for_


def test_samledialogen(qtbot: QtBot) -> None:
    d = Samledialog(None, "Bodø", None)
    qtbot.addWidget(d)
    d.enhet.clear()
    d._godta()
    assert not d.result() and "Skriv inn enheten" in d.melding.text()
    qtbot.keyClicks(d.enhet, "Salten")
    d.distrikt.setCurrentIndex(d.distrikt.findData("Nordland politidistrikt"))
    d._godta()
    assert d.result() and d.valg().enhet == "Salten" and d.valg().distrikt == "Nordland politidistrikt"
    assert all(w.accessibleName() for w in (d.enhet, d.distrikt, d.dato))
