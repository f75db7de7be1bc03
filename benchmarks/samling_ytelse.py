"""Hvor raskt prosjektorvisningen går til neste indikator (mål: median < 50 ms).

Skriver tall; feiler ikke. Kjør: python benchmarks/samling_ytelse.py [--runder N] [--bredde B --hoyde H]

Måler «Neste» slik prosesslederen trykker den: økten flytter seg, begge vinduene bygger
innholdet på nytt (prosjektoren tilpasser skriften), og prosjektoren tegnes ferdig
(`repaint`, synkront) i 1920×1080 uten skjerm. Alle indikatorene i banken, med stemmer.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from vurdering.domene.bank import last_bank
from vurdering.domene.modell import VurderingType
from vurdering.gui.samling import lag_samling
from vurdering.lagring import repository as repo
from vurdering.lagring.database import apne


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--runder", type=int, default=3, help="ganger gjennom alle indikatorene")
    p.add_argument("--bredde", type=int, default=1920)
    p.add_argument("--hoyde", type=int, default=1080)
    a = p.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    bank = last_bank()
    with tempfile.TemporaryDirectory() as mappe:
        db = apne(Path(mappe) / "benk.db", opprett=True)
        vid = repo.opprett_vurdering(db, bank, enhet="Benk", distrikt="Vest politidistrikt", type=VurderingType.SAMLING)
        for nr, ind in enumerate(i.id for m in bank.moduler for i in m.indikatorer):
            repo.lagre_stemmer(db, vid, ind, (nr % 2, 3, 5, nr % 4, nr % 3))
        vindu = lag_samling(db, vid)
        vindu.resize(1280, 820)
        vindu.show()
        prosjektor = vindu.prosjektor
        prosjektor.resize(a.bredde, a.hoyde)
        prosjektor.show()
        app.processEvents()
        kontroll = vindu.kontroll
        tider: list[float] = []
        vist: list[float] = []
        for _ in range(a.runder):
            kontroll.ga_til(0)
            app.processEvents()
            while True:
                t = time.perf_counter()
                if not kontroll.neste():
                    break
                prosjektor.repaint()
                tider.append(time.perf_counter() - t)
                t = time.perf_counter()
                kontroll.vis(True)
                prosjektor.repaint()
                vist.append(time.perf_counter() - t)
                app.processEvents()
        vindu.close()
        db.lukk()
    ms = sorted(x * 1000 for x in tider)
    print(f"Neste indikator i prosjektorvisningen ({a.bredde}×{a.hoyde}, {len(ms)} flyttinger):")
    print(
        f"  median {statistics.median(ms):.1f} ms · 90-persentil {ms[int(len(ms) * 0.9)]:.1f} ms · maks {ms[-1]:.1f} ms  (mål: median < 50 ms)"
    )
    vs = sorted(x * 1000 for x in vist)
    print(f"Vis fordelingen (R): median {statistics.median(vs):.1f} ms · maks {vs[-1]:.1f} ms")


if __name__ == "__main__":
    main()
