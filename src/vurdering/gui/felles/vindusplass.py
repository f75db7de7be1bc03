"""Hovedvinduets størrelse og plass: aldri større enn skjermen, og husket til neste start.

Plassen lagres i en INI-fil for brukeren (QSettings, organisasjon «Forkant») – ikke i
databasen, for den hører til maskinen og skjermen, ikke til vurderingene. Testene legger
filen i en midlertidig mappe med `QSettings.setPath`.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, QSettings, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

ORGANISASJON = "Forkant"
PROGRAM = "Forkant"
NOKKEL_GEOMETRI = "hovedvindu/geometri"
NOKKEL_SIDELISTE = "hovedvindu/sideliste"
#: Vinduets størrelse første gang, når skjermen har plass til den.
STANDARD = QSize(1280, 820)
#: Plass til vindusrammen og tittellinjen, som vindussystemet legger utenpå.
RAMME = QSize(16, 48)


def innstillinger() -> QSettings:
    """Brukerens innstillingsfil for vinduet (INI-format på alle plattformer)."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISASJON, PROGRAM)


def tilgjengelig(vindu: QWidget) -> QRect:
    """Skjermflaten vinduet kan bruke (uten oppgavelinje og menylinjer); skjermen vinduet står på."""
    skjerm = vindu.screen() or QGuiApplication.primaryScreen()
    return skjerm.availableGeometry() if skjerm is not None else QRect(0, 0, STANDARD.width(), STANDARD.height())


def plasser(vindu: QWidget) -> None:
    """Gi vinduet forrige størrelse og plass, men aldri mer enn skjermen har plass til.

    Første gang (eller når skjermen er for liten for den standard størrelsen) åpnes vinduet
    maksimert, så Tilbake/Neste og lagringsstatusen alltid er på skjermen.
    """
    lagret = innstillinger().value(NOKKEL_GEOMETRI)
    if isinstance(lagret, QByteArray | bytes) and vindu.restoreGeometry(QByteArray(lagret)):
        _innenfor(vindu)
        return
    flate = tilgjengelig(vindu)
    bredde = min(STANDARD.width(), flate.width() - RAMME.width())
    hoyde = min(STANDARD.height(), flate.height() - RAMME.height())
    vindu.resize(bredde, hoyde)
    vindu.move(flate.center() - vindu.rect().center())
    if bredde < STANDARD.width() or hoyde < STANDARD.height():
        vindu.setWindowState(vindu.windowState() | Qt.WindowState.WindowMaximized)


def _innenfor(vindu: QWidget) -> None:
    """Flytt og krymp et vindu med husket plass inn på skjermen det står på nå."""
    if vindu.windowState() & (Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen):
        return
    flate = tilgjengelig(vindu)
    bredde = min(vindu.width(), flate.width() - RAMME.width())
    hoyde = min(vindu.height(), flate.height() - RAMME.height())
    if (bredde, hoyde) != (vindu.width(), vindu.height()):
        vindu.resize(bredde, hoyde)
    x = min(max(vindu.x(), flate.left()), flate.right() - bredde - RAMME.width() + 1)
    y = min(max(vindu.y(), flate.top()), flate.bottom() - hoyde - RAMME.height() + 1)
    vindu.move(x, y)


def husk(vindu: QWidget) -> None:
    """Lagre vinduets størrelse og plass (også maksimert) til neste start."""
    innstillinger().setValue(NOKKEL_GEOMETRI, vindu.saveGeometry())


def sideliste_synlig() -> bool:
    """Om veiviserens sideliste skal vises (brukeren kan skjule den i Vis-menyen)."""
    return str(innstillinger().value(NOKKEL_SIDELISTE, "true")).lower() != "false"


def husk_sideliste(synlig: bool) -> None:
    innstillinger().setValue(NOKKEL_SIDELISTE, "true" if synlig else "false")
