"""Ytelsen til PDF-rapporten, målt mot en grunnlinje i samme kjøring. Skriver tall; feiler ikke.

Kjør: python benchmarks/rapport_ytelse.py [--antall N]

1. Full rapport av demovurderingen med alle moduler, mot et enkelt ReportLab-dokument med
   den samme teksten (hentet ut av rapporten), samme innebygde skrift, uten tabeller og
   diagrammer (mål ≤ 3×). Begge bygges i minnet, vekselvis, og medianen brukes.
2. Lederoppsummeringen (til opplysning).
3. Høyeste minnebruk for å lage den fulle rapporten, i en egen prosess: ru_maxrss for hele
   prosessen og tracemalloc-toppen for selve byggingen (mål < 200 MB).
"""

from __future__ import annotations

import argparse
import io
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from xml.sax.saxutils import escape

import pypdf
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

from vurdering.domene.bank import last_bank
from vurdering.domene.vurderingsdata import Vurderingsdata
from vurdering.lagring.database import apne
from vurdering.rapport.fonter import VANLIG, registrer
from vurdering.rapport.pdf import lag_rapport
from vurdering.tjenester.demo import lag_demo
from vurdering.tjenester.vurderinger import hent_vurderingsdata

_MINNE = """
import json, resource, sys, tracemalloc, io
from vurdering.lagring.database import apne
from vurdering.tjenester.vurderinger import hent_vurderingsdata
from vurdering.rapport.pdf import lag_rapport
with apne(sys.argv[1], opprett=True) as db:
    data = hent_vurderingsdata(db, int(sys.argv[2]))
lag_rapport(data, io.BytesIO())  # første gang: skrifter og moduler lastes
tracemalloc.start()
lag_rapport(data, io.BytesIO())
topp = tracemalloc.get_traced_memory()[1]
tracemalloc.stop()
print(json.dumps({"maxrss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, "tracemalloc": topp}))
"""


def demodata(mappe: Path) -> tuple[Path, int, Vurderingsdata]:
    sti = mappe / "demo.db"
    with apne(sti, opprett=True) as db:
        vid = lag_demo(db, last_bank())
        return sti, vid, hent_vurderingsdata(db, vid)


def full_rapport(data: Vurderingsdata, kort: bool = False) -> bytes:
    ut = io.BytesIO()
    lag_rapport(data, ut, kort=kort)
    return ut.getvalue()


def enkelt_dokument(linjer: list[str]) -> bytes:
    """Den samme teksten som avsnitt i et SimpleDocTemplate, med samme (innebygde) skrift."""
    registrer()
    stil = ParagraphStyle("enkel", fontName=VANLIG, fontSize=9.5, leading=13)
    ut = io.BytesIO()
    SimpleDocTemplate(ut, pagesize=A4, initialFontName=VANLIG).build(
        [Paragraph(escape(linje), stil) for linje in linjer]
    )
    return ut.getvalue()


def median_tid(fn, antall: int) -> float:  # type: ignore[no-untyped-def]
    tider = []
    for _ in range(antall):
        t = time.perf_counter()
        fn()
        tider.append(time.perf_counter() - t)
    return statistics.median(tider)


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--antall", type=int, default=10)
    args = p.parse_args()
    with tempfile.TemporaryDirectory() as d:
        sti, vid, data = demodata(Path(d))
        pdf = full_rapport(data)  # oppvarming: skrifter registreres, moduler lastes
        leser = pypdf.PdfReader(io.BytesIO(pdf))
        linjer = [linje for side in leser.pages for linje in side.extract_text().splitlines() if linje.strip()]
        enkel = enkelt_dokument(linjer)

        tf, te = [], []
        for _ in range(max(1, args.antall // 2)):  # vekselvis, så støy rammer begge likt
            tf.append(median_tid(lambda: full_rapport(data), 2))
            te.append(median_tid(lambda: enkelt_dokument(linjer), 2))
        mf, me = statistics.median(tf), statistics.median(te)
        antall_sider = len(leser.pages)
        enkle_sider = len(pypdf.PdfReader(io.BytesIO(enkel)).pages)
        print(
            f"full rapport ({antall_sider} sider, {len(data.vurdering.moduler)} moduler): {mf * 1000:.0f} ms; "
            f"enkelt dokument med samme tekst ({len(linjer)} linjer, {enkle_sider} sider): {me * 1000:.0f} ms; "
            f"forhold {mf / me:.2f}× (mål ≤ 3×)"
        )
        mk = median_tid(lambda: full_rapport(data, kort=True), args.antall)
        print(f"lederoppsummering: {mk * 1000:.0f} ms")

        svar = subprocess.run(
            [sys.executable, "-c", _MINNE, str(sti), str(vid)], check=True, capture_output=True, text=True
        )
        minne = json.loads(svar.stdout)
        print(
            f"minne, full rapport i egen prosess: topp RSS {minne['maxrss_kb'] / 1024:.0f} MB, "
            f"tracemalloc-topp under byggingen {minne['tracemalloc'] / 1024 / 1024:.1f} MB (mål < 200 MB)"
        )


if __name__ == "__main__":
    main()
