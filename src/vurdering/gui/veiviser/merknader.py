"""Merknadene over nivåkortene: når indikatoren avgjøres i distriktet, og enhetens problemer.

En driftsenhet eller tjenesteenhet som svarer på en indikator som vanligvis avgjøres i
distriktet (bankens `omfang`), får vite det. Indikatorer med `lokale_problemer` viser enhetens
prioriterte problemer kort, så svaret gis ut fra dem.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from vurdering.domene.bank import Indikator
from vurdering.domene.problemer import Problem
from vurdering.tjenester.veivisning import avgjores_i_distriktet


def _tall(v: float) -> str:
    return (f"{v:.0f}" if v == int(v) else f"{v:g}").replace(".", ",")


class Enhetsmerknader(QWidget):
    """To merknader som vises bare når de gjelder indikatoren på siden."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._indikator: Indikator | None = None
        self._enhetsniva: str | None = None
        self._problemer: list[Problem] = []
        lag = QVBoxLayout(self)
        lag.setContentsMargins(0, 0, 0, 0)
        lag.setSpacing(6)
        self.omfang = QLabel()
        self.omfang.setWordWrap(True)
        self.omfang.setTextFormat(Qt.TextFormat.PlainText)
        self.omfang.setProperty("banner", True)
        self.omfang.setAccessibleName(self.tr("Nivå i organisasjonen"))
        self.omfang.hide()
        lag.addWidget(self.omfang)
        self.problemboks = QLabel()
        self.problemboks.setWordWrap(True)
        self.problemboks.setTextFormat(Qt.TextFormat.PlainText)
        self.problemboks.setFrameShape(QFrame.Shape.StyledPanel)
        self.problemboks.setContentsMargins(8, 6, 8, 6)
        self.problemboks.setAccessibleName(self.tr("Enhetens prioriterte problemer"))
        self.problemboks.hide()
        lag.addWidget(self.problemboks)

    def vis(self, indikator: Indikator | None) -> None:
        self._indikator = indikator
        self._vis_omfang()
        self._vis_problemer()

    def sett_enhetsniva(self, niva: str | None) -> None:
        self._enhetsniva = niva
        self._vis_omfang()

    def sett_problemer(self, problemer: list[Problem]) -> None:
        self._problemer = list(problemer)
        self._vis_problemer()

    def _vis_omfang(self) -> None:
        ind = self._indikator
        if ind is None or not avgjores_i_distriktet(ind.omfang, self._enhetsniva):
            self.omfang.hide()
            return
        self.omfang.setText(
            self.tr(
                "Dette avgjøres vanligvis på distriktsnivå. Svar ut fra hvordan det virker hos dere, "
                "og skriv i kommentaren hva som avgjøres i distriktet."
            )
        )
        self.omfang.show()

    def _vis_problemer(self) -> None:
        ind = self._indikator
        if ind is None or not ind.lokale_problemer:
            self.problemboks.hide()
            return
        linjer = [self.tr("Svar ut fra enhetens prioriterte problemer:")]
        if not self._problemer:
            linjer.append(self.tr("Ingen er registrert ennå – legg dem inn på siden «Enhetens prioriterte problemer»."))
        for nr, p in enumerate(self._problemer, 1):
            linjer.append(f"{nr}. {p.tittel}" + (f" – {p.effektmal}" if p.effektmal else "") + self._tall(p))
        self.problemboks.setText("\n".join(linjer))
        self.problemboks.show()

    def _tall(self, p: Problem) -> str:
        deler = []
        if p.utgangsverdi is not None:
            deler.append(self.tr("fra {0}").format(_tall(p.utgangsverdi)))
        if p.siste_verdi is not None:
            deler.append(self.tr("nå {0}").format(_tall(p.siste_verdi)))
        if p.malverdi is not None:
            deler.append(self.tr("mål {0}").format(_tall(p.malverdi)))
        return f" ({', '.join(deler)})" if deler else ""
