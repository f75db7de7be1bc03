"""Kontrast målt i pikslene som faktisk tegnes, i begge temaene (WCAG 1.4.3 og 1.4.11).

Tekst minst 4,5:1 mot bakgrunnen (valgt rad, etiketter, avslåtte avkrysningsbokser),
fokusringen på avkrysningsbokser og radioknapper, rullefeltets håndtak, fremdriftsfeltets
kant og diagrammenes rutenett minst 3:1.
"""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QLabel,
    QRadioButton,
    QScrollBar,
    QStyle,
    QStyleOptionSlider,
    QWidget,
)

from vurdering.domene.modell import Svar
from vurdering.gui.felles.diagram import Stolpediagram, _farger
from vurdering.lagring import repository as repo

TEKST, IKKE_TEKST = 4.5, 3.0


def luminans(c: QColor) -> float:
    def kanal(v: int) -> float:
        s = v / 255
        return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4

    return 0.2126 * kanal(c.red()) + 0.7152 * kanal(c.green()) + 0.0722 * kanal(c.blue())


def kontrast(a: QColor, b: QColor) -> float:
    la, lb = sorted((luminans(a), luminans(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def _bilde(w: QWidget) -> QImage:
    return w.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def _piksler(bilde: QImage, rute: QRect | None = None) -> Counter[int]:
    r = (rute or bilde.rect()).intersected(bilde.rect())
    dpr = bilde.devicePixelRatio()
    return Counter(
        bilde.pixel(x, y)
        for x in range(int(r.left() * dpr), int((r.right() + 1) * dpr))
        for y in range(int(r.top() * dpr), int((r.bottom() + 1) * dpr))
    )


def tekstkontrast(bilde: QImage, rute: QRect | None = None) -> tuple[float, QColor, QColor]:
    """(kontrast, tekst, bakgrunn): bakgrunnen er den vanligste fargen, teksten den som skiller seg mest ut."""
    farger = _piksler(bilde, rute)
    bakgrunn = QColor.fromRgb(farger.most_common(1)[0][0])
    tekst = max((QColor.fromRgb(f) for f in farger), key=lambda c: kontrast(c, bakgrunn))
    return kontrast(tekst, bakgrunn), tekst, bakgrunn


def _valgt_rad(visning: QAbstractItemView) -> tuple[float, QColor, QColor]:
    QApplication.processEvents()
    rute = visning.visualRect(visning.currentIndex())
    assert rute.isValid() and visning.selectionModel().isSelected(visning.currentIndex())
    return tekstkontrast(_bilde(visning.viewport()), rute)


def _fokusring(w: QWidget) -> float:
    """Kontrasten mellom fokusringen og det samme stedet uten fokus."""
    w.window().activateWindow()
    for _ in range(20):
        if w.isActiveWindow():
            break
        QApplication.processEvents()
    w.clearFocus()
    QApplication.processEvents()
    uten = _bilde(w)
    w.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    assert w.hasFocus()
    med = _bilde(w)
    endret = [(x, y) for x in range(med.width()) for y in range(med.height()) if med.pixel(x, y) != uten.pixel(x, y)]
    if not endret:
        return 1.0  # ingen synlig fokus
    ring = QColor.fromRgb(Counter(med.pixel(x, y) for x, y in endret).most_common(1)[0][0])
    for_ = QColor.fromRgb(Counter(uten.pixel(x, y) for x, y in endret).most_common(1)[0][0])
    return kontrast(ring, for_)


def _handtak(rull: QScrollBar) -> float:
    """Håndtaket mot sporet det går i."""
    opt = QStyleOptionSlider()
    rull.initStyleOption(opt)
    stil = rull.style()
    handtak = stil.subControlRect(QStyle.ComplexControl.CC_ScrollBar, opt, QStyle.SubControl.SC_ScrollBarSlider, rull)
    bilde = _bilde(rull)
    farge = QColor.fromRgb(_piksler(bilde, handtak.adjusted(3, 3, -3, -3)).most_common(1)[0][0])
    utenfor = QRect(bilde.rect())
    if rull.orientation() == Qt.Orientation.Vertical:
        utenfor.setTop(handtak.bottom() + 3) if handtak.top() < bilde.height() // 2 else utenfor.setBottom(handtak.top() - 3)
    else:
        utenfor.setLeft(handtak.right() + 3) if handtak.left() < bilde.width() // 2 else utenfor.setRight(handtak.left() - 3)
    spor = QColor.fromRgb(_piksler(bilde, utenfor).most_common(1)[0][0])
    return kontrast(farge, spor)


@pytest.fixture
def vindu_med_data(lag_vindu, demo_db, bank):
    db, forste = demo_db
    andre = repo.opprett_vurdering(
        db, bank, enhet="Demo politistasjon", distrikt="Agder politidistrikt", moduler=["BU"], dato="2099-01-01"
    )
    repo.lagre_svar(db, andre, Svar.med_niva("KK-01", 2))
    vindu = lag_vindu(db)
    return vindu, forste, andre


@pytest.mark.parametrize("hoy", [False, True], ids=["normal", "høy kontrast"])
def test_kontrast_i_pikslene(qtbot, vindu_med_data, hoy) -> None:
    vindu, forste, andre = vindu_med_data
    vindu.utseende.sett_kontrast(hoy)
    vindu.activateWindow()
    malt: dict[str, float] = {}

    # Startsiden: valgt rad og etikettene.
    vindu.vis_start()
    vindu.startside.velg(forste)
    malt["startside: valgt rad"] = _valgt_rad(vindu.startside.tabell)[0]
    for i, lbl in enumerate(w for w in vindu.startside.findChildren(QLabel) if w.isVisible() and w.text().strip()):
        malt[f"startside: etikett {i} «{lbl.text()[:20]}»"] = tekstkontrast(_bilde(lbl))[0]

    # Ny vurdering: temaene som alltid er med, er avslåtte avkrysningsbokser.
    dialog = vindu.ny_vurdering()
    qtbot.waitExposed(dialog)
    avslatte = [c for c in dialog.findChildren(QCheckBox) if not c.isEnabled() and c.isVisible()]
    assert avslatte
    malt["ny vurdering: avslått tema"] = min(tekstkontrast(_bilde(c))[0] for c in avslatte)
    dialog.reject()

    # Veiviseren: sidelisten, fokusringen på en radioknapp, fremdriften.
    vindu.apne_vurdering(andre)
    v = vindu.veiviser
    v.ga_til_indikator("KK-01")
    QApplication.processEvents()
    malt["sideliste: valgt rad"] = _valgt_rad(v.sideliste)[0]
    radio = next(r for r in v.indikator.findChildren(QRadioButton) if r.isVisible())
    malt["fokusring: radioknapp"] = _fokusring(radio)
    bilde = _bilde(v.fremdrift)
    bakgrunn = vindu.palette().color(vindu.backgroundRole())
    tom_ende = QRect(v.fremdrift.width() - 8, 0, 8, v.fremdrift.height())  # sporet der fremdriften ikke er
    kant = max((QColor.fromRgb(f) for f in _piksler(bilde, tom_ende)), key=lambda c: kontrast(c, bakgrunn))
    malt["fremdrift: kant mot vinduet"] = kontrast(kant, bakgrunn)
    spor = QColor.fromRgb(bilde.pixel(bilde.width() - 6, bilde.height() // 2))
    fylt = QColor.fromRgb(bilde.pixel(6, bilde.height() // 2))
    malt["fremdrift: fylt mot spor"] = kontrast(fylt, spor)

    # Innstillinger: fokusringen på en avkrysningsboks.
    innst = vindu.vis_innstillinger()
    qtbot.waitExposed(innst)
    innst.activateWindow()
    malt["fokusring: avkrysningsboks"] = _fokusring(innst.kontrast)
    innst.reject()

    # Sammendraget: rullefeltet og diagrammenes rutenett.
    vindu.apne_vurdering(forste)
    v = vindu.veiviser
    v.ga_til(v.indeks_for("sammendrag"))
    QApplication.processEvents()
    rull = v.sammendrag.rulle.verticalScrollBar()
    assert rull.isVisible() and rull.maximum() > 0
    malt["rullefelt: håndtak mot spor"] = _handtak(rull)
    stolper = v.sammendrag.findChild(Stolpediagram)
    _t, _n, rutenett = _farger(stolper.palette())
    assert _piksler(_bilde(stolper))[rutenett.rgb()] > 20, "rutenettet er ikke tegnet i denne fargen"
    malt["diagram: rutenett"] = kontrast(rutenett, stolper.palette().color(stolper.backgroundRole()))
    for i, lbl in enumerate(w for w in v.sammendrag.findChildren(QLabel) if w.isVisible() and w.text().strip()):
        if i < 15:
            malt[f"sammendrag: etikett {i} «{lbl.text()[:20]}»"] = tekstkontrast(_bilde(lbl))[0]

    for navn, verdi in sorted(malt.items()):
        print(f"{'høy' if hoy else 'normal'}\t{verdi:5.2f}\t{navn}")
    krav = {n: (IKKE_TEKST if n.split(":")[0] in ("fokusring", "rullefelt", "fremdrift", "diagram") else TEKST) for n in malt}
    for_lav = {n: round(v, 2) for n, v in malt.items() if v < krav[n]}
    assert not for_lav, for_lav
