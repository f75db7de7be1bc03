"""Forslagskortene i sammendraget: ett kort per prioritert forslag fra analysen, med
«Legg i tiltaksplan» og «Gå til indikatoren».

Signaler på `Forslagskort`:
- `legg_til(object)`: brukeren vil legge forslaget (`Forslag`) i tiltaksplanen.
- `ga_til(str)`: brukeren vil gå til indikatoren (id).
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from vurdering.domene.bank import Bank
from vurdering.domene.formater import tall as norsk_tall
from vurdering.domene.poeng import Forslag
from vurdering.gui.felles import sprak as grensesnitt

ANTALL_FORSLAG_FORST = 10


def tekst_etikett(tekst: str = "") -> QLabel:
    """En etikett med ren tekst som brytes."""
    etikett = QLabel(tekst)
    etikett.setWordWrap(True)
    etikett.setTextFormat(Qt.TextFormat.PlainText)
    return etikett


def _prioritet(p: float) -> str:
    return str(int(p)) if p == int(p) else norsk_tall(p)


def modulnavn(bank: Bank, modul_id: str) -> str:
    """Modulens navn på grensesnittets språk (id-en når banken ikke har modulen)."""
    try:
        return bank.modul(modul_id).visningsnavn(grensesnitt.gjeldende())
    except KeyError:
        return modul_id


def forslagslinje(bank: Bank, f: Forslag) -> str:
    """Linjen under tittelen: modul, nivå nå og mål, og prioriteten."""
    modul = modulnavn(bank, f.modul_id)
    if f.kartlegg or f.niva is None or f.prioritet is None:
        return QCoreApplication.translate(
            "Sammendragside", "{modul} · besvart med «Vet ikke» – kartlegg før neste runde"
        ).format(modul=modul)
    gap = f.mal - f.niva
    faktor = (1 + gap) ** 2 - 1  # som i domene.poeng.prioritet
    avstand = (
        QCoreApplication.translate("Sammendragside", "1 nivå")
        if gap == 1
        else QCoreApplication.translate("Sammendragside", "{0} nivåer").format(gap)
    )
    return QCoreApplication.translate(
        "Sammendragside",
        "{modul} · nå nivå {niva} ({navn}), mål {mal} · prioritet {prioritet} "
        "(vekt {vekt} × {faktor} for {avstand} under målet)",
    ).format(
        modul=modul,
        niva=f.niva,
        navn=bank.niva_navn(f.niva, grensesnitt.gjeldende()),
        mal=f.mal,
        prioritet=_prioritet(f.prioritet),
        vekt=_prioritet(round(f.prioritet / faktor, 2)) if faktor else "–",
        faktor=faktor,
        avstand=avstand,
    )


class Forslagskort(QFrame):
    """Ett prioritert forslag med knappene «Legg i tiltaksplan» og «Gå til indikatoren»."""

    legg_til = Signal(object)  # Forslag
    ga_til = Signal(str)  # indikator-id

    def __init__(self, nr: int, forslag: Forslag, linje: str, adoptert: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.forslag = forslag
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setToolTip(self.tr("Dobbeltklikk for å gå til indikatoren."))
        lag = QVBoxLayout(self)
        self.tittel = QLabel(f"<b>{nr}. {html.escape(forslag.tittel)}</b> ({html.escape(forslag.indikator_id)})")
        self.tittel.setTextFormat(Qt.TextFormat.RichText)
        self.tittel.setWordWrap(True)
        lag.addWidget(self.tittel)
        lag.addWidget(tekst_etikett(linje))
        tekst = tekst_etikett(forslag.tekst)
        tekst.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lag.addWidget(tekst)
        knapper = QHBoxLayout()
        self.knapp = QPushButton(self.tr("Legg i tiltaksplan"))
        self.knapp.setAccessibleName(self.tr("Legg forslag {nr} i tiltaksplanen").format(nr=nr))
        self.knapp.clicked.connect(lambda: self.legg_til.emit(self.forslag))
        self.lagt_inn = QLabel(self.tr("✓ Ligger i tiltaksplanen"))
        self.ga = QPushButton(self.tr("Gå til indikatoren"))
        self.ga.setAccessibleName(self.tr("Gå til indikator {id}").format(id=forslag.indikator_id))
        self.ga.clicked.connect(lambda: self.ga_til.emit(self.forslag.indikator_id))
        knapper.addWidget(self.knapp)
        knapper.addWidget(self.lagt_inn)
        knapper.addWidget(self.ga)
        knapper.addStretch(1)
        lag.addLayout(knapper)
        self.sett_adoptert(adoptert)

    def indikator_id(self) -> str:
        """Id-en i kortets tittel (slik brukeren ser den)."""
        tekst = self.tittel.text()
        return html.unescape(tekst[tekst.rindex("(") + 1 : tekst.rindex(")")])

    def sett_adoptert(self, adoptert: bool) -> None:
        self.adoptert = adoptert
        self.knapp.setVisible(not adoptert)
        self.lagt_inn.setVisible(adoptert)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.ga_til.emit(self.forslag.indikator_id)
        event.accept()
