"""Rapportfiler skrives atomisk (`vurdering.plattform.filer`); feil blir `RapportFeil`.

Her er ingen ReportLab, så CSV-eksporten kan bruke modulen uten å laste PDF-biblioteket.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import IO, BinaryIO

from vurdering.plattform.filer import FilFeil, skriv_atomisk
from vurdering.rapport import RapportFeil


def skriv_trygt(ut: Path | str | IO[bytes], skriv: Callable[[BinaryIO], None]) -> None:
    """Skriv med `skriv` til en strøm, eller atomisk til en fil (se `plattform.filer`)."""
    if not isinstance(ut, (str, Path)):
        skriv(ut)  # type: ignore[arg-type]
        return
    try:
        skriv_atomisk(ut, skriv)
    except FilFeil as e:
        raise RapportFeil(str(e)) from None
