"""CSV med alle svarene: én rad per indikator i vurderingens moduler.

UTF-8 med BOM og semikolon som skilletegn, så norsk Excel åpner filen riktig. Celler som
begynner med =, +, -, @, tabulator eller linjeskift får en apostrof foran, så Excel ikke
tolker en kommentar som formel (CSV-injeksjon).
"""

from __future__ import annotations

import csv
import io
import unicodedata
from pathlib import Path
from typing import BinaryIO, TextIO

from vurdering.domene.formater import tidspunkt
from vurdering.domene.modell import GRUNNLAG_NAVN, SvarType
from vurdering.domene.vurderingsdata import Vurderingsdata
from vurdering.rapport.utfil import skriv_trygt

KOLONNER = (
    "Modul",
    "Indikator-id",
    "Tittel",
    "Nivå",
    "Nivånavn",
    "Vet ikke / ikke relevant",
    "Begrunnelse",
    "Grunnlag",
    "Kommentar",
    "Kilde",
    "Oppdatert",
)
_FORMELTEGN = ("=", "+", "-", "@", "\t", "\r", "\n")
_SVARTYPE = {SvarType.VET_IKKE: "Vet ikke", SvarType.IKKE_RELEVANT: "Ikke relevant"}


def rens_csv(tekst: str | None) -> str:
    """Teksten uten kontrolltegn (unntatt linjeskift og tabulator) og uten halve surrogatpar."""
    if not tekst:
        return ""
    tekst = tekst.replace("\r\n", "\n").replace("\r", "\n")
    return "".join(c for c in tekst if c in "\n\t" or unicodedata.category(c) not in ("Cc", "Cs"))


def _celle(tekst: str) -> str:
    tekst = rens_csv(tekst)
    return "'" + tekst if tekst.startswith(_FORMELTEGN) else tekst


def rader(data: Vurderingsdata) -> list[list[str]]:
    """Radene under overskriften, i bankens rekkefølge; ubesvarte indikatorer har tomme svarfelt."""
    ut: list[list[str]] = []
    for modul_id in data.vurdering.moduler:
        modul = data.bank.modul(modul_id)
        for ind in modul.indikatorer:
            s = data.svar.get(ind.id)
            niva = s.niva if s is not None else None
            ut.append(
                [
                    modul.navn,
                    ind.id,
                    ind.tittel,
                    "" if niva is None else str(niva),
                    "" if niva is None else data.bank.niva_navn(niva),
                    _SVARTYPE.get(s.type, "") if s is not None else "",
                    s.grunn if s is not None else "",
                    GRUNNLAG_NAVN[s.grunnlag.value] if s is not None and s.grunnlag else "",
                    s.kommentar if s is not None else "",
                    s.kilde if s is not None else "",
                    tidspunkt(s.oppdatert) if s is not None else "",
                ]
            )
    return ut


def _skriv(data: Vurderingsdata, f: TextIO) -> None:
    f.write("\ufeff")  # BOM: Excel leser da filen som UTF-8
    skriver = csv.writer(f, delimiter=";", lineterminator="\r\n")
    skriver.writerow(KOLONNER)
    skriver.writerows([_celle(c) for c in rad] for rad in rader(data))


def skriv_csv(data: Vurderingsdata, ut: Path | TextIO) -> None:
    """Skriv CSV-en til en fil (trygt, via en midlertidig fil) eller til en åpen tekststrøm.

    En tekststrøm bør være åpnet med `newline=""`, slik csv-modulen krever.
    """
    if not isinstance(ut, (str, Path)):
        _skriv(data, ut)
        return

    def skriv(binar: BinaryIO) -> None:
        tekst = io.TextIOWrapper(binar, encoding="utf-8", newline="")
        _skriv(data, tekst)
        tekst.flush()
        tekst.detach()

    skriv_trygt(ut, skriv)
