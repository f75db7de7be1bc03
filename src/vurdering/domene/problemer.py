"""Enhetens prioriterte problemer: det vurderingen måles mot («Virker det?»).

En vurdering begynner med enhetens 1–5 prioriterte lokale problemer (fra virksomhetsplanen,
politirådet eller etterretningsbildet). Hvert problem har et effektmål med kilde (for
eksempel «anmeldte voldssaker i sentrum fredag–lørdag», PO/BL), en utgangsverdi med dato,
en målverdi og siste verdi med dato. Om lavere eller høyere er bedre, følger av målet:
ligger målverdien under utgangsverdien, er lavere bedre.

Vurderingen av fremgangen gjøres her og ingen andre steder:
- «mangler tall» når utgangsverdi, målverdi eller siste verdi mangler;
- «nådd» når siste verdi er på eller forbi målet;
- «mot mål» når den har flyttet seg fra utgangsverdien i målets retning;
- «feil vei» når den har flyttet seg bort fra målet;
- «uendret» ellers. Andelen av veien (0–100 %) vises ved siden av.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum

#: Høyst så mange prioriterte problemer per vurdering.
MAKS_PROBLEMER = 5
MAKS_TITTEL = 200
MAKS_TEKST = 2_000


class Fremgang(StrEnum):
    MANGLER_TALL = "mangler_tall"
    NADD = "nadd"
    MOT_MAL = "mot_mal"
    UENDRET = "uendret"
    FEIL_VEI = "feil_vei"


FREMGANG_NAVN: dict[Fremgang, tuple[str, str]] = {
    Fremgang.MANGLER_TALL: ("mangler tall", "manglar tal"),
    Fremgang.NADD: ("målet er nådd", "målet er nådd"),
    Fremgang.MOT_MAL: ("på vei mot målet", "på veg mot målet"),
    Fremgang.UENDRET: ("uendret", "uendra"),
    Fremgang.FEIL_VEI: ("feil vei", "feil veg"),
}


@dataclass(frozen=True, slots=True)
class Problem:
    """Ett prioritert lokalt problem med effektmålet sitt."""

    tittel: str
    begrunnelse: str = ""  # hvorfor det er prioritert (virksomhetsplan, politiråd …)
    effektmal: str = ""  # hva som måles
    kilde: str = ""  # PO/BL, Indicia, Ungdata, innbyggerundersøkelsen …
    utgangsverdi: float | None = None
    utgangsdato: str = ""
    malverdi: float | None = None
    siste_verdi: float | None = None
    siste_dato: str = ""
    forrige_verdi: float | None = None  # siste verdi fra forrige runde, til sammenligning
    id: int | None = None

    def __post_init__(self) -> None:
        sjekk_problem(self)

    @property
    def lavere_er_bedre(self) -> bool | None:
        if self.utgangsverdi is None or self.malverdi is None or self.utgangsverdi == self.malverdi:
            return None
        return self.malverdi < self.utgangsverdi

    @property
    def fremgang(self) -> Fremgang:
        return vurder_fremgang(self.utgangsverdi, self.malverdi, self.siste_verdi)

    @property
    def andel_av_veien(self) -> float | None:
        """Hvor stor del av veien fra utgangsverdi til mål som er gått (0–1), eller None."""
        u, m, s = self.utgangsverdi, self.malverdi, self.siste_verdi
        if u is None or m is None or s is None or u == m:
            return None
        return max(0.0, min(1.0, (s - u) / (m - u)))

    def til_ny_runde(self) -> Problem:
        """Problemet slik det tas med til neste runde: samme mål, ny verdi etterspørres."""
        return replace(self, siste_verdi=None, siste_dato="", forrige_verdi=self.siste_verdi, id=None)


def vurder_fremgang(utgang: float | None, mal: float | None, siste: float | None) -> Fremgang:
    if utgang is None or mal is None or siste is None:
        return Fremgang.MANGLER_TALL
    if utgang == mal:
        return Fremgang.NADD if siste == mal else Fremgang.FEIL_VEI
    retning = 1 if mal > utgang else -1
    if (siste - mal) * retning >= 0:
        return Fremgang.NADD
    if siste == utgang:
        return Fremgang.UENDRET
    return Fremgang.MOT_MAL if (siste - utgang) * retning > 0 else Fremgang.FEIL_VEI


def _tekst(verdi: str, felt: str, maks: int) -> None:
    if not isinstance(verdi, str):
        raise ValueError(f"{felt} må være tekst.")
    if len(verdi) > maks:
        raise ValueError(f"{felt} er for lang (høyst {maks} tegn).")


def _dato(verdi: str, felt: str) -> None:
    if not verdi:
        return
    try:
        d = date.fromisoformat(verdi)
    except ValueError:
        raise ValueError(f"{felt} må være en dato (ÅÅÅÅ-MM-DD), ikke «{verdi}».") from None
    if d.year < 2000:
        raise ValueError(f"{felt} må være år 2000 eller senere.")


def sjekk_problem(p: Problem) -> None:
    """Reglene for ett problem; `ValueError` med en norsk melding ved brudd."""
    if not p.tittel.strip():
        raise ValueError("Problemet må ha en tittel.")
    _tekst(p.tittel, "Tittelen", MAKS_TITTEL)
    for felt, navn in (("begrunnelse", "Begrunnelsen"), ("effektmal", "Effektmålet"), ("kilde", "Kilden")):
        _tekst(getattr(p, felt), navn, MAKS_TEKST)
    _dato(p.utgangsdato, "Datoen for utgangsverdien")
    _dato(p.siste_dato, "Datoen for siste verdi")
    for felt, navn in (("utgangsverdi", "Utgangsverdien"), ("malverdi", "Målverdien"), ("siste_verdi", "Siste verdi")):
        v = getattr(p, felt)
        if v is not None and (v != v or abs(v) > 1e12):  # NaN eller urimelig stor
            raise ValueError(f"{navn} må være et tall.")


def tall(tekst: str, felt: str) -> float | None:
    """Et tall skrevet på norsk eller engelsk vis («12,5», «12.5», «1 200»); tomt gir None."""
    renset = tekst.strip().replace("\u00a0", "").replace(" ", "").replace(",", ".")
    if not renset:
        return None
    try:
        verdi = float(renset)
    except ValueError:
        raise ValueError(f"{felt} må være et tall, ikke «{tekst}».") from None
    if verdi != verdi or abs(verdi) > 1e12:
        raise ValueError(f"{felt} må være et tall, ikke «{tekst}».")
    return verdi
