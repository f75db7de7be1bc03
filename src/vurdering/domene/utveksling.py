"""Lesing, skriving og sammenslåing av `.forkant`-filer (formatet står i `domene.forkantfil`).

Lesingen tar bare vanlige filer (ikke FIFO, enheter eller lenker til slike), sjekker
størrelsen før noe leses, pakker ut zip uten å stole på den, og bruker aldri pickle eller
eval. Skrivingen lager versjon 2: JSON i en komprimert zip, der en medfølgende bank bare
står som referanse og distriktets egne moduler ved siden av. Her er også sammenslåingen av
flere individuelle filer til én samlet vurdering (`samle_filer`) og beskrivelsen av hva som
skiller to banker (`bankforskjell`). Alle feil blir `UtvekslingFeil` med norske linjer.
"""

from __future__ import annotations

import io
import json
import uuid
import zipfile
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from vurdering.domene import distrikter, feltregler
from vurdering.domene.bank import Bank, Modul
from vurdering.domene.forkantfil import (
    ENDELSE,
    FORMAT,
    MAKS_DELTAKERE,
    MAKS_DELTAKERNUMMER,
    MAKS_PROBLEMER_I_FIL,
    MAKS_STORRELSE,
    MAKS_TEKST,
    NYE_FELT_V3,
    NYE_VURDERINGSFELT_V3,
    Bankoppslag,
    FilDeltakerstemme,
    FilKommunesvar,
    FilModul,
    FilStemmer,
    FilSvar,
    FilVurdering,
    Forkantfil,
    UtvekslingFeil,
    bank_med_egne,
    bank_sjekksum,
    fra_data,
    versjon_for,
)
from vurdering.domene.forkantsjekk import gyldig_dato, oversett
from vurdering.domene.samling import fordeling_fra_stemmer, konsensus, samle_kommunesvar, samle_svar
from vurdering.plattform import filer

__all__ = ["ENDELSE", "MAKS_STORRELSE", "Forkantfil", "UtvekslingFeil", "les_bytes", "les_fil", "til_bytes"]

ZIP_NAVN = "forkant.json"
#: Navnerommet for id-en til en samlet vurdering: samme filer gir samme id.
_SAMLET_NAVNEROM = uuid.UUID("5b0c1f4e-7c1d-4f8a-9e0b-6a3d2c1b0f9e")


def _mb(n: int) -> str:
    return f"{n // (1024 * 1024)} MB"


def _for_stor(navn: str) -> UtvekslingFeil:
    return UtvekslingFeil([f"{navn}: filen er for stor (over {_mb(MAKS_STORRELSE)}); en Forkant-fil er mye mindre."])


# --- lesing -----------------------------------------------------------------------------------


def les_vanlig_fil(sti: Path, maks: int = MAKS_STORRELSE) -> bytes:
    """Innholdet i en vanlig fil på høyst `maks` byte; alt annet blir `UtvekslingFeil`.

    En FIFO, en enhet (også via en symbolsk lenke, som til /dev/zero) eller en mappe avvises
    før noe leses, og størrelsen sjekkes før lesingen (`plattform.filer.les_vanlig_fil`).
    """
    navn = sti.name or str(sti)
    try:
        data = filer.les_vanlig_fil(sti, maks)
    except filer.FilFeil as e:
        if "for stor" in str(e):
            raise _for_stor(navn) from None
        raise UtvekslingFeil([str(e)]) from None
    except ValueError:  # for eksempel et nulltegn i navnet
        raise UtvekslingFeil([f"{navn!r}: er ikke et gyldig filnavn."]) from None
    return data


def _fra_zip(data: bytes, navn: str) -> bytes:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            kandidater = [i for i in z.infolist() if not i.is_dir() and i.filename.lower().endswith(".json")]
            valgt = next((i for i in kandidater if Path(i.filename).name == ZIP_NAVN), None)
            if valgt is None and len(kandidater) == 1:
                valgt = kandidater[0]
            if valgt is None:
                raise UtvekslingFeil([f"{navn}: zip-filen inneholder ikke {ZIP_NAVN}, så den er ikke en Forkant-fil."])
            if valgt.flag_bits & 0x1:
                raise UtvekslingFeil(
                    [f"{navn}: zip-filen er kryptert (passordbeskyttet); Forkant leser bare åpne filer."]
                )
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
        raise UtvekslingFeil([f"{navn}: zip-filen er skadet eller kan ikke leses ({e}).".replace("\n", " ")]) from None
    except RuntimeError:  # kryptert eller på annen måte umulig å pakke ut
        raise UtvekslingFeil([f"{navn}: zip-filen kan ikke pakkes ut (kryptert eller ukjent utgave)."]) from None


def _avvis_konstant(navn: str) -> float:
    raise ValueError(f"ugyldig tall {navn}")


def les_json(data: bytes, navn: str = "filen") -> Any:
    """Bytes (JSON eller zip med JSON) til Python-verdier, eller `UtvekslingFeil`."""
    if len(data) > MAKS_STORRELSE:
        raise _for_stor(navn)
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


def les_bytes(data: bytes, navn: str = "filen", oppslag: Bankoppslag | None = None) -> Forkantfil:
    """Les og valider innholdet i en .forkant-fil. Kaster `UtvekslingFeil`."""
    return fra_data(les_json(data, navn), navn, oppslag)


def les_fil(sti: Path | str, oppslag: Bankoppslag | None = None) -> Forkantfil:
    """Les og valider en .forkant-fil fra disk (bare vanlige filer). Kaster `UtvekslingFeil`."""
    sti = Path(sti)
    return les_bytes(les_vanlig_fil(sti), sti.name or str(sti), oppslag)


# --- skriving ---------------------------------------------------------------------------------


def bankreferanse(bank: Bank, grunnbanker: Sequence[Bank]) -> tuple[Bank, tuple[Modul, ...]] | None:
    """(grunnbank, egne moduler) når `bank` er en av `grunnbanker` med egne moduler etter sine."""
    sjekksum = bank_sjekksum(bank)
    for grunn in grunnbanker:
        if bank_sjekksum(grunn) == sjekksum:
            return grunn, ()
        n = len(grunn.moduler)
        if (bank.id, bank.versjon) != (grunn.id, grunn.versjon) or bank.moduler[:n] != grunn.moduler:
            continue
        egne = bank.moduler[n:]
        if bank_sjekksum(bank_med_egne(grunn, egne)) == sjekksum:
            return grunn, egne
    return None


def til_data(fil: Forkantfil, grunnbanker: Sequence[Bank] = ()) -> dict[str, Any]:
    """Filen som JSON-verdier; en kjent grunnbank blir en referanse (versjon 2)."""
    data: dict[str, Any] = fil.model_dump(mode="json", exclude={"bank"})
    if fil.versjon < 3:  # versjon 2 og 1 har ikke feltene fra versjon 3 (eldre Forkant avviser dem)
        for felt in NYE_FELT_V3:
            data.pop(felt, None)
        for felt in NYE_VURDERINGSFELT_V3:
            data["vurdering"].pop(felt, None)
        for t in data.get("tiltak", []):
            t.pop("problem", None)
    ref = bankreferanse(fil.bank, grunnbanker) if fil.versjon >= 2 else None
    if ref is None:
        data["bank"] = json.loads(fil.bank.til_json())
        return data
    grunn, egne = ref
    data["bank"] = {"id": grunn.id, "versjon": grunn.versjon, "sjekksum": bank_sjekksum(grunn)}
    if egne:
        data["egne_moduler"] = [json.loads(m.model_dump_json()) for m in egne]
    return data


def til_json(fil: Forkantfil, grunnbanker: Sequence[Bank] = ()) -> bytes:
    """Filen som JSON i UTF-8 med innrykk (innholdet i zip-filen, og versjon 1 som den er)."""
    return (json.dumps(til_data(fil, grunnbanker), ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def til_bytes(fil: Forkantfil, grunnbanker: Sequence[Bank] = ()) -> bytes:
    """Filen slik den skrives: versjon 2 er JSON-en komprimert i en zip (`forkant.json`)."""
    innhold = til_json(fil, grunnbanker)
    if fil.versjon < 2:
        return innhold
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as z:
        info = zipfile.ZipInfo(ZIP_NAVN, date_time=(2000, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(info, innhold)
    return buf.getvalue()


# --- bankene i to filer -----------------------------------------------------------------------


def ulike_felt(a: Any, b: Any, hopp_over: set[str]) -> list[str]:
    """Navnene på feltene (utenom `hopp_over`) der to modeller av samme type er ulike."""
    return [f for f in type(a).model_fields if f not in hopp_over and getattr(a, f) != getattr(b, f)]


def bankforskjell(bank: Bank, kjent: Bank, kjent_navn: str = "denne Forkant") -> list[str]:
    """Hva som skiller banken i en fil fra en kjent bank med samme id og versjon, per modul."""
    ut: list[str] = []
    felt = ulike_felt(bank, kjent, {"moduler"})
    if felt:
        ut.append(f"bankens felt {', '.join(f'«{f}»' for f in felt)} er ulike")
    for m in bank.moduler:
        if not kjent.har_modul(m.id):
            ut.append(f"modulen {m.id} («{m.navn[:60]}») finnes ikke i {kjent_navn}")
            continue
        k = kjent.modul(m.id)
        if m == k:
            continue
        deler: list[str] = []
        felt = ulike_felt(m, k, {"indikatorer"})
        if felt:
            deler.append("feltene " + ", ".join(f"«{f}»" for f in felt))
        kjente = {x.id: x for x in k.indikatorer}
        for i in m.indikatorer:
            ki = kjente.get(i.id)
            if ki is None:
                deler.append(f"indikatoren {i.id} finnes bare i filen")
                continue
            ulike = ulike_felt(i, ki, set())
            if ulike:
                deler.append(f"{i.id}: {', '.join(f'«{f}»' for f in ulike)}")
        mangler = [x for x in kjente if x not in {i.id for i in m.indikatorer}]
        if mangler:
            deler.append(f"mangler {', '.join(mangler)}")
        ut.append(f"modulen {m.id} er ulik i {kjent_navn} ({'; '.join(deler[:4]) or 'rekkefølgen'})")
    return ut


# --- sammenslåing ------------------------------------------------------------------------------


def samlet_id(filer: Sequence[Forkantfil]) -> str:
    """Den samlede vurderingens id: lik for de samme filene, så en ny sammenslåing avsløres."""
    return str(uuid.uuid5(_SAMLET_NAVNEROM, ",".join(sorted(f.id for f in filer))))


def _sjekk_filene(filer: Sequence[tuple[str, Forkantfil]]) -> list[str]:
    feil: list[str] = []
    forste_navn, forste = filer[0]
    if len(filer) > MAKS_DELTAKERNUMMER:
        feil.append(f"Kan samle høyst {MAKS_DELTAKERNUMMER} filer om gangen (valgt: {len(filer)}).")
    deltakere = sum(len(f.vurdering.deltakere) for _, f in filer)
    if deltakere > MAKS_DELTAKERE:
        feil.append(f"Filene har til sammen {deltakere} deltakere; en samlet vurdering kan ha høyst {MAKS_DELTAKERE}.")
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
                else "en annen utgave av samme versjon ("
                + "; ".join(bankforskjell(f.bank, forste.bank, forste_navn)[:2])
                + ")"
            )
            feil.append(
                f"{navn}: bruker spørsmålsbanken «{f.bank.id}» {ulik}. "
                "Bare svar fra samme versjon av spørsmålsbanken kan samles."
            )
    return feil


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
    per modul er den nedre medianen av filenes mål. Id-en er `samlet_id` av filene med
    mindre en annen er gitt. Kaster `UtvekslingFeil`.
    """
    if len(filer) < 2:
        raise UtvekslingFeil(["Velg minst to filer med individuelle svar for å samle dem."])
    feil = _sjekk_filene(filer)
    try:
        enhet = feltregler.enhet(enhet)  # samme regel som «Ny vurdering» og `ny`, aldri kuttet i det stille
    except feltregler.Feltfeil as e:
        feil.append(f"Den samlede vurderingen: {e}")
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
    if not gyldig_dato(dato):
        feil.append(f"Ugyldig dato «{dato}» (skriv ÅÅÅÅ-MM-DD).")
    if feil:
        raise UtvekslingFeil(feil)
    assert distrikt is not None  # satt over når det ikke er feil

    bank = filer[0][1].bank
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
    for s in svar.values():
        for felt in ("kommentar", "kilde", "grunn"):
            if len(getattr(s, felt)) > MAKS_TEKST:
                raise UtvekslingFeil(
                    [
                        f"Indikator {s.indikator_id}: {felt}ene fra filene blir til sammen over {MAKS_TEKST} tegn; "
                        "kort dem ned i de individuelle filene og samle på nytt."
                    ]
                )
    sprak = {f.vurdering.sprak for _, f in filer}
    merking = {f.vurdering.merking for _, f in filer}
    tid = laget or datetime.now().isoformat(timespec="seconds")
    per_kommune = [i.id for m in bank.moduler for i in m.indikatorer if i.per_kommune]
    kommuner, samlet = samle_kommunesvar(
        [f.vurdering.kommuner for _, f in filer], [f.kommunesvar_objekter() for _, f in filer], per_kommune, roller
    )
    kommunesvar = [FilKommunesvar.fra_svar(k, s, tid) for (_, k), s in samlet.items()]
    titler = [p.tittel.casefold().strip() for _, f in filer for p in f.problemer]  # hvert problem én gang
    problemer = [p for n, p in enumerate(p for _, f in filer for p in f.problemer) if titler.index(titler[n]) == n]
    try:
        return Forkantfil(
            format=FORMAT,
            id=id or samlet_id([f for _, f in filer]),
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
                kommuner=kommuner,
            ),
            versjon=versjon_for(kommuner, kommunesvar, problemer),
            kommunesvar=kommunesvar,
            problemer=problemer[:MAKS_PROBLEMER_I_FIL],
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
    except ValidationError as e:
        raise UtvekslingFeil(oversett("Den samlede vurderingen", e, {})) from None
