"""Tekststørrelse (husket), høy kontrast, innstillingsdialogen og at sidene flyter om ved 200 %."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLabel

from vurdering.gui.felles.utseende import TRINN
from vurdering.gui.start.innstillinger import Innstillinger
from vurdering.tjenester.innstillinger import hent_innstillinger


def test_tekststorrelse_huskes_til_neste_gang(qtbot, lag_vindu, tema_vurdering, qapp) -> None:
    db, vid = tema_vurdering
    vindu = lag_vindu(db)
    grunn = vindu.utseende.punktstorrelse
    vindu.apne_vurdering(vid)
    tittel = vindu.veiviser.tittel
    for_tittel = tittel.font().pointSizeF()
    vindu.utseende.storre()
    vindu.utseende.storre()
    assert vindu.utseende.skala == TRINN[TRINN.index(1.0) + 2]
    assert qapp.font().pointSizeF() == grunn * vindu.utseende.skala
    assert tittel.font().pointSizeF() > for_tittel  # overskriftene følger med
    assert hent_innstillinger(db).skala == vindu.utseende.skala
    vindu.close()

    nytt = lag_vindu(db)
    assert nytt.utseende.skala == TRINN[TRINN.index(1.0) + 2]
    nytt.utseende.mindre()
    assert nytt.utseende.skala == TRINN[TRINN.index(1.0) + 1]
    nytt.utseende.normal()
    assert hent_innstillinger(db).skala == 1.0
    for _ in range(20):
        nytt.utseende.storre()
    assert nytt.utseende.skala == TRINN[-1]


def test_hoy_kontrast_fra_menyen_og_innstillinger(qtbot, lag_vindu, db, qapp) -> None:
    vindu = lag_vindu(db)
    vindu.h_kontrast.trigger()
    assert vindu.utseende.kontrast and hent_innstillinger(db).kontrast
    assert qapp.palette().window().color().name() == "#000000"
    assert "#ffff00" in qapp.styleSheet()
    dialog = vindu.vis_innstillinger()
    assert dialog.kontrast.isChecked() and dialog.storrelse.value() == 100
    dialog.kontrast.setChecked(False)
    dialog.storrelse.setValue(200)
    with qtbot.waitSignal(dialog.accepted):
        dialog.accept()
    assert not vindu.utseende.kontrast and vindu.utseende.skala == 2.0
    assert not vindu.h_kontrast.isChecked()
    assert hent_innstillinger(db) == Innstillinger("nb", False, 2.0)


def test_indikatorsiden_flyter_om_ved_200_prosent(qtbot, lag_vindu, tema_vurdering) -> None:
    db, vid = tema_vurdering
    vindu = lag_vindu(db)
    vindu.resize(1024, 768)
    vindu.utseende.sett_skala(2.0)
    vindu.apne_vurdering(vid)
    vv = vindu.veiviser
    vv.ga_til_indikator("SS-01")
    side = vv.indikator
    QApplication.processEvents()
    rull = side._rull
    assert rull.horizontalScrollBar().maximum() == 0  # ingenting stikker ut til siden
    innhold = rull.widget()
    for w in [*side.kort, *innhold.findChildren(QLabel)]:
        if not w.isVisibleTo(side):
            continue
        if w.hasHeightForWidth():
            assert w.height() >= w.heightForWidth(w.width()) - 1, f"klippet: {type(w).__name__} {w.accessibleName()}"
        assert w.mapTo(innhold, w.rect().bottomRight()).x() <= innhold.width()
    for knapp in (side.vet_ikke, side.ikke_relevant, vv.neste_knapp, vv.tilbake):
        assert knapp.width() >= knapp.sizeHint().width()
    assert vv.sideliste.width() < vindu.width() * 0.35
