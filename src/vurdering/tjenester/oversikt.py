"""Brukstilfellene utvikling (én enhets runder) og oversikt (alle enhetene side om side),
startsidens liste (de nyeste først, med søk) og enhetene (nytt navn, slå sammen).

Vinduet, kommandolinjen og distriktsrapporten kaller disse; tallene regnes i domenet
(`domene.utvikling`, `domene.oversikt`, `domene.distriktstrend`) og leses fra
nøkkeltallene i lagringen (`lagring.oversikt`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from vurdering.domene import feltregler
from vurdering.domene.distrikt import Distriktsoversikt, Distriktstrend, Utvalg, trend_av_verdier
from vurdering.domene.oversikt import Enhetsrad, filtrer, lag_oversikt, siste_runder
from vurdering.lagring import enheter as enhetslager
from vurdering.lagring import oversikt as sporringer
from vurdering.lagring.database import Database
from vurdering.lagring.enheter import EnhetFinnes, Enhetsinfo, UkjentEnhet
from vurdering.lagring.vurderinger import Vurderingsrad, antall_vurderinger, liste_vurderinger

if TYPE_CHECKING:  # utviklingen (banken, pydantic) lastes først når den trengs, ikke for oversikten
    from vurdering.domene.utvikling import Runde, Utvikling

__all__ = [
    "EnhetFinnes",
    "EnhetIkkeFunnet",
    "Enhetsinfo",
    "Enhetsutvikling",
    "FlereEnheter",
    "Oversiktskilde",
    "Startliste",
    "UkjentEnhet",
    "Vurderingsrad",
    "enheter",
    "gi_enhet_nytt_navn",
    "oversikt",
    "slaa_sammen_enheter",
    "startliste",
    "utvikling",
    "utvikling_for_enhet_av",
    "utvikling_for_vurdering",
]

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


def _beregn_utvikling(runder: list[Runde]) -> Utvikling:
    from vurdering.domene.utvikling import beregn_utvikling

    return beregn_utvikling(runder)


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
    return Enhetsutvikling(valgt.navn, valgt.distrikt, _beregn_utvikling(runder))


def utvikling_for_vurdering(db: Database, vurdering_id: int) -> Utvikling:
    """Enhetens utvikling fram til og med denne vurderingen (til delen i enhetens rapport)."""
    from vurdering.lagring import repository as repo

    v = repo.hent_vurdering(db, vurdering_id)
    runder = sporringer.runder_for_enhet(db, v.enhet.navn, v.enhet.distrikt)
    ider = [r.vurdering_id for r in runder]
    return _beregn_utvikling(runder[: ider.index(vurdering_id) + 1] if vurdering_id in ider else runder)


def utvikling_for_enhet_av(db: Database, vurdering_id: int) -> Enhetsutvikling:
    """Utviklingen for enheten vurderingen gjelder (alle rundene, alle skrivemåtene)."""
    from vurdering.lagring import repository as repo

    v = repo.hent_vurdering(db, vurdering_id)
    runder = sporringer.runder_for_enhet(db, v.enhet.navn, v.enhet.distrikt)
    return Enhetsutvikling(v.enhet.navn, v.enhet.distrikt, _beregn_utvikling(runder))


def _dato(tekst: str | None, navn: str) -> str | None:
    if tekst is None:
        return None
    try:
        return date.fromisoformat(tekst).isoformat()
    except ValueError:
        raise ValueError(f"Ugyldig {navn}dato «{tekst}» (skriv ÅÅÅÅ-MM-DD).") from None


def _utvalg(
    distrikt: str | None, fra: str | None, til: str | None, type: str | None, status: str | None, alle_runder: bool
) -> Utvalg:
    """Filtrene kontrollert (datoer som ÅÅÅÅ-MM-DD, kjent type og status); `ValueError` ellers."""
    fra, til = _dato(fra, "fra"), _dato(til, "til")
    if fra and til and fra > til:
        raise ValueError("Fra-datoen er etter til-datoen.")
    if type is not None and type not in TYPER:
        raise ValueError(f"Ukjent type «{type}»; velg {', '.join(TYPER)}.")
    if status is not None and status not in STATUSER:
        raise ValueError(f"Ukjent status «{status}»; velg {', '.join(STATUSER)}.")
    distrikt = distrikt.strip() if distrikt and distrikt.strip() else None
    return Utvalg(distrikt, fra, til, type, status, alle_runder)


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
    u = _utvalg(distrikt, fra, til, type, status, alle_runder)
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


class Oversiktskilde:
    """Oversikten for vinduet: som `oversikt`, uten distriktets trend, og rask å filtrere på nytt.

    Standardvalget (siste runde per enhet) hentes med SQL over nøkkeltallene; første gang
    noe annet velges, hentes alle vurderingene én gang, og utvalgene utledes i minnet med
    domenets regler (`filtrer`, `siste_runder`). Distriktet velges til slutt, fordi det er en
    del av enhetens nøkkel, så «siste runde per enhet» er den samme før og etter. Ferdige oversikter huskes per utvalg. Kilden er et øyeblikksbilde: lag en ny
    etter endringer i databasen. Tallene er de samme som `oversikt` gir (testet).
    """

    MAKS_HUSKET = 8  # radene per periode/type/status/runder
    MAKS_FERDIGE = 32  # ferdige oversikter per utvalg (tilbake til et valg er øyeblikkelig)

    def __init__(self, db: Database) -> None:
        self._db = db
        self.tekster = sporringer.modultekster(db)
        self._husket: dict[tuple[str | None, str | None, str | None, str | None, bool], list[Enhetsrad]] = {}
        self._ferdige: dict[Utvalg, Distriktsoversikt] = {}

    def _rader(self, u: Utvalg) -> list[Enhetsrad]:
        """Radene for periode, type, status og runder. Standardvalget (siste runde, ingen filtre)
        hentes rett fra SQL; alle andre utledes i minnet av alle vurderingene (hentet én gang)
        med domenets regler (`filtrer`, `siste_runder`)."""
        standard = u.fra is None and u.til is None and u.type is None and u.status is None
        if standard and not u.alle_runder:
            return sporringer.enhetsrader(self._db)
        self.forbered()
        alle = self._husket[(None, None, None, None, True)]
        if standard:
            return alle
        valgt = filtrer(alle, fra=u.fra, til=u.til, type=u.type, status=u.status)
        return valgt if u.alle_runder else siste_runder(valgt)

    def forbered(self) -> None:
        """Hent alle vurderingene nå (én spørring), så neste valg av periode, type eller status
        utledes i minnet. Vinduet kaller den like etter at oversikten er vist."""
        if (None, None, None, None, True) not in self._husket:
            self._husket[(None, None, None, None, True)] = sporringer.enhetsrader(self._db, alle_runder=True)

    def ar(self) -> list[str]:
        """Årene det finnes vurderinger fra, eldste først (til periodevalget)."""
        return sporringer.ar_med_vurderinger(self._db)

    def velg(
        self,
        distrikt: str | None = None,
        fra: str | None = None,
        til: str | None = None,
        type: str | None = None,
        status: str | None = None,
        alle_runder: bool = False,
    ) -> Distriktsoversikt:
        u = _utvalg(distrikt, fra, til, type, status, alle_runder)
        ferdig = self._ferdige.get(u)
        if ferdig is not None:
            return ferdig
        nokkel = (u.fra, u.til, u.type, u.status, u.alle_runder)
        rader = self._husket.get(nokkel)
        if rader is None:
            rader = self._rader(u)
            if len(self._husket) >= self.MAKS_HUSKET:
                self._husket.pop(next(iter(self._husket)))
            self._husket[nokkel] = rader
        if u.distrikt is not None:
            rader = filtrer(rader, distrikt=u.distrikt)
        svar = Distriktsoversikt(
            u, lag_oversikt(rader, self.tekster.rekkefolge), self.tekster, Distriktstrend((), (), ())
        )
        if len(self._ferdige) >= self.MAKS_FERDIGE:
            self._ferdige.pop(next(iter(self._ferdige)))
        self._ferdige[u] = svar
        return svar


# --- startsidens liste ------------------------------------------------------------------------


@dataclass(frozen=True)
class Startliste:
    rader: list[Vurderingsrad]  # de nyeste først, høyst `grense`
    totalt: int  # alle som passer søket

    @property
    def flere(self) -> bool:
        return len(self.rader) < self.totalt


def startliste(db: Database, grense: int = 200, sok: str | None = None) -> Startliste:
    """De `grense` sist endrede vurderingene (som passer søket) og hvor mange som passer i alt.

    Leser nøkkeltallene (ingen bank tolkes per rad), så startsiden er like rask med ti tusen.
    """
    if grense < 1:
        raise ValueError("Grensen må være minst 1.")
    return Startliste(liste_vurderinger(db, grense=grense, sok=sok), antall_vurderinger(db, sok=sok))


# --- enhetene: nytt navn og sammenslåing ------------------------------------------------------


def enheter(db: Database) -> list[Enhetsinfo]:
    """Enhetene i databasen med antall vurderinger (distrikt, navn)."""
    return enhetslager.liste_enheter(db)


def gi_enhet_nytt_navn(db: Database, enhet_id: int, navn: str) -> None:
    """Gi enheten nytt navn i samme distrikt; fast id beholdes, nøkkelen regnes på nytt.

    `EnhetFinnes` når navnet alt er brukt i distriktet (slå dem sammen i stedet)."""
    enhetslager.gi_nytt_navn(db, enhet_id, feltregler.enhet(navn))


def slaa_sammen_enheter(db: Database, fra_id: int, til_id: int) -> int:
    """To skrivemåter av samme enhet blir én: vurderingene til `fra_id` flyttes til `til_id`,
    som beholder navn og fast id. Gir antall vurderinger som ble flyttet."""
    return enhetslager.slaa_sammen(db, fra_id, til_id)
