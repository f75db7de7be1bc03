"""Spørsmålsbanken: lasting og validering av bankfilene.

Banken er data i `ressurser/bank/` (formatet står i docs/bankformat.md). Den valideres
med pydantic ved hver oppstart; hver feil nevner filen, indikatoren og feltet, og linjen
når TOML-en selv er ødelagt. Et distrikts egen modul kan lastes ved siden av den
medfølgende banken med `last_bank(ekstra=[fil])`.

Modellen (`Bank`, `Modul`, `Indikator` …) står i `vurdering.domene.bankmodell` og
eksporteres herfra, så `from vurdering.domene.bank import Bank` virker som før.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from vurdering.domene.bankmodell import _PYDANTIC_NORSK as _PYDANTIC_NORSK  # brukt av domene/utveksling.py
from vurdering.domene.bankmodell import (
    ANTALL_INDIKATORER,
    BESLUTNINGSREGEL,
    BESLUTNINGSREGEL_NN,
    INDIKATOR_ID,
    MAKS_FILSTORRELSE,
    MODUL_ID,
    MODULTYPE_NAVN,
    NYNORSK_FELT,
    Bank,
    BankFeil,
    Hovedlinje,
    Indikator,
    Modul,
    ModulType,
    Nivadefinisjon,
    Omfang,
    Tekst,
    Tema,
    Tidspunkt,
    _oversett,
)
from vurdering.plattform import filer, ressursfiler

__all__ = [
    "ANTALL_INDIKATORER",
    "BESLUTNINGSREGEL",
    "BESLUTNINGSREGEL_NN",
    "EGNE_MODULER",
    "INDIKATOR_ID",
    "MAKS_FILSTORRELSE",
    "MODULTYPE_NAVN",
    "MODUL_ID",
    "NYNORSK_FELT",
    "UTGAVE2_FELT",
    "Bank",
    "BankFeil",
    "Hovedlinje",
    "Indikator",
    "Modul",
    "ModulType",
    "Nivadefinisjon",
    "Omfang",
    "Tekst",
    "Tema",
    "Tidspunkt",
    "egne_modulfiler",
    "last_bank",
    "last_bank_for",
    "sjekk_fil",
    "sjekk_utgave2",
    "standardmappe",
]

# --- lasting -------------------------------------------------------------------------


def standardmappe() -> Path:
    return ressursfiler.sti("bank")


def _les_toml(fil: Path) -> dict[str, Any]:
    if not fil.exists():
        raise BankFeil([f"{fil}: filen finnes ikke."])
    try:
        # bare vanlige filer, størrelsen sjekket før lesing: en FIFO eller /dev/zero i egne-moduler/ henger ikke
        data = filer.les_vanlig_fil(fil, MAKS_FILSTORRELSE)
    except filer.FilFeil as e:
        if "for stor" in str(e):
            raise BankFeil([f"{fil.name}: filen er for stor til å være en bankfil."]) from None
        raise BankFeil([f"{fil.name}: {e}"]) from None
    try:
        tekst = data.decode("utf-8")
    except UnicodeDecodeError:
        raise BankFeil([f"{fil.name}: filen er ikke UTF-8-tekst."]) from None
    try:
        return tomllib.loads(tekst)
    except tomllib.TOMLDecodeError as e:
        raise BankFeil([f"{fil.name}: ugyldig TOML: {_toml_melding(e)}"]) from None


def _toml_melding(e: tomllib.TOMLDecodeError) -> str:
    from vurdering.domene import tomlfeil

    return tomlfeil.melding(e)


#: Feltene utgave 2 krever på hver indikator i bankens egne moduler.
UTGAVE2_FELT = ("bevis", "bevis_nn", "omfang")


def sjekk_utgave2(fil: str, m: Modul) -> list[str]:
    """Feltene utgave 2 av banken krever (egne moduler i gammelt format slipper)."""
    return [
        f"{fil}: indikator {ind.id}: felt «{felt}»: mangler (påkrevd fra utgave 2 av banken)"
        for ind in m.indikatorer
        for felt in UTGAVE2_FELT
        if getattr(ind, felt) is None
    ]


def _sjekk_erstatter(moduler: Sequence[Modul]) -> list[str]:
    """En indikator kan ikke erstatte en id som fortsatt finnes i samme bank."""
    finnes = {i.id for m in moduler for i in m.indikatorer}
    return [
        f"{m.id}.toml: indikator {ind.id}: felt «erstatter»: «{gammel}» finnes fortsatt i banken"
        for m in moduler
        for ind in m.indikatorer
        for gammel in ind.erstatter
        if gammel in finnes and gammel != ind.id
    ]


def _modul_fra_data(fil: Path, data: dict[str, Any]) -> tuple[Modul | None, list[str]]:
    navn = fil.name
    modul = data.get("modul")
    if not isinstance(modul, dict):
        return None, [f"{navn}: mangler tabellen [modul]"]
    ukjent = set(data) - {"modul", "indikator"}
    if ukjent:
        return None, [f"{navn}: ukjent tabell «{', '.join(sorted(ukjent))}»"]
    indikatorer = data.get("indikator", [])
    if not isinstance(indikatorer, list):
        return None, [f"{navn}: [[indikator]] må være en liste av tabeller"]
    indeks = {
        i: str(ind.get("id", f"nr. {i + 1}")) if isinstance(ind, dict) else f"nr. {i + 1}"
        for i, ind in enumerate(indikatorer)
    }
    try:
        return Modul.model_validate({**modul, "indikatorer": indikatorer}), []
    except ValidationError as e:
        return None, _oversett(navn, e, indeks)


def _sjekk_modul(fil: str, m: Modul, tema: set[str], hovedlinjer: set[str], filnavn_id: str | None) -> list[str]:
    feil: list[str] = []
    if filnavn_id is not None and m.id != filnavn_id:
        feil.append(f"{fil}: modul: felt «id»: «{m.id}» skal være lik filnavnet («{filnavn_id}»)")
    if m.er_tema:
        if m.tema not in tema:
            feil.append(f"{fil}: modul: felt «tema»: temamodul må ha et kjent tema ({', '.join(sorted(tema))})")
    elif m.tema is not None:
        feil.append(f"{fil}: modul: felt «tema»: brukes bare på temamoduler")
    lav, hoy = ANTALL_INDIKATORER[m.type]
    if not lav <= len(m.indikatorer) <= hoy:
        feil.append(
            f"{fil}: modul {m.id}: har {len(m.indikatorer)} indikatorer; en "
            f"{MODULTYPE_NAVN[m.type]} skal ha {lav}–{hoy}"
        )
    for ind in m.indikatorer:
        hvor = f"{fil}: indikator {ind.id}"
        if ind.modul_id != m.id:
            feil.append(f"{hvor}: felt «id»: skal begynne med modulens id «{m.id}-»")
        if ind.tema not in tema:
            feil.append(f"{hvor}: felt «tema»: ukjent tema «{ind.tema}»")
        if ind.hovedlinje not in hovedlinjer:
            feil.append(f"{hvor}: felt «hovedlinje»: ukjent hovedlinje «{ind.hovedlinje}»")
        if len(set(ind.tidslinje)) != len(ind.tidslinje):
            feil.append(f"{hvor}: felt «tidslinje»: samme verdi står flere ganger")
        nn = ind.nynorsk_felt
        mangler_nn = [f"{f}_nn" for f, v in nn.items() if v is None]
        if 0 < len(mangler_nn) < len(nn):
            feil.append(f"{hvor}: nynorsk er ufullstendig; mangler {', '.join(mangler_nn)}")
        if ind.bevis is None and ind.bevis_nn is not None:
            feil.append(f"{hvor}: felt «bevis_nn»: står uten «bevis»")
        if ind.id in ind.erstatter:
            feil.append(f"{hvor}: felt «erstatter»: en indikator kan ikke erstatte seg selv")
        if len(set(ind.erstatter)) != len(ind.erstatter):
            feil.append(f"{hvor}: felt «erstatter»: samme id står flere ganger")
    return feil


def _last_metadata(mappe: Path) -> tuple[dict[str, Any], list[str]]:
    fil = mappe / "bank.toml"
    data = _les_toml(fil)
    bank = data.get("bank")
    if not isinstance(bank, dict):
        raise BankFeil([f"{fil.name}: mangler tabellen [bank]"])
    meta = {k: v for k, v in bank.items() if k != "moduler"}
    moduler = bank.get("moduler")
    if not isinstance(moduler, list) or not all(isinstance(x, str) for x in moduler):
        raise BankFeil([f"{fil.name}: bank: felt «moduler»: må være en liste av modul-id-er"])
    for nokkel in ("niva", "tema", "hovedlinje"):
        meta[nokkel] = data.get(nokkel, [])
    ukjent = set(data) - {"bank", "niva", "tema", "hovedlinje"}
    if ukjent:
        raise BankFeil([f"{fil.name}: ukjent tabell «{', '.join(sorted(ukjent))}»"])
    return meta, moduler


def _utgave(meta: dict[str, Any]) -> int:
    u = meta.get("utgave", 1)
    return u if isinstance(u, int) else 1


def last_bank(mappe: Path | None = None, ekstra: Iterable[Path] = ()) -> Bank:
    """Last og valider en bank (standard: den medfølgende) og eventuelle egne modulfiler.

    Kaster `BankFeil` med alle feilene som ble funnet.
    """
    mappe = mappe or standardmappe()
    meta, modul_ids = _last_metadata(mappe)
    feil: list[str] = []
    moduler: list[Modul] = []
    filer: list[tuple[Path, str | None]] = [(mappe / "moduler" / f"{mid}.toml", mid) for mid in modul_ids]
    filer += [(Path(f), None) for f in ekstra]
    tema = {t.get("id") for t in meta["tema"] if isinstance(t, dict)}
    hovedlinjer = {h.get("id") for h in meta["hovedlinje"] if isinstance(h, dict)}
    for fil, forventet in filer:
        try:
            data = _les_toml(fil)
        except BankFeil as e:
            feil += e.feil
            continue
        m, f = _modul_fra_data(fil, data)
        feil += f
        if m is not None:
            feil += _sjekk_modul(fil.name, m, tema, hovedlinjer, forventet)  # type: ignore[arg-type]
            if forventet is not None and _utgave(meta) >= 2:
                feil += sjekk_utgave2(fil.name, m)
            moduler.append(m)
    feil += _sjekk_unike(moduler)
    feil += _sjekk_erstatter(moduler)
    try:
        bank = Bank.model_validate({**meta, "moduler": moduler})
    except ValidationError as e:
        feil += _oversett("bank.toml", e, {})
        raise BankFeil(feil) from None
    feil += _sjekk_metadata(bank)
    if feil:
        raise BankFeil(feil)
    return bank


def _sjekk_unike(moduler: Sequence[Modul]) -> list[str]:
    feil = []
    sett_moduler: set[str] = set()
    sett_ind: dict[str, str] = {}
    for m in moduler:
        if m.id in sett_moduler:
            feil.append(f"modul {m.id}: samme modul-id er brukt to ganger")
        sett_moduler.add(m.id)
        for ind in m.indikatorer:
            if ind.id in sett_ind:
                feil.append(f"{m.id}.toml: indikator {ind.id}: felt «id»: id-en er brukt før (i {sett_ind[ind.id]})")
            else:
                sett_ind[ind.id] = f"{m.id}.toml"
    return feil


def _sjekk_metadata(bank: Bank) -> list[str]:
    feil = []
    if [n.verdi for n in bank.niva] != [0, 1, 2, 3, 4]:
        feil.append("bank.toml: niva: nivåene skal være 0, 1, 2, 3, 4 i rekkefølge")
    tema = {t.id for t in bank.tema}
    for h in bank.hovedlinje:
        if h.tema not in tema:
            feil.append(f"bank.toml: hovedlinje {h.id}: felt «tema»: ukjent tema «{h.tema}»")
    temamoduler = {m.tema for m in bank.temamoduler}
    for t in sorted(tema - temamoduler):
        feil.append(f"bank.toml: tema {t}: har ingen temamodul")
    return feil


def sjekk_fil(fil: Path) -> Bank | Modul:
    """Valider en bankmappe, en bank.toml eller en egen modulfil.

    En modulfil sjekkes mot temaene og hovedlinjene i den medfølgende banken, og mot
    id-ene der, med mindre filen er en av den medfølgende bankens egne.
    """
    fil = Path(fil)
    if fil.is_dir():
        return last_bank(fil)
    if fil.name == "bank.toml":
        return last_bank(fil.parent)
    meta, _ = _last_metadata(standardmappe())
    tema = {t.get("id") for t in meta["tema"] if isinstance(t, dict)}
    hovedlinjer = {h.get("id") for h in meta["hovedlinje"] if isinstance(h, dict)}
    m, feil = _modul_fra_data(fil, _les_toml(fil))
    if m is None:
        raise BankFeil(feil)
    egen = fil.resolve().parent == (standardmappe() / "moduler").resolve()
    feil += _sjekk_modul(fil.name, m, tema, hovedlinjer, fil.stem if egen else None)  # type: ignore[arg-type]
    if egen and _utgave(meta) >= 2:
        feil += sjekk_utgave2(fil.name, m)
    if not egen:
        try:
            feil += _sjekk_unike([*last_bank().moduler, m])
        except BankFeil:
            pass  # den medfølgende banken har egne feil; de meldes av `bank sjekk` uten FIL
    if feil:
        raise BankFeil(feil)
    return m


EGNE_MODULER = "egne-moduler"


def egne_modulfiler(db_sti: Path) -> list[Path]:
    """Distriktets egne modulfiler: `egne-moduler/*.toml` i mappen der databasen ligger."""
    mappe = Path(db_sti).parent / EGNE_MODULER
    return sorted(mappe.glob("*.toml")) if mappe.is_dir() else []


def last_bank_for(db_sti: Path) -> Bank:
    """Den medfølgende banken, med distriktets egne moduler ved siden av når de finnes."""
    return last_bank(ekstra=egne_modulfiler(db_sti))
