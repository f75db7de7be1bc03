"""Indikatorsiden: «Dette kan du vise fram» under nivåene, beslutningsregelen, omfang, enhetens
problemer, plass på en bærbar skjerm, ventende «Ikke relevant» og skrivebeskyttede kort."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QLabel, QWidget

from vurdering.domene.bank import BESLUTNINGSREGEL, BESLUTNINGSREGEL_NN
from vurdering.domene.modell import Svar, SvarType
from vurdering.domene.problemer import Problem
from vurdering.gui.veiviser.indikatorside import IKKE_RELEVANT_ID
from vurdering.lagring import repository as repo
from vurdering.tjenester import problemer, veivisning
from vurdering.tjenester.innstillinger import sett_sprak


def _apne(lag_vindu, db, vid, indikator="KK-01"):
    vindu = lag_vindu(db)
    assert vindu.apne_vurdering(vid)
    vv = vindu.veiviser
    assert vv.ga_til_indikator(indikator)
    return vindu, vv


def _synlig_i(w: QWidget, flate: QWidget) -> bool:
    """Ligger hele `w` innenfor den synlige flaten?"""
    topp = w.mapTo(flate, QPoint(0, 0))
    return QRect(QPoint(0, 0), flate.size()).contains(QRect(topp, w.size()))


@pytest.mark.parametrize("spr", ["nb", "nn"])
def test_nivakortene_viser_hva_enheten_kan_vise_fram(qtbot, lag_vindu, tema_vurdering, bank, spr) -> None:
    db, vid = tema_vurdering
    sett_sprak(db, spr)
    _, vv = _apne(lag_vindu, db, vid, "KK-02")
    ind = bank.indikator("KK-02")
    bevis = ind.bevis_nn if spr == "nn" else ind.bevis
    assert bevis is not None and ind.bevis != ind.bevis_nn
    for kort, tekst in zip(vv.indikator.kort, bevis, strict=True):
        etikett = kort.bevisetikett
        assert kort.bevis == f"Dette kan du vise fram: {tekst}"
        assert etikett.isVisible() and etikett.textFormat() == Qt.TextFormat.PlainText
        assert tekst in kort.accessibleDescription()
    regel = BESLUTNINGSREGEL_NN if spr == "nn" else BESLUTNINGSREGEL
    assert vv.indikator.regel.isVisible() and regel in vv.indikator.regel.text()
    # Regelen står over kortene.
    assert vv.indikator.regel.y() < vv.indikator.kort[0].y()


def test_bevisteksten_kan_leses_ved_200_prosent(qtbot, lag_vindu, tema_vurdering) -> None:
    db, vid = tema_vurdering
    vindu, vv = _apne(lag_vindu, db, vid, "KK-02")
    vindu.utseende.sett_skala(2.0)
    qtbot.wait(1)
    for kort in vv.indikator.kort:
        e = kort.bevisetikett
        assert e.font().pointSizeF() >= 2 * 9
        assert e.height() >= e.heightForWidth(e.width())  # ingen linjer kuttet
        assert e.geometry().bottom() <= kort.contentsRect().bottom()


def test_ferdig_vurderings_kort_ser_ikke_klikkbare_ut(qtbot, lag_vindu, tema_vurdering) -> None:
    db, vid = tema_vurdering
    _, vv = _apne(lag_vindu, db, vid)
    kort, nabo = vv.indikator.kort[1], vv.indikator.kort[2]

    def bakgrunn(k) -> object:
        return k.grab().toImage().pixelColor(k.width() - 6, k.height() // 2)

    vanlig = bakgrunn(nabo)
    kort.setAttribute(Qt.WidgetAttribute.WA_UnderMouse, True)
    assert bakgrunn(kort) != vanlig  # et kort som kan velges, reagerer på musa
    assert kort.cursor().shape() == Qt.CursorShape.PointingHandCursor
    assert vv.marker_ferdig()
    assert kort.skrivebeskyttet and kort.cursor().shape() == Qt.CursorShape.ArrowCursor
    assert bakgrunn(kort) == vanlig
    assert "bare leses" in kort.toolTip()
    kort.click()
    assert not kort.isChecked()


def test_distriktsindikator_for_en_tjenesteenhet_sier_fra(qtbot, lag_vindu, tema_vurdering) -> None:
    db, vid = tema_vurdering
    veivisning.sett_enhetsniva(db, vid, "tjenesteenhet")
    _, vv = _apne(lag_vindu, db, vid, "KK-05")
    assert vv.bank.indikator("KK-05").omfang == "distrikt"
    merknad = vv.indikator.omfang
    assert merknad.isVisible() and "Dette avgjøres vanligvis på distriktsnivå" in merknad.text()
    vv.ga_til_indikator("KK-04")  # avgjøres i driftsenheten
    assert not merknad.isVisible()


def test_distriktet_selv_faar_ingen_merknad(qtbot, lag_vindu, tema_vurdering) -> None:
    db, vid = tema_vurdering
    veivisning.sett_enhetsniva(db, vid, "distrikt")
    _, vv = _apne(lag_vindu, db, vid, "KK-05")
    assert not vv.indikator.omfang.isVisible()


def test_indikatorer_om_lokale_problemer_viser_enhetens_problemer(qtbot, lag_vindu, tema_vurdering) -> None:
    db, vid = tema_vurdering
    problemer.lagre(db, vid, Problem("Vold i sentrum", effektmal="anmeldte voldssaker", utgangsverdi=40, malverdi=30))
    _, vv = _apne(lag_vindu, db, vid, "KK-02")
    boks = vv.indikator.problemboks
    assert vv.bank.indikator("KK-02").lokale_problemer
    assert boks.isVisible() and "1. Vold i sentrum – anmeldte voldssaker (fra 40, mål 30)" in boks.text()
    assert boks.y() < vv.indikator.kort[0].y()
    vv.ga_til_indikator("KK-01")
    assert not boks.isVisible()
    # Et nytt problem på problemsiden vises straks.
    vv.ga_til(0)
    side = vv.problemside
    skjema = side.nytt_problem()
    skjema.felt["tittel"].setText("Innbrudd i boliger")
    skjema.felt["tittel"].editingFinished.emit()
    vv.ga_til_indikator("KK-03")
    assert "2. Innbrudd i boliger" in boks.text()


def test_nivaakortene_og_vet_ikke_synlige_paa_baerbar_skjerm(qtbot, lag_vindu, tema_vurdering) -> None:
    """1366×768 med oppgavelinje: kortene og Vet ikke er synlige uten å rulle når indikatoren åpnes."""
    db, vid = tema_vurdering
    repo.lagre_svar(db, vid, Svar("KK-01", SvarType.NIVA, niva=2))
    vindu = lag_vindu(db)
    vindu.resize(1366, 768 - 40)
    assert vindu.apne_vurdering(vid)
    vv = vindu.veiviser
    for ind in ("KK-02", "SL-01", "DT-07"):
        assert vv.ga_til_indikator(ind)
        qtbot.wait(1)
        side = vv.indikator
        flate = side._rull.viewport()
        assert not side.veiledning.isVisible()  # lukket etter første indikator
        for w in (side.vet_ikke, side.ikke_relevant, side.kort[0], side.kort[1], side.regel):
            assert _synlig_i(w, flate), (ind, w)


def test_veiledningen_er_aapen_forst_og_valget_huskes(qtbot, lag_vindu, tema_vurdering) -> None:
    db, vid = tema_vurdering
    _, vv = _apne(lag_vindu, db, vid)
    side = vv.indikator
    assert side.veiledning.isVisible()  # ingen svar ennå: veiledningen vises
    with qtbot.waitSignal(vv.lagret):
        side.kort[1].click()
    vv.neste()
    assert not side.veiledning.isVisible()
    side.vis_veiledning.click()  # brukeren vil ha den
    assert side.veiledning.isVisible() and veivisning.hent_veiledning_apen(db) is True
    vv.neste()
    assert side.veiledning.isVisible()
    side.vis_veiledning.click()
    assert veivisning.hent_veiledning_apen(db) is False
    vv.forrige()
    assert not side.veiledning.isVisible()


def test_ikke_relevant_uten_begrunnelse_vises_som_ventende(qtbot, lag_vindu, tema_vurdering) -> None:
    db, vid = tema_vurdering
    _, vv = _apne(lag_vindu, db, vid)
    side = vv.indikator
    with qtbot.waitSignal(vv.lagret):
        side.kort[2].click()
    assert vv.sideliste.tekst_for("KK-01").startswith("✓ KK-01 (2)")
    assert not side.grunn.property("mangler")
    side.velg(IKKE_RELEVANT_ID)
    tekst = vv.sideliste.tekst_for("KK-01")
    assert "venter på begrunnelse" in tekst and "(2)" not in tekst
    assert side.grunn.property("mangler") and "border" in side.grunn.styleSheet()
    assert "Mangler" in side.grunn.accessibleDescription()
    qtbot.keyClicks(side.grunn, "Ingen arrest")
    assert not side.grunn.property("mangler") and side.grunn.styleSheet() == ""
    assert side.grunn.accessibleDescription() == ""
    with qtbot.waitSignal(vv.lagret):
        side.lagre_na()
    assert vv.sideliste.tekst_for("KK-01").startswith("– KK-01")


def test_plass_for_svar_per_kommune(qtbot, lag_vindu, tema_vurdering) -> None:
    db, vid = tema_vurdering
    _, vv = _apne(lag_vindu, db, vid)
    side = vv.indikator
    assert not side.kommunesvar_plass.isVisible()
    del_ = QLabel("Kommunesvar")
    side.sett_kommunesvar_widget(del_)
    assert side.kommunesvar_plass.isVisible() and del_.isVisible() and del_.parent() is side.kommunesvar_plass
    assert side.kort[4].y() < side.kommunesvar_plass.y()
    side.sett_kommunesvar_widget(None)
    assert not side.kommunesvar_plass.isVisible() and del_.parent() is None
