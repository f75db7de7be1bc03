"""Kontrollen av en `.forkant`-fil utover skjemaet, og feilene som norske linjer.

`kryssjekk` ser det pydantic-skjemaet i `domene.forkantfil` ikke kan se: id-er mot banken i
filen, datoer og svar som henger sammen. `oversett` gjør pydantic-feil om til linjer som
sier hvilken fil, hvilket svar og hvilket felt som er galt.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from vurdering.domene import distrikter
from vurdering.domene.bank import _PYDANTIC_NORSK
from vurdering.domene.modell import Svar, SvarType

if TYPE_CHECKING:
    from vurdering.domene.forkantfil import Forkantfil


def kanonisk_uuid(tekst: str) -> str | None:
    """UUID-en på én form (små bokstaver med bindestreker), eller None når det ikke er en UUID.

    `{…}`, `urn:uuid:…`, store bokstaver og uten bindestreker er samme id.
    """
    try:
        return str(uuid.UUID(tekst.strip()))
    except (ValueError, AttributeError):
        return None


def ny_id() -> str:
    return str(uuid.uuid4())


def _sti(loc: Sequence[str | int]) -> str:
    """(«vurdering», «moduler», 2, «mal») → «vurdering.moduler[2].mal»."""
    ut = ""
    for x in loc:
        ut += f"[{x}]" if isinstance(x, int) else (f".{x}" if ut else x)
    return ut


def _beskriv_plass(loc: Sequence[str | int], data: Any) -> str:
    """(«svar», 3, «niva») → «svar nr. 4 (KK-03): felt «niva»»; ellers «felt «a.b[2].c»»."""
    if (
        len(loc) >= 2
        and loc[0] in ("svar", "stemmer", "tiltak", "kommunesvar", "problemer")
        and isinstance(loc[1], int)
    ):
        liste = data.get(loc[0]) if isinstance(data, dict) else None
        element = liste[loc[1]] if isinstance(liste, list) and 0 <= loc[1] < len(liste) else None
        merke = ""
        if isinstance(element, dict):
            for k in ("indikator", "tekst", "tittel"):
                if isinstance(element.get(k), str):
                    merke = f" ({element[k][:40]})"
                    break
        rest = _sti(loc[2:])
        return f"{loc[0]} nr. {loc[1] + 1}{merke}" + (f": felt «{rest}»" if rest else "")
    return f"felt «{_sti(loc)}»" if loc else ""


def oversett(navn: str, e: ValidationError, data: Any) -> list[str]:
    """Pydantic-feilene som norske linjer med filnavn og felt."""
    ut = []
    for feil in e.errors(include_url=False):
        typ = feil["type"]
        loc = list(feil["loc"])
        if typ == "missing" and loc and isinstance(loc[-1], int):
            # et element mangler i en liste med fast lengde: si det om listen, én gang
            loc = loc[:-1]
            typ = "too_short"
        if loc == ["id"] and typ in ("string_too_short", "string_too_long", "string_type"):
            grunn = f"må være en UUID (for eksempel {ny_id()})"
        elif typ == "literal_error":
            grunn = f"må være en av {feil.get('ctx', {}).get('expected', '')}"
        elif typ in ("too_short", "too_long"):
            grunn = "har feil antall elementer"
            if loc and loc[-1] == "fordeling":
                grunn = "må ha nøyaktig fem tall (nivå 0–4)"
        elif typ == "string_too_long":
            grunn = f"er for lang (høyst {feil.get('ctx', {}).get('max_length', '')} tegn)"
        elif typ in ("model_type", "dict_type"):
            grunn = "må være et JSON-objekt ({ … })"  # «tabell» er TOML-ordet
        elif typ == "value_error":
            grunn = str(feil.get("ctx", {}).get("error", feil["msg"]))
        else:
            grunn = _PYDANTIC_NORSK.get(typ, "har en ugyldig verdi")
        plass = _beskriv_plass(loc, data)
        linje = f"{navn}: {plass}: {grunn}" if plass else f"{navn}: {grunn}"
        if linje not in ut:
            ut.append(linje)
    return ut


def gyldig_dato(tekst: str) -> bool:
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


def kryssjekk(navn: str, fil: Forkantfil) -> list[str]:
    """Det skjemaet ikke kan se: id-er mot banken, datoer, svar som henger sammen."""
    feil: list[str] = []
    bank = fil.bank
    v = fil.vurdering
    if kanonisk_uuid(fil.id) is None:
        feil.append(f"{navn}: felt «id»: må være en UUID (for eksempel {ny_id()}).")
    if not gyldig_dato(v.dato):
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
        if t.frist and not gyldig_dato(t.frist):
            feil.append(f"{navn}: {hvor}: felt «frist»: må være en dato på formen ÅÅÅÅ-MM-DD.")
        if not t.tekst.strip():
            feil.append(f"{navn}: {hvor}: felt «tekst»: kan ikke være tom.")
        if t.problem is not None and t.problem > len(fil.problemer):
            feil.append(f"{navn}: {hvor}: felt «problem»: filen har ikke problem nr. {t.problem}.")
    feil += _kryssjekk_v3(navn, fil, sjekk_indikator)
    return feil


def _kryssjekk_v3(navn: str, fil: Forkantfil, sjekk_indikator: Callable[[str, str], bool]) -> list[str]:
    """Kommunene, svarene per kommune og problemene (versjon 3)."""
    from vurdering.domene.problemer import sjekk_problem

    feil: list[str] = []
    kommuner = fil.vurdering.kommuner
    if len({k.casefold() for k in kommuner}) != len(kommuner):
        feil.append(f"{navn}: felt «vurdering.kommuner»: samme kommune står flere ganger.")
    if any(not k.strip() for k in kommuner):
        feil.append(f"{navn}: felt «vurdering.kommuner»: en kommune kan ikke være tom.")
    sett: set[tuple[str, str]] = set()
    for nr, k in enumerate(fil.kommunesvar, 1):
        hvor = f"kommunesvar nr. {nr} ({k.indikator}, {k.kommune[:40]})"
        if sjekk_indikator(hvor, k.indikator) and not fil.bank.indikator(k.indikator).per_kommune:
            feil.append(f"{navn}: {hvor}: indikatoren besvares ikke per kommune.")
        if k.kommune not in kommuner:
            feil.append(f"{navn}: {hvor}: kommunen står ikke i «vurdering.kommuner».")
        if (k.indikator, k.kommune) in sett:
            feil.append(f"{navn}: {hvor}: kommunen er besvart flere ganger på indikatoren.")
        sett.add((k.indikator, k.kommune))
        if not _gyldig_tidspunkt(k.oppdatert):
            feil.append(f"{navn}: {hvor}: felt «oppdatert»: må være et tidspunkt.")
        try:
            Svar(k.indikator, SvarType(k.type), k.niva, grunn=k.grunn)
        except ValueError as e:
            feil.append(f"{navn}: {hvor}: {e}")
    for nr, p in enumerate(fil.problemer, 1):
        try:
            sjekk_problem(p.som_problem())
        except ValueError as e:
            feil.append(f"{navn}: problem nr. {nr} ({p.tittel[:40]}): {e}")
    return feil
