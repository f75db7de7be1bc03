"""Oppstart av vinduet: `vurdering [--database FIL] [--vurdering ID]` og `forkant` (samme parser, i `vurdering.cli`).

Databasen åpnes trygt (programlås, sikkerhetskopi, valg ved skadet fil) før vinduet
bygges. Språk, tekststørrelse og kontrast leses fra databasen. En uventet feil vises som
en norsk melding, og programmet fortsetter; det som er vist som lagret, er i databasen.
"""

from __future__ import annotations

import os
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from vurdering.gui.felles import meldinger, sprak
from vurdering.gui.felles.utseende import Utseende
from vurdering.gui.hovedvindu import Hovedvindu
from vurdering.gui.start import gjenoppretting
from vurdering.lagring.database import Database, DatabaseFeil, standard_sti
from vurdering.tjenester.innstillinger import hent_innstillinger

FEIL_BRUKER = 2


def lag_app(argv: list[str] | None = None) -> QApplication:
    """Den ene QApplication-en (gjenbrukes hvis den finnes, for eksempel i tester)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("Forkant")
    # Ikke setApplicationDisplayName: Qt hekter den på hver vindustittel («Forkant – Demo — Forkant»);
    # vinduene setter selv «Forkant – …», og en tom tittel får programnavnet.
    app.setDesktopFileName("forkant")
    return app


def lag_vindu(app: QApplication, db: Database) -> Hovedvindu:
    """Ta i bruk innstillingene i databasen (språk, tekst, kontrast) og bygg hovedvinduet."""
    valgt = hent_innstillinger(db)
    try:
        sprak.bytt(app, valgt.sprak)
    except FileNotFoundError:
        sprak.bytt(app, "nb")
    utseende = Utseende(app, valgt.skala, valgt.kontrast)
    utseende.bruk()
    return Hovedvindu(db, utseende)


class Unntaksfanger:
    """sys.excepthook: vis en norsk melding i stedet for en traceback, og hold programmet i live."""

    def __init__(self, parent: QWidget | None) -> None:
        self.parent = parent
        self._viser = False

    def __call__(self, typ: type[BaseException], verdi: BaseException, tb: TracebackType | None) -> None:
        traceback.print_exception(typ, verdi, tb, file=sys.stderr)  # for feilsøking
        if self._viser:
            return
        self._viser = True
        try:
            bankfeil = getattr(sys.modules.get("vurdering.domene.bank"), "BankFeil", DatabaseFeil)
            if isinstance(verdi, DatabaseFeil | bankfeil):
                tekst = str(verdi)
            else:
                tekst = QCoreApplication.translate(
                    "app",
                    "Det oppstod en uventet feil i Forkant ({0}). Det som er vist som lagret, er trygt i "
                    "databasen. Du kan arbeide videre; start Forkant på nytt hvis noe ser rart ut.",
                ).format(f"{typ.__name__}: {verdi}")
            meldinger.feil(self.parent, QCoreApplication.translate("app", "Uventet feil"), tekst)
        finally:
            self._viser = False


def start(database: str | None, vurdering_id: int | None) -> int:
    """Start vinduet, eventuelt rett inn i én vurdering. Gir avslutningskoden."""
    app = lag_app()
    sti = Path(database).expanduser() if database else standard_sti()
    aapen = gjenoppretting.apne_database(None, sti)
    if aapen is None:
        return FEIL_BRUKER
    gammel_hook = sys.excepthook
    try:
        vindu = lag_vindu(app, aapen.db)
        vindu.gjenopprett = lambda: gjenoppretting.gjenopprett_fra_meny(vindu, aapen)
        vindu.oppdater_handlinger()
        sys.excepthook = Unntaksfanger(vindu)
        vindu.show()  # først, så en feilmelding om vurderingen har et vindu å stå over
        if vurdering_id is not None:
            vindu.apne_vurdering(vurdering_id)
        if (ms := os.environ.get("FORKANT_AVSLUTT_ETTER_MS", "")).isdigit():  # røyktesten (pakking/bygg --test)

            def avslutt() -> None:
                side = vindu.stabel.currentWidget()
                print(f"vist: {side.accessibleName() if side else '-'}", flush=True)
                app.quit()

            QTimer.singleShot(int(ms), avslutt)
        return int(app.exec())
    finally:
        sys.excepthook = gammel_hook
        aapen.lukk()
