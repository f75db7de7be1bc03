"""Brukstilfellene for tiltaksplanen og oppfølgingen av forrige runde.

Tiltak: nytt, liste, endre, sett status, slett. Oppfølging: status og kommentar i denne
runden for tiltakene fra forrige. Samme regler for vinduet og kommandolinjen; en ferdig
vurdering kan ikke endres (`Ferdig`).
"""

from __future__ import annotations

import dataclasses

from vurdering.domene import feltregler as regel
from vurdering.domene.feltregler import Feltfeil
from vurdering.domene.modell import Tiltak, TiltakStatus
from vurdering.domene.vurderingsdata import Oppfolgingspunkt
from vurdering.lagring import repository as repo
from vurdering.lagring.database import Database
from vurdering.tjenester.vurderinger import kan_endres, oppfolgingspunkter

#: Meldingen når et tiltak mangler tekst (samme i vinduet og på kommandolinjen).
MANGLER_TEKST = "Tiltaket må ha en tekst. Skriv hva som skal gjøres."


def liste_tiltak(db: Database, vurdering_id: int) -> list[Tiltak]:
    """Tiltakene i vurderingens plan, i planens rekkefølge."""
    return repo.hent_tiltak(db, vurdering_id)


def hent_tiltak(db: Database, vurdering_id: int, tiltak_id: int) -> Tiltak:
    """Ett tiltak i vurderingen; `Feltfeil` når det ikke finnes."""
    for t in repo.hent_tiltak(db, vurdering_id):
        if t.id == tiltak_id:
            return t
    raise Feltfeil("tiltak", f"Fant ikke tiltak {tiltak_id} i vurdering {vurdering_id}.")


def indikatorer(db: Database, vurdering_id: int) -> dict[str, str]:
    """Indikatorene et tiltak kan knyttes til: id → «ID tittel», for modulene som er med."""
    v = repo.hent_vurdering(db, vurdering_id)
    bank = repo.hent_bank(db, vurdering_id)
    return {ind.id: f"{ind.id} {ind.tittel}" for mid in v.moduler for ind in bank.modul(mid).indikatorer}


def kontroller_tiltak(db: Database, vurdering_id: int, tiltak: Tiltak) -> Tiltak:
    """Tiltaket med rensede felt: tekst påkrevd, frist etter datoregelen, indikator som er med."""
    tekst = regel.tekst(tiltak.tekst, regel.TILTAK).strip()
    if not tekst:
        raise Feltfeil("tiltak", MANGLER_TEKST)
    indikator = (tiltak.indikator_id or "").strip().upper() or None
    if indikator is not None and indikator not in indikatorer(db, vurdering_id):
        raise Feltfeil("indikator", f"Indikatoren {indikator[:40]} er ikke med i vurderingen.")
    return dataclasses.replace(
        tiltak,
        tekst=tekst,
        eier_rolle=regel.tekst(tiltak.eier_rolle, regel.EIER).strip(),
        frist=regel.frist(tiltak.frist),
        status=regel.tiltakstatus(tiltak.status),
        indikator_id=indikator,
        kommentar=regel.tekst(tiltak.kommentar, regel.KOMMENTAR),
    )


def nytt_tiltak(
    db: Database,
    vurdering_id: int,
    tekst: str,
    *,
    eier_rolle: str = "",
    frist: str = "",
    indikator_id: str | None = None,
    status: TiltakStatus = TiltakStatus.IKKE_STARTET,
) -> Tiltak:
    """Lagre et nytt tiltak sist i planen; gir tiltaket med id."""
    t = kontroller_tiltak(db, vurdering_id, Tiltak(tekst, eier_rolle, frist, status, indikator_id))
    kan_endres(repo.hent_vurdering(db, vurdering_id), "tiltaksplanen")
    return dataclasses.replace(t, id=repo.lagre_tiltak(db, vurdering_id, t))


def endre_tiltak(db: Database, vurdering_id: int, tiltak: Tiltak) -> Tiltak:
    """Lagre endringer i et tiltak som finnes (`tiltak.id`); gir det slik det ble lagret."""
    if tiltak.id is None:
        raise Feltfeil("tiltak", "Tiltaket har ingen id; bruk nytt_tiltak for et nytt tiltak.")
    hent_tiltak(db, vurdering_id, tiltak.id)
    t = kontroller_tiltak(db, vurdering_id, tiltak)
    kan_endres(repo.hent_vurdering(db, vurdering_id), "tiltaksplanen")
    repo.lagre_tiltak(db, vurdering_id, t)
    return t


def sett_tiltakstatus(db: Database, vurdering_id: int, tiltak_id: int, status: TiltakStatus | str) -> Tiltak:
    """Ny status for et tiltak (ikke_startet, pagar, fullfort, forkastet); gir tiltaket."""
    t = hent_tiltak(db, vurdering_id, tiltak_id)
    return endre_tiltak(db, vurdering_id, dataclasses.replace(t, status=regel.tiltakstatus(status)))


def slett_tiltak(db: Database, vurdering_id: int, tiltak_id: int) -> None:
    """Slett et tiltak fra planen."""
    hent_tiltak(db, vurdering_id, tiltak_id)
    kan_endres(repo.hent_vurdering(db, vurdering_id), "tiltaksplanen")
    repo.slett_tiltak(db, vurdering_id, tiltak_id)


# --- oppfølging av forrige runde ----------------------------------------------------------------


def forrige_runde(db: Database, vurdering_id: int) -> int | None:
    """Id-en til enhetens forrige vurdering, om det finnes en."""
    return repo.forrige_vurdering(db, vurdering_id)


def hent_oppfolging(db: Database, vurdering_id: int) -> list[Oppfolgingspunkt]:
    """Tiltakene fra forrige runde med statusen de har fått i denne (tom uten forrige runde)."""
    return oppfolgingspunkter(db, vurdering_id, repo.forrige_vurdering(db, vurdering_id))


def lagre_oppfolging(
    db: Database, vurdering_id: int, tiltak_id: int, status: TiltakStatus | str, kommentar: str = ""
) -> None:
    """Status i denne runden (og en kommentar) for et tiltak fra forrige runde."""
    forrige = repo.forrige_vurdering(db, vurdering_id)
    if forrige is None or tiltak_id not in {t.id for t in repo.hent_tiltak(db, forrige)}:
        raise Feltfeil("tiltak", f"Tiltak {tiltak_id} er ikke fra enhetens forrige runde.")
    s = regel.tiltakstatus(status)
    tekst = regel.tekst(kommentar, regel.KOMMENTAR)
    kan_endres(repo.hent_vurdering(db, vurdering_id), "oppfølgingen")
    repo.lagre_oppfolging(db, vurdering_id, tiltak_id, s, tekst)
