"""«Oversikt over enhetene»: modellen (qtmodeltester), tall i hver rute, «–» som skiller seg fra lave poeng,
sortering, filtre, alle runder, og at en enhet åpnes med Enter."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush

from vurdering.domene.formater import tall
from vurdering.domene.oversikt import Enhetsrad, Modulcelle
from vurdering.gui.oversikt.modeller import FASTE, ID_ROLLE, Tekstmodell, Varmekartmodell
from vurdering.gui.oversikt.vindu import Oversiktsvindu
from vurdering.tjenester.demo import lag_distriktsdemo
from vurdering.tjenester.oversikt import oversikt

IDAG = date(2026, 6, 1)


def _rader() -> list[Enhetsrad]:
    return [
        Enhetsrad(1, "Arendal", "Agder", "2026-01-01", "individuell", "ferdig", 2.5,
                  {"KK": Modulcelle(0.5, 3), "SL": Modulcelle(None, 3, True)}),
        Enhetsrad(2, "Bodø", "Nordland", "2025-01-01", "samlet", "pagar", 3.1, {"KK": Modulcelle(3.5, 3)}),
        Enhetsrad(3, "Alta", "Finnmark", "2024-01-01", "samlet", "pagar", None, {}),
    ]  # fmt: skip


def test_varmekartet_bestaar_qtmodeltester(qtmodeltester) -> None:
    m = Varmekartmodell()
    m.sett(_rader(), ("KK", "SL"), {"KK": "Kunnskap", "SL": "Styring"})
    qtmodeltester.check(m, force_py=True)
    m.sort(FASTE, Qt.SortOrder.DescendingOrder)  # sortering og nytt innhold under oppsyn av testeren
    m.sort(0, Qt.SortOrder.AscendingOrder)
    m.sett([], (), {})
    m.sett(_rader(), ("KK",), {})


def test_tekstmodellen_bestaar_qtmodeltester(qtmodeltester) -> None:
    m = Tekstmodell(("A", "B"))
    m.sett([("x", "1"), ("y", "2")], [5, None], tallkolonner={1})
    qtmodeltester.check(m, force_py=True)


def test_tall_i_hver_rute_og_ingen_poeng_ser_annerledes_ut() -> None:
    m = Varmekartmodell()
    m.sett(_rader(), ("KK", "SL"), {"KK": "Kunnskap", "SL": "Styring"})
    kk, sl = FASTE, FASTE + 1
    lav = m.index(0, kk)
    ingen = m.index(0, sl)
    mangler = m.index(1, sl)
    assert lav.data() == "0,5" and ingen.data() == "–" and mangler.data() == "–"
    lav_bunn: QBrush = lav.data(Qt.ItemDataRole.BackgroundRole)
    ingen_bunn: QBrush = ingen.data(Qt.ItemDataRole.BackgroundRole)
    assert lav_bunn.style() == Qt.BrushStyle.SolidPattern
    assert ingen_bunn.style() != Qt.BrushStyle.SolidPattern  # skravert, ikke en (lys) farge
    hoy_bunn: QBrush = m.index(1, kk).data(Qt.ItemDataRole.BackgroundRole)
    assert lav_bunn.color().lightness() < hoy_bunn.color().lightness()  # gråtonesikker: lavere = mørkere
    assert "under mål" in lav.data(Qt.ItemDataRole.AccessibleTextRole)
    assert lav.data(Qt.ItemDataRole.FontRole).bold()
    assert "utilstrekkelig grunnlag" in ingen.data(Qt.ItemDataRole.ToolTipRole)
    assert "ikke med" in mangler.data(Qt.ItemDataRole.ToolTipRole)
    assert m.headerData(kk, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == "Kunnskap"


def test_sortering_paa_alle_kolonner_med_tomme_sist() -> None:
    m = Varmekartmodell()
    m.sett(_rader(), ("KK", "SL"), {})
    m.sort(FASTE, Qt.SortOrder.AscendingOrder)
    assert [m.index(r, 0).data(ID_ROLLE) for r in range(3)] == [1, 2, 3]
    m.sort(FASTE, Qt.SortOrder.DescendingOrder)
    assert [m.index(r, 0).data(ID_ROLLE) for r in range(3)] == [2, 1, 3]  # uten poeng fortsatt sist
    m.sort(0, Qt.SortOrder.AscendingOrder)
    assert [m.index(r, 0).data() for r in range(3)] == ["Alta", "Arendal", "Bodø"]
    m.sort(2, Qt.SortOrder.AscendingOrder)
    assert [m.index(r, 2).data() for r in range(3)] == ["01.01.2024", "01.01.2025", "01.01.2026"]
    m.sett(_rader(), ("KK", "SL"), {})  # sorteringen står når innholdet byttes
    assert [m.index(r, 2).data() for r in range(3)] == ["01.01.2024", "01.01.2025", "01.01.2026"]


@pytest.fixture
def ddb(db, bank):
    lag_distriktsdemo(db, bank, IDAG)
    return db


def test_vinduet_viser_de_samme_tallene_som_brukstilfellet(qtbot, ddb, meldt) -> None:
    v = Oversiktsvindu(ddb)
    qtbot.addWidget(v)
    fasit = oversikt(ddb)
    ov = fasit.oversikt
    m = v.varmekart
    assert m.rowCount() == len(ov.rader)
    for r in range(m.rowCount()):
        rad = next(x for x in ov.rader if x.vurdering_id == m.index(r, 0).data(ID_ROLLE))
        for k, mid in enumerate(ov.moduler, FASTE):
            celle = rad.moduler.get(mid)
            assert m.index(r, k).data() == tall(None if celle is None else celle.poeng)
    f = ov.fordelinger[ov.moduler[0]]
    assert f is not None
    assert [v.fordeling.index(0, k).data() for k in range(1, 7)] == [
        tall(f.minst), tall(f.nedre_kvartil), tall(f.median), tall(f.ovre_kvartil), tall(f.storst), str(f.antall)
    ]  # fmt: skip
    assert v.svake.rowCount() == len(ov.svake)
    assert v.svake.index(0, 0).data() == ov.svake[0].indikator_id
    assert sum(int(v.tiltak.index(r, 1).data()) for r in range(v.tiltak.rowCount())) == sum(ov.tiltak.values())
    assert v.varsler.rowCount() == len(ov.datavarsler)


def test_filtre_og_alle_runder(qtbot, ddb, meldt) -> None:
    v = Oversiktsvindu(ddb)
    qtbot.addWidget(v)
    siste = v.varmekart.rowCount()
    v.alle_runder.setChecked(True)
    assert v.varmekart.rowCount() == len(oversikt(ddb, alle_runder=True).oversikt.rader) > siste
    assert "alle runder" in v.status.text()
    v.alle_runder.setChecked(False)
    ar = v.periode.findData("2025")
    assert ar > 0
    v.periode.setCurrentIndex(ar)
    assert v.varmekart.rowCount() == len(oversikt(ddb, fra="2025-01-01", til="2025-12-31").oversikt.rader)
    assert all(v.varmekart.rad(r).dato.startswith("2025") for r in range(v.varmekart.rowCount()))
    v.periode.setCurrentIndex(0)
    v.statusvalg.setCurrentIndex(v.statusvalg.findData("pagar"))
    assert all(v.varmekart.rad(r).status == "pagar" for r in range(v.varmekart.rowCount()))
    v.statusvalg.setCurrentIndex(0)
    v.type.setCurrentIndex(v.type.findData("samling"))
    assert v.varmekart.rowCount() == len(oversikt(ddb, type="samling").oversikt.rader)
    v.type.setCurrentIndex(0)
    d = v.distrikt.findText("Agder politidistrikt")
    v.distrikt.setCurrentIndex(d)
    assert v.varmekart.rowCount() == len(oversikt(ddb, distrikt="Agder").oversikt.rader)


def test_enter_og_dobbeltklikk_aapner_vurderingen(qtbot, ddb, meldt) -> None:
    v = Oversiktsvindu(ddb)
    qtbot.addWidget(v)
    v.show()
    v.tabell.setFocus()
    v.tabell.selectRow(1)
    v.tabell.setCurrentIndex(v.varmekart.index(1, 0))
    forventet = v.varmekart.rad(1).vurdering_id
    with qtbot.waitSignal(v.apne) as s:
        qtbot.keyClick(v.tabell, Qt.Key.Key_Return)
    assert s.args == [forventet]
    with qtbot.waitSignal(v.apne) as s:
        v.apne_knapp.click()
    assert s.args == [forventet]
    with qtbot.waitSignal(v.utvikling) as s:
        v.utvikling_knapp.click()
    assert s.args == [forventet]


def test_tilgjengelige_navn(qtbot, ddb, meldt) -> None:
    v = Oversiktsvindu(ddb)
    qtbot.addWidget(v)
    for w in (v.tabell, v.distrikt, v.periode, v.type, v.statusvalg, v.alle_runder, v.faner, v.apne_knapp):
        assert w.accessibleName(), w


def test_alle_vurderingene_hentes_like_etter_visningen(qtbot, ddb, meldt, monkeypatch) -> None:
    from vurdering.lagring import oversikt as sporringer

    v = Oversiktsvindu(ddb)
    qtbot.addWidget(v)
    v.show()
    qtbot.waitUntil(lambda: v.forberedt, timeout=3000)
    kall: list[object] = []
    ekte = sporringer.enhetsrader
    monkeypatch.setattr(sporringer, "enhetsrader", lambda *a, **k: kall.append(k) or ekte(*a, **k))
    v.periode.setCurrentIndex(v.periode.findData("2025"))
    v.statusvalg.setCurrentIndex(v.statusvalg.findData("ferdig"))
    assert kall == []  # utledet i minnet
    assert v.varmekart.rowCount() == len(
        oversikt(ddb, fra="2025-01-01", til="2025-12-31", status="ferdig").oversikt.rader
    )
