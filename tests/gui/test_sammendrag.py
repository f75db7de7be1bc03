"""Sammendragssiden og eksporten: innhold fra demoen, «Legg i tiltaksplan», signaler og filer."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import sys
import types
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLineEdit,
    QWidget,
)

from vurdering.domene.bank import Bank
from vurdering.domene.modell import Svar, SvarType
from vurdering.gui.resultat import eksport
from vurdering.gui.sammendrag import ANTALL_FORSLAG_FORST, Sammendragside
from vurdering.lagring import repository
from vurdering.lagring.database import Database
from vurdering.tjenester import vurderinger as tjenester

INTERAKTIVE = (QAbstractButton, QComboBox, QLineEdit, QAbstractItemView)


@pytest.fixture
def side(qtbot, db: Database, demo_id: int) -> Sammendragside:
    s = Sammendragside(db, demo_id)
    qtbot.addWidget(s)
    s.resize(1100, 800)
    s.show()
    return s


def _ledige_kort(side: Sammendragside):
    return [k for k in side._kort if not k.adoptert]


# --- innhold ------------------------------------------------------------------------------------


def test_samlet_niva_og_diagrammer_viser_demoens_tall(side: Sammendragside, db: Database, demo_id: int):
    data = tjenester.hent_vurderingsdata(db, demo_id)
    samlet = data.resultat.samlet
    assert samlet.poeng is not None and samlet.niva is not None
    poeng = f"{samlet.poeng:.1f}".replace(".", ",")
    assert poeng in side.samlet.text()
    assert data.bank.niva_navn(samlet.niva) in side.samlet.text()
    assert side.uferdig.isHidden(), "demoen er ferdig besvart"

    radar = side.radar.accessibleDescription()
    tema = [m for m in data.resultat.moduler if m.type == "tema"]
    assert len(side.radar.verdier) == 4
    for m in tema:
        assert f"{m.navn}: {m.poeng:.1f}".replace(".", ",") in radar
    stolper = side.stolper.accessibleDescription()
    assert len(side.stolper.verdier) == len(data.resultat.moduler)
    assert "ID-forvaltning: ingen poeng – utilstrekkelig grunnlag" in stolper
    assert not side.radar.grab().toImage().isNull()


def test_datagrunnlag_og_svakeste_ledd(side: Sammendragside, db: Database, demo_id: int):
    assert "ID-forvaltning: utilstrekkelig grunnlag" in side.grunnlag.text()
    data = tjenester.hent_vurderingsdata(db, demo_id)
    assert side.tabell.rowCount() == len(data.resultat.moduler)
    arrest = next(r for r in range(side.tabell.rowCount()) if side.tabell.item(r, 0).text() == "Arrest")
    m = data.resultat.modul("ARR")
    assert side.tabell.item(arrest, 5).text().startswith(f"{m.svakeste} – {m.svakeste_indikatorer[0]}")
    # De svakeste indikatorene står størst avstand til målet (mål − nivå) først, som i rapporten.
    rader = range(side.svakeste.rowCount())
    gap = [int(side.svakeste.item(r, 3).text()) - int(side.svakeste.item(r, 2).text().split(" ")[0]) for r in rader]
    assert gap == sorted(gap, reverse=True)
    assert side.svakeste_indikatorer() == [n.indikator_id for n in data.analyse.svakeste]


def test_forslagene_kommer_i_prioritert_rekkefolge_med_prioritet(side: Sammendragside, db: Database, demo_id: int):
    forslag = tjenester.hent_vurderingsdata(db, demo_id).resultat.forslag
    assert len(forslag) > ANTALL_FORSLAG_FORST
    synlige = [k for k in side._kort if not k.isHidden()]
    assert [k.forslag for k in synlige] == list(forslag[:ANTALL_FORSLAG_FORST])
    assert side.vis_alle.text() == f"Vis alle {len(forslag)} forslagene"
    side.vis_alle.click()
    assert [k.forslag for k in side._kort] == list(forslag)
    assert all(not k.isHidden() for k in side._kort)
    forste = side._kort[0]
    assert "prioritet" in " ".join(lbl.text() for lbl in forste.findChildren(type(side.samlet)))
    side.vis_alle.click()
    assert sum(1 for k in side._kort if not k.isHidden()) == ANTALL_FORSLAG_FORST


def test_demoens_tiltak_vises_som_lagt_inn(side: Sammendragside, db: Database, demo_id: int):
    i_planen = {t.indikator_id for t in repository.hent_tiltak(db, demo_id)}
    side.vis_alle.click()
    for kort in side._kort:
        assert kort.adoptert == (kort.forslag.indikator_id in i_planen)
        assert kort.knapp.isHidden() == kort.adoptert


# --- Legg i tiltaksplan -------------------------------------------------------------------------


def test_legg_i_tiltaksplan_lagrer_tiltaket_og_sender_signal(qtbot, side: Sammendragside, db: Database, demo_id: int):
    for_ = repository.hent_tiltak(db, demo_id)
    kort = _ledige_kort(side)[0]
    with qtbot.waitSignal(side.tiltak_lagt_til, timeout=2000) as signal:
        kort.knapp.click()
    tiltak_id = signal.args[0]
    etter = repository.hent_tiltak(db, demo_id)
    assert len(etter) == len(for_) + 1
    nytt = next(t for t in etter if t.id == tiltak_id)
    assert nytt.tekst == kort.forslag.tekst
    assert nytt.indikator_id == kort.forslag.indikator_id
    assert kort.adoptert and kort.knapp.isHidden() and not kort.lagt_inn.isHidden()
    # Etter ny innlesing står forslaget fortsatt som lagt inn.
    side.oppdater()
    igjen = next(k for k in side._kort if k.forslag.indikator_id == nytt.indikator_id)
    assert igjen.adoptert
    # Slettes tiltaket i tiltaksplanen, blir forslaget ledig igjen ved neste oppdatering.
    repository.slett_tiltak(db, demo_id, tiltak_id)
    side.oppdater()
    assert not igjen.adoptert and not igjen.knapp.isHidden()


def test_skrivebeskyttet_gir_ingen_nye_tiltak(qtbot, side: Sammendragside, db: Database, demo_id: int):
    side.sett_skrivebeskyttet(True)
    kort = _ledige_kort(side)[0]
    assert not kort.knapp.isEnabled()
    assert kort.ga.isEnabled(), "å se på indikatoren skal gå også når vurderingen er ferdig"
    antall = len(repository.hent_tiltak(db, demo_id))
    assert side.legg_i_tiltaksplan(kort.forslag) is None
    assert len(repository.hent_tiltak(db, demo_id)) == antall
    side.sett_skrivebeskyttet(False)
    assert kort.knapp.isEnabled()


def test_lagringsfeil_gir_norsk_melding(
    side: Sammendragside, meldt: Any, db: Database, monkeypatch: pytest.MonkeyPatch
):
    from vurdering.lagring.database import DatabaseFeil

    def feiler(*_a, **_k):
        raise DatabaseFeil("Disken er full eller kan ikke skrives til. Svaret ble ikke lagret.")

    monkeypatch.setattr(repository, "lagre_tiltak", feiler)
    kort = _ledige_kort(side)[0]
    kort.knapp.click()
    assert meldt.vist and "Disken er full" in meldt.vist[0][2]
    assert not kort.adoptert


# --- gå til indikator ---------------------------------------------------------------------------


def test_ga_til_indikator_fra_forslag_og_fra_svakeste_liste(qtbot, side: Sammendragside):
    kort = side._kort[0]
    with qtbot.waitSignal(side.apne_indikator, timeout=2000) as signal:
        kort.ga.click()
    assert signal.args == [kort.forslag.indikator_id]

    item = side.svakeste.item(0, 0)
    side.svakeste.setFocus()
    side.svakeste.setCurrentItem(item)
    with qtbot.waitSignal(side.apne_indikator, timeout=2000) as signal:
        qtbot.keyClick(side.svakeste.viewport(), Qt.Key.Key_Return)
    assert signal.args == [item.text().split(" ")[0]]

    # I modultabellen går Enter til modulens svakeste indikator.
    side.tabell.setFocus()
    side.tabell.setCurrentCell(0, 0)
    with qtbot.waitSignal(side.apne_indikator, timeout=2000) as signal:
        qtbot.keyClick(side.tabell.viewport(), Qt.Key.Key_Return)
    forste_modul = side.data.resultat.moduler[0]
    assert signal.args == [forste_modul.svakeste_indikatorer[0]]


# --- uferdig vurdering --------------------------------------------------------------------------


def test_uferdig_vurdering_viser_fremdrift_og_grunnen_til_at_samlet_mangler(qtbot, db: Database, bank: Bank):
    vid = repository.opprett_vurdering(db, bank, enhet="Ny stasjon", distrikt="Øst politidistrikt", moduler=[])
    kk = bank.modul("KK").indikatorer
    for ind in kk:
        repository.lagre_svar(db, vid, Svar.med_niva(ind.id, 2))
    for ind in bank.modul("SL").indikatorer[:2]:  # 2 av 7 er over grensen på 25 %
        repository.lagre_svar(db, vid, Svar(ind.id, SvarType.VET_IKKE))
    side = Sammendragside(db, vid)
    qtbot.addWidget(side)
    assert not side.uferdig.isHidden()
    antall = sum(len(bank.modul(m).indikatorer) for m in ("KK", "SL", "SS", "DT"))
    assert f"{len(kk) + 2} av {antall} indikatorer" in side.uferdig_tekst.text()
    assert side.fremdrift.value() == len(kk) + 2
    assert "Ingen samlet poengsum" in side.samlet.text()
    assert "Bare 1 av 4 strategiske temaer har poeng" in side.samlet.text()
    assert "Styring og ledelse: utilstrekkelig grunnlag" in side.grunnlag.text()


def test_ukjent_vurdering_gir_melding_i_siden(qtbot, db: Database):
    side = Sammendragside(db, 999)
    qtbot.addWidget(side)
    assert not side.feil.isHidden()
    assert "999" in side.feil.text()


def test_alle_interaktive_elementer_har_tilgjengelig_navn(side: Sammendragside):
    side.vis_alle.click()
    mangler = [
        f"{type(w).__name__} {getattr(w, 'text', lambda: '')()}"
        for w in side.findChildren(QWidget)
        if isinstance(w, INTERAKTIVE) and not w.accessibleName()
    ]
    assert not mangler


# --- eksport ------------------------------------------------------------------------------------


@pytest.fixture
def apnet(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    apnede: list[Path] = []

    def apne_fil(sti: Path) -> bool:
        apnede.append(sti)
        return True

    monkeypatch.setattr(eksport, "apne_fil", apne_fil)
    return apnede


def _velg(monkeypatch: pytest.MonkeyPatch, svar: str) -> list[str]:
    forslag: list[str] = []

    def velg_fil(parent, tittel, foreslatt, filter):
        forslag.append(foreslatt)
        return svar

    monkeypatch.setattr(eksport, "velg_fil", velg_fil)
    return forslag


def test_eksport_av_pdf_skriver_filen_og_apner_den(
    qtbot, db: Database, demo_id: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, apnet, meldt
):
    pytest.importorskip("vurdering.rapport.pdf")
    pypdf = pytest.importorskip("pypdf")
    foreslatt = _velg(monkeypatch, str(tmp_path / "rapport"))  # uten .pdf: endelsen legges til
    sti = eksport.eksporter_rapport(None, db, demo_id, kort=True)
    assert not meldt.vist, meldt.vist
    assert sti == tmp_path / "rapport.pdf"
    assert apnet == [sti]
    assert Path(foreslatt[0]).name.startswith("Forkant Demo politistasjon ")
    assert Path(foreslatt[0]).suffix == ".pdf"
    tekst = "".join(s.extract_text() for s in pypdf.PdfReader(str(sti)).pages)
    assert "Demo politistasjon" in tekst
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    # Neste gang foreslås mappen som ble brukt sist.
    foreslatt2 = _velg(monkeypatch, "")
    assert eksport.eksporter_csv(None, db, demo_id) is None
    assert Path(foreslatt2[0]).parent == tmp_path


def test_eksport_av_csv_via_rapportdelen(
    db: Database, demo_id: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, apnet, meldt
):
    kall: list[tuple[int, Path]] = []

    def skriv_csv(data, ut):
        kall.append((data.vurdering.id, Path(ut)))
        Path(ut).write_text("\ufeffindikator;niva\n", encoding="utf-8")

    falsk = types.ModuleType("vurdering.rapport.csvfil")
    falsk.skriv_csv = skriv_csv  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "vurdering.rapport.csvfil", falsk)
    _velg(monkeypatch, str(tmp_path / "svar.csv"))
    sti = eksport.eksporter_csv(None, db, demo_id)
    assert sti == tmp_path / "svar.csv"
    assert kall and kall[0][0] == demo_id
    assert sti.read_text(encoding="utf-8").startswith("\ufeffindikator")
    assert apnet == [sti]
    assert not meldt.vist


def test_avbrutt_filvalg_gjor_ingenting(db: Database, demo_id: int, monkeypatch: pytest.MonkeyPatch, apnet, meldt):
    _velg(monkeypatch, "")
    assert eksport.eksporter_rapport(None, db, demo_id, kort=False) is None
    assert not apnet and not meldt.vist


def test_feil_ved_skriving_gir_norsk_melding_og_ingen_halv_fil(
    db: Database, demo_id: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, apnet, meldt
):
    from vurdering.plattform import filer

    def nektet(*_args: object) -> None:  # filen er skrevet, men kan ikke flyttes på plass
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(filer.os, "replace", nektet)
    _velg(monkeypatch, str(tmp_path / "svar.csv"))
    assert eksport.eksporter_csv(None, db, demo_id) is None
    assert len(meldt.vist) == 1
    assert "Har ikke lov til å skrive" in meldt.vist[0][2]
    assert list(tmp_path.glob("*.csv")) == [] and not list(tmp_path.glob(".*tmp"))
    assert not apnet


def test_mappe_som_ikke_finnes_gir_melding(db: Database, demo_id: int, tmp_path: Path, monkeypatch, apnet, meldt):
    _velg(monkeypatch, str(tmp_path / "finnes-ikke" / "rapport.pdf"))
    assert eksport.eksporter_rapport(None, db, demo_id, kort=False) is None
    assert meldt.vist and "finnes ikke" in meldt.vist[0][2]


def test_ukjent_vurdering_ved_eksport_gir_melding(db: Database, monkeypatch, apnet, meldt):
    _velg(monkeypatch, "/tmp/x.pdf")
    assert eksport.eksporter_rapport(None, db, 4242, kort=False) is None
    assert meldt.vist and "4242" in meldt.vist[0][2]


def test_filnavnforslaget_er_trygt(db: Database, bank: Bank):
    vid = repository.opprett_vurdering(
        db, bank, enhet='Enhet/Vest: "A"', distrikt="Vest politidistrikt", dato="2026-11-24"
    )
    data = tjenester.hent_vurderingsdata(db, vid)
    navn = eksport.foreslatt_filnavn(data, ".pdf", "rapport")
    assert navn == "Forkant Enhet Vest A 2026-11-24 rapport.pdf"


def test_prioriteten_forklares_med_vekt_og_avstand(side: Sammendragside, db: Database, demo_id: int, bank: Bank):
    import re

    from vurdering.gui.sammendrag.forslag import forslagslinje

    for f in tjenester.hent_vurderingsdata(db, demo_id).resultat.forslag:
        if f.prioritet is None:
            continue
        linje = forslagslinje(bank, f)
        treff = re.search(r"prioritet ([\d,]+) \(vekt ([\d,]+) × (\d+) for (\d+) nivåe?r? under målet\)", linje)
        assert treff, linje
        p, vekt, faktor, gap = (float(x.replace(",", ".")) for x in treff.groups())
        assert gap == f.mal - f.niva
        assert vekt * faktor == pytest.approx(p, abs=0.05)
    assert "vekt ganger" in side.forslag_forklaring.text()
