"""Eksport fra vinduet: full rapport, kort lederrapport (PDF) og CSV med alle svar.

Brukeren velger filnavn (forslaget bygger på enhet og dato, i mappen som ble brukt sist),
rapportdelen skriver filen via en midlertidig fil i samme mappe (`vurdering.rapport.utfil`),
så en feil aldri etterlater en halv fil, og til slutt åpnes den i systemets visningsprogram.
Feil vises som en norsk melding, aldri som en traceback.

Filvalg og åpning går gjennom modulfunksjonene `velg_fil` og `apne_fil`, og meldinger
gjennom `vurdering.gui.felles.meldinger`; testene bytter dem ut (monkeypatch).
"""

from __future__ import annotations

import re
import sys
import traceback
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from vurdering.domene.bank import BankFeil
from vurdering.domene.vurderingsdata import Vurderingsdata
from vurdering.gui.felles import meldinger
from vurdering.lagring.database import Database, DatabaseFeil
from vurdering.tjenester import innstillinger
from vurdering.tjenester import vurderinger as tjenester

# --- dialoger (byttes ut i testene) ---------------------------------------------------------


def velg_fil(parent: QWidget | None, tittel: str, forslag: str, filter: str) -> str:
    """Spør etter filnavnet det skal lagres til; tom tekst når brukeren avbryter."""
    navn, _ = QFileDialog.getSaveFileName(parent, tittel, forslag, filter)
    return navn


def apne_fil(sti: Path) -> bool:
    """Åpne filen i systemets visningsprogram; False når det ikke gikk."""
    return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(sti))))


# --- filnavn ------------------------------------------------------------------------------------


def foreslatt_filnavn(data: Vurderingsdata, endelse: str, tillegg: str = "") -> str:
    """«Forkant Demo politistasjon 2026-11-24.pdf»: enhet og dato, uten tegn filsystemer avviser."""
    enhet = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", data.vurdering.enhet.navn)
    enhet = re.sub(r"\s+", " ", enhet).strip(" .") or QCoreApplication.translate("eksport", "vurdering")
    deler = ["Forkant", enhet, data.vurdering.dato]
    if tillegg:
        deler.append(tillegg)
    return " ".join(deler) + endelse


def _startmappe(db: Database) -> Path:
    lagret = innstillinger.hent_innstillinger(db).eksportmappe
    if lagret and Path(lagret).is_dir():
        return Path(lagret)
    dokumenter = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(dokumenter) if dokumenter and Path(dokumenter).is_dir() else Path.home()


def _med_endelse(navn: str, endelse: str) -> Path:
    sti = Path(navn)
    if sti.suffix.lower() != endelse:
        sti = sti.with_name(sti.name + endelse)
    return sti


# --- eksport ------------------------------------------------------------------------------------


def _eksporter(
    parent: QWidget | None,
    db: Database,
    vurdering_id: int,
    *,
    tittel: str,
    filter: str,
    endelse: str,
    tillegg: str,
    bygg: Callable[[Vurderingsdata, Path], None],
) -> Path | None:
    feiltittel = QCoreApplication.translate("eksport", "Eksporten mislyktes")
    try:
        data = tjenester.hent_vurderingsdata(db, vurdering_id, med_utvikling=True)
    except (DatabaseFeil, BankFeil) as e:
        meldinger.feil(
            parent,
            feiltittel,
            QCoreApplication.translate("eksport", "Vurderingen kunne ikke leses: {feil}").format(feil=e),
        )
        return None
    forslag = _startmappe(db) / foreslatt_filnavn(data, endelse, tillegg)
    valgt = velg_fil(parent, tittel, str(forslag), filter)
    if not valgt:
        return None
    sti = _med_endelse(valgt, endelse)
    if not sti.parent.is_dir():
        meldinger.feil(
            parent,
            feiltittel,
            QCoreApplication.translate("eksport", "Mappen {mappe} finnes ikke.").format(mappe=sti.parent),
        )
        return None
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        # Rapportdelen skriver selv via en midlertidig fil i samme mappe og gir RapportFeil
        # (en ValueError) med norsk melding; en halv fil blir aldri liggende.
        bygg(data, sti)
    except PermissionError:
        meldinger.feil(
            parent,
            feiltittel,
            QCoreApplication.translate(
                "eksport", "Du har ikke tilgang til å skrive i {mappe}. Velg en annen mappe."
            ).format(mappe=sti.parent),
        )
        return None
    except OSError as e:
        meldinger.feil(
            parent,
            feiltittel,
            QCoreApplication.translate("eksport", "Filen {fil} kunne ikke skrives: {feil}").format(
                fil=sti, feil=e.strerror or e
            ),
        )
        return None
    except ImportError:
        meldinger.feil(
            parent,
            feiltittel,
            QCoreApplication.translate(
                "eksport", "Rapportdelen av Forkant mangler i denne installasjonen. Installer på nytt."
            ),
        )
        return None
    except (ValueError, BankFeil, DatabaseFeil) as e:
        meldinger.feil(
            parent, feiltittel, QCoreApplication.translate("eksport", "Filen kunne ikke lages: {feil}").format(feil=e)
        )
        return None
    except Exception as e:  # en programfeil: brukeren får en melding, detaljene går til stderr
        traceback.print_exc(file=sys.stderr)
        meldinger.feil(
            parent,
            feiltittel,
            QCoreApplication.translate(
                "eksport", "Filen kunne ikke lages på grunn av en feil i programmet ({feil})."
            ).format(feil=type(e).__name__),
        )
        return None
    finally:
        QGuiApplication.restoreOverrideCursor()
    try:
        innstillinger.sett_eksportmappe(db, sti.parent)
    except DatabaseFeil:
        pass  # mappevalget er bare en bekvemmelighet
    if not apne_fil(sti):
        meldinger.feil(
            parent,
            QCoreApplication.translate("eksport", "Filen er lagret"),
            QCoreApplication.translate(
                "eksport", "Filen er lagret som {fil}, men kunne ikke åpnes automatisk. Åpne den selv fra mappen."
            ).format(fil=sti),
        )
    return sti


def eksporter_rapport(parent: QWidget | None, db: Database, vurdering_id: int, kort: bool) -> Path | None:
    """Lag full rapport eller kort lederrapport som PDF; gir stien, eller None ved avbrudd/feil."""

    def bygg(data: Vurderingsdata, sti: Path) -> None:
        from vurdering.rapport.pdf import lag_rapport

        lag_rapport(data, sti, kort=kort, sprak=data.vurdering.sprak)

    return _eksporter(
        parent,
        db,
        vurdering_id,
        tittel=QCoreApplication.translate("eksport", "Lagre kort rapport")
        if kort
        else QCoreApplication.translate("eksport", "Lagre rapport"),
        filter=QCoreApplication.translate("eksport", "PDF-dokument (*.pdf)"),
        endelse=".pdf",
        tillegg=QCoreApplication.translate("eksport", "kort rapport")
        if kort
        else QCoreApplication.translate("eksport", "rapport"),
        bygg=bygg,
    )


def eksporter_word(parent: QWidget | None, db: Database, vurdering_id: int, kort: bool) -> Path | None:
    """Lag full rapport eller lederoppsummering som Word-dokument (.docx); gir stien, eller None."""

    def bygg(data: Vurderingsdata, sti: Path) -> None:
        from vurdering.rapport.word import lag_word

        lag_word(data, sti, kort=kort, sprak=data.vurdering.sprak)

    return _eksporter(
        parent,
        db,
        vurdering_id,
        tittel=QCoreApplication.translate("eksport", "Lagre lederoppsummering (Word)")
        if kort
        else QCoreApplication.translate("eksport", "Lagre rapport (Word)"),
        filter=QCoreApplication.translate("eksport", "Word-dokument (*.docx)"),
        endelse=".docx",
        tillegg=QCoreApplication.translate("eksport", "kort rapport")
        if kort
        else QCoreApplication.translate("eksport", "rapport"),
        bygg=bygg,
    )


def eksporter_csv(parent: QWidget | None, db: Database, vurdering_id: int) -> Path | None:
    """Skriv alle svar som CSV (UTF-8 med BOM, for Excel); gir stien, eller None ved avbrudd/feil."""

    def bygg(data: Vurderingsdata, sti: Path) -> None:
        from vurdering.rapport.csvfil import skriv_csv

        skriv_csv(data, sti)

    return _eksporter(
        parent,
        db,
        vurdering_id,
        tittel=QCoreApplication.translate("eksport", "Lagre svarene som CSV"),
        filter=QCoreApplication.translate("eksport", "CSV-fil (*.csv)"),
        endelse=".csv",
        tillegg=QCoreApplication.translate("eksport", "svar"),
        bygg=bygg,
    )
