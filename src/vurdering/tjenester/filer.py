"""Filer inn og ut: eksport til .forkant, import og sammenslåing av individuelle svar.

Brukes av kommandolinjen og vinduet likt. Alt eller ingenting: en feil i én fil stopper
hele importen, og feilene i alle filene meldes samlet.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from vurdering.domene.bank import Bank, BankFeil, last_bank
from vurdering.domene.utveksling import Forkantfil, UtvekslingFeil, les_fil, samle_filer
from vurdering.lagring import repository as repo
from vurdering.lagring import utveksling as lager
from vurdering.lagring.database import Database


def standardbanker() -> list[Bank]:
    """Bankene en fil kan være laget med: den som følger med programmet."""
    try:
        return [last_bank()]
    except BankFeil:
        return []  # en ødelagt medfølgende bank: da godtas bare banker som alt er i databasen


def _navn(stier: Sequence[Path]) -> list[str]:
    """Filnavnet alene, eller hele stien når to filer har samme navn."""
    navn = [s.name or str(s) for s in stier]
    return [str(s) if navn.count(n) > 1 else n for s, n in zip(stier, navn, strict=True)]


def les_filer(stier: Iterable[Path | str]) -> list[tuple[str, Forkantfil]]:
    """Les alle filene; feil i flere filer meldes samlet. Kaster `UtvekslingFeil`."""
    liste = [Path(s) for s in stier]
    if not liste:
        raise UtvekslingFeil(["Ingen filer er valgt."])
    ut: list[tuple[str, Forkantfil]] = []
    feil: list[str] = []
    for sti, navn in zip(liste, _navn(liste), strict=True):
        try:
            fil = les_fil(sti)
        except UtvekslingFeil as e:
            feil += [linje.replace(f"{sti.name}:", f"{navn}:", 1) for linje in e.feil]
            continue
        ut.append((navn, fil))
    if feil:
        raise UtvekslingFeil(feil)
    return ut


def importer_filer(db: Database, stier: Iterable[Path | str], kjente_banker: Sequence[Bank] | None = None) -> list[int]:
    """Les og importer filene i én transaksjon; gir de nye id-ene."""
    filer = les_filer(stier)
    return lager.importer(db, filer, standardbanker() if kjente_banker is None else kjente_banker)


def samle(
    db: Database,
    stier: Iterable[Path | str],
    *,
    enhet: str,
    distrikt: str | None = None,
    dato: str | None = None,
    kjente_banker: Sequence[Bank] | None = None,
) -> int:
    """Slå individuelle filer sammen til én samlet vurdering i databasen; gir id-en."""
    filer = les_filer(stier)
    kjente = standardbanker() if kjente_banker is None else kjente_banker
    bankfeil = [f for navn, fil in filer if (f := lager.sjekk_bank(db, navn, fil, kjente))]
    if bankfeil:
        raise UtvekslingFeil(bankfeil)
    samlet = samle_filer(
        filer, enhet=enhet, distrikt=distrikt, dato=dato, laget=repo.na(), program=lager.program_navn()
    )
    return lager.importer(db, [("samlet vurdering", samlet)], kjente)[0]


def eksporter(db: Database, vurdering_id: int, sti: Path | str) -> Path:
    return lager.eksporter(db, vurdering_id, sti)
