"""«Importer mappe…»: fremdrift, Avbryt (ingenting importert) og valget om å hoppe over dårlige filer."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QProgressDialog, QWidget

from vurdering.gui.felles import meldinger
from vurdering.gui.filer import mappe
from vurdering.lagring import repository as repo
from vurdering.lagring.database import Database, apne
from vurdering.tjenester import filer as filtjeneste


def _antall(db: Database) -> int:
    with sqlite3.connect(db.sti) as conn:
        return int(conn.execute("SELECT count(*) FROM vurdering").fetchone()[0])


@pytest.fixture
def innmappe(tmp_path: Path, bank) -> Path:
    """Fire gyldige .forkant-filer fra en annen database."""
    inn = tmp_path / "inn"
    inn.mkdir()
    with apne(tmp_path / "kilde.db", opprett=True) as kilde:
        for i in range(4):
            vid = repo.opprett_vurdering(kilde, bank, enhet=f"Enhet {i}", distrikt="Agder politidistrikt", moduler=[])
            filtjeneste.eksporter(kilde, vid, inn / f"enhet-{i}.forkant")
    return inn


class Meldt:
    def __init__(self, svar: bool) -> None:
        self.svar = svar
        self.vist: list[tuple[str, str]] = []

    def __call__(self, _p: object, art: meldinger.Art, _t: str, tekst: str, ja: str = "", nei: str = "") -> bool:
        self.vist.append((art.value, tekst))
        return self.svar


def _bruk(monkeypatch: pytest.MonkeyPatch, mappe_sti: Path, svar: bool = True) -> Meldt:
    m = Meldt(svar)
    monkeypatch.setattr(meldinger, "vis", m)
    monkeypatch.setattr(mappe, "velg_mappe", lambda *_a: str(mappe_sti))
    return m


def test_mappen_importeres_med_fremdrift(qtbot, db, innmappe, monkeypatch) -> None:
    m = _bruk(monkeypatch, innmappe)
    verdier: list[int] = []
    lag = mappe.lag_fremdrift

    def fremdrift(parent: QWidget | None, tittel: str, antall: int) -> QProgressDialog:
        d = lag(parent, tittel, antall)
        sett = d.setValue
        d.setValue = lambda v: (verdier.append(v), sett(v))  # type: ignore[method-assign]
        return d

    monkeypatch.setattr(mappe, "lag_fremdrift", fremdrift)
    ids = mappe.importer_mappe_dialog(None, db)
    assert len(ids) == 4 and _antall(db) == 4
    assert verdier[-1] == 4 and verdier == sorted(verdier)
    assert m.vist == [("info", "4 vurderinger er importert.")]


def test_avbryt_importerer_ingenting(qtbot, db, innmappe, monkeypatch) -> None:
    m = _bruk(monkeypatch, innmappe)
    lag = mappe.lag_fremdrift

    def fremdrift(parent: QWidget | None, tittel: str, antall: int) -> QProgressDialog:
        d = lag(parent, tittel, antall)
        sett = d.setValue

        def sett_og_avbryt(v: int) -> None:
            sett(v)
            if v == 2:
                d.cancel()  # brukeren trykker Avbryt etter to filer

        d.setValue = sett_og_avbryt  # type: ignore[method-assign]
        return d

    monkeypatch.setattr(mappe, "lag_fremdrift", fremdrift)
    assert mappe.importer_mappe_dialog(None, db) == []
    assert _antall(db) == 0
    assert m.vist == [("info", "Importen ble avbrutt. Ingenting ble importert.")]


@pytest.mark.parametrize("hopp_over", [True, False])
def test_darlige_filer_listes_og_kan_hoppes_over(qtbot, db, innmappe, monkeypatch, hopp_over: bool) -> None:
    (innmappe / "rot.forkant").write_bytes(b"ikke en forkant-fil")
    m = _bruk(monkeypatch, innmappe, svar=hopp_over)
    ids = mappe.importer_mappe_dialog(None, db)
    sporsmal = m.vist[0]
    assert sporsmal[0] == "sporsmal" and "rot.forkant" in sporsmal[1] and "hoppe over" in sporsmal[1]
    assert "enhet-0.forkant" not in sporsmal[1]
    if hopp_over:
        assert len(ids) == 4 and _antall(db) == 4
        assert m.vist[-1] == ("info", "4 vurderinger er importert.")
    else:
        assert ids == [] and _antall(db) == 0 and len(m.vist) == 1


def test_tom_mappe_gir_en_melding(qtbot, db, tmp_path, monkeypatch) -> None:
    tom = tmp_path / "tom"
    tom.mkdir()
    m = _bruk(monkeypatch, tom)
    assert mappe.importer_mappe_dialog(None, db) == []
    assert len(m.vist) == 1 and m.vist[0][0] == "feil" and "ingen .forkant-filer" in m.vist[0][1]
