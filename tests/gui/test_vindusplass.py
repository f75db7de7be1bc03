"""Hovedvinduet på en bærbar med 1366 × 768: passer skjermen, husker plassen, og Tilbake/Neste og
lagringsstatusen er alltid synlige mens bare innholdet ruller."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QWidget

from vurdering.gui.felles import vindusplass
from vurdering.gui.veiviser.sideliste import INDIKATOR, INTRO, OPPFOLGING, SAMMENDRAG, TILTAKSPLAN

#: 1366 × 768 minus en oppgavelinje på 40 px.
BAERBAR = QRect(0, 0, 1366, 728)


@pytest.fixture
def baerbar(monkeypatch: pytest.MonkeyPatch) -> QRect:
    monkeypatch.setattr(vindusplass, "tilgjengelig", lambda _v: QRect(BAERBAR))
    return BAERBAR


def _synlig_i(w: QWidget, vindu: QWidget) -> bool:
    rute = QRect(w.mapTo(vindu, w.rect().topLeft()), w.size())
    return w.isVisible() and vindu.rect().contains(rute)


def test_vinduet_apnes_innenfor_skjermen_og_husker_plassen(qtbot, baerbar, db) -> None:
    from vurdering.gui.app import lag_vindu

    vindu = lag_vindu(QApplication.instance(), db)
    qtbot.addWidget(vindu)
    assert vindu.width() <= baerbar.width() and vindu.height() <= baerbar.height()
    assert vindu.isMaximized() or vindu.windowState() & vindu.windowState().WindowMaximized
    vindu.setWindowState(vindu.windowState().WindowNoState)
    vindu.resize(700, 500)
    vindu.move(20, 10)
    vindu.show()
    qtbot.waitExposed(vindu)
    vindu.close()

    igjen = lag_vindu(QApplication.instance(), db)
    qtbot.addWidget(igjen)
    assert (igjen.width(), igjen.height()) == (700, 500)  # innenfor den tenkte skjermen på 800 × 600
    igjen.close()


def test_husket_plass_krympes_til_en_mindre_skjerm(qtbot, db, monkeypatch) -> None:
    from vurdering.gui.app import lag_vindu

    stor = lag_vindu(QApplication.instance(), db)
    qtbot.addWidget(stor)
    stor.setWindowState(stor.windowState().WindowNoState)
    stor.resize(1800, 1000)
    vindusplass.husk(stor)
    monkeypatch.setattr(vindusplass, "tilgjengelig", lambda _v: QRect(BAERBAR))
    liten = lag_vindu(QApplication.instance(), db)
    qtbot.addWidget(liten)
    assert liten.width() <= BAERBAR.width() and liten.height() <= BAERBAR.height()


@pytest.mark.parametrize("skala", [1.0, 2.0])
def test_navigasjon_og_lagret_alltid_synlige_paa_1366x768(qtbot, lag_vindu, demo_db, bank, skala) -> None:
    from vurdering.lagring import repository as repo

    db, _forste = demo_db
    andre = repo.opprett_vurdering(db, bank, enhet="Demo politistasjon", distrikt="Agder politidistrikt", moduler=[])
    vindu = lag_vindu(db)
    vindu.utseende.sett_skala(skala)
    vindu.resize(BAERBAR.width() - vindusplass.RAMME.width(), BAERBAR.height() - vindusplass.RAMME.height())
    vindu.apne_vurdering(andre)
    v = vindu.veiviser
    feil = []
    for art in (OPPFOLGING, INTRO, INDIKATOR, SAMMENDRAG, TILTAKSPLAN):
        v.ga_til(v.indeks_for(art))
        QApplication.processEvents()
        for navn, w in (("Tilbake", v.tilbake), ("Neste", v.neste_knapp), ("Lagret", v.lagret_etikett)):
            if not _synlig_i(w, vindu):
                feil.append(f"{art}: {navn} utenfor vinduet ({vindu.width()}×{vindu.height()})")
    assert vindu.height() <= BAERBAR.height() - vindusplass.RAMME.height()
    assert not feil, feil


def test_sidelisten_kan_skjules_og_valget_huskes(qtbot, lag_vindu, demo_db) -> None:
    db, vid = demo_db
    vindu = lag_vindu(db)
    vindu.apne_vurdering(vid)
    liste = vindu.veiviser.sideliste
    assert liste.isVisible()
    assert liste.width() <= vindu.width() * 0.26
    vindu.h_sideliste.trigger()
    assert not liste.isVisible()
    assert not vindusplass.sideliste_synlig()
    vindu.vis_start()
    vindu.apne_vurdering(vid)
    assert not vindu.veiviser.sideliste.isVisible()
    vindu.h_sideliste.trigger()
    assert vindu.veiviser.sideliste.isVisible()


def test_vindustittelen_har_programnavnet_en_gang(qtbot, lag_vindu, demo_db) -> None:
    db, vid = demo_db
    vindu = lag_vindu(db)
    vindu.apne_vurdering(vid)
    assert vindu.windowTitle() == "Forkant – Demo politistasjon"
    # Qt hekter et satt visningsnavn på hver tittel; da ville det stått «— Forkant» to ganger.
    assert not QApplication.applicationDisplayName() or QApplication.applicationDisplayName() == QApplication.applicationName()
