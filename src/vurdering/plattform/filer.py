"""Filsystemet på ett sted: atomisk skriving, trygg lesing av vanlige filer og norske feilmeldinger.

- `skriv_atomisk` skriver via en midlertidig fil `.NAVN.xxxxxxxx.tmp` i samme mappe og gir
  den filens navn først når alt er skrevet og synkronisert: en feil eller et drept program
  etterlater aldri en halv fil under det endelige navnet. Foreldreløse midlertidige filer
  fra et tidligere, drept program ryddes bort (`rydd_foreldrelose`).
- `les_vanlig_fil` leser bare vanlige filer (ikke FIFO-er, enheter eller lenker til dem) og
  sjekker størrelsesgrensen før noe leses.
- `feilmelding` gjør en `OSError` om til én norsk linje; alle lag bruker den.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

#: Når denne prosessen startet (omtrent): filer som er eldre, kan ikke være våre egne.
PROSESS_START = time.time()


class FilFeil(Exception):
    """En feil med en fil, med en norsk melding som kan vises som den er."""


def kort_sti(sti: Path | str, maks: int = 120) -> str:
    """Stien slik den vises i en melding: svært lange stier kortes ned i midten."""
    tekst = str(sti).replace("\n", "\\n")
    return tekst if len(tekst) <= maks else tekst[: maks // 2] + "…" + tekst[-(maks // 3) :]


def feilmelding(e: OSError, sti: Path | str, handling: str = "skrive") -> str:
    """Én norsk linje for en feil fra filsystemet (`handling`: «skrive», «lese», «opprette» …)."""
    sti = Path(sti)
    nr = e.errno
    vist = kort_sti(sti)
    if isinstance(e, IsADirectoryError) or nr == errno.EISDIR:
        return f"«{vist}» er en mappe. Oppgi et filnavn."
    if isinstance(e, PermissionError) or nr in (errno.EACCES, errno.EPERM):
        return f"Har ikke lov til å {handling} «{vist}». Velg en annen fil eller mappe."
    if isinstance(e, FileNotFoundError) or nr == errno.ENOENT:
        if handling == "lese":
            return f"Finner ikke filen «{vist}»."
        return f"Mappen «{kort_sti(sti.parent)}» finnes ikke."
    if isinstance(e, NotADirectoryError) or nr == errno.ENOTDIR:
        return f"En del av stien «{vist}» er ikke en mappe."
    if nr in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return f"Det er ikke plass nok på disken til å {handling} «{vist}»."
    if nr == errno.EROFS:
        return f"Kan ikke {handling} «{vist}»: stedet er skrivebeskyttet."
    if nr == errno.ENAMETOOLONG:
        return f"Filnavnet «{vist}» er for langt."
    if nr == errno.ELOOP:
        return f"«{vist}» er en lenke som peker i ring."
    if nr == errno.EIO:
        return f"Lese- eller skrivefeil på disken ved «{vist}» (inn/ut-feil)."
    if nr in (errno.EMFILE, errno.ENFILE):
        return f"Kan ikke {handling} «{vist}»: for mange åpne filer."
    kode = errno.errorcode.get(nr, str(nr)) if nr is not None else type(e).__name__
    return f"Kan ikke {handling} «{vist}» (systemfeil {kode})."


# --- skriving --------------------------------------------------------------------------------


def _midlertidig_monster(navn: str) -> re.Pattern[str]:
    """Navnene `tempfile.mkstemp(prefix='.NAVN.', suffix='.tmp')` lager, og ingen andre."""
    return re.compile(rf"\.{re.escape(navn)}\.[a-z0-9_]{{8}}\.tmp")


_ALLE_MIDLERTIDIGE = re.compile(r"\..+\.[a-z0-9_]{8}\.tmp")


def rydd_foreldrelose(mappe: Path, navn: str | None = None) -> list[Path]:
    """Fjern `.NAVN.xxxxxxxx.tmp` eldre enn prosessen i `mappe` (alle navn når `navn` er None).

    Bare vanlige filer med nøyaktig dette mønsteret, endret før prosessen startet, røres.
    """
    monster = _midlertidig_monster(navn) if navn is not None else _ALLE_MIDLERTIDIGE
    fjernet: list[Path] = []
    try:
        kandidater = list(mappe.iterdir())
    except OSError:
        return fjernet
    for fil in kandidater:
        if monster.fullmatch(fil.name) and er_foreldrelos(fil):
            with contextlib.suppress(OSError):
                fil.unlink()
                fjernet.append(fil)
    return fjernet


def er_foreldrelos(fil: Path) -> bool:
    """En vanlig fil (ikke lenke) som sist ble endret før denne prosessen startet."""
    try:
        st = fil.lstat()
    except OSError:
        return False
    return stat.S_ISREG(st.st_mode) and st.st_mtime < PROSESS_START


def skriv_atomisk(sti: Path | str, innhold: bytes | Callable[[BinaryIO], None]) -> Path:
    """Skriv `innhold` (byte, eller en funksjon som skriver til filen) atomisk til `sti`.

    Kaster `FilFeil` med norsk melding; da er verken `sti` eller noen midlertidig fil endret.
    """
    sti = Path(sti)
    if sti.is_dir():
        raise FilFeil(f"«{sti}» er en mappe. Oppgi et filnavn.")
    mappe = sti.parent
    if not mappe.is_dir():
        raise FilFeil(f"Mappen «{mappe}» finnes ikke." if not mappe.exists() else f"«{mappe}» er ikke en mappe.")
    rydd_foreldrelose(mappe, sti.name)
    try:
        fd, midlertidig = tempfile.mkstemp(prefix=f".{sti.name}.", suffix=".tmp", dir=mappe)
    except OSError as e:
        raise FilFeil(feilmelding(e, sti)) from None
    try:
        with os.fdopen(fd, "wb") as f:
            if isinstance(innhold, bytes):
                f.write(innhold)
            else:
                innhold(f)
            f.flush()
            os.fsync(f.fileno())
        os.replace(midlertidig, sti)
    except OSError as e:
        _fjern(midlertidig)
        raise FilFeil(feilmelding(e, sti)) from None
    except BaseException:
        _fjern(midlertidig)
        raise
    return sti


def _fjern(sti: str) -> None:
    with contextlib.suppress(FileNotFoundError):
        os.unlink(sti)


# --- lesing ----------------------------------------------------------------------------------


def _storrelse(antall: int) -> str:
    if antall >= 1024 * 1024:
        return f"{antall / (1024 * 1024):.0f} MB".replace(".", ",")
    return f"{antall // 1024} kB" if antall >= 1024 else f"{antall} byte"


def les_vanlig_fil(sti: Path | str, maks: int) -> bytes:
    """Les en vanlig fil på høyst `maks` byte; alt annet gir `FilFeil` med norsk melding.

    Filen åpnes uten å vente (en FIFO blokkerer ikke), typen sjekkes på den åpne filen (en
    lenke til /dev/zero er en enhet, ikke en fil), og størrelsen før noe leses.
    """
    sti = Path(sti)
    flagg = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(sti, flagg)
    except OSError as e:
        raise FilFeil(feilmelding(e, sti, "lese")) from None
    try:
        st = os.fstat(fd)
        if stat.S_ISDIR(st.st_mode):
            raise FilFeil(f"«{sti}» er en mappe, ikke en fil.")
        if not stat.S_ISREG(st.st_mode):
            raise FilFeil(f"«{sti}» er ikke en vanlig fil (men en enhet, en kanal eller lignende); den er ikke lest.")
        if st.st_size > maks:
            raise FilFeil(f"«{sti}» er for stor ({_storrelse(st.st_size)}; høyst {_storrelse(maks)}).")
        with os.fdopen(os.dup(fd), "rb") as f:
            data = f.read(maks + 1)
    except OSError as e:
        raise FilFeil(feilmelding(e, sti, "lese")) from None
    finally:
        os.close(fd)
    if len(data) > maks:
        raise FilFeil(f"«{sti}» er for stor (høyst {_storrelse(maks)}).")
    return data
