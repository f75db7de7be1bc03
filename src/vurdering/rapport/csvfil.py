"""CSV med alle svarene: én rad per indikator i vurderingens moduler.

UTF-8 med BOM og semikolon som skilletegn, så norsk Excel åpner filen riktig. Celler som
begynner med =, +, -, @, tabulator eller linjeskift får en apostrof foran, så Excel ikke
tolker en kommentar som formel (CSV-injeksjon).

Excel tar høyst `EXCEL_MAKS_TEGN` tegn i en celle og kutter resten uten å si fra. En lengre
tekst deles derfor: første del står i sin kolonne, resten i fortsettelseskolonner bakerst
(«Kommentar (forts. 1)» …), så ingenting går tapt og delene kan settes sammen igjen.

Rollen til den som svarte, stemmene fra en samling, uenighet og dissens står i egne
kolonner; uenigheten kommer fra analysen (`Vurderingsdata.analyse`), som i rapporten.
"""

from __future__ import annotations

import csv
import io
import unicodedata
from pathlib import Path
from typing import BinaryIO, TextIO

from vurdering.domene.formater import tidspunkt
from vurdering.domene.modell import SvarType
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
    "Rolle",
    "Stemmer 0–4",
    "Uenighet",
    "Dissens",
)
#: Det største antallet tegn Excel viser i én celle.
EXCEL_MAKS_TEGN = 32_767
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
            k = data.analyse.konsensus_for(ind.id)
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
                    s.grunnlag.value if s is not None and s.grunnlag else "",
                    s.kommentar if s is not None else "",
                    s.kilde if s is not None else "",
                    tidspunkt(s.oppdatert) if s is not None else "",
                    s.rolle if s is not None else "",
                    " · ".join(str(n) for n in k.stemmer) if k is not None and k.stemmer else "",
                    ("Ja" if k.uenighet else "Nei") if k is not None and k.stemmer else "",
                    s.dissens if s is not None else "",
                ]
            )
    return ut


def _deler(tekst: str) -> list[str]:
    """Cellen som én eller flere deler på høyst `EXCEL_MAKS_TEGN` tegn, hver trygg for Excel."""
    tekst = rens_csv(tekst)
    # Apostrofen foran en del som ser ut som en formel, teller med i lengden.
    lengde = EXCEL_MAKS_TEGN - 1
    deler = [tekst[i : i + lengde] for i in range(0, len(tekst), lengde)] or [""]
    return [_celle(d) for d in deler]


def tabell(data: Vurderingsdata) -> list[list[str]]:
    """Overskriften og radene slik de skrives: lange celler delt i fortsettelseskolonner bakerst."""
    delt = [[_deler(c) for c in rad] for rad in rader(data)]
    ekstra = [max((len(rad[k]) - 1 for rad in delt), default=0) for k in range(len(KOLONNER))]
    hode = list(KOLONNER) + [
        f"{KOLONNER[k]} (forts. {n})" for k in range(len(KOLONNER)) for n in range(1, ekstra[k] + 1)
    ]
    ut = [hode]
    for rad in delt:
        forts = [rad[k][n] if n < len(rad[k]) else "" for k in range(len(KOLONNER)) for n in range(1, ekstra[k] + 1)]
        ut.append([celle[0] for celle in rad] + forts)
    return ut


def _skriv(data: Vurderingsdata, f: TextIO) -> None:
    f.write("\ufeff")  # BOM: Excel leser da filen som UTF-8
    skriver = csv.writer(f, delimiter=";", lineterminator="\r\n")
    skriver.writerows(tabell(data))


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
