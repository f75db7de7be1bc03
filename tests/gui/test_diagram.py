"""Diagrammene: de tegner noe, verdiene står i tekstbeskrivelsen, og de vokser med skriften."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtGui import QColor, QFont, QImage

from vurdering.gui.felles.diagram import Diagramverdi, Stolpediagram
from vurdering.gui.felles.radar import RadarDiagram

TEMA = [
    Diagramverdi("Kunnskap og kompetanse", 2.3, 3),
    Diagramverdi("Styring og ledelse", 2.0, 3),
    Diagramverdi("Samarbeid og samhandling", 2.9, 4),
    Diagramverdi("Dialog og tillitsbygging", None, 3, "utilstrekkelig grunnlag"),
]


def _bilde(w: RadarDiagram | Stolpediagram, bredde: int | None = None) -> QImage:
    hint = w.sizeHint()
    b = bredde or hint.width()
    h = w.heightForWidth(b) if w.hasHeightForWidth() else hint.height()
    w.resize(b, h)
    return w.grab().toImage()


def _farger(bilde: QImage) -> set[int]:
    return {bilde.pixel(x, y) for x in range(0, bilde.width(), 3) for y in range(0, bilde.height(), 3)}


def _antall_piksler(bilde: QImage, farge: QColor) -> int:
    maal = farge.rgb()
    return sum(1 for x in range(bilde.width()) for y in range(bilde.height()) if bilde.pixel(x, y) == maal)


def test_radar_tegner_og_beskriver_verdiene(qtbot):
    radar = RadarDiagram()
    qtbot.addWidget(radar)
    radar.sett_verdier(TEMA)
    bilde = _bilde(radar)
    assert not bilde.isNull()
    assert len(_farger(bilde)) > 10, "radaren ser blank ut"
    assert radar.accessibleName()
    beskrivelse = radar.accessibleDescription()
    for tekst in ("Kunnskap og kompetanse: 2,3 (mål 3)", "Samarbeid og samhandling: 2,9 (mål 4)", "2,0"):
        assert tekst in beskrivelse
    assert "Dialog og tillitsbygging: ingen poeng – utilstrekkelig grunnlag" in beskrivelse


def test_radar_endrer_seg_med_verdiene(qtbot):
    radar = RadarDiagram()
    qtbot.addWidget(radar)
    radar.sett_verdier(TEMA)
    for_ = _bilde(radar)
    radar.sett_verdier([Diagramverdi(v.navn, 4.0, v.mal) for v in TEMA])
    etter = _bilde(radar)
    assert for_ != etter
    assert "Dialog og tillitsbygging: 4,0" in radar.accessibleDescription()


def test_radar_med_for_faa_temaer_gir_tekst_ikke_krasj(qtbot):
    radar = RadarDiagram()
    qtbot.addWidget(radar)
    radar.sett_verdier(TEMA[:2])
    assert len(_farger(_bilde(radar))) > 2


def test_stolpene_er_proporsjonale_med_poengene(qtbot):
    """Full stolpe (4,0) har dobbelt så mange stolpepiksler som en halv (2,0)."""
    stolper = Stolpediagram()
    qtbot.addWidget(stolper)
    farge = None

    def piksler(poeng: float) -> int:
        nonlocal farge
        stolper.sett_verdier([Diagramverdi("Modul", poeng, None)])
        bilde = _bilde(stolper, 600)
        if farge is None:  # stolpefargen: den vanligste fargen som ikke er bakgrunnen
            bakgrunn = bilde.pixel(1, 1)
            telling: dict[int, int] = {}
            for x in range(bilde.width()):
                for y in range(bilde.height()):
                    p = bilde.pixel(x, y)
                    if p != bakgrunn:
                        telling[p] = telling.get(p, 0) + 1
            farge = QColor.fromRgb(max(telling, key=lambda k: telling[k]))
        return _antall_piksler(bilde, farge)

    full = piksler(4.0)
    halv = piksler(2.0)
    assert halv > 0
    assert full / halv == pytest.approx(2.0, rel=0.1)


def test_stolpediagram_beskriver_alle_moduler_og_streken_for_manglende(qtbot):
    stolper = Stolpediagram()
    qtbot.addWidget(stolper)
    stolper.sett_verdier([*TEMA, Diagramverdi("Arrest", 0.8, 3)])
    bilde = _bilde(stolper)
    assert len(_farger(bilde)) > 10
    beskrivelse = stolper.accessibleDescription()
    assert "Arrest: 0,8 (mål 3)" in beskrivelse
    assert "Dialog og tillitsbygging: ingen poeng" in beskrivelse
    assert stolper.accessibleName()


def test_diagrammene_vokser_med_skriften(qtbot):
    smaa = [RadarDiagram(), Stolpediagram()]
    store = [RadarDiagram(), Stolpediagram()]
    for w in smaa + store:
        qtbot.addWidget(w)
        w.sett_verdier(TEMA)
    for w in store:
        skrift = QFont(w.font())
        skrift.setPointSizeF(skrift.pointSizeF() * 2)
        w.setFont(skrift)
    for liten, stor in zip(smaa, store, strict=True):
        assert stor.sizeHint().width() > 1.6 * liten.sizeHint().width()
        assert stor.sizeHint().height() > 1.6 * liten.sizeHint().height()
        assert stor.minimumSizeHint().height() > 1.6 * liten.minimumSizeHint().height()


def test_lange_modulnavn_brytes_og_gir_hoyere_diagram_i_smalt_vindu(qtbot):
    stolper = Stolpediagram()
    qtbot.addWidget(stolper)
    stolper.sett_verdier([Diagramverdi("Grense- og utlendingsforvaltning og enda mer tekst", 1.0, 3)] * 3)
    assert stolper.heightForWidth(300) > stolper.heightForWidth(1200)


@pytest.mark.parametrize(
    "verdier",
    [
        [Diagramverdi(f"Tema {i}", p, 3) for i, p in enumerate((2.3, 2.1, 2.9, 2.1))],  # demoen: alle mål 3
        [Diagramverdi(f"Tema {i}", p, m) for i, (p, m) in enumerate(((1.0, 4), (3.0, 2), (2.0, 1), (4.0, 3)))],
        [Diagramverdi(f"Tema {i}", 1.0 + i, 1 + i) for i in range(4)],
    ],
)
def test_radarens_ringtall_kolliderer_ikke_med_maal_og_naaverdi(qtbot, verdier):
    from PySide6.QtCore import QPointF, QRectF
    from PySide6.QtGui import QFontMetrics, QPainterPath

    from vurdering.gui.felles.radar import _radarpunkt, _strek

    radar = RadarDiagram()
    qtbot.addWidget(radar)
    radar.sett_verdier(verdier)
    midt, radius = QPointF(300, 300), 160.0
    em = radar.fontMetrics().height()
    bokser = radar.ringtall(midt, radius, QFontMetrics(radar.font()))
    assert [t for t, _ in bokser] == ["1", "2", "3", "4"]
    mal = [_radarpunkt(midt, radius, 4, a, v.mal) for a, v in enumerate(verdier)]
    naa = [_radarpunkt(midt, radius, 4, a, v.poeng) for a, v in enumerate(verdier)]
    for i, (t, boks) in enumerate(bokser):
        assert not any(boks.intersects(b) for _, b in bokser[:i]), f"ringtallet {t} dekker et annet"
        for punkter in (mal, naa):
            assert not _strek(punkter, 2.0).intersects(boks), f"ringtallet {t} står på en linje"
            for q in punkter:
                markor = QPainterPath()
                markor.addRect(QRectF(q.x() - em * 0.35, q.y() - em * 0.35, em * 0.7, em * 0.7))
                assert not markor.intersects(boks), f"ringtallet {t} står på en markør"
