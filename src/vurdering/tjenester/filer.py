"""Filer inn og ut: eksport til .forkant, import og sammenslåing av individuelle svar.

Brukes av kommandolinjen og vinduet likt. Importen tar filer og mapper (alle `.forkant`
rett i mappen, ikke i undermapper), leser og skriver én fil om gangen inne i én ytre
transaksjon og melder fremdriften til en tilbakekalling som kan avbryte. Alt eller
ingenting: en feil i én fil stopper hele importen (feilene i alle filene meldes samlet),
med mindre den som importerer ber om å hoppe over dårlige filer.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from pathlib import Path

from vurdering.domene.bank import Bank, BankFeil, egne_modulfiler, last_bank
from vurdering.domene.forkantfil import ENDELSE, Bankoppslag, BankReferanse, Forkantfil, UtvekslingFeil, bank_sjekksum
from vurdering.domene.utveksling import les_bytes, les_vanlig_fil, samle_filer, samlet_id, til_bytes
from vurdering.lagring import importering
from vurdering.lagring import repository as repo
from vurdering.lagring import utveksling as lager
from vurdering.lagring.database import Database

#: Fremdrift: (ferdige filer, alle filer); svarer den False, avbrytes importen (ingenting importert).
Fremdrift = Callable[[int, int], "bool | None"]


class ImportAvbrutt(UtvekslingFeil):
    """Brukeren avbrøt importen; ingenting er importert."""

    def __init__(self) -> None:
        super().__init__(["Importen ble avbrutt; ingenting ble importert."])


class Importresultat(list[int]):
    """De nye vurderingenes id-er, og én linje per fil som ble hoppet over (`hoppet_over`)."""

    def __init__(self, ids: Iterable[int] = (), hoppet_over: Iterable[str] = ()) -> None:
        super().__init__(ids)
        self.hoppet_over = list(hoppet_over)


@lru_cache(maxsize=1)
def _medfolgende() -> Bank | None:
    try:
        return last_bank()
    except BankFeil:
        return None  # en ødelagt medfølgende bank: da godtas bare banker som alt er i databasen


def standardbanker() -> list[Bank]:
    """Bankene som følger med programmet (de en fil kan vise til med bare id og sjekksum)."""
    bank = _medfolgende()
    return [bank] if bank is not None else []


@lru_cache(maxsize=8)
def _med_egne(filer: tuple[tuple[str, float], ...]) -> Bank | None:
    try:
        return last_bank(ekstra=[Path(f) for f, _ in filer])
    except BankFeil:
        return None


def kjente_banker_for(db: Database) -> list[Bank]:
    """Den medfølgende banken, og den med distriktets egne moduler ved databasen når de finnes."""
    kjente = standardbanker()
    filer = egne_modulfiler(db.sti)
    if filer:
        egen = _med_egne(tuple((str(f), f.stat().st_mtime) for f in filer if f.is_file()))
        if egen is not None:
            kjente.append(egen)
    return kjente


def bankoppslag(db: Database, kjente: Sequence[Bank]) -> Bankoppslag:
    """Finner en bank en fil viser til: blant de kjente, ellers blant bankene i databasen."""

    def finn(ref: BankReferanse) -> Bank | None:
        for b in kjente:
            if bank_sjekksum(b) == ref.sjekksum:
                return b
        return importering.bank_med_sjekksum(db, ref.sjekksum)

    return finn


def finn_filer(stier: Iterable[Path | str]) -> list[Path]:
    """Filene, med hver mappe byttet ut med `.forkant`-filene rett i den (sortert)."""
    ut: list[Path] = []
    for s in stier:
        sti = Path(s).expanduser()
        if sti.is_dir():
            try:
                i_mappen = sorted(f for f in sti.iterdir() if f.suffix.lower() == ENDELSE)
            except OSError as e:
                raise UtvekslingFeil([f"Mappen {sti} kan ikke leses ({e.strerror or e})."]) from None
            if not i_mappen:
                raise UtvekslingFeil([f"Mappen {sti} har ingen {ENDELSE}-filer."])
            ut += i_mappen
        else:
            ut.append(sti)
    return ut


def _navn(stier: Sequence[Path]) -> list[str]:
    """Filnavnet alene, eller hele stien når to filer har samme navn."""
    navn = [s.name or str(s) for s in stier]
    return [str(s) if navn.count(n) > 1 else n for s, n in zip(stier, navn, strict=True)]


def les_filer(stier: Iterable[Path | str], oppslag: Bankoppslag | None = None) -> list[tuple[str, Forkantfil]]:
    """Les alle filene; feil i flere filer meldes samlet. Kaster `UtvekslingFeil`."""
    liste = finn_filer(stier)
    if not liste:
        raise UtvekslingFeil(["Ingen filer er valgt."])
    ut: list[tuple[str, Forkantfil]] = []
    feil: list[str] = []
    for sti, navn in zip(liste, _navn(liste), strict=True):
        try:
            ut.append((navn, les_bytes(les_vanlig_fil(sti), navn, oppslag)))
        except UtvekslingFeil as e:
            feil += e.feil
    if feil:
        raise UtvekslingFeil(feil)
    return ut


def importer_filer(
    db: Database,
    stier: Iterable[Path | str],
    fremdrift: Fremdrift | None = None,
    *,
    hopp_over_feil: bool = False,
    kjente_banker: Sequence[Bank] | None = None,
) -> Importresultat:
    """Les og importer filene og mappene i én transaksjon; gir de nye id-ene.

    En dårlig fil gjør at ingenting importeres (alle feilene meldes), eller, med
    `hopp_over_feil`, at bare den hoppes over (linjene står i `hoppet_over`).
    `fremdrift(ferdige, alle)` kalles etter hver fil; svarer den False, rulles alt tilbake
    og `ImportAvbrutt` kastes.
    """
    liste = finn_filer(stier)
    if not liste:
        raise UtvekslingFeil(["Ingen filer er valgt."])
    kjente = kjente_banker_for(db) if kjente_banker is None else list(kjente_banker)
    oppslag = bankoppslag(db, kjente)
    ids: list[int] = []
    feil: list[str] = []
    sett: dict[str, str] = {}
    with db.transaksjon():
        for nr, (sti, navn) in enumerate(zip(liste, _navn(liste), strict=True), 1):
            try:
                fil = les_bytes(les_vanlig_fil(sti), navn, oppslag)
                hindring = lager.sjekk_fil(db, navn, fil, kjente, sett)
                if hindring:
                    raise UtvekslingFeil(hindring)
                sett[fil.id] = navn
                if hopp_over_feil or not feil:
                    ids.append(lager.skriv(db, navn, fil))
            except UtvekslingFeil as e:
                feil += e.feil
            if fremdrift is not None and fremdrift(nr, len(liste)) is False:
                raise ImportAvbrutt()
        if feil and not hopp_over_feil:
            raise UtvekslingFeil([*feil, "Ingen filer ble importert."] if len(liste) > 1 else feil)
    return Importresultat(ids, feil)


def samle(
    db: Database,
    stier: Iterable[Path | str],
    *,
    enhet: str,
    distrikt: str | None = None,
    dato: str | None = None,
    kjente_banker: Sequence[Bank] | None = None,
) -> int:
    """Slå individuelle filer sammen til én samlet vurdering i databasen; gir id-en.

    De samme filene to ganger gir samme id, og den andre sammenslåingen avvises.
    """
    kjente = kjente_banker_for(db) if kjente_banker is None else list(kjente_banker)
    filer = les_filer(stier, bankoppslag(db, kjente))
    bankfeil = [f for navn, fil in filer if (f := lager.sjekk_bank(db, navn, fil, kjente))]
    if bankfeil:
        raise UtvekslingFeil(bankfeil)
    if len(filer) >= 2:
        finnes = importering.finn_vurdering_med_uuid(db, samlet_id([f for _, f in filer]))
        if finnes is not None:
            v = repo.hent_vurdering(db, finnes)
            raise UtvekslingFeil(
                [
                    f"Disse filene er allerede samlet (vurdering {finnes}, {v.enhet.navn}, {v.dato}); "
                    "den samlede vurderingen er ikke laget på nytt. Slett den først for å samle dem igjen."
                ]
            )
    samlet = samle_filer(
        filer, enhet=enhet, distrikt=distrikt, dato=dato, laget=repo.na(), program=lager.program_navn()
    )
    return lager.importer(db, [("samlet vurdering", samlet)], kjente)[0]


def eksporter(db: Database, vurdering_id: int, sti: Path | str) -> Path:
    """Skriv vurderingen til en .forkant-fil (komprimert; versjon 3 med kommuner eller problemer, ellers 2); gir stien."""
    return lager.skriv_fil(til_bytes(lager.lag_fil(db, vurdering_id), standardbanker()), sti)
