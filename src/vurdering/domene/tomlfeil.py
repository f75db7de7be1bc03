"""Feilmeldingene fra `tomllib` på norsk («Expected '=' after a key …» → «mangler «=» etter en nøkkel»).

`tomllib` har bare engelske meldinger. Meldinger som ikke står her, får en generell norsk
tekst, så en engelsk setning aldri når brukeren.
"""

from __future__ import annotations

import re

_FASTE = {
    "Expected '=' after a key in a key/value pair": "mangler «=» etter en nøkkel",
    "Expected ']' at the end of a table declaration": "mangler «]» på slutten av en tabelloverskrift",
    "Expected ']]' at the end of an array declaration": "mangler «]]» på slutten av en tabelloverskrift",
    "Cannot overwrite a value": "en verdi er satt to ganger",
    "Escaped character is not a Unicode scalar value": "en \\u-kode er ikke et gyldig tegn",
    "Invalid date or datetime": "ugyldig dato eller tidspunkt",
    "Invalid hex value": "ugyldig heksadesimal verdi",
    "Invalid initial character for a key part": "ugyldig tegn i starten av en nøkkel",
    "Invalid statement": "ugyldig linje",
    "Invalid value": "ugyldig verdi",
    "Unclosed array": "en liste er ikke avsluttet med «]»",
    "Unclosed inline table": "en tabell er ikke avsluttet med «}»",
    "Unescaped '\\' in a string": "en «\\» i en tekst må skrives «\\\\»",
    "Unterminated string": "en tekst er ikke avsluttet med anførselstegn",
}

_MONSTRE = (
    (re.compile(r"^Cannot declare (.+) twice$"), "{0} står to ganger"),
    (re.compile(r"^Cannot mutate immutable namespace (.+)$"), "{0} kan ikke endres her"),
    (re.compile(r"^Cannot redefine namespace (.+)$"), "{0} er definert før"),
    (re.compile(r"^Duplicate inline table key (.+)$"), "nøkkelen {0} står to ganger"),
    (re.compile(r"^Expected (.+)$"), "forventet {0}"),
    (re.compile(r"^Found invalid character (.+)$"), "ugyldig tegn {0}"),
    (re.compile(r"^Illegal character (.+)$"), "ulovlig tegn {0}"),
)


def norsk(melding: str) -> str:
    """Én `tomllib`-melding (uten «(at line …)») på norsk."""
    tekst = melding.strip()
    if tekst in _FASTE:
        return _FASTE[tekst]
    for monster, mal in _MONSTRE:
        treff = monster.match(tekst)
        if treff:
            return mal.format(treff.group(1))
    return "syntaksfeil"


def plassering(melding: str) -> str:
    """«line 2, column 8» / «end of document» på norsk."""
    treff = re.search(r"\(at line (\d+), column (\d+)\)", melding)
    if treff:
        return f"linje {treff.group(1)}, kolonne {treff.group(2)}"
    if "(at end of document)" in melding:
        return "på slutten av filen"
    return ""


def melding(e: ValueError) -> str:
    """En `tomllib.TOMLDecodeError` som «linje 2, kolonne 8 (mangler «=» etter en nøkkel)»."""
    tekst = str(e)
    grunn = norsk(re.sub(r"\s*\(at [^)]*\)\s*$", "", tekst))
    hvor = plassering(tekst)
    return f"{hvor} ({grunn})" if hvor else grunn
