"""Sitatene i banken: det som tilskrives lysarkene, står ordrett på ett lysark, og alle andre
sitater nevner kilden sin (formatet står i docs/bankformat.md, «Sitater og kilder»).

Testen går over alle modulfilene i den medfølgende banken. Feilmeldingene nevner fil,
indikator og felt, så den som eier filen, kan rette uten å lese testen.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from vurdering.domene.bank import standardmappe
from vurdering.plattform import ressursfiler

LYSARK = ressursfiler.sti("kilder", "lysark.md")

#: En kildeparentes begynner med et av disse ordene (eller nevner et årstall eller en paragraf).
KILDEORD = ("lysarkene", "lysarka", "lysarket", "POD", "Politidirektoratet", "politiloven", "Politiloven")
LYSARKORD = ("lysarkene", "lysarka", "lysarket")


@dataclass(frozen=True)
class Lysark:
    tittel: str
    linjer: tuple[str, ...]


def _rens(linje: str) -> str:
    linje = linje.replace("\\*", "").replace("**", "").strip()
    linje = re.sub(r"^[#\-*▪\s]+", "", linje)
    linje = linje.strip("*").strip()
    return re.sub(r"\s+", " ", linje)


def les_lysark(fil: Path = LYSARK) -> list[Lysark]:
    """Lysarkene: ett per overskrift (# eller ##), med overskriften som første linje."""
    ark: list[Lysark] = []
    tittel, linjer = "", []
    for raa in fil.read_text(encoding="utf-8").splitlines():
        if raa.startswith("#"):
            if tittel or linjer:
                ark.append(Lysark(tittel, tuple(linjer)))
            tittel = _rens(raa)
            linjer = [tittel]
        elif _rens(raa):
            linjer.append(_rens(raa))
    ark.append(Lysark(tittel, tuple(linjer)))
    return ark


@dataclass(frozen=True)
class Sitat:
    tekst: str
    kilde: str | None  # innholdet i kildeparentesen, eller None
    i_kilde: bool = False  # står inne i kildeparentesen (en lysarktittel)


def _slutt_paa_parentes(tekst: str, start: int) -> int:
    """Indeksen til parentesen som lukker den som åpner ved `start` (sitater hoppes over)."""
    dybde, i = 0, start
    while i < len(tekst):
        tegn = tekst[i]
        if tegn == "«":
            i = tekst.find("»", i)
            if i < 0:
                return len(tekst)
        elif tegn == "(":
            dybde += 1
        elif tegn == ")":
            dybde -= 1
            if dybde == 0:
                return i
        i += 1
    return len(tekst)


def _er_kilde(innhold: str) -> bool:
    return innhold.startswith(KILDEORD) or bool(re.search(r"\b(1[89]|20)\d\d\b|§", innhold))


def sitater(tekst: str) -> list[Sitat]:
    """Sitatene i en tekst, hvert med den første kildeparentesen som følger det."""
    ventende: list[str] = []
    ut: list[Sitat] = []
    i = 0
    while i < len(tekst):
        if tekst[i] == "«":
            slutt = tekst.find("»", i)
            if slutt < 0:
                ut.append(Sitat(tekst[i:], None))
                break
            ventende.append(tekst[i + 1 : slutt])
            i = slutt + 1
            continue
        if tekst[i] == "(":
            slutt = _slutt_paa_parentes(tekst, i)
            innhold = tekst[i + 1 : slutt]
            if _er_kilde(innhold):
                ut += [Sitat(s, innhold) for s in ventende]
                ventende = []
                ut += [Sitat(s, innhold, i_kilde=True) for s in re.findall(r"«([^»]*)»", innhold)]
                i = slutt + 1
                continue
        i += 1
    return ut + [Sitat(s, None) for s in ventende]


def _paa_ett_ark(sitat: str, ark: list[Lysark], tittel: str | None) -> bool:
    deler = [d.strip() for d in re.split(r"\s*(?:…|\.\.\.|\[…\])\s*", re.sub(r"\s+", " ", sitat)) if d.strip()]
    for a in ark:
        if tittel is not None and a.tittel != tittel:
            continue
        for linje in a.linjer:
            pos = 0
            for d in deler:
                pos = linje.find(d, pos)
                if pos < 0:
                    break
                pos += len(d)
            else:
                return True
    return False


def _tekstfelt(data: dict) -> Iterator[tuple[str, str, str]]:  # type: ignore[type-arg]
    """(hvor, felt, tekst) for hver tekst i en modulfil."""
    modul = data.get("modul", {})
    for felt in ("intro", "intro_nn"):
        if isinstance(modul.get(felt), str):
            yield "modul", felt, modul[felt]
    for ind in data.get("indikator", []):
        for felt, verdi in ind.items():
            tekster = verdi if isinstance(verdi, list) else [verdi]
            for n, t in enumerate(tekster):
                if isinstance(t, str):
                    navn = f"{felt}[{n}]" if isinstance(verdi, list) else felt
                    yield f"indikator {ind.get('id')}", navn, t


def sjekk_sitater(fil: Path, ark: list[Lysark]) -> list[str]:
    feil = []
    titler = {a.tittel for a in ark}
    data = tomllib.loads(fil.read_text(encoding="utf-8"))
    for hvor, felt, tekst in _tekstfelt(data):
        for s in sitater(tekst):
            sted = f"{fil.name}: {hvor}: felt «{felt}»"
            if s.kilde is None:
                feil.append(
                    f"{sted}: sitatet «{s.tekst}» nevner ingen kilde (kildeparentes etter sitatet, se docs/bankformat.md)"
                )
                continue
            if not s.kilde.startswith(LYSARKORD):
                continue
            if s.i_kilde:
                if s.tekst not in titler:
                    feil.append(f"{sted}: «{s.tekst}» er ikke tittelen på et lysark")
                continue
            navngitt = re.findall(r"«([^»]*)»", s.kilde)
            tittel = navngitt[0] if navngitt and navngitt[0] in titler else None
            if not _paa_ett_ark(s.tekst, ark, tittel):
                paa = f" «{tittel}»" if tittel else ""
                feil.append(f"{sted}: «{s.tekst}» står ikke ordrett på lysarket{paa} (ett lysark, én linje)")
    return feil


def modulfiler() -> list[Path]:
    return sorted((standardmappe() / "moduler").glob("*.toml"))


# --- selve sjekken på banken ----------------------------------------------------------------


@pytest.mark.parametrize("fil", modulfiler(), ids=lambda f: f.stem)
def test_sitatene_staar_i_lysarkene_eller_nevner_kilden(fil: Path) -> None:
    feil = sjekk_sitater(fil, les_lysark())
    assert not feil, "\n".join(feil)


# --- sjekken selv ---------------------------------------------------------------------------


def test_lysarkene_leses_ett_ark_per_overskrift() -> None:
    ark = les_lysark()
    titler = [a.tittel for a in ark]
    assert "Hovedlinjer (I)" in titler and "Hovedlinjer (II)" in titler and "Politiråd" in titler
    hl1 = next(a for a in ark if a.tittel == "Hovedlinjer (I)")
    assert "Etterretning utgjør en sentral del av dette kunnskapsgrunnlaget." in hl1.linjer
    bu = next(a for a in ark if a.tittel.startswith("Barn og ungdom"))
    assert "Tidlig inn" in bu.linjer


def test_sitat_knyttes_til_foerste_kildeparentes() -> None:
    tekst = "Punktene «A» og «B» (lysarkene, «Hovedlinjer (I)»), og «C» (POD 2018–2020, s. 7). Så «D»."
    s = sitater(tekst)
    assert [(x.tekst, x.kilde is not None, x.i_kilde) for x in s] == [
        ("A", True, False),
        ("B", True, False),
        ("Hovedlinjer (I)", True, True),
        ("C", True, False),
        ("D", False, False),
    ]
    assert s[0].kilde == "lysarkene, «Hovedlinjer (I)»"
    # En parentes som ikke er en kilde, hopper sitatet over.
    assert sitater("«E» (for eksempel SARA) (lysarka)")[0].kilde == "lysarka"


def test_sitat_som_skjoter_tittel_og_punkt_avvises(tmp_path: Path) -> None:
    ark = les_lysark()
    fil = tmp_path / "X.toml"
    fil.write_text(
        '[modul]\nintro = """«Hovedlinjer I: Politiet skal arbeide kunnskapsbasert» (lysarkene). '
        "«Politiet skal arbeide kunnskapsbasert» (lysarkene, «Hovedlinjer (II)»). "
        "«Politiet skal arbeide kunnskapsbasert» (lysarkene, «Hovedlinjer (I)»). "
        "«Tidlig inn» (lysarkene). «Vi skal være på jobb for et trygt samfunn!» (lysarkene). "
        '«ukjent kilde»."""\n',
        encoding="utf-8",
    )
    feil = sjekk_sitater(fil, ark)
    assert len(feil) == 3, feil
    assert "X.toml: modul: felt «intro»: «Hovedlinjer I: Politiet skal arbeide kunnskapsbasert» står ikke" in feil[0]
    assert "lysarket «Hovedlinjer (II)»" in feil[1]
    assert "«ukjent kilde» nevner ingen kilde" in feil[2]
