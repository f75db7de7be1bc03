"""Skjermbilder av alle skjermene, for å se på dem: `python verktoy/skjermbilder.py MAPPE`.

Et utviklerverktøy; det følger ikke med programmet. Lager en midlertidig database med demovurderingen og en andre runde for samme enhet,
og lagrer PNG-er av startsiden, «Ny vurdering», en modulintro, indikatorsider (ubesvart,
besvart, Ikke relevant uten begrunnelse), oppfølging, sammendrag, tiltaksplan, en ferdig
vurdering og innstillingene, i normal størrelse og med 200 % tekst; et utvalg med 110, 125
og 150 % og i et vindu på en bærbar med 1366 × 768 (100 og 200 %); dessuten noen av dem
med høy kontrast og på nynorsk. Dessuten samlingen: prosjektoren i 1920×1080 og 1280×800,
før og etter at fordelingen er vist, og prosesslederens vindu.
Kjører uten skjerm (Qt «offscreen») når ingen skjerm er valgt.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

if "QT_QPA_PLATFORM" not in os.environ:
    # Uten skjerm: en tenkt skjerm på 1920 × 1080, som en vanlig bærbar med ekstern skjerm.
    _oppsett = Path(tempfile.gettempdir()) / "forkant-skjermbilder-skjerm.json"
    _oppsett.write_text('{"screens": [{"name": "skjerm", "x": 0, "y": 0, "width": 1920, "height": 1080}]}')
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_oppsett}"

# Fra en utsjekk: koden i src/ ved siden av verktoy/ går foran en installert utgave.
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QWidget

from vurdering.domene.bank import last_bank
from vurdering.domene.modell import Grunnlag, Svar, SvarType, VurderingType
from vurdering.gui.app import lag_app, lag_vindu
from vurdering.gui.felles import meldinger
from vurdering.gui.hovedvindu import Hovedvindu
from vurdering.gui.samling import lag_samling
from vurdering.gui.veiviser.indikatorside import IKKE_RELEVANT_ID
from vurdering.gui.veiviser.veiviser import Veiviser
from vurdering.lagring.database import Database, apne
from vurdering.tjenester import demo, vurderinger
from vurdering.tjenester.vurderinger import NyVurdering

STORRELSE = (1280, 820)
#: En bærbar med 1366 × 768 og oppgavelinje: det maksimerte vinduet uten tittellinje.
BAERBAR = (1366, 768 - 40 - 30)
#: Tekststørrelsene mellom 100 % og 200 % (skjermene i UTVALG), og skjermene i 1366 × 768.
MELLOMTRINN = (1.1, 1.25, 1.5)
UTVALG = ("startside", "indikator-besvart", "sammendrag", "tiltaksplan")
#: Samlingen: indikatoren med de lengste nivåtekstene, og en kort.
INDIKATORER = ("ETR-01", "PR-02")


def _lag_data(db: Database) -> tuple[int, int]:
    """Demovurderingen (runde 1) og en påbegynt runde 2 for samme enhet."""
    bank = last_bank()
    forste = demo.lag_demo(db, bank, dato=date(2026, 5, 12))
    andre = vurderinger.opprett_vurdering(
        db,
        bank,
        NyVurdering(
            enhet=demo.ENHET,
            distrikt=demo.DISTRIKT,
            moduler=("KK", "SL", "SS", "DT", "FOR", "BU"),
            dato=date(2026, 11, 24),
            deltakere=demo.DELTAKERE[:3],
        ),
    )
    kk = bank.modul("KK").indikatorer
    vurderinger.lagre_svar(db, andre, Svar(kk[0].id, SvarType.NIVA, 2, grunnlag=Grunnlag.DOKUMENTERT, kommentar="Månedlig situasjonsbilde fra etterretning siden mars.", kilde="Virksomhetsplan 2026, kap. 3"))
    vurderinger.lagre_svar(db, andre, Svar(kk[1].id, SvarType.NIVA, 1, grunnlag=Grunnlag.ERFART))
    vurderinger.lagre_svar(db, andre, Svar(kk[2].id, SvarType.VET_IKKE))
    return forste, andre


def _vent() -> None:
    # Flere runder: noen sider tilpasser kolonnene i en nulltidtaker etter hver størrelsesendring.
    for _ in range(10):
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)  # som i hendelsesløkken
        QApplication.processEvents()


def _lagre(w: QWidget, mappe: Path, navn: str) -> Path:
    _vent()
    fil = mappe / f"{navn}.png"
    w.grab().save(str(fil))
    return fil


def lag_skjermbilder(mappe: Path) -> list[Path]:
    """Lag alle skjermbildene i `mappe`; gir filene."""
    mappe.mkdir(parents=True, exist_ok=True)
    app = lag_app()
    meldinger.vis = lambda _p, _a, tittel, tekst, ja="", nei="": bool(print(f"[melding] {tittel}: {tekst}", file=sys.stderr))  # type: ignore[assignment]
    filer: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        db = apne(Path(tmp) / "skjermbilder.db", opprett=True)
        forste, andre = _lag_data(db)
        vindu = lag_vindu(app, db)
        vindu.setWindowState(Qt.WindowState.WindowNoState)
        vindu.resize(*STORRELSE)
        vindu.show()
        try:
            for skala in (1.0, 2.0):
                vindu.utseende.sett_skala(skala)
                filer += _runde(vindu, mappe, f"{round(skala * 100)}", forste, andre)
            for skala in MELLOMTRINN:
                vindu.utseende.sett_skala(skala)
                filer += _runde(vindu, mappe, f"{round(skala * 100)}", forste, andre, bare=UTVALG)
            vindu.resize(*BAERBAR)
            for skala in (1.0, 2.0):
                vindu.utseende.sett_skala(skala)
                filer += _runde(vindu, mappe, f"1366x768-{round(skala * 100)}", forste, andre, bare=UTVALG)
            vindu.resize(*STORRELSE)
            vindu.utseende.sett_skala(1.0)
            vindu.utseende.sett_kontrast(True)
            filer += _runde(vindu, mappe, "kontrast", forste, andre, bare=("indikator-besvart", "startside", "sammendrag"))
            vindu.utseende.sett_kontrast(False)
            vindu.bytt_sprak("nn")
            filer += _runde(vindu, mappe, "nynorsk", forste, andre, bare=("startside", "indikator-ubesvart", "modulintro"))
            vindu.bytt_sprak("nb")
        finally:
            vindu.close()
            db.lukk()
    filer += lag_samlingsbilder(app, mappe)
    return filer


def lag_samlingsbilder(app: QApplication, mappe: Path) -> list[Path]:
    """Prosjektoren og prosesslederens vindu for en samling med stemmer; gir filene."""
    filer: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp, apne(Path(tmp) / "skjermbilder.db", opprett=True) as db:
        bank = last_bank()
        vid = vurderinger.opprett_vurdering(
            db, bank, NyVurdering(enhet=demo.ENHET, distrikt=demo.DISTRIKT, type=VurderingType.SAMLING)
        )
        vindu = lag_samling(db, vid)
        k = vindu.kontroll
        for ind in INDIKATORER:
            k.ga_til(ind)
            for niva, antall in enumerate((1, 3, 5, 2, 0)):
                for _ in range(antall):
                    k.legg_til(niva)
        p = vindu.prosjektor
        p.show()
        for ind in INDIKATORER:
            for bredde, hoyde in ((1920, 1080), (1280, 800)):
                k.ga_til(ind)
                p.resize(bredde, hoyde)
                for vist in (False, True):
                    k.vis(vist)
                    app.processEvents()
                    fil = mappe / f"prosjektor-{ind}-{bredde}x{hoyde}-{'vist' if vist else 'skjult'}.png"
                    p.grab().save(str(fil))
                    filer.append(fil)
        vindu.resize(1280, 820)
        vindu.show()
        app.processEvents()
        fil = mappe / "prosessleder.png"
        vindu.grab().save(str(fil))
        filer.append(fil)
        vindu.close()
    return filer



def _runde(
    vindu: Hovedvindu, mappe: Path, merke: str, forste: int, andre: int, bare: tuple[str, ...] = ()
) -> list[Path]:
    filer: list[Path] = []

    def ta(navn: str, w: QWidget | None = None, forbered: Callable[[], object] | None = None) -> None:
        if bare and navn not in bare:
            return
        if forbered is not None:
            forbered()
        filer.append(_lagre(w or vindu, mappe, f"{len(filer) + 1:02d}-{navn}-{merke}"))

    vindu.vis_start()
    ta("startside")
    if not bare:
        dialog = vindu.ny_vurdering()
        if dialog is not None:
            dialog.enhet.setText("Sentrum politistasjon")
            ta("ny-vurdering", dialog)
            dialog.reject()
        innst = vindu.vis_innstillinger()
        ta("innstillinger", innst)
        innst.reject()

    vindu.apne_vurdering(andre)
    assert vindu.veiviser is not None
    v: Veiviser = vindu.veiviser
    ta("oppfolging", forbered=lambda: v.ga_til(0))
    ta("modulintro", forbered=lambda: v.ga_til(v.indeks_for("intro", modul_id="KK")))
    kk = v.bank.modul("KK").indikatorer
    ta("indikator-besvart", forbered=lambda: v.ga_til_indikator(kk[0].id))
    ta("indikator-ubesvart", forbered=lambda: v.ga_til_indikator(kk[3].id))
    if not bare:
        v.ga_til_indikator(kk[-1].id)

        def ikke_relevant_uten_grunn() -> None:
            v.indikator.velg(IKKE_RELEVANT_ID)
            v.neste()  # nektes: begrunnelsen mangler

        ta("ikke-relevant-uten-grunn", forbered=ikke_relevant_uten_grunn)
        v.indikator.velg(0)  # ellers kan siden ikke forlates

    vindu.apne_vurdering(forste)
    assert vindu.veiviser is not None
    v = vindu.veiviser
    ta("sammendrag", forbered=lambda: v.ga_til(v.indeks_for("sammendrag")))
    ta("tiltaksplan", forbered=lambda: v.ga_til(v.indeks_for("tiltaksplan")))
    if not bare:
        v.marker_ferdig()
        ta("ferdig", forbered=lambda: v.ga_til(v.indeks_for("indikator", v.steg[2].indikator_id)))
        v.apne_igjen()
    return filer


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) != 1 or args[0] in ("-h", "--help"):
        print("bruk: python verktoy/skjermbilder.py MAPPE", file=sys.stderr)
        return 2
    filer = lag_skjermbilder(Path(args[0]))
    for f in filer:
        print(f)
    return 0


if __name__ == "__main__":
    sys.exit(main())
