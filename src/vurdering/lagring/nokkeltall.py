"""Nøkkeltall per vurdering, lagret ved siden av svarene: det lister og oversikter leser.

Modulpoeng, samlet poeng, fremdrift og hvilke indikatorer som er under mål beregnes av
domenet (`poeng.beregn`) – aldri i SQL – og lagres i samme transaksjon som endringen som
gjorde dem utdaterte. Da kan startsiden, `liste`, oversikten og analysevisningene lese
ti tusen vurderinger med noen få spørringer, uten å tolke banken på nytt for hver rad.

Enheten får en sammenligningsnøkkel (`enheter.enhetsnokkel`) og en fast id (uuid), så
runder og filer fra flere maskiner kan kjennes igjen som samme enhet.
"""

from __future__ import annotations

import sqlite3
import uuid
from typing import TYPE_CHECKING

from vurdering.domene.enheter import enhetsnokkel
from vurdering.domene.modell import Svar, SvarType

if TYPE_CHECKING:
    from collections.abc import Iterable

    from vurdering.domene.bank import Bank
    from vurdering.domene.kommunesvar import PerKommune
    from vurdering.domene.poeng import Forslag, Modulresultat


#: Tolkede banker etter sjekksum (få og store; tolkes én gang per prosess).
_BANKER: dict[str, Bank] = {}


def _bank_for(conn: sqlite3.Connection, bank_ref: int) -> Bank:
    """Bankens øyeblikksbilde, tolket én gang per bank (sjekksummen er nøkkelen)."""
    from vurdering.domene.bank import Bank

    rad = conn.execute("SELECT sjekksum FROM bank WHERE id = ?", (bank_ref,)).fetchone()
    sjekksum = str(rad[0])
    bank = _BANKER.get(sjekksum)
    if bank is None:
        innhold = conn.execute("SELECT innhold FROM bank WHERE id = ?", (bank_ref,)).fetchone()[0]
        bank = Bank.fra_json(innhold)
        if len(_BANKER) > 32:
            _BANKER.clear()
        _BANKER[sjekksum] = bank
    return bank


def _per_kommune(conn: sqlite3.Connection, bank: Bank, vurdering_id: int) -> PerKommune | None:
    """Kommunene og svarene per kommune, så nøkkeltallene regnes som alt annet (None før migrering 005)."""
    from vurdering.domene.kommunesvar import PerKommune
    from vurdering.lagring import kommunesvar

    try:
        kommuner = kommunesvar.les_kommuner(conn, vurdering_id)
        if not kommuner:
            return None
        return PerKommune.lag(bank, kommuner, kommunesvar.les_kommunesvar(conn, vurdering_id))
    except sqlite3.OperationalError:  # tabellene finnes ikke ennå (migrering 003 fyller ut nøkkeltallene)
        return None


def _svar(conn: sqlite3.Connection, vurdering_id: int, indikatorer: list[str] | None = None) -> dict[str, Svar]:
    sql = "SELECT indikator_id, type, niva, grunn FROM svar WHERE vurdering_id = ?"
    parametre: list[object] = [vurdering_id]
    if indikatorer is not None:
        sql += f" AND indikator_id IN ({', '.join('?' for _ in indikatorer)})"
        parametre += indikatorer
    return {
        ind: Svar(ind, SvarType(typ), niva, grunn=grunn or "-")  # bare poengene brukes her
        for ind, typ, niva, grunn in conn.execute(sql, parametre)
    }


def _lagre_moduler(conn: sqlite3.Connection, vurdering_id: int, resultater: Iterable[Modulresultat]) -> None:
    conn.executemany(
        "INSERT OR REPLACE INTO modulpoeng (vurdering_id, modul_id, poeng, niva, mal, antall, besvart, vet_ikke,"
        " ikke_relevant, utilstrekkelig, merknad) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                vurdering_id,
                m.modul_id,
                m.poeng,
                m.niva,
                m.mal,
                m.antall,
                m.besvart,
                m.vet_ikke,
                m.ikke_relevant,
                int(m.utilstrekkelig),
                m.merknad,
            )
            for m in resultater
        ],
    )


def _lagre_under_mal(conn: sqlite3.Connection, vurdering_id: int, forslag: Iterable[Forslag]) -> None:
    conn.executemany(
        "INSERT OR IGNORE INTO under_mal (vurdering_id, indikator_id, modul_id, niva, mal) VALUES (?, ?, ?, ?, ?)",
        [(vurdering_id, f.indikator_id, f.modul_id, f.niva, f.mal) for f in forslag if not f.kartlegg],
    )


def oppdater(conn: sqlite3.Connection, vurdering_id: int, indikatorer: Iterable[str] | None = None) -> None:
    """Beregn og lagre vurderingens nøkkeltall på nytt (kalles inne i skrivetransaksjonen).

    Med `indikatorer` beregnes bare modulene deres på nytt (ett svar endrer bare sin egen modul);
    samlet poeng og fremdrift regnes så av de lagrede modulresultatene med domenets regel. En
    vurdering med svar per kommune regnes alltid helt.
    """
    from vurdering.domene import poeng

    rad = conn.execute("SELECT bank_ref FROM vurdering WHERE id = ?", (vurdering_id,)).fetchone()
    if rad is None:
        return
    bank = _bank_for(conn, int(rad[0]))
    valgte: list[str] = []
    mal: dict[str, int] = {}
    for mid, m in conn.execute(
        "SELECT modul_id, mal FROM vurdering_modul WHERE vurdering_id = ? ORDER BY rekkefolge", (vurdering_id,)
    ):
        if bank.har_modul(mid):
            valgte.append(mid)
            mal[mid] = int(m)
    moduler = (
        None if indikatorer is None else {bank.indikator(i).modul_id for i in indikatorer if bank.har_indikator(i)}
    )
    per_kommune = _per_kommune(conn, bank, vurdering_id)
    if per_kommune is None and moduler is not None and moduler <= set(valgte):
        endrede = [bank.modul(mid) for mid in valgte if mid in moduler]
        ider = [i.id for m in endrede for i in m.indikatorer]
        svar = _svar(conn, vurdering_id, ider)
        _lagre_moduler(conn, vurdering_id, (poeng.beregn_modul(m, svar, mal[m.id]) for m in endrede))
        for m in endrede:
            conn.execute("DELETE FROM under_mal WHERE vurdering_id = ? AND modul_id = ?", (vurdering_id, m.id))
        _lagre_under_mal(conn, vurdering_id, poeng.lag_forslag(bank, endrede, svar, mal))
        lagret = {
            str(r[0]): r[1:]
            for r in conn.execute(
                "SELECT modul_id, poeng, besvart, antall, vet_ikke FROM modulpoeng WHERE vurdering_id = ?",
                (vurdering_id,),
            )
        }
        tema = [(bank.modul(mid).navn, lagret[mid][0]) for mid in valgte if bank.modul(mid).er_tema and mid in lagret]
        samlet = poeng.samlet_av_tema(tema)
        besvart = sum(int(v[1]) for v in lagret.values())
        antall = sum(int(v[2]) for v in lagret.values())
        vet_ikke = sum(int(v[3]) for v in lagret.values())
    else:
        res = poeng.beregn(bank, valgte, _svar(conn, vurdering_id), mal, per_kommune)
        conn.execute("DELETE FROM modulpoeng WHERE vurdering_id = ?", (vurdering_id,))
        _lagre_moduler(conn, vurdering_id, res.moduler)
        conn.execute("DELETE FROM under_mal WHERE vurdering_id = ?", (vurdering_id,))
        _lagre_under_mal(conn, vurdering_id, res.forslag)
        samlet, besvart, antall = res.samlet, res.besvart, res.antall
        vet_ikke = sum(m.vet_ikke for m in res.moduler)
    conn.execute(
        "INSERT INTO vurderingspoeng (vurdering_id, samlet, niva, besvart, antall, vet_ikke)"
        " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (vurdering_id) DO UPDATE SET samlet = excluded.samlet,"
        " niva = excluded.niva, besvart = excluded.besvart, antall = excluded.antall, vet_ikke = excluded.vet_ikke",
        (vurdering_id, samlet.poeng, samlet.niva, besvart, antall, vet_ikke),
    )


def merk_enhet(conn: sqlite3.Connection, enhet_id: int) -> None:
    """Gi enheten sammenligningsnøkkel og fast id hvis den mangler."""
    rad = conn.execute("SELECT navn, distrikt, nokkel, uuid FROM enhet WHERE id = ?", (enhet_id,)).fetchone()
    if rad is None:
        return
    navn, distrikt, nokkel, fast = rad
    if nokkel is None or fast is None:
        conn.execute(
            "UPDATE enhet SET nokkel = ?, uuid = ? WHERE id = ?",
            (enhetsnokkel(navn, distrikt), fast or str(uuid.uuid4()), enhet_id),
        )


SKJEMA = """
CREATE TABLE vurderingspoeng (
    vurdering_id INTEGER PRIMARY KEY REFERENCES vurdering(id) ON DELETE CASCADE,
    samlet REAL,
    niva INTEGER,
    besvart INTEGER NOT NULL,
    antall INTEGER NOT NULL,
    vet_ikke INTEGER NOT NULL
);
CREATE TABLE modulpoeng (
    vurdering_id INTEGER NOT NULL REFERENCES vurdering(id) ON DELETE CASCADE,
    modul_id TEXT NOT NULL,
    poeng REAL,
    niva INTEGER,
    mal INTEGER NOT NULL,
    antall INTEGER NOT NULL,
    besvart INTEGER NOT NULL,
    vet_ikke INTEGER NOT NULL,
    ikke_relevant INTEGER NOT NULL,
    utilstrekkelig INTEGER NOT NULL,
    merknad TEXT NOT NULL,
    PRIMARY KEY (vurdering_id, modul_id)
);
CREATE TABLE under_mal (
    vurdering_id INTEGER NOT NULL REFERENCES vurdering(id) ON DELETE CASCADE,
    indikator_id TEXT NOT NULL,
    modul_id TEXT NOT NULL,
    niva INTEGER NOT NULL,
    mal INTEGER NOT NULL,
    PRIMARY KEY (vurdering_id, indikator_id)
);
CREATE INDEX under_mal_indikator ON under_mal(indikator_id);
ALTER TABLE enhet ADD COLUMN nokkel TEXT;
ALTER TABLE enhet ADD COLUMN uuid TEXT;
CREATE UNIQUE INDEX enhet_uuid ON enhet(uuid);
CREATE INDEX enhet_nokkel ON enhet(nokkel);
-- Analysevisninger (docs/analyse.md): vanlige tabeller for Datasette, DuckDB, Excel og Power BI.
-- Ingen fritekst (kommentarer kan navngi personer).
CREATE VIEW analyse_vurdering AS
    SELECT v.id AS vurdering_id, e.navn AS enhet, e.distrikt, e.uuid AS enhet_id, e.nokkel AS enhet_nokkel,
           v.dato, v.type, v.status,
           p.samlet AS samlet_poeng, p.niva AS samlet_niva, p.besvart, p.antall, p.vet_ikke,
           b.bank_id, b.versjon AS bank_versjon
    FROM vurdering v JOIN enhet e ON e.id = v.enhet_id JOIN bank b ON b.id = v.bank_ref
    LEFT JOIN vurderingspoeng p ON p.vurdering_id = v.id;
CREATE VIEW analyse_modulpoeng AS
    SELECT m.vurdering_id, e.navn AS enhet, e.distrikt, v.dato, m.modul_id, m.poeng, m.niva, m.mal,
           CASE WHEN m.poeng IS NULL THEN NULL ELSE round(m.mal - m.poeng, 1) END AS gap,
           m.antall, m.besvart, m.vet_ikke, m.ikke_relevant, m.utilstrekkelig, m.merknad
    FROM modulpoeng m JOIN vurdering v ON v.id = m.vurdering_id JOIN enhet e ON e.id = v.enhet_id;
CREATE VIEW analyse_svar AS
    SELECT s.vurdering_id, e.navn AS enhet, e.distrikt, v.dato, s.indikator_id,
           substr(s.indikator_id, 1, instr(s.indikator_id, '-') - 1) AS modul_id,
           s.type, s.niva, s.grunnlag, s.rolle, s.oppdatert
    FROM svar s JOIN vurdering v ON v.id = s.vurdering_id JOIN enhet e ON e.id = v.enhet_id;
CREATE VIEW analyse_under_mal AS
    SELECT u.vurdering_id, e.navn AS enhet, e.distrikt, v.dato, u.modul_id, u.indikator_id, u.niva, u.mal
    FROM under_mal u JOIN vurdering v ON v.id = u.vurdering_id JOIN enhet e ON e.id = v.enhet_id;
"""


def fyll_alle(conn: sqlite3.Connection) -> None:
    """Beregn nøkkeltallene for alle vurderinger og merk alle enheter (i migreringen)."""
    for (enhet_id,) in conn.execute("SELECT id FROM enhet").fetchall():
        merk_enhet(conn, int(enhet_id))
    for (vid,) in conn.execute("SELECT id FROM vurdering").fetchall():
        oppdater(conn, int(vid))
