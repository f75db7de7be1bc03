"""Matrisen enheter × moduler som CSV for Excel (`vurdering oversikt --ut FIL.csv`).

Som den andre CSV-en: UTF-8 med BOM, semikolon og CRLF, så norsk Excel åpner den riktig;
tekstceller som kunne vært en formel, får en apostrof foran (`csvfil`). Tall står med
desimalkomma (2,3), og en tom celle betyr ingen poeng. Ingen fritekst.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import BinaryIO, TextIO

from vurdering.domene.distrikt import Distriktsoversikt
from vurdering.rapport.csvfil import _celle as tekstcelle
from vurdering.rapport.utfil import skriv_trygt

FASTE_KOLONNER = ("Vurdering-id", "Distrikt", "Enhet", "Dato", "Type", "Status", "Samlet")


def desimal(x: float | None) -> str:
    """Tallet med desimalkomma, som norsk Excel leser som tall; tom tekst uten verdi."""
    return "" if x is None else f"{x:.1f}".replace(".", ",")


def matrise(d: Distriktsoversikt) -> list[list[str]]:
    """Overskriften og én rad per vurdering i oversikten, i samme rekkefølge som varmekartet."""
    moduler = d.oversikt.moduler
    ut = [[*FASTE_KOLONNER, *(f"{mid} {d.modulnavn(mid)}" for mid in moduler)]]
    for r in d.oversikt.rader:
        celler = [desimal(c.poeng) if (c := r.moduler.get(mid)) else "" for mid in moduler]
        ut.append(
            [
                str(r.vurdering_id),
                tekstcelle(r.distrikt),
                tekstcelle(r.enhet),
                r.dato,
                r.type,
                r.status,
                desimal(r.samlet),
                *celler,
            ]
        )
    return ut


def _skriv(d: Distriktsoversikt, f: TextIO) -> None:
    f.write("\ufeff")  # BOM: Excel leser da filen som UTF-8
    csv.writer(f, delimiter=";", lineterminator="\r\n").writerows(matrise(d))


def skriv_matrise(d: Distriktsoversikt, ut: Path | TextIO) -> None:
    """Skriv matrisen til en fil (trygt, via en midlertidig fil) eller til en åpen tekststrøm."""
    if not isinstance(ut, (str, Path)):
        _skriv(d, ut)
        return

    def skriv(binar: BinaryIO) -> None:
        tekst = io.TextIOWrapper(binar, encoding="utf-8", newline="")
        _skriv(d, tekst)
        tekst.flush()
        tekst.detach()

    skriv_trygt(ut, skriv)
