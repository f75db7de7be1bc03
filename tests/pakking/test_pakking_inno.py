"""pakking/forkant.iss: Inno Setup-skriptet peker på det pakking/bygg lager, og installerer per bruker.

Inno Setup finnes ikke her; testen leser skriptet som tekst og holder det i takt med
oppskriften (programnavnene) og docs/installasjon.md (de stille valgene).
"""

from __future__ import annotations

import re
from pathlib import Path

ROT = Path(__file__).resolve().parents[2]
ISS = (ROT / "pakking" / "forkant.iss").read_text(encoding="utf-8")


def seksjon(navn: str) -> dict[str, str]:
    """Nøkkel=verdi-linjene i én [seksjon]."""
    treff = re.search(rf"^\[{navn}\]\n(.*?)(?=^\[|\Z)", ISS, re.MULTILINE | re.DOTALL)
    assert treff, navn
    linjer = [linje for linje in treff.group(1).splitlines() if "=" in linje and not linje.startswith(";")]
    return dict(linje.split("=", 1) for linje in linjer)


def test_per_bruker_uten_administrator() -> None:
    oppsett = seksjon("Setup")
    assert oppsett["PrivilegesRequired"] == "lowest"
    assert oppsett["DefaultDirName"] == r"{autopf}\Forkant"  # {autopf} = brukerens Programs-mappe ved lowest


def test_versjonen_kommer_fra_programmet_eller_kommandolinjen() -> None:
    assert "#ifndef Versjon" in ISS
    assert 'GetVersionNumbersString(AddBackslash(SourcePath) + Programmappe + "\\Forkant.exe")' in ISS
    oppsett = seksjon("Setup")
    for felt in ("AppVersion", "VersionInfoVersion"):
        assert oppsett[felt] == "{#Versjon}"
    assert "{#Versjon}" in oppsett["OutputBaseFilename"]


def test_filene_er_de_pakking_bygg_lager() -> None:
    assert '#define Programmappe "..\\dist\\Forkant"' in ISS
    spec = (ROT / "pakking" / "forkant.spec").read_text(encoding="utf-8")
    for program in ("Forkant", "vurdering"):
        assert f'name="{program}"' in spec
    assert 'COLLECT(forkant, vurdering, a.binaries, a.datas, name="Forkant"' in spec
    assert 'Source: "{#Programmappe}\\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs' in ISS
    assert 'Name: "{group}\\Forkant"; Filename: "{app}\\Forkant.exe"' in ISS  # Start-menyen


def test_stille_valg_og_data_beholdes_ved_avinstallasjon() -> None:
    dok = (ROT / "docs" / "installasjon.md").read_text(encoding="utf-8")
    for valg in ("/VERYSILENT", "/SUPPRESSMSGBOXES", "/SLETTDATA"):
        assert valg in ISS and valg in dok
    assert "ExpandConstant('{localappdata}\\Forkant')" in ISS  # der platformdirs legger databasen på Windows
    # Data slettes bare med /SLETTDATA, eller når brukeren svarer ja i en avinstallasjon som ikke er stille.
    assert "if SlettDataValgt() or\n       ((not UninstallSilent()) and" in ISS
    assert "MB_DEFBUTTON2" in ISS  # «Nei» er forvalgt
