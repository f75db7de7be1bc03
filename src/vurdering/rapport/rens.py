"""Vasking av brukertekst før den når PDF-en eller CSV-filen.

Regler for PDF (`rens`), slik testene også sjekker dem:

- Linjeskift (CR LF, CR, LF, VT, FF, NEL, U+2028, U+2029) blir ett linjeskift; tabulator
  og andre mellomrom (Zs) blir vanlig mellomrom, unntatt hardt mellomrom (U+00A0, U+202F).
- Kontrolltegn (Cc), formattegn (Cf, f.eks. myk bindestrek og retningsmerker) og halve
  surrogatpar (Cs) fjernes.
- Tegn skriftene ikke har, og tegn utenfor Unicodes grunnplan (der ReportLab lager en
  ugyldig ToUnicode-tabell, så teksten ikke kan søkes i eller kopieres), blir U+FFFD (�).
  Rapporten stopper aldri på et tegn.
- Mer enn ett tomt linjeskift på rad slås sammen til ett tomt linjeskift.

`biter` deler lang tekst ved mellomrom i stykker på høyst `BIT` tegn. ReportLab bryter et
avsnitt på nytt hver gang en tabellrad deles over en side; med korte stykker (og
`stiler.avsnitt`, som husker bruddene) vokser tiden lineært med tekstens lengde.

`markering` gjør i tillegg teksten trygg for ReportLabs Paragraph-markering: `<`, `>` og
`&` escapes (så `<b>` og `<img …/>` skrives ut bokstavelig) og linjeskift blir `<br/>`.

CSV-filen har sine egne, mildere regler (`csvfil.rens_csv`).
"""

from __future__ import annotations

import re
import unicodedata
from xml.sax.saxutils import escape

from vurdering.rapport.fonter import tegnsett

ERSTATNING = "\ufffd"
_LINJESKIFT = frozenset("\n\r\v\f\x85\u2028\u2029")
_HARDE_MELLOMROM = frozenset("\u00a0\u202f")
_FJERNES = frozenset({"Cc", "Cf", "Cs"})
_MANGE_LINJESKIFT = re.compile(r"\n[ \n]*\n")
_MELLOMROM_VED_LINJESKIFT = re.compile(r" *\n *")
BIT = 1500


def rens(tekst: str | None) -> str:
    """Teksten slik den skal stå i PDF-en (se reglene i modulens docstring)."""
    if not tekst:
        return ""
    tegn = tegnsett()
    ut: list[str] = []
    for c in tekst.replace("\r\n", "\n"):
        if c in _LINJESKIFT:
            ut.append("\n")
            continue
        kategori = unicodedata.category(c)
        if c == "\t" or (kategori == "Zs" and c not in _HARDE_MELLOMROM):
            ut.append(" ")
        elif kategori in _FJERNES:
            continue
        elif ord(c) > 0xFFFF or ord(c) not in tegn:
            ut.append(ERSTATNING)
        else:
            ut.append(c)
    vasket = _MELLOMROM_VED_LINJESKIFT.sub("\n", "".join(ut))
    return _MANGE_LINJESKIFT.sub("\n\n", vasket).strip()


def en_linje(tekst: str | None) -> str:
    """Som `rens`, men linjeskift blir mellomrom: for topptekst, bunntekst og metadata."""
    return " ".join(rens(tekst).split())


def markering(tekst: str | None) -> str:
    """Vasket og escapet tekst, klar for Paragraph; linjeskift blir `<br/>`."""
    return escape_vasket(rens(tekst))


def escape_vasket(vasket: str) -> str:
    """Allerede vasket tekst escapet for Paragraph; linjeskift blir `<br/>`."""
    return escape(vasket).replace("\n", "<br/>")


def biter(tekst: str, storrelse: int = BIT) -> list[str]:
    """Vasket tekst delt ved linjeskift eller mellomrom i stykker på høyst `storrelse` tegn."""
    ut: list[str] = []
    rest = tekst
    while len(rest) > storrelse:
        kutt = max(rest.rfind("\n", 0, storrelse + 1), rest.rfind(" ", 0, storrelse + 1))
        if kutt < storrelse // 2:  # ingen mellomrom i nærheten: del midt i ordet
            ut.append(rest[:storrelse])
            rest = rest[storrelse:]
        else:
            ut.append(rest[:kutt])
            rest = rest[kutt + 1 :]
    return [*ut, rest] if rest or not ut else ut
