"""Brukstilfellene for svar per kommune: vurderingens kommuner, og svar for én kommune på én indikator.

Vinduet (`gui/veiviser/kommunesvar.py`) og kommandolinjen (`vurdering ny --kommuner`,
`vurdering svar --kommune`) kaller disse. Kommunenavnene kontrolleres mot kommunelista
(`feltregler.kommuner`), indikatoren må være merket `per_kommune` i vurderingens bank og
høre til en modul som er med, og en ferdig vurdering endres ikke. Regelen for hvordan
svarene teller, står i `domene.kommunesvar`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from typing import TYPE_CHECKING

from vurdering.domene import feltregler as regel
from vurdering.domene.feltregler import Feltfeil
from vurdering.domene.modell import Grunnlag, Svar, SvarType, Vurdering, endret_svar
from vurdering.lagring import repository as repo
from vurdering.lagring.database import Database
from vurdering.tjenester.vurderinger import kan_endres

if TYPE_CHECKING:
    from vurdering.domene.bank import Bank
    from vurdering.domene.kommunesvar import PerKommune

__all__ = [
    "endre_kommunesvar",
    "hent_kommuner",
    "kommunesvar_for",
    "lagre_kommunesvar",
    "per_kommune",
    "per_kommune_indikatorer",
    "sett_kommuner",
    "slett_kommunesvar",
]


def hent_kommuner(db: Database, vurdering_id: int) -> tuple[str, ...]:
    """Kommunene vurderingen besvares for, i rekkefølge (tom: ett svar per indikator)."""
    return repo.hent_kommuner(db, vurdering_id)


def sett_kommuner(db: Database, vurdering_id: int, navn: Iterable[str]) -> tuple[str, ...]:
    """Kontroller navnene mot kommunelista og sett dem som vurderingens kommuner; gir navnene slik de ble lagret.

    Svar for en kommune som tas ut, blir liggende og teller igjen om kommunen settes inn igjen.
    """
    kommuner = regel.kommuner(navn)
    kan_endres(repo.hent_vurdering(db, vurdering_id), "kommunene")
    repo.sett_kommuner(db, vurdering_id, kommuner)
    return kommuner


def per_kommune_indikatorer(bank: Bank, vurdering: Vurdering) -> list[str]:
    """Indikatorene i vurderingens moduler som kan besvares per kommune, i bankens rekkefølge."""
    return [
        i.id for mid in vurdering.moduler if bank.har_modul(mid) for i in bank.modul(mid).indikatorer if i.per_kommune
    ]


def per_kommune(db: Database, vurdering_id: int, bank: Bank | None = None) -> PerKommune:
    """Kommunene og svarene per kommune slik poengene og analysen bruker dem."""
    from vurdering.domene.kommunesvar import PerKommune

    bank = bank or repo.hent_bank(db, vurdering_id)
    kommuner = repo.hent_kommuner(db, vurdering_id)
    if not kommuner:
        return PerKommune()
    return PerKommune.lag(bank, kommuner, repo.hent_kommunesvar(db, vurdering_id))


def _kontroller(db: Database, vurdering_id: int, indikator_id: str, kommune: str) -> tuple[Vurdering, str, str]:
    """(vurderingen, indikator-id, kommunenavn) når svaret kan lagres; ellers `Feltfeil` eller `Ferdig`."""
    v = repo.hent_vurdering(db, vurdering_id)
    bank = repo.hent_bank(db, vurdering_id)
    ind = indikator_id.strip().upper()
    if not bank.har_indikator(ind):
        raise Feltfeil("indikator", f"Ukjent indikator «{indikator_id[:40]}» i denne vurderingens bank.")
    if bank.indikator(ind).modul_id not in v.moduler:
        raise Feltfeil("indikator", f"Indikatoren {ind} hører til en modul som ikke er med i vurderingen.")
    if not bank.indikator(ind).per_kommune:
        mulige = per_kommune_indikatorer(bank, v)
        med = f" Per kommune kan du svare på {', '.join(mulige)}." if mulige else ""
        raise Feltfeil("indikator", f"Indikatoren {ind} besvares for hele enheten, ikke per kommune.{med}")
    navn = regel.kommune_i_vurderingen(kommune, v.kommuner)
    kan_endres(v, "svar")
    return v, ind, navn


def lagre_kommunesvar(db: Database, vurdering_id: int, kommune: str, svar: Svar) -> tuple[str, Svar]:
    """Lagre (eller erstatt) hele svaret for én kommune på én indikator.

    Gir kommunen slik vurderingen skriver den («bærum» → «Bærum») og svaret slik det ble lagret.
    """
    _, ind, navn = _kontroller(db, vurdering_id, svar.indikator_id, kommune)
    rent = dataclasses.replace(
        svar,
        indikator_id=ind,
        grunn=regel.tekst(svar.grunn, regel.GRUNN),
        kommentar=regel.tekst(svar.kommentar, regel.KOMMENTAR),
        kilde=regel.tekst(svar.kilde, regel.KILDE),
        rolle="",
        stemmer=None,
        dissens="",
    )
    tid = repo.lagre_kommunesvar(db, vurdering_id, navn, rent)
    return navn, dataclasses.replace(rent, oppdatert=tid)


def endre_kommunesvar(
    db: Database,
    vurdering_id: int,
    indikator_id: str,
    kommune: str,
    type: SvarType,
    *,
    niva: int | None = None,
    grunn: str | None = None,
    grunnlag: Grunnlag | None = None,
    kommentar: str | None = None,
    kilde: str | None = None,
) -> tuple[str, Svar]:
    """Svar for én kommune og behold det som ikke er nevnt (som `vurderinger.endre_svar`).

    Gir (kommunen, svaret) som `lagre_kommunesvar`.
    """
    _, ind, navn = _kontroller(db, vurdering_id, indikator_id, kommune)
    gammelt = repo.hent_kommunesvar(db, vurdering_id).get(ind, {}).get(navn)
    svar = endret_svar(
        gammelt,
        ind,
        type,
        regel.niva(niva) if type is SvarType.NIVA else None,
        grunn=grunn,
        grunnlag=grunnlag,
        kommentar=kommentar,
        kilde=kilde,
    )
    return lagre_kommunesvar(db, vurdering_id, navn, svar)


def slett_kommunesvar(db: Database, vurdering_id: int, indikator_id: str, kommune: str) -> None:
    """Fjern svaret for én kommune, så kommunen er ubesvart på indikatoren."""
    _, ind, navn = _kontroller(db, vurdering_id, indikator_id, kommune)
    repo.slett_kommunesvar(db, vurdering_id, ind, navn)


def kommunesvar_for(db: Database, vurdering_id: int, indikator_id: str) -> list[tuple[str, Svar | None]]:
    """Svaret for hver av vurderingens kommuner på indikatoren, i vurderingens rekkefølge (None: ubesvart)."""
    ind = indikator_id.strip().upper()
    per = repo.hent_kommunesvar(db, vurdering_id).get(ind, {})
    return [(k, per.get(k)) for k in repo.hent_kommuner(db, vurdering_id)]
