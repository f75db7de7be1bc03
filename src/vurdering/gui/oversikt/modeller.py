"""Tabellmodellene i oversikten: varmekartet (enheter × moduler) og enkle teksttabeller.

Varmekartet viser tallet i hver rute og farger ruten etter nivået med de samme fargene som
distriktsrapporten (`rapport.oversikt_farger`): mørkere for lavere poeng, så det leses i
gråtoner. Ingen poeng er en skravert rute med «–», aldri en lys farge, så den ikke kan
forveksles med et lavt tall. Under mål står tallet i fet skrift og med «under mål» i
verktøytipset og skjermleserteksten. Alle kolonner kan sorteres (ruter uten poeng sist).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from vurdering.domene.formater import dato, tall
from vurdering.domene.modell import STATUS_NAVN, TYPE_NAVN
from vurdering.domene.oversikt import Enhetsrad, Modulcelle
from vurdering.gui.felles import sprak
from vurdering.rapport.oversikt_farger import HVIT_TEKST_UNDER, VARME, nivaa_for_celle

Indeks = QModelIndex | QPersistentModelIndex

# Rollene med vurderingens id (alle kolonner) og med sorteringsverdien.
ID_ROLLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLLE = Qt.ItemDataRole.UserRole + 2

FASTE = 4  # enhet, distrikt, dato, samlet


def _nr() -> int:
    return 1 if sprak.gjeldende() == "nn" else 0


class Varmekartmodell(QAbstractTableModel):
    """Radene i oversikten med én kolonne per modul; `sett(rader, moduler, navn)` bytter innhold."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rader: list[Enhetsrad] = []
        self._moduler: tuple[str, ...] = ()
        self._navn: dict[str, str] = {}
        self._sortering: tuple[int, Qt.SortOrder] | None = None
        self._faste = (self.tr("Enhet"), self.tr("Distrikt"), self.tr("Dato"), self.tr("Samlet"))
        self._skravert = QBrush(QApplication.palette().color(QPalette.ColorRole.Mid), Qt.BrushStyle.BDiagPattern)
        self._bunn = [QBrush(QColor(f)) for f in VARME]
        self._hvit = QBrush(QColor("#FFFFFF"))
        self._svart = QBrush(QColor("#000000"))
        self._fet = QFont()
        self._fet.setBold(True)

    def sett(self, rader: Sequence[Enhetsrad], moduler: Sequence[str], navn: dict[str, str]) -> None:
        self.beginResetModel()
        self._rader = list(rader)
        self._moduler = tuple(moduler)
        self._navn = dict(navn)
        if self._sortering is not None:
            self._sorter(*self._sortering)
        self.endResetModel()

    def rad(self, nr: int) -> Enhetsrad:
        return self._rader[nr]

    @property
    def moduler(self) -> tuple[str, ...]:
        return self._moduler

    def rowCount(self, parent: Indeks = QModelIndex()) -> int:  # noqa: B008 - Qt-signatur
        return 0 if parent.isValid() else len(self._rader)

    def columnCount(self, parent: Indeks = QModelIndex()) -> int:  # noqa: B008 - Qt-signatur
        return 0 if parent.isValid() else FASTE + len(self._moduler)

    def modulnavn(self, kolonne: int) -> str:
        mid = self._moduler[kolonne - FASTE]
        return self._navn.get(mid, mid)

    def _celle(self, r: Enhetsrad, kolonne: int) -> Modulcelle | None:
        return r.moduler.get(self._moduler[kolonne - FASTE]) if kolonne >= FASTE else None

    def _poeng(self, r: Enhetsrad, kolonne: int) -> float | None:
        if kolonne == 3:
            return r.samlet
        celle = self._celle(r, kolonne)
        return None if celle is None else celle.poeng

    def _tekst(self, r: Enhetsrad, kolonne: int) -> str:
        if kolonne == 0:
            return r.enhet
        if kolonne == 1:
            return r.distrikt
        if kolonne == 2:
            return dato(r.dato)
        return tall(self._poeng(r, kolonne))

    def _lest(self, r: Enhetsrad, kolonne: int) -> str:
        """Det skjermleseren og verktøytipset sier om ruten."""
        if kolonne < 3:
            return self._tekst(r, kolonne)
        navn = self.tr("Samlet") if kolonne == 3 else self.modulnavn(kolonne)
        poeng = self._poeng(r, kolonne)
        if poeng is None:
            celle = self._celle(r, kolonne)
            if kolonne == 3 or celle is not None:
                hvorfor = self.tr("ingen poeng")
                if celle is not None and celle.utilstrekkelig:
                    hvorfor += self.tr(", utilstrekkelig grunnlag")
            else:
                hvorfor = self.tr("ikke med")
            return self.tr("{0}: {1}").format(navn, hvorfor)
        tekst = self.tr("{0}: {1}").format(navn, tall(poeng))
        celle = self._celle(r, kolonne)
        if celle is not None:
            tekst += self.tr(" (mål {0})").format(celle.mal)
            if celle.under_mal:
                tekst += self.tr(", under mål")
            if celle.utilstrekkelig:
                tekst += self.tr(", utilstrekkelig grunnlag")
        return tekst

    def data(self, index: Indeks, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rader):
            return None
        r = self._rader[index.row()]
        k = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._tekst(r, k)
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            return self._lest(r, k)
        if role == ID_ROLLE:
            return r.vurdering_id
        if role == SORT_ROLLE:
            return _sorteringsverdi(self, r, k)
        if k < 3:
            return None
        poeng = self._poeng(r, k)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._skravert if poeng is None else self._bunn[nivaa_for_celle(poeng)]
        if role == Qt.ItemDataRole.ForegroundRole and poeng is not None:
            return self._hvit if nivaa_for_celle(poeng) < HVIT_TEKST_UNDER else self._svart
        if role == Qt.ItemDataRole.FontRole:
            celle = self._celle(r, k)
            return self._fet if celle is not None and celle.under_mal else None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._faste[section] if section < FASTE else self._moduler[section - FASTE]
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._faste[section] if section < FASTE else self.modulnavn(section)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < self.columnCount():
            return
        self.layoutAboutToBeChanged.emit()
        gamle = self.persistentIndexList()
        ider = [(self._rader[i.row()].vurdering_id, i.column()) for i in gamle]
        self._sortering = (column, order)
        self._sorter(column, order)
        plass = {r.vurdering_id: nr for nr, r in enumerate(self._rader)}
        self.changePersistentIndexList(gamle, [self.index(plass[v], k) for v, k in ider])
        self.layoutChanged.emit()

    def _sorter(self, column: int, order: Qt.SortOrder) -> None:
        nokkel: Callable[[Enhetsrad], Any] = lambda r: _sorteringsverdi(self, r, column)  # noqa: E731
        if column < 3:
            self._rader.sort(key=nokkel, reverse=order == Qt.SortOrder.DescendingOrder)
            return
        med = [r for r in self._rader if self._poeng(r, column) is not None]
        uten = [r for r in self._rader if self._poeng(r, column) is None]
        med.sort(key=nokkel, reverse=order == Qt.SortOrder.DescendingOrder)
        self._rader = med + uten  # ruter uten poeng alltid sist


def _sorteringsverdi(m: Varmekartmodell, r: Enhetsrad, kolonne: int) -> Any:
    if kolonne == 0:
        return (r.enhet.casefold(), r.dato)
    if kolonne == 1:
        return (r.distrikt.casefold(), r.enhet.casefold())
    if kolonne == 2:
        return (r.dato, r.vurdering_id)
    poeng = m._poeng(r, kolonne)
    return -1.0 if poeng is None else poeng


def type_navn(verdi: str) -> str:
    return TYPE_NAVN.get(verdi, (verdi, verdi))[_nr()]


def status_navn(verdi: str) -> str:
    return STATUS_NAVN.get(verdi, (verdi, verdi))[_nr()]


class Tekstmodell(QAbstractTableModel):
    """En enkel tabell med ferdige tekster (fordeling, svake punkter, tiltak, datavarsler).

    Tall høyrestilles; `data(..., ID_ROLLE)` gir radens id når den har en.
    """

    def __init__(self, overskrifter: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._overskrifter = tuple(overskrifter)
        self._rader: list[tuple[str, ...]] = []
        self._ider: list[int | None] = []
        self._tall: set[int] = set()

    def sett(
        self, rader: Sequence[Sequence[str]], ider: Sequence[int | None] = (), tallkolonner: set[int] | None = None
    ) -> None:
        self.beginResetModel()
        self._rader = [tuple(r) for r in rader]
        self._ider = list(ider) or [None] * len(self._rader)
        self._tall = tallkolonner or set()
        self.endResetModel()

    def rowCount(self, parent: Indeks = QModelIndex()) -> int:  # noqa: B008 - Qt-signatur
        return 0 if parent.isValid() else len(self._rader)

    def columnCount(self, parent: Indeks = QModelIndex()) -> int:  # noqa: B008 - Qt-signatur
        return 0 if parent.isValid() else len(self._overskrifter)

    def data(self, index: Indeks, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rader):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._rader[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self._tall:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ID_ROLLE:
            return self._ider[index.row()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        vannrett = orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
        if vannrett and 0 <= section < len(self._overskrifter):
            return self._overskrifter[section]
        return None


class Varmerute(QStyledItemDelegate):
    """Tegner ruten med sin egen bunnfarge også når raden er valgt (valget vises med en tykk ramme),
    så fargen og skraveringen ikke forsvinner under markeringen."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Indeks) -> None:
        valgt = bool(option.state & QStyle.StateFlag.State_Selected)
        opt = QStyleOptionViewItem(option)
        opt.state &= ~QStyle.StateFlag.State_Selected
        bunn = index.data(Qt.ItemDataRole.BackgroundRole)
        if isinstance(bunn, QBrush):
            painter.fillRect(option.rect, option.palette.color(QPalette.ColorRole.Base))
        super().paint(painter, opt, index)
        if valgt:
            painter.save()
            pen = QPen(option.palette.color(QPalette.ColorRole.Highlight), 3)
            painter.setPen(pen)
            painter.drawRect(option.rect.adjusted(1, 1, -2, -2))
            painter.restore()
