"""Tekststørrelsen: hvert trinn gir samme skrift på brødtekst, tabeller og knapper, uansett hvilket trinn man kom fra."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from vurdering.gui.felles.utseende import ROLLER, TRINN


def _skrifter(vindu) -> dict[str, float]:
    side = vindu.startside
    tekst = next(w for w in side.findChildren(QLabel) if w.property("rolle") is None)
    knapp = side.findChildren(QPushButton)[0]
    return {
        "brødtekst": tekst.font().pointSizeF(),
        "tabell": side.tabell.font().pointSizeF(),
        "tabellhode": side.tabell.horizontalHeader().font().pointSizeF(),
        "knapp": knapp.font().pointSizeF(),
        "meny": vindu.menuBar().font().pointSizeF(),
    }


def test_hvert_trinn_fra_hvert_annet_trinn(qtbot, lag_vindu, demo_db) -> None:
    db, _vid = demo_db
    vindu = lag_vindu(db)
    grunn = vindu.utseende.punktstorrelse / vindu.utseende.skala
    roller = [w for w in QApplication.allWidgets() if w.property("rolle") in ROLLER]
    assert roller
    feil = []
    for fra in TRINN:
        for til in TRINN:
            if fra == til:
                continue
            vindu.utseende.sett_skala(fra)
            vindu.utseende.sett_skala(til)
            QApplication.processEvents()
            ventet = grunn * til
            for navn, punkt in _skrifter(vindu).items():
                if punkt != pytest.approx(ventet):
                    feil.append(f"{fra:.0%} → {til:.0%}: {navn} {punkt} pt, ventet {ventet} pt")
            for w in roller:
                faktor = ROLLER[str(w.property("rolle"))][0]
                if w.font().pointSizeF() != pytest.approx(ventet * faktor):
                    feil.append(f"{fra:.0%} → {til:.0%}: rolle {w.property('rolle')} {w.font().pointSizeF()} pt")
    assert not feil, "\n".join(feil[:20])


def test_ctrl_null_gir_normal_storrelse_overalt(qtbot, lag_vindu, demo_db) -> None:
    db, vid = demo_db
    vindu = lag_vindu(db)
    normal = _skrifter(vindu)
    vindu.utseende.sett_skala(1.25)
    vindu.utseende.normal()
    assert _skrifter(vindu) == normal
    vindu.apne_vurdering(vid)
    vindu.utseende.sett_skala(1.1)
    knapp = vindu.veiviser.neste_knapp
    assert knapp.font().pointSizeF() == pytest.approx(vindu.utseende.punktstorrelse)
