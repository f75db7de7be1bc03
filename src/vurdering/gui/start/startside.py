"""Startsiden: vurderingene i databasen, «Ny vurdering», «Fortsett» og «Slett».

Signaler fra `Startside`:
  apne(int): brukeren vil fortsette vurderingen med denne id-en.
  ny(): brukeren vil lage en ny vurdering.
  samling(int): brukeren vil lede en samling (prosjektor) for vurderingen med denne id-en.
  importer(): brukeren vil importere .forkant-filer.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vurdering.domene import formater
from vurdering.domene.enheter import enhetsnokkel
from vurdering.domene.modell import STATUS_NAVN, TYPE_NAVN, Status
from vurdering.gui.felles import meldinger, sprak
from vurdering.gui.felles.utseende import sett_rolle
from vurdering.lagring.database import Database, DatabaseFeil
from vurdering.tjenester import vurderinger
from vurdering.tjenester.vurderinger import Vurderingsrad

Indeks = QModelIndex | QPersistentModelIndex


class VurderingsModell(QAbstractTableModel):
    """Vurderingene som tabell: enhet, distrikt, dato, type, fremdrift og status."""

    ID_ROLLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rader: list[Vurderingsrad] = []
        self._runde: dict[int, int] = {}
        self._overskrifter = (
            self.tr("Enhet"),
            self.tr("Distrikt"),
            self.tr("Dato"),
            self.tr("Type"),
            self.tr("Fremdrift"),
            self.tr("Status"),
        )

    def sett_rader(self, rader: list[Vurderingsrad]) -> None:
        self.beginResetModel()
        self._rader = list(rader)
        # Runde N for enheter med flere vurderinger, så like rader kan skilles fra hverandre.
        per_enhet: dict[str, list[Vurderingsrad]] = {}
        for r in sorted(self._rader, key=lambda r: (r.dato, r.id)):
            per_enhet.setdefault(enhetsnokkel(r.enhet, r.distrikt), []).append(r)
        self._runde = {r.id: nr for liste in per_enhet.values() if len(liste) > 1 for nr, r in enumerate(liste, 1)}
        self.endResetModel()

    def rad(self, nr: int) -> Vurderingsrad:
        return self._rader[nr]

    def rowCount(self, parent: Indeks = QModelIndex()) -> int:  # noqa: B008 - Qt-signatur
        return 0 if parent.isValid() else len(self._rader)

    def columnCount(self, parent: Indeks = QModelIndex()) -> int:  # noqa: B008 - Qt-signatur
        return 0 if parent.isValid() else len(self._overskrifter)

    def _tekst(self, r: Vurderingsrad, kolonne: int) -> str:
        nr = 1 if sprak.gjeldende() == "nn" else 0
        if kolonne == 0:
            return self.tr("{0} (runde {1})").format(r.enhet, self._runde[r.id]) if r.id in self._runde else r.enhet
        if kolonne == 1:
            return r.distrikt
        if kolonne == 2:
            return formater.dato(r.dato)
        if kolonne == 3:
            return TYPE_NAVN.get(r.type, (r.type, r.type))[nr]
        if kolonne == 4:
            return formater.prosent(r.fremdrift)
        status = STATUS_NAVN.get(r.status, (r.status, r.status))[nr]
        if r.status == Status.PAGAR and r.antall and r.besvart >= r.antall:
            return self.tr("{0} – alt besvart, kan markeres som ferdig").format(status)
        return status

    def data(self, index: Indeks, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rader):
            return None
        r = self._rader[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._tekst(r, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 4:
            return self.tr("{0} av {1} indikatorer besvart").format(r.besvart, r.antall)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 4:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == self.ID_ROLLE:
            return r.id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        vannrett = orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
        if vannrett and 0 <= section < len(self._overskrifter):
            return self._overskrifter[section]
        return None


class Startside(QWidget):
    """Listen over vurderinger med knappene for ny, fortsett og slett."""

    apne = Signal(int)
    ny = Signal()
    samling = Signal(int)
    importer = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        lag = QVBoxLayout(self)
        lag.setContentsMargins(24, 20, 24, 20)
        lag.setSpacing(12)

        tittel = QLabel(self.tr("Forkant"))
        sett_rolle(tittel, "tittel")
        lag.addWidget(tittel)
        ingress = QLabel(
            self.tr(
                "Vurder hvor langt enheten er kommet i å gjøre forebygging til hovedstrategi, "
                "slik strategien «I forkant av kriminaliteten» beskriver det. Alt lagres på denne maskinen."
            )
        )
        ingress.setWordWrap(True)
        sett_rolle(ingress, "ingress")
        lag.addWidget(ingress)

        knapper = QHBoxLayout()
        self.ny_knapp = QPushButton(self.tr("Ny vurdering…"))
        self.ny_knapp.setAccessibleName(self.tr("Ny vurdering"))
        self.ny_knapp.setDefault(True)
        self.fortsett_knapp = QPushButton(self.tr("Fortsett"))
        self.fortsett_knapp.setAccessibleName(self.tr("Fortsett valgt vurdering"))
        self.samling_knapp = QPushButton(self.tr("Åpne samling…"))
        self.samling_knapp.setAccessibleName(self.tr("Åpne samling for valgt vurdering"))
        self.samling_knapp.setToolTip(self.tr("Lede en samling med prosjektor: stemmer per nivå, konsensus og dissens"))
        self.importer_knapp = QPushButton(self.tr("Importer…"))
        self.importer_knapp.setAccessibleName(self.tr("Importer vurderinger fra .forkant-filer"))
        self.slett_knapp = QPushButton(self.tr("Slett…"))
        self.slett_knapp.setAccessibleName(self.tr("Slett valgt vurdering"))
        for k in (self.ny_knapp, self.fortsett_knapp, self.samling_knapp, self.importer_knapp, self.slett_knapp):
            knapper.addWidget(k)
        knapper.addStretch(1)
        lag.addLayout(knapper)

        overskrift = QLabel(self.tr("Vurderinger"))
        overskrift.setWordWrap(True)
        sett_rolle(overskrift, "overskrift")
        lag.addWidget(overskrift)

        self.modell = VurderingsModell(self)
        self.tabell = QTableView()
        self.tabell.setModel(self.modell)
        self.tabell.setAccessibleName(self.tr("Vurderinger"))
        self.tabell.setAccessibleDescription(
            self.tr("Velg en vurdering og trykk Enter for å fortsette den.")
        )
        self.tabell.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tabell.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tabell.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tabell.setTabKeyNavigation(False)
        self.tabell.setAlternatingRowColors(True)
        self.tabell.setWordWrap(False)
        self.tabell.verticalHeader().setVisible(False)
        self.tabell.verticalHeader().setAccessibleName(self.tr("Radnumre"))
        self.tabell.horizontalHeader().setAccessibleName(self.tr("Kolonneoverskrifter"))
        self.tabell.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        topp = self.tabell.horizontalHeader()
        topp.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        topp.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        topp.setHighlightSections(False)
        lag.addWidget(self.tabell, 1)

        self.tom = QLabel(
            self.tr("Ingen vurderinger ennå. Trykk «Ny vurdering…» for å begynne på enhetens første vurdering.")
        )
        self.tom.setWordWrap(True)
        lag.addWidget(self.tom)

        self.ny_knapp.clicked.connect(self.ny)
        self.fortsett_knapp.clicked.connect(self._fortsett)
        self.slett_knapp.clicked.connect(self.slett_valgt)
        self.samling_knapp.clicked.connect(self._samling)
        self.importer_knapp.clicked.connect(self.importer)
        self.tabell.activated.connect(lambda _i: self._fortsett())
        self.tabell.selectionModel().selectionChanged.connect(lambda *_: self._oppdater_knapper())
        forrige: QWidget = self.ny_knapp
        for neste in (self.fortsett_knapp, self.samling_knapp, self.importer_knapp, self.slett_knapp, self.tabell):
            self.setTabOrder(forrige, neste)
            forrige = neste
        self.oppdater()

    def oppdater(self) -> None:
        """Les listen på nytt fra databasen og behold valget om mulig."""
        valgt = self.valgt_id()
        try:
            rader = vurderinger.liste_vurderinger(self._db)
        except DatabaseFeil as e:
            meldinger.feil(self, self.tr("Kan ikke lese vurderingene"), str(e))
            rader = []
        self.modell.sett_rader(rader)
        tom = not rader
        self.tabell.setVisible(not tom)
        self.tom.setVisible(tom)
        rad = next((i for i, r in enumerate(rader) if r.id == valgt), 0)
        if rader:
            self.tabell.selectRow(rad)
        self._oppdater_knapper()

    def valgt_id(self) -> int | None:
        if not hasattr(self, "tabell"):
            return None
        rader = self.tabell.selectionModel().selectedRows()
        if not rader:
            return None
        return int(self.modell.rad(rader[0].row()).id)

    def velg(self, vurdering_id: int) -> None:
        for i in range(self.modell.rowCount()):
            if self.modell.rad(i).id == vurdering_id:
                self.tabell.selectRow(i)
                return

    def _oppdater_knapper(self) -> None:
        har = self.valgt_id() is not None
        for k in (self.fortsett_knapp, self.samling_knapp, self.slett_knapp):
            k.setEnabled(har)

    def _fortsett(self) -> None:
        vid = self.valgt_id()
        if vid is not None:
            self.apne.emit(vid)

    def _samling(self) -> None:
        vid = self.valgt_id()
        if vid is not None:
            self.samling.emit(vid)

    def slett_valgt(self) -> None:
        """Slett den valgte vurderingen for godt, etter bekreftelse."""
        rader = self.tabell.selectionModel().selectedRows()
        if not rader:
            return
        r = self.modell.rad(rader[0].row())
        if not meldinger.sporsmal(
            self,
            self.tr("Slette vurderingen?"),
            self.tr(
                "Vil du slette vurderingen av «{0}» fra {1} for godt? "
                "Alle svar og tiltak i den blir borte, og det kan ikke angres."
            ).format(r.enhet, formater.dato(r.dato)),
            ja=self.tr("Slett"),
            nei=self.tr("Avbryt"),
        ):
            return
        try:
            vurderinger.slett_vurdering(self._db, r.id)
        except DatabaseFeil as e:
            meldinger.feil(self, self.tr("Kunne ikke slette"), str(e))
        self.oppdater()
