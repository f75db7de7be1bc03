"""Enhetens prioriterte problemer i databasen (tabellen `problem`, migrering 004).

Hver funksjon som skriver, gjør det i én committet transaksjon, og vurderingen merkes
som endret. Høyst `MAKS_PROBLEMER` per vurdering; en ferdig vurdering endres ikke.
"""

from __future__ import annotations

import sqlite3
from dataclasses import replace

from vurdering.domene.modell import Status
from vurdering.domene.problemer import MAKS_PROBLEMER, Problem
from vurdering.lagring.database import Database, DatabaseFeil, UkjentVurdering, skriving

SKJEMA = """
CREATE TABLE problem (
    id INTEGER PRIMARY KEY,
    vurdering_id INTEGER NOT NULL REFERENCES vurdering(id) ON DELETE CASCADE,
    rekkefolge INTEGER NOT NULL,
    tittel TEXT NOT NULL,
    begrunnelse TEXT NOT NULL DEFAULT '',
    effektmal TEXT NOT NULL DEFAULT '',
    kilde TEXT NOT NULL DEFAULT '',
    utgangsverdi REAL,
    utgangsdato TEXT NOT NULL DEFAULT '',
    malverdi REAL,
    siste_verdi REAL,
    siste_dato TEXT NOT NULL DEFAULT '',
    forrige_verdi REAL
);
CREATE INDEX problem_vurdering ON problem(vurdering_id, rekkefolge);
ALTER TABLE tiltak ADD COLUMN problem_id INTEGER REFERENCES problem(id) ON DELETE SET NULL;
"""

_FELT = (
    "tittel",
    "begrunnelse",
    "effektmal",
    "kilde",
    "utgangsverdi",
    "utgangsdato",
    "malverdi",
    "siste_verdi",
    "siste_dato",
    "forrige_verdi",
)


def _kan_endres(conn: sqlite3.Connection, vurdering_id: int) -> None:
    rad = conn.execute("SELECT status FROM vurdering WHERE id = ?", (vurdering_id,)).fetchone()
    if rad is None:
        raise UkjentVurdering(f"Fant ingen vurdering med id {vurdering_id}.")
    if rad[0] == Status.FERDIG:
        raise DatabaseFeil("Vurderingen er markert som ferdig. Åpne den igjen for å endre problemene.")


def _endret(conn: sqlite3.Connection, vurdering_id: int) -> None:
    from vurdering.lagring.repository import na

    conn.execute("UPDATE vurdering SET endret = ? WHERE id = ?", (na(), vurdering_id))


def hent_problemer(db: Database, vurdering_id: int) -> list[Problem]:
    rader = db._les(
        f"SELECT id, {', '.join(_FELT)} FROM problem WHERE vurdering_id = ? ORDER BY rekkefolge, id",
        (vurdering_id,),
    )
    return [Problem(id=int(r["id"]), **{f: r[f] for f in _FELT}) for r in rader]


def lagre_problem(db: Database, vurdering_id: int, problem: Problem) -> int:
    """Lagre et nytt problem (uten id) eller oppdater et eksisterende; gir id-en."""
    verdier = tuple(getattr(problem, f) for f in _FELT)
    with skriving(db) as conn:
        _kan_endres(conn, vurdering_id)
        if problem.id is None:
            antall = conn.execute("SELECT count(*) FROM problem WHERE vurdering_id = ?", (vurdering_id,)).fetchone()[0]
            if antall >= MAKS_PROBLEMER:
                raise ValueError(f"En vurdering kan ha høyst {MAKS_PROBLEMER} prioriterte problemer.")
            cur = conn.execute(
                f"INSERT INTO problem (vurdering_id, rekkefolge, {', '.join(_FELT)})"
                f" VALUES (?, ?, {', '.join('?' for _ in _FELT)})",
                (vurdering_id, antall, *verdier),
            )
            pid = int(cur.lastrowid or 0)
        else:
            cur = conn.execute(
                f"UPDATE problem SET {', '.join(f'{f} = ?' for f in _FELT)} WHERE id = ? AND vurdering_id = ?",
                (*verdier, problem.id, vurdering_id),
            )
            if cur.rowcount == 0:
                raise ValueError(f"Fant ikke problem {problem.id} i vurdering {vurdering_id}.")
            pid = problem.id
        _endret(conn, vurdering_id)
    return pid


def slett_problem(db: Database, vurdering_id: int, problem_id: int) -> None:
    with skriving(db) as conn:
        _kan_endres(conn, vurdering_id)
        cur = conn.execute("DELETE FROM problem WHERE id = ? AND vurdering_id = ?", (problem_id, vurdering_id))
        if cur.rowcount == 0:
            raise ValueError(f"Fant ikke problem {problem_id} i vurdering {vurdering_id}.")
        _endret(conn, vurdering_id)


def ta_med_fra(db: Database, fra_vurdering: int, til_vurdering: int) -> int:
    """Ta forrige rundes problemer med til en ny vurdering som ennå ikke har noen; gir antallet."""
    gamle = hent_problemer(db, fra_vurdering)
    with skriving(db) as conn:
        _kan_endres(conn, til_vurdering)
        if conn.execute("SELECT 1 FROM problem WHERE vurdering_id = ?", (til_vurdering,)).fetchone():
            return 0
    for p in gamle[:MAKS_PROBLEMER]:
        lagre_problem(db, til_vurdering, replace(p.til_ny_runde(), id=None))
    return len(gamle[:MAKS_PROBLEMER])


def koble_tiltak(db: Database, vurdering_id: int, tiltak_id: int, problem_id: int | None) -> None:
    """Knytt et tiltak i tiltaksplanen til et av vurderingens problemer (eller løs det)."""
    with skriving(db) as conn:
        _kan_endres(conn, vurdering_id)
        if (
            problem_id is not None
            and not conn.execute(
                "SELECT 1 FROM problem WHERE id = ? AND vurdering_id = ?", (problem_id, vurdering_id)
            ).fetchone()
        ):
            raise ValueError(f"Fant ikke problem {problem_id} i vurdering {vurdering_id}.")
        cur = conn.execute(
            "UPDATE tiltak SET problem_id = ? WHERE id = ? AND vurdering_id = ?", (problem_id, tiltak_id, vurdering_id)
        )
        if cur.rowcount == 0:
            raise ValueError(f"Fant ikke tiltak {tiltak_id} i vurdering {vurdering_id}.")
        _endret(conn, vurdering_id)


def tiltak_per_problem(db: Database, vurdering_id: int) -> dict[int, list[int]]:
    """Tiltakene (id-er) som er knyttet til hvert problem."""
    ut: dict[int, list[int]] = {}
    for r in db._les(
        "SELECT problem_id, id FROM tiltak WHERE vurdering_id = ? AND problem_id IS NOT NULL ORDER BY rekkefolge, id",
        (vurdering_id,),
    ):
        ut.setdefault(int(r[0]), []).append(int(r[1]))
    return ut
