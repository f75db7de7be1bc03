"""Vurderingens kommuner og svarene per kommune (tabellene fra migrering 005, `domene.kommunesvar`).

`vurdering_kommune` er kommunene en vurdering besvares for, i rekkefølge; `kommunesvar`
har ett svar per (indikator, kommune). Tabellen `svar` er urørt, så en vurdering uten
kommuner leses og regnes som før. Svar for en kommune som tas ut av vurderingen, blir
liggende (de teller ikke, men kommer tilbake om kommunen settes inn igjen): ingenting går tapt.

Hver funksjon som skriver, gjør det i én committet transaksjon og oppdaterer nøkkeltallene.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import replace

from vurdering.domene.modell import Grunnlag, Status, Svar, SvarType
from vurdering.lagring import nokkeltall
from vurdering.lagring.database import Database, DatabaseFeil, UkjentVurdering, forbindelse, skriving
from vurdering.lagring.feil import kast_sqlite_feil

SKJEMA = """
CREATE TABLE vurdering_kommune (
    vurdering_id INTEGER NOT NULL REFERENCES vurdering(id) ON DELETE CASCADE,
    kommune TEXT NOT NULL,
    rekkefolge INTEGER NOT NULL,
    PRIMARY KEY (vurdering_id, kommune)
);
CREATE TABLE kommunesvar (
    vurdering_id INTEGER NOT NULL REFERENCES vurdering(id) ON DELETE CASCADE,
    indikator_id TEXT NOT NULL,
    kommune TEXT NOT NULL,
    type TEXT NOT NULL CHECK (type IN ('niva', 'vet_ikke', 'ikke_relevant')),
    niva INTEGER CHECK (niva BETWEEN 0 AND 4),
    grunn TEXT NOT NULL DEFAULT '',
    grunnlag TEXT CHECK (grunnlag IN ('dokumentert', 'erfart', 'antatt')),
    kommentar TEXT NOT NULL DEFAULT '',
    kilde TEXT NOT NULL DEFAULT '',
    oppdatert TEXT NOT NULL,
    PRIMARY KEY (vurdering_id, indikator_id, kommune),
    CHECK ((type = 'niva') = (niva IS NOT NULL))
);
"""

MAKS_KOMMUNER = 400  # flere enn landet har; en grense mot urimelige filer


def _tekst(verdi: str, felt: str, maks: int = 100_000) -> str:
    from vurdering.lagring.vurderinger import _tekst as rens

    return rens(verdi, felt, maks)


def _kan_endres(conn: sqlite3.Connection, vurdering_id: int) -> None:
    rad = conn.execute("SELECT status FROM vurdering WHERE id = ?", (vurdering_id,)).fetchone()
    if rad is None:
        raise UkjentVurdering(f"Fant ingen vurdering med id {vurdering_id}.")
    if rad[0] == Status.FERDIG:
        raise DatabaseFeil("Vurderingen er markert som ferdig. Åpne den igjen for å endre svar.")


def _rorte(conn: sqlite3.Connection, vurdering_id: int, tid: str) -> None:
    conn.execute("UPDATE vurdering SET endret = ? WHERE id = ?", (tid, vurdering_id))
    nokkeltall.oppdater(conn, vurdering_id)


# --- lese -----------------------------------------------------------------------------------


def les_kommuner(conn: sqlite3.Connection, vurdering_id: int) -> tuple[str, ...]:
    """Vurderingens kommuner i rekkefølge (inne i en transaksjon)."""
    return tuple(
        str(r[0])
        for r in conn.execute(
            "SELECT kommune FROM vurdering_kommune WHERE vurdering_id = ? ORDER BY rekkefolge", (vurdering_id,)
        )
    )


def _svar_fra_rad(r: Sequence[object]) -> Svar:
    ind, typ, niva, grunn, grunnlag, kommentar, kilde, oppdatert = r
    return Svar(
        indikator_id=str(ind),
        type=SvarType(str(typ)),
        niva=None if niva is None else int(str(niva)),
        grunn=str(grunn),
        grunnlag=Grunnlag(str(grunnlag)) if grunnlag else None,
        kommentar=str(kommentar),
        kilde=str(kilde),
        oppdatert=str(oppdatert),
    )


def les_kommunesvar(conn: sqlite3.Connection, vurdering_id: int) -> dict[str, dict[str, Svar]]:
    """Alle svar per kommune: indikator-id → kommune → svar (inne i en transaksjon)."""
    ut: dict[str, dict[str, Svar]] = {}
    for r in conn.execute(
        "SELECT kommune, indikator_id, type, niva, grunn, grunnlag, kommentar, kilde, oppdatert"
        " FROM kommunesvar WHERE vurdering_id = ? ORDER BY indikator_id",
        (vurdering_id,),
    ):
        ut.setdefault(str(r[1]), {})[str(r[0])] = _svar_fra_rad(tuple(r)[1:])
    return ut


def hent_kommuner(db: Database, vurdering_id: int) -> tuple[str, ...]:
    """Kommunene vurderingen besvares for, i rekkefølge (tom: ett svar per indikator)."""
    return tuple(
        str(r[0])
        for r in db._les(
            "SELECT kommune FROM vurdering_kommune WHERE vurdering_id = ? ORDER BY rekkefolge", (vurdering_id,)
        )
    )


def hent_kommunesvar(db: Database, vurdering_id: int) -> dict[str, dict[str, Svar]]:
    """Alle svar per kommune: indikator-id → kommune → svar (også for kommuner tatt ut av vurderingen)."""
    try:
        return les_kommunesvar(forbindelse(db), vurdering_id)
    except sqlite3.Error as e:
        kast_sqlite_feil(e, db.sti)


# --- skrive ---------------------------------------------------------------------------------


def sett_kommuner(db: Database, vurdering_id: int, kommuner: Sequence[str]) -> None:
    """Sett vurderingens kommuner (erstatter lista); svar for kommuner som tas ut, blir liggende."""
    if len(kommuner) > MAKS_KOMMUNER:
        raise ValueError(f"En vurdering kan ha høyst {MAKS_KOMMUNER} kommuner.")
    if len({k.casefold() for k in kommuner}) != len(kommuner):
        raise ValueError("Samme kommune står to ganger.")
    rene = [_tekst(k, "Kommunen", 200).strip() for k in kommuner]
    if any(not k for k in rene):
        raise ValueError("En kommune må ha et navn.")
    from vurdering.lagring.vurderinger import na

    with skriving(db) as conn:
        _kan_endres(conn, vurdering_id)
        conn.execute("DELETE FROM vurdering_kommune WHERE vurdering_id = ?", (vurdering_id,))
        conn.executemany(
            "INSERT INTO vurdering_kommune (vurdering_id, kommune, rekkefolge) VALUES (?, ?, ?)",
            [(vurdering_id, k, i) for i, k in enumerate(rene)],
        )
        _rorte(conn, vurdering_id, na())


_SQL = (
    "INSERT INTO kommunesvar (vurdering_id, indikator_id, kommune, type, niva, grunn, grunnlag, kommentar, kilde,"
    " oppdatert) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
    " ON CONFLICT (vurdering_id, indikator_id, kommune) DO UPDATE SET type = excluded.type, niva = excluded.niva,"
    " grunn = excluded.grunn, grunnlag = excluded.grunnlag, kommentar = excluded.kommentar,"
    " kilde = excluded.kilde, oppdatert = excluded.oppdatert"
)


def _rad(vurdering_id: int, kommune: str, svar: Svar, tid: str) -> tuple[object, ...]:
    return (
        vurdering_id,
        svar.indikator_id,
        kommune,
        SvarType(svar.type).value,
        svar.niva,
        _tekst(svar.grunn, "Begrunnelsen"),
        Grunnlag(svar.grunnlag).value if svar.grunnlag else None,
        _tekst(svar.kommentar, "Kommentaren"),
        _tekst(svar.kilde, "Kildenotatet"),
        svar.oppdatert or tid,
    )


def lagre_kommunesvar(db: Database, vurdering_id: int, kommune: str, svar: Svar) -> str:
    """Lagre (eller erstatt) svaret for én kommune på én indikator; gir tidspunktet som ble lagret.

    Kommunen må være en av vurderingens kommuner (indikatoren kontrolleres av brukstilfellet).
    """
    from vurdering.lagring.vurderinger import na

    tid = na()
    with skriving(db) as conn:
        _kan_endres(conn, vurdering_id)
        if kommune not in les_kommuner(conn, vurdering_id):
            raise ValueError(f"Kommunen «{kommune}» er ikke med i vurderingen.")
        conn.execute(_SQL, _rad(vurdering_id, kommune, replace(svar, oppdatert=tid), tid))
        _rorte(conn, vurdering_id, tid)
    return tid


def slett_kommunesvar(db: Database, vurdering_id: int, indikator_id: str, kommune: str) -> None:
    """Fjern svaret for én kommune (kommunen blir ubesvart på indikatoren)."""
    from vurdering.lagring.vurderinger import na

    with skriving(db) as conn:
        _kan_endres(conn, vurdering_id)
        conn.execute(
            "DELETE FROM kommunesvar WHERE vurdering_id = ? AND indikator_id = ? AND kommune = ?",
            (vurdering_id, indikator_id, kommune),
        )
        _rorte(conn, vurdering_id, na())


def lagre_importerte(
    db: Database, vurdering_id: int, kommuner: Sequence[str], svar: Iterable[tuple[str, Svar]]
) -> None:
    """Kommunene og svarene per kommune (kommune, svar) fra en fil, med svarenes egne tidspunkter."""
    from vurdering.lagring.vurderinger import na

    tid = na()
    with skriving(db) as conn:
        conn.executemany(
            "INSERT INTO vurdering_kommune (vurdering_id, kommune, rekkefolge) VALUES (?, ?, ?)",
            [(vurdering_id, _tekst(k, "Kommunen", 200), i) for i, k in enumerate(kommuner)],
        )
        conn.executemany(_SQL, [_rad(vurdering_id, k, s, tid) for k, s in svar])
        nokkeltall.oppdater(conn, vurdering_id)
