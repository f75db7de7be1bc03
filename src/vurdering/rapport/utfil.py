"""Trygg skriving av rapportfiler: via en midlertidig fil i samme mappe, med norske feilmeldinger.

Her er ingen ReportLab, så CSV-eksporten kan bruke modulen uten å laste PDF-biblioteket.
"""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import IO, BinaryIO

from vurdering.rapport import RapportFeil


def _melding(e: OSError, sti: Path) -> str:
    if isinstance(e, IsADirectoryError):
        return f"«{sti}» er en mappe. Oppgi et filnavn."
    if isinstance(e, PermissionError):
        return f"Har ikke lov til å skrive «{sti}». Velg en annen mappe."
    if isinstance(e, FileNotFoundError):
        return f"Mappen «{sti.parent}» finnes ikke."
    if e.errno == errno.ENOSPC:
        return f"Det er ikke plass nok på disken til å skrive «{sti}»."
    if e.errno == errno.EROFS:
        return f"Kan ikke skrive «{sti}»: stedet er skrivebeskyttet."
    return f"Kan ikke skrive «{sti}» ({e.strerror or e})."


def skriv_trygt(ut: Path | str | IO[bytes], skriv: Callable[[BinaryIO], None]) -> None:
    """Skriv med `skriv` til en strøm, eller til en fil via en midlertidig fil i samme mappe.

    Den midlertidige filen får filens navn først når alt er skrevet, så en feil midtveis
    aldri etterlater en halv fil. Feil med filen blir `RapportFeil` med norsk melding.
    """
    if not isinstance(ut, (str, Path)):
        skriv(ut)  # type: ignore[arg-type]
        return
    sti = Path(ut)
    if sti.is_dir():
        raise RapportFeil(f"«{sti}» er en mappe. Oppgi et filnavn.")
    if not sti.parent.is_dir():
        raise RapportFeil(
            f"Mappen «{sti.parent}» finnes ikke." if not sti.parent.exists() else f"«{sti.parent}» er ikke en mappe."
        )
    try:
        fd, midlertidig = tempfile.mkstemp(prefix=f".{sti.name}.", suffix=".tmp", dir=sti.parent)
    except OSError as e:
        raise RapportFeil(_melding(e, sti)) from None
    try:
        with os.fdopen(fd, "wb") as f:
            skriv(f)
            f.flush()
            os.fsync(f.fileno())
        os.replace(midlertidig, sti)
    except OSError as e:
        _fjern(midlertidig)
        raise RapportFeil(_melding(e, sti)) from None
    except BaseException:
        _fjern(midlertidig)
        raise


def _fjern(sti: str) -> None:
    try:
        os.unlink(sti)
    except FileNotFoundError:
        pass
