"""Hele veien med tastaturet alene: nivå med 0–4, V, I med begrunnelse, PgDn/PgUp, Ctrl+Enter, F11, Ctrl+pluss."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from vurdering.domene.modell import SvarType
from vurdering.gui.veiviser.sideliste import INDIKATOR, SAMMENDRAG
from vurdering.lagring import repository as repo


def _fokus(qtbot, w) -> None:
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)


def test_tastatur_alene(qtbot, lag_vindu, tema_vurdering, meldt) -> None:
    db, vid = tema_vurdering
    vindu = lag_vindu(db)
    _fokus(qtbot, vindu)
    # Startsiden: Tab til tabellen og Enter åpner den valgte vurderingen.
    vindu.startside.tabell.setFocus()
    with qtbot.waitSignal(vindu.vurdering_apnet):
        qtbot.keyClick(vindu.startside.tabell, Qt.Key.Key_Return)
    v = vindu.veiviser
    assert v.gjeldende.art == "problemer"
    qtbot.keyClick(vindu, Qt.Key.Key_PageDown)
    assert v.gjeldende.art == "intro"
    qtbot.keyClick(vindu, Qt.Key.Key_PageDown)
    assert v.gjeldende.art == INDIKATOR

    taster = [Qt.Key.Key_2, Qt.Key.Key_V, Qt.Key.Key_0, Qt.Key.Key_4, Qt.Key.Key_1, Qt.Key.Key_3]
    ider = []
    for tast in taster:
        ider.append(v.gjeldende.indikator_id)
        with qtbot.waitSignal(v.lagret):
            qtbot.keyClick(QApplication.focusWidget() or vindu, tast)
        qtbot.keyClick(QApplication.focusWidget() or vindu, Qt.Key.Key_PageDown)
    svar = repo.hent_svar(db, vid)
    assert [svar[i].niva for i in ider] == [2, None, 0, 4, 1, 3]
    assert svar[ider[1]].type is SvarType.VET_IKKE

    # I: Ikke relevant; markøren havner i begrunnelsen, og sifre blir tekst der, ikke nivå.
    ind = v.gjeldende.indikator_id
    qtbot.keyClick(QApplication.focusWidget() or vindu, Qt.Key.Key_I)
    assert QApplication.focusWidget() is v.indikator.grunn
    qtbot.keyClick(v.indikator.grunn, Qt.Key.Key_PageDown)  # nektes: ingen begrunnelse
    assert v.gjeldende.indikator_id == ind
    qtbot.keyClicks(v.indikator.grunn, "Ingen 2 ting")
    with qtbot.waitSignal(v.lagret):
        qtbot.keyClick(v.indikator.grunn, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert v.gjeldende.indikator_id != ind
    s = repo.hent_svar(db, vid)[ind]
    assert s.type is SvarType.IKKE_RELEVANT and s.grunn == "Ingen 2 ting"

    # PgUp tilbake viser svaret; Tab når nivåkortene, og mellomrom velger kortet med fokus.
    qtbot.keyClick(vindu, Qt.Key.Key_PageUp)
    assert v.gjeldende.indikator_id == ind
    assert v.indikator.ikke_relevant.isChecked()
    v.indikator.kort[0].setFocus()
    qtbot.keyClick(v.indikator.kort[0], Qt.Key.Key_Down)
    assert QApplication.focusWidget() is v.indikator.kort[1]
    with qtbot.waitSignal(v.lagret):
        qtbot.keyClick(v.indikator.kort[1], Qt.Key.Key_Space)
    assert repo.hent_svar(db, vid)[ind].niva == 1

    # F11 fullskjerm av og på; Ctrl+pluss gir større tekst.
    qtbot.keyClick(vindu, Qt.Key.Key_F11)
    qtbot.waitUntil(vindu.isFullScreen)
    qtbot.keyClick(vindu, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: not vindu.isFullScreen())
    for_skala = vindu.utseende.skala
    qtbot.keyClick(vindu, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert vindu.utseende.skala > for_skala
    qtbot.keyClick(vindu, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert vindu.utseende.skala == 1.0
    assert repo.hent_svar(db, vid)[ind].niva == 1  # Ctrl+0 er ikke nivå 0

    # Sidelisten: piltaster flytter bare markeringen; Enter hopper dit.
    sl = v.sideliste
    sl.setFocus()
    for_indeks = v.indeks
    qtbot.keyClick(sl, Qt.Key.Key_Down)
    qtbot.keyClick(sl, Qt.Key.Key_Down)
    assert v.indeks == for_indeks
    with qtbot.waitSignal(v.side_endret) as hopp:
        qtbot.keyClick(sl, Qt.Key.Key_Return)
    assert hopp.args == [for_indeks + 2] and v.indeks == for_indeks + 2
    # Tallene virker også når sidelisten har fokus (ikke bare søk i listen).
    v.ga_til_indikator("SS-01")
    sl.setFocus()
    with qtbot.waitSignal(v.lagret):
        qtbot.keyClick(sl, Qt.Key.Key_4)
    assert repo.hent_svar(db, vid)["SS-01"].niva == 4
    qtbot.keyClick(sl, Qt.Key.Key_End)
    qtbot.keyClick(sl, Qt.Key.Key_Return)
    assert v.gjeldende.art != INDIKATOR and v.indeks == v.indeks_for(SAMMENDRAG) + 1


def _tab_rekke(qtbot, start, antall: int) -> list:
    start.setFocus()
    rekke = []
    for _ in range(antall):
        w = QApplication.focusWidget()
        rekke.append(w)
        qtbot.keyClick(w, Qt.Key.Key_Tab)
    return rekke


def test_tab_rekkefolgen_er_logisk_paa_hver_side(qtbot, lag_vindu, demo_db) -> None:
    db, vid = demo_db
    vindu = lag_vindu(db)
    _fokus(qtbot, vindu)
    vindu.apne_vurdering(vid)
    v = vindu.veiviser
    for art in (SAMMENDRAG, "tiltaksplan", INDIKATOR):
        v.ga_til(v.indeks_for(art))
        side = v.stabel.currentWidget()
        rekke = _tab_rekke(qtbot, v.start_knapp, 60)
        slutt = rekke.index(v.neste_knapp)
        # Toppen, sidelisten, så sidens innhold, og Tilbake og Neste til slutt – før det begynner på nytt.
        assert rekke[:2] == [v.start_knapp, v.sideliste], art
        innhold = rekke[2 : slutt - 1]
        assert innhold and all(side.isAncestorOf(w) for w in innhold), art
        assert rekke[slutt - 1] is v.tilbake, art
        assert rekke[slutt + 1] is v.start_knapp, art
