"""Skrivingen av importerte vurderinger: små offentlige funksjoner som importen kaller.

Hver funksjon skriver i `db.transaksjon()`; kalt inne i importens ytre transaksjon blir
de savepoints, så en import av mange filer er én transaksjon (alt eller ingenting), og
en fil som hoppes over, rulles tilbake alene. Tekstfeltene renses med repositoryets regel.
Enhetens faste id (`enhet.uuid`, migrering 003) lages her første gang den trengs.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache

from vurdering.domene.bank import Bank
from vurdering.domene.forkantfil import MAKS_KORT, MAKS_TILTAK, kanonisk_uuid, ny_id
from vurdering.domene.modell import Deltaker, Svar, Tiltak, TiltakStatus
from vurdering.domene.problemer import Problem
from vurdering.lagring import nokkeltall
from vurdering.lagring import svar as lagret_svar
from vurdering.lagring.database import Database, UkjentVurdering, skriving
from vurdering.lagring.repository import _tekst as _rens  # én regel for tekstfelt (kontrolltegn og lengde)
from vurdering.lagring.repository import na

# --- bank ---------------------------------------------------------------------------------


def kjente_sjekksummer(db: Database) -> set[str]:
    """Sjekksummene til bankene som er lagret i databasen."""
    return {str(r[0]) for r in db._les("SELECT sjekksum FROM bank")}


@lru_cache(maxsize=16)
def _bank_fra_json(sjekksum: str, innhold: str) -> Bank:
    return Bank.fra_json(innhold)


def bank_med_sjekksum(db: Database, sjekksum: str) -> Bank | None:
    """Banken med denne sjekksummen når den er lagret i databasen."""
    rader = db._les("SELECT innhold FROM bank WHERE sjekksum = ?", (sjekksum,))
    return _bank_fra_json(sjekksum, str(rader[0][0])) if rader else None


def lagre_bank(db: Database, bank: Bank, sjekksum: str) -> int:
    """Bankens rad (den lagres bare når den ikke finnes); `sjekksum` er `bank_sjekksum(bank)`."""
    with skriving(db) as conn:
        rad = conn.execute("SELECT id FROM bank WHERE sjekksum = ?", (sjekksum,)).fetchone()
        if rad:
            return int(rad[0])
        cur = conn.execute(
            "INSERT INTO bank (bank_id, versjon, sjekksum, innhold) VALUES (?, ?, ?, ?)",
            (bank.id, bank.versjon, sjekksum, bank.til_json()),
        )
        return int(cur.lastrowid or 0)


# --- id-er ----------------------------------------------------------------------------------


def _former(uuid: str) -> tuple[str, ...]:
    """Den kanoniske formen og formene eldre importer kan ha lagret (uten streker, {…})."""
    k = kanonisk_uuid(uuid) or uuid.strip().lower()
    return (k, k.replace("-", ""), "{" + k + "}", "urn:uuid:" + k)


def finn_vurdering_med_uuid(db: Database, uuid: str) -> int | None:
    """Vurderingen med denne id-en, uansett skrivemåte (store bokstaver, streker, klammer)."""
    former = _former(uuid)
    rader = db._les(f"SELECT id FROM vurdering WHERE uuid IN ({', '.join('?' * len(former))})", former)
    return int(rader[0][0]) if rader else None


def enhetens_uuid(db: Database, enhet_id: int) -> str:
    """Enhetens faste id; lages og lagres første gang den trengs."""
    rader = db._les("SELECT uuid FROM enhet WHERE id = ?", (enhet_id,))
    if not rader:
        raise UkjentVurdering(f"Fant ingen enhet med id {enhet_id}.")
    if rader[0][0]:
        return kanonisk_uuid(str(rader[0][0])) or str(rader[0][0])
    with skriving(db) as conn:
        conn.execute("UPDATE enhet SET uuid = ? WHERE id = ? AND uuid IS NULL", (ny_id(), enhet_id))
        verdi = conn.execute("SELECT uuid FROM enhet WHERE id = ?", (enhet_id,)).fetchone()[0]
    return str(verdi)


def finn_eller_opprett_enhet_med_id(db: Database, navn: str, distrikt: str, uuid: str | None) -> int:
    """Enheten med denne faste id-en, ellers den med samme navn og distrikt, ellers en ny.

    En enhet uten fast id får id-en fra filen, så den følger enheten videre.
    """
    navn = _rens(navn, "Enhetens navn", MAKS_KORT).strip()
    if not navn:
        raise ValueError("Enheten må ha et navn.")
    uuid = kanonisk_uuid(uuid) if uuid else None
    with skriving(db) as conn:
        if uuid is not None:
            rad = conn.execute("SELECT id FROM enhet WHERE uuid = ?", (uuid,)).fetchone()
            if rad:
                return int(rad[0])
        conn.execute("INSERT OR IGNORE INTO enhet (navn, distrikt) VALUES (?, ?)", (navn, distrikt))
        enhet_id = int(
            conn.execute("SELECT id FROM enhet WHERE navn = ? AND distrikt = ?", (navn, distrikt)).fetchone()[0]
        )
        if uuid is not None:
            conn.execute("UPDATE enhet SET uuid = ? WHERE id = ? AND uuid IS NULL", (uuid, enhet_id))
        nokkeltall.merk_enhet(conn, enhet_id)
    return enhet_id


# --- vurderingen ------------------------------------------------------------------------------


def opprett_importert_vurdering(
    db: Database,
    *,
    enhet_id: int,
    bank_ref: int,
    uuid: str,
    dato: str,
    type: str,
    status: str,
    sprak: str,
    tekstfelt: Mapping[str, str],
    opprettet: str,
    endret: str,
    moduler: Sequence[tuple[str, int]],
    deltakere: Iterable[Deltaker],
) -> int:
    """En vurdering slik filen beskriver den (tidspunkter og id bevares); gir id-en.

    `tekstfelt` har nøklene `merking`, `konklusjon`, `signatur_navn`, `signatur_rolle`, `signatur_dato`.
    """
    with skriving(db) as conn:
        cur = conn.execute(
            "INSERT INTO vurdering (enhet_id, bank_ref, dato, type, status, sprak, merking, konklusjon,"
            " signatur_navn, signatur_rolle, signatur_dato, opprettet, endret, uuid)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                enhet_id,
                bank_ref,
                dato,
                type,
                status,
                sprak,
                *(
                    _rens(tekstfelt.get(f, ""), f)
                    for f in ("merking", "konklusjon", "signatur_navn", "signatur_rolle", "signatur_dato")
                ),
                opprettet,
                endret,
                kanonisk_uuid(uuid) or uuid,
            ),
        )
        vid = int(cur.lastrowid or 0)
        conn.executemany(
            "INSERT INTO vurdering_modul (vurdering_id, modul_id, mal, rekkefolge) VALUES (?, ?, ?, ?)",
            [(vid, m, mal, i) for i, (m, mal) in enumerate(moduler)],
        )
        conn.executemany(
            "INSERT INTO deltaker (vurdering_id, rolle, navn) VALUES (?, ?, ?)",
            [(vid, _rens(d.rolle, "Rolle", MAKS_KORT), _rens(d.navn, "Navn", MAKS_KORT)) for d in deltakere],
        )
        nokkeltall.oppdater(conn, vid)
    return vid


def lagre_importerte_svar(db: Database, vurdering_id: int, svar: Iterable[Svar]) -> None:
    """Svarene med sine egne tidspunkter, skrevet med svarlagringens egen rad og SQL."""
    tid = na()
    with skriving(db) as conn:
        lagret_svar.skriv_svar(conn, [lagret_svar.svarrad(vurdering_id, s, s.oppdatert or tid) for s in svar])
        nokkeltall.oppdater(conn, vurdering_id)


def lagre_stemmefordelinger(
    db: Database,
    vurdering_id: int,
    fordelinger: Mapping[str, Sequence[int]],
    deltakerstemmer: Mapping[str, Mapping[int, int]],
) -> None:
    """Stemmefordelinger (indikator → antall per nivå 0–4) og stemmene per anonym deltaker."""
    with skriving(db) as conn:
        conn.executemany(
            "INSERT INTO stemme (vurdering_id, indikator_id, niva, antall) VALUES (?, ?, ?, ?)",
            [(vurdering_id, ind, n, c) for ind, f in fordelinger.items() for n, c in enumerate(f)],
        )
        conn.executemany(
            "INSERT INTO deltakerstemme (vurdering_id, indikator_id, deltaker, niva) VALUES (?, ?, ?, ?)",
            [(vurdering_id, ind, nr, n) for ind, d in deltakerstemmer.items() for nr, n in d.items()],
        )


def lagre_importerte_tiltak(db: Database, vurdering_id: int, tiltak: Iterable[Tiltak]) -> None:
    """Tiltaksplanen i rekkefølge."""
    tid = na()
    rader = [
        (
            vurdering_id,
            _rens(t.tekst, "Tiltaket", MAKS_TILTAK),
            _rens(t.eier_rolle, "Ansvarlig rolle", MAKS_KORT),
            t.frist,
            TiltakStatus(t.status).value,
            t.indikator_id,
            _rens(t.kommentar, "Kommentaren"),
            nr,
            tid,
        )
        for nr, t in enumerate(tiltak, 1)
    ]
    with skriving(db) as conn:
        conn.executemany(
            "INSERT INTO tiltak (vurdering_id, tekst, eier_rolle, frist, status, indikator_id, kommentar, rekkefolge,"
            " endret) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rader,
        )


def lagre_importerte_problemer(db: Database, vurdering_id: int, problemer: Sequence[Problem]) -> list[int]:
    """Enhetens prioriterte problemer i filens rekkefølge; gir de nye id-ene (også for en ferdig vurdering)."""
    from vurdering.lagring.problemer import _FELT

    ider: list[int] = []
    with skriving(db) as conn:
        for nr, p in enumerate(problemer):
            cur = conn.execute(
                f"INSERT INTO problem (vurdering_id, rekkefolge, {', '.join(_FELT)})"
                f" VALUES (?, ?, {', '.join('?' for _ in _FELT)})",
                (vurdering_id, nr, *(getattr(p, f) for f in _FELT)),
            )
            ider.append(int(cur.lastrowid or 0))
    return ider


def koble_importerte_tiltak(db: Database, vurdering_id: int, problem_for_tiltak: Mapping[int, int]) -> None:
    """Knytt tiltak nr. (1, 2 … i tiltaksplanens rekkefølge) til problemet med den id-en."""
    with skriving(db) as conn:
        conn.executemany(
            "UPDATE tiltak SET problem_id = ? WHERE vurdering_id = ? AND rekkefolge = ?",
            [(pid, vurdering_id, nr) for nr, pid in problem_for_tiltak.items()],
        )


def lagre_importerte_kommunesvar(
    db: Database, vurdering_id: int, kommuner: Sequence[str], svar: Iterable[tuple[str, Svar]]
) -> None:
    """Vurderingens kommuner og svarene per kommune (kommune, svar) med sine egne tidspunkter."""
    from vurdering.lagring import kommunesvar

    kommunesvar.lagre_importerte(db, vurdering_id, kommuner, svar)
