"""Filformatet `.forkant`: én vurdering med spørsmålsbanken den ble laget med.

Formatet er JSON (UTF-8), eller en zip-fil med `forkant.json` inni; det er beskrevet i
docs/forkant-format.md. Lesingen har et tak på størrelsen, bruker aldri pickle eller eval,
validerer alt med pydantic og kryssjekker svarene mot banken i filen. Alle feil blir
`UtvekslingFeil` med norske linjer som sier hvilken fil og hvilket felt som er galt.

Her er også sammenslåingen av flere individuelle filer til én samlet vurdering
(`samle_filer`); lagringen av filene står i `vurdering.lagring.utveksling`.
"""

from __future__ import annotations

import hashlib
import io
import json
import uuid
import zipfile
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictInt, StrictStr, StringConstraints, ValidationError

from vurdering.domene import distrikter, feltregler
from vurdering.domene.bank import _PYDANTIC_NORSK, Bank, BankFeil
from vurdering.domene.modell import (
    Deltaker,
    Grunnlag,
    Svar,
    SvarType,
    Tiltak,
    TiltakStatus,
)
from vurdering.domene.samling import fordeling_fra_stemmer, konsensus, samle_svar

FORMAT = "forkant"
VERSJON = 1
ENDELSE = ".forkant"
MAKS_STORRELSE = 20 * 1024 * 1024  # byte, både filen og JSON-en i en zip
MAKS_FEIL_VIST = 12
ZIP_NAVN = "forkant.json"

KortTekst = Annotated[StrictStr, StringConstraints(max_length=200)]
Tekst = Annotated[StrictStr, StringConstraints(max_length=100_000)]
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
    enhet: Annotated[StrictStr, StringConstraints(min_length=1, max_length=200)]
    distrikt: KortTekst
    dato: Tidspunkt
    type: Literal["individuell", "samling", "samlet"]
    status: Literal["pagar", "ferdig"] = "pagar"
    sprak: Literal["nb", "nn"] = "nb"
    merking: Tekst = "Intern"
    konklusjon: Tekst = ""
    signatur: FilSignatur = FilSignatur()
    opprettet: Tidspunkt = ""
    endret: Tidspunkt = ""
    moduler: Annotated[list[FilModul], Field(min_length=1, max_length=200)]
    deltakere: Annotated[list[FilDeltaker], Field(max_length=1000)] = []


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


class FilDeltakerstemme(_Streng):
    deltaker: Annotated[StrictInt, Field(ge=1, le=999)]
    niva: Niva


class FilStemmer(_Streng):
    indikator: KortTekst
    fordeling: Annotated[list[Antall], Field(min_length=5, max_length=5)]
    deltakere: Annotated[list[FilDeltakerstemme], Field(max_length=999)] = []


class FilTiltak(_Streng):
    tekst: Annotated[StrictStr, StringConstraints(min_length=1, max_length=5_000)]
    eier_rolle: KortTekst = ""
    frist: KortTekst = ""
    status: Literal["ikke_startet", "pagar", "fullfort", "forkastet"] = "ikke_startet"
    indikator: KortTekst | None = None
    kommentar: Tekst = ""


class Forkantfil(_Streng):
    """Innholdet i en .forkant-fil, versjon 1."""

    format: Literal["forkant"]
    versjon: Literal[1]
    id: Annotated[StrictStr, StringConstraints(min_length=32, max_length=40)]
    laget: Tidspunkt = ""
    program: KortTekst = ""
    vurdering: FilVurdering
    svar: Annotated[list[FilSvar], Field(max_length=10_000)] = []
    stemmer: Annotated[list[FilStemmer], Field(max_length=10_000)] = []
    tiltak: Annotated[list[FilTiltak], Field(max_length=10_000)] = []
    bank: Bank

    # --- til domeneverdier ---

    def svar_objekter(self) -> dict[str, Svar]:
        """Svarene som `Svar`, med stemmefordelingen der den finnes."""
        fordeling = {s.indikator: s.fordeling for s in self.stemmer}
        ut = {}
        for s in self.svar:
            f = fordeling.get(s.indikator)
            ut[s.indikator] = Svar(
                indikator_id=s.indikator,
                type=SvarType(s.type),
                niva=s.niva,
                grunn=s.grunn,
                grunnlag=Grunnlag(s.grunnlag) if s.grunnlag else None,
                kommentar=s.kommentar,
                kilde=s.kilde,
                oppdatert=s.oppdatert,
                rolle=s.rolle,
                stemmer=(f[0], f[1], f[2], f[3], f[4]) if f else None,
                dissens=s.dissens,
            )
        return ut

    def tiltak_objekter(self) -> list[Tiltak]:
        return [
            Tiltak(
                tekst=t.tekst,
                eier_rolle=t.eier_rolle,
                frist=t.frist,
                status=TiltakStatus(t.status),
                indikator_id=t.indikator,
                kommentar=t.kommentar,
            )
            for t in self.tiltak
        ]

    def deltakere(self) -> list[Deltaker]:
        return [Deltaker(d.rolle, d.navn) for d in self.vurdering.deltakere]

    @property
    def bank_sjekksum(self) -> str:
        return bank_sjekksum(self.bank)


def bank_sjekksum(bank: Bank) -> str:
    """Samme sjekksum som databasen bruker for et bankøyeblikksbilde."""
    return hashlib.sha256(bank.til_json().encode("utf-8")).hexdigest()


def ny_id() -> str:
    return str(uuid.uuid4())


# --- skriving ---------------------------------------------------------------------------------


def til_bytes(fil: Forkantfil) -> bytes:
    """Filen som JSON i UTF-8, med innrykk så den kan leses og sammenlignes."""
    return (json.dumps(fil.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n").encode("utf-8")


# --- lesing -----------------------------------------------------------------------------------


def _avvis_konstant(navn: str) -> float:
    raise ValueError(f"ugyldig tall {navn}")


def _fra_zip(data: bytes, navn: str) -> bytes:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            kandidater = [i for i in z.infolist() if not i.is_dir() and i.filename.lower().endswith(".json")]
            valgt = next((i for i in kandidater if Path(i.filename).name == ZIP_NAVN), None)
            if valgt is None and len(kandidater) == 1:
                valgt = kandidater[0]
            if valgt is None:
                raise UtvekslingFeil([f"{navn}: zip-filen inneholder ikke {ZIP_NAVN}, så den er ikke en Forkant-fil."])
            if valgt.file_size > MAKS_STORRELSE:
                raise UtvekslingFeil([f"{navn}: innholdet i zip-filen er for stort (over {_mb(MAKS_STORRELSE)})."])
            with z.open(valgt) as f:
                innhold = f.read(MAKS_STORRELSE + 1)
            if len(innhold) > MAKS_STORRELSE:
                raise UtvekslingFeil([f"{navn}: innholdet i zip-filen er for stort (over {_mb(MAKS_STORRELSE)})."])
            return innhold
    except UtvekslingFeil:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, EOFError, OSError, ValueError) as e:
        raise UtvekslingFeil([f"{navn}: zip-filen er skadet eller kan ikke leses ({e})."]) from None


def _mb(n: int) -> str:
    return f"{n // (1024 * 1024)} MB"


def les_json(data: bytes, navn: str = "filen") -> Any:
    """Bytes (JSON eller zip med JSON) til Python-verdier, eller `UtvekslingFeil`."""
    if len(data) > MAKS_STORRELSE:
        raise UtvekslingFeil([f"{navn}: filen er for stor (over {_mb(MAKS_STORRELSE)}); en Forkant-fil er mye mindre."])
    if data[:4] == b"PK\x03\x04":
        data = _fra_zip(data, navn)
    try:
        tekst = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UtvekslingFeil([f"{navn}: er ikke en Forkant-fil (ikke tekst i UTF-8 og ikke zip)."]) from None
    try:
        return json.loads(tekst, parse_constant=_avvis_konstant)
    except json.JSONDecodeError as e:
        raise UtvekslingFeil(
            [f"{navn}: er ikke en Forkant-fil (ugyldig JSON på linje {e.lineno}, kolonne {e.colno})."]
        ) from None
    except RecursionError:
        raise UtvekslingFeil([f"{navn}: er ikke en Forkant-fil (JSON-en er nestet for dypt)."]) from None
    except ValueError as e:  # NaN/Infinity eller et tall med altfor mange sifre
        raise UtvekslingFeil([f"{navn}: er ikke en Forkant-fil ({e})."]) from None


def les_bytes(data: bytes, navn: str = "filen") -> Forkantfil:
    """Les og valider innholdet i en .forkant-fil. Kaster `UtvekslingFeil`."""
    return fra_data(les_json(data, navn), navn)


def les_fil(sti: Path | str) -> Forkantfil:
    """Les og valider en .forkant-fil fra disk. Kaster `UtvekslingFeil`."""
    sti = Path(sti)
    navn = sti.name or str(sti)
    try:
        if sti.is_dir():
            raise UtvekslingFeil([f"{sti}: er en mappe, ikke en Forkant-fil."])
        if sti.stat().st_size > MAKS_STORRELSE:
            raise UtvekslingFeil(
                [f"{navn}: filen er for stor (over {_mb(MAKS_STORRELSE)}); en Forkant-fil er mye mindre."]
            )
        with sti.open("rb") as f:
            data = f.read(MAKS_STORRELSE + 1)
    except FileNotFoundError:
        raise UtvekslingFeil([f"Finner ikke filen {sti}."]) from None
    except PermissionError:
        raise UtvekslingFeil([f"{sti}: har ikke tilgang til å lese filen."]) from None
    except OSError as e:
        raise UtvekslingFeil([f"{sti}: kan ikke leses ({e.strerror or e})."]) from None
    return les_bytes(data, navn)


def fra_data(data: Any, navn: str = "filen") -> Forkantfil:
    """Valider allerede tolket JSON: format og versjon først, så skjemaet, så innholdet."""
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
    if versjon < VERSJON:
        raise UtvekslingFeil([f"{navn}: ukjent filformatversjon {versjon} (denne versjonen leser versjon {VERSJON})."])
    try:
        fil = Forkantfil.model_validate(data)
    except ValidationError as e:
        raise UtvekslingFeil(_oversett(navn, e, data)) from None
    except (RecursionError, BankFeil) as e:
        raise UtvekslingFeil([f"{navn}: innholdet kan ikke tolkes ({e})."]) from None
    feil = _kryssjekk(navn, fil)
    if feil:
        raise UtvekslingFeil(feil)
    return fil


def _sti(loc: Sequence[str | int]) -> str:
    """(«vurdering», «moduler», 2, «mal») → «vurdering.moduler[2].mal»."""
    ut = ""
    for x in loc:
        ut += f"[{x}]" if isinstance(x, int) else (f".{x}" if ut else x)
    return ut


def _beskriv_plass(loc: Sequence[str | int], data: Any) -> str:
    """(«svar», 3, «niva») → «svar nr. 4 (KK-03): felt «niva»»; ellers «felt «a.b[2].c»»."""
    if len(loc) >= 2 and loc[0] in ("svar", "stemmer", "tiltak") and isinstance(loc[1], int):
        liste = data.get(loc[0]) if isinstance(data, dict) else None
        element = liste[loc[1]] if isinstance(liste, list) and 0 <= loc[1] < len(liste) else None
        merke = ""
        if isinstance(element, dict):
            for k in ("indikator", "tekst"):
                if isinstance(element.get(k), str):
                    merke = f" ({element[k][:40]})"
                    break
        rest = _sti(loc[2:])
        return f"{loc[0]} nr. {loc[1] + 1}{merke}" + (f": felt «{rest}»" if rest else "")
    return f"felt «{_sti(loc)}»" if loc else ""


def _oversett(navn: str, e: ValidationError, data: Any) -> list[str]:
    ut = []
    for feil in e.errors(include_url=False):
        typ = feil["type"]
        loc = list(feil["loc"])
        if typ == "missing" and loc and isinstance(loc[-1], int):
            # et element mangler i en liste med fast lengde: si det om listen, én gang
            loc = loc[:-1]
            typ = "too_short"
        if typ == "literal_error":
            grunn = f"må være en av {feil.get('ctx', {}).get('expected', '')}"
        elif typ in ("too_short", "too_long"):
            grunn = "har feil antall elementer"
            if loc and loc[-1] == "fordeling":
                grunn = "må ha nøyaktig fem tall (nivå 0–4)"
        elif loc == ["id"] and typ in ("string_too_short", "string_too_long"):
            grunn = f"må være en UUID (for eksempel {ny_id()})"
        elif typ == "string_too_long":
            grunn = "er for lang"
        elif typ in ("model_type", "dict_type"):
            grunn = "må være et JSON-objekt ({ … })"  # «tabell» er TOML-ordet
        else:
            grunn = _PYDANTIC_NORSK.get(typ, feil["msg"])
        plass = _beskriv_plass(loc, data)
        linje = f"{navn}: {plass}: {grunn}" if plass else f"{navn}: {grunn}"
        if linje not in ut:
            ut.append(linje)
    return ut


def _gyldig_dato(tekst: str) -> bool:
    try:
        date.fromisoformat(tekst)
    except ValueError:
        return False
    return len(tekst) == 10


def _gyldig_tidspunkt(tekst: str) -> bool:
    if not tekst:
        return True
    try:
        datetime.fromisoformat(tekst)
    except ValueError:
        return False
    return True


def _kryssjekk(navn: str, fil: Forkantfil) -> list[str]:
    """Det skjemaet ikke kan se: id-er mot banken, datoer, svar som henger sammen."""
    feil: list[str] = []
    bank = fil.bank
    v = fil.vurdering
    try:
        uuid.UUID(fil.id)
    except ValueError:
        feil.append(f"{navn}: felt «id»: må være en UUID (for eksempel {ny_id()}).")
    if not _gyldig_dato(v.dato):
        feil.append(f"{navn}: felt «vurdering.dato»: må være en dato på formen ÅÅÅÅ-MM-DD.")
    for felt, verdi in (("laget", fil.laget), ("vurdering.opprettet", v.opprettet), ("vurdering.endret", v.endret)):
        if not _gyldig_tidspunkt(verdi):
            feil.append(f"{navn}: felt «{felt}»: må være et tidspunkt på formen ÅÅÅÅ-MM-DDTtt:mm:ss.")
    if not v.enhet.strip():
        feil.append(f"{navn}: felt «vurdering.enhet»: kan ikke være tom.")
    if distrikter.finn(v.distrikt) is None:
        feil.append(f"{navn}: felt «vurdering.distrikt»: ukjent distrikt eller særorgan «{v.distrikt}».")
    moduler: set[str] = set()
    for m in v.moduler:
        if not bank.har_modul(m.id):
            feil.append(f"{navn}: modul {m.id}: finnes ikke i spørsmålsbanken i filen.")
        elif m.id in moduler:
            feil.append(f"{navn}: modul {m.id}: står flere ganger.")
        moduler.add(m.id)
    manglende_tema = [m.id for m in bank.temamoduler if m.id not in moduler]
    if manglende_tema:
        feil.append(f"{navn}: vurderingen mangler temamodulene {', '.join(manglende_tema)} (de er alltid med).")

    def sjekk_indikator(hvor: str, ind: str) -> bool:
        if not bank.har_indikator(ind):
            feil.append(f"{navn}: {hvor}: ukjent indikator «{ind}».")
            return False
        if bank.indikator(ind).modul_id not in moduler:
            feil.append(f"{navn}: {hvor}: indikatoren {ind} hører til en modul som ikke er med i vurderingen.")
            return False
        return True

    sett: set[str] = set()
    for nr, s in enumerate(fil.svar, 1):
        hvor = f"svar nr. {nr} ({s.indikator})"
        if sjekk_indikator(hvor, s.indikator):
            if s.indikator in sett:
                feil.append(f"{navn}: {hvor}: indikatoren er besvart flere ganger.")
            sett.add(s.indikator)
        if not _gyldig_tidspunkt(s.oppdatert):
            feil.append(f"{navn}: {hvor}: felt «oppdatert»: må være et tidspunkt.")
        try:
            Svar(s.indikator, SvarType(s.type), s.niva, grunn=s.grunn)
        except ValueError as e:
            feil.append(f"{navn}: {hvor}: {e}")
    sett = set()
    for nr, st in enumerate(fil.stemmer, 1):
        hvor = f"stemmer nr. {nr} ({st.indikator})"
        if sjekk_indikator(hvor, st.indikator):
            if st.indikator in sett:
                feil.append(f"{navn}: {hvor}: indikatoren har stemmer flere ganger.")
            sett.add(st.indikator)
        nr_sett = [d.deltaker for d in st.deltakere]
        if len(set(nr_sett)) != len(nr_sett):
            feil.append(f"{navn}: {hvor}: samme deltakernummer står flere ganger.")
    for nr, t in enumerate(fil.tiltak, 1):
        hvor = f"tiltak nr. {nr}"
        if t.indikator is not None and not bank.har_indikator(t.indikator):
            feil.append(f"{navn}: {hvor}: ukjent indikator «{t.indikator}».")
        if t.frist and not _gyldig_dato(t.frist):
            feil.append(f"{navn}: {hvor}: felt «frist»: må være en dato på formen ÅÅÅÅ-MM-DD.")
        if not t.tekst.strip():
            feil.append(f"{navn}: {hvor}: felt «tekst»: kan ikke være tom.")
    return feil


# --- sammenslåing ------------------------------------------------------------------------------


def samle_filer(
    filer: Sequence[tuple[str, Forkantfil]],
    *,
    enhet: str,
    distrikt: str | None = None,
    dato: str | None = None,
    id: str | None = None,
    laget: str = "",
    program: str = "",
) -> Forkantfil:
    """Slå sammen individuelle vurderinger (navn, fil) av samme bank til én samlet vurdering.

    Hver fil er én anonym deltaker (nr. 1, 2 … i rekkefølgen filene kommer i). Per
    indikator blir svarene en stemmefordeling, forslaget (nedre median) blir svaret, og
    uenighet kan leses av fordelingen. Modulene er alle som er med i minst én fil; målet
    per modul er den nedre medianen av filenes mål. Kaster `UtvekslingFeil`.
    """
    feil: list[str] = []
    if len(filer) < 2:
        raise UtvekslingFeil(["Velg minst to filer med individuelle svar for å samle dem."])
    try:
        enhet = feltregler.enhet(enhet)  # samme regel som «Ny vurdering» og `ny`, aldri kuttet i det stille
    except feltregler.Feltfeil as e:
        feil.append(f"Den samlede vurderingen: {e}")
    forste_navn, forste = filer[0]
    sett_id: dict[str, str] = {}
    for navn, f in filer:
        if f.vurdering.type != "individuell":
            feil.append(
                f"{navn}: er en vurdering av typen «{f.vurdering.type}», ikke individuelle svar; "
                "bare individuelle vurderinger kan samles."
            )
        if f.id in sett_id:
            feil.append(
                f"{navn}: er den samme vurderingen som {sett_id[f.id]} (samme id); en fil kan bare telle én gang."
            )
        sett_id.setdefault(f.id, navn)
        if f.bank_sjekksum != forste.bank_sjekksum:
            ulik = (
                f"versjon {f.bank.versjon}, mens {forste_navn} bruker versjon {forste.bank.versjon}"
                if (f.bank.id, f.bank.versjon) != (forste.bank.id, forste.bank.versjon)
                else "en endret utgave av samme versjon"
            )
            feil.append(
                f"{navn}: bruker spørsmålsbanken «{f.bank.id}» {ulik}. "
                "Bare svar fra samme versjon av spørsmålsbanken kan samles."
            )
    if distrikt is None:
        alle_distrikter = {f.vurdering.distrikt for _, f in filer}
        if len(alle_distrikter) == 1:
            distrikt = alle_distrikter.pop()
        else:
            feil.append(
                "Filene er fra ulike distrikter (" + ", ".join(sorted(alle_distrikter)) + "); oppgi distriktet selv."
            )
    elif distrikter.finn(distrikt) is None:
        feil.append(f"Ukjent distrikt «{distrikt}». Velg et politidistrikt (for eksempel «Vest») eller et særorgan.")
    else:
        distrikt = distrikter.finn(distrikt)
    dato = dato or date.today().isoformat()
    if not _gyldig_dato(dato):
        feil.append(f"Ugyldig dato «{dato}» (skriv ÅÅÅÅ-MM-DD).")
    if feil:
        raise UtvekslingFeil(feil)
    assert distrikt is not None  # satt over når det ikke er feil

    bank = forste.bank
    valgt = {m.id for _, f in filer for m in f.vurdering.moduler}
    moduler = [m for m in bank.moduler if m.id in valgt]
    mal: dict[str, int] = {}
    for m in moduler:
        fordeling = [0, 0, 0, 0, 0]
        for _, f in filer:
            for fm in f.vurdering.moduler:
                if fm.id == m.id:
                    fordeling[fm.mal] += 1
        median = konsensus(fordeling).median
        mal[m.id] = m.mal if median is None else median
    indikatorer = [i.id for m in moduler for i in m.indikatorer]
    roller = [f.vurdering.deltakere[0].rolle if len(f.vurdering.deltakere) == 1 else "" for _, f in filer]
    svar, per_deltaker = samle_svar([f.svar_objekter() for _, f in filer], indikatorer, roller)
    sprak = {f.vurdering.sprak for _, f in filer}
    merking = {f.vurdering.merking for _, f in filer}
    tid = laget or datetime.now().isoformat(timespec="seconds")
    return Forkantfil(
        format="forkant",
        versjon=1,
        id=id or ny_id(),
        laget=tid,
        program=program,
        vurdering=FilVurdering(
            enhet=enhet,
            distrikt=distrikt,
            dato=dato,
            type="samlet",
            sprak=sprak.pop() if len(sprak) == 1 else "nb",
            merking=merking.pop() if len(merking) == 1 else "Intern",
            opprettet=tid,
            endret=tid,
            moduler=[FilModul(id=m.id, mal=mal[m.id]) for m in moduler],
            deltakere=[d for _, f in filer for d in f.vurdering.deltakere],
        ),
        svar=[FilSvar.fra_svar(s, tid) for s in svar.values()],
        stemmer=[
            FilStemmer(
                indikator=ind,
                fordeling=list(svar[ind].stemmer or fordeling_fra_stemmer(list(nivaer.values()))),
                deltakere=[FilDeltakerstemme(deltaker=nr, niva=n) for nr, n in sorted(nivaer.items())],
            )
            for ind, nivaer in per_deltaker.items()
        ],
        bank=bank,
    )
