"""Finner filene i `ressurser/`, både i et installert hjul og i en utsjekk.

I hjulet ligger mappen som `vurdering/ressurser/` (se pyproject.toml); i en utsjekk
ligger den øverst i depotet. Alt lesing av ressurser går gjennom `sti()`, som
nekter stier som peker ut av mappen.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path


@cache
def rot() -> Path:
    """Mappen med ressursene."""
    pakke = Path(__file__).resolve().parent.parent  # vurdering/
    for kandidat in (pakke / "ressurser", pakke.parent.parent / "ressurser"):
        if (kandidat / "bank" / "bank.toml").is_file():
            return kandidat
    raise FileNotFoundError("Finner ikke ressursmappen til Forkant (ressurser/). Installasjonen er ufullstendig.")


def sti(*deler: str) -> Path:
    """En fil eller mappe under ressursmappen; stier ut av mappen avvises."""
    base = rot()
    mål = base.joinpath(*deler).resolve()
    if not mål.is_relative_to(base.resolve()):
        raise ValueError(f"Ugyldig ressurssti: {'/'.join(deler)}")
    return mål
