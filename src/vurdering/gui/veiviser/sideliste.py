"""Veiviserens steg og sidelisten som viser dem: moduler, indikatorer, sammendrag og tiltaksplan.

Stegene lages fra vurderingens bank (`lag_steg`). Sidelisten merker besvarte
indikatorer med et tegn (✓ nivå, ? vet ikke, – ikke relevant, ○ ubesvart), ikke med
farge alene, og viser fremdriften per modul. En indikator der «Ikke relevant» venter på
begrunnelsen, vises som ventende («… venter på begrunnelse»), ikke med det gamle svaret.

Signal fra `Sideliste`: hopp(int) – brukeren vil til steget med dette nummeret.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem, QWidget

from vurdering.domene.bank import Bank
from vurdering.domene.modell import Svar, SvarType
from vurdering.gui.felles.ren import verktoytips

OPPFOLGING, INTRO, INDIKATOR, SAMMENDRAG, TILTAKSPLAN = "oppfolging", "intro", "indikator", "sammendrag", "tiltaksplan"
PROBLEMER = "problemer"


@dataclass(frozen=True)
class Steg:
    """Ett steg i veiviseren. `nr` og `antall` gjelder indikatorer i modulen (1-basert)."""

    art: str
    modul_id: str = ""
    indikator_id: str = ""
    nr: int = 0
    antall: int = 0


def lag_steg(bank: Bank, moduler: Sequence[str], med_oppfolging: bool, med_problemer: bool = True) -> list[Steg]:
    """Stegene: [enhetens problemer], [oppfølging], per modul intro og indikatorer, sammendrag, tiltaksplan."""
    steg: list[Steg] = [Steg(PROBLEMER)] if med_problemer else []
    if med_oppfolging:
        steg.append(Steg(OPPFOLGING))
    for mid in moduler:
        modul = bank.modul(mid)
        steg.append(Steg(INTRO, mid))
        antall = len(modul.indikatorer)
        for nr, ind in enumerate(modul.indikatorer, 1):
            steg.append(Steg(INDIKATOR, mid, ind.id, nr, antall))
    steg += [Steg(SAMMENDRAG), Steg(TILTAKSPLAN)]
    return steg


def merke(svar: Svar | None) -> str:
    """Tegnet som viser svaret i listen."""
    if svar is None:
        return "○"
    if svar.type is SvarType.NIVA:
        return "✓"
    return "?" if svar.type is SvarType.VET_IKKE else "–"


class Sideliste(QTreeWidget):
    """Trestruktur med moduler og indikatorer; klikk eller Enter hopper dit."""

    hopp = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.header().setAccessibleName(self.tr("Kolonneoverskrift"))
        self.setColumnCount(1)
        self.setAccessibleName(self.tr("Innhold i vurderingen"))
        self.setAccessibleDescription(
            self.tr("Moduler og indikatorer. ✓ besvart, ? vet ikke, – ikke relevant, ○ ikke besvart. Enter går dit.")
        )
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setUniformRowHeights(True)
        self._steg: list[Steg] = []
        self._element: dict[int, QTreeWidgetItem] = {}
        self._moduler: dict[str, QTreeWidgetItem] = {}
        self._navn: dict[str, str] = {}
        self._titler: dict[str, str] = {}
        self._antall: dict[str, list[str]] = {}
        self._svar: Mapping[str, Svar] = {}
        self._ventende: str | None = None
        self.itemClicked.connect(self._klikket)
        self.itemActivated.connect(self._klikket)

    def bygg(self, steg: Sequence[Steg], bank: Bank, modulnavn: Mapping[str, str], svar: Mapping[str, Svar]) -> None:
        self.clear()
        self._steg = list(steg)
        self._element.clear()
        self._moduler.clear()
        self._navn = dict(modulnavn)
        self._antall = {}
        forelder: QTreeWidgetItem | None = None
        for i, s in enumerate(self._steg):
            if s.art == INDIKATOR and forelder is not None:
                ind = bank.indikator(s.indikator_id)
                self._titler[ind.id] = ind.tittel
                self._antall.setdefault(s.modul_id, []).append(ind.id)
                el = QTreeWidgetItem(forelder)
            else:
                el = QTreeWidgetItem(self)
                forelder = el if s.art == INTRO else None
                if s.art == INTRO:
                    self._moduler[s.modul_id] = el
                else:
                    el.setText(0, self._fast_tekst(s.art))
            el.setData(0, Qt.ItemDataRole.UserRole, i)
            self._element[i] = el
        self.oppdater(svar)
        self.expandAll()

    def _fast_tekst(self, art: str) -> str:
        return {
            PROBLEMER: self.tr("Enhetens prioriterte problemer"),
            OPPFOLGING: self.tr("Oppfølging av forrige runde"),
            SAMMENDRAG: self.tr("Sammendrag"),
            TILTAKSPLAN: self.tr("Tiltaksplan"),
        }[art]

    def oppdater(self, svar: Mapping[str, Svar]) -> None:
        """Merk besvarte indikatorer og skriv fremdriften per modul."""
        self._svar = svar
        for i, s in enumerate(self._steg):
            el = self._element[i]
            if s.art == INDIKATOR:
                self._sett_indikator(el, s.indikator_id, svar.get(s.indikator_id))
        for mid, el in self._moduler.items():
            ider = self._antall.get(mid, [])
            besvart = sum(1 for x in ider if x in svar)
            ferdig = "✓ " if ider and besvart == len(ider) else ""
            el.setText(0, f"{ferdig}{self._navn.get(mid, mid)}  {besvart}/{len(ider)}")
            el.setToolTip(0, verktoytips(self.tr("{0}: {1} av {2} indikatorer besvart").format(self._navn.get(mid, mid), besvart, len(ider))))

    def oppdater_en(self, indikator_id: str, svar: Mapping[str, Svar]) -> None:
        """Oppdater én indikator og modulens fremdrift (raskere enn `oppdater`)."""
        self._svar = svar
        for i, s in enumerate(self._steg):
            if s.indikator_id == indikator_id:
                self._sett_indikator(self._element[i], indikator_id, svar.get(indikator_id))
                ider = self._antall.get(s.modul_id, [])
                besvart = sum(1 for x in ider if x in svar)
                ferdig = "✓ " if ider and besvart == len(ider) else ""
                navn = self._navn.get(s.modul_id, s.modul_id)
                el = self._moduler[s.modul_id]
                el.setText(0, f"{ferdig}{navn}  {besvart}/{len(ider)}")
                el.setToolTip(0, verktoytips(self.tr("{0}: {1} av {2} indikatorer besvart").format(navn, besvart, len(ider))))
                return

    def sett_ventende(self, indikator_id: str | None) -> None:
        """Vis at «Ikke relevant» venter på begrunnelse for denne indikatoren (None: ingen venter)."""
        gammel, self._ventende = self._ventende, indikator_id
        for i, s in enumerate(self._steg):
            if s.art == INDIKATOR and s.indikator_id and s.indikator_id in (gammel, indikator_id):
                self._sett_indikator(self._element[i], s.indikator_id, self._svar.get(s.indikator_id))

    def tekst_for(self, indikator_id: str) -> str:
        """Teksten indikatoren har i listen nå."""
        for i, s in enumerate(self._steg):
            if s.indikator_id == indikator_id:
                return self._element[i].text(0)
        return ""

    def _sett_indikator(self, el: QTreeWidgetItem, indikator_id: str, s: Svar | None) -> None:
        tittel = self._titler.get(indikator_id, "")
        if indikator_id == self._ventende:
            hva = self.tr("ikke relevant – venter på begrunnelse")
            el.setText(0, f"… {indikator_id} ({hva})  {tittel}")
            el.setToolTip(0, verktoytips(f"{indikator_id} {tittel}: {hva}"))
            return
        verdi = ""
        if s is not None:
            verdi = f" ({s.niva})" if s.type is SvarType.NIVA else ""
        el.setText(0, f"{merke(s)} {indikator_id}{verdi}  {tittel}")
        if s is None:
            hva = self.tr("ikke besvart")
        elif s.type is SvarType.NIVA:
            hva = self.tr("nivå {0}").format(s.niva)
        elif s.type is SvarType.VET_IKKE:
            hva = self.tr("vet ikke")
        else:
            hva = self.tr("ikke relevant")
        el.setToolTip(0, verktoytips(f"{indikator_id} {tittel}: {hva}"))

    def marker(self, indeks: int) -> None:
        """Vis steget som gjeldende uten å sende `hopp`."""
        el = self._element.get(indeks)
        if el is None:
            return
        self.blockSignals(True)
        try:
            self.setCurrentItem(el)
            self.scrollToItem(el)
        finally:
            self.blockSignals(False)

    def _klikket(self, el: QTreeWidgetItem, _kolonne: int = 0) -> None:
        indeks = el.data(0, Qt.ItemDataRole.UserRole)
        if indeks is not None:
            self.hopp.emit(int(indeks))
