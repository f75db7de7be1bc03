"""Skriftene i PDF-rapportene: DejaVu Sans fra `ressurser/fonter/`, registrert som én familie.

Ingen systemskrifter brukes. ReportLab bygger inn et delsett av hver skrift i PDF-en, så
filen ser lik ut på alle maskiner. `tegnsett()` gir tegnene alle fire snittene har; annen
tekst vaskes av `rens.rens()` før den når ReportLab.
"""

from __future__ import annotations

from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from vurdering.plattform import ressursfiler
from vurdering.rapport import RapportFeil

VANLIG = "Forkant"
FET = "Forkant-Fet"
KURSIV = "Forkant-Kursiv"
FET_KURSIV = "Forkant-FetKursiv"

_FILER = {
    VANLIG: "DejaVuSans.ttf",
    FET: "DejaVuSans-Bold.ttf",
    KURSIV: "DejaVuSans-Oblique.ttf",
    FET_KURSIV: "DejaVuSans-BoldOblique.ttf",
}


def filnavn(font: str) -> str:
    """Skriftfilen til et av de fire snittene (vanlig for ukjente navn)."""
    return _FILER.get(font, _FILER[VANLIG])


@cache
def registrer() -> frozenset[int]:
    """Registrer de fire snittene én gang; gi kodepunktene alle fire har tegn for."""
    tegnsett_per_snitt: list[frozenset[int]] = []
    for navn, fil in _FILER.items():
        try:
            font = TTFont(navn, str(ressursfiler.sti("fonter", fil)))
        except (OSError, TTFError) as e:
            raise RapportFeil(
                f"Skriftfilen {fil} mangler eller er ødelagt ({e}). Installasjonen av Forkant er ufullstendig."
            ) from None
        pdfmetrics.registerFont(font)
        tegnsett_per_snitt.append(frozenset(font.face.charToGlyph))
    # Familien gjør at <b> og <i> i Paragraph-markering velger riktig snitt.
    for fet, kursiv, navn in ((0, 0, VANLIG), (1, 0, FET), (0, 1, KURSIV), (1, 1, FET_KURSIV)):
        addMapping(VANLIG, fet, kursiv, navn)
    return frozenset.intersection(*tegnsett_per_snitt)


def tegnsett() -> frozenset[int]:
    """Kodepunktene rapportens skrifter kan vise (i alle fire snitt)."""
    return registrer()


def bredde(tekst: str, font: str, storrelse: float) -> float:
    """Bredden i punkter av `tekst` satt med `font` i `storrelse` punkter."""
    registrer()
    return float(pdfmetrics.stringWidth(tekst, font, storrelse))


def kutt(tekst: str, font: str, storrelse: float, maks: float) -> str:
    """Kutt teksten med … så den får plass på `maks` punkter."""
    # Bare de første tegnene kan få plass (knapt noe tegn er smalere enn 0,1 em), så
    # binærsøket måler korte strenger også når teksten er svært lang.
    grense = int(maks / (0.1 * storrelse)) + 2
    if len(tekst) <= grense and bredde(tekst, font, storrelse) <= maks:
        return tekst
    kandidat = tekst[:grense]
    lav, hoy = 0, len(kandidat)
    while lav < hoy:
        midt = (lav + hoy + 1) // 2
        if bredde(kandidat[:midt].rstrip() + "…", font, storrelse) <= maks:
            lav = midt
        else:
            hoy = midt - 1
    return kandidat[:lav].rstrip() + "…"
