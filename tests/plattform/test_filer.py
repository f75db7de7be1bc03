"""Filsystemet: bare vanlige filer leses, grensen gjelder før lesing, og OS-feil blir norske."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from vurdering.plattform.filer import FilFeil, feilmelding, les_vanlig_fil, skriv_atomisk

posix = pytest.mark.skipif(os.name != "posix", reason="POSIX")


def test_vanlig_fil_leses(tmp_path: Path) -> None:
    fil = tmp_path / "modul.toml"
    fil.write_bytes(b"id = 'x'")
    assert les_vanlig_fil(fil, 100) == b"id = 'x'"


def test_for_stor_fil_leses_ikke(tmp_path: Path) -> None:
    fil = tmp_path / "stor.forkant"
    fil.write_bytes(b"x" * 2048)
    with pytest.raises(FilFeil, match="for stor"):
        les_vanlig_fil(fil, 1024)


@posix
def test_fifo_henger_ikke(tmp_path: Path) -> None:
    fifo = tmp_path / "kanal.forkant"
    os.mkfifo(fifo)
    with pytest.raises(FilFeil, match="ikke en vanlig fil"):
        les_vanlig_fil(fifo, 1024)


@posix
def test_lenke_til_en_enhet_leses_ikke(tmp_path: Path) -> None:
    lenke = tmp_path / "null.toml"
    lenke.symlink_to("/dev/zero")
    with pytest.raises(FilFeil, match="ikke en vanlig fil"):
        les_vanlig_fil(lenke, 1024)


def test_mappe_og_manglende_fil(tmp_path: Path) -> None:
    with pytest.raises(FilFeil, match="er en mappe"):
        les_vanlig_fil(tmp_path, 1024)
    with pytest.raises(FilFeil, match="Finner ikke filen"):
        les_vanlig_fil(tmp_path / "borte.toml", 1024)


@pytest.mark.parametrize(
    ("feil", "tekst"),
    [
        (PermissionError(errno.EACCES, "Permission denied"), "Har ikke lov til å skrive"),
        (OSError(errno.ENOSPC, "No space left on device"), "ikke plass nok på disken"),
        (OSError(errno.EROFS, "Read-only file system"), "skrivebeskyttet"),
        (OSError(errno.ENAMETOOLONG, "File name too long"), "Filnavnet «x.pdf» er for langt"),
        (OSError(errno.EIO, "Input/output error"), "inn/ut-feil"),
        (FileNotFoundError(errno.ENOENT, "No such file"), "finnes ikke"),
    ],
)
def test_os_feil_blir_norske(feil: OSError, tekst: str) -> None:
    melding = feilmelding(feil, Path("x.pdf"))
    assert tekst in melding
    assert feil.strerror not in melding


def test_atomisk_skriving_etterlater_ingenting_ved_feil(tmp_path: Path) -> None:
    def skriv(_: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(FilFeil, match="ikke plass nok"):
        skriv_atomisk(tmp_path / "r.pdf", skriv)  # type: ignore[arg-type]
    assert list(tmp_path.iterdir()) == []
