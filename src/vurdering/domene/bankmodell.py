"""Spørsmålsbankens modell: bank, moduler, indikatorer og nivådefinisjoner (pydantic).

Lasting og validering av bankfilene står i `vurdering.domene.bank`, som også eksporterer
alt herfra. `Bank.fra_json` leser øyeblikksbildet som lagres med hver vurdering; feltene som
kom med utgave 2 av banken er valgfrie her, så gamle øyeblikksbilder leses som før.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError

Tekst = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
ModulType = Literal["tema", "fagomrade", "tverrgaende"]
Tidspunkt = Literal["for", "under", "etter"]
Omfang = Literal["distrikt", "gde", "tjenesteenhet"]

MODUL_ID = r"^[A-ZÆØÅ]{2,4}$"
INDIKATOR_ID = r"^[A-ZÆØÅ]{2,4}-[0-9]{2}$"
MAKS_FILSTORRELSE = 2_000_000  # byte; en bankfil er noen titalls kB

#: Tillatt antall indikatorer per modultype (CONTENT.md).
ANTALL_INDIKATORER: dict[str, tuple[int, int]] = {
    "tema": (5, 7),
    "fagomrade": (2, 4),
    "tverrgaende": (3, 6),  # 6 fra utgave 2 (Barn og unge: «Viktig for politiet»)
}

#: Indikatorfeltene som har en nynorsk utgave (`tittel_nn` osv.).
NYNORSK_FELT = ("tittel", "pastand", "veiledning", "niva", "neste_steg", "bevis")

#: Beslutningsregelen for å velge nivå (CONTENT.md, «The decision rule»).
BESLUTNINGSREGEL = "Velg det høyeste nivået der beskrivelsen, og alle nivåene under, stemmer for enheten"
BESLUTNINGSREGEL_NN = "Vel det høgaste nivået der skildringa, og alle nivåa under, stemmer for eininga"

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
    # Utgave 2 (valgfritt i modellen, så gamle øyeblikksbilder og egne moduler leses som før;
    # påkrevd i den medfølgende banken, se `sjekk_utgave2`).
    bevis: tuple[Tekst, Tekst, Tekst, Tekst, Tekst] | None = None
    omfang: Omfang | None = None
    erstatter: tuple[Annotated[str, Field(pattern=INDIKATOR_ID)], ...] = ()
    per_kommune: bool = False
    lokale_problemer: bool = False
    # Nynorsk (valgfritt, men alt eller ingenting per indikator).
    tittel_nn: Tekst | None = None
    pastand_nn: Tekst | None = None
    veiledning_nn: Tekst | None = None
    niva_nn: tuple[Tekst, Tekst, Tekst, Tekst, Tekst] | None = None
    neste_steg_nn: tuple[Tekst, Tekst, Tekst, Tekst] | None = None
    bevis_nn: tuple[Tekst, Tekst, Tekst, Tekst, Tekst] | None = None

    @property
    def modul_id(self) -> str:
        return self.id.split("-", 1)[0]

    @property
    def nynorsk_felt(self) -> dict[str, object]:
        """De nynorske feltene som gjelder indikatoren (`bevis_nn` bare når den har `bevis`)."""
        return {f: getattr(self, f"{f}_nn") for f in NYNORSK_FELT if f != "bevis" or self.bevis is not None}

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
    #: Utgave 2 krever `bevis`, `bevis_nn` og `omfang` på hver indikator i bankens egne moduler.
    utgave: int = Field(default=1, ge=1, le=2)
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


# --- feilmeldinger på norsk ----------------------------------------------------------


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


#: Listefelt med et fast antall tekster.
_FAST_ANTALL = {
    "niva": 5,
    "niva_nn": 5,
    "bevis": 5,
    "bevis_nn": 5,
    "neste_steg": 4,
    "neste_steg_nn": 4,
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
        if felt in _FAST_ANTALL and tall and typ in ("missing", "too_long"):
            typ = "too_short"  # et fast antall: si hvor mange, ikke hvilket element som mangler
            tall = []
        if typ in ("too_short", "too_long"):
            onsket = _FAST_ANTALL.get(felt)
            grunn = f"må ha nøyaktig {onsket} tekster" if onsket else "har feil antall elementer"
            if onsket == 5:
                grunn += " (nivå 0–4)"
            elif onsket == 4:
                grunn += " (0→1, 1→2, 2→3, 3→4)"
        elif typ == "literal_error":
            grunn = f"må være en av {feil.get('ctx', {}).get('expected', '').replace(' or ', ' eller ')}"
        else:
            grunn = _PYDANTIC_NORSK.get(typ, feil["msg"])
        if tall and felt in _FAST_ANTALL:
            felt = f"{felt}[{tall[0]}]"
        hvor.append(f"felt «{felt}»" if felt else "")
        linje = ": ".join(x for x in hvor if x) + f": {grunn}"
        if linje not in ut:
            ut.append(linje)
    return ut
