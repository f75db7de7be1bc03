"""Startsiden: vurderingene i databasen, «Ny vurdering», «Fortsett» og «Slett».

Listen viser de `SIDE` sist endrede vurderingene (fra nøkkeltallene, ingen bank tolkes per
rad), med «Vis flere» og et søk på enhet og distrikt, så siden er like rask med ti tusen
vurderinger som med ti.

Signaler fra `Startside`:
  apne(int): brukeren vil fortsette vurderingen med denne id-en.
  ny(): brukeren vil lage en ny vurdering.
  samling(int): brukeren vil lede en samling (prosjektor) for vurderingen med denne id-en.
  importer(): brukeren vil importere .forkant-filer.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vurdering.domene import formater
from vurdering.domene.modell import STATUS_NAVN, TYPE_NAVN, Status
from vurdering.gui.felles import meldinger, sprak
from vurdering.gui.felles.utseende import sett_rolle
from vurdering.lagring.database import Database, DatabaseFeil
from vurdering.tjenester import oversikt, vurderinger
from vurdering.tjenester.vurderinger import Vurderingsrad

Indeks = QModelIndex | QPersistentModelIndex
Rad = Vurderingsrad

# Hvor mange vurderinger startsiden viser om gangen («Vis flere» henter like mange til).
SIDE = 200
_TEKST = frozenset({int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.AccessibleTextRole)})
_HINT = int(Qt.ItemDataRole.ToolTipRole)
_JUSTERING = int(Qt.ItemDataRole.TextAlignmentRole)
_HOYRE = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_ROLLER = _TEKST | {_HINT, _JUSTERING, int(Qt.ItemDataRole.UserRole) + 1}
# Kolonnen med samlet poeng (nøkkeltallet; «–» når det ikke finnes).
SAMLET = 6


class VurderingsModell(QAbstractTableModel):
    """Vurderingene som tabell: enhet (med runde), distrikt, dato, type, fremdrift, status og samlet poeng."""

    ID_ROLLE = int(Qt.ItemDataRole.UserRole) + 1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rader: list[Rad] = []
        self._overskrifter = (
            self.tr("Enhet"),
            self.tr("Distrikt"),
            self.tr("Dato"),
            self.tr("Type"),
            self.tr("Fremdrift"),
            self.tr("Status"),
            self.tr("Samlet"),
        )

    def sett_rader(self, rader: list[Rad]) -> None:
        self.beginResetModel()
        self._rader = list(rader)
        self.endResetModel()

    def rad(self, nr: int) -> Rad:
        return self._rader[nr]

    def rowCount(self, parent: Indeks = QModelIndex()) -> int:  # noqa: B008 - Qt-signatur
        return 0 if parent.isValid() else len(self._rader)

    def columnCount(self, parent: Indeks = QModelIndex()) -> int:  # noqa: B008 - Qt-signatur
        return 0 if parent.isValid() else len(self._overskrifter)

    def _tekst(self, r: Rad, kolonne: int) -> str:
        nr = 1 if sprak.gjeldende() == "nn" else 0
        if kolonne == 0:
            # Runden kommer fra databasen (alle enhetens vurderinger), så den er riktig også med sider og søk.
            return self.tr("{0} (runde {1})").format(r.enhet, r.runde) if r.runder > 1 else r.enhet
        if kolonne == 1:
            return r.distrikt
        if kolonne == 2:
            return formater.dato(r.dato)
        if kolonne == 3:
            return TYPE_NAVN.get(r.type, (r.type, r.type))[nr]
        if kolonne == 4:
            return formater.prosent(r.fremdrift)
        if kolonne == SAMLET:
            return formater.tall(r.samlet)
        status = STATUS_NAVN.get(r.status, (r.status, r.status))[nr]
        if r.status == Status.PAGAR and r.antall and r.besvart >= r.antall:
            return self.tr("{0} – alt besvart, kan markeres som ferdig").format(status)
        return status

    def data(self, index: Indeks, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Qt spør om mange roller for hver rute; de vi ikke svarer på, avvises først og billigst.
        rolle = int(role)
        if rolle not in _ROLLER or not index.isValid() or not 0 <= index.row() < len(self._rader):
            return None
        r = self._rader[index.row()]
        if rolle in _TEKST:
            return self._tekst(r, index.column())
        if rolle == _HINT and index.column() == 4:
            return self.tr("{0} av {1} indikatorer besvart").format(r.besvart, r.antall)
        if rolle == _JUSTERING and index.column() in (4, SAMLET):
            return _HOYRE
        if rolle == self.ID_ROLLE:
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

        sokelinje = QHBoxLayout()
        self.sok = QLineEdit()
        self.sok.setPlaceholderText(self.tr("Søk på enhet eller distrikt"))
        self.sok.setAccessibleName(self.tr("Søk i vurderingene"))
        self.sok.setMaxLength(200)
        sok_etikett = QLabel(self.tr("&Søk:"))
        sok_etikett.setBuddy(self.sok)
        sokelinje.addWidget(sok_etikett)
        sokelinje.addWidget(self.sok, 1)
        self.antall = QLabel()
        self.antall.setAccessibleName(self.tr("Antall vurderinger"))
        sokelinje.addWidget(self.antall)
        lag.addLayout(sokelinje)
        self._grense = SIDE
        self._sok_tidtaker = QTimer(self)
        self._sok_tidtaker.setSingleShot(True)
        self._sok_tidtaker.setInterval(150)  # vent til brukeren har skrevet litt
        self._sok_tidtaker.timeout.connect(self._nytt_sok)
        self.sok.textChanged.connect(lambda _t: self._sok_tidtaker.start())
        self.sok.returnPressed.connect(self._nytt_sok)

        self.modell = VurderingsModell(self)
        self.tabell = QTableView()
        self.tabell.setModel(self.modell)
        self.tabell.setAccessibleName(self.tr("Vurderinger"))
        self.tabell.setAccessibleDescription(self.tr("Velg en vurdering og trykk Enter for å fortsette den."))
        self.tabell.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tabell.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tabell.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tabell.setTabKeyNavigation(False)
        self.tabell.setAlternatingRowColors(True)
        self.tabell.setWordWrap(False)
        self.tabell.verticalHeader().setVisible(False)
        self.tabell.verticalHeader().setAccessibleName(self.tr("Radnumre"))
        self.tabell.horizontalHeader().setAccessibleName(self.tr("Kolonneoverskrifter"))
        # Faste radhøyder fra skriften (ResizeToContents på radene spør modellen om hver rute ved hver
        # utforming, og er tregt med hundrevis av rader); kolonnene måles på de første radene.
        self.tabell.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self._sett_radhoyde()
        topp = self.tabell.horizontalHeader()
        topp.setResizeContentsPrecision(50)
        topp.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        topp.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        topp.setHighlightSections(False)
        lag.addWidget(self.tabell, 1)

        self.flere_knapp = QPushButton(self.tr("Vis flere"))
        self.flere_knapp.setAccessibleName(self.tr("Vis flere vurderinger"))
        self.flere_knapp.clicked.connect(self.vis_flere)
        flere = QHBoxLayout()
        flere.addWidget(self.flere_knapp)
        flere.addStretch(1)
        lag.addLayout(flere)

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
        for neste in (
            self.fortsett_knapp,
            self.samling_knapp,
            self.importer_knapp,
            self.slett_knapp,
            self.sok,
            self.tabell,
            self.flere_knapp,
        ):
            self.setTabOrder(forrige, neste)
            forrige = neste
        self.oppdater()

    def _sett_radhoyde(self) -> None:
        fm = self.tabell.fontMetrics()
        self.tabell.verticalHeader().setDefaultSectionSize(fm.height() + max(8, fm.height() // 2))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange) and hasattr(self, "tabell"):
            QTimer.singleShot(0, self, self._sett_radhoyde)  # etter at tabellen selv har fått den nye skriften
        super().changeEvent(event)

    def oppdater(self) -> None:
        """Les listen på nytt fra databasen (de nyeste, med søket) og behold valget om mulig."""
        valgt = self.valgt_id()
        sok = self.sok.text().strip() or None
        try:
            liste = oversikt.startliste(self._db, self._grense, sok)
        except DatabaseFeil as e:
            meldinger.feil(self, self.tr("Kan ikke lese vurderingene"), str(e))
            liste = oversikt.Startliste([], 0)
        rader = liste.rader
        self.modell.sett_rader(list(rader))
        tom = not rader and sok is None
        self.tabell.setVisible(not tom)
        self.tom.setVisible(tom)
        self.flere_knapp.setVisible(liste.flere)
        if sok is not None:
            self.antall.setText(self.tr("Viser {0} av {1} treff").format(len(rader), liste.totalt))
        elif liste.flere:
            self.antall.setText(self.tr("Viser de {0} sist endrede av {1}").format(len(rader), liste.totalt))
        else:
            self.antall.setText("")
        rad = next((i for i, r in enumerate(rader) if r.id == valgt), 0)
        if rader:
            self.tabell.selectRow(rad)
        self._oppdater_knapper()

    def vis_flere(self) -> None:
        """Hent de neste `SIDE` vurderingene; valget og stedet i listen står."""
        self._grense += SIDE
        self.oppdater()

    def _nytt_sok(self) -> None:
        self._sok_tidtaker.stop()
        self._grense = SIDE
        self.oppdater()

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
