"""Nynorsk: .ts-fila er komplett og oppdatert mot koden, .qm-filene er bygd fra dem,
og vinduet viser nynorsk etter språkbytte. Bokmål for Qts egne standardtekster."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import PySide6
import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QWidget

from vurdering.gui.felles import sprak
from vurdering.plattform import ressursfiler

GUI = Path(__file__).resolve().parents[2] / "src" / "vurdering" / "gui"
MAPPE = ressursfiler.sti("oversettelser")


def _verktoy(navn: str) -> str:
    """lupdate/lrelease fra PySide6-pakken (følger med PySide6-Essentials)."""
    exe = ".exe" if sys.platform == "win32" else ""
    for kandidat in (
        Path(PySide6.__file__).parent / f"{navn}{exe}",
        Path(sys.executable).parent / f"pyside6-{navn}{exe}",
    ):
        if kandidat.exists():
            return str(kandidat)
    funnet = shutil.which(f"pyside6-{navn}")
    if funnet is None:
        pytest.fail(f"Finner ikke {navn} fra PySide6")
    return funnet


def _meldinger(ts: Path) -> list[tuple[str, str, ET.Element]]:
    tre = ET.parse(ts)
    return [
        (k.findtext("name") or "", m.findtext("source") or "", m.find("translation"))
        for k in tre.getroot().iter("context")
        for m in k.iter("message")
    ]


def test_alle_meldinger_er_oversatt_til_nynorsk() -> None:
    meldinger = _meldinger(MAPPE / "forkant_nn.ts")
    assert len(meldinger) > 300
    mangler = [
        f"{k}: {s!r}"
        for k, s, t in meldinger
        if t is None or t.get("type") in ("unfinished", "vanished", "obsolete") or not (t.text or "").strip()
    ]
    assert not mangler, "Uoversatt:\n" + "\n".join(mangler)
    # Plassholderne må være de samme i oversettelsen, ellers blir teksten feil når den fylles ut.
    for k, s, t in meldinger:
        assert sorted(re.findall(r"\{\w*\}|%\d", s)) == sorted(re.findall(r"\{\w*\}|%\d", t.text or "")), f"{k}: {s!r}"


def test_ts_fila_dekker_alle_tekstene_i_koden(tmp_path: Path) -> None:
    kopi = tmp_path / "forkant_nn.ts"
    shutil.copy(MAPPE / "forkant_nn.ts", kopi)
    filer = sorted(str(p) for p in GUI.rglob("*.py"))
    subprocess.run(
        [
            _verktoy("lupdate"),
            "-no-obsolete",
            "-locations",
            "none",
            "-source-language",
            "nb_NO",
            "-target-language",
            "nn_NO",
            *filer,
            "-ts",
            str(kopi),
        ],
        check=True,
        capture_output=True,
    )
    nye = [f"{k}: {s!r}" for k, s, t in _meldinger(kopi) if t is None or t.get("type") == "unfinished"]
    assert not nye, "Tekster i koden som mangler i forkant_nn.ts (kjør pyside6-lupdate og oversett):\n" + "\n".join(nye)


@pytest.mark.parametrize("navn", ["forkant_nn", "forkant_nb"])
def test_qm_er_bygd_fra_ts(tmp_path: Path, navn: str) -> None:
    ut = tmp_path / f"{navn}.qm"
    subprocess.run([_verktoy("lrelease"), str(MAPPE / f"{navn}.ts"), "-qm", str(ut)], check=True, capture_output=True)
    assert ut.read_bytes() == (MAPPE / f"{navn}.qm").read_bytes(), (
        f"{navn}.qm er ikke bygd fra {navn}.ts (kjør pyside6-lrelease)"
    )


def _synlige_tekster(rot: QWidget) -> set[str]:
    tekster = set()
    for w in [rot, *rot.findChildren(QWidget)]:
        if isinstance(w, QLabel | QAbstractButton):
            tekster.add(w.text())
        tekster.add(w.accessibleName())
        tekster.add(w.toolTip())
        if isinstance(w, QLineEdit):
            tekster.add(w.placeholderText())
    return {t for t in tekster if t}


def test_nynorsk_i_hele_vinduet(qtbot, lag_vindu, demo_db, bank) -> None:
    from vurdering.gui.start.innstillinger import Innstillinger
    from vurdering.gui.veiviser.sideliste import INDIKATOR, INTRO, SAMMENDRAG, TILTAKSPLAN
    from vurdering.lagring import repository as repo

    db, _forste = demo_db
    andre = repo.opprett_vurdering(
        db, bank, enhet="Demo politistasjon", distrikt="Agder politidistrikt", moduler=[], dato="2099-01-01"
    )
    vindu = lag_vindu(db)
    vindu.bruk_innstillinger(Innstillinger("nn", False, 1.0))
    assert sprak.gjeldende() == "nn"
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    # Bokmålstekster som har en annen nynorsk form, skal ikke synes noe sted.
    bokmal = {s for _, s, t in _meldinger(MAPPE / "forkant_nn.ts") if t is not None and t.text != s and "{" not in s}
    funnet: dict[str, set[str]] = {"startside": _synlige_tekster(vindu) & bokmal}
    assert vindu.startside.fortsett_knapp.text() == "Hald fram"
    vindu.apne_vurdering(andre)
    vv = vindu.veiviser
    for art in ("oppfolging", INTRO, INDIKATOR, SAMMENDRAG, TILTAKSPLAN):
        vv.ga_til(vv.indeks_for(art))
        funnet[art] = _synlige_tekster(vindu) & bokmal
    assert vv.indikator.vet_ikke.text() == "Veit ikkje  (V)"
    assert vv.indikator.kort[0].accessibleName() == "Nivå 0: Ikkje etablert"  # nivånavn fra banken på nynorsk
    assert vv.fremdrift_tekst.text().startswith("0 av 27 indikatorar svarte på")
    dialog = vindu.ny_vurdering()
    funnet["ny vurdering"] = _synlige_tekster(dialog) & bokmal
    assert dialog.rapportsprak.currentData() == "nn"
    dialog.reject()
    assert not {k: v for k, v in funnet.items() if v}

    # Og tilbake til bokmål.
    vindu.bruk_innstillinger(Innstillinger("nb", False, 1.0))
    assert vindu.veiviser.indikator.vet_ikke.text() == "Vet ikke  (V)"


def test_qts_egne_tekster_paa_bokmal_og_nynorsk(qtbot, qapp: QApplication) -> None:
    felt = QLineEdit()
    qtbot.addWidget(felt)
    sprak.bytt(qapp, "nb")
    tekster = [a.text().split("\t")[0] for a in felt.createStandardContextMenu().actions() if a.text()]
    assert "Merk alt" in tekster and "&Kopier" in tekster
    sprak.bytt(qapp, "nn")
    tekster = [a.text().split("\t")[0] for a in felt.createStandardContextMenu().actions() if a.text()]
    assert "Select All" not in tekster and "&Undo" not in tekster


def test_tekstene_kan_finnes_av_lupdate() -> None:
    """`_tr(tekst)`-hjelpere og `widget.tr(...)` utenfor klassen gir tekster lupdate ikke ser (eller ser i feil
    kontekst), så de blir stående på bokmål i det nynorske vinduet. Bruk `self.tr("…")` eller
    `QCoreApplication.translate("kontekst", "…")` med bokstavelige tekster."""
    monster = re.compile(r"\b_tr\(\s*[\"']|\b(?!self\b)[a-z_]\w*\.tr\(")
    funn = [
        f"{fil.relative_to(GUI)}:{nr}: {linje.strip()}"
        for fil in sorted(GUI.rglob("*.py"))
        for nr, linje in enumerate(fil.read_text(encoding="utf-8").splitlines(), 1)
        if monster.search(linje)
    ]
    assert not funn, "Tekster lupdate ikke finner i riktig kontekst:\n" + "\n".join(funn)
