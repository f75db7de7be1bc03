"""Repository-funksjoner: alt resten av programmet trenger fra databasen, uten SQL utenfor.

Hver funksjon som skriver, gjør det i sin egen transaksjon som er committet når
funksjonen returnerer. Funksjonene tar og gir domeneverdier fra `vurdering.domene`.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from typing import TYPE_CHECKING

from vurdering.domene.modell import (
    Deltaker,
    Enhet,
    Grunnlag,
    Status,
    Svar,
    SvarType,
    Tiltak,
    TiltakStatus,
    Vurdering,
    VurderingType,
)
from vurdering.lagring.database import Database, DatabaseFeil, UkjentVurdering

if TYPE_CHECKING:  # banken (pydantic) lastes først når en vurdering åpnes, ikke ved oppstart
    from vurdering.domene.bank import Bank


def na() -> str:
    return datetime.now().isoformat(timespec="seconds")


#: Kontrolltegnene `_tekst` fjerner (alle under 32 unntatt linjeskift og tab, og DEL).
_KONTROLLTEGN: dict[int, None] = {c: None for c in [*range(32), 127] if chr(c) not in "\n\t"}


def _tekst(verdi: str, felt: str, maks: int = 100_000) -> str:
    """Fjern kontrolltegn (unntatt linjeskift og tab) og avvis urimelig lange tekster."""
    if not isinstance(verdi, str):
        raise ValueError(f"{felt} må være tekst.")
    renset = verdi.translate(_KONTROLLTEGN)
    if len(renset) > maks:
        raise ValueError(f"{felt} er for lang (høyst {maks} tegn).")
    return renset


# --- bank ---------------------------------------------------------------------------


def _lagre_bank(db: Database, bank: Bank) -> int:
    innhold = bank.til_json()
    sjekksum = hashlib.sha256(innhold.encode("utf-8")).hexdigest()
    rad = db.conn.execute("SELECT id FROM bank WHERE sjekksum = ?", (sjekksum,)).fetchone()
    if rad:
        return int(rad[0])
    cur = db.conn.execute(
        "INSERT INTO bank (bank_id, versjon, sjekksum, innhold) VALUES (?, ?, ?, ?)",
        (bank.id, bank.versjon, sjekksum, innhold),
    )
    return int(cur.lastrowid or 0)


@lru_cache(maxsize=16)
def _bank_fra_json(sjekksum: str, innhold: str) -> Bank:
    from vurdering.domene.bank import Bank

    return Bank.fra_json(innhold)


@lru_cache(maxsize=64)
def _antall_per_modul(sjekksum: str, innhold: str) -> dict[str, int]:
    """Antall indikatorer per modul i et bankøyeblikksbilde, uten å bygge hele banken."""
    try:
        data = json.loads(innhold)
        return {str(m["id"]): len(m["indikatorer"]) for m in data["moduler"]}
    except (ValueError, KeyError, TypeError):
        return {}


def hent_bank(db: Database, vurdering_id: int) -> Bank:
    """Banken slik den var da vurderingen ble laget."""
    rader = db.les(
        "SELECT b.sjekksum, b.innhold FROM vurdering v JOIN bank b ON b.id = v.bank_ref WHERE v.id = ?",
        (vurdering_id,),
    )
    if not rader:
        raise UkjentVurdering(f"Fant ingen vurdering med id {vurdering_id}.")
    return _bank_fra_json(rader[0][0], rader[0][1])


# --- vurderinger ----------------------------------------------------------------------


def finn_eller_opprett_enhet(db: Database, navn: str, distrikt: str) -> int:
    navn = _tekst(navn, "Enhetens navn", 200).strip()
    if not navn:
        raise ValueError("Enheten må ha et navn.")
    with db.transaksjon() as conn:
        conn.execute("INSERT OR IGNORE INTO enhet (navn, distrikt) VALUES (?, ?)", (navn, distrikt))
        rad = conn.execute("SELECT id FROM enhet WHERE navn = ? AND distrikt = ?", (navn, distrikt)).fetchone()
    return int(rad[0])


def opprett_vurdering(
    db: Database,
    bank: Bank,
    *,
    enhet: str,
    distrikt: str,
    moduler: Sequence[str] | None = None,
    type: VurderingType = VurderingType.INDIVIDUELL,
    dato: date | str | None = None,
    mal: Mapping[str, int] | None = None,
    deltakere: Iterable[Deltaker] = (),
    sprak: str = "nb",
    merking: str = "Intern",
) -> int:
    """Opprett en tom vurdering. Temamodulene tas alltid med."""
    valgte = list(moduler) if moduler is not None else [m.id for m in bank.moduler]
    for mid in valgte:
        if not bank.har_modul(mid):
            raise ValueError(f"Ukjent modul: {mid}")
    valgt_sett = set(valgte) | {m.id for m in bank.temamoduler}
    modul_ids = [m.id for m in bank.moduler if m.id in valgt_sett]
    mal = dict(mal or {})
    for mid, verdi in mal.items():
        if mid not in valgt_sett:
            raise ValueError(f"Mål for en modul som ikke er med: {mid}")
        if not isinstance(verdi, int) or not 0 <= verdi <= 4:
            raise ValueError(f"Målnivået for {mid} må være fra 0 til 4.")
    if sprak not in ("nb", "nn"):
        raise ValueError("Språket må være nb (bokmål) eller nn (nynorsk).")
    dato_tekst = dato if isinstance(dato, str) else (dato or date.today()).isoformat()
    date.fromisoformat(dato_tekst)  # ValueError ved ugyldig dato
    enhet_id = finn_eller_opprett_enhet(db, enhet, distrikt)
    tid = na()
    with db.transaksjon() as conn:
        bank_ref = _lagre_bank(db, bank)
        cur = conn.execute(
            "INSERT INTO vurdering (enhet_id, bank_ref, dato, type, sprak, merking, opprettet, endret)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                enhet_id,
                bank_ref,
                dato_tekst,
                VurderingType(type).value,
                sprak,
                _tekst(merking, "Merking", 200),
                tid,
                tid,
            ),
        )
        vid = int(cur.lastrowid or 0)
        conn.executemany(
            "INSERT INTO vurdering_modul (vurdering_id, modul_id, mal, rekkefolge) VALUES (?, ?, ?, ?)",
            [(vid, mid, mal.get(mid, bank.modul(mid).mal), i) for i, mid in enumerate(modul_ids)],
        )
        conn.executemany(
            "INSERT INTO deltaker (vurdering_id, rolle, navn) VALUES (?, ?, ?)",
            [(vid, _tekst(d.rolle, "Rolle", 200), _tekst(d.navn, "Navn", 200)) for d in deltakere],
        )
    return vid


def _sjekk_finnes(db: Database, vurdering_id: int) -> None:
    if not db.les("SELECT 1 FROM vurdering WHERE id = ?", (vurdering_id,)):
        raise UkjentVurdering(f"Fant ingen vurdering med id {vurdering_id}.")


def hent_vurdering(db: Database, vurdering_id: int) -> Vurdering:
    rader = db.les(
        "SELECT v.*, e.navn AS enhet_navn, e.distrikt, b.bank_id, b.versjon AS bank_versjon"
        " FROM vurdering v JOIN enhet e ON e.id = v.enhet_id JOIN bank b ON b.id = v.bank_ref"
        " WHERE v.id = ?",
        (vurdering_id,),
    )
    if not rader:
        raise UkjentVurdering(f"Fant ingen vurdering med id {vurdering_id}.")
    r = rader[0]
    moduler = db.les(
        "SELECT modul_id, mal FROM vurdering_modul WHERE vurdering_id = ? ORDER BY rekkefolge",
        (vurdering_id,),
    )
    deltakere = db.les("SELECT id, rolle, navn FROM deltaker WHERE vurdering_id = ? ORDER BY id", (vurdering_id,))
    return Vurdering(
        id=r["id"],
        enhet=Enhet(r["enhet_id"], r["enhet_navn"], r["distrikt"]),
        dato=r["dato"],
        type=VurderingType(r["type"]),
        status=Status(r["status"]),
        moduler=tuple(m["modul_id"] for m in moduler),
        mal={m["modul_id"]: m["mal"] for m in moduler},
        bank_id=r["bank_id"],
        bank_versjon=r["bank_versjon"],
        sprak=r["sprak"],
        opprettet=r["opprettet"],
        konklusjon=r["konklusjon"],
        merking=r["merking"],
        deltakere=tuple(Deltaker(d["rolle"], d["navn"], d["id"]) for d in deltakere),
    )


@dataclass(frozen=True, slots=True)
class Vurderingsrad:
    """Én linje i listen over vurderinger."""

    id: int
    enhet: str
    distrikt: str
    dato: str
    type: str
    status: str
    endret: str
    besvart: int
    antall: int

    @property
    def fremdrift(self) -> float:
        return self.besvart / self.antall if self.antall else 0.0


def liste_vurderinger(db: Database) -> list[Vurderingsrad]:
    """Alle vurderinger, sist endret først, med fremdrift (besvarte / indikatorer i valgte moduler)."""
    rader = db.les(
        "SELECT v.id, e.navn, e.distrikt, v.dato, v.type, v.status, v.endret, b.sjekksum, b.innhold,"
        " (SELECT count(*) FROM svar s WHERE s.vurdering_id = v.id) AS besvart,"
        " (SELECT group_concat(modul_id) FROM vurdering_modul m WHERE m.vurdering_id = v.id) AS moduler"
        " FROM vurdering v JOIN enhet e ON e.id = v.enhet_id JOIN bank b ON b.id = v.bank_ref"
        " ORDER BY v.endret DESC, v.id DESC"
    )
    ut = []
    for r in rader:
        per_modul = _antall_per_modul(r["sjekksum"], r["innhold"])
        antall = sum(per_modul.get(m, 0) for m in (r["moduler"] or "").split(","))
        ut.append(
            Vurderingsrad(
                r["id"], r["navn"], r["distrikt"], r["dato"], r["type"], r["status"], r["endret"], r["besvart"], antall
            )
        )
    return ut


def slett_vurdering(db: Database, vurdering_id: int) -> None:
    """Slett vurderingen for godt: secure_delete er på, og WAL-en tømmes etterpå."""
    _sjekk_finnes(db, vurdering_id)
    with db.transaksjon() as conn:
        enhet = conn.execute("SELECT enhet_id FROM vurdering WHERE id = ?", (vurdering_id,)).fetchone()[0]
        conn.execute("DELETE FROM vurdering WHERE id = ?", (vurdering_id,))
        conn.execute(
            "DELETE FROM enhet WHERE id = ? AND NOT EXISTS (SELECT 1 FROM vurdering WHERE enhet_id = ?)",
            (enhet, enhet),
        )
        conn.execute("DELETE FROM bank WHERE id NOT IN (SELECT bank_ref FROM vurdering)")
    db.sjekkpunkt()


def _rorte(conn: object, vurdering_id: int) -> None:
    conn.execute("UPDATE vurdering SET endret = ? WHERE id = ?", (na(), vurdering_id))  # type: ignore[attr-defined]


def sett_status(db: Database, vurdering_id: int, status: Status) -> None:
    _sjekk_finnes(db, vurdering_id)
    with db.transaksjon() as conn:
        conn.execute("UPDATE vurdering SET status = ? WHERE id = ?", (Status(status).value, vurdering_id))
        _rorte(conn, vurdering_id)


def sett_mal(db: Database, vurdering_id: int, modul_id: str, mal: int) -> None:
    if not isinstance(mal, int) or not 0 <= mal <= 4:
        raise ValueError("Målnivået må være fra 0 til 4.")
    with db.transaksjon() as conn:
        cur = conn.execute(
            "UPDATE vurdering_modul SET mal = ? WHERE vurdering_id = ? AND modul_id = ?",
            (mal, vurdering_id, modul_id),
        )
        if cur.rowcount == 0:
            raise ValueError(f"Modulen {modul_id} er ikke med i vurderingen.")
        _rorte(conn, vurdering_id)


def sett_tekstfelt(db: Database, vurdering_id: int, **felt: str) -> None:
    """Konklusjon, merking og signatur (navn, rolle, dato) for kortrapporten."""
    lovlige = {"konklusjon", "merking", "signatur_navn", "signatur_rolle", "signatur_dato"}
    ukjente = set(felt) - lovlige
    if ukjente:
        raise ValueError(f"Ukjent felt: {', '.join(sorted(ukjente))}")
    _sjekk_finnes(db, vurdering_id)
    with db.transaksjon() as conn:
        for navn, verdi in felt.items():
            conn.execute(f"UPDATE vurdering SET {navn} = ? WHERE id = ?", (_tekst(verdi, navn), vurdering_id))
        _rorte(conn, vurdering_id)


def hent_tekstfelt(db: Database, vurdering_id: int) -> dict[str, str]:
    rader = db.les(
        "SELECT konklusjon, merking, signatur_navn, signatur_rolle, signatur_dato FROM vurdering WHERE id = ?",
        (vurdering_id,),
    )
    if not rader:
        raise UkjentVurdering(f"Fant ingen vurdering med id {vurdering_id}.")
    return dict(rader[0])


def forrige_vurdering(db: Database, vurdering_id: int) -> int | None:
    """Enhetens forrige runde (tidligere dato, eller samme dato og lavere id)."""
    v = hent_vurdering(db, vurdering_id)
    rader = db.les(
        "SELECT id FROM vurdering WHERE enhet_id = ? AND (dato < ? OR (dato = ? AND id < ?))"
        " ORDER BY dato DESC, id DESC LIMIT 1",
        (v.enhet.id, v.dato, v.dato, vurdering_id),
    )
    return int(rader[0][0]) if rader else None


# --- svar -------------------------------------------------------------------------------


_SVAR_SQL = (
    "INSERT INTO svar (vurdering_id, indikator_id, type, niva, grunn, grunnlag, kommentar, kilde, rolle, dissens, oppdatert)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
    " ON CONFLICT (vurdering_id, indikator_id) DO UPDATE SET type = excluded.type, niva = excluded.niva,"
    " grunn = excluded.grunn, grunnlag = excluded.grunnlag, kommentar = excluded.kommentar,"
    " kilde = excluded.kilde, rolle = excluded.rolle, dissens = excluded.dissens, oppdatert = excluded.oppdatert"
)


def lagre_svar(db: Database, vurdering_id: int, svar: Svar, bank: Bank | None = None) -> str:
    """Lagre (eller erstatt) ett svar i én committet transaksjon. Gir tidspunktet som ble lagret.

    Med `bank` sjekkes det at indikatoren finnes i vurderingens bank.
    """
    if bank is not None and not bank.har_indikator(svar.indikator_id):
        raise ValueError(f"Ukjent indikator: {svar.indikator_id}")
    tid = na()
    rad = (
        vurdering_id,
        svar.indikator_id,
        SvarType(svar.type).value,
        svar.niva,
        _tekst(svar.grunn, "Begrunnelsen"),
        Grunnlag(svar.grunnlag).value if svar.grunnlag else None,
        _tekst(svar.kommentar, "Kommentaren"),
        _tekst(svar.kilde, "Kildenotatet"),
        _tekst(svar.rolle, "Rollen", 200),
        _tekst(svar.dissens, "Dissensnotatet"),
        tid,
    )
    with db.transaksjon() as conn:
        status = conn.execute("SELECT status FROM vurdering WHERE id = ?", (vurdering_id,)).fetchone()
        if status is None:
            raise UkjentVurdering(f"Fant ingen vurdering med id {vurdering_id}.")
        if status[0] == Status.FERDIG:
            raise DatabaseFeil("Vurderingen er markert som ferdig. Åpne den igjen for å endre svar.")
        conn.execute(_SVAR_SQL, rad)
        conn.execute("UPDATE vurdering SET endret = ? WHERE id = ?", (tid, vurdering_id))
    return tid


def slett_svar(db: Database, vurdering_id: int, indikator_id: str) -> None:
    with db.transaksjon() as conn:
        conn.execute("DELETE FROM svar WHERE vurdering_id = ? AND indikator_id = ?", (vurdering_id, indikator_id))
        _rorte(conn, vurdering_id)


def hent_svar(db: Database, vurdering_id: int) -> dict[str, Svar]:
    stemmer: dict[str, list[int]] = {}
    for r in db.les("SELECT indikator_id, niva, antall FROM stemme WHERE vurdering_id = ?", (vurdering_id,)):
        stemmer.setdefault(r["indikator_id"], [0, 0, 0, 0, 0])[r["niva"]] = r["antall"]
    ut = {}
    for r in db.les("SELECT * FROM svar WHERE vurdering_id = ?", (vurdering_id,)):
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
    with db.transaksjon() as conn:
        conn.executemany(
            "INSERT INTO stemme (vurdering_id, indikator_id, niva, antall) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (vurdering_id, indikator_id, niva) DO UPDATE SET antall = excluded.antall",
            [(vurdering_id, indikator_id, n, c) for n, c in enumerate(fordeling)],
        )


def hent_stemmer(db: Database, vurdering_id: int, indikator_id: str) -> tuple[int, int, int, int, int]:
    f = [0, 0, 0, 0, 0]
    for r in db.les(
        "SELECT niva, antall FROM stemme WHERE vurdering_id = ? AND indikator_id = ?", (vurdering_id, indikator_id)
    ):
        f[r["niva"]] = r["antall"]
    return (f[0], f[1], f[2], f[3], f[4])


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
        _tekst(tiltak.eier_rolle, "Ansvarlig rolle", 200),
        tiltak.frist,
        TiltakStatus(tiltak.status).value,
        tiltak.indikator_id,
        _tekst(tiltak.kommentar, "Kommentaren"),
        na(),
    )
    _sjekk_finnes(db, vurdering_id)
    with db.transaksjon() as conn:
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
        for r in db.les("SELECT * FROM tiltak WHERE vurdering_id = ? ORDER BY rekkefolge, id", (vurdering_id,))
    ]


def slett_tiltak(db: Database, vurdering_id: int, tiltak_id: int) -> None:
    with db.transaksjon() as conn:
        conn.execute("DELETE FROM tiltak WHERE vurdering_id = ? AND id = ?", (vurdering_id, tiltak_id))
        _rorte(conn, vurdering_id)


def lagre_oppfolging(
    db: Database, vurdering_id: int, tiltak_id: int, status: TiltakStatus, kommentar: str = ""
) -> None:
    """Status i denne runden for et tiltak fra en tidligere runde."""
    with db.transaksjon() as conn:
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
        for r in db.les("SELECT tiltak_id, status, kommentar FROM oppfolging WHERE vurdering_id = ?", (vurdering_id,))
    }


# --- innstillinger ----------------------------------------------------------------------


def hent_innstilling(db: Database, nokkel: str, standard: str = "") -> str:
    rader = db.les("SELECT verdi FROM innstilling WHERE nokkel = ?", (nokkel,))
    return str(rader[0][0]) if rader else standard


def lagre_innstilling(db: Database, nokkel: str, verdi: str) -> None:
    with db.transaksjon() as conn:
        conn.execute(
            "INSERT INTO innstilling (nokkel, verdi) VALUES (?, ?)"
            " ON CONFLICT (nokkel) DO UPDATE SET verdi = excluded.verdi",
            (nokkel, verdi),
        )


# --- samling: stemmer per deltaker --------------------------------------------------------

MAKS_DELTAKER = 999


def hent_alle_stemmer(db: Database, vurdering_id: int) -> dict[str, tuple[int, int, int, int, int]]:
    """Stemmefordelingen for hver indikator som har stemmer (også de som ikke er besvart ennå)."""
    ut: dict[str, list[int]] = {}
    for r in db.les("SELECT indikator_id, niva, antall FROM stemme WHERE vurdering_id = ?", (vurdering_id,)):
        ut.setdefault(r["indikator_id"], [0, 0, 0, 0, 0])[r["niva"]] = r["antall"]
    return {k: (f[0], f[1], f[2], f[3], f[4]) for k, f in ut.items()}


def hent_deltakerstemmer(db: Database, vurdering_id: int, indikator_id: str) -> dict[int, int]:
    """Stemmene per anonym deltaker (nr. → nivå) for én indikator."""
    return {
        int(r["deltaker"]): int(r["niva"])
        for r in db.les(
            "SELECT deltaker, niva FROM deltakerstemme WHERE vurdering_id = ? AND indikator_id = ? ORDER BY deltaker",
            (vurdering_id, indikator_id),
        )
    }


def lagre_deltakerstemme(
    db: Database, vurdering_id: int, indikator_id: str, deltaker: int, niva: int | None
) -> tuple[int, int, int, int, int]:
    """Sett (eller fjern, med `niva=None`) stemmen til deltaker nr. `deltaker`.

    Fordelingen i `stemme` justeres i samme transaksjon: den gamle stemmen trekkes fra og
    den nye legges til, så stemmer talt per nivå og stemmer per deltaker kan blandes.
    Gir den nye fordelingen.
    """
    if not isinstance(deltaker, int) or not 1 <= deltaker <= MAKS_DELTAKER:
        raise ValueError(f"Deltakernummeret må være fra 1 til {MAKS_DELTAKER}.")
    if niva is not None and (not isinstance(niva, int) or not 0 <= niva <= 4):
        raise ValueError("Nivået må være et helt tall fra 0 til 4.")
    _sjekk_finnes(db, vurdering_id)
    with db.transaksjon() as conn:
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
