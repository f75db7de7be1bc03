"""Kontroll av skjemaet i en databasefil mot det migreringene lager.

En databasefil kan komme fra hvem som helst (e-post, en minnepinne). En utløser (trigger)
som sluker hver lagring, en visning (view) i stedet for en tabell eller en manglende kolonne
kunne ellers endre hva Forkant lagrer og viser uten at noen merker det. Derfor sammenlignes
filens skjema med det migreringene filen sier den har kjørt, faktisk lager: samme tabeller
med samme kolonner og fremmednøkler, samme indekser, og ingen utløsere, visninger eller
tabeller vi ikke har laget selv. Det forventede skjemaet finnes ved å kjøre migreringene på
en database i minnet (én gang per prosess), så en visning en ny migrering lager, er godtatt
uten at en liste her må holdes à jour.
"""

from __future__ import annotations

import re
import sqlite3
from functools import lru_cache
from pathlib import Path

from vurdering.lagring import skjema
from vurdering.lagring.skjema import MIGRERINGSTABELL, Migrering

Beskrivelse = dict[tuple[str, str], tuple[object, ...]]

_TYPENAVN = {"table": "tabellen", "index": "indeksen", "view": "visningen", "trigger": "utløseren"}


def _normaliser(sql: str | None) -> str:
    return re.sub(r"\s+", " ", sql or "").strip()


def _objekter(conn: sqlite3.Connection, normaliser: bool = True) -> dict[tuple[str, str], tuple[str, str]]:
    """(type, navn) → (tabell, sql) for alt i sqlite_master utenom SQLites egne og migreringstabellen."""
    ut: dict[tuple[str, str], tuple[str, str]] = {}
    for type_, navn, tabell, sql in conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master"):
        if str(navn).startswith("sqlite_"):
            continue  # autoindekser, sqlite_sequence, sqlite_stat1: laget av SQLite selv
        if tabell == MIGRERINGSTABELL and type_ in ("table", "index"):
            continue  # sqlite-utils sin registrering; formen har endret seg mellom versjoner
        ut[(str(type_), str(navn))] = (str(tabell), _normaliser(sql) if normaliser else str(sql))
    return ut


def _detaljer(conn: sqlite3.Connection, type_: str, navn: str, tabell: str, sql: str) -> tuple[object, ...]:
    if type_ == "table":
        kolonner = tuple(tuple(r) for r in conn.execute("SELECT * FROM pragma_table_xinfo(?)", (navn,)))
        nokler = tuple(tuple(r) for r in conn.execute("SELECT * FROM pragma_foreign_key_list(?)", (navn,)))
        return ("table", sql.split("(", 1)[0].upper(), kolonner, nokler)
    if type_ == "index":
        deler = tuple(tuple(r) for r in conn.execute("SELECT * FROM pragma_index_xinfo(?)", (navn,)))
        return ("index", tabell, sql, deler)
    return (type_, tabell, sql)


def beskriv(conn: sqlite3.Connection, bare: set[tuple[str, str]] | None = None) -> Beskrivelse:
    """Skjemaet som sammenlignbare verdier; `bare` begrenser detaljene til disse objektene."""
    objekter = _objekter(conn)
    return {
        nokkel: _detaljer(conn, nokkel[0], nokkel[1], *objekter[nokkel])
        for nokkel in objekter
        if bare is None or nokkel in bare
    }


@lru_cache(maxsize=8)
def _forventet(migreringer: tuple[Migrering, ...]) -> tuple[dict[tuple[str, str], tuple[str, str]], Beskrivelse]:
    """SQL-teksten og beskrivelsen av skjemaet disse migreringene lager (kjørt i minnet)."""
    conn = sqlite3.connect(":memory:")
    try:
        for m in migreringer:
            m.kjor(conn)
        return _objekter(conn, normaliser=False), beskriv(conn)
    finally:
        conn.close()


def forventet(migreringer: tuple[Migrering, ...]) -> Beskrivelse:
    """Skjemaet disse migreringene lager, funnet ved å kjøre dem på en database i minnet."""
    return _forventet(migreringer)[1]


def avvik(conn: sqlite3.Connection, brukte: list[str]) -> str | None:
    """Første forskjell (norsk) mellom filens skjema og det `brukte` migreringer lager; None når lik."""
    kjente = skjema.MIGRERINGER[: len(brukte)]
    if [m.navn for m in kjente] != brukte:
        return "migreringene i filen er ikke de Forkant har laget"
    tekst, mal = _forventet(kjente)
    if _objekter(conn, normaliser=False) == tekst:
        return None  # vanlig åpning: nøyaktig de setningene migreringene skrev
    objekter = _objekter(conn)
    fremmede = sorted(set(objekter) - set(mal))
    if fremmede:
        type_, navn = fremmede[0]
        return f"{_TYPENAVN.get(type_, type_)} «{navn}» er ikke laget av Forkant"
    borte = sorted(set(mal) - set(objekter))
    if borte:
        type_, navn = borte[0]
        return f"{_TYPENAVN.get(type_, type_)} «{navn}» mangler"
    try:
        faktisk = beskriv(conn, set(mal))
    except sqlite3.Error:
        return "tabellene kan ikke leses som Forkants egne"
    for nokkel in sorted(mal):
        if faktisk[nokkel] != mal[nokkel]:
            type_, navn = nokkel
            hva = "kolonner eller nøkler" if type_ == "table" else "innhold"
            return f"{_TYPENAVN.get(type_, type_)} «{navn}» har andre {hva} enn Forkant lager"
    return None


def melding(sti: Path, forskjell: str) -> str:
    return (
        f"Databasefilen {sti} er endret utenfor Forkant: {forskjell}. "
        "Forkant åpner den ikke, og filen er ikke endret. Gjenopprett en sikkerhetskopi eller velg en annen fil."
    )
