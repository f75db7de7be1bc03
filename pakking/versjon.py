"""Programversjonen for byggingen: lest fra pakken, og Windows' versjonsressurs laget av den.

Brukes av `forkant.spec` (og av testene i tests/pakking). Versjonen står ett sted,
`src/vurdering/__init__.py` (`__version__`); her leses den som tekst, så byggingen ikke
trenger å importere pakken.
"""

from __future__ import annotations

import re
from pathlib import Path

_VERSJON = re.compile(r'^__version__\s*=\s*["\']([^"\']+)["\']', re.MULTILINE)


def les(rot: Path) -> str:
    """`__version__` fra `src/vurdering/__init__.py` under depotets rot."""
    tekst = (rot / "src" / "vurdering" / "__init__.py").read_text(encoding="utf-8")
    treff = _VERSJON.search(tekst)
    if treff is None:
        raise ValueError("Fant ikke __version__ i src/vurdering/__init__.py")
    return treff.group(1)


def tall(versjon: str) -> tuple[int, int, int, int]:
    """Fire tall til Windows' filversjon: «1.2.3rc1» blir (1, 2, 3, 0)."""
    deler = [int(m.group()) for m in (re.match(r"\d+", d) for d in versjon.split(".")[:4]) if m]
    a, b, c, d = [*deler, 0, 0, 0, 0][:4]
    return (a, b, c, d)


def windows_ressurs(versjon: str) -> str:
    """Versjonsfilen PyInstaller legger inn i .exe-filene (Egenskaper → Detaljer i Utforsker)."""
    t = tall(versjon)
    felter = {
        "CompanyName": "Forkant",
        "FileDescription": "Forkant – modenhetsvurdering av forebygging",
        "FileVersion": versjon,
        "InternalName": "Forkant",
        "LegalCopyright": "MIT-lisens",
        "OriginalFilename": "Forkant.exe",
        "ProductName": "Forkant",
        "ProductVersion": versjon,
    }
    strenger = ",\n          ".join(f"StringStruct({k!r}, {v!r})" for k, v in felter.items())
    return f"""# Laget av pakking/versjon.py fra src/vurdering/__init__.py; rediger ikke for hånd.
VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={t!r},
    prodvers={t!r},
    mask=0x3f,
    flags=0x0,
    OS=0x40004,
    fileType=0x1,
    subtype=0x0,
    date=(0, 0)
  ),
  kids=[
    StringFileInfo([
      StringTable(
        '041404B0',
        [{strenger}])
    ]),
    VarFileInfo([VarStruct('Translation', [0x0414, 1200])])
  ]
)
"""
