"""Lagring av tiltaksplanen og oppfølgingen av tiltak fra en tidligere runde.

Hver funksjon som skriver, gjør det i sin egen transaksjon som er committet når
funksjonen returnerer. Resten av programmet bruker dem gjennom `vurdering.lagring.repository`.
"""

from __future__ import annotations

from datetime import date

from vurdering.domene import feltregler
from vurdering.domene.modell import Tiltak, TiltakStatus
from vurdering.lagring.database import Database, skriving
from vurdering.lagring.vurderinger import _rorte, _sjekk_finnes, _tekst, na

# --- tiltak og oppfølging ---------------------------------------------------------------


def lagre_tiltak(db: Database, vurdering_id: int, tiltak: Tiltak) -> int:
    """Nytt tiltak (uten id) eller endring av et eksisterende. Gir tiltakets id."""
    tekst = _tekst(tiltak.tekst, "Tiltaket", 5_000).strip()
    if not tekst:
        raise ValueError("Tiltaket må ha en tekst.")
    if tiltak.frist:
        date.fromisoformat(tiltak.frist)
    verdier = (
        tekst,
        _tekst(tiltak.eier_rolle, "Ansvarlig rolle", feltregler.EIER.maks),
        tiltak.frist,
        TiltakStatus(tiltak.status).value,
        tiltak.indikator_id,
        _tekst(tiltak.kommentar, "Kommentaren"),
        na(),
    )
    _sjekk_finnes(db, vurdering_id)
    with skriving(db) as conn:
        if tiltak.id is None:
            nr = conn.execute(
                "SELECT coalesce(max(rekkefolge), 0) + 1 FROM tiltak WHERE vurdering_id = ?", (vurdering_id,)
            ).fetchone()[0]
            cur = conn.execute(
                "INSERT INTO tiltak (tekst, eier_rolle, frist, status, indikator_id, kommentar, endret, vurdering_id, rekkefolge)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (*verdier, vurdering_id, nr),
            )
            tid = int(cur.lastrowid or 0)
        else:
            cur = conn.execute(
                "UPDATE tiltak SET tekst = ?, eier_rolle = ?, frist = ?, status = ?, indikator_id = ?,"
                " kommentar = ?, endret = ? WHERE vurdering_id = ? AND id = ?",
                (*verdier, vurdering_id, tiltak.id),
            )
            if cur.rowcount == 0:
                raise ValueError(f"Fant ikke tiltak {tiltak.id} i vurderingen.")
            tid = tiltak.id
        _rorte(conn, vurdering_id)
    return tid


def hent_tiltak(db: Database, vurdering_id: int) -> list[Tiltak]:
    return [
        Tiltak(
            tekst=r["tekst"],
            eier_rolle=r["eier_rolle"],
            frist=r["frist"],
            status=TiltakStatus(r["status"]),
            indikator_id=r["indikator_id"],
            id=r["id"],
            kommentar=r["kommentar"],
        )
        for r in db._les("SELECT * FROM tiltak WHERE vurdering_id = ? ORDER BY rekkefolge, id", (vurdering_id,))
    ]


def slett_tiltak(db: Database, vurdering_id: int, tiltak_id: int) -> None:
    with skriving(db) as conn:
        conn.execute("DELETE FROM tiltak WHERE vurdering_id = ? AND id = ?", (vurdering_id, tiltak_id))
        _rorte(conn, vurdering_id)


def lagre_oppfolging(
    db: Database, vurdering_id: int, tiltak_id: int, status: TiltakStatus, kommentar: str = ""
) -> None:
    """Status i denne runden for et tiltak fra en tidligere runde."""
    with skriving(db) as conn:
        conn.execute(
            "INSERT INTO oppfolging (vurdering_id, tiltak_id, status, kommentar, oppdatert) VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT (vurdering_id, tiltak_id) DO UPDATE SET status = excluded.status,"
            " kommentar = excluded.kommentar, oppdatert = excluded.oppdatert",
            (vurdering_id, tiltak_id, TiltakStatus(status).value, _tekst(kommentar, "Kommentaren"), na()),
        )
        _rorte(conn, vurdering_id)


def hent_oppfolging(db: Database, vurdering_id: int) -> dict[int, tuple[TiltakStatus, str]]:
    return {
        r["tiltak_id"]: (TiltakStatus(r["status"]), r["kommentar"])
        for r in db._les("SELECT tiltak_id, status, kommentar FROM oppfolging WHERE vurdering_id = ?", (vurdering_id,))
    }
