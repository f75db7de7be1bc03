"""Databaseskjemaet som registrerte migreringer, og skjemaet de gir (for kontrollen ved åpning).

Hver migrering kjører i sin egen transaksjon sammen med registreringen av at den er
kjørt (sqlite-utils `Migrations`, tabellen `_sqlite_migrations`). Nye migreringer legges
til nederst og endres aldri etter at de er utgitt; en database som har en migrering denne
versjonen ikke kjenner, er fra en nyere versjon.

Migreringene er vanlige funksjoner over noe som kan `execute(sql)`: sqlite-utils når de
brukes på en fil, en rå forbindelse i minnet når `forventet_skjema` finner ut hva de lager.
sqlite-utils lastes derfor først når en fil faktisk må migreres.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    import sqlite_utils

MIGRERINGSSETT = "forkant"
MIGRERINGSTABELL = "_sqlite_migrations"


class Utforer(Protocol):
    def execute(self, sql: str, /) -> object: ...


@dataclass(frozen=True, slots=True)
class Migrering:
    navn: str
    kjor: Callable[[Utforer], None]


def _kjor(db: Utforer, skript: str) -> None:
    """Kjør setning for setning: `executescript` ville committet midt i migreringen."""
    setning = ""
    for linje in skript.splitlines(keepends=True):
        setning += linje
        if sqlite3.complete_statement(setning):
            db.execute(setning)
            setning = ""
    if setning.strip():
        raise ValueError("Ufullstendig SQL-setning i migrering")


def _grunnskjema(db: Utforer) -> None:
    _kjor(
        db,
        """
        CREATE TABLE enhet (
            id INTEGER PRIMARY KEY,
            navn TEXT NOT NULL,
            distrikt TEXT NOT NULL,
            opprettet TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')),
            UNIQUE (navn, distrikt)
        );
        -- Øyeblikksbilde av banken en vurdering ble laget med (lik bank lagres én gang).
        CREATE TABLE bank (
            id INTEGER PRIMARY KEY,
            bank_id TEXT NOT NULL,
            versjon TEXT NOT NULL,
            sjekksum TEXT NOT NULL UNIQUE,
            innhold TEXT NOT NULL
        );
        CREATE TABLE vurdering (
            id INTEGER PRIMARY KEY,
            enhet_id INTEGER NOT NULL REFERENCES enhet(id),
            bank_ref INTEGER NOT NULL REFERENCES bank(id),
            dato TEXT NOT NULL,
            type TEXT NOT NULL CHECK (type IN ('individuell', 'samling', 'samlet')),
            status TEXT NOT NULL DEFAULT 'pagar' CHECK (status IN ('pagar', 'ferdig')),
            sprak TEXT NOT NULL DEFAULT 'nb' CHECK (sprak IN ('nb', 'nn')),
            merking TEXT NOT NULL DEFAULT 'Intern',
            konklusjon TEXT NOT NULL DEFAULT '',
            signatur_navn TEXT NOT NULL DEFAULT '',
            signatur_rolle TEXT NOT NULL DEFAULT '',
            signatur_dato TEXT NOT NULL DEFAULT '',
            opprettet TEXT NOT NULL,
            endret TEXT NOT NULL
        );
        CREATE INDEX vurdering_enhet ON vurdering(enhet_id, dato);
        CREATE TABLE vurdering_modul (
            vurdering_id INTEGER NOT NULL REFERENCES vurdering(id) ON DELETE CASCADE,
            modul_id TEXT NOT NULL,
            mal INTEGER NOT NULL CHECK (mal BETWEEN 0 AND 4),
            rekkefolge INTEGER NOT NULL,
            PRIMARY KEY (vurdering_id, modul_id)
        );
        CREATE TABLE deltaker (
            id INTEGER PRIMARY KEY,
            vurdering_id INTEGER NOT NULL REFERENCES vurdering(id) ON DELETE CASCADE,
            rolle TEXT NOT NULL,
            navn TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE svar (
            vurdering_id INTEGER NOT NULL REFERENCES vurdering(id) ON DELETE CASCADE,
            indikator_id TEXT NOT NULL,
            type TEXT NOT NULL CHECK (type IN ('niva', 'vet_ikke', 'ikke_relevant')),
            niva INTEGER CHECK (niva BETWEEN 0 AND 4),
            grunn TEXT NOT NULL DEFAULT '',
            grunnlag TEXT CHECK (grunnlag IN ('dokumentert', 'erfart', 'antatt')),
            kommentar TEXT NOT NULL DEFAULT '',
            kilde TEXT NOT NULL DEFAULT '',
            rolle TEXT NOT NULL DEFAULT '',
            dissens TEXT NOT NULL DEFAULT '',
            oppdatert TEXT NOT NULL,
            PRIMARY KEY (vurdering_id, indikator_id),
            CHECK ((type = 'niva') = (niva IS NOT NULL))
        );
        -- Stemmefordeling fra en samling: antall stemmer per nivå.
        CREATE TABLE stemme (
            vurdering_id INTEGER NOT NULL REFERENCES vurdering(id) ON DELETE CASCADE,
            indikator_id TEXT NOT NULL,
            niva INTEGER NOT NULL CHECK (niva BETWEEN 0 AND 4),
            antall INTEGER NOT NULL CHECK (antall >= 0),
            PRIMARY KEY (vurdering_id, indikator_id, niva)
        );
        CREATE TABLE tiltak (
            id INTEGER PRIMARY KEY,
            vurdering_id INTEGER NOT NULL REFERENCES vurdering(id) ON DELETE CASCADE,
            tekst TEXT NOT NULL,
            eier_rolle TEXT NOT NULL DEFAULT '',
            frist TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'ikke_startet'
                CHECK (status IN ('ikke_startet', 'pagar', 'fullfort', 'forkastet')),
            indikator_id TEXT,
            kommentar TEXT NOT NULL DEFAULT '',
            rekkefolge INTEGER NOT NULL DEFAULT 0,
            endret TEXT NOT NULL
        );
        -- Oppfølging i en ny runde av tiltak fra en tidligere runde.
        CREATE TABLE oppfolging (
            vurdering_id INTEGER NOT NULL REFERENCES vurdering(id) ON DELETE CASCADE,
            tiltak_id INTEGER NOT NULL REFERENCES tiltak(id) ON DELETE CASCADE,
            status TEXT NOT NULL
                CHECK (status IN ('ikke_startet', 'pagar', 'fullfort', 'forkastet')),
            kommentar TEXT NOT NULL DEFAULT '',
            oppdatert TEXT NOT NULL,
            PRIMARY KEY (vurdering_id, tiltak_id)
        );
        CREATE TABLE innstilling (
            nokkel TEXT PRIMARY KEY,
            verdi TEXT NOT NULL
        );
        """,
    )


def _samling_og_utveksling(db: Utforer) -> None:
    """En fast id per vurdering (for .forkant-filer: dobbel import oppdages) og stemmer per deltaker."""
    _kjor(
        db,
        """
        ALTER TABLE vurdering ADD COLUMN uuid TEXT;
        CREATE UNIQUE INDEX vurdering_uuid ON vurdering(uuid);
        -- Stemmen til hver anonyme deltaker (nr. 1, 2 …) i en samling; summen står i `stemme`.
        CREATE TABLE deltakerstemme (
            vurdering_id INTEGER NOT NULL REFERENCES vurdering(id) ON DELETE CASCADE,
            indikator_id TEXT NOT NULL,
            deltaker INTEGER NOT NULL CHECK (deltaker >= 1),
            niva INTEGER NOT NULL CHECK (niva BETWEEN 0 AND 4),
            PRIMARY KEY (vurdering_id, indikator_id, deltaker)
        );
        """,
    )


#: Alle migreringene, i rekkefølge.
MIGRERINGER: tuple[Migrering, ...] = (
    Migrering("001_grunnskjema", _grunnskjema),
    Migrering("002_samling_og_utveksling", _samling_og_utveksling),
)


def kjente_migreringer() -> tuple[str, ...]:
    return tuple(m.navn for m in MIGRERINGER)


def migrer(db: sqlite_utils.Database) -> None:
    """Kjør migreringene filen ikke har ennå (med sqlite-utils sin registrering)."""
    from sqlite_utils.migrations import Migrations

    sett = Migrations(MIGRERINGSSETT)
    for m in MIGRERINGER:
        sett(name=m.navn)(m.kjor)
    sett.apply(db)


def _nokkeltall_og_analysevisninger(db: Utforer) -> None:
    """Nøkkeltall per vurdering for lister og oversikter, enhetens nøkkel og faste id, analysevisningene.

    Eksisterende vurderinger fylles ut her, med domenets poengregler (se `nokkeltall`).
    """
    from vurdering.lagring import nokkeltall

    _kjor(db, nokkeltall.SKJEMA)
    conn = getattr(db, "conn", db)  # sqlite-utils på en fil, en rå forbindelse i forventet_skjema
    if isinstance(conn, sqlite3.Connection):
        nokkeltall.fyll_alle(conn)


def _prioriterte_problemer(db: Utforer) -> None:
    """Enhetens prioriterte lokale problemer med effektmål, og tiltak knyttet til et problem."""
    from vurdering.lagring import problemer

    _kjor(db, problemer.SKJEMA)


def _kommuner(db: Utforer) -> None:
    """Vurderingens kommuner og svar per kommune (`lagring.kommunesvar`); tabellen `svar` er urørt."""
    from vurdering.lagring import kommunesvar

    _kjor(db, kommunesvar.SKJEMA)


MIGRERINGER = (
    *MIGRERINGER,
    Migrering("003_nokkeltall_og_analysevisninger", _nokkeltall_og_analysevisninger),
    Migrering("004_prioriterte_problemer", _prioriterte_problemer),
    Migrering("005_kommuner", _kommuner),
)
