"""Krasjsikkerhet: en prosess som lagrer svar i løkke drepes med SIGKILL mange ganger.

Etter hvert drap skal filen bestå `PRAGMA integrity_check`, og hver lagring som ble meldt
som vellykket (skrevet ut etter at `lagre_svar` returnerte) skal finnes. Antall drap:
miljøvariabelen FORKANT_DRAP (standard 25).
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from vurdering.domene.bank import Bank
from vurdering.lagring import repository as repo
from vurdering.lagring.database import apne

ARBEIDER = r"""
import sys
from vurdering.domene.modell import Svar
from vurdering.lagring import repository as repo
from vurdering.lagring.database import apne

db = apne(sys.argv[1], opprett=True)
vid = int(sys.argv[2])
ids = sys.argv[3].split(",")
n = int(sys.argv[4])
while True:
    n += 1
    repo.lagre_svar(db, vid, Svar.med_niva(ids[n % len(ids)], n % 5, kommentar=f"lagring {n}"))
    print(n, flush=True)
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="trenger SIGKILL")
def test_drept_prosess_mister_ingenting_som_ble_meldt_lagret(tmp_path: Path, bank: Bank) -> None:
    sti = tmp_path / "krasj.db"
    db = apne(sti, opprett=True)
    vid = repo.opprett_vurdering(db, bank, enhet="Krasjtest", distrikt="Oslo politidistrikt")
    db.lukk()
    ids = [i.id for m in bank.moduler for i in m.indikatorer]
    tilfeldig = random.Random(7)
    drap = int(os.environ.get("FORKANT_DRAP", "25"))
    siste_meldte: dict[str, int] = {}
    n = 0
    totalt_meldt = 0
    for _ in range(drap):
        p = subprocess.Popen(
            [sys.executable, "-c", ARBEIDER, str(sti), str(vid), ",".join(ids), str(n)],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert p.stdout is not None
        forste = p.stdout.readline()  # vent til løkka er i gang, så drapet treffer midt i lagringer
        assert forste.strip().isdigit(), forste
        meldt = [int(forste)]
        frist = time.monotonic() + tilfeldig.uniform(0.01, 0.2)
        while time.monotonic() < frist:
            linje = p.stdout.readline()
            if not linje:
                break
            meldt.append(int(linje))
        p.send_signal(signal.SIGKILL)
        rest, _ = p.communicate()
        meldt += [int(x) for x in rest.split() if x.isdigit()]  # skrevet før drapet
        for m in meldt:
            siste_meldte[ids[m % len(ids)]] = m
        totalt_meldt += len(meldt)
        n = max(meldt) + 1000  # nye tall i neste runde, så gamle og nye verdier ikke blandes

        conn = sqlite3.connect(sti)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        lagret = {
            iid: int(k.split()[1])
            for iid, k in conn.execute("SELECT indikator_id, kommentar FROM svar WHERE vurdering_id = ?", (vid,))
        }
        conn.close()
        for iid, m in siste_meldte.items():
            assert iid in lagret, f"{iid}: lagring {m} ble meldt, men finnes ikke"
            assert lagret[iid] >= m, f"{iid}: lagring {m} ble meldt, men filen har {lagret[iid]}"
    assert totalt_meldt > drap  # det ble faktisk lagret mye mellom drapene
    print(f"{drap} drap, {totalt_meldt} meldte lagringer, ingen tapt")
