"""Brukstilfellene for innstillingene som lagres i databasefilen.

Språk i vinduet, høy kontrast, tekststørrelse og sist brukte mapper for eksport og for
filer fra samlinger. De følger brukerens data og huskes til neste start. En ugyldig eller
manglende verdi gir standardverdien; en innstilling er aldri grunn til å nekte å starte.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

from vurdering.domene import feltregler as regel
from vurdering.lagring import repository as repo
from vurdering.lagring.database import Database, DatabaseFeil

NOKKEL_SPRAK = "gui.sprak"
NOKKEL_KONTRAST = "gui.kontrast"
NOKKEL_SKALA = "gui.skala"
NOKKEL_EKSPORTMAPPE = "eksport_mappe"
NOKKEL_SAMLINGSMAPPE = "samling.mappe"

#: Tekststørrelsen (1.0 = 100 %) holdes innenfor dette.
MIN_SKALA, MAKS_SKALA = 0.75, 3.0


@dataclass(frozen=True)
class Innstillinger:
    """Alle innstillingene; standardverdiene gjelder når ingenting er lagret."""

    sprak: str = "nb"
    kontrast: bool = False
    skala: float = 1.0
    eksportmappe: str = ""
    samlingsmappe: str = ""


def begrens_skala(skala: float) -> float:
    """Tekststørrelsen innenfor 75–300 %; en verdi som ikke er et tall, gir 100 %."""
    if not math.isfinite(skala):
        return 1.0
    return min(MAKS_SKALA, max(MIN_SKALA, float(skala)))


def hent_innstillinger(db: Database) -> Innstillinger:
    """Innstillingene i databasen; ugyldige eller manglende verdier gir standardverdien."""
    try:
        sprak = repo.hent_innstilling(db, NOKKEL_SPRAK, "nb")
        kontrast = repo.hent_innstilling(db, NOKKEL_KONTRAST, "0") == "1"
        skala_tekst = repo.hent_innstilling(db, NOKKEL_SKALA, "1.0")
        eksport = repo.hent_innstilling(db, NOKKEL_EKSPORTMAPPE)
        samling = repo.hent_innstilling(db, NOKKEL_SAMLINGSMAPPE)
    except DatabaseFeil:
        return Innstillinger()
    try:
        skala = begrens_skala(float(skala_tekst))
    except ValueError:
        skala = 1.0
    return Innstillinger(sprak if sprak in regel.SPRAK else "nb", kontrast, skala, eksport, samling)


def sett_sprak(db: Database, sprak: str) -> None:
    """Språket i vinduet: «nb» eller «nn»."""
    repo.lagre_innstilling(db, NOKKEL_SPRAK, regel.sprak(sprak))


def sett_kontrast(db: Database, kontrast: bool) -> None:
    """Høy kontrast på eller av."""
    repo.lagre_innstilling(db, NOKKEL_KONTRAST, "1" if kontrast else "0")


def sett_skala(db: Database, skala: float) -> float:
    """Tekststørrelsen (1.0 = 100 %), begrenset til 75–300 %; gir verdien som ble lagret."""
    verdi = begrens_skala(skala)
    repo.lagre_innstilling(db, NOKKEL_SKALA, repr(verdi))
    return verdi


def sett_eksportmappe(db: Database, mappe: Path | str) -> None:
    """Mappen rapporter og filer sist ble lagret i (foreslås neste gang)."""
    repo.lagre_innstilling(db, NOKKEL_EKSPORTMAPPE, str(mappe))


def sett_samlingsmappe(db: Database, mappe: Path | str) -> None:
    """Mappen filene fra en samling sist ble hentet fra (foreslås neste gang)."""
    repo.lagre_innstilling(db, NOKKEL_SAMLINGSMAPPE, str(mappe))
