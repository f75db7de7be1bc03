"""Enhetene i databasen: liste, gi nytt navn og slå sammen to skrivemåter til én enhet.

En enhet er en rad i `enhet` (navn, distrikt, fast id `uuid`, sammenligningsnøkkel
`nokkel`). Å slå sammen flytter vurderingene (`vurdering.enhet_id`) til målet og sletter
den andre raden; målet beholder sin faste id, så filer som er sendt ut med den, kjennes
igjen. Nøkkelen regnes på nytt av navnet (`domene.enheter.enhetsnokkel`).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from vurdering.domene.enheter import enhetsnokkel
from vurdering.lagring.database import Database, forbindelse, kast_sqlite_feil, skriving
from vurdering.lagring.feil import DatabaseFeil


class UkjentEnhet(DatabaseFeil):
    """Ingen enhet med den id-en."""


class EnhetFinnes(DatabaseFeil):
    """Det finnes alt en enhet med det navnet i distriktet; slå dem sammen i stedet."""


@dataclass(frozen=True, slots=True)
class Enhetsinfo:
    id: int
    navn: str
    distrikt: str
    uuid: str | None
    nokkel: str
    runder: int


def liste_enheter(db: Database) -> list[Enhetsinfo]:
    """Alle enhetene med antall vurderinger, sortert på distrikt og navn."""
    try:
        rader = (
            forbindelse(db)
            .execute(
                "SELECT e.id, e.navn, e.distrikt, e.uuid, e.nokkel,"
                " (SELECT count(*) FROM vurdering v WHERE v.enhet_id = e.id) FROM enhet e"
                " ORDER BY e.distrikt, e.navn, e.id"
            )
            .fetchall()
        )
    except sqlite3.Error as e:
        kast_sqlite_feil(e, db.sti)
    return [
        Enhetsinfo(int(r[0]), str(r[1]), str(r[2]), r[3], str(r[4] or enhetsnokkel(r[1], r[2])), int(r[5]))
        for r in rader
    ]


def _hent(conn: sqlite3.Connection, enhet_id: int) -> tuple[str, str]:
    rad = conn.execute("SELECT navn, distrikt FROM enhet WHERE id = ?", (enhet_id,)).fetchone()
    if rad is None:
        raise UkjentEnhet(f"Fant ingen enhet med id {enhet_id}.")
    return str(rad[0]), str(rad[1])


def gi_nytt_navn(db: Database, enhet_id: int, navn: str) -> None:
    """Gi enheten et nytt navn (samme distrikt, samme faste id); nøkkelen regnes på nytt."""
    with skriving(db) as conn:
        gammelt, distrikt = _hent(conn, enhet_id)
        if gammelt == navn:
            return
        annen = conn.execute(
            "SELECT id FROM enhet WHERE navn = ? AND distrikt = ? AND id != ?", (navn, distrikt, enhet_id)
        ).fetchone()
        if annen is not None:
            raise EnhetFinnes(
                f"Det finnes alt en enhet «{navn}» i {distrikt}. Slå de to sammen i stedet for å gi nytt navn."
            )
        conn.execute(
            "UPDATE enhet SET navn = ?, nokkel = ? WHERE id = ?", (navn, enhetsnokkel(navn, distrikt), enhet_id)
        )


def slaa_sammen(db: Database, fra_id: int, til_id: int) -> int:
    """Flytt vurderingene fra enheten `fra_id` til `til_id` og slett `fra_id`; gir antall flyttet.

    Målet beholder navn, distrikt og fast id; nøkkelen regnes på nytt av navnet.
    """
    if fra_id == til_id:
        raise ValueError("Velg to ulike enheter for å slå sammen.")
    with skriving(db) as conn:
        _hent(conn, fra_id)
        navn, distrikt = _hent(conn, til_id)
        flyttet = conn.execute("UPDATE vurdering SET enhet_id = ? WHERE enhet_id = ?", (til_id, fra_id)).rowcount
        conn.execute("DELETE FROM enhet WHERE id = ?", (fra_id,))
        conn.execute("UPDATE enhet SET nokkel = ? WHERE id = ?", (enhetsnokkel(navn, distrikt), til_id))
    return int(flyttet)
