"""Brukstilfellene utvikling (én enhets runder) og oversikt (alle enhetene side om side).

Vinduet, kommandolinjen og distriktsrapporten kaller disse; tallene regnes i domenet
(`domene.utvikling`, `domene.oversikt`, `domene.distriktstrend`) og leses fra
nøkkeltallene i lagringen (`lagring.oversikt`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from vurdering.domene.distrikt import Distriktsoversikt, Utvalg, trend_av_verdier
from vurdering.domene.oversikt import lag_oversikt
from vurdering.domene.utvikling import Utvikling, beregn_utvikling
from vurdering.lagring import oversikt as sporringer
from vurdering.lagring.database import Database

TYPER = ("individuell", "samling", "samlet")
STATUSER = ("pagar", "ferdig")


class EnhetIkkeFunnet(ValueError):
    """Ingen vurderinger av enheten (i distriktet, når det er gitt)."""


class FlereEnheter(ValueError):
    """Navnet finnes i flere distrikter; `distrikter` sier hvilke."""

    def __init__(self, navn: str, distrikter: list[str]) -> None:
        self.distrikter = distrikter
        super().__init__(f"Enheten «{navn}» finnes i flere distrikter: {', '.join(distrikter)}. Velg distrikt.")


@dataclass(frozen=True)
class Enhetsutvikling:
    enhet: str
    distrikt: str
    utvikling: Utvikling


def utvikling(db: Database, enhet: str, distrikt: str | None = None) -> Enhetsutvikling:
    """Enhetens runder side om side. Et navn som finnes i flere distrikter, krever distriktet."""
    if not enhet.strip():
        raise EnhetIkkeFunnet("Oppgi enhetens navn.")
    treff = sporringer.finn_enheter(db, enhet, distrikt)
    if not treff:
        hvor = f" i {distrikt}" if distrikt else ""
        raise EnhetIkkeFunnet(f"Fant ingen vurderinger av enheten «{enhet.strip()}»{hvor}.")
    if len(treff) > 1:
        raise FlereEnheter(enhet.strip(), sorted({t.distrikt for t in treff}))
    valgt = treff[0]
    runder = sporringer.runder_for_enhet(db, valgt.navn, valgt.distrikt)
    return Enhetsutvikling(valgt.navn, valgt.distrikt, beregn_utvikling(runder))


def utvikling_for_vurdering(db: Database, vurdering_id: int) -> Utvikling:
    """Enhetens utvikling fram til og med denne vurderingen (til delen i enhetens rapport)."""
    from vurdering.lagring import repository as repo

    v = repo.hent_vurdering(db, vurdering_id)
    runder = sporringer.runder_for_enhet(db, v.enhet.navn, v.enhet.distrikt)
    ider = [r.vurdering_id for r in runder]
    return beregn_utvikling(runder[: ider.index(vurdering_id) + 1] if vurdering_id in ider else runder)


def _dato(tekst: str | None, navn: str) -> str | None:
    if tekst is None:
        return None
    try:
        return date.fromisoformat(tekst).isoformat()
    except ValueError:
        raise ValueError(f"Ugyldig {navn}dato «{tekst}» (skriv ÅÅÅÅ-MM-DD).") from None


def oversikt(
    db: Database,
    distrikt: str | None = None,
    fra: str | None = None,
    til: str | None = None,
    type: str | None = None,
    status: str | None = None,
    alle_runder: bool = False,
    *,
    med_kommentarer: bool = False,
) -> Distriktsoversikt:
    """Varmekart, fordelinger, felles svake punkter, tiltaksstatus, datavarsler og distriktets trend.

    Som standard bare siste runde per enhet i utvalget; trenden bruker enhetens siste runde i
    hvert år. Konklusjonene (fritekst som kan navngi personer) tas med bare når det bes om.
    """
    fra, til = _dato(fra, "fra"), _dato(til, "til")
    if fra and til and fra > til:
        raise ValueError("Fra-datoen er etter til-datoen.")
    if type is not None and type not in TYPER:
        raise ValueError(f"Ukjent type «{type}»; velg {', '.join(TYPER)}.")
    if status is not None and status not in STATUSER:
        raise ValueError(f"Ukjent status «{status}»; velg {', '.join(STATUSER)}.")
    distrikt = distrikt.strip() if distrikt and distrikt.strip() else None
    u = Utvalg(distrikt, fra, til, type, status, alle_runder)
    rader = sporringer.enhetsrader(
        db, distrikt=u.distrikt, fra=u.fra, til=u.til, type=u.type, status=u.status, alle_runder=alle_runder
    )
    tekster = sporringer.modultekster(db)
    ov = lag_oversikt(rader, tekster.rekkefolge)
    enheter, verdier = sporringer.trendverdier(
        db, distrikt=u.distrikt, fra=u.fra, til=u.til, type=u.type, status=u.status
    )
    kommentarer = sporringer.konklusjoner(db, [r.vurdering_id for r in rader]) if med_kommentarer else None
    return Distriktsoversikt(u, ov, tekster, trend_av_verdier(enheter, verdier, ov.moduler), kommentarer)
