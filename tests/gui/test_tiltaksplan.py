"""Tiltaksplanen: modellen (qtmodeltester), lagring av hver endring, redigererne og sletting."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QComboBox, QDateEdit, QLineEdit, QWidget

from vurdering.domene.bank import Bank
from vurdering.domene.modell import Status, TiltakStatus
from vurdering.gui.felles import meldinger
from vurdering.gui.resultat import tiltaksplan
from vurdering.gui.resultat.tiltakmodell import (
    INGEN_FRIST,
    KOL_EIER,
    KOL_FRIST,
    KOL_INDIKATOR,
    KOL_STATUS,
    KOL_TEKST,
    TiltakModell,
)
from vurdering.gui.resultat.tiltaksplan import Tiltaksplanside
from vurdering.lagring import repository
from vurdering.lagring.database import Database

INTERAKTIVE = (QAbstractButton, QComboBox, QLineEdit, QAbstractItemView)


@pytest.fixture
def side(qtbot, db: Database, demo_id: int) -> Tiltaksplanside:
    s = Tiltaksplanside(db, demo_id)
    qtbot.addWidget(s)
    s.resize(1000, 600)
    s.show()
    return s


def _lagret(db: Database, vid: int, rad: int):
    return repository.hent_tiltak(db, vid)[rad]


# --- modellen ------------------------------------------------------------------------------------


def test_modellen_bestaar_qtmodeltester(qtmodeltester, qtbot, db: Database, demo_id: int):
    modell = TiltakModell(db, demo_id)
    assert modell.rowCount() == 3
    qtmodeltester.check(modell)
    modell.legg_til("Eget tiltak", "Politikontakt")
    modell.slett(0)
    qtmodeltester.check(modell)


def test_visning_av_frist_status_og_indikator(db: Database, demo_id: int):
    modell = TiltakModell(db, demo_id)
    t = repository.hent_tiltak(db, demo_id)[0]
    aar, mnd, dag = t.frist.split("-")
    assert modell.index(0, KOL_FRIST).data() == f"{dag}.{mnd}.{aar}"
    assert modell.index(0, KOL_STATUS).data() == "Pågår"
    assert modell.index(0, KOL_INDIKATOR).data().startswith(f"{t.indikator_id} ")
    assert modell.headerData(KOL_EIER, Qt.Orientation.Horizontal) == "Ansvarlig rolle"


@pytest.mark.parametrize(
    ("kolonne", "verdi", "felt", "forventet"),
    [
        (KOL_TEKST, "  Ny tekst for tiltaket  ", "tekst", "Ny tekst for tiltaket"),
        (KOL_EIER, "Politikontakt", "eier_rolle", "Politikontakt"),
        (KOL_FRIST, QDate(2026, 11, 24), "frist", "2026-11-24"),
        (KOL_FRIST, INGEN_FRIST, "frist", ""),
        (KOL_STATUS, "fullfort", "status", TiltakStatus.FULLFORT),
        (KOL_INDIKATOR, "KK-01", "indikator_id", "KK-01"),
        (KOL_INDIKATOR, "", "indikator_id", None),
    ],
)
def test_hver_endring_lagres_med_en_gang(qtbot, db: Database, demo_id: int, kolonne, verdi, felt, forventet):
    modell = TiltakModell(db, demo_id)
    with qtbot.waitSignal(modell.lagret, timeout=2000):
        assert modell.setData(modell.index(1, kolonne), verdi)
    assert getattr(_lagret(db, demo_id, 1), felt) == forventet
    # Og en ny modell leser det samme tilbake.
    assert getattr(TiltakModell(db, demo_id).tiltak(1), felt) == forventet


@pytest.mark.parametrize(
    ("kolonne", "verdi", "melding"),
    [
        (KOL_TEKST, "   ", "må ha en tekst"),
        (KOL_STATUS, "ukjent", "Ukjent status"),
        (KOL_INDIKATOR, "XX-99", "ikke med i vurderingen"),
        (KOL_FRIST, "24.11.2026", "Skriv ÅÅÅÅ-MM-DD"),
    ],
)
def test_ugyldige_endringer_avvises_med_norsk_melding(qtbot, db: Database, demo_id: int, kolonne, verdi, melding):
    modell = TiltakModell(db, demo_id)
    for_ = repository.hent_tiltak(db, demo_id)
    with qtbot.waitSignal(modell.feil, timeout=2000) as signal:
        assert not modell.setData(modell.index(0, kolonne), verdi)
    assert melding in signal.args[0]
    assert repository.hent_tiltak(db, demo_id) == for_


def test_ferdig_vurdering_er_skrivebeskyttet(qtbot, side: Tiltaksplanside, db: Database, demo_id: int):
    repository.sett_status(db, demo_id, Status.FERDIG)
    side.sett_skrivebeskyttet(True)
    indeks = side.modell.index(0, KOL_TEKST)
    assert not side.modell.flags(indeks) & Qt.ItemFlag.ItemIsEditable
    assert not side.modell.setData(indeks, "Endret")
    assert not side.ny_tekst.isEnabled() and not side.legg_til_knapp.isEnabled()
    assert not side.slett_knapp.isEnabled()
    assert side.modell.legg_til("Noe nytt") is None
    assert "ferdig" in side.status.text()
    side.sett_skrivebeskyttet(False)
    assert side.modell.flags(indeks) & Qt.ItemFlag.ItemIsEditable


# --- siden ---------------------------------------------------------------------------------------


def test_eget_tiltak_fra_skjemaet(qtbot, side: Tiltaksplanside, db: Database, demo_id: int):
    assert not side.legg_til_knapp.isEnabled(), "tomt skjema kan ikke legges til"
    qtbot.keyClicks(side.ny_tekst, "Fast møte med SLT-koordinatoren hver måned")
    qtbot.keyClicks(side.ny_eier, "Politikontakt")
    assert side.legg_til_knapp.isEnabled()
    side.legg_til_knapp.click()
    tiltak = repository.hent_tiltak(db, demo_id)
    assert len(tiltak) == 4
    assert tiltak[-1].tekst == "Fast møte med SLT-koordinatoren hver måned"
    assert tiltak[-1].eier_rolle == "Politikontakt"
    assert tiltak[-1].indikator_id is None
    assert side.modell.rowCount() == 4
    assert side.ny_tekst.text() == "" and side.ny_eier.text() == ""
    assert side.status.text().startswith("Lagret kl. ")
    # Enter i tekstfeltet legger også til.
    qtbot.keyClicks(side.ny_tekst, "Enda et tiltak")
    qtbot.keyClick(side.ny_tekst, Qt.Key.Key_Return)
    assert len(repository.hent_tiltak(db, demo_id)) == 5


def test_frist_med_datovelgeren(qtbot, side: Tiltaksplanside, db: Database, demo_id: int):
    indeks = side.modell.index(0, KOL_FRIST)
    side.tabell.setCurrentIndex(indeks)
    side.endre_knapp.click()
    redigerer = side.tabell.findChild(QDateEdit)
    assert redigerer is not None
    assert redigerer.calendarPopup()
    assert redigerer.displayFormat() == "dd.MM.yyyy"
    redigerer.setDate(QDate(2027, 3, 1))
    assert redigerer.text() == "01.03.2027"
    with qtbot.waitSignal(side.modell.lagret, timeout=2000):
        qtbot.keyClick(redigerer, Qt.Key.Key_Return)
    assert _lagret(db, demo_id, 0).frist == "2027-03-01"
    assert side.modell.index(0, KOL_FRIST).data() == "01.03.2027"


def test_status_med_nedtrekkslisten_lagres_ved_valg(qtbot, side: Tiltaksplanside, db: Database, demo_id: int):
    indeks = side.modell.index(1, KOL_STATUS)
    side.tabell.setCurrentIndex(indeks)
    side.tabell.edit(indeks)
    boks = side.tabell.findChild(QComboBox)
    assert boks is not None
    assert [boks.itemText(i) for i in range(boks.count())] == ["Ikke startet", "Pågår", "Fullført", "Forkastet"]
    assert boks.currentData() == "ikke_startet"
    with qtbot.waitSignal(side.modell.lagret, timeout=2000):
        qtbot.keyClick(boks, Qt.Key.Key_Down)  # et valg lagres uten at cellen må forlates
    assert _lagret(db, demo_id, 1).status is TiltakStatus.PAGAR


def test_indikator_kan_velges_blant_vurderingens_indikatorer(qtbot, side: Tiltaksplanside, bank: Bank):
    indeks = side.modell.index(0, KOL_INDIKATOR)
    side.tabell.setCurrentIndex(indeks)
    side.tabell.edit(indeks)
    boks = side.tabell.findChild(QComboBox)
    assert boks is not None
    assert boks.itemText(0) == "Ingen"
    antall = sum(len(m.indikatorer) for m in bank.moduler)
    assert boks.count() == antall + 1
    assert boks.itemData(1) == bank.moduler[0].indikatorer[0].id


def test_sletting_spor_forst(qtbot, side: Tiltaksplanside, db: Database, demo_id: int, monkeypatch):
    spurt: list[str] = []
    svar = [False]

    def bekreft(parent, tittel, tekst):
        spurt.append(tekst)
        return svar[0]

    monkeypatch.setattr(tiltaksplan, "bekreft", bekreft)
    forste = repository.hent_tiltak(db, demo_id)[0]
    side.tabell.setCurrentIndex(side.modell.index(0, KOL_TEKST))
    side.slett_knapp.click()
    assert spurt and forste.tekst[:40] in spurt[0]
    assert len(repository.hent_tiltak(db, demo_id)) == 3, "«Avbryt» skal ikke slette"
    svar[0] = True
    side.slett_knapp.click()
    igjen = repository.hent_tiltak(db, demo_id)
    assert len(igjen) == 2 and forste.id not in {t.id for t in igjen}
    assert side.modell.rowCount() == 2


def test_bekreft_bruker_meldingshjelperen_med_avbryt_som_standard(monkeypatch):
    kall: list[dict] = []

    def vis(parent, art, tittel, tekst, ja="", nei=""):
        kall.append({"art": art, "ja": ja, "nei": nei})
        return False

    monkeypatch.setattr(meldinger, "vis", vis)
    assert tiltaksplan.bekreft(None, "Slette?", "Sikker?") is False
    assert kall == [{"art": meldinger.Art.SPORSMAL, "ja": "Slett", "nei": "Avbryt"}]


def test_lagringsfeil_vises_som_melding(qtbot, side: Tiltaksplanside, meldt, monkeypatch):
    from vurdering.lagring.database import DatabaseFeil

    def feiler(*_a, **_k):
        raise DatabaseFeil("Databasen er opptatt av et annet program. Prøv igjen om litt; ingenting ble lagret.")

    monkeypatch.setattr(repository, "lagre_tiltak", feiler)
    assert not side.modell.setData(side.modell.index(0, KOL_EIER), "Ny eier")
    assert meldt.vist and "opptatt" in meldt.vist[0][2]
    assert side.status.text() == "Ikke lagret"


def test_oppdater_henter_tiltak_lagt_til_andre_steder(side: Tiltaksplanside, db: Database, demo_id: int):
    from vurdering.domene.modell import Tiltak

    repository.lagre_tiltak(db, demo_id, Tiltak(tekst="Fra sammendraget", indikator_id="SL-01"))
    side.oppdater()
    assert side.modell.rowCount() == 4
    assert side.modell.index(3, KOL_TEKST).data() == "Fra sammendraget"


def test_tom_plan_forklarer_hva_man_gjor(qtbot, db: Database, bank: Bank):
    vid = repository.opprett_vurdering(db, bank, enhet="Tom stasjon", distrikt="Øst politidistrikt")
    s = Tiltaksplanside(db, vid)
    qtbot.addWidget(s)
    assert not s.tom.isHidden()
    assert "Legg i tiltaksplan" in s.tom.text()


def test_alle_interaktive_elementer_har_tilgjengelig_navn(side: Tiltaksplanside):
    side.tabell.setCurrentIndex(side.modell.index(0, KOL_STATUS))
    side.tabell.edit(side.modell.index(0, KOL_STATUS))
    mangler = [
        type(w).__name__ for w in side.findChildren(QWidget) if isinstance(w, INTERAKTIVE) and not w.accessibleName()
    ]
    assert not mangler
