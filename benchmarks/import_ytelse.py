"""Import av mange .forkant-filer, målt mot en grunnlinje i samme kjøring.

Skriver tall; feiler ikke. Kjør: python benchmarks/import_ytelse.py [--antall N]

1. Størrelsen på en eksportert demovurdering (mål < 100 kB).
2. Import av N filer (standard 1 000, laget av demoen med ulike enheter, svar og id-er)
   med `vurdering import --database FIL MAPPE` sin funksjon, i filer/s (mål ≥ 100 filer/s),
   mot grunnlinjen: bare sqlite3-inserts av de samme radene (vurdering, svar, stemmer,
   tiltak) i én transaksjon, uten å lese filer.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from vurdering.domene.bank import last_bank
from vurdering.domene.forkantfil import FilSvar, Forkantfil, ny_id
from vurdering.domene.utveksling import til_bytes
from vurdering.lagring import utveksling as lager
from vurdering.lagring.database import apne
from vurdering.tjenester import filer as filtjeneste
from vurdering.tjenester.demo import lag_demo


def lag_filer(mappe: Path, antall: int) -> tuple[list[Forkantfil], int]:
    """N varierte filer fra demoen; gir filene og størrelsen på én demoeksport."""
    bank = last_bank()
    with apne(mappe / "kilde.db") as db:
        vid = lag_demo(db, bank)
        demo = filtjeneste.eksporter(db, vid, mappe / "demo.forkant")
        grunn = lager.lag_fil(db, vid)
    rng = random.Random(7)
    filer = []
    ut = mappe / "filer"
    ut.mkdir()
    for nr in range(antall):
        svar = [s.model_copy(update={"niva": rng.randint(0, 4)}) if s.type == "niva" else s for s in grunn.svar]
        fil = grunn.model_copy(
            update={
                "id": ny_id(),
                "vurdering": grunn.vurdering.model_copy(
                    update={"enhet": f"Enhet {nr:04d}", "enhet_id": ny_id(), "dato": f"2026-{1 + nr % 12:02d}-15"}
                ),
                "svar": [FilSvar.model_validate(s.model_dump()) for s in svar],
            }
        )
        (ut / f"enhet-{nr:04d}.forkant").write_bytes(til_bytes(fil, [bank]))
        filer.append(fil)
    return filer, demo.stat().st_size


def grunnlinje(mappe: Path, filer: list[Forkantfil]) -> float:
    """Sekunder for bare inserts av de samme radene i én transaksjon."""
    conn = sqlite3.connect(mappe / "bar.db")
    conn.executescript(
        "CREATE TABLE vurdering (id INTEGER PRIMARY KEY, uuid TEXT UNIQUE, enhet TEXT, dato TEXT);"
        "CREATE TABLE svar (vurdering_id INTEGER, indikator_id TEXT, type TEXT, niva INTEGER, kommentar TEXT,"
        " kilde TEXT, PRIMARY KEY (vurdering_id, indikator_id));"
        "CREATE TABLE stemme (vurdering_id INTEGER, indikator_id TEXT, niva INTEGER, antall INTEGER);"
        "CREATE TABLE tiltak (vurdering_id INTEGER, tekst TEXT, status TEXT);"
    )
    t = time.perf_counter()
    with conn:
        for f in filer:
            cur = conn.execute(
                "INSERT INTO vurdering (uuid, enhet, dato) VALUES (?, ?, ?)",
                (f.id, f.vurdering.enhet, f.vurdering.dato),
            )
            vid = cur.lastrowid
            conn.executemany(
                "INSERT INTO svar VALUES (?, ?, ?, ?, ?, ?)",
                [(vid, s.indikator, s.type, s.niva, s.kommentar, s.kilde) for s in f.svar],
            )
            conn.executemany(
                "INSERT INTO stemme VALUES (?, ?, ?, ?)",
                [(vid, s.indikator, n, c) for s in f.stemmer for n, c in enumerate(s.fordeling)],
            )
            conn.executemany("INSERT INTO tiltak VALUES (?, ?, ?)", [(vid, x.tekst, x.status) for x in f.tiltak])
    tid = time.perf_counter() - t
    conn.close()
    return tid


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--antall", type=int, default=1000)
    args = p.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        mappe = Path(tmp)
        filer, storrelse = lag_filer(mappe, args.antall)
        print(f"Demoeksport: {storrelse / 1000:.1f} kB (mål < 100 kB)")
        tb = grunnlinje(mappe, filer)
        with apne(mappe / "mål.db") as db:
            t = time.perf_counter()
            ids = filtjeneste.importer_filer(db, [mappe / "filer"])
            ti = time.perf_counter() - t
        assert len(ids) == args.antall
        print(f"Import av {args.antall} filer: {ti:.2f} s = {args.antall / ti:.0f} filer/s (mål ≥ 100 filer/s)")
        print(f"Grunnlinje (bare inserts av de samme radene): {tb:.3f} s = {args.antall / tb:.0f} filer/s")
        print(f"Forhold import/grunnlinje: {ti / tb:.1f}×")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
