"""Hjelp-menyen: hurtigtastene og «Om Forkant».

Tekstene hører til hovedvinduet (konteksten «Hovedvindu» i oversettelsen), som viser dem.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from vurdering import __version__
from vurdering.gui.felles import meldinger


def vis_hurtigtaster(parent: QWidget | None) -> None:
    """Alle hurtigtastene i vinduet, i én melding."""
    meldinger.info(
        parent,
        QCoreApplication.translate("Hovedvindu", "Hurtigtaster"),
        QCoreApplication.translate(
            "Hovedvindu",
            "0–4: velg nivå (når ingen tekstfelt er valgt)\n"
            "V: Vet ikke\n"
            "I: Ikke relevant\n"
            "PgDn eller Ctrl+Enter: neste side\n"
            "PgUp: forrige side\n"
            "Tab / Shift+Tab: neste / forrige felt\n"
            "Mellomrom eller Enter: velg nivåkortet som har fokus\n"
            "Ctrl+pluss / Ctrl+minus / Ctrl+0: større, mindre, normal tekst\n"
            "F11: fullskjerm\n"
            "F9: vis eller skjul sidelisten\n"
            "Ctrl+N: ny vurdering\n"
            "Ctrl+Q: avslutt",
        ),
    )


def om(parent: QWidget | None, database: Path) -> None:
    """Versjonen, hva Forkant er, og hvor dataene ligger."""
    meldinger.info(
        parent,
        QCoreApplication.translate("Hovedvindu", "Om Forkant"),
        QCoreApplication.translate(
            "Hovedvindu",
            "Forkant {0}\n\nModenhetsvurdering av forebygging som politiets hovedstrategi, etter "
            "Politidirektoratets strategi «I forkant av kriminaliteten» (2021–2025).\n\n"
            "Alt lagres lokalt i {1}.",
        ).format(__version__, database),
    )
