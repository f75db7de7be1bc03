"""Brukstilfeller for enhetens prioriterte problemer: registrere, oppdatere verdien, ta med videre.

Vinduet og kommandolinjen bruker de samme funksjonene; reglene står i
`domene.problemer`, lagringen i `lagring.problemer`.
"""

from __future__ import annotations

from dataclasses import replace

from vurdering.domene.problemer import Problem
from vurdering.lagring import problemer as lager
from vurdering.lagring import repository as repo
from vurdering.lagring.database import Database


def hent(db: Database, vurdering_id: int) -> list[Problem]:
    repo.hent_vurdering(db, vurdering_id)  # ukjent id gir en tydelig feil
    return lager.hent_problemer(db, vurdering_id)


def finn(db: Database, vurdering_id: int, problem_id: int) -> Problem:
    for p in hent(db, vurdering_id):
        if p.id == problem_id:
            return p
    raise ValueError(f"Fant ikke problem {problem_id} i vurdering {vurdering_id}.")


def lagre(db: Database, vurdering_id: int, problem: Problem) -> int:
    """Nytt problem (uten id) eller endret problem; gir id-en."""
    return lager.lagre_problem(db, vurdering_id, problem)


def sett_verdi(db: Database, vurdering_id: int, problem_id: int, verdi: float | None, dato: str = "") -> Problem:
    """Registrer siste målte verdi (med dato) for et problem."""
    ny = replace(finn(db, vurdering_id, problem_id), siste_verdi=verdi, siste_dato=dato)
    lager.lagre_problem(db, vurdering_id, ny)
    return ny


def slett(db: Database, vurdering_id: int, problem_id: int) -> None:
    lager.slett_problem(db, vurdering_id, problem_id)


def ta_med_fra_forrige_runde(db: Database, vurdering_id: int) -> int:
    """Forrige rundes problemer tas med til en ny vurdering (ny verdi etterspørres); gir antallet."""
    forrige = repo.forrige_vurdering(db, vurdering_id)
    if forrige is None:
        return 0
    return lager.ta_med_fra(db, forrige, vurdering_id)


def koble_tiltak(db: Database, vurdering_id: int, tiltak_id: int, problem_id: int | None) -> None:
    lager.koble_tiltak(db, vurdering_id, tiltak_id, problem_id)


def tiltak_per_problem(db: Database, vurdering_id: int) -> dict[int, list[int]]:
    return lager.tiltak_per_problem(db, vurdering_id)
