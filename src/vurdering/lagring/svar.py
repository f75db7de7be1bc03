"""Lagring av svar og stemmer: ett svar per indikator, stemmefordelinger og stemmer per deltaker.

Hver funksjon som skriver, gjør det i sin egen transaksjon som er committet når
funksjonen returnerer. Resten av programmet bruker dem gjennom `vurdering.lagring.repository`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from vurdering.domene import feltregler
from vurdering.domene.modell import Grunnlag, Status, Svar, SvarType
from vurdering.domene.regler import Stemmer, er_niva
from vurdering.lagring import nokkeltall
from vurdering.lagring.database import Database, DatabaseFeil, UkjentVurdering, skriving
from vurdering.lagring.vurderinger import _sjekk_finnes, _tekst, na

if TYPE_CHECKING:
    from vurdering.domene.bank import Bank


# --- svar -------------------------------------------------------------------------------


_SVAR_SQL = (
    "INSERT INTO svar (vurdering_id, indikator_id, type, niva, grunn, grunnlag, kommentar, kilde, rolle, dissens, oppdatert)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
    " ON CONFLICT (vurdering_id, indikator_id) DO UPDATE SET type = excluded.type, niva = excluded.niva,"
    " grunn = excluded.grunn, grunnlag = excluded.grunnlag, kommentar = excluded.kommentar,"
    " kilde = excluded.kilde, rolle = excluded.rolle, dissens = excluded.dissens, oppdatert = excluded.oppdatert"
)


def svarrad(vurdering_id: int, svar: Svar, tid: str) -> tuple[object, ...]:
    """Raden ett svar lagres som (tekstene renset og kontrollert etter feltreglene)."""
    return (
        vurdering_id,
        svar.indikator_id,
        SvarType(svar.type).value,
        svar.niva,
        _tekst(svar.grunn, "Begrunnelsen"),
        Grunnlag(svar.grunnlag).value if svar.grunnlag else None,
        _tekst(svar.kommentar, "Kommentaren"),
        _tekst(svar.kilde, "Kildenotatet"),
        _tekst(svar.rolle, "Rollen", feltregler.ROLLE.maks),
        _tekst(svar.dissens, "Dissensnotatet"),
        tid,
    )


def skriv_svar(conn: sqlite3.Connection, rader: Iterable[tuple[object, ...]]) -> None:
    """Skriv (eller erstatt) svarrader inne i en skrivetransaksjon: den ene skriveren til tabellen `svar`."""
    conn.executemany(_SVAR_SQL, rader)


def lagre_svar(db: Database, vurdering_id: int, svar: Svar, bank: Bank | None = None) -> str:
    """Lagre (eller erstatt) ett svar i én committet transaksjon. Gir tidspunktet som ble lagret.

    Med `bank` sjekkes det at indikatoren finnes i vurderingens bank.
    """
    if bank is not None and not bank.har_indikator(svar.indikator_id):
        raise ValueError(f"Ukjent indikator: {svar.indikator_id}")
    tid = na()
    rad = svarrad(vurdering_id, svar, tid)
    with skriving(db) as conn:
        status = conn.execute("SELECT status FROM vurdering WHERE id = ?", (vurdering_id,)).fetchone()
        if status is None:
            raise UkjentVurdering(f"Fant ingen vurdering med id {vurdering_id}.")
        if status[0] == Status.FERDIG:
            raise DatabaseFeil("Vurderingen er markert som ferdig. Åpne den igjen for å endre svar.")
        skriv_svar(conn, [rad])
        conn.execute("UPDATE vurdering SET endret = ? WHERE id = ?", (tid, vurdering_id))
        nokkeltall.oppdater(conn, vurdering_id, indikatorer=[svar.indikator_id])
    return tid


def hent_svar(db: Database, vurdering_id: int) -> dict[str, Svar]:
    stemmer: dict[str, list[int]] = {}
    for r in db._les("SELECT indikator_id, niva, antall FROM stemme WHERE vurdering_id = ?", (vurdering_id,)):
        stemmer.setdefault(r["indikator_id"], [0, 0, 0, 0, 0])[r["niva"]] = r["antall"]
    ut = {}
    for r in db._les("SELECT * FROM svar WHERE vurdering_id = ?", (vurdering_id,)):
        f = stemmer.get(r["indikator_id"])
        ut[r["indikator_id"]] = Svar(
            indikator_id=r["indikator_id"],
            type=SvarType(r["type"]),
            niva=r["niva"],
            grunn=r["grunn"],
            grunnlag=Grunnlag(r["grunnlag"]) if r["grunnlag"] else None,
            kommentar=r["kommentar"],
            kilde=r["kilde"],
            oppdatert=r["oppdatert"],
            rolle=r["rolle"],
            stemmer=(f[0], f[1], f[2], f[3], f[4]) if f else None,
            dissens=r["dissens"],
        )
    return ut


def lagre_stemmer(db: Database, vurdering_id: int, indikator_id: str, fordeling: Sequence[int]) -> None:
    """Stemmefordelingen (antall per nivå 0–4) for én indikator i en samling."""
    if len(fordeling) != 5 or any(not isinstance(n, int) or n < 0 for n in fordeling):
        raise ValueError("Fordelingen må være fem ikke-negative heltall.")
    _sjekk_finnes(db, vurdering_id)
    with skriving(db) as conn:
        conn.executemany(
            "INSERT INTO stemme (vurdering_id, indikator_id, niva, antall) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (vurdering_id, indikator_id, niva) DO UPDATE SET antall = excluded.antall",
            [(vurdering_id, indikator_id, n, c) for n, c in enumerate(fordeling)],
        )


def hent_stemmer(db: Database, vurdering_id: int, indikator_id: str) -> Stemmer:
    f = [0, 0, 0, 0, 0]
    for r in db._les(
        "SELECT niva, antall FROM stemme WHERE vurdering_id = ? AND indikator_id = ?", (vurdering_id, indikator_id)
    ):
        f[r["niva"]] = r["antall"]
    return (f[0], f[1], f[2], f[3], f[4])


# --- samling: stemmer per deltaker --------------------------------------------------------

MAKS_DELTAKER = 999


def hent_alle_stemmer(db: Database, vurdering_id: int) -> dict[str, Stemmer]:
    """Stemmefordelingen for hver indikator som har stemmer (også de som ikke er besvart ennå)."""
    ut: dict[str, list[int]] = {}
    for r in db._les("SELECT indikator_id, niva, antall FROM stemme WHERE vurdering_id = ?", (vurdering_id,)):
        ut.setdefault(r["indikator_id"], [0, 0, 0, 0, 0])[r["niva"]] = r["antall"]
    return {k: (f[0], f[1], f[2], f[3], f[4]) for k, f in ut.items()}


def hent_deltakerstemmer(db: Database, vurdering_id: int, indikator_id: str) -> dict[int, int]:
    """Stemmene per anonym deltaker (nr. → nivå) for én indikator."""
    return {
        int(r["deltaker"]): int(r["niva"])
        for r in db._les(
            "SELECT deltaker, niva FROM deltakerstemme WHERE vurdering_id = ? AND indikator_id = ? ORDER BY deltaker",
            (vurdering_id, indikator_id),
        )
    }


def lagre_deltakerstemme(
    db: Database, vurdering_id: int, indikator_id: str, deltaker: int, niva: int | None
) -> Stemmer:
    """Sett (eller fjern, med `niva=None`) stemmen til deltaker nr. `deltaker`.

    Fordelingen i `stemme` justeres i samme transaksjon: den gamle stemmen trekkes fra og
    den nye legges til, så stemmer talt per nivå og stemmer per deltaker kan blandes.
    Gir den nye fordelingen.
    """
    if not isinstance(deltaker, int) or not 1 <= deltaker <= MAKS_DELTAKER:
        raise ValueError(f"Deltakernummeret må være fra 1 til {MAKS_DELTAKER}.")
    if niva is not None and not er_niva(niva):
        raise ValueError("Nivået må være et helt tall fra 0 til 4.")
    _sjekk_finnes(db, vurdering_id)
    with skriving(db) as conn:
        f = [0, 0, 0, 0, 0]
        for r in conn.execute(
            "SELECT niva, antall FROM stemme WHERE vurdering_id = ? AND indikator_id = ?", (vurdering_id, indikator_id)
        ):
            f[r[0]] = r[1]
        gammel = conn.execute(
            "SELECT niva FROM deltakerstemme WHERE vurdering_id = ? AND indikator_id = ? AND deltaker = ?",
            (vurdering_id, indikator_id, deltaker),
        ).fetchone()
        if gammel is not None:
            f[gammel[0]] = max(0, f[gammel[0]] - 1)
        if niva is None:
            conn.execute(
                "DELETE FROM deltakerstemme WHERE vurdering_id = ? AND indikator_id = ? AND deltaker = ?",
                (vurdering_id, indikator_id, deltaker),
            )
        else:
            conn.execute(
                "INSERT INTO deltakerstemme (vurdering_id, indikator_id, deltaker, niva) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (vurdering_id, indikator_id, deltaker) DO UPDATE SET niva = excluded.niva",
                (vurdering_id, indikator_id, deltaker, niva),
            )
            f[niva] += 1
        conn.executemany(
            "INSERT INTO stemme (vurdering_id, indikator_id, niva, antall) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (vurdering_id, indikator_id, niva) DO UPDATE SET antall = excluded.antall",
            [(vurdering_id, indikator_id, n, c) for n, c in enumerate(f)],
        )
    return (f[0], f[1], f[2], f[3], f[4])
