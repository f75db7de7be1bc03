"""Ytelsen i grunnmuren, målt som forhold mot en grunnlinje i samme kjøring.

Skriver tall; feiler ikke. Kjør: python benchmarks/grunnmur_ytelse.py [--antall N]

1. Lagre ett svar gjennom repository vs. en bar sqlite3 insert + commit på samme disk (mål ≤ 2×).
2. Poengberegning av en komplett vurdering med alle moduler (mål < 5 ms).
3. `vurdering --version` som prosess vs. `python -c "import sqlite3"` (mål ≤ 3×).
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from vurdering.domene import poeng
from vurdering.domene.bank import last_bank
from vurdering.domene.modell import Svar
from vurdering.lagring import repository as repo
from vurdering.lagring.database import apne
from vurdering.tjenester.demo import lag_demo


def median_tid(fn, antall: int) -> float:  # type: ignore[no-untyped-def]
    tider = []
    for i in range(antall):
        t = time.perf_counter()
        fn(i)
        tider.append(time.perf_counter() - t)
    return statistics.median(tider)


def lagring(mappe: Path, antall: int) -> None:
    bank = last_bank()
    db = apne(mappe / "forkant.db", opprett=True)
    vid = repo.opprett_vurdering(db, bank, enhet="Benk", distrikt="Oslo politidistrikt")
    ids = [i.id for m in bank.moduler for i in m.indikatorer]

    bar = sqlite3.connect(mappe / "bar.db")
    bar.execute("CREATE TABLE svar (vurdering_id INTEGER, indikator_id TEXT, niva INTEGER, kommentar TEXT, PRIMARY KEY (vurdering_id, indikator_id))")
    bar.commit()

    def bar_lagre(i: int) -> None:
        bar.execute("INSERT OR REPLACE INTO svar VALUES (?, ?, ?, ?)", (1, ids[i % len(ids)], i % 5, "kommentar"))
        bar.commit()

    def repo_lagre(i: int) -> None:
        repo.lagre_svar(db, vid, Svar.med_niva(ids[i % len(ids)], i % 5, kommentar="kommentar"))

    # Vekselvis i blokker, så støy rammer begge likt.
    b, r = [], []
    for _ in range(5):
        b.append(median_tid(bar_lagre, antall // 5))
        r.append(median_tid(repo_lagre, antall // 5))
    tb, tr = statistics.median(b), statistics.median(r)
    print(f"lagre ett svar: repository {tr * 1000:.3f} ms, bar sqlite3 {tb * 1000:.3f} ms, forhold {tr / tb:.2f}× (mål ≤ 2×)")
    db.lukk()
    bar.close()


def poengberegning(mappe: Path) -> None:
    bank = last_bank()
    db = apne(mappe / "demo.db", opprett=True)
    vid = lag_demo(db, bank)
    v = repo.hent_vurdering(db, vid)
    svar = repo.hent_svar(db, vid)
    t = median_tid(lambda _: poeng.beregn(bank, v.moduler, svar, v.mal), 200)
    print(f"poengberegning, komplett vurdering med {len(v.moduler)} moduler og {len(svar)} svar: {t * 1000:.3f} ms (mål < 5 ms)")
    db.lukk()


def oppstart(antall: int) -> None:
    def prosess(argv: list[str]) -> float:
        t = time.perf_counter()
        subprocess.run(argv, check=True, capture_output=True)
        return time.perf_counter() - t

    versjon = [sys.executable, "-m", "vurdering", "--version"]
    grunn = [sys.executable, "-c", "import sqlite3"]
    tv, tg = [], []
    for _ in range(antall):
        tv.append(prosess(versjon))
        tg.append(prosess(grunn))
    mv, mg = statistics.median(tv), statistics.median(tg)
    print(f"vurdering --version: {mv * 1000:.1f} ms, python -c 'import sqlite3': {mg * 1000:.1f} ms, forhold {mv / mg:.2f}× (mål ≤ 3×)")


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--antall", type=int, default=500)
    args = p.parse_args()
    with tempfile.TemporaryDirectory() as d:
        lagring(Path(d), args.antall)
        poengberegning(Path(d))
    oppstart(15)


if __name__ == "__main__":
    main()
