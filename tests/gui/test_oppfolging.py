"""Oppfølgingssiden: forrige rundes tiltak, status som lagres straks og kommentarer som lagres."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import date

import pytest
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QComboBox, QLineEdit, QWidget

from vurdering.domene.bank import Bank
from vurdering.domene.modell import TiltakStatus
from vurdering.gui.felles import meldinger
from vurdering.gui.resultat.oppfolging import Oppfolgingsside
from vurdering.lagring import repository
from vurdering.lagring.database import Database, DatabaseFeil
from vurdering.tjenester.demo import ENHET, lag_demo

INTERAKTIVE = (QAbstractButton, QComboBox, QLineEdit, QAbstractItemView)


@pytest.fixture
def runder(db: Database, bank: Bank) -> tuple[int, int]:
    """(forrige, denne): to runder for samme enhet; forrige har tre tiltak."""
    forrige = lag_demo(db, bank, date(2025, 11, 1))
    denne = repository.opprett_vurdering(db, bank, enhet=ENHET, distrikt="Agder politidistrikt", dato="2026-11-24")
    return forrige, denne


@pytest.fixture
def side(qtbot, db: Database, runder: tuple[int, int]) -> Oppfolgingsside:
    s = Oppfolgingsside(db, runder[1])
    qtbot.addWidget(s)
    s.resize(900, 700)
    s.show()
    return s


def test_forrige_rundes_tiltak_vises_forst_med_detaljer(side: Oppfolgingsside, db: Database, runder):
    forrige_tiltak = repository.hent_tiltak(db, runder[0])
    assert side.har_innhold()
    assert [k.punkt.tiltak.id for k in side._kort] == [t.id for t in forrige_tiltak]
    assert "01.11.2025" in side.forklaring.text()
    assert "0 av 3 tiltak" in side.telling.text()
    forste = side._kort[0]
    tekster = " ".join(w.text() for w in forste.findChildren(type(side.forklaring)))
    t = forrige_tiltak[0]
    aar, mnd, dag = t.frist.split("-")
    assert t.tekst in tekster
    assert t.eier_rolle in tekster
    assert f"{dag}.{mnd}.{aar}" in tekster
    assert t.indikator_id is not None and t.indikator_id in tekster
    assert "Status i forrige runde: Pågår" in tekster


def test_status_lagres_med_en_gang(qtbot, side: Oppfolgingsside, db: Database, runder):
    kort = side._kort[1]
    assert not kort.kommentar.isEnabled(), "kommentar først når status er valgt"
    with qtbot.waitSignal(side.lagret, timeout=2000):
        kort.status.setCurrentIndex(kort.status.findData(TiltakStatus.FULLFORT.value))
    lagret = repository.hent_oppfolging(db, runder[1])
    assert lagret[kort.punkt.tiltak.id] == (TiltakStatus.FULLFORT, "")
    assert kort.kommentar.isEnabled()
    assert kort.status.findData("") == -1, "«Velg status …» forsvinner etter første valg"
    assert "1 av 3 tiltak" in side.telling.text()
    assert side.status.text().startswith("Lagret kl. ")


def test_kommentar_lagres_etter_pause_i_skrivingen(qtbot, side: Oppfolgingsside, db: Database, runder):
    kort = side._kort[0]
    kort.status.setCurrentIndex(kort.status.findData(TiltakStatus.PAGAR.value))
    qtbot.keyClicks(kort.kommentar, "Rutinen er skrevet, men ikke innført")
    assert kort.har_ventende()
    with qtbot.waitSignal(side.lagret, timeout=3000):
        pass  # tidsuret går ut etter pausen
    assert repository.hent_oppfolging(db, runder[1])[kort.punkt.tiltak.id] == (
        TiltakStatus.PAGAR,
        "Rutinen er skrevet, men ikke innført",
    )


def test_ventende_kommentar_lagres_ved_sidebytte(qtbot, side: Oppfolgingsside, db: Database, runder):
    kort = side._kort[2]
    kort.status.setCurrentIndex(kort.status.findData(TiltakStatus.FORKASTET.value))
    qtbot.keyClicks(kort.kommentar, "Erstattet av nytt tiltak")
    side.hide()  # som når veiviseren går til neste side
    assert repository.hent_oppfolging(db, runder[1])[kort.punkt.tiltak.id] == (
        TiltakStatus.FORKASTET,
        "Erstattet av nytt tiltak",
    )
    assert not kort.har_ventende()


def test_lagret_status_vises_igjen_etter_ny_innlesing(qtbot, db: Database, runder):
    forrige_tiltak = repository.hent_tiltak(db, runder[0])
    repository.lagre_oppfolging(db, runder[1], forrige_tiltak[0].id, TiltakStatus.FULLFORT, "Gjort i mars")
    s = Oppfolgingsside(db, runder[1])
    qtbot.addWidget(s)
    kort = s._kort[0]
    assert kort.valgt_status() is TiltakStatus.FULLFORT
    assert kort.kommentar.text() == "Gjort i mars"
    assert s._kort[1].valgt_status() is None
    assert s._kort[1].status.currentText() == "Velg status …"


def test_skrivebeskyttet(side: Oppfolgingsside):
    side.sett_skrivebeskyttet(True)
    assert all(not k.status.isEnabled() and not k.kommentar.isEnabled() for k in side._kort)
    side.sett_skrivebeskyttet(False)
    assert all(k.status.isEnabled() for k in side._kort)


def test_forste_vurdering_har_ingen_oppfolging(qtbot, db: Database, bank: Bank):
    vid = lag_demo(db, bank)
    s = Oppfolgingsside(db, vid)
    qtbot.addWidget(s)
    assert not s.har_innhold()
    assert "første vurdering" in s.forklaring.text()


def test_forrige_runde_uten_tiltak(qtbot, db: Database, bank: Bank):
    repository.opprett_vurdering(db, bank, enhet="Vest stasjon", distrikt="Vest politidistrikt", dato="2025-05-01")
    vid = repository.opprett_vurdering(
        db, bank, enhet="Vest stasjon", distrikt="Vest politidistrikt", dato="2026-05-01"
    )
    s = Oppfolgingsside(db, vid)
    qtbot.addWidget(s)
    assert not s.har_innhold()
    assert "ingen tiltak" in s.forklaring.text()


def test_lagringsfeil_gir_melding_og_ikke_lagret(qtbot, side: Oppfolgingsside, monkeypatch):
    meldt: list[str] = []
    monkeypatch.setattr(meldinger, "vis", lambda parent, art, tittel, tekst, ja="", nei="": meldt.append(tekst))

    def feiler(*_a, **_k):
        raise DatabaseFeil("Disken er full eller kan ikke skrives til. Svaret ble ikke lagret.")

    monkeypatch.setattr(repository, "lagre_oppfolging", feiler)
    kort = side._kort[0]
    kort.status.setCurrentIndex(kort.status.findData(TiltakStatus.PAGAR.value))
    assert meldt and "Disken er full" in meldt[0]
    assert side.status.text() == "Ikke lagret"


def test_alle_interaktive_elementer_har_tilgjengelig_navn(side: Oppfolgingsside):
    mangler = [
        type(w).__name__ for w in side.findChildren(QWidget) if isinstance(w, INTERAKTIVE) and not w.accessibleName()
    ]
    assert not mangler
