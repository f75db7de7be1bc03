"""Finner filene i `ressurser/`, både i et installert hjul og i en utsjekk.

I hjulet ligger mappen som `vurdering/ressurser/` (se pyproject.toml); i en utsjekk
ligger den øverst i depotet; i det frosne programmet (pakking/forkant.spec) ligger den
som `vurdering/ressurser/` i programmets egen mappe (`sys._MEIPASS`). Alt lesing av
ressurser går gjennom `sti()`, som nekter stier som peker ut av mappen.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


def kandidater() -> list[Path]:
    """Stedene ressursmappen kan ligge, i den rekkefølgen de prøves."""
    frossen = getattr(sys, "_MEIPASS", None) if getattr(sys, "frozen", False) else None
    if frossen:  # det frosne programmet: bare mappen som fulgte med, aldri noe ved siden av
        return [Path(frossen) / "vurdering" / "ressurser"]
    pakke = Path(__file__).resolve().parent.parent  # vurdering/
    return [pakke / "ressurser", pakke.parent.parent / "ressurser"]


@cache
def rot() -> Path:
    """Mappen med ressursene."""
    for kandidat in kandidater():
        if (kandidat / "bank" / "bank.toml").is_file():
            return kandidat
    raise FileNotFoundError("Finner ikke ressursmappen til Forkant (ressurser/). Installasjonen er ufullstendig.")


def sti(*deler: str) -> Path:
    """En fil eller mappe under ressursmappen; stier ut av mappen avvises."""
    base = rot()
    maal = base.joinpath(*deler).resolve()
    if not maal.is_relative_to(base.resolve()):
        raise ValueError(f"Ugyldig ressurssti: {'/'.join(deler)}")
    return maal
