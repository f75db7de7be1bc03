"""Tabellene i sammendraget: kolonnebredder som følger innholdet og plassen, og tabeller
som viser alle radene (siden ruller, ikke tabellen)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QHeaderView,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
)


class Tabell(QTableWidget):
    """Tabell som tilpasser kolonnebreddene hver gang bredden endres (se `tilpass_kolonner`)."""

    def __init__(self, rader: int, kolonner: int, smale: tuple[int, ...]) -> None:
        super().__init__(rader, kolonner)
        self.smale = smale
        self._bredde = -1

    def tilpass(self) -> None:
        self._bredde = self.viewport().width()
        tilpass_kolonner(self, self.smale)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.viewport().width() != self._bredde:
            self.tilpass()

    def kolonne(self, kol: int) -> list[str]:
        """Teksten i en kolonne, rad for rad (tomme celler som «»)."""
        return [item.text() if (item := self.item(r, kol)) is not None else "" for r in range(self.rowCount())]

    def sett_rad(self, rad: int, celler: list[str], data: str | None = None, midt: tuple[int, ...] = ()) -> None:
        """Fyll en rad med tekst som ikke kan redigeres; `data` (en indikator-id) på alle cellene."""
        for kol, tekst in enumerate(celler):
            item = QTableWidgetItem(tekst)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            if kol in midt:
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            if data is not None:
                item.setData(Qt.ItemDataRole.UserRole, data)
            self.setItem(rad, kol, item)


def tilpass_kolonner(tabell: QTableWidget, smale: tuple[int, ...]) -> None:
    """Kolonnebredder etter innholdet og plassen som finnes.

    Tallkolonnene (`smale`) får det de trenger. De andre deler resten etter hvor mye
    tekst de har, men blir aldri smalere enn sitt lengste ord, så tekst brytes i stedet
    for å kuttes. Er det for trangt selv da, ruller tabellen sidelengs.
    """
    fm = tabell.fontMetrics()
    luft = fm.horizontalAdvance("M")
    hfm = tabell.horizontalHeader().fontMetrics()

    def tekster(kol: int) -> list[str]:
        return [item.text() for r in range(tabell.rowCount()) if (item := tabell.item(r, kol)) is not None]

    def overskrift(kol: int) -> str:
        item = tabell.horizontalHeaderItem(kol)
        return item.text() if item is not None else ""

    def full(kol: int) -> int:
        return max([hfm.horizontalAdvance(overskrift(kol)), *(fm.horizontalAdvance(t) for t in tekster(kol))]) + luft

    def minst(kol: int) -> int:
        ord_ = [o for t in tekster(kol) for o in t.split()]
        lengst = max([luft * 3, *(fm.horizontalAdvance(o) for o in ord_)])
        return max(lengst, *(hfm.horizontalAdvance(o) for o in overskrift(kol).split() or [""])) + luft

    kolonner = range(tabell.columnCount())
    bredder = {k: full(k) for k in smale}
    brede = [k for k in kolonner if k not in smale]
    rest = max(0, tabell.viewport().width() - sum(bredder.values()))
    fulle = {k: full(k) for k in brede}
    total = sum(fulle.values()) or 1
    if rest >= total:
        bredder.update(fulle)
        bredder[brede[0]] += rest - total  # overskuddet til den første tekstkolonnen
    else:
        minste = {k: minst(k) for k in brede}
        # Del det som er igjen etter minstebreddene, i forhold til hvor mye tekst kolonnene har.
        ekstra = max(0, rest - sum(minste.values()))
        behov = {k: max(0, fulle[k] - minste[k]) for k in brede}
        sum_behov = sum(behov.values()) or 1
        for k in brede:
            bredder[k] = minste[k] + int(ekstra * behov[k] / sum_behov)
    for k in kolonner:
        tabell.setColumnWidth(k, bredder[k])
    tabell.resizeRowsToContents()
    for r in range(tabell.rowCount()):  # litt luft, så radene ikke flyter sammen
        tabell.setRowHeight(r, tabell.rowHeight(r) + fm.height() // 3)
    tabell.updateGeometry()  # høyden (AdjustToContents) følger radene


def som_liste(tabell: QTableWidget) -> None:
    """En tabell som viser alle rader (siden ruller, ikke tabellen), med tekst som brytes."""
    for hode in tabell.findChildren(QHeaderView):
        hode.setAccessibleName(QCoreApplication.translate("Sammendragside", "Kolonneoverskrifter"))
    for knapp in tabell.findChildren(QAbstractButton):  # hjørneknappen i tabellen
        knapp.setAccessibleName(QCoreApplication.translate("Sammendragside", "Merk alle"))
    tabell.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    tabell.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    tabell.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    tabell.setTabKeyNavigation(False)
    tabell.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    tabell.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
    tabell.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
    tabell.verticalHeader().setVisible(False)
    tabell.setWordWrap(True)
    tabell.setAlternatingRowColors(True)
    tabell.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    tabell.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
