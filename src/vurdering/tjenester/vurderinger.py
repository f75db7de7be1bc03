"""Brukstilfellene for én vurdering: liste, opprette, åpne, svare, mål,
ferdig / åpne igjen og slette.

Vinduet og kommandolinjen kaller disse funksjonene og ingen andre når de skriver eller
leser en vurdering, så reglene (ett felt, én regel i `domene.feltregler`) og meldingene
er de samme. Inn og ut går domeneverdier; ingen Qt og ingen SQL her. Regelbrudd kastes
som `Feltfeil` (en `ValueError`); en ferdig vurdering som skulle endres, som `Ferdig`
(en `DatabaseFeil`), som lagringens egne feil.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from vurdering.domene import feltregler as regel
from vurdering.domene.feltregler import Feltfeil
from vurdering.domene.modell import Deltaker, Grunnlag, Status, Svar, SvarType, Vurdering, VurderingType, endret_svar
from vurdering.lagring import repository as repo
from vurdering.lagring.database import Database, DatabaseFeil
from vurdering.lagring.repository import Vurderingsrad

if TYPE_CHECKING:
    # Banken og poengene (pydantic) lastes først når en vurdering leses: vinduets startside
    # lister vurderingene uten dem, så vinduet starter raskt.
    from vurdering.domene.bank import Bank
    from vurdering.domene.vurderingsdata import Oppfolgingspunkt, Vurderingsdata

__all__ = [
    "Feltfeil",
    "Ferdig",
    "NyVurdering",
    "Vurderingsrad",
    "endre_svar",
    "er_ferdig",
    "gjenapne",
    "hent_bank",
    "hent_vurdering",
    "hent_vurderingsdata",
    "kan_endres",
    "kontroller_ny",
    "lagre_svar",
    "liste_vurderinger",
    "marker_ferdig",
    "oppfolgingspunkter",
    "opprett_vurdering",
    "sett_mal",
    "slett_vurdering",
]


class Ferdig(DatabaseFeil):
    """Vurderingen er markert som ferdig og kan bare leses til den åpnes igjen."""


# --- lese -----------------------------------------------------------------------------------


def liste_vurderinger(db: Database, *, grense: int | None = None, sok: str | None = None) -> list[Vurderingsrad]:
    """Vurderingene til startsiden og `liste`, sist endret først, med fremdrift, samlet poeng og
    runde fra nøkkeltallene (høyst `grense`, bare de som passer `sok` når det er gitt)."""
    return repo.liste_vurderinger(db, grense=grense, sok=sok)


def hent_vurdering(db: Database, vurdering_id: int) -> Vurdering:
    """Vurderingen (enhet, dato, type, status, moduler, mål, deltakere). `UkjentVurdering` om den ikke finnes."""
    return repo.hent_vurdering(db, vurdering_id)


def hent_bank(db: Database, vurdering_id: int) -> Bank:
    """Spørsmålsbanken slik den var da vurderingen ble laget."""
    return repo.hent_bank(db, vurdering_id)


def hent_vurderingsdata(
    db: Database, vurdering_id: int, sprak: str = "nb", *, med_utvikling: bool = False
) -> Vurderingsdata:
    """Vurderingen med bank, svar (også per kommune), poeng, tiltak, tekstfelt, oppfølging av forrige
    runde og enhetens prioriterte problemer med tiltakene knyttet til dem.

    Med `med_utvikling` også utviklingen over enhetens runder (rapportene trenger den; veiviseren
    og sammendraget ikke, så de slipper å lese alle rundene). Med `sprak="nn"` står bankens
    tekster på nynorsk (til visning; ingenting lagres slik).
    """
    from vurdering.domene import poeng
    from vurdering.domene.kommunesvar import PerKommune
    from vurdering.domene.vurderingsdata import Vurderingsdata
    from vurdering.lagring import problemer as problemlager
    from vurdering.tjenester.oversikt import utvikling_for_vurdering

    v = repo.hent_vurdering(db, vurdering_id)
    bank = repo.hent_bank(db, vurdering_id)
    svar = repo.hent_svar(db, vurdering_id)
    forrige = repo.forrige_vurdering(db, vurdering_id)
    per = PerKommune.lag(bank, v.kommuner, repo.hent_kommunesvar(db, vurdering_id)) if v.kommuner else PerKommune()
    return Vurderingsdata(
        vurdering=v,
        bank=bank,
        svar=svar,
        per_kommune=per,
        resultat=poeng.beregn(bank, v.moduler, svar, v.mal, per),
        tiltak=repo.hent_tiltak(db, vurdering_id),
        tekstfelt=repo.hent_tekstfelt(db, vurdering_id),
        forrige_id=forrige,
        oppfolging=oppfolgingspunkter(db, vurdering_id, forrige),
        problemer=problemlager.hent_problemer(db, vurdering_id),
        tiltak_per_problem=problemlager.tiltak_per_problem(db, vurdering_id),
        utvikling=utvikling_for_vurdering(db, vurdering_id) if med_utvikling else None,
    ).paa(sprak)


def oppfolgingspunkter(db: Database, vurdering_id: int, forrige: int | None) -> list[Oppfolgingspunkt]:
    """Tiltakene fra runden `forrige` med statusen de har fått i denne (tom uten forrige runde)."""
    from vurdering.domene.vurderingsdata import Oppfolgingspunkt

    if forrige is None:
        return []
    status = repo.hent_oppfolging(db, vurdering_id)
    ut = []
    for t in repo.hent_tiltak(db, forrige):
        s, kommentar = status.get(t.id or -1, (None, ""))
        ut.append(Oppfolgingspunkt(t, s, kommentar))
    return ut


# --- opprette -------------------------------------------------------------------------------


@dataclass(frozen=True)
class NyVurdering:
    """Det som trengs for å opprette en vurdering, slik brukeren skrev det.

    `moduler=None` gir bare de fire temaene (de er alltid med). `mal` er målnivå per modul;
    moduler uten mål får bankens standard. `dato=None` er i dag.
    """

    enhet: str
    distrikt: str
    moduler: tuple[str, ...] | None = None
    type: VurderingType | str = VurderingType.INDIVIDUELL
    dato: date | str | None = None
    mal: Mapping[str, int] = field(default_factory=dict)
    deltakere: tuple[Deltaker, ...] = ()
    sprak: str = "nb"
    kommuner: tuple[str, ...] = ()  # svar per kommune (tom: ett svar per indikator)


def kontroller_ny(bank: Bank, ny: NyVurdering) -> NyVurdering:
    """Kontroller hvert felt med sin regel og gi de rensede verdiene; første feil kastes som `Feltfeil`.

    Dialogen bruker `Feltfeil.felt` til å sette fokus på feltet som er galt.
    """
    moduler = regel.moduler(bank, ny.moduler)
    mal: dict[str, int] = {}
    for mid, verdi in ny.mal.items():
        m = mid.strip().upper()
        if m not in moduler:
            raise Feltfeil("mal", f"Mål for en modul som ikke er med: {m[:20]}.")
        mal[m] = regel.niva(verdi, "mal")
    return NyVurdering(
        enhet=regel.enhet(ny.enhet),
        distrikt=regel.distrikt(ny.distrikt),
        moduler=tuple(moduler),
        type=regel.vurderingstype(ny.type),
        dato=regel.dato(ny.dato),
        mal=mal,
        deltakere=tuple(regel.deltakere(ny.deltakere)),
        sprak=regel.sprak(ny.sprak),
        kommuner=regel.kommuner(ny.kommuner) if ny.kommuner else (),
    )


def opprett_vurdering(db: Database, bank: Bank, ny: NyVurdering) -> int:
    """Kontroller feltene og opprett en tom vurdering med `bank`; gir id-en."""
    ok = kontroller_ny(bank, ny)
    return repo.opprett_vurdering(
        db,
        bank,
        enhet=ok.enhet,
        distrikt=ok.distrikt,
        moduler=list(ok.moduler or ()),
        type=regel.vurderingstype(ok.type),
        dato=ok.dato,
        mal=ok.mal,
        deltakere=ok.deltakere,
        sprak=ok.sprak,
        kommuner=ok.kommuner,
    )


# --- status ---------------------------------------------------------------------------------


def er_ferdig(db: Database, vurdering_id: int) -> bool:
    """Om vurderingen er markert som ferdig (og bare kan leses)."""
    return repo.hent_vurdering(db, vurdering_id).status is Status.FERDIG


def kan_endres(vurdering: Vurdering, hva: str = "den") -> None:
    """Kast `Ferdig` når vurderingen er markert som ferdig. `hva` står i meldingen («svar», «mål» …)."""
    if vurdering.status is Status.FERDIG:
        raise Ferdig(f"Vurderingen er markert som ferdig. Åpne den igjen for å endre {hva}.")


def marker_ferdig(db: Database, vurdering_id: int) -> None:
    """Marker vurderingen som ferdig: den kan da bare leses til den åpnes igjen."""
    repo.sett_status(db, vurdering_id, Status.FERDIG)


def gjenapne(db: Database, vurdering_id: int) -> None:
    """Åpne en ferdig vurdering igjen, så den kan endres."""
    repo.sett_status(db, vurdering_id, Status.PAGAR)


def slett_vurdering(db: Database, vurdering_id: int) -> None:
    """Slett vurderingen for godt, med svar, tiltak og stemmer. Kan ikke angres."""
    repo.slett_vurdering(db, vurdering_id)


# --- svar -----------------------------------------------------------------------------------


def _kontroller_indikator(v: Vurdering, bank: Bank, indikator_id: str) -> str:
    """Indikatorens id (store bokstaver), når den finnes i banken og hører til en modul som er med."""
    ind = indikator_id.strip().upper()
    if not bank.har_indikator(ind):
        raise Feltfeil("indikator", f"Ukjent indikator «{indikator_id[:40]}» i denne vurderingens bank.")
    if bank.indikator(ind).modul_id not in v.moduler:
        raise Feltfeil("indikator", f"Indikatoren {ind} hører til en modul som ikke er med i vurderingen.")
    return ind


def _kontroller_svar(svar: Svar) -> Svar:
    return dataclasses.replace(
        svar,
        grunn=regel.tekst(svar.grunn, regel.GRUNN),
        kommentar=regel.tekst(svar.kommentar, regel.KOMMENTAR),
        kilde=regel.tekst(svar.kilde, regel.KILDE),
        rolle=regel.tekst(svar.rolle, regel.ROLLE),
        dissens=regel.tekst(svar.dissens, regel.DISSENS),
    )


def lagre_svar(db: Database, vurdering_id: int, svar: Svar, bank: Bank | None = None) -> str:
    """Lagre (eller erstatt) hele svaret på én indikator; gir tidspunktet som ble lagret.

    Alle feltene i `svar` lagres som de er; se `endre_svar` for å beholde feltene som ikke
    er nevnt.
    """
    v = repo.hent_vurdering(db, vurdering_id)
    bank = bank or repo.hent_bank(db, vurdering_id)
    ind = _kontroller_indikator(v, bank, svar.indikator_id)
    kan_endres(v, "svar")
    return repo.lagre_svar(db, vurdering_id, _kontroller_svar(dataclasses.replace(svar, indikator_id=ind)), bank)


def endre_svar(
    db: Database,
    vurdering_id: int,
    indikator_id: str,
    type: SvarType,
    *,
    niva: int | None = None,
    grunn: str | None = None,
    grunnlag: Grunnlag | None = None,
    kommentar: str | None = None,
    kilde: str | None = None,
    rolle: str | None = None,
) -> Svar:
    """Svar på én indikator og behold det som ikke er nevnt; gir svaret slik det ble lagret.

    Et felt som er `None`, beholder verdien fra det lagrede svaret (kommentar, kilde,
    grunnlag, rolle, begrunnelse og dissensnotat); en tom tekst tømmer feltet. Typen
    (og nivået) er alltid med.
    """
    ind = _kontroller_indikator(repo.hent_vurdering(db, vurdering_id), repo.hent_bank(db, vurdering_id), indikator_id)
    gammelt = repo.hent_svar(db, vurdering_id).get(ind)
    svar = endret_svar(
        gammelt,
        ind,
        type,
        regel.niva(niva) if type is SvarType.NIVA else None,
        grunn=grunn,
        grunnlag=grunnlag,
        kommentar=kommentar,
        kilde=kilde,
        rolle=rolle,
    )
    tid = lagre_svar(db, vurdering_id, svar)
    return dataclasses.replace(svar, oppdatert=tid)


# --- mål ------------------------------------------------------------------------------------


def sett_mal(db: Database, vurdering_id: int, mal: Mapping[str, int]) -> dict[str, int]:
    """Sett målnivå (0–4) for én eller flere moduler i vurderingen; alt eller ingenting kontrolleres først.

    Modul-id-ene kan skrives med små bokstaver. Gir målene slik de ble lagret.
    """
    v = repo.hent_vurdering(db, vurdering_id)
    nye: dict[str, int] = {}
    for mid, verdi in mal.items():
        m = mid.strip().upper()
        if m not in v.moduler:
            raise Feltfeil("mal", f"Modulen {m[:20]} er ikke med i vurderingen. Med er: {', '.join(v.moduler)}.")
        nye[m] = regel.niva(verdi, "mal")
    if not nye:
        raise Feltfeil("mal", "Ingen mål å sette.")
    kan_endres(v, "mål")
    for m, verdi in nye.items():
        repo.sett_mal(db, vurdering_id, m, verdi)
    return nye
