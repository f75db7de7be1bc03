"""Sammensatte oppslag over lagring og domene, for kommandolinjen, vinduet og rapportene."""

from __future__ import annotations

from vurdering.domene import poeng
from vurdering.domene.vurderingsdata import Oppfolgingspunkt, Vurderingsdata
from vurdering.lagring import repository as repo
from vurdering.lagring.database import Database


def hent_vurderingsdata(db: Database, vurdering_id: int, sprak: str = "nb") -> Vurderingsdata:
    """Vurderingen med bank, svar, poeng, tiltak, tekstfelt og oppfølging av forrige runde.

    Med `sprak="nn"` står bankens tekster på nynorsk (til visning; ingenting lagres slik).
    """
    v = repo.hent_vurdering(db, vurdering_id)
    bank = repo.hent_bank(db, vurdering_id)
    svar = repo.hent_svar(db, vurdering_id)
    forrige = repo.forrige_vurdering(db, vurdering_id)
    oppfolging: list[Oppfolgingspunkt] = []
    if forrige is not None:
        status = repo.hent_oppfolging(db, vurdering_id)
        for t in repo.hent_tiltak(db, forrige):
            s, kommentar = status.get(t.id or -1, (None, ""))
            oppfolging.append(Oppfolgingspunkt(t, s, kommentar))
    return Vurderingsdata(
        vurdering=v,
        bank=bank,
        svar=svar,
        resultat=poeng.beregn(bank, v.moduler, svar, v.mal),
        tiltak=repo.hent_tiltak(db, vurdering_id),
        tekstfelt=repo.hent_tekstfelt(db, vurdering_id),
        forrige_id=forrige,
        oppfolging=oppfolging,
    ).paa(sprak)
