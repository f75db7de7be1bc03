"""Dialogene for .forkant-filer: eksporter, importer og «Samle individuelle svar…».

Filvalg og spørsmålet om enhet går gjennom modulfunksjonene `velg_filer`, `velg_lagrefil`
og `spor_samling`, og alle meldinger gjennom `gui.meldinger`, så testene kan bytte dem ut.
Feil vises som norske meldinger; ingenting skrives når en fil ikke kan brukes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QStandardPaths
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from vurdering.domene import distrikter
from vurdering.domene.utveksling import ENDELSE, UtvekslingFeil, les_fil
from vurdering.gui.felles import meldinger
from vurdering.lagring.database import Database, DatabaseFeil
from vurdering.tjenester import filer as filtjeneste
from vurdering.tjenester import innstillinger, vurderinger
from vurdering.tjenester.samling import Samlingsokt


def _filter() -> str:
    return QCoreApplication.translate("samling", "Forkant-filer (*.forkant);;Alle filer (*)")


# --- byttes ut i testene ---------------------------------------------------------------------


def velg_filer(parent: QWidget | None, tittel: str, mappe: str) -> list[str]:
    """Filene brukeren valgte (tom liste ved avbryt)."""
    filer, _ = QFileDialog.getOpenFileNames(parent, tittel, mappe, _filter())
    return list(filer)


def velg_lagrefil(parent: QWidget | None, tittel: str, forslag: str) -> str:
    """Filnavnet det skal lagres til (tom tekst ved avbryt)."""
    navn, _ = QFileDialog.getSaveFileName(parent, tittel, forslag, _filter())
    return navn


@dataclass(frozen=True)
class Samlevalg:
    enhet: str
    distrikt: str | None  # None: distriktet i filene
    dato: str


def spor_samling(parent: QWidget | None, enhet: str, distrikt: str | None) -> Samlevalg | None:
    """Spør etter enhet, distrikt og dato for den samlede vurderingen (None ved avbryt)."""
    d = Samledialog(parent, enhet, distrikt)
    return d.valg() if d.exec() == QDialog.DialogCode.Accepted else None


class Samledialog(QDialog):
    """Enhet, distrikt og dato for en samlet vurdering."""

    def __init__(self, parent: QWidget | None, enhet: str, distrikt: str | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Samle individuelle svar"))
        lag = QVBoxLayout(self)
        forklaring = QLabel(
            self.tr(
                "Svarene i filene blir én samlet vurdering: per indikator stemmefordelingen, "
                "medianen som forslag og uenighet når svarene spenner over to nivåer eller mer."
            )
        )
        forklaring.setWordWrap(True)
        lag.addWidget(forklaring)
        skjema = QFormLayout()
        self.enhet = QLineEdit(enhet)
        self.enhet.setMaxLength(200)
        self.enhet.setAccessibleName(self.tr("Enhet"))
        self.distrikt = QComboBox()
        self.distrikt.setAccessibleName(self.tr("Distrikt"))
        self.distrikt.addItem(self.tr("Som i filene"), None)
        for navn in distrikter.alle():
            self.distrikt.addItem(navn, navn)
        if distrikt:
            i = self.distrikt.findData(distrikt)
            self.distrikt.setCurrentIndex(max(0, i))
        self.dato = QDateEdit(QDate.currentDate())
        self.dato.setCalendarPopup(True)
        self.dato.setDisplayFormat("dd.MM.yyyy")
        self.dato.setAccessibleName(self.tr("Dato"))
        skjema.addRow(self.tr("&Enhet:"), self.enhet)
        skjema.addRow(self.tr("&Distrikt:"), self.distrikt)
        skjema.addRow(self.tr("D&ato:"), self.dato)
        lag.addLayout(skjema)
        knapper = QDialogButtonBox()
        ok = knapper.addButton(self.tr("Samle"), QDialogButtonBox.ButtonRole.AcceptRole)
        ok.setAccessibleName(self.tr("Samle svarene"))
        avbryt = knapper.addButton(self.tr("Avbryt"), QDialogButtonBox.ButtonRole.RejectRole)
        avbryt.setAccessibleName(self.tr("Avbryt"))
        knapper.accepted.connect(self._godta)
        knapper.rejected.connect(self.reject)
        lag.addWidget(knapper)
        self.melding = QLabel()
        self.melding.setWordWrap(True)
        lag.addWidget(self.melding)

    def _godta(self) -> None:
        if not self.enhet.text().strip():
            self.melding.setText(self.tr("Skriv inn enheten den samlede vurderingen gjelder."))
            self.enhet.setFocus()
            return
        self.accept()

    def valg(self) -> Samlevalg:
        return Samlevalg(
            self.enhet.text().strip(), self.distrikt.currentData(), self.dato.date().toString("yyyy-MM-dd")
        )


# --- hjelpere ----------------------------------------------------------------------------------


def _mappe(db: Database) -> str:
    lagret = innstillinger.hent_innstillinger(db).samlingsmappe
    if lagret and Path(lagret).is_dir():
        return lagret
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())


def _husk_mappe(db: Database, fil: str) -> None:
    try:
        innstillinger.sett_samlingsmappe(db, Path(fil).parent)
    except DatabaseFeil:
        pass  # å huske mappen er bare en bekvemmelighet


def _feil(parent: QWidget | None, tittel: str, e: Exception) -> None:
    linjer = getattr(e, "feil", None) or [str(e)]
    vist = linjer[:12] + (
        [QCoreApplication.translate("samling", "… og %1 feil til.").replace("%1", str(len(linjer) - 12))]
        if len(linjer) > 12
        else []
    )
    meldinger.feil(parent, tittel, "\n".join(vist))


def foreslatt_navn(enhet: str, dato: str) -> str:
    """«Demo politistasjon», «2026-11-24» → «demo-politistasjon-2026-11-24.forkant»."""
    rent = re.sub(r"[^\wæøåÆØÅ]+", "-", enhet.strip().lower()).strip("-") or "vurdering"
    return f"{rent[:60]}-{dato}{ENDELSE}"


# --- dialogene -----------------------------------------------------------------------------------


def eksporter_dialog(parent: QWidget | None, db: Database, vurdering_id: int) -> Path | None:
    """«Eksporter …»: skriv vurderingen til en .forkant-fil brukeren velger. Gir stien."""
    tittel = QCoreApplication.translate("samling", "Eksporter vurderingen")
    try:
        v = vurderinger.hent_vurdering(db, vurdering_id)
    except DatabaseFeil as e:
        _feil(parent, tittel, e)
        return None
    forslag = str(Path(_mappe(db)) / foreslatt_navn(v.enhet.navn, v.dato))
    navn = velg_lagrefil(parent, tittel, forslag)
    if not navn:
        return None
    sti = Path(navn)
    if not sti.suffix:
        sti = sti.with_suffix(ENDELSE)
    try:
        ut = filtjeneste.eksporter(db, vurdering_id, sti)
    except (UtvekslingFeil, DatabaseFeil) as e:
        _feil(parent, tittel, e)
        return None
    _husk_mappe(db, str(ut))
    meldinger.info(
        parent,
        tittel,
        QCoreApplication.translate(
            "samling",
            "Vurderingen er lagret i %1.\n\nFilen kan importeres i en annen Forkant eller samles med andres svar.",
        ).replace("%1", str(ut)),
    )
    return ut


def importer_dialog(parent: QWidget | None, db: Database) -> list[int]:
    """«Importer …»: les én eller flere .forkant-filer (alle eller ingen). Gir de nye id-ene."""
    tittel = QCoreApplication.translate("samling", "Importer vurderinger")
    filer = velg_filer(parent, tittel, _mappe(db))
    if not filer:
        return []
    try:
        ids = filtjeneste.importer_filer(db, filer)
    except (UtvekslingFeil, DatabaseFeil) as e:
        _feil(parent, tittel, e)
        return []
    _husk_mappe(db, filer[0])
    tekst = (
        QCoreApplication.translate("samling", "Vurderingen er importert.")
        if len(ids) == 1
        else QCoreApplication.translate("samling", "%1 vurderinger er importert.").replace("%1", str(len(ids)))
    )
    meldinger.info(parent, tittel, tekst)
    return ids


def samle_dialog(parent: QWidget | None, db: Database) -> int | None:
    """«Samle individuelle svar …»: velg filene, enhet og dato; lag den samlede vurderingen.

    Etterpå kan prosesslederen gå rett til samlingsvisningen, der uenighetene kommer først.
    Gir den nye vurderingens id.
    """
    tittel = QCoreApplication.translate("samling", "Samle individuelle svar")
    filer = velg_filer(parent, tittel, _mappe(db))
    if not filer:
        return None
    if len(filer) < 2:
        meldinger.feil(
            parent,
            tittel,
            QCoreApplication.translate("samling", "Velg minst to filer med individuelle svar for å samle dem."),
        )
        return None
    try:
        forste = les_fil(filer[0])
    except UtvekslingFeil as e:
        _feil(parent, tittel, e)
        return None
    valg = spor_samling(parent, forste.vurdering.enhet, None)
    if valg is None:
        return None
    try:
        vid = filtjeneste.samle(db, filer, enhet=valg.enhet, distrikt=valg.distrikt, dato=valg.dato)
    except (UtvekslingFeil, DatabaseFeil) as e:
        _feil(parent, tittel, e)
        return None
    _husk_mappe(db, filer[0])
    okt = Samlingsokt(db, vid)
    flagget = len(okt.flaggede())
    tekst = QCoreApplication.translate(
        "samling", "%1 filer er samlet til én vurdering for %2. %3 indikatorer har uenighet."
    ).replace("%1", str(len(filer)))
    tekst = tekst.replace("%2", valg.enhet).replace("%3", str(flagget))
    if meldinger.sporsmal(
        parent,
        tittel,
        tekst + "\n\n" + QCoreApplication.translate("samling", "Vil du gå gjennom dem i samlingsvisningen nå?"),
        ja=QCoreApplication.translate("samling", "Åpne samlingen"),
        nei=QCoreApplication.translate("samling", "Senere"),
    ):
        from vurdering.gui.samling import start_samling

        start_samling(parent, db, vid)
    return vid
