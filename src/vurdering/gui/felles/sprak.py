"""Språket i vinduet: bokmål eller nynorsk (norske datoer og tall: `domene.formater`).

Kildeteksten i koden er bokmål. Nynorsk kommer fra `ressurser/oversettelser/forkant_nn.qm`
(bygd fra `.ts`-filen med pyside6-lrelease) og Qts egen `qtbase_nn.qm`. Qt har ingen
bokmålskatalog, så for bokmål lastes `forkant_nb.qm`, som bare oversetter Qts egne
standardtekster (hurtigmenyen i tekstfelt, kalenderen).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from vurdering.domene.regler import SPRAK
from vurdering.plattform import ressursfiler

_gjeldende = "nb"


def gjeldende() -> str:
    """«nb» eller «nn»: språket vinduet vises på nå."""
    return _gjeldende


def locale(sprak: str | None = None) -> QLocale:
    """Norsk QLocale for språket (datoer, månedsnavn i kalenderen)."""
    spr = sprak or _gjeldende
    if spr == "nn":
        return QLocale("nn_NO")
    return QLocale("nb_NO")


def _fjern_gamle(app: QCoreApplication) -> None:
    for t in app.findChildren(QTranslator, "forkant_oversetter"):
        app.removeTranslator(t)
        t.deleteLater()


def _last(app: QCoreApplication, fil: str, mappe: str) -> bool:
    t = QTranslator(app)
    t.setObjectName("forkant_oversetter")
    if t.load(fil, mappe):
        app.installTranslator(t)
        return True
    t.deleteLater()
    return False


def bytt(app: QCoreApplication, sprak: str) -> None:
    """Bytt språk i hele programmet. Vinduer som alt er bygd, må bygges på nytt."""
    global _gjeldende
    if sprak not in SPRAK:
        raise ValueError(f"Ukjent språk: {sprak} (bruk nb eller nn)")
    _fjern_gamle(app)
    mappe = str(ressursfiler.sti("oversettelser"))
    if sprak == "nn":
        if not _last(app, "forkant_nn", mappe):
            raise FileNotFoundError(
                "Finner ikke den nynorske oversettelsen (forkant_nn.qm). Installasjonen er ufullstendig."
            )
        _last(app, "qtbase_nn", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    else:
        _last(app, "forkant_nb", mappe)
    QLocale.setDefault(locale(sprak))
    _gjeldende = sprak

