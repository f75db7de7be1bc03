"""Lesing som vanlige tupler, med programmets egne SQL-funksjoner registrert.

Listen, startsiden og oversikten leser tusenvis av rader: tupler er raskere enn
`sqlite3.Row`. Enhetsregelen (`forkant_nokkel`) og søket uten hensyn til store og små
bokstaver, også æøå (`forkant_inneholder`, SQLites LIKE skiller dem), finnes i SQL.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from vurdering.domene.enheter import enhetsnokkel
from vurdering.lagring.database import Database, forbindelse, kast_sqlite_feil


def _inneholder(sok: str | None, *tekster: str | None) -> bool:
    """Søket (uten hensyn til store og små bokstaver, også æøå) finnes i en av tekstene."""
    if not sok:
        return True
    onsket = sok.casefold()
    return any(t is not None and onsket in t.casefold() for t in tekster)


def _funksjoner(conn: sqlite3.Connection) -> None:
    """Enhetsregelen i SQL for enheter uten lagret nøkkel (skal ikke skje, men gir samme svar), og søket."""
    conn.create_function("forkant_nokkel", 2, enhetsnokkel, deterministic=True)
    conn.create_function("forkant_inneholder", 3, _inneholder, deterministic=True)


def les(db: Database, sql: str, parametre: dict[str, object] | tuple[object, ...] = ()) -> list[tuple[Any, ...]]:
    """Radene som vanlige tupler; SQLite-feil blir lagringens feil (`kast_sqlite_feil`)."""
    conn = forbindelse(db)
    _funksjoner(conn)
    try:
        cur = conn.cursor()
        cur.row_factory = None
        rader: list[tuple[Any, ...]] = cur.execute(sql, parametre).fetchall()
        return rader
    except sqlite3.Error as e:
        kast_sqlite_feil(e, db.sti)


def sokeord(sok: str | None) -> str | None:
    """Søketeksten uten mellomrom rundt; None når det ikke er noe å søke på."""
    return sok.strip() if sok and sok.strip() else None
