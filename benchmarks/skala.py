"""Skala: ti tusen vurderinger (ti ganger hele politiets behov), målt som forhold mot en bar
SQLite-SELECT over de samme radene i samme kjøring.

Skriver tall; feiler ikke. Kjør: python benchmarks/skala.py [--blokker N] [--behold MAPPE [--ny]]

Slik bygges databasen (raskt, men med ekte tall):
1. 300 frø-vurderinger (100 enheter i 12 distrikter × 3 runder, alle 16 moduler, varierte svar
   og tre tiltak hver) lages med repository (`opprett_vurdering`); svarene settes inn med én
   `executemany` per vurdering, og nøkkeltallene regnes av domenet (`nokkeltall.oppdater`).
2. Frøene kopieres `--blokker` ganger i SQL i samme database med nye id-er: enheter (nytt
   navn), vurderinger, moduler, svar, tiltak – og nøkkeltallene (`vurderingspoeng`,
   `modulpoeng`, `under_mal`), som er de samme fordi svarene er de samme. Nye enheter får
   nøkkel og fast id med `nokkeltall.merk_enhet`. Et utvalg kopier regnes på nytt og
   sammenlignes, så kopieringen ikke kan skjule en feil.

Målene (issue 11): `liste --json` og `oversikt --json` som prosesser < 1 s og < 300 MB
(høyeste RSS, `resource.getrusage(RUSAGE_CHILDREN)` i en egen prosess per måling);
distriktsrapporten for 1 000 enheter < 10 s; vinduets oppstart til en startside i ro
≤ 1,5 × oppstarten på en tom database; oversikten vist < 500 ms og ny filtrering < 100 ms.

Vinduet måles i prosessen (Qt «offscreen» uten skjerm): oppstarten i en ny prosess per
måling fra første linje til startsiden er vist og `processEvents()` er tom – slik `app.start`
åpner (programlås, åpning, dagens sikkerhetskopi, innstillinger, hovedvinduet). Første start
i døgnet tar også sikkerhetskopien (hele filen leses og kontrolleres); den skrives for seg.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from vurdering.domene.bank import last_bank
from vurdering.lagring import nokkeltall
from vurdering.lagring import repository as repo
from vurdering.lagring.database import apne, forbindelse, skriving

DISTRIKTER = (
    "Oslo politidistrikt",  # hvert tredje frø: over tusen enheter i Oslo etter kopieringen
    "Øst politidistrikt",
    "Innlandet politidistrikt",
    "Sør-Øst politidistrikt",
    "Agder politidistrikt",
    "Sør-Vest politidistrikt",
    "Vest politidistrikt",
    "Møre og Romsdal politidistrikt",
    "Trøndelag politidistrikt",
    "Nordland politidistrikt",
    "Troms politidistrikt",
    "Finnmark politidistrikt",
)
FRO_ENHETER = 100
RUNDER = 3

# Kjøres i en egen prosess per måling, så høyeste RSS gjelder bare den ene kommandoen.
MALER = """
import resource, subprocess, sys, time
t = time.perf_counter()
p = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
sek = time.perf_counter() - t
if p.returncode:
    sys.exit(p.stderr.decode())
print(sek, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""

BAR_LISTE = """
import json, sqlite3, sys
c = sqlite3.connect(sys.argv[1])
rader = c.execute("SELECT v.id, e.navn, e.distrikt, v.dato, v.type, v.status, v.endret, p.besvart, p.antall, p.samlet"
    " FROM vurdering v JOIN enhet e ON e.id = v.enhet_id LEFT JOIN vurderingspoeng p ON p.vurdering_id = v.id"
    " ORDER BY v.endret DESC").fetchall()
sys.stdout.write(json.dumps(rader))
"""

BAR_OVERSIKT = """
import json, sqlite3, sys
c = sqlite3.connect(sys.argv[1])
rader = c.execute("SELECT m.vurdering_id, e.navn, v.dato, m.modul_id, m.poeng FROM modulpoeng m"
    " JOIN vurdering v ON v.id = m.vurdering_id JOIN enhet e ON e.id = v.enhet_id").fetchall()
sys.stdout.write(json.dumps(rader))
"""


def bygg(sti: Path, blokker: int) -> int:
    """Frøene gjennom repository og domenet, så kopier i SQL. Gir antall vurderinger."""
    bank = last_bank()
    moduler = [m.id for m in bank.moduler]
    tilfeldig = random.Random(11)
    with apne(sti, opprett=True) as db:
        with skriving(db) as conn:
            for e in range(FRO_ENHETER):
                distrikt = DISTRIKTER[0] if e % 3 == 0 else DISTRIKTER[1 + e % (len(DISTRIKTER) - 1)]
                grunn = tilfeldig.uniform(0.5, 3.2)
                for runde in range(RUNDER):
                    vid = repo.opprett_vurdering(
                        db, bank, enhet=f"Enhet {e:03d}", distrikt=distrikt, moduler=moduler,
                        dato=date(2024 + runde, 1 + e % 12, 1 + e % 28),
                    )  # fmt: skip
                    niva = grunn + runde * tilfeldig.uniform(-0.3, 0.6)
                    svar = []
                    for m in bank.moduler:
                        skjev = tilfeldig.uniform(-1, 1)
                        for ind in m.indikatorer:
                            n = round(niva + skjev + tilfeldig.uniform(-1, 1))
                            if tilfeldig.random() < 0.06:
                                svar.append((vid, ind.id, "vet_ikke", None, "2026-01-01T00:00:00"))
                            else:
                                svar.append((vid, ind.id, "niva", max(0, min(4, n)), "2026-01-01T00:00:00"))
                    conn.executemany(
                        "INSERT INTO svar (vurdering_id, indikator_id, type, niva, oppdatert) VALUES (?, ?, ?, ?, ?)",
                        svar,
                    )
                    conn.executemany(
                        "INSERT INTO tiltak (vurdering_id, tekst, status, endret, rekkefolge) VALUES (?, ?, ?, ?, ?)",
                        [(vid, f"Tiltak {i}", ("ikke_startet", "pagar", "fullfort")[i], "2026", i) for i in range(3)],
                    )
                    nokkeltall.oppdater(conn, vid)
        fro_maks = forbindelse(db).execute("SELECT max(id) FROM vurdering").fetchone()[0]
        enhet_maks = forbindelse(db).execute("SELECT max(id) FROM enhet").fetchone()[0]
        with skriving(db) as conn:
            for k in range(1, blokker):
                dv, de = k * fro_maks, k * enhet_maks
                conn.execute(
                    "INSERT INTO enhet (id, navn, distrikt) SELECT id + ?, navn || ' k' || ?, distrikt FROM enhet WHERE id <= ?",
                    (de, k, enhet_maks),
                )
                conn.execute(
                    "INSERT INTO vurdering (id, enhet_id, bank_ref, dato, type, status, opprettet, endret)"
                    " SELECT id + ?, enhet_id + ?, bank_ref, dato, type, status, opprettet, endret FROM vurdering WHERE id <= ?",
                    (dv, de, fro_maks),
                )
                for tabell, kolonner in (
                    ("vurdering_modul", "modul_id, mal, rekkefolge"),
                    ("svar", "indikator_id, type, niva, oppdatert"),
                    ("tiltak", "tekst, status, endret, rekkefolge"),
                    ("vurderingspoeng", "samlet, niva, besvart, antall, vet_ikke"),
                    (
                        "modulpoeng",
                        "modul_id, poeng, niva, mal, antall, besvart, vet_ikke, ikke_relevant, utilstrekkelig, merknad",
                    ),
                    ("under_mal", "indikator_id, modul_id, niva, mal"),
                ):
                    conn.execute(
                        f"INSERT INTO {tabell} (vurdering_id, {kolonner}) SELECT vurdering_id + ?, {kolonner}"
                        f" FROM {tabell} WHERE vurdering_id <= ?",
                        (dv, fro_maks),
                    )
            for (enhet_id,) in conn.execute("SELECT id FROM enhet WHERE nokkel IS NULL").fetchall():
                nokkeltall.merk_enhet(conn, enhet_id)
        _kontroller(forbindelse(db), fro_maks)
        return int(forbindelse(db).execute("SELECT count(*) FROM vurdering").fetchone()[0])


def _kontroller(conn: sqlite3.Connection, fro_maks: int) -> None:
    """Regn et utvalg kopier på nytt med domenet: nøkkeltallene skal være de samme."""
    for vid in (fro_maks + 1, fro_maks * 7 + 5, fro_maks * 2 + 299):
        if not conn.execute("SELECT 1 FROM vurdering WHERE id = ?", (vid,)).fetchone():
            continue
        for_ = conn.execute(
            "SELECT modul_id, poeng FROM modulpoeng WHERE vurdering_id = ? ORDER BY 1", (vid,)
        ).fetchall()
        conn.execute("BEGIN")
        nokkeltall.oppdater(conn, vid)
        etter = conn.execute(
            "SELECT modul_id, poeng FROM modulpoeng WHERE vurdering_id = ? ORDER BY 1", (vid,)
        ).fetchall()
        conn.execute("ROLLBACK")
        assert [tuple(r) for r in for_] == [tuple(r) for r in etter], vid


# Oppstarten av vinduet i en ny prosess: fra første linje til startsiden er vist og i ro.
VINDU_START = """
import time
t0 = time.perf_counter()
import os, sys
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from pathlib import Path
from vurdering.gui.app import lag_app, lag_vindu
from vurdering.gui.start.gjenoppretting import apne_database
app = lag_app([])
apen = apne_database(None, Path(sys.argv[1]))
vindu = lag_vindu(app, apen.db)
vindu.show()
app.processEvents()
sek = time.perf_counter() - t0
print(sek, vindu.startside.modell.rowCount())
vindu.close()
apen.db.lukk()
apen.laas.slipp()
"""


def vindu_start(sti: Path) -> tuple[float, int]:
    """Sekunder til en startside i ro og hvor mange rader den viser (egen prosess)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    ut = subprocess.run(
        [sys.executable, "-c", VINDU_START, str(sti)], capture_output=True, text=True, check=True, env=env
    ).stdout.split()
    return float(ut[0]), int(ut[1])


def prosess(argv: list[str]) -> tuple[float, float]:
    """Sekunder og høyeste RSS (MB) for én kommando, målt i en egen prosess."""
    ut = subprocess.run([sys.executable, "-c", MALER, *argv], capture_output=True, text=True, check=True).stdout.split()
    return float(ut[0]), int(ut[1]) / 1024


def best(argv: list[str], ganger: int = 3) -> tuple[float, float]:
    maalinger = [prosess(argv) for _ in range(ganger)]
    return min(s for s, _ in maalinger), max(r for _, r in maalinger)


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    p.add_argument("--blokker", type=int, default=34, help="frøene pluss kopier (34 × 300 = 10 200 vurderinger)")
    p.add_argument("--behold", type=Path, help="lag databasen i denne mappen og behold den (brukes igjen neste gang)")
    p.add_argument("--ny", action="store_true", help="bygg databasen på nytt selv om den finnes i --behold")
    args = p.parse_args()
    mappe = args.behold or Path(tempfile.mkdtemp(prefix="forkant-skala-"))
    mappe.mkdir(parents=True, exist_ok=True)
    sti = mappe / "skala.db"
    if args.behold and sti.exists() and not args.ny:
        print(f"bruker {sti} fra forrige kjøring (--ny bygger på nytt)")
    else:
        sti.unlink(missing_ok=True)
        t = time.perf_counter()
        antall = bygg(sti, args.blokker)
        print(f"bygget {antall} vurderinger på {time.perf_counter() - t:.1f} s ({sti.stat().st_size / 1e6:.0f} MB)")
    vurdering = [sys.executable, "-m", "vurdering"]
    apne_tid = _apne(sti)
    for navn, kommando, bar, mal in (
        ("liste --json", [*vurdering, "liste", "--database", str(sti), "--json"], BAR_LISTE, "< 1 s, < 300 MB"),
        (
            "oversikt --json",
            [*vurdering, "oversikt", "--database", str(sti), "--json"],
            BAR_OVERSIKT,
            "< 1 s, < 300 MB",
        ),
    ):
        sek, rss = best(kommando)
        bar_sek, bar_rss = best([sys.executable, "-c", bar, str(sti)])
        print(
            f"{navn}: {sek:.2f} s ({sek - apne_tid:.2f} s uten åpningen), {rss:.0f} MB; bar SELECT {bar_sek:.2f} s, "
            f"{bar_rss:.0f} MB; forhold {sek / bar_sek:.1f}× tid, {rss / bar_rss:.1f}× minne (mål {mal})"
        )
    js = subprocess.run(
        [*vurdering, "oversikt", "--database", str(sti), "--distrikt", "Oslo", "--json"],
        capture_output=True,
        check=True,
    )
    enheter = len(json.loads(js.stdout)["enheter"])
    pdf = mappe / "oslo.pdf"
    sek, rss = best([*vurdering, "oversikt", "--database", str(sti), "--distrikt", "Oslo", "--ut", str(pdf)], 1)
    print(
        f"distriktsrapport for {enheter} enheter: {sek:.1f} s, {rss:.0f} MB, {pdf.stat().st_size / 1e6:.1f} MB PDF (mål < 10 s)"
    )
    _i_prosessen(sti)
    _vinduet(sti, mappe)
    if not args.behold:
        import shutil

        shutil.rmtree(mappe)


def _apne(sti: Path) -> float:
    """Hva åpningen koster (skjemakontrollen; hele filen kontrolleres ved dagens sikkerhetskopi, ikke her)."""
    t = time.perf_counter()
    with sqlite3.connect(sti) as bar_conn:
        bar_conn.execute("SELECT count(*) FROM vurdering").fetchone()
    bar_apne = time.perf_counter() - t
    tider = []
    for _ in range(3):
        t = time.perf_counter()
        apne(sti).lukk()
        tider.append(time.perf_counter() - t)
    print(
        f"åpne databasen (lagring.database.apne, uten helhetssjekk): {min(tider) * 1000:.1f} ms; "
        f"bar sqlite3.connect + SELECT {bar_apne * 1000:.1f} ms ({min(tider) / bar_apne:.1f}×)"
    )
    return min(tider)


def _i_prosessen(sti: Path) -> None:
    """Brukstilfellet slik vinduet kaller det: første oversikt og en ny filtrering; og hva åpningen koster."""
    from vurdering.lagring.vurderinger import liste_vurderinger
    from vurdering.tjenester.oversikt import oversikt

    with apne(sti) as db:
        t = time.perf_counter()
        liste_vurderinger(db)
        print(f"liste_vurderinger i prosessen: {(time.perf_counter() - t) * 1000:.0f} ms")
        t = time.perf_counter()
        d = oversikt(db)
        forste = time.perf_counter() - t
        t = time.perf_counter()
        oversikt(db, distrikt="Agder", fra="2025-01-01")
        ny = time.perf_counter() - t
        t = time.perf_counter()
        forbindelse(db).execute("SELECT vurdering_id, modul_id, poeng FROM modulpoeng").fetchall()
        bar = time.perf_counter() - t
    print(
        f"oversikt i prosessen ({len(d.oversikt.rader)} enheter): {forste * 1000:.0f} ms, ny filtrering {ny * 1000:.0f} ms; "
        f"bar SELECT av alle modulpoeng {bar * 1000:.0f} ms (forhold {forste / bar:.1f}×)"
    )


def _vinduet(sti: Path, mappe: Path) -> None:
    """Vinduets oppstart (stor mot tom database) og oversikten vist og filtrert på nytt."""
    tom = mappe / "tom.db"
    tom.unlink(missing_ok=True)
    apne(tom, opprett=True).lukk()
    from vurdering.lagring import sikkerhetskopi

    for kopi in sikkerhetskopi.liste_kopier(sti):  # så første start virkelig tar dagens kopi
        kopi.sti.unlink()
    forste, _ = vindu_start(sti)
    tomme: list[float] = []
    stor: list[tuple[float, int]] = []
    for _ in range(5):  # vekselvis, så en travel maskin rammer begge likt
        tomme.append(vindu_start(tom)[0])
        stor.append(vindu_start(sti))
    tom_tid = min(tomme)
    stor_tid, rader = min(s for s, _ in stor), stor[0][1]
    print(
        f"vinduet til startsiden i ro: {stor_tid * 1000:.0f} ms med {rader} rader vist; tom database "
        f"{tom_tid * 1000:.0f} ms; forhold {stor_tid / tom_tid:.2f}× (mål ≤ 1,5×); første start i døgnet "
        f"(med sikkerhetskopien) {forste * 1000:.0f} ms"
    )
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from vurdering.gui.oversikt.vindu import Oversiktsvindu

    app = QApplication.instance() or QApplication([])
    with apne(sti) as db:
        tider = []
        for _ in range(3):
            t = time.perf_counter()
            v = Oversiktsvindu(db)
            v.show()
            app.processEvents()
            tider.append(time.perf_counter() - t)
            enheter = v.varmekart.rowCount()
            v.close()
            v.deleteLater()
            app.processEvents()
        vist = min(tider)
        v = Oversiktsvindu(db)
        v.show()
        app.processEvents()
        t = time.perf_counter()
        v.forbered()  # vinduet gjør dette selv like etter visningen (QTimer)
        forberedt = time.perf_counter() - t
        filtreringer: list[tuple[str, float]] = []

        def mal(navn: str, endre: object) -> None:
            t = time.perf_counter()
            endre()  # type: ignore[operator]
            app.processEvents()
            filtreringer.append((navn, time.perf_counter() - t))

        mal("distrikt Oslo", lambda: v.distrikt.setCurrentIndex(v.distrikt.findData("Oslo politidistrikt")))
        mal("distrikt Agder", lambda: v.distrikt.setCurrentIndex(v.distrikt.findData("Agder politidistrikt")))
        mal("alle distrikter", lambda: v.distrikt.setCurrentIndex(0))
        mal("år 2025", lambda: v.periode.setCurrentIndex(v.periode.findData("2025")))
        mal("hele perioden igjen", lambda: v.periode.setCurrentIndex(0))
        mal("år 2025 igjen", lambda: v.periode.setCurrentIndex(v.periode.findData("2025")))
        mal("sorter på KK", lambda: v.tabell.sortByColumn(4, v.tabell.horizontalHeader().sortIndicatorOrder()))
        v.close()
    t = time.perf_counter()
    with apne(sti) as db:
        db_forbindelse = forbindelse(db)
        db_forbindelse.execute("SELECT v.id, e.navn, m.modul_id, m.poeng FROM vurdering v JOIN enhet e ON e.id = v.enhet_id"
                               " JOIN modulpoeng m ON m.vurdering_id = v.id").fetchall()  # fmt: skip
    bar = time.perf_counter() - t
    print(
        f"oversikten vist i vinduet ({enheter} enheter): {vist * 1000:.0f} ms (mål < 500 ms); "
        f"bar SELECT av alle modulpoeng med enhet {bar * 1000:.0f} ms (forhold {vist / bar:.1f}×)"
    )
    print(f"  alle vurderingene hentet like etter visningen (én gang, i vinduets tidtaker): {forberedt * 1000:.0f} ms")
    for navn, sek in filtreringer:
        print(f"  ny filtrering, {navn}: {sek * 1000:.0f} ms (mål < 100 ms)")


if __name__ == "__main__":
    main()
