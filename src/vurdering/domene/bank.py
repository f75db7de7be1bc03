"""Spørsmålsbanken: modell, lasting og validering.

Banken er data i `ressurser/bank/` (formatet står i docs/bankformat.md). Den valideres
med pydantic ved hver oppstart; hver feil nevner filen, indikatoren og feltet, og linjen
når TOML-en selv er ødelagt. Et distrikts egen modul kan lastes ved siden av den
medfølgende banken med `last_bank(ekstra=[fil])`.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Sequence
from functools import cached_property
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError

from vurdering.plattform import ressursfiler

Tekst = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
ModulType = Literal["tema", "fagomrade", "tverrgaende"]
Tidspunkt = Literal["for", "under", "etter"]

MODUL_ID = r"^[A-ZÆØÅ]{2,4}$"
INDIKATOR_ID = r"^[A-ZÆØÅ]{2,4}-[0-9]{2}$"
MAKS_FILSTORRELSE = 2_000_000  # byte; en bankfil er noen titalls kB

#: Tillatt antall indikatorer per modultype (CONTENT.md).
ANTALL_INDIKATORER: dict[str, tuple[int, int]] = {
    "tema": (5, 7),
    "fagomrade": (2, 4),
    "tverrgaende": (3, 5),
}

#: Indikatorfeltene som har en nynorsk utgave (`tittel_nn` osv.).
NYNORSK_FELT = ("tittel", "pastand", "veiledning", "niva", "neste_steg")

MODULTYPE_NAVN = {
    "tema": "strategisk tema",
    "fagomrade": "fagområde",
    "tverrgaende": "tverrgående modul",
}


class BankFeil(ValueError):
    """Banken kan ikke brukes. `feil` er én lesbar linje per feil."""

    def __init__(self, feil: Sequence[str]) -> None:
        self.feil = list(feil)
        super().__init__("\n".join(self.feil))


class _Streng(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Nivadefinisjon(_Streng):
    verdi: int = Field(ge=0, le=4)
    navn: Tekst
    navn_nn: Tekst
    beskrivelse: Tekst
    beskrivelse_nn: Tekst


class Tema(_Streng):
    id: Annotated[str, Field(pattern=MODUL_ID)]
    navn: Tekst
    navn_nn: Tekst


class Hovedlinje(_Streng):
    id: Tekst
    tema: str
    navn: Tekst


class Indikator(_Streng):
    id: Annotated[str, Field(pattern=INDIKATOR_ID)]
    tittel: Tekst
    pastand: Tekst
    veiledning: Tekst
    tema: Tekst
    hovedlinje: Tekst
    tidslinje: tuple[Tidspunkt, ...] = ()
    vekt: float = Field(default=1.0, gt=0, le=10)
    niva: tuple[Tekst, Tekst, Tekst, Tekst, Tekst]
    neste_steg: tuple[Tekst, Tekst, Tekst, Tekst]
    # Nynorsk (valgfritt, men alt eller ingenting per indikator).
    tittel_nn: Tekst | None = None
    pastand_nn: Tekst | None = None
    veiledning_nn: Tekst | None = None
    niva_nn: tuple[Tekst, Tekst, Tekst, Tekst, Tekst] | None = None
    neste_steg_nn: tuple[Tekst, Tekst, Tekst, Tekst] | None = None

    @property
    def modul_id(self) -> str:
        return self.id.split("-", 1)[0]

    @property
    def nynorsk_felt(self) -> dict[str, object]:
        return {f: getattr(self, f"{f}_nn") for f in NYNORSK_FELT}

    def paa_nynorsk(self) -> Indikator:
        """Samme indikator med de nynorske tekstene i hovedfeltene (bokmål der nynorsk mangler)."""
        nn = {f: v for f, v in self.nynorsk_felt.items() if v is not None}
        return Indikator.model_construct(**{**dict(self), **nn})


class Modul(_Streng):
    id: Annotated[str, Field(pattern=MODUL_ID)]
    navn: Tekst
    navn_nn: Tekst | None = None
    type: ModulType
    tema: str | None = None
    mal: int = Field(default=3, ge=0, le=4)
    intro: Tekst
    intro_nn: Tekst | None = None
    indikatorer: tuple[Indikator, ...]

    def visningsnavn(self, sprak: str = "nb") -> str:
        return self.navn_nn if sprak == "nn" and self.navn_nn else self.navn

    def paa_nynorsk(self) -> Modul:
        return Modul.model_construct(
            **{
                **dict(self),
                "navn": self.navn_nn or self.navn,
                "intro": self.intro_nn or self.intro,
                "indikatorer": tuple(i.paa_nynorsk() for i in self.indikatorer),
            }
        )

    @property
    def er_tema(self) -> bool:
        return self.type == "tema"


class Bank(_Streng):
    id: Tekst
    versjon: Tekst
    navn: Tekst
    kilde: Tekst
    niva: tuple[Nivadefinisjon, Nivadefinisjon, Nivadefinisjon, Nivadefinisjon, Nivadefinisjon]
    tema: tuple[Tema, ...]
    hovedlinje: tuple[Hovedlinje, ...]
    moduler: tuple[Modul, ...]

    @cached_property
    def _moduler(self) -> dict[str, Modul]:
        return {m.id: m for m in self.moduler}

    @cached_property
    def _indikatorer(self) -> dict[str, Indikator]:
        return {i.id: i for m in self.moduler for i in m.indikatorer}

    def modul(self, modul_id: str) -> Modul:
        try:
            return self._moduler[modul_id]
        except KeyError:
            raise KeyError(f"Ukjent modul: {modul_id}") from None

    def har_modul(self, modul_id: str) -> bool:
        return modul_id in self._moduler

    def indikator(self, indikator_id: str) -> Indikator:
        try:
            return self._indikatorer[indikator_id]
        except KeyError:
            raise KeyError(f"Ukjent indikator: {indikator_id}") from None

    def har_indikator(self, indikator_id: str) -> bool:
        return indikator_id in self._indikatorer

    def tema_navn(self, tema_id: str, sprak: str = "nb") -> str:
        for t in self.tema:
            if t.id == tema_id:
                return t.navn_nn if sprak == "nn" else t.navn
        return tema_id

    def niva_navn(self, niva: int, sprak: str = "nb") -> str:
        d = self.niva[niva]
        return d.navn_nn if sprak == "nn" else d.navn

    @property
    def temamoduler(self) -> tuple[Modul, ...]:
        return tuple(m for m in self.moduler if m.er_tema)

    def paa(self, sprak: str) -> Bank:
        """Banken til visning på `sprak`: for «nn» står de nynorske tekstene i hovedfeltene.

        Bare til visning og rapporter; øyeblikksbildet som lagres, er alltid originalen.
        """
        return self._nynorsk if sprak == "nn" else self

    @cached_property
    def _nynorsk(self) -> Bank:
        return Bank.model_construct(**{**dict(self), "moduler": tuple(m.paa_nynorsk() for m in self.moduler)})

    def til_json(self) -> str:
        """Hele banken som JSON: øyeblikksbildet som lagres med hver vurdering."""
        return self.model_dump_json()

    @classmethod
    def fra_json(cls, tekst: str | bytes) -> Bank:
        try:
            return cls.model_validate_json(tekst)
        except ValidationError as e:
            raise BankFeil(_oversett("lagret bank", e, {})) from None


# --- lasting -------------------------------------------------------------------------


def standardmappe() -> Path:
    return ressursfiler.sti("bank")


def _les_toml(fil: Path) -> dict[str, Any]:
    try:
        if fil.stat().st_size > MAKS_FILSTORRELSE:
            raise BankFeil([f"{fil.name}: filen er for stor til å være en bankfil."])
        data = fil.read_bytes()
    except FileNotFoundError:
        raise BankFeil([f"{fil}: filen finnes ikke."]) from None
    except IsADirectoryError:
        raise BankFeil([f"{fil}: er en mappe, ikke en bankfil."]) from None
    except OSError as e:
        raise BankFeil([f"{fil}: kan ikke leses ({e.strerror})."]) from None
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


_PYDANTIC_NORSK = {
    "missing": "mangler",
    "extra_forbidden": "ukjent felt",
    "string_too_short": "kan ikke være tom",
    "string_type": "må være tekst",
    "int_type": "må være et heltall",
    "int_parsing": "må være et heltall",
    "int_from_float": "må være et heltall",
    "float_type": "må være et tall",
    "float_parsing": "må være et tall",
    "bool_type": "må være sann eller usann",
    "tuple_type": "må være en liste",
    "list_type": "må være en liste",
    "model_type": "må være en tabell",
    "dict_type": "må være en tabell",
    "string_pattern_mismatch": "har ugyldig form",
    "greater_than_equal": "er for lav",
    "greater_than": "er for lav",
    "less_than_equal": "er for høy",
    "less_than": "er for høy",
}


def _oversett(fil: str, e: ValidationError, indeks_til_id: dict[int, str]) -> list[str]:
    """Gjør pydantic-feil om til norske linjer: fil, indikator, felt, hva som er galt."""
    ut = []
    for feil in e.errors(include_url=False):
        loc = list(feil["loc"])
        hvor = [fil]
        if len(loc) >= 2 and loc[0] == "indikatorer" and isinstance(loc[1], int):
            hvor.append(f"indikator {indeks_til_id.get(loc[1], f'nr. {loc[1] + 1}')}")
            loc = loc[2:]
        elif loc and loc[0] != "indikatorer":
            hvor.append("modul")
        felt = ".".join(str(x) for x in loc if not isinstance(x, int))
        tall = [x for x in loc if isinstance(x, int)]
        typ = feil["type"]
        if felt in ("niva", "neste_steg") and tall and typ in ("missing", "too_long"):
            typ = "too_short"  # et fast antall: si hvor mange, ikke hvilket element som mangler
            tall = []
        if typ in ("too_short", "too_long"):
            ønsket = {"niva": 5, "neste_steg": 4}.get(felt)
            grunn = f"må ha nøyaktig {ønsket} tekster" if ønsket else "har feil antall elementer"
            if felt == "niva":
                grunn += " (nivå 0–4)"
            elif felt == "neste_steg":
                grunn += " (0→1, 1→2, 2→3, 3→4)"
        elif typ == "literal_error":
            grunn = f"må være en av {feil.get('ctx', {}).get('expected', '')}"
        else:
            grunn = _PYDANTIC_NORSK.get(typ, feil["msg"])
        if tall and felt in ("niva", "neste_steg"):
            felt = f"{felt}[{tall[0]}]"
        hvor.append(f"felt «{felt}»" if felt else "")
        linje = ": ".join(x for x in hvor if x) + f": {grunn}"
        if linje not in ut:
            ut.append(linje)
    return ut


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
    lav, høy = ANTALL_INDIKATORER[m.type]
    if not lav <= len(m.indikatorer) <= høy:
        feil.append(
            f"{fil}: modul {m.id}: har {len(m.indikatorer)} indikatorer; en "
            f"{MODULTYPE_NAVN[m.type]} skal ha {lav}–{høy}"
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
        mangler_nn = [f"{f}_nn" for f, v in ind.nynorsk_felt.items() if v is None]
        if 0 < len(mangler_nn) < len(NYNORSK_FELT):
            feil.append(f"{hvor}: nynorsk er ufullstendig; mangler {', '.join(mangler_nn)}")
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
    for nøkkel in ("niva", "tema", "hovedlinje"):
        meta[nøkkel] = data.get(nøkkel, [])
    ukjent = set(data) - {"bank", "niva", "tema", "hovedlinje"}
    if ukjent:
        raise BankFeil([f"{fil.name}: ukjent tabell «{', '.join(sorted(ukjent))}»"])
    return meta, moduler


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
            moduler.append(m)
    feil += _sjekk_unike(moduler)
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
