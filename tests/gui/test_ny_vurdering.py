"""Dialogen «Ny vurdering»: distrikter fra data, temaer alltid med, mål, deltakere og feil i skjemaet."""

from __future__ import annotations

import pytest

from vurdering.domene import distrikter
from vurdering.gui.start.ny_vurdering import NyVurderingDialog
from vurdering.lagring import repository as repo


def test_distrikter_og_saerorganer_fra_data(qtbot, db, bank) -> None:
    d = NyVurderingDialog(db, bank)
    qtbot.addWidget(d)
    valg = [d.distrikt.itemData(i) for i in range(d.distrikt.count()) if d.distrikt.itemData(i)]
    assert valg == distrikter.alle() and len(distrikter.distrikter()) == 12
    assert d.dato.displayFormat() == "dd.MM.yyyy" and d.dato.calendarPopup()
    assert all(d.modulvalg[m.id].isChecked() and not d.modulvalg[m.id].isEnabled() for m in bank.temamoduler)
    assert {mid: d.malvalg[mid].value() for mid in d.malvalg} == {m.id: m.mal for m in bank.moduler}


def test_enhet_maa_fylles_ut(qtbot, db, bank) -> None:
    d = NyVurderingDialog(db, bank)
    qtbot.addWidget(d)
    d.show()
    d.ok.click()
    assert d.isVisible() and d.vurdering_id is None
    assert d.melding.text() == "Skriv inn navnet på enheten."
    assert repo.liste_vurderinger(db) == []


def test_deltakere_med_og_uten_navn_og_rolle_som_ikke_er_lagt_til(qtbot, db, bank) -> None:
    d = NyVurderingDialog(db, bank)
    qtbot.addWidget(d)
    d.legg_til.click()
    assert "rolle" in d.melding.text()
    d.rolle.setCurrentText("Stasjonssjef / lensmann")
    qtbot.keyClicks(d.navn, "Kari Nordmann")
    d.legg_til.click()
    d.rolle.setCurrentText("SLT-koordinator")
    d.legg_til.click()
    d.rolle.setCurrentText("Feil rolle")
    d.legg_til.click()
    d.deltakerliste.setCurrentRow(2)
    d.fjern.click()
    d.rolle.setCurrentText("Politikontakt")  # skrevet, men ikke lagt til: tas med likevel
    qtbot.keyClicks(d.enhet, "Alta politistasjon")
    d.modulvalg["BU"].click()
    d.modulvalg["PR"].click()
    d.modulvalg["PR"].click()  # av igjen
    d.malvalg["KK"].setValue(4)
    d.rapportsprak.setCurrentIndex(1)
    with qtbot.waitSignal(d.opprettet) as s:
        d.ok.click()
    v = repo.hent_vurdering(db, s.args[0])
    assert [(x.rolle, x.navn) for x in v.deltakere] == [
        ("Stasjonssjef / lensmann", "Kari Nordmann"),
        ("SLT-koordinator", ""),
        ("Politikontakt", ""),
    ]
    assert v.moduler == ("KK", "SL", "SS", "DT", "BU") and v.mal["KK"] == 4 and v.sprak == "nn"


def test_lagringsfeil_vises_i_dialogen(qtbot, db, bank, monkeypatch) -> None:
    from vurdering.lagring.database import DatabaseFeil

    def feiler(*_a, **_k):
        raise DatabaseFeil("Databasen er opptatt av et annet program. Prøv igjen om litt; ingenting ble lagret.")

    monkeypatch.setattr(repo, "opprett_vurdering", feiler)
    d = NyVurderingDialog(db, bank)
    qtbot.addWidget(d)
    d.show()
    qtbot.keyClicks(d.enhet, "Enhet")
    d.ok.click()
    assert d.isVisible() and d.melding.isVisibleTo(d)
    assert d.melding.text().startswith("Vurderingen ble ikke opprettet: Databasen er opptatt")
    assert d.enhet.text() == "Enhet"


def test_enhetsnivaa_foreslaas_forklares_og_lagres(qtbot, db, bank) -> None:
    from vurdering.tjenester.veivisning import hent_enhetsniva

    d = NyVurderingDialog(db, bank)
    qtbot.addWidget(d)
    assert d.valgt_enhetsniva() == "tjenesteenhet" and "distriktet" in d.niva_forklaring.text()
    qtbot.keyClicks(d.enhet, "Vest-Finnmark driftsenhet")
    assert d.valgt_enhetsniva() == "gde"
    assert d.niva_forklaring.text() == d.enhetsniva.accessibleDescription() != ""
    # Brukerens eget valg står seg når navnet endres.
    d.enhetsniva.setCurrentIndex(d.enhetsniva.findData("distrikt"))
    d.enhetsniva.activated.emit(d.enhetsniva.currentIndex())
    qtbot.keyClicks(d.enhet, " politistasjon")
    assert d.valgt_enhetsniva() == "distrikt"
    with qtbot.waitSignal(d.opprettet) as s:
        d.ok.click()
    assert hent_enhetsniva(db, s.args[0]) == "distrikt"


@pytest.mark.parametrize("storrelse", [(1366 - 120, 768 - 120), (1366 // 2 - 40, 768 // 2 - 24)])
def test_ved_200_prosent_brytes_skjemaet_om_uten_sidelengs_rulling(qtbot, qapp, db, bank, storrelse) -> None:
    """200 % tekst på en skjerm på 1366×768, og det samme med 200 % skalering i Windows (683×384)."""
    from PySide6.QtCore import QPoint, QRect

    from vurdering.gui.felles.utseende import Utseende

    Utseende(qapp, skala=2.0).bruk()
    d = NyVurderingDialog(db, bank)
    qtbot.addWidget(d)
    d.resize(*storrelse)
    d.show()
    qtbot.waitExposed(d)
    flate = d.rull.viewport()
    innhold = d.rull.widget()
    assert not d.rull.horizontalScrollBar().isVisible()
    assert innhold.minimumSizeHint().width() <= flate.width()  # ingenting kuttes til høyre
    assert innhold.width() <= flate.width()
    knapp = d.legg_til
    d.rull.ensureWidgetVisible(knapp)
    qtbot.wait(1)
    topp = knapp.mapTo(flate, QPoint(0, 0))
    assert QRect(QPoint(0, 0), flate.size()).contains(QRect(topp, knapp.size()))
    assert knapp.width() >= knapp.sizeHint().width()  # hele teksten får plass
