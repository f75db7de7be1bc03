"""Vurderinger, svar, tiltak og deltakere som rene Python-verdier (ingen Qt, ingen SQL)."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from vurdering.domene.regler import Stemmer, sjekk_niva


class SvarType(StrEnum):
    NIVA = "niva"
    VET_IKKE = "vet_ikke"
    IKKE_RELEVANT = "ikke_relevant"


VET_IKKE = SvarType.VET_IKKE
IKKE_RELEVANT = SvarType.IKKE_RELEVANT


class Grunnlag(StrEnum):
    """Hvor sterkt grunnlaget for svaret er."""

    DOKUMENTERT = "dokumentert"
    ERFART = "erfart"
    ANTATT = "antatt"


class VurderingType(StrEnum):
    INDIVIDUELL = "individuell"
    SAMLING = "samling"
    SAMLET = "samlet"


class Status(StrEnum):
    PAGAR = "pagar"
    FERDIG = "ferdig"


class TiltakStatus(StrEnum):
    IKKE_STARTET = "ikke_startet"
    PAGAR = "pagar"
    FULLFORT = "fullfort"
    FORKASTET = "forkastet"


TYPE_NAVN = {
    "individuell": ("Individuell", "Individuell"),
    "samling": ("Samling", "Samling"),
    "samlet": ("Samlet", "Samla"),
}
STATUS_NAVN = {"pagar": ("Pågår", "Pågår"), "ferdig": ("Ferdig", "Ferdig")}
TILTAKSTATUS_NAVN = {
    "ikke_startet": ("Ikke startet", "Ikkje starta"),
    "pagar": ("Pågår", "Pågår"),
    "fullfort": ("Fullført", "Fullført"),
    "forkastet": ("Forkastet", "Forkasta"),
}


@dataclass(frozen=True, slots=True)
class Svar:
    """Ett svar på én indikator. `niva` er satt bare når `type` er NIVA."""

    indikator_id: str
    type: SvarType
    niva: int | None = None
    grunn: str = ""  # påkrevd for Ikke relevant
    grunnlag: Grunnlag | None = None
    kommentar: str = ""
    kilde: str = ""
    oppdatert: str = ""
    rolle: str = ""
    stemmer: Stemmer | None = None  # fordeling fra samling
    dissens: str = ""

    def __post_init__(self) -> None:
        if self.type is SvarType.NIVA:
            sjekk_niva(self.niva)
        elif self.niva is not None:
            raise ValueError("Et svar som er «Vet ikke» eller «Ikke relevant» har ikke nivå.")
        if self.type is SvarType.IKKE_RELEVANT and not self.grunn.strip():
            raise ValueError("«Ikke relevant» må begrunnes.")

    @classmethod
    def med_niva(cls, indikator_id: str, niva: int, **kw: object) -> Svar:
        return cls(indikator_id, SvarType.NIVA, niva, **kw)  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class Enhet:
    id: int
    navn: str
    distrikt: str


@dataclass(frozen=True, slots=True)
class Deltaker:
    rolle: str
    navn: str = ""
    id: int | None = None


@dataclass(frozen=True, slots=True)
class Tiltak:
    tekst: str
    eier_rolle: str = ""
    frist: str = ""  # ISO-dato
    status: TiltakStatus = TiltakStatus.IKKE_STARTET
    indikator_id: str | None = None
    id: int | None = None
    kommentar: str = ""


@dataclass(frozen=True, slots=True)
class Vurdering:
    id: int
    enhet: Enhet
    dato: str  # ISO-dato
    type: VurderingType
    status: Status
    moduler: tuple[str, ...]
    mal: dict[str, int]
    bank_id: str
    bank_versjon: str
    sprak: str = "nb"
    opprettet: str = ""
    konklusjon: str = ""
    merking: str = "Intern"
    deltakere: tuple[Deltaker, ...] = field(default=())
    kommuner: tuple[str, ...] = field(default=())  # svar per kommune (domene.kommunesvar); tom: ett svar


def endret_svar(
    gammelt: Svar | None,
    indikator_id: str,
    type: SvarType,
    niva: int | None,
    *,
    grunn: str | None = None,
    grunnlag: Grunnlag | None = None,
    kommentar: str | None = None,
    kilde: str | None = None,
    rolle: str | None = None,
) -> Svar:
    """Et nytt svar der felt som er `None`, beholder verdien fra det gamle (en tom tekst tømmer feltet).

    Regelen for `vurdering svar` og svar per kommune: det som ikke er nevnt, blir stående.
    Typen og nivået er alltid med; dissensnotatet følger det gamle svaret.
    """

    def behold(ny: str | None, felt: str) -> str:
        return ny if ny is not None else (str(getattr(gammelt, felt)) if gammelt else "")

    return Svar(
        indikator_id,
        type,
        niva if type is SvarType.NIVA else None,
        grunn=behold(grunn, "grunn"),
        grunnlag=grunnlag if grunnlag is not None else (gammelt.grunnlag if gammelt else None),
        kommentar=behold(kommentar, "kommentar"),
        kilde=behold(kilde, "kilde"),
        rolle=behold(rolle, "rolle"),
        dissens=gammelt.dissens if gammelt else "",
    )
