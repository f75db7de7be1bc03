"""Spørringene bak oversikten og utviklingen: få SQL-setninger over nøkkeltallene.

Oversikten leser det som alt er beregnet og lagret ved hver endring (`nokkeltall`):
modulpoeng, samlet poeng og indikatorene under mål. Ingen bank tolkes per rad, så ti
tusen vurderinger leses med fire spørringer. Utvalget (distrikt, periode, type, status)
og «bare siste runde per enhet» gjøres i SQL; enheten kjennes igjen på `enhet.nokkel`
(`domene.enheter.enhetsnokkel`), så ulike skrivemåter av samme enhet er én enhet.

Utviklingen for én enhet trenger hele vurderingen per runde (bank, svar, poeng og
oppfølging) og bygges av repository-funksjonene; det er få runder per enhet.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from vurdering.domene.distrikt import Modultekster
from vurdering.domene.enheter import enhetsnokkel, normaliser_distrikt, normaliser_navn
from vurdering.domene.oversikt import Enhetsrad, Modulcelle
from vurdering.lagring import sporring
from vurdering.lagring.database import Database

if TYPE_CHECKING:  # banken (pydantic) og analysen trengs bare for én enhets runder, ikke for oversikten
    from vurdering.domene.utvikling import Runde


@dataclass(frozen=True, slots=True)
class Enhetsvalg:
    """En enhet slik den står i databasen (første skrivemåte) med nøkkelen den kjennes igjen på."""

    navn: str
    distrikt: str
    nokkel: str
    runder: int


_les = sporring.les


# --- oversikt ------------------------------------------------------------------------------

_UTVALG = """
WITH utvalg AS (
    SELECT v.id, e.navn, e.distrikt, v.dato, v.type, v.status,
           coalesce(e.nokkel, forkant_nokkel(e.navn, e.distrikt)) AS nokkel
    FROM vurdering v JOIN enhet e ON e.id = v.enhet_id
    WHERE (:fra IS NULL OR v.dato >= :fra) AND (:til IS NULL OR v.dato <= :til)
      AND (:type IS NULL OR v.type = :type) AND (:status IS NULL OR v.status = :status)
), rangert AS (
    SELECT *, row_number() OVER (
        PARTITION BY nokkel, CASE WHEN :per_ar THEN substr(dato, 1, 4) END ORDER BY dato DESC, id DESC
    ) AS nr
    FROM utvalg
    WHERE :distrikt IS NULL OR substr(nokkel, 1, instr(nokkel, '|') - 1) = :distrikt
), valgt AS (
    SELECT id, navn, distrikt, dato, type, status FROM rangert WHERE :alle OR nr = 1
)
"""


def _parametre(
    distrikt: str | None,
    fra: str | None,
    til: str | None,
    type: str | None,
    status: str | None,
    *,
    alle_runder: bool,
    siste_per_ar: bool,
) -> dict[str, object]:
    """Parametrene til `_UTVALG` (distriktet normalisert som i enhetens nøkkel)."""
    return {
        "distrikt": normaliser_distrikt(distrikt) if distrikt else None,
        "fra": fra,
        "til": til,
        "type": type,
        "status": status,
        "alle": 1 if alle_runder else 0,
        "per_ar": 1 if siste_per_ar else 0,
    }


def enhetsrader(
    db: Database,
    *,
    distrikt: str | None = None,
    fra: str | None = None,
    til: str | None = None,
    type: str | None = None,
    status: str | None = None,
    alle_runder: bool = False,
    siste_per_ar: bool = False,
) -> list[Enhetsrad]:
    """Radene i oversikten: utvalget, og som standard bare siste runde per enhet i utvalget.

    Med `siste_per_ar` kommer enhetens siste runde i hvert kalenderår (for distriktets trend);
    med `alle_runder` alle vurderingene i utvalget.

    Rekkefølgen er distrikt, enhet, dato, id (som `domene.oversikt.siste_runder`).
    """
    p = _parametre(distrikt, fra, til, type, status, alle_runder=alle_runder, siste_per_ar=siste_per_ar)
    rader = _les(
        db,
        _UTVALG + "SELECT valgt.*, p.samlet FROM valgt LEFT JOIN vurderingspoeng p ON p.vurdering_id = valgt.id"
        " ORDER BY distrikt, navn, dato, id",
        p,
    )
    # Detaljene for de valgte id-ene (json_each er raskere enn å gjenta utvalget i hver spørring).
    ider = (json.dumps([r[0] for r in rader]),)
    celler: dict[int, dict[str, Modulcelle]] = {}
    kjente: dict[tuple[float | None, int, int], Modulcelle] = {}  # få ulike celler: del dem
    for vid, mid, verdi, mal, utilstrekkelig in _les(
        db,
        "SELECT vurdering_id, modul_id, poeng, mal, utilstrekkelig FROM modulpoeng"
        " WHERE vurdering_id IN (SELECT value FROM json_each(?))",
        ider,
    ):
        nokkel = (verdi, mal, utilstrekkelig)
        celle = kjente.get(nokkel)
        if celle is None:
            celle = kjente[nokkel] = Modulcelle(verdi, mal, bool(utilstrekkelig))
        celler.setdefault(vid, {})[mid] = celle
    under: dict[int, frozenset[str]] = {}
    tiltak: dict[int, dict[str, int]] = {}
    if rader:
        under = {
            vid: frozenset(liste.split(","))
            for vid, liste in _les(
                db,
                "SELECT vurdering_id, group_concat(indikator_id) FROM under_mal"
                " WHERE vurdering_id IN (SELECT value FROM json_each(?)) GROUP BY vurdering_id",
                ider,
            )
        }
        for vid, tstatus, antall in _les(
            db,
            "SELECT vurdering_id, status, count(*) FROM tiltak"
            " WHERE vurdering_id IN (SELECT value FROM json_each(?)) GROUP BY vurdering_id, status",
            ider,
        ):
            tiltak.setdefault(vid, {})[tstatus] = antall
    tom: frozenset[str] = frozenset()
    return [
        Enhetsrad(
            vurdering_id=vid,
            enhet=navn,
            distrikt=distrikt_,
            dato=dato,
            type=type_,
            status=status_,
            samlet=samlet,
            moduler=celler.get(vid, {}),
            under_mal=under.get(vid, tom),
            tiltak=tiltak.get(vid, {}),
        )
        for vid, navn, distrikt_, dato, type_, status_, samlet in rader
    ]


def trendverdier(
    db: Database,
    *,
    distrikt: str | None = None,
    fra: str | None = None,
    til: str | None = None,
    type: str | None = None,
    status: str | None = None,
) -> tuple[dict[str, int], dict[tuple[str, str], list[float]]]:
    """Det distriktets trend trenger, fra enhetens siste runde i hvert år (utvalget som i `enhetsrader`):
    antall enheter per år og modulpoengene per (år, modul). Tallene telles i SQL."""
    p = _parametre(distrikt, fra, til, type, status, alle_runder=False, siste_per_ar=True)
    enheter: dict[str, int] = {}
    verdier: dict[tuple[str, str], list[float]] = {}
    # Én spørring: utvalget regnes én gang (MATERIALIZED), og poengene telles per verdi i stedet for å
    # skrives ut som tekst – modulpoeng har få ulike verdier, så svaret er noen hundre rader.
    for ar, mid, verdi, antall in _les(
        db,
        _UTVALG.replace("valgt AS (", "valgt AS MATERIALIZED (")
        + "SELECT substr(dato, 1, 4), NULL, NULL, count(*) FROM valgt GROUP BY 1 UNION ALL"
        " SELECT substr(valgt.dato, 1, 4), m.modul_id, m.poeng, count(*) FROM valgt"
        " JOIN modulpoeng m ON m.vurdering_id = valgt.id WHERE m.poeng IS NOT NULL GROUP BY 1, 2, 3",
        p,
    ):
        if mid is None:
            enheter[str(ar)] = int(antall)
        else:
            verdier.setdefault((str(ar), str(mid)), []).extend([float(verdi)] * int(antall))
    return enheter, verdier


def ar_med_vurderinger(db: Database) -> list[str]:
    """Årene (ÅÅÅÅ) det finnes vurderinger fra, eldste først."""
    return [str(r[0]) for r in _les(db, "SELECT DISTINCT substr(dato, 1, 4) FROM vurdering ORDER BY 1")]


def konklusjoner(db: Database, vurdering_ider: Sequence[int]) -> dict[int, str]:
    """Konklusjonen (fritekst) for vurderingene som har en; bare når brukeren ber om kommentarer."""
    ut: dict[int, str] = {}
    ider = list(vurdering_ider)
    for start in range(0, len(ider), 500):
        bit = ider[start : start + 500]
        plasser = ",".join("?" * len(bit))
        for vid, tekst in _les(
            db, f"SELECT id, konklusjon FROM vurdering WHERE id IN ({plasser}) AND trim(konklusjon) != ''", tuple(bit)
        ):
            ut[int(vid)] = str(tekst)
    return ut


@lru_cache(maxsize=16)
def _bankinnhold(
    sjekksum: str, innhold: str
) -> tuple[tuple[tuple[str, str, str], ...], dict[str, str], dict[str, str]]:
    """(modul-id, navn, type) per modul, indikatorenes titler og nynorske navn og titler –
    uten å bygge hele banken."""
    data = json.loads(innhold)
    moduler = tuple((str(m["id"]), str(m["navn"]), str(m["type"])) for m in data["moduler"])
    titler = {str(i["id"]): str(i["tittel"]) for m in data["moduler"] for i in m["indikatorer"]}
    nynorsk = {str(m["id"]): str(m["navn_nn"]) for m in data["moduler"] if m.get("navn_nn")}
    nynorsk |= {
        str(i["id"]): str(i["tittel_nn"]) for m in data["moduler"] for i in m["indikatorer"] if i.get("tittel_nn")
    }
    return moduler, titler, nynorsk


def modultekster(db: Database) -> Modultekster:
    """Modulene og indikatortitlene i bankene som brukes; den nyeste bankens navn vinner.

    Rekkefølgen er den nyeste bankens, med moduler som bare finnes i eldre banker etter.
    """
    rekkefolge: list[str] = []
    navn: dict[str, str] = {}
    typer: dict[str, str] = {}
    titler: dict[str, str] = {}
    nynorsk: dict[str, str] = {}
    banker = _les(
        db,
        "SELECT b.sjekksum, b.innhold FROM bank b"
        " ORDER BY (SELECT max(v.dato) FROM vurdering v WHERE v.bank_ref = b.id) DESC, b.id DESC",
    )
    for sjekksum, innhold in banker:
        try:
            moduler, bankens_titler, bankens_nynorsk = _bankinnhold(sjekksum, innhold)
        except (ValueError, KeyError, TypeError):
            continue  # en skadet bank skal ikke stoppe oversikten; modulene vises da med id
        for mid, mnavn, mtype in moduler:
            if mid not in navn:
                rekkefolge.append(mid)
                navn[mid] = mnavn
                typer[mid] = mtype
        for iid, tittel in bankens_titler.items():
            titler.setdefault(iid, tittel)
        for nid, tekst in bankens_nynorsk.items():
            nynorsk.setdefault(nid, tekst)
    return Modultekster(tuple(rekkefolge), navn, typer, titler, nynorsk)


# --- én enhet over tid ------------------------------------------------------------------------


def finn_enheter(db: Database, navn: str, distrikt: str | None = None) -> list[Enhetsvalg]:
    """Enhetene som heter `navn` (etter enhetsregelen), i `distrikt` når det er gitt."""
    onsket = normaliser_navn(navn)
    d = normaliser_distrikt(distrikt) if distrikt else None
    funnet: dict[str, Enhetsvalg] = {}
    for enavn, edistrikt, nokkel, runder in _les(
        db,
        "SELECT e.navn, e.distrikt, coalesce(e.nokkel, forkant_nokkel(e.navn, e.distrikt)) AS nokkel,"
        " (SELECT count(*) FROM vurdering v WHERE v.enhet_id = e.id) FROM enhet e ORDER BY e.id",
    ):
        edist, _, enorm = str(nokkel).partition("|")
        if enorm != onsket or (d is not None and edist != d):
            continue
        if nokkel in funnet:
            tidligere = funnet[nokkel]
            funnet[nokkel] = Enhetsvalg(tidligere.navn, tidligere.distrikt, nokkel, tidligere.runder + int(runder))
        else:
            funnet[nokkel] = Enhetsvalg(enavn, edistrikt, nokkel, int(runder))
    return [e for e in funnet.values() if e.runder > 0]


def runde_ider(db: Database, nokkel: str) -> list[int]:
    """Vurderingene av enheten med denne nøkkelen, eldste først."""
    return [
        int(r[0])
        for r in _les(
            db,
            "SELECT v.id FROM vurdering v JOIN enhet e ON e.id = v.enhet_id"
            " WHERE coalesce(e.nokkel, forkant_nokkel(e.navn, e.distrikt)) = ? ORDER BY v.dato, v.id",
            (nokkel,),
        )
    ]


def runder_for_enhet(db: Database, navn: str, distrikt: str) -> list[Runde]:
    """Enhetens runder (alle skrivemåter av navnet), eldste først, med oppfølgingen av forrige rundes tiltak."""
    from vurdering.domene import poeng
    from vurdering.domene.utvikling import Runde
    from vurdering.domene.vurderingsdata import Oppfolgingspunkt
    from vurdering.lagring import repository as repo

    runder: list[Runde] = []
    forrige: int | None = None
    for vid in runde_ider(db, enhetsnokkel(navn, distrikt)):
        v = repo.hent_vurdering(db, vid)
        bank = repo.hent_bank(db, vid)
        svar = repo.hent_svar(db, vid)
        oppfolging: tuple[Oppfolgingspunkt, ...] = ()
        if forrige is not None:
            status = repo.hent_oppfolging(db, vid)
            oppfolging = tuple(
                Oppfolgingspunkt(t, *status.get(t.id or -1, (None, ""))) for t in repo.hent_tiltak(db, forrige)
            )
        runder.append(Runde(vid, v.dato, bank, poeng.beregn(bank, v.moduler, svar, v.mal), svar, oppfolging))
        forrige = vid
    return runder
