"""Norges kommuner og fylker (`ressurser/kommuner.toml`), til svar per kommune.

`last_kommuner()` leser og validerer lista: kjente fylker, ingen kommune to ganger i samme
fylke, og antallet som filen selv oppgir. `velg_kommuner()` gjør navnene en vurdering
oppgir om til kommuner og avviser ukjente navn, navn som finnes i flere fylker uten at
fylket er oppgitt (Våler, Herøy), og samme kommune to ganger.
"""

from __future__ import annotations

import difflib
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from vurdering.plattform import ressursfiler


class KommuneFeil(ValueError):
    """Kommunelista eller et utvalg av kommuner kan ikke brukes. `feil` er én linje per feil."""

    def __init__(self, feil: Iterable[str]) -> None:
        self.feil = list(feil)
        super().__init__("\n".join(self.feil))


@dataclass(frozen=True)
class Kommune:
    navn: str
    fylke: str

    @property
    def fullt_navn(self) -> str:
        """«Våler (Østfold)» – navnet med fylket i parentes, entydig i hele landet."""
        return f"{self.navn} ({self.fylke})"

    def __str__(self) -> str:
        return self.navn


@dataclass(frozen=True)
class Kommuneliste:
    gjelder_fra: str
    fylker: tuple[str, ...]
    kommuner: tuple[Kommune, ...]
    andre_navn: dict[str, str]

    def i_fylke(self, fylke: str) -> tuple[Kommune, ...]:
        return tuple(k for k in self.kommuner if k.fylke == fylke)

    def finn(self, navn: str, fylke: str | None = None) -> Kommune:
        """Kommunen med dette navnet («Våler», «Våler (Østfold)» eller et parallellnavn)."""
        navn = " ".join(navn.split())
        if fylke is None and navn.endswith(")") and " (" in navn:
            navn, fylke = navn[:-1].split(" (", 1)
        navn = self.andre_navn.get(navn, navn)
        treff = [k for k in self.kommuner if k.navn.casefold() == navn.casefold()]
        if fylke is not None:
            treff = [k for k in treff if k.fylke.casefold() == fylke.casefold()]
        if not treff:
            hvor = f" i {fylke}" if fylke else ""
            raise KommuneFeil([f"Ukjent kommune{hvor}: «{navn}»"])
        if len(treff) > 1:
            valg = " eller ".join(f"«{k.fullt_navn}»" for k in treff)
            raise KommuneFeil([f"«{navn}» finnes i flere fylker; skriv {valg}"])
        return treff[0]


    def visningsnavn(self, kommune: Kommune) -> str:
        """Navnet en vurdering lagrer og viser: «Asker», men «Våler (Østfold)» når navnet finnes i flere fylker."""
        flere = sum(1 for k in self.kommuner if k.navn == kommune.navn) > 1
        return kommune.fullt_navn if flere else kommune.navn

    def liknende(self, navn: str, antall: int = 3) -> list[str]:
        """Kommunenavn som ligner på `navn` (til «mente du …?»), mest like først."""
        alle = {k.navn.casefold(): k.navn for k in self.kommuner}
        treff = difflib.get_close_matches(navn.casefold(), list(alle), n=antall, cutoff=0.7)
        return [alle[t] for t in treff]


def standardfil() -> Path:
    return ressursfiler.sti("kommuner.toml")


def last_kommuner(fil: Path | None = None) -> Kommuneliste:
    """Les og valider kommunelista. Kaster `KommuneFeil` med alle feilene."""
    fil = fil or standardfil()
    try:
        data = tomllib.loads(fil.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as e:
        raise KommuneFeil([f"{fil.name}: kan ikke leses ({e})"]) from None
    except tomllib.TOMLDecodeError as e:
        raise KommuneFeil([f"{fil.name}: ugyldig TOML: {e}"]) from None
    return _fra_data(fil.name, data)


def _fra_data(navn: str, data: dict[str, Any]) -> Kommuneliste:
    feil: list[str] = []
    struktur = data.get("struktur", {})
    fylker: list[str] = []
    kommuner: list[Kommune] = []
    for nr, f in enumerate(data.get("fylke", []), start=1):
        fylke = f.get("navn") if isinstance(f, dict) else None
        if not isinstance(fylke, str) or not fylke.strip():
            feil.append(f"{navn}: fylke nr. {nr}: felt «navn» mangler")
            continue
        if fylke in fylker:
            feil.append(f"{navn}: fylke {fylke}: står to ganger")
        fylker.append(fylke)
        sett: set[str] = set()
        liste = f.get("kommuner", [])
        if not isinstance(liste, list) or not liste:
            feil.append(f"{navn}: fylke {fylke}: felt «kommuner» må være en liste med navn")
            continue
        for k in liste:
            if not isinstance(k, str) or not k.strip() or k != " ".join(k.split()):
                feil.append(f"{navn}: fylke {fylke}: ugyldig kommunenavn {k!r}")
            elif k.casefold() in sett:
                feil.append(f"{navn}: fylke {fylke}: kommunen «{k}» står to ganger")
            else:
                sett.add(k.casefold())
                kommuner.append(Kommune(k, fylke))
    andre = data.get("andre_navn", {})
    if not isinstance(andre, dict):
        feil.append(f"{navn}: [andre_navn] må være en tabell")
        andre = {}
    kjente = {k.navn for k in kommuner}
    for alternativ, norsk in andre.items():
        if norsk not in kjente:
            feil.append(f"{navn}: andre_navn «{alternativ}»: ukjent kommune «{norsk}»")
        if alternativ in kjente:
            feil.append(f"{navn}: andre_navn «{alternativ}»: er allerede navnet på en kommune")
    for felt, faktisk in (("antall_fylker", len(fylker)), ("antall_kommuner", len(kommuner))):
        ventet = struktur.get(felt)
        if ventet is not None and ventet != faktisk:
            feil.append(f"{navn}: struktur: felt «{felt}»: sier {ventet}, men lista har {faktisk}")
    if feil:
        raise KommuneFeil(feil)
    return Kommuneliste(str(struktur.get("gjelder_fra", "")), tuple(fylker), tuple(kommuner), dict(andre))


def velg_kommuner(navn: Iterable[str], liste: Kommuneliste | None = None) -> list[Kommune]:
    """Kommunene en vurdering skal besvares for, i oppgitt rekkefølge.

    Avviser ukjente navn, navn som finnes i flere fylker uten fylke, og samme kommune to
    ganger (også under et parallellnavn). Kaster `KommuneFeil` med alle feilene.
    """
    liste = liste or last_kommuner()
    feil: list[str] = []
    valgt: list[Kommune] = []
    for n in navn:
        try:
            k = liste.finn(n)
        except KommuneFeil as e:
            feil += e.feil
            continue
        if k in valgt:
            feil.append(f"Kommunen «{k.fullt_navn}» er valgt to ganger")
        else:
            valgt.append(k)
    if feil:
        raise KommuneFeil(feil)
    return valgt
