"""Oppdater den nynorske oversettelsen etter at koden er endret: `python verktoy/oversettelser.py`.

Et utviklerverktøy; det følger ikke med programmet. Kjører `lupdate` over `src/vurdering/gui`
(samme valg som testen i tests/gui/test_oversettelse.py), fyller nye meldinger med samme
bokmålstekst som en allerede oversatt melding (en tekst som bare har flyttet til en annen klasse,
får den samme nynorske teksten), og bygger .qm-filene med `lrelease`. Meldinger som fortsatt
mangler oversettelse, skrives ut; de må oversettes for hånd.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

ROT = Path(__file__).resolve().parents[1]
GUI = ROT / "src" / "vurdering" / "gui"
MAPPE = ROT / "ressurser" / "oversettelser"

_OVERSATT = re.compile(r"<source>([^<]*)</source>\s*<translation>([^<]*)</translation>")
_NY = re.compile(r'(<source>([^<]*)</source>\s*)<translation type="unfinished">([^<]*)</translation>')


def verktoy(navn: str) -> str:
    """lupdate/lrelease fra PySide6-pakken."""
    import PySide6

    exe = ".exe" if sys.platform == "win32" else ""
    for kandidat in (Path(PySide6.__file__).parent / f"{navn}{exe}", Path(sys.executable).parent / f"pyside6-{navn}{exe}"):
        if kandidat.exists():
            return str(kandidat)
    funnet = shutil.which(f"pyside6-{navn}")
    if funnet is None:
        raise SystemExit(f"Finner ikke {navn} fra PySide6")
    return funnet


def fyll_inn(ts: str, kjente: dict[str, str]) -> tuple[str, list[str]]:
    """Nye meldinger får oversettelsen en kjent melding med samme kildetekst har; gir teksten og det som mangler."""
    mangler: list[str] = []

    def bytt(m: re.Match[str]) -> str:
        kilde = m.group(2)
        if kilde in kjente:
            return f"{m.group(1)}<translation>{kjente[kilde]}</translation>"
        mangler.append(kilde)
        return m.group(0)

    return _NY.sub(bytt, ts), mangler


def main() -> int:
    ts = MAPPE / "forkant_nn.ts"
    kjente = {kilde: oversatt for kilde, oversatt in _OVERSATT.findall(ts.read_text(encoding="utf-8")) if oversatt}
    filer = sorted(str(p) for p in GUI.rglob("*.py"))
    subprocess.run(
        [
            verktoy("lupdate"),
            "-no-obsolete",
            "-locations",
            "none",
            "-source-language",
            "nb_NO",
            "-target-language",
            "nn_NO",
            *filer,
            "-ts",
            str(ts),
        ],
        check=True,
        capture_output=True,
    )
    tekst, mangler = fyll_inn(ts.read_text(encoding="utf-8"), kjente)
    ts.write_text(tekst, encoding="utf-8")
    for navn in ("forkant_nn", "forkant_nb"):
        subprocess.run(
            [verktoy("lrelease"), str(MAPPE / f"{navn}.ts"), "-qm", str(MAPPE / f"{navn}.qm")],
            check=True,
            capture_output=True,
        )
    for kilde in mangler:
        print(f"mangler nynorsk: {kilde}")
    return 1 if mangler else 0


if __name__ == "__main__":
    sys.exit(main())
