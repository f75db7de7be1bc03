"""Skjermbilder av samlingen: `python -m vurdering.gui.samling.skjermbilder MAPPE`.

Lager en samling med stemmer i en midlertidig database og lagrer prosjektoren i
1920×1080 og 1280×800, før og etter at fordelingen er vist, og prosesslederens vindu –
alt uten skjerm (offscreen). Til å se på dem slik salen ser dem.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from vurdering.domene.bank import last_bank
from vurdering.domene.modell import VurderingType
from vurdering.gui.samling import lag_samling
from vurdering.lagring import repository as repo
from vurdering.lagring.database import apne

#: Indikatoren med de lengste nivåtekstene, og en kort.
INDIKATORER = ("ETR-01", "PR-02")


def lag(mappe: Path) -> list[Path]:
    """Lagre skjermbildene i `mappe`; gir filene."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    mappe.mkdir(parents=True, exist_ok=True)
    filer: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp, apne(Path(tmp) / "skjermbilder.db", opprett=True) as db:
        bank = last_bank()
        vid = repo.opprett_vurdering(
            db, bank, enhet="Demo politistasjon", distrikt="Agder politidistrikt", type=VurderingType.SAMLING
        )
        vindu = lag_samling(db, vid)
        k = vindu.kontroll
        for ind in INDIKATORER:
            k.ga_til(ind)
            for niva, antall in enumerate((1, 3, 5, 2, 0)):
                for _ in range(antall):
                    k.legg_til(niva)
        p = vindu.prosjektor
        p.show()
        for ind in INDIKATORER:
            for bredde, hoyde in ((1920, 1080), (1280, 800)):
                k.ga_til(ind)
                p.resize(bredde, hoyde)
                for vist in (False, True):
                    k.vis(vist)
                    app.processEvents()
                    fil = mappe / f"prosjektor-{ind}-{bredde}x{hoyde}-{'vist' if vist else 'skjult'}.png"
                    p.grab().save(str(fil))
                    filer.append(fil)
        vindu.resize(1280, 820)
        vindu.show()
        app.processEvents()
        fil = mappe / "prosessleder.png"
        vindu.grab().save(str(fil))
        filer.append(fil)
        vindu.close()
    return filer


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print("Bruk: python -m vurdering.gui.samling.skjermbilder MAPPE", file=sys.stderr)
        raise SystemExit(2)
    for f in lag(Path(sys.argv[1])):
        print(f)
