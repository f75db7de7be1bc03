"""Lagring av vurderinger: bankøyeblikksbilder, enheter, vurderingene selv, tekstfelt og innstillinger.

Hver funksjon som skriver, gjør det i sin egen transaksjon som er committet når
funksjonen returnerer. Funksjonene tar og gir domeneverdier fra `vurdering.domene`.
Resten av programmet bruker dem gjennom `vurdering.lagring.repository`.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from typing import TYPE_CHECKING

from vurdering.domene import feltregler, regler
from vurdering.domene.modell import (
    Deltaker,
    Enhet,
    Status,
    Vurdering,
    VurderingType,
)
from vurdering.lagring import nokkeltall, sporring
from vurdering.lagring.database import Database, UkjentVurdering, forbindelse, skriving

if TYPE_CHECKING:  # banken (pydantic) lastes først når en vurdering åpnes, ikke ved oppstart
    from vurdering.domene.bank import Bank


def na() -> str:
    return datetime.now().isoformat(timespec="seconds")


def _tekst(verdi: str, felt: str, maks: int = 100_000) -> str:
    """Fjern kontrolltegn (unntatt linjeskift og tab) og avvis urimelig lange tekster."""
    if not isinstance(verdi, str):
        raise ValueError(f"{felt} må være tekst.")
    renset = feltregler.rens(verdi)  # samme rensing som feltreglene
    if len(renset) > maks:
        raise ValueError(f"{felt} er for lang (høyst {maks} tegn).")
    return renset


# --- bank ---------------------------------------------------------------------------


def _lagre_bank(db: Database, bank: Bank) -> int:
    innhold = bank.til_json()
    sjekksum = hashlib.sha256(innhold.encode("utf-8")).hexdigest()
    rad = forbindelse(db).execute("SELECT id FROM bank WHERE sjekksum = ?", (sjekksum,)).fetchone()
    if rad:
        return int(rad[0])
    cur = forbindelse(db).execute(
        "INSERT INTO bank (bank_id, versjon, sjekksum, innhold) VALUES (?, ?, ?, ?)",
        (bank.id, bank.versjon, sjekksum, innhold),
    )
    return int(cur.lastrowid or 0)


@lru_cache(maxsize=16)
def _bank_fra_json(sjekksum: str, innhold: str) -> Bank:
    from vurdering.domene.bank import Bank

    return Bank.fra_json(innhold)


def hent_bank(db: Database, vurdering_id: int) -> Bank:
    """Banken slik den var da vurderingen ble laget."""
    rader = db._les(
        "SELECT b.sjekksum, b.innhold FROM vurdering v JOIN bank b ON b.id = v.bank_ref WHERE v.id = ?",
        (vurdering_id,),
    )
    if not rader:
        raise UkjentVurdering(f"Fant ingen vurdering med id {vurdering_id}.")
    return _bank_fra_json(rader[0][0], rader[0][1])


# --- vurderinger ----------------------------------------------------------------------


def finn_eller_opprett_enhet(db: Database, navn: str, distrikt: str) -> int:
    navn = _tekst(navn, "Enhetens navn", feltregler.ENHET.maks).strip()
    if not navn:
        raise ValueError("Enheten må ha et navn.")
    with skriving(db) as conn:
        conn.execute("INSERT OR IGNORE INTO enhet (navn, distrikt) VALUES (?, ?)", (navn, distrikt))
        rad = conn.execute("SELECT id FROM enhet WHERE navn = ? AND distrikt = ?", (navn, distrikt)).fetchone()
        nokkeltall.merk_enhet(conn, int(rad[0]))
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
    kommuner: Sequence[str] = (),
) -> int:
    """Opprett en tom vurdering. Temamodulene tas alltid med. `kommuner`: svar per kommune (kontrollert før)."""
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
        if not regler.er_niva(verdi):
            raise ValueError(f"Målnivået for {mid} må være fra 0 til 4.")
    regler.sjekk_sprak(sprak)
    dato_tekst = dato if isinstance(dato, str) else (dato or date.today()).isoformat()
    date.fromisoformat(dato_tekst)  # ValueError ved ugyldig dato
    enhet_id = finn_eller_opprett_enhet(db, enhet, distrikt)
    tid = na()
    with skriving(db) as conn:
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
                _tekst(merking, "Merking", regler.MERKING_MAKS),
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
            [
                (vid, _tekst(d.rolle, "Rolle", feltregler.ROLLE.maks), _tekst(d.navn, "Navn", feltregler.NAVN.maks))
                for d in deltakere
            ],
        )
        conn.executemany(
            "INSERT INTO vurdering_kommune (vurdering_id, kommune, rekkefolge) VALUES (?, ?, ?)",
            [(vid, _tekst(k, "Kommunen", 200), i) for i, k in enumerate(kommuner)],
        )
        nokkeltall.oppdater(conn, vid)
    return vid


def _sjekk_finnes(db: Database, vurdering_id: int) -> None:
    if not db._les("SELECT 1 FROM vurdering WHERE id = ?", (vurdering_id,)):
        raise UkjentVurdering(f"Fant ingen vurdering med id {vurdering_id}.")


def hent_vurdering(db: Database, vurdering_id: int) -> Vurdering:
    rader = db._les(
        "SELECT v.*, e.navn AS enhet_navn, e.distrikt, b.bank_id, b.versjon AS bank_versjon"
        " FROM vurdering v JOIN enhet e ON e.id = v.enhet_id JOIN bank b ON b.id = v.bank_ref"
        " WHERE v.id = ?",
        (vurdering_id,),
    )
    if not rader:
        raise UkjentVurdering(f"Fant ingen vurdering med id {vurdering_id}.")
    r = rader[0]
    moduler = db._les(
        "SELECT modul_id, mal FROM vurdering_modul WHERE vurdering_id = ? ORDER BY rekkefolge",
        (vurdering_id,),
    )
    deltakere = db._les("SELECT id, rolle, navn FROM deltaker WHERE vurdering_id = ? ORDER BY id", (vurdering_id,))
    kommuner = db._les(
        "SELECT kommune FROM vurdering_kommune WHERE vurdering_id = ? ORDER BY rekkefolge", (vurdering_id,)
    )
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
        kommuner=tuple(str(k["kommune"]) for k in kommuner),
    )


@dataclass(frozen=True, slots=True)
class Vurderingsrad:
    """Én linje i listen over vurderinger (startsiden og `liste`), fra nøkkeltallene.

    `runde` er vurderingens nummer blant enhetens vurderinger (eldste er 1, etter dato og id)
    og `runder` hvor mange enheten har i alt – regnet over hele databasen, ikke bare de viste.
    """

    id: int
    enhet: str
    distrikt: str
    dato: str
    type: str
    status: str
    endret: str
    besvart: int
    antall: int
    samlet: float | None = None
    runde: int = 1
    runder: int = 1

    @property
    def fremdrift(self) -> float:
        return self.besvart / self.antall if self.antall else 0.0


_LISTE = (
    " FROM vurdering v JOIN enhet e ON e.id = v.enhet_id"
    " WHERE :sok IS NULL OR forkant_inneholder(:sok, e.navn, e.distrikt)"
)
_NOKKEL = "coalesce(e.nokkel, forkant_nokkel(e.navn, e.distrikt))"

# Først siden (søk og grense), så rundene til enhetene på den: nummeret regnes over alle
# enhetens vurderinger, også de som ikke er på siden, og er derfor det samme på hver side.
_SIDE = f"""
WITH side AS (
    SELECT v.id, e.navn, e.distrikt, v.dato, v.type, v.status, v.endret, {_NOKKEL} AS nokkel{_LISTE}
    ORDER BY v.endret DESC, v.id DESC LIMIT :grense
), enheter AS (
    SELECT e.id, {_NOKKEL} AS nokkel FROM enhet e
), runder AS (
    SELECT v.id, row_number() OVER enhet AS runde, count(*) OVER (PARTITION BY k.nokkel) AS runder
    FROM enheter k JOIN vurdering v ON v.enhet_id = k.id
    WHERE k.nokkel IN (SELECT nokkel FROM side)
    WINDOW enhet AS (PARTITION BY k.nokkel ORDER BY v.dato, v.id)
)
SELECT s.id, s.navn, s.distrikt, s.dato, s.type, s.status, s.endret,
       coalesce(p.besvart, 0), coalesce(p.antall, 0), p.samlet, r.runde, r.runder
FROM side s JOIN runder r ON r.id = s.id LEFT JOIN vurderingspoeng p ON p.vurdering_id = s.id
ORDER BY s.endret DESC, s.id DESC
"""


def liste_vurderinger(db: Database, *, grense: int | None = None, sok: str | None = None) -> list[Vurderingsrad]:
    """Vurderingene, sist endret først, med fremdrift, samlet poeng og runde fra nøkkeltallene.

    Ingen bank tolkes per rad. Antall besvarte er nøkkeltallet fra poengberegningen, så en
    indikator besvart per kommune teller når alle kommunene er besvart (`domene.kommunesvar`).
    `grense` gir bare de første (startsiden henter flere ved behov); `sok` bare vurderingene
    der enheten eller distriktet inneholder teksten.
    """
    p: dict[str, object] = {"sok": sporring.sokeord(sok), "grense": -1 if grense is None else grense}
    return [Vurderingsrad(*r) for r in sporring.les(db, _SIDE, p)]


def antall_vurderinger(db: Database, *, sok: str | None = None) -> int:
    """Hvor mange vurderinger `liste_vurderinger` gir uten grense (med samme søk)."""
    return int(sporring.les(db, "SELECT count(*)" + _LISTE, {"sok": sporring.sokeord(sok)})[0][0])


def slett_vurdering(db: Database, vurdering_id: int) -> None:
    """Slett vurderingen for godt: secure_delete er på, og WAL-en tømmes etterpå."""
    _sjekk_finnes(db, vurdering_id)
    with skriving(db) as conn:
        enhet = conn.execute("SELECT enhet_id FROM vurdering WHERE id = ?", (vurdering_id,)).fetchone()[0]
        conn.execute("DELETE FROM vurdering WHERE id = ?", (vurdering_id,))
        conn.execute(
            "DELETE FROM enhet WHERE id = ? AND NOT EXISTS (SELECT 1 FROM vurdering WHERE enhet_id = ?)",
            (enhet, enhet),
        )
        conn.execute("DELETE FROM bank WHERE id NOT IN (SELECT bank_ref FROM vurdering)")
    db.sjekkpunkt()


def _rorte(conn: sqlite3.Connection, vurdering_id: int) -> None:
    """Vurderingen er endret: nytt endret-tidspunkt og nye nøkkeltall, i samme transaksjon."""
    conn.execute("UPDATE vurdering SET endret = ? WHERE id = ?", (na(), vurdering_id))
    nokkeltall.oppdater(conn, vurdering_id)


def sett_status(db: Database, vurdering_id: int, status: Status) -> None:
    _sjekk_finnes(db, vurdering_id)
    with skriving(db) as conn:
        conn.execute("UPDATE vurdering SET status = ? WHERE id = ?", (Status(status).value, vurdering_id))
        _rorte(conn, vurdering_id)


def sett_mal(db: Database, vurdering_id: int, modul_id: str, mal: int) -> None:
    if not regler.er_niva(mal):
        raise ValueError("Målnivået må være fra 0 til 4.")
    with skriving(db) as conn:
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
    with skriving(db) as conn:
        for navn, verdi in felt.items():
            conn.execute(f"UPDATE vurdering SET {navn} = ? WHERE id = ?", (_tekst(verdi, navn), vurdering_id))
        _rorte(conn, vurdering_id)


def hent_tekstfelt(db: Database, vurdering_id: int) -> dict[str, str]:
    rader = db._les(
        "SELECT konklusjon, merking, signatur_navn, signatur_rolle, signatur_dato FROM vurdering WHERE id = ?",
        (vurdering_id,),
    )
    if not rader:
        raise UkjentVurdering(f"Fant ingen vurdering med id {vurdering_id}.")
    return dict(rader[0])


def forrige_vurdering(db: Database, vurdering_id: int) -> int | None:
    """Enhetens forrige runde (tidligere dato, eller samme dato og lavere id)."""
    v = hent_vurdering(db, vurdering_id)
    rader = db._les(
        "SELECT id FROM vurdering WHERE enhet_id = ? AND (dato < ? OR (dato = ? AND id < ?))"
        " ORDER BY dato DESC, id DESC LIMIT 1",
        (v.enhet.id, v.dato, v.dato, vurdering_id),
    )
    return int(rader[0][0]) if rader else None


# --- innstillinger ----------------------------------------------------------------------


def hent_innstilling(db: Database, nokkel: str, standard: str = "") -> str:
    rader = db._les("SELECT verdi FROM innstilling WHERE nokkel = ?", (nokkel,))
    return str(rader[0][0]) if rader else standard


def lagre_innstilling(db: Database, nokkel: str, verdi: str) -> None:
    with skriving(db) as conn:
        conn.execute(
            "INSERT INTO innstilling (nokkel, verdi) VALUES (?, ?)"
            " ON CONFLICT (nokkel) DO UPDATE SET verdi = excluded.verdi",
            (nokkel, verdi),
        )
