"""Filformatet `.forkant` selv: modellen, versjonene og valideringen av innholdet.

En fil er én vurdering med svar, stemmer og tiltak, og spørsmålsbanken den ble laget med
(docs/forkant-format.md). Versjon 1 har hele banken inni. Versjon 2 har en medfølgende
bank bare som id, versjon og sjekksum (`BankReferanse`), med distriktets egne moduler ved
siden av (`egne_moduler`); andre banker står fortsatt hele i filen. Versjon 3 har i
tillegg vurderingens kommuner (`vurdering.kommuner`), svarene per kommune (`kommunesvar`)
og enhetens prioriterte problemer (`problemer`, med tiltakenes `problem`); en fil uten noe
av dette skrives fortsatt som versjon 2, så eldre Forkant leser den (`versjon_for`). `fra_data` tar tolket
JSON, slår opp en referert bank og gir en `Forkantfil` der `bank` alltid er hele banken.

Alle feil blir `UtvekslingFeil` med norske linjer som sier hvilken fil og hvilket felt som
er galt (kryssjekken og oversettelsen av feilene står i `domene.forkantsjekk`). Lesing og
skriving av bytes og filer står i `vurdering.domene.utveksling`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from typing import Annotated, Any, Final, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StrictInt,
    StrictStr,
    StringConstraints,
    ValidationError,
    field_validator,
)

from vurdering.domene.bank import Bank, BankFeil, Modul
from vurdering.domene.forkantsjekk import kanonisk_uuid, kryssjekk, ny_id, oversett
from vurdering.domene.modell import Deltaker, Grunnlag, Svar, SvarType
from vurdering.domene.problemer import Problem
from vurdering.domene.regler import Sprak

FORMAT: Final = "forkant"
VERSJON: Final = 3
LESBARE_VERSJONER = (1, 2, 3)
#: Feltene som kom i versjon 3 (øverst i filen, og i `vurdering`).
NYE_FELT_V3 = ("kommunesvar", "problemer")
NYE_VURDERINGSFELT_V3 = ("kommuner",)
ENDELSE = ".forkant"
MAKS_STORRELSE = 20 * 1024 * 1024  # byte, både filen og JSON-en i en zip
MAKS_FEIL_VIST = 12
#: Lengdegrensene i filen, de samme som lagringen bruker for feltene.
MAKS_KORT = 200
MAKS_TEKST = 100_000
MAKS_TILTAK = 5_000
MAKS_DELTAKERE = 1_000
MAKS_DELTAKERNUMMER = 999
MAKS_KOMMUNER = 400
MAKS_PROBLEMER_I_FIL = 5
__all__ = ["kanonisk_uuid", "ny_id"]  # id-reglene står i forkantsjekk; her for dem som bruker formatet

KortTekst = Annotated[StrictStr, StringConstraints(max_length=MAKS_KORT)]
Tekst = Annotated[StrictStr, StringConstraints(max_length=MAKS_TEKST)]
Tidspunkt = Annotated[StrictStr, StringConstraints(max_length=40)]
Niva = Annotated[StrictInt, Field(ge=0, le=4)]
Antall = Annotated[StrictInt, Field(ge=0, le=100_000)]


class UtvekslingFeil(ValueError):
    """Filen kan ikke leses eller brukes. `feil` er én lesbar norsk linje per feil."""

    def __init__(self, feil: Sequence[str]) -> None:
        self.feil = list(feil)
        if len(self.feil) > MAKS_FEIL_VIST:
            vist = [*self.feil[:MAKS_FEIL_VIST], f"… og {len(self.feil) - MAKS_FEIL_VIST} feil til."]
        else:
            vist = self.feil
        super().__init__("\n".join(vist))


_SJEKKSUMMER: dict[int, tuple[Bank, str]] = {}


def bank_sjekksum(bank: Bank) -> str:
    """Samme sjekksum som databasen bruker for et bankøyeblikksbilde (huskes per bank)."""
    husket = _SJEKKSUMMER.get(id(bank))
    if husket is not None and husket[0] is bank:
        return husket[1]
    sjekksum = hashlib.sha256(bank.til_json().encode("utf-8")).hexdigest()
    if len(_SJEKKSUMMER) > 64:
        _SJEKKSUMMER.clear()
    _SJEKKSUMMER[id(bank)] = (bank, sjekksum)
    return sjekksum


# --- modellen -------------------------------------------------------------------------------


class _Streng(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class FilModul(_Streng):
    id: KortTekst
    mal: Niva


class FilDeltaker(_Streng):
    rolle: KortTekst
    navn: KortTekst = ""


class FilSignatur(_Streng):
    navn: Tekst = ""
    rolle: Tekst = ""
    dato: Tekst = ""


class FilVurdering(_Streng):
    enhet: Annotated[StrictStr, StringConstraints(min_length=1, max_length=MAKS_KORT)]
    #: Enhetens faste id (versjon 2); samme enhet på tvers av runder og databaser.
    enhet_id: Annotated[StrictStr, StringConstraints(max_length=45)] | None = None
    distrikt: KortTekst
    dato: Tidspunkt
    type: Literal["individuell", "samling", "samlet"]
    status: Literal["pagar", "ferdig"] = "pagar"
    sprak: Sprak = "nb"
    merking: Tekst = "Intern"
    konklusjon: Tekst = ""
    signatur: FilSignatur = FilSignatur()
    opprettet: Tidspunkt = ""
    endret: Tidspunkt = ""
    moduler: Annotated[list[FilModul], Field(min_length=1, max_length=200)]
    deltakere: Annotated[list[FilDeltaker], Field(max_length=MAKS_DELTAKERE)] = []
    #: Kommunene vurderingen besvares for (versjon 3), som vurderingen skriver dem.
    kommuner: Annotated[list[KortTekst], Field(max_length=MAKS_KOMMUNER)] = []

    @field_validator("enhet_id")
    @classmethod
    def _kanonisk_enhet_id(cls, verdi: str | None) -> str | None:
        if verdi is None:
            return None
        kanonisk = kanonisk_uuid(verdi)
        if kanonisk is None:
            raise ValueError("må være en UUID")
        return kanonisk


class FilSvar(_Streng):
    indikator: KortTekst
    type: Literal["niva", "vet_ikke", "ikke_relevant"]
    niva: Niva | None = None
    grunn: Tekst = ""
    grunnlag: Literal["dokumentert", "erfart", "antatt"] | None = None
    kommentar: Tekst = ""
    kilde: Tekst = ""
    rolle: KortTekst = ""
    dissens: Tekst = ""
    oppdatert: Tidspunkt = ""

    @classmethod
    def fra_svar(cls, s: Svar, oppdatert: str | None = None) -> FilSvar:
        """Et svar slik det står i filen (med et annet tidspunkt når det er gitt)."""
        return cls(
            indikator=s.indikator_id,
            type=s.type.value,
            niva=s.niva,
            grunn=s.grunn,
            grunnlag=s.grunnlag.value if s.grunnlag else None,
            kommentar=s.kommentar,
            kilde=s.kilde,
            rolle=s.rolle,
            dissens=s.dissens,
            oppdatert=s.oppdatert if oppdatert is None else oppdatert,
        )

    def som_svar(self, stemmer: Sequence[int] | None = None) -> Svar:
        """Svaret som domeneverdi, med stemmefordelingen når den finnes."""
        f = stemmer
        return Svar(
            indikator_id=self.indikator,
            type=SvarType(self.type),
            niva=self.niva,
            grunn=self.grunn,
            grunnlag=Grunnlag(self.grunnlag) if self.grunnlag else None,
            kommentar=self.kommentar,
            kilde=self.kilde,
            oppdatert=self.oppdatert,
            rolle=self.rolle,
            stemmer=(f[0], f[1], f[2], f[3], f[4]) if f else None,
            dissens=self.dissens,
        )


class FilKommunesvar(_Streng):
    """Svaret for én kommune på én indikator (versjon 3)."""

    indikator: KortTekst
    kommune: KortTekst
    type: Literal["niva", "vet_ikke", "ikke_relevant"]
    niva: Niva | None = None
    grunn: Tekst = ""
    grunnlag: Literal["dokumentert", "erfart", "antatt"] | None = None
    kommentar: Tekst = ""
    kilde: Tekst = ""
    oppdatert: Tidspunkt = ""

    @classmethod
    def fra_svar(cls, kommune: str, s: Svar, oppdatert: str | None = None) -> FilKommunesvar:
        """Svaret for `kommune` slik det står i filen (med et annet tidspunkt når det er gitt)."""
        return cls(
            indikator=s.indikator_id,
            kommune=kommune,
            type=s.type.value,
            niva=s.niva,
            grunn=s.grunn,
            grunnlag=s.grunnlag.value if s.grunnlag else None,
            kommentar=s.kommentar,
            kilde=s.kilde,
            oppdatert=s.oppdatert if oppdatert is None else oppdatert,
        )

    def som_svar(self) -> Svar:
        return Svar(
            indikator_id=self.indikator,
            type=SvarType(self.type),
            niva=self.niva,
            grunn=self.grunn,
            grunnlag=Grunnlag(self.grunnlag) if self.grunnlag else None,
            kommentar=self.kommentar,
            kilde=self.kilde,
            oppdatert=self.oppdatert,
        )


Verdi = Annotated[float, Field(allow_inf_nan=False, ge=-1e12, le=1e12)]


class FilProblem(_Streng):
    """Ett av enhetens prioriterte problemer med effektmålet (versjon 3; `domene.problemer`)."""

    tittel: Annotated[StrictStr, StringConstraints(min_length=1, max_length=MAKS_KORT)]
    begrunnelse: Tekst = ""
    effektmal: Tekst = ""
    kilde: Tekst = ""
    utgangsverdi: Verdi | None = None
    utgangsdato: KortTekst = ""
    malverdi: Verdi | None = None
    siste_verdi: Verdi | None = None
    siste_dato: KortTekst = ""
    forrige_verdi: Verdi | None = None

    @classmethod
    def fra_problem(cls, p: Problem) -> FilProblem:
        return cls(**{f: getattr(p, f) for f in cls.model_fields})

    def som_problem(self) -> Problem:
        return Problem(**{f: getattr(self, f) for f in type(self).model_fields})


class FilDeltakerstemme(_Streng):
    deltaker: Annotated[StrictInt, Field(ge=1, le=MAKS_DELTAKERNUMMER)]
    niva: Niva


class FilStemmer(_Streng):
    indikator: KortTekst
    fordeling: Annotated[list[Antall], Field(min_length=5, max_length=5)]
    deltakere: Annotated[list[FilDeltakerstemme], Field(max_length=MAKS_DELTAKERNUMMER)] = []


class FilTiltak(_Streng):
    tekst: Annotated[StrictStr, StringConstraints(min_length=1, max_length=MAKS_TILTAK)]
    eier_rolle: KortTekst = ""
    frist: KortTekst = ""
    status: Literal["ikke_startet", "pagar", "fullfort", "forkastet"] = "ikke_startet"
    indikator: KortTekst | None = None
    kommentar: Tekst = ""
    #: Problemet tiltaket er knyttet til: nummeret (1, 2 …) i filens `problemer` (versjon 3).
    problem: Annotated[StrictInt, Field(ge=1, le=MAKS_PROBLEMER_I_FIL)] | None = None


class BankReferanse(_Streng):
    """En bank som følger med Forkant, bare som id, versjon og sjekksum (versjon 2)."""

    id: KortTekst
    versjon: KortTekst
    sjekksum: Annotated[StrictStr, StringConstraints(pattern=r"^[0-9a-f]{64}$")]


class _Referanseform(_Streng):
    """Det som står i stedet for hele banken i en versjon 2-fil med referanse."""

    bank: BankReferanse
    egne_moduler: Annotated[list[Modul], Field(max_length=200)] = []


class Forkantfil(_Streng):
    """Innholdet i en .forkant-fil; `bank` er alltid hele banken (slått opp ved lesing)."""

    format: Literal["forkant"]
    versjon: Literal[1, 2, 3]
    id: Annotated[StrictStr, StringConstraints(min_length=32, max_length=45)]
    laget: Tidspunkt = ""
    program: KortTekst = ""
    vurdering: FilVurdering
    svar: Annotated[list[FilSvar], Field(max_length=10_000)] = []
    stemmer: Annotated[list[FilStemmer], Field(max_length=10_000)] = []
    tiltak: Annotated[list[FilTiltak], Field(max_length=10_000)] = []
    kommunesvar: Annotated[list[FilKommunesvar], Field(max_length=100_000)] = []
    problemer: Annotated[list[FilProblem], Field(max_length=MAKS_PROBLEMER_I_FIL)] = []
    bank: Bank

    @field_validator("id")
    @classmethod
    def _kanonisk_id(cls, verdi: str) -> str:
        return kanonisk_uuid(verdi) or verdi  # ugyldig id meldes av kryssjekken, med eksempel

    def svar_objekter(self) -> dict[str, Svar]:
        """Svarene som `Svar`, med stemmefordelingen der den finnes."""
        fordeling = {s.indikator: s.fordeling for s in self.stemmer}
        return {s.indikator: s.som_svar(fordeling.get(s.indikator)) for s in self.svar}

    def deltakere(self) -> list[Deltaker]:
        return [Deltaker(d.rolle, d.navn) for d in self.vurdering.deltakere]

    def kommunesvar_objekter(self) -> dict[str, dict[str, Svar]]:
        """Svarene per kommune: indikator-id → kommune → svar."""
        ut: dict[str, dict[str, Svar]] = {}
        for k in self.kommunesvar:
            ut.setdefault(k.indikator, {})[k.kommune] = k.som_svar()
        return ut

    @property
    def bank_sjekksum(self) -> str:
        return bank_sjekksum(self.bank)


#: Slår opp en medfølgende bank fra referansen i filen; None når den ikke finnes her.
Bankoppslag = Callable[[BankReferanse], "Bank | None"]


def bank_med_egne(grunn: Bank, egne: Sequence[Modul]) -> Bank:
    """Grunnbanken med egne moduler etter sine egne (slik `last_bank(ekstra=…)` setter dem)."""
    if not egne:
        return grunn
    return Bank.model_construct(**{**dict(grunn), "moduler": (*grunn.moduler, *egne)})


def medfolgende_oppslag(ref: BankReferanse) -> Bank | None:
    """Standardoppslaget: banken som følger med programmet, når sjekksummen stemmer."""
    from vurdering.domene.bank import last_bank

    try:
        bank = _medfolgende(last_bank)
    except BankFeil:
        return None
    return bank if bank_sjekksum(bank) == ref.sjekksum else None


_MEDFOLGENDE: list[Bank] = []


def _medfolgende(last: Callable[[], Bank]) -> Bank:
    if not _MEDFOLGENDE:
        _MEDFOLGENDE.append(last())
    return _MEDFOLGENDE[0]


# --- validering -------------------------------------------------------------------------------


def fra_data(data: Any, navn: str = "filen", oppslag: Bankoppslag | None = None) -> Forkantfil:
    """Valider tolket JSON: format og versjon først, så banken, skjemaet og innholdet."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise UtvekslingFeil([f'{navn}: er ikke en Forkant-fil (mangler «"format": "{FORMAT}"»).'])
    versjon = data.get("versjon")
    if type(versjon) is not int:
        raise UtvekslingFeil([f"{navn}: felt «versjon»: må være et heltall (filformatets versjon)."])
    if versjon > VERSJON:
        raise UtvekslingFeil(
            [
                f"{navn}: er laget av en nyere versjon av Forkant (filformat versjon {versjon}; "
                f"denne versjonen leser versjon {VERSJON}). Oppdater Forkant for å lese den."
            ]
        )
    if versjon not in LESBARE_VERSJONER:
        raise UtvekslingFeil([f"{navn}: ukjent filformatversjon {versjon} (denne versjonen leser versjon 1–3)."])
    if versjon < 3:
        _uten_nye_felt(data, navn, versjon)
    if versjon >= 2:
        data = _med_hel_bank(data, navn, oppslag)
    elif "egne_moduler" in data:
        raise UtvekslingFeil([f"{navn}: felt «egne_moduler»: ukjent felt i filformat versjon 1."])
    try:
        fil = Forkantfil.model_validate(data)
    except ValidationError as e:
        raise UtvekslingFeil(oversett(navn, e, data)) from None
    except (RecursionError, BankFeil) as e:
        raise UtvekslingFeil([f"{navn}: innholdet kan ikke tolkes ({e})."]) from None
    feil = kryssjekk(navn, fil)
    if feil:
        raise UtvekslingFeil(feil)
    return fil


def versjon_for(
    kommuner: Sequence[str], kommunesvar: Sequence[object], problemer: Sequence[object]
) -> Literal[2, 3]:
    """Versjonen en fil skrives med: 3 bare når den har noe versjon 2 ikke kan ha."""
    return VERSJON if kommuner or kommunesvar or problemer else 2


def _uten_nye_felt(data: dict[str, Any], navn: str, versjon: int) -> None:
    vurdering = data.get("vurdering")
    nye = [f for f in NYE_FELT_V3 if f in data]
    if isinstance(vurdering, dict):
        nye += [f"vurdering.{f}" for f in NYE_VURDERINGSFELT_V3 if f in vurdering]
    if nye:
        raise UtvekslingFeil([f"{navn}: felt «{nye[0]}»: ukjent felt i filformat versjon {versjon}."])


def _med_hel_bank(data: dict[str, Any], navn: str, oppslag: Bankoppslag | None) -> dict[str, Any]:
    """En versjon 2-fil med bankreferanse: slå opp banken og sett egne moduler til."""
    bank = data.get("bank")
    if not (isinstance(bank, dict) and "sjekksum" in bank and "moduler" not in bank):
        if "egne_moduler" in data:
            raise UtvekslingFeil([f"{navn}: felt «egne_moduler»: er bare lov sammen med en bankreferanse."])
        return data  # hele banken står i filen
    try:
        ref = _Referanseform.model_validate({"bank": bank, "egne_moduler": data.get("egne_moduler", [])})
    except ValidationError as e:
        raise UtvekslingFeil(oversett(navn, e, data)) from None
    grunn = (oppslag or medfolgende_oppslag)(ref.bank)
    if grunn is not None and (grunn.id, grunn.versjon) != (ref.bank.id, ref.bank.versjon):
        grunn = None  # sjekksummen hører til en annen bank enn id og versjon sier
    if grunn is None:
        laget_med = data.get("program") if isinstance(data.get("program"), str) else ""
        raise UtvekslingFeil(
            [
                f"{navn}: trenger spørsmålsbanken «{ref.bank.id}» versjon {ref.bank.versjon}"
                + (f" (filen er laget med {laget_med[:40]})" if laget_med else "")
                + ", og den følger ikke med denne Forkant. Oppdater Forkant til en versjon med den banken, "
                "eller be om en ny fil."
            ]
        )
    kjente = {m.id for m in grunn.moduler}
    dobbelt = [m.id for m in ref.egne_moduler if m.id in kjente]
    if dobbelt or len({m.id for m in ref.egne_moduler}) != len(ref.egne_moduler):
        raise UtvekslingFeil([f"{navn}: felt «egne_moduler»: modul-id-en står to ganger ({', '.join(dobbelt)})."])
    return {**{k: v for k, v in data.items() if k != "egne_moduler"}, "bank": bank_med_egne(grunn, ref.egne_moduler)}
