"""«Importer mappe…»: alle .forkant-filene i en mappe, med fremdrift og en Avbryt-knapp.

Importen går gjennom brukstilfellet `tjenester.filer.importer_filer` i én transaksjon:
Avbryt ruller alt tilbake (ingenting importert). Har noen filer feil, vises én norsk
melding med filene, og brukeren kan velge å hoppe over dem og importere resten.

`velg_mappe` og `lag_fremdrift` er modulfunksjoner som testene kan bytte ut.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QProgressDialog, QWidget

from vurdering.domene.utveksling import UtvekslingFeil
from vurdering.gui.felles import meldinger
from vurdering.gui.filer.dialoger import _feil, _husk_mappe, _mappe
from vurdering.lagring.database import Database, DatabaseFeil
from vurdering.tjenester import filer as filtjeneste

# Hvor mange feillinjer meldingen viser før «… og N til».
MAKS_LINJER = 12


def velg_mappe(parent: QWidget | None, tittel: str, mappe: str) -> str:
    """Mappen brukeren valgte (tom tekst ved avbryt)."""
    return QFileDialog.getExistingDirectory(parent, tittel, mappe)


def lag_fremdrift(parent: QWidget | None, tittel: str, antall: int) -> QProgressDialog:
    """Fremdriftsdialogen med Avbryt-knapp (vindusmodal, vises med en gang)."""
    d = QProgressDialog(
        QCoreApplication.translate("mappe", "Importerer filene …"),
        QCoreApplication.translate("mappe", "Avbryt"),
        0,
        antall,
        parent,
    )
    d.setWindowTitle(tittel)
    d.setAccessibleName(tittel)
    d.setWindowModality(Qt.WindowModality.WindowModal)
    d.setMinimumDuration(0)
    d.setAutoClose(False)
    d.setAutoReset(False)
    d.setValue(0)
    return d


def _importer(parent: QWidget | None, db: Database, filer: list[Path], tittel: str, hopp_over: bool) -> list[int]:
    """Én import med fremdrift; kaster `ImportAvbrutt` når brukeren trykker Avbryt."""
    dialog = lag_fremdrift(parent, tittel, len(filer))

    def fremdrift(ferdige: int, alle: int) -> bool:
        dialog.setMaximum(alle)
        dialog.setValue(ferdige)
        dialog.setLabelText(
            QCoreApplication.translate("mappe", "Importerer fil %1 av %2 …")
            .replace("%1", str(ferdige))
            .replace("%2", str(alle))
        )
        QApplication.processEvents()
        return not dialog.wasCanceled()

    try:
        return list(filtjeneste.importer_filer(db, filer, fremdrift, hopp_over_feil=hopp_over))
    finally:
        dialog.close()
        dialog.deleteLater()


def _avbrutt() -> str:
    return QCoreApplication.translate("mappe", "Importen ble avbrutt. Ingenting ble importert.")


def _feilmelding(linjer: list[str], alle: int) -> str:
    vist = [linje for linje in linjer if linje != "Ingen filer ble importert."]
    antall = len(vist)
    if antall > MAKS_LINJER:
        vist = [
            *vist[:MAKS_LINJER],
            QCoreApplication.translate("mappe", "… og %1 feil til.").replace("%1", str(antall - MAKS_LINJER)),
        ]
    return (
        QCoreApplication.translate("mappe", "Noen av de %1 filene i mappen kan ikke importeres:").replace(
            "%1", str(alle)
        )
        + "\n\n"
        + "\n".join(vist)
        + "\n\n"
        + QCoreApplication.translate(
            "mappe", "Ingenting er importert ennå. Vil du hoppe over filene med feil og importere resten?"
        )
    )


def importer_mappe_dialog(parent: QWidget | None, db: Database) -> list[int]:
    """«Importer mappe…»: velg mappen, importer alle .forkant-filene i den. Gir de nye id-ene."""
    tittel = QCoreApplication.translate("mappe", "Importer mappe")
    valgt = velg_mappe(parent, tittel, _mappe(db))
    if not valgt:
        return []
    try:
        filer = filtjeneste.finn_filer([valgt])
    except UtvekslingFeil as e:
        _feil(parent, tittel, e)
        return []
    _husk_mappe(db, str(filer[0]))
    try:
        ids = _importer(parent, db, filer, tittel, hopp_over=False)
    except filtjeneste.ImportAvbrutt:
        meldinger.info(parent, tittel, _avbrutt())
        return []
    except UtvekslingFeil as e:
        if not meldinger.sporsmal(
            parent,
            tittel,
            _feilmelding(list(e.feil), len(filer)),
            ja=QCoreApplication.translate("mappe", "Hopp over og importer resten"),
            nei=QCoreApplication.translate("mappe", "Avbryt importen"),
        ):
            return []
        try:
            ids = _importer(parent, db, filer, tittel, hopp_over=True)
        except filtjeneste.ImportAvbrutt:
            meldinger.info(parent, tittel, _avbrutt())
            return []
        except (UtvekslingFeil, DatabaseFeil) as feil:
            _feil(parent, tittel, feil)
            return []
    except DatabaseFeil as e:
        _feil(parent, tittel, e)
        return []
    meldinger.info(
        parent,
        tittel,
        QCoreApplication.translate("mappe", "Vurderingen er importert.")
        if len(ids) == 1
        else QCoreApplication.translate("mappe", "%1 vurderinger er importert.").replace("%1", str(len(ids))),
    )
    return ids
