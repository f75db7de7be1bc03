"""Ytelsen i vinduet, målt som brukeren merker den. Skriver tall; feiler ikke.

Kjør: python benchmarks/gui_ytelse.py [--antall N]   (uten skjerm brukes Qt «offscreen»)

1. Fra prosessen starter til startsiden er vist og vinduet er ledig, mot en bar PySide6
   QApplication + QMainWindow vist på samme måte i samme kjøring (mål ≤ 2,5×).
2. Gå til neste indikator (Neste, med oppsett og tegning): median (mål < 30 ms).
3. Minne (RSS) etter en komplett vurdering med alle moduler besvart i vinduet (mål < 250 MB).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Begge prosessene sier «klar» når hendelsesløkken har tømt køen etter at vinduet er vist.
_KLAR = textwrap.dedent(
    """
    def _naar_ledig(app):
        from PySide6.QtCore import QTimer
        def klar():
            print("klar", flush=True)
            app.quit()
        QTimer.singleShot(0, lambda: QTimer.singleShot(0, klar))
    """
)

BAR = _KLAR + textwrap.dedent(
    """
    from PySide6.QtWidgets import QApplication, QMainWindow
    app = QApplication([])
    vindu = QMainWindow()
    vindu.resize(1200, 800)
    vindu.show()
    _naar_ledig(app)
    app.exec()
    """
)

FORKANT = _KLAR + textwrap.dedent(
    """
    import sys
    from vurdering.gui import app as gui
    app = gui.lag_app()
    _naar_ledig(app)
    sys.exit(gui.start(sys.argv[1], None))
    """
)


def _prosess(kode: str, *argv: str) -> float:
    t = time.perf_counter()
    ut = subprocess.run([sys.executable, "-c", kode, *argv], check=True, capture_output=True, text=True)
    if "klar" not in ut.stdout:
        raise RuntimeError(f"prosessen ble ikke klar: {ut.stderr[-2000:]}")
    return time.perf_counter() - t


def oppstart(mappe: Path, antall: int) -> None:
    from vurdering.domene.bank import last_bank
    from vurdering.lagring.database import apne
    from vurdering.tjenester.demo import lag_demo

    sti = mappe / "oppstart.db"
    with apne(sti, opprett=True) as db:
        lag_demo(db, last_bank())
    _prosess(BAR)
    _prosess(FORKANT, str(sti))  # første gang: byte-kompilering og diskbuffer
    bar, forkant = [], []
    for _ in range(antall):
        bar.append(_prosess(BAR))
        forkant.append(_prosess(FORKANT, str(sti)))
    mb, mf = statistics.median(bar), statistics.median(forkant)
    print(
        f"oppstart til startsiden er vist og ledig: Forkant {mf * 1000:.0f} ms, bar QMainWindow {mb * 1000:.0f} ms, "
        f"forhold {mf / mb:.2f}× (mål ≤ 2,5×)"
    )


NESTE = textwrap.dedent(
    """
    import json, statistics, sys, time
    from PySide6.QtWidgets import QApplication
    from vurdering.tjenester.demo import lag_demo
    from vurdering.domene.bank import last_bank
    from vurdering.domene.modell import Svar
    from vurdering.gui.felles import meldinger
    from vurdering.gui.app import lag_app, lag_vindu
    from vurdering.gui.veiviser.sideliste import INDIKATOR
    from vurdering.lagring import repository as repo
    from vurdering.lagring.database import apne

    meldinger.vis = lambda *a, **k: True
    app = lag_app()
    bank = last_bank()
    db = apne(sys.argv[1], opprett=True)
    vid = repo.opprett_vurdering(db, bank, enhet="Benk", distrikt="Oslo politidistrikt")  # alle moduler
    vindu = lag_vindu(app, db)
    vindu.resize(1280, 820)
    vindu.show()
    vindu.apne_vurdering(vid)
    vv = vindu.veiviser
    app.processEvents()
    tider = []
    n = 0
    while True:
        if vv.gjeldende.art == INDIKATOR:
            vv.indikator.velg(n % 5)  # lagres straks
            n += 1
        t = time.perf_counter()
        vv.neste()
        app.processEvents()  # oppsett og tegning av den nye siden
        if vv.gjeldende.art == "sammendrag":
            til_sammendrag = time.perf_counter() - t
            break
        tider.append(time.perf_counter() - t)
    vv.neste()  # tiltaksplanen
    app.processEvents()
    assert len(repo.hent_svar(db, vid)) == n
    rss = 0
    try:
        with open("/proc/self/status") as f:
            rss = next(int(l.split()[1]) for l in f if l.startswith("VmRSS:")) * 1024
    except OSError:
        import resource
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * (1 if sys.platform == "darwin" else 1024)
    print(json.dumps({"tider": tider, "sammendrag": til_sammendrag, "indikatorer": n, "moduler": len(vv.vurdering.moduler), "rss": rss}))
    vindu.close()
    """
)


def neste_og_minne(mappe: Path) -> None:
    ut = subprocess.run(
        [sys.executable, "-c", NESTE, str(mappe / "neste.db")], check=True, capture_output=True, text=True
    )
    data = json.loads(ut.stdout.strip().splitlines()[-1])
    tider = sorted(data["tider"])
    median = statistics.median(tider) * 1000
    p95 = tider[int(len(tider) * 0.95)] * 1000
    print(
        f"neste indikator ({len(tider)} steg, {data['indikatorer']} indikatorer i {data['moduler']} moduler): "
        f"median {median:.1f} ms, 95-persentil {p95:.1f} ms, verst {tider[-1] * 1000:.1f} ms (mål: median < 30 ms); "
        f"fra siste indikator til sammendraget (bygges første gang): {data['sammendrag'] * 1000:.0f} ms"
    )
    print(
        f"minne etter en komplett vurdering med alle moduler, sammendrag og tiltaksplan: "
        f"{data['rss'] / 1e6:.0f} MB RSS (mål < 250 MB)"
    )


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--antall", type=int, default=7, help="oppstarter per variant")
    args = p.parse_args()
    print(f"Qt-plattform: {os.environ['QT_QPA_PLATFORM']}")
    with tempfile.TemporaryDirectory() as d:
        oppstart(Path(d), args.antall)
        neste_og_minne(Path(d))


if __name__ == "__main__":
    main()
