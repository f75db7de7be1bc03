"""Én plass per regel som flere lag sjekker: språkvalget, nivåskalaen, merkingens lengde
og formen på en stemmefordeling.

Lagring, rapport, vindu og kommandolinje leser reglene herfra i stedet for å ha sine
egne kopier av tallene.
"""

from __future__ import annotations

from typing import Literal, TypeGuard

#: Språkene appen og rapportene finnes på: bokmål og nynorsk, bokmål først (standard).
SPRAK: tuple[Literal["nb"], Literal["nn"]] = ("nb", "nn")
Sprak = Literal["nb", "nn"]
STANDARD_SPRAK: Sprak = "nb"

#: Nivåskalaen: fem nivåer, 0–4.
NIVA_MIN = 0
NIVA_MAKS = 4
NIVAER = range(NIVA_MIN, NIVA_MAKS + 1)

#: Merkingen (for eksempel «Intern» eller «Begrenset») står i topp- og bunnteksten: den er kort.
MERKING_MAKS = 200

#: Antall stemmer per nivå 0–4 fra en samling.
Stemmer = tuple[int, int, int, int, int]
INGEN_STEMMER: Stemmer = (0, 0, 0, 0, 0)


def er_sprak(verdi: object) -> TypeGuard[Sprak]:
    """Sant for «nb» og «nn»."""
    return verdi in SPRAK


def sjekk_sprak(verdi: object) -> Sprak:
    """Gi språket tilbake, eller `ValueError` med én norsk linje."""
    if not er_sprak(verdi):
        raise ValueError(f"Ukjent språk «{verdi}»; velg nb (bokmål) eller nn (nynorsk).")
    return verdi


def sprak_eller_standard(verdi: object) -> Sprak:
    """Språket når det er gyldig, ellers bokmål (for lagrede innstillinger og gamle filer)."""
    return verdi if er_sprak(verdi) else STANDARD_SPRAK


def sprakindeks(sprak: str) -> int:
    """Plassen til språket i (bokmål, nynorsk)-par: 1 for nynorsk, ellers 0."""
    return 1 if sprak == "nn" else 0


def er_niva(verdi: object) -> TypeGuard[int]:
    """Sant for et helt tall på skalaen 0–4 (ikke `True`/`False`)."""
    return isinstance(verdi, int) and not isinstance(verdi, bool) and NIVA_MIN <= verdi <= NIVA_MAKS


def sjekk_niva(verdi: object, hva: str = "Nivået") -> int:
    """Gi nivået tilbake, eller `ValueError` med én norsk linje."""
    if not er_niva(verdi):
        raise ValueError(f"{hva} må være et helt tall fra {NIVA_MIN} til {NIVA_MAKS}.")
    return verdi


def som_stemmer(fordeling: object) -> Stemmer:
    """Fem ikke-negative heltall (stemmer per nivå 0–4) som `Stemmer`, ellers `ValueError`."""
    if not isinstance(fordeling, (tuple, list)) or len(fordeling) != len(NIVAER):
        raise ValueError("Fordelingen må være fem ikke-negative heltall (nivå 0–4).")
    if any(not isinstance(n, int) or isinstance(n, bool) or n < 0 for n in fordeling):
        raise ValueError("Fordelingen må være fem ikke-negative heltall (nivå 0–4).")
    a, b, c, d, e = fordeling
    return (a, b, c, d, e)
