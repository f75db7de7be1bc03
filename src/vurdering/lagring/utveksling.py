"""Eksport og import av .forkant-filer (formatet står i `vurdering.domene.utveksling`).

Eksporten leser én vurdering med bankøyeblikksbildet, svar, stemmer og tiltak og skriver
filen atomisk (midlertidig fil, så `os.replace`). Importen sjekker alle filene først
(kjent bank, ikke importert før, ingen fil to ganger) og skriver dem så i ÉN transaksjon:
går noe galt, er ingenting skrevet. Hver vurdering får en fast UUID ved første eksport;
den følger filen og avslører en dobbel import.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from pydantic import ValidationError

from vurdering import __version__
from vurdering.domene import distrikter
from vurdering.domene.bank import Bank
from vurdering.domene.utveksling import (
    FilDeltaker,
    FilDeltakerstemme,
    FilModul,
    FilSignatur,
    FilStemmer,
    FilSvar,
    FilTiltak,
    FilVurdering,
    Forkantfil,
    UtvekslingFeil,
    bank_sjekksum,
    ny_id,
    til_bytes,
)
from vurdering.lagring import nokkeltall
from vurdering.lagring import repository as repo
from vurdering.lagring.database import Database, UkjentVurdering, forbindelse, skriving
from vurdering.plattform.filer import FilFeil, skriv_atomisk


def program_navn() -> str:
    return f"Forkant {__version__}"


# --- id ---------------------------------------------------------------------------------------


def vurderingens_uuid(db: Database, vurdering_id: int) -> str:
    """Vurderingens faste id i filer; lages og lagres første gang den trengs."""
    rader = db._les("SELECT uuid FROM vurdering WHERE id = ?", (vurdering_id,))
    if not rader:
        raise UkjentVurdering(f"Fant ingen vurdering med id {vurdering_id}.")
    if rader[0][0]:
        return str(rader[0][0])
    ny = ny_id()
    with skriving(db) as conn:
        conn.execute("UPDATE vurdering SET uuid = ? WHERE id = ? AND uuid IS NULL", (ny, vurdering_id))
        verdi = conn.execute("SELECT uuid FROM vurdering WHERE id = ?", (vurdering_id,)).fetchone()[0]
    return str(verdi)


def finn_uuid(db: Database, uuid: str) -> int | None:
    """Vurderingen i databasen med denne id-en, om den finnes."""
    rader = db._les("SELECT id FROM vurdering WHERE uuid = ?", (uuid.lower(),))
    return int(rader[0][0]) if rader else None


# --- eksport ----------------------------------------------------------------------------------


def lag_fil(db: Database, vurdering_id: int) -> Forkantfil:
    """Vurderingen med alt som hører til, som innholdet i en .forkant-fil."""
    v = repo.hent_vurdering(db, vurdering_id)
    bank = repo.hent_bank(db, vurdering_id)
    svar = repo.hent_svar(db, vurdering_id)
    tekst = repo.hent_tekstfelt(db, vurdering_id)
    endret = db._les("SELECT endret FROM vurdering WHERE id = ?", (vurdering_id,))[0][0]
    fordelinger = repo.hent_alle_stemmer(db, vurdering_id)
    per_deltaker: dict[str, list[FilDeltakerstemme]] = {}
    for r in db._les(
        "SELECT indikator_id, deltaker, niva FROM deltakerstemme WHERE vurdering_id = ? ORDER BY indikator_id, deltaker",
        (vurdering_id,),
    ):
        per_deltaker.setdefault(r[0], []).append(FilDeltakerstemme(deltaker=r[1], niva=r[2]))
    rekkefolge = {i.id: n for n, i in enumerate(i for m in bank.moduler for i in m.indikatorer)}
    try:
        return Forkantfil(
            format="forkant",
            versjon=1,
            id=vurderingens_uuid(db, vurdering_id),
            laget=repo.na(),
            program=program_navn(),
            vurdering=FilVurdering(
                enhet=v.enhet.navn,
                distrikt=v.enhet.distrikt,
                dato=v.dato,
                type=v.type.value,
                status=v.status.value,
                sprak=v.sprak if v.sprak in ("nb", "nn") else "nb",  # type: ignore[arg-type]
                merking=tekst["merking"],
                konklusjon=tekst["konklusjon"],
                signatur=FilSignatur(
                    navn=tekst["signatur_navn"], rolle=tekst["signatur_rolle"], dato=tekst["signatur_dato"]
                ),
                opprettet=v.opprettet,
                endret=endret,
                moduler=[FilModul(id=m, mal=v.mal[m]) for m in v.moduler],
                deltakere=[FilDeltaker(rolle=d.rolle, navn=d.navn) for d in v.deltakere],
            ),
            svar=[
                FilSvar.fra_svar(s)
                for s in sorted(svar.values(), key=lambda s: rekkefolge.get(s.indikator_id, len(rekkefolge)))
            ],
            stemmer=[
                FilStemmer(indikator=ind, fordeling=list(f), deltakere=per_deltaker.get(ind, []))
                for ind, f in sorted(fordelinger.items(), key=lambda x: rekkefolge.get(x[0], len(rekkefolge)))
            ],
            tiltak=[
                FilTiltak(
                    tekst=t.tekst,
                    eier_rolle=t.eier_rolle,
                    frist=t.frist,
                    status=t.status.value,
                    indikator=t.indikator_id,
                    kommentar=t.kommentar,
                )
                for t in repo.hent_tiltak(db, vurdering_id)
            ],
            bank=bank,
        )
    except ValidationError as e:
        raise UtvekslingFeil([f"Vurdering {vurdering_id} kan ikke eksporteres: {e.errors()[0]['msg']}"]) from None


def skriv_fil(fil: Forkantfil, sti: Path | str) -> Path:
    """Skriv filen atomisk: en halvskrevet fil blir aldri liggende under det endelige navnet."""
    sti = Path(sti)
    if sti.is_dir():
        raise UtvekslingFeil([f"{sti} er en mappe; oppgi et filnavn, for eksempel vurdering.forkant."])
    try:
        return skriv_atomisk(sti, til_bytes(fil))
    except FilFeil as e:
        raise UtvekslingFeil([f"{e} Filen ble ikke skrevet."]) from None


def eksporter(db: Database, vurdering_id: int, sti: Path | str) -> Path:
    """Skriv vurderingen til en .forkant-fil; gir stien."""
    return skriv_fil(lag_fil(db, vurdering_id), sti)


# --- import -----------------------------------------------------------------------------------


def _kjente_sjekksummer(db: Database) -> set[str]:
    return {str(r[0]) for r in db._les("SELECT sjekksum FROM bank")}


def sjekk_bank(db: Database, navn: str, fil: Forkantfil, kjente_banker: Sequence[Bank]) -> str | None:
    """Feilmeldingen når filens bank verken er en kjent bank eller allerede i databasen."""
    sjekksum = fil.bank_sjekksum
    if sjekksum in _kjente_sjekksummer(db) or any(bank_sjekksum(b) == sjekksum for b in kjente_banker):
        return None
    b = fil.bank
    samme_versjon = any((k.id, k.versjon) == (b.id, b.versjon) for k in kjente_banker)
    if samme_versjon:
        return (
            f"{navn}: spørsmålsbanken i filen («{b.id}» versjon {b.versjon}) er endret og er ikke lik "
            "banken med samme versjon i Forkant. Filen er ikke importert."
        )
    kjente = ", ".join(sorted({f"{k.id} {k.versjon}" for k in kjente_banker})) or "ingen"
    return (
        f"{navn}: er laget med spørsmålsbanken «{b.id}» versjon {b.versjon}, som denne Forkant ikke har "
        f"(kjent: {kjente}). Bruk en Forkant med samme bankversjon, eller be om en ny fil."
    )


def sjekk_import(db: Database, filer: Sequence[tuple[str, Forkantfil]], kjente_banker: Sequence[Bank]) -> list[str]:
    """Alt som hindrer importen: ukjent bank, dobbel import, samme fil to ganger."""
    feil: list[str] = []
    sett: dict[str, str] = {}
    for navn, fil in filer:
        uuid = fil.id.lower()
        finnes = finn_uuid(db, uuid)
        if finnes is not None:
            v = repo.hent_vurdering(db, finnes)
            feil.append(
                f"{navn}: vurderingen er allerede i databasen (id {finnes}, {v.enhet.navn}, {v.dato}). "
                "Den er ikke importert på nytt."
            )
        if uuid in sett:
            feil.append(f"{navn}: er den samme vurderingen som {sett[uuid]}; den kan bare importeres én gang.")
        sett.setdefault(uuid, navn)
        bankfeil = sjekk_bank(db, navn, fil, kjente_banker)
        if bankfeil:
            feil.append(bankfeil)
    return feil


def importer(db: Database, filer: Sequence[tuple[str, Forkantfil]], kjente_banker: Sequence[Bank]) -> list[int]:
    """Importer filene (navn, innhold) i én transaksjon; gir de nye vurderingenes id-er.

    Kaster `UtvekslingFeil` (ingenting skrevet) når en fil ikke kan importeres.
    """
    feil = sjekk_import(db, filer, kjente_banker)
    if feil:
        raise UtvekslingFeil([*feil, "Ingen filer ble importert."] if len(filer) > 1 else feil)
    ids: list[int] = []
    try:
        with db.transaksjon():
            for navn, fil in filer:
                ids.append(_skriv(db, navn, fil))
    except ValueError as e:
        raise UtvekslingFeil([f"Importen ble avbrutt ({e}); ingenting ble skrevet."]) from None
    return ids


def _skriv(db: Database, navn: str, fil: Forkantfil) -> int:
    """Skriv én vurdering; kalles inne i importens transaksjon."""
    conn = forbindelse(db)
    v = fil.vurdering
    distrikt = distrikter.finn(v.distrikt) or v.distrikt
    enhet = repo._tekst(v.enhet, "Enhetens navn", 200).strip()
    if not enhet:
        raise ValueError(f"{navn}: enheten mangler navn")
    conn.execute("INSERT OR IGNORE INTO enhet (navn, distrikt) VALUES (?, ?)", (enhet, distrikt))
    enhet_id = conn.execute("SELECT id FROM enhet WHERE navn = ? AND distrikt = ?", (enhet, distrikt)).fetchone()[0]
    nokkeltall.merk_enhet(conn, int(enhet_id))
    bank_ref = repo._lagre_bank(db, fil.bank)
    tid = repo.na()
    cur = conn.execute(
        "INSERT INTO vurdering (enhet_id, bank_ref, dato, type, status, sprak, merking, konklusjon,"
        " signatur_navn, signatur_rolle, signatur_dato, opprettet, endret, uuid)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            enhet_id,
            bank_ref,
            v.dato,
            v.type,
            v.status,
            v.sprak,
            repo._tekst(v.merking, "Merking"),
            repo._tekst(v.konklusjon, "Konklusjonen"),
            repo._tekst(v.signatur.navn, "Signaturen"),
            repo._tekst(v.signatur.rolle, "Signaturen"),
            repo._tekst(v.signatur.dato, "Signaturen"),
            v.opprettet or tid,
            v.endret or tid,
            fil.id.lower(),
        ),
    )
    vid = int(cur.lastrowid or 0)
    conn.executemany(
        "INSERT INTO vurdering_modul (vurdering_id, modul_id, mal, rekkefolge) VALUES (?, ?, ?, ?)",
        [(vid, m.id, m.mal, i) for i, m in enumerate(v.moduler)],
    )
    conn.executemany(
        "INSERT INTO deltaker (vurdering_id, rolle, navn) VALUES (?, ?, ?)",
        [(vid, repo._tekst(d.rolle, "Rolle", 200), repo._tekst(d.navn, "Navn", 200)) for d in v.deltakere],
    )
    conn.executemany(
        "INSERT INTO svar (vurdering_id, indikator_id, type, niva, grunn, grunnlag, kommentar, kilde, rolle,"
        " dissens, oppdatert) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                vid,
                s.indikator,
                s.type,
                s.niva,
                repo._tekst(s.grunn, "Begrunnelsen"),
                s.grunnlag,
                repo._tekst(s.kommentar, "Kommentaren"),
                repo._tekst(s.kilde, "Kildenotatet"),
                repo._tekst(s.rolle, "Rollen", 200),
                repo._tekst(s.dissens, "Dissensnotatet"),
                s.oppdatert or tid,
            )
            for s in fil.svar
        ],
    )
    conn.executemany(
        "INSERT INTO stemme (vurdering_id, indikator_id, niva, antall) VALUES (?, ?, ?, ?)",
        [(vid, st.indikator, n, c) for st in fil.stemmer for n, c in enumerate(st.fordeling)],
    )
    conn.executemany(
        "INSERT INTO deltakerstemme (vurdering_id, indikator_id, deltaker, niva) VALUES (?, ?, ?, ?)",
        [(vid, st.indikator, d.deltaker, d.niva) for st in fil.stemmer for d in st.deltakere],
    )
    conn.executemany(
        "INSERT INTO tiltak (vurdering_id, tekst, eier_rolle, frist, status, indikator_id, kommentar, rekkefolge,"
        " endret) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                vid,
                repo._tekst(t.tekst, "Tiltaket", 5_000),
                repo._tekst(t.eier_rolle, "Ansvarlig rolle", 200),
                t.frist,
                t.status,
                t.indikator,
                repo._tekst(t.kommentar, "Kommentaren"),
                nr,
                tid,
            )
            for nr, t in enumerate(fil.tiltak, 1)
        ],
    )
    nokkeltall.oppdater(conn, vid)
    return vid


def tell_rader(db: Database) -> dict[str, int]:
    """Antall rader i hver tabell med vurderingsdata (for kontroll av at ingenting ble skrevet)."""
    tabeller = (
        "enhet",
        "bank",
        "vurdering",
        "vurdering_modul",
        "deltaker",
        "svar",
        "stemme",
        "deltakerstemme",
        "tiltak",
    )
    return {t: int(db._les(f"SELECT count(*) FROM {t}")[0][0]) for t in tabeller}
