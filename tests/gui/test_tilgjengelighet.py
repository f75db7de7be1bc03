"""Hver interaktive widget på hver skjerm har et tilgjengelig navn (skjermlesere, WCAG 4.1.2)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QMenu,
    QMenuBar,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

from vurdering.domene.modell import Svar
from vurdering.gui.veiviser.sideliste import INDIKATOR, INTRO, OPPFOLGING, SAMMENDRAG, TILTAKSPLAN
from vurdering.lagring import repository as repo

INTERAKTIVE = (
    QAbstractButton,
    QLineEdit,
    QAbstractSpinBox,
    QComboBox,
    QAbstractItemView,
    QTextEdit,
    QPlainTextEdit,
    QAbstractSlider,
    QMenuBar,
    QMenu,
    QTabBar,
)


def _intern(w: QWidget) -> bool:
    """Qts egne deler av sammensatte widgeter (rullefelt, listen i en nedtrekksliste, tallfeltets tekstfelt).

    Den sammensatte widgeten selv må ha navn; det er den skjermleseren presenterer.
    """
    if isinstance(w, QScrollBar) or w.objectName().startswith("qt_"):
        return True
    forelder = w.parentWidget()
    while forelder is not None:
        if isinstance(forelder, QComboBox | QAbstractSpinBox) or forelder.objectName().startswith("qt_"):
            return True
        forelder = forelder.parentWidget()
    return False


def uten_navn(rot: QWidget) -> list[str]:
    ut = []
    for w in [rot, *rot.findChildren(QWidget)]:
        if isinstance(w, INTERAKTIVE) and not _intern(w) and not w.accessibleName().strip():
            tekst = w.text() if hasattr(w, "text") and callable(w.text) else ""
            ut.append(f"{type(w).__name__} «{tekst}» i {type(w.parentWidget()).__name__}")
    return ut


def test_alle_skjermer_har_navn_paa_alt_som_kan_brukes(qtbot, lag_vindu, demo_db, bank) -> None:
    db, _forste = demo_db
    andre = repo.opprett_vurdering(
        db, bank, enhet="Demo politistasjon", distrikt="Agder politidistrikt", moduler=["BU"], dato="2099-01-01"
    )
    repo.lagre_svar(db, andre, Svar.med_niva("KK-01", 2))
    vindu = lag_vindu(db)
    mangler: dict[str, list[str]] = {"startside": uten_navn(vindu)}

    dialog = vindu.ny_vurdering()
    mangler["ny vurdering"] = uten_navn(dialog)
    dialog.reject()
    innst = vindu.vis_innstillinger()
    mangler["innstillinger"] = uten_navn(innst)
    innst.reject()

    vindu.apne_vurdering(andre)
    vv = vindu.veiviser
    for art in (OPPFOLGING, INTRO, INDIKATOR, SAMMENDRAG, TILTAKSPLAN):
        vv.ga_til(vv.indeks_for(art))
        mangler[art] = uten_navn(vindu)
    vv.indikator.ikke_relevant.click()  # begrunnelsen vises
    mangler["ikke relevant"] = uten_navn(vindu)

    feil = {k: v for k, v in mangler.items() if v}
    assert not feil, "\n".join(f"{k}: {x}" for k, v in feil.items() for x in v)


def test_nivakort_sier_hva_de_er_og_om_de_er_valgt(qtbot, lag_vindu, tema_vurdering) -> None:
    db, vid = tema_vurdering
    vindu = lag_vindu(db)
    vindu.apne_vurdering(vid)
    vv = vindu.veiviser
    vv.ga_til_indikator("KK-01")
    kort = vv.indikator.kort[3]
    assert kort.accessibleName() == "Nivå 3: Styrt"
    ind = vv.bank.indikator("KK-01")
    assert kort.accessibleDescription() == f"{ind.niva[3]} Dette kan du vise fram: {ind.bevis[3]}"
    assert kort.isCheckable() and kort.focusPolicy() != 0
    with qtbot.waitSignal(vv.lagret):
        kort.click()
    assert kort.isChecked() and kort._valgt.text() == "✓ Valgt"
