"""Dialogene for .forkant-filer: eksporter, importer og «Samle individuelle svar…» med pytest-qt."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from vurdering.domene.bank import Bank
from vurdering.domene.modell import Deltaker, Svar
from vurdering.gui.filer import dialoger
from vurdering.gui.filer.dialoger import Samledialog, Samlevalg
from vurdering.lagring import repository as repo
from vurdering.lagring.database import Database, apne
from vurdering.tjenester import filer as filtjeneste


@pytest.fixture
def meldt(meldt: Any) -> Any:
    """Som den felles, men spørsmål besvares med «Nei»."""
    meldt.svar = False
    return meldt


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
    db: Database, bank: Bank, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, meldt: Any
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
    assert meldt.vist[0][0].value == "info" and str(sti) in meldt.vist[0][2]
    # avbryt: ingenting skjer
    monkeypatch.setattr(dialoger, "velg_lagrefil", lambda *_: "")
    assert dialoger.eksporter_dialog(None, db, vid) is None and len(meldt.vist) == 1


def test_importer_dialog_god_og_daarlig(
    db: Database,
    bank: Bank,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    meldt: Any,
    tell: Callable[[Path], dict[str, int]],
) -> None:
    [fil] = _individuelle(tmp_path, bank, [2])
    daarlig = tmp_path / "tull.forkant"
    daarlig.write_text('{"format": "forkant", "versjon": 9}', encoding="utf-8")
    monkeypatch.setattr(dialoger, "velg_filer", lambda *_: [fil, str(daarlig)])
    for_ = tell(db.sti)
    assert dialoger.importer_dialog(None, db) == []
    assert (
        meldt.vist[-1][0].value == "feil"
        and "tull.forkant" in meldt.vist[-1][2]
        and "nyere versjon" in meldt.vist[-1][2]
    )
    assert tell(db.sti) == for_
    monkeypatch.setattr(dialoger, "velg_filer", lambda *_: [fil])
    [ny] = dialoger.importer_dialog(None, db)
    assert (meldt.vist[-1][0].value, meldt.vist[-1][2]) == ("info", "Vurderingen er importert.")
    assert repo.hent_svar(db, ny)["SS-02"].niva == 2


def test_samle_dialog(db: Database, bank: Bank, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, meldt: Any) -> None:
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
    assert meldt.vist[-1][0].value == "sporsmal" and "1 indikatorer har uenighet" in meldt.vist[-1][2]


def test_samle_dialog_med_en_fil_eller_avbrutt(
    db: Database,
    bank: Bank,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    meldt: Any,
    tell: Callable[[Path], dict[str, int]],
) -> None:
    filer = _individuelle(tmp_path, bank, [1, 1])
    monkeypatch.setattr(dialoger, "velg_filer", lambda *_: filer[:1])
    assert dialoger.samle_dialog(None, db) is None
    assert "minst to filer" in meldt.vist[-1][2]
    monkeypatch.setattr(dialoger, "velg_filer", lambda *_: filer)
    monkeypatch.setattr(dialoger, "spor_samling", lambda *_: None)
    for_ = tell(db.sti)
    assert dialoger.samle_dialog(None, db) is None
    assert tell(db.sti) == for_


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
