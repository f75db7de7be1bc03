"""«Oversikt over enhetene»: alle enhetene side om side, filtrert på distrikt, periode, type og status.

Alt som vises, kommer fra brukstilfellet `tjenester.oversikt.oversikt` (varmekartet,
fordelingen per modul, de felles svake punktene, tiltaksstatus og datavarslene); vinduet
regner ingenting selv. Som standard teller bare enhetens siste runde; «Vis alle runder»
tar med alle. Like etter at vinduet er vist, hentes alle vurderingene én gang
(`Oversiktskilde.forbered`), så nye filtre utledes i minnet.

Signaler fra `Oversiktsvindu`:
  apne(int): brukeren vil åpne vurderingen med denne id-en (dobbeltklikk eller Enter).
  utvikling(int): brukeren vil se utviklingen til enheten vurderingen gjelder.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from vurdering.domene.distrikt import Distriktsoversikt
from vurdering.domene.formater import prosent, tall
from vurdering.domene.modell import TILTAKSTATUS_NAVN, TiltakStatus
from vurdering.gui.felles import meldinger, sprak
from vurdering.gui.felles.utseende import sett_rolle
from vurdering.gui.oversikt.modeller import (
    FASTE,
    ID_ROLLE,
    Tekstmodell,
    Varmekartmodell,
    Varmerute,
    status_navn,
    type_navn,
)
from vurdering.lagring.database import Database, DatabaseFeil
from vurdering.tjenester import oversikt as tjeneste

# Hvor lenge etter visningen alle vurderingene hentes (brukeren leser først; nye filtre går så raskt).
FORBERED_ETTER_MS = 300


def _tabell(navn: str, modell: Tekstmodell | Varmekartmodell) -> QTableView:
    t = QTableView()
    t.setModel(modell)
    t.setAccessibleName(navn)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setTabKeyNavigation(False)
    t.setWordWrap(False)
    t.verticalHeader().setVisible(False)
    t.horizontalHeader().setHighlightSections(False)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    t.horizontalHeader().setResizeContentsPrecision(60)  # bredden fra de første radene: rask med tusenvis
    return t


class Oversiktsvindu(QWidget):
    """Eget vindu med filtrene, varmekartet og fanene under."""

    apne = Signal(int)
    utvikling = Signal(int)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._db = db
        self._kilde: tjeneste.Oversiktskilde | None = None
        self.forberedt = False
        self._forbered = QTimer(self)
        self._forbered.setSingleShot(True)
        self._forbered.setInterval(FORBERED_ETTER_MS)
        self._forbered.timeout.connect(self.forbered)
        self.data: Distriktsoversikt | None = None
        self.setObjectName("oversiktsvindu")
        self.setWindowTitle(self.tr("Oversikt over enhetene"))
        self.setAccessibleName(self.tr("Oversikt over enhetene"))
        self.resize(1200, 800)
        lag = QVBoxLayout(self)
        lag.setContentsMargins(16, 12, 16, 12)
        tittel = QLabel(self.tr("Oversikt over enhetene"))
        sett_rolle(tittel, "tittel")
        lag.addWidget(tittel)
        lag.addLayout(self._lag_filtre())

        self.forklaring = QLabel(
            self.tr(
                "Tallet i hver rute er modulens poeng 0–4; jo lavere poeng, desto mørkere rute. "
                "Fet skrift: under mål. Skravert rute med «–»: ingen poeng. "
                "Klikk på en kolonneoverskrift for å sortere; dobbeltklikk eller Enter åpner vurderingen."
            )
        )
        self.forklaring.setWordWrap(True)
        lag.addWidget(self.forklaring)

        self.varmekart = Varmekartmodell(self)
        self.tabell = _tabell(self.tr("Varmekart: enheter og moduler"), self.varmekart)
        self.tabell.setAccessibleDescription(
            self.tr("Én rad per enhet, én kolonne per modul med poengene. Enter åpner vurderingen.")
        )
        self._rute = Varmerute(self.tabell)
        self.tabell.setSortingEnabled(True)
        self.tabell.horizontalHeader().setSortIndicatorShown(True)
        self.tabell.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.tabell.activated.connect(self._aktivert)
        self.tabell.selectionModel().selectionChanged.connect(lambda *_: self._oppdater_knapper())

        self.faner = QTabWidget()
        self.faner.setAccessibleName(self.tr("Detaljer"))
        self.fordeling = Tekstmodell(
            (
                self.tr("Modul"),
                self.tr("Minst"),
                self.tr("Nedre kvartil"),
                self.tr("Median"),
                self.tr("Øvre kvartil"),
                self.tr("Størst"),
                self.tr("Enheter med poeng"),
            ),
            self,
        )
        self.svake = Tekstmodell(
            (self.tr("Indikator"), self.tr("Tittel"), self.tr("Modul"), self.tr("Under mål"), self.tr("Andel")), self
        )
        self.tiltak = Tekstmodell((self.tr("Status"), self.tr("Antall"), self.tr("Andel")), self)
        self.varsler = Tekstmodell((self.tr("Enhet"), self.tr("Moduler med utilstrekkelig grunnlag")), self)
        self.t_fordeling = _tabell(self.tr("Fordeling per modul"), self.fordeling)
        self.t_svake = _tabell(self.tr("Felles svake punkter"), self.svake)
        self.t_tiltak = _tabell(self.tr("Tiltaksplanene"), self.tiltak)
        self.t_varsler = _tabell(self.tr("Datavarsler"), self.varsler)
        self.t_varsler.activated.connect(self._aktivert)
        for t, navn in (
            (self.t_fordeling, self.tr("Fordeling per modul")),
            (self.t_svake, self.tr("Felles svake punkter")),
            (self.t_tiltak, self.tr("Tiltaksplanene")),
            (self.t_varsler, self.tr("Datavarsler")),
        ):
            self.faner.addTab(t, navn)

        deler = QSplitter(Qt.Orientation.Vertical)
        deler.addWidget(self.tabell)
        deler.addWidget(self.faner)
        deler.setStretchFactor(0, 3)
        deler.setStretchFactor(1, 2)
        lag.addWidget(deler, 1)

        knapper = QHBoxLayout()
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Antall enheter"))
        knapper.addWidget(self.status, 1)
        self.apne_knapp = QPushButton(self.tr("Åpne vurderingen"))
        self.apne_knapp.setAccessibleName(self.tr("Åpne valgt vurdering"))
        self.apne_knapp.clicked.connect(lambda: self._aktivert(self.tabell.currentIndex()))
        self.utvikling_knapp = QPushButton(self.tr("Utvikling…"))
        self.utvikling_knapp.setAccessibleName(self.tr("Vis utviklingen for valgt enhet"))
        self.utvikling_knapp.clicked.connect(self._utvikling)
        lukk = QPushButton(self.tr("Lukk"))
        lukk.clicked.connect(self.close)
        for k in (self.apne_knapp, self.utvikling_knapp, lukk):
            knapper.addWidget(k)
        lag.addLayout(knapper)
        self.oppdater(forste=True)

    # --- filtrene -------------------------------------------------------------------------

    def _lag_filtre(self) -> QHBoxLayout:
        rad = QHBoxLayout()
        self.distrikt = QComboBox()
        self.distrikt.setAccessibleName(self.tr("Distrikt"))
        self.periode = QComboBox()
        self.periode.setAccessibleName(self.tr("Periode"))
        self.type = QComboBox()
        self.type.setAccessibleName(self.tr("Type"))
        self.type.addItem(self.tr("Alle typer"), None)
        for t in tjeneste.TYPER:
            self.type.addItem(type_navn(t), t)
        self.statusvalg = QComboBox()
        self.statusvalg.setAccessibleName(self.tr("Status"))
        self.statusvalg.addItem(self.tr("Alle"), None)
        for s in tjeneste.STATUSER:
            self.statusvalg.addItem(status_navn(s), s)
        self.alle_runder = QCheckBox(self.tr("Vis alle runder"))
        self.alle_runder.setAccessibleName(self.tr("Vis alle runder, ikke bare siste per enhet"))
        for etikett, felt in (
            (self.tr("&Distrikt:"), self.distrikt),
            (self.tr("&Periode:"), self.periode),
            (self.tr("&Type:"), self.type),
            (self.tr("&Status:"), self.statusvalg),
        ):
            e = QLabel(etikett)
            e.setBuddy(felt)
            rad.addWidget(e)
            rad.addWidget(felt)
            felt.currentIndexChanged.connect(lambda _i: self.oppdater())
        rad.addWidget(self.alle_runder)
        self.alle_runder.toggled.connect(lambda _v: self.oppdater())
        rad.addStretch(1)
        return rad

    def _fyll_valg(self, d: Distriktsoversikt, ar: list[str]) -> None:
        """Distriktene og årene som finnes i databasen (første gang)."""
        for boks in (self.distrikt, self.periode):
            boks.blockSignals(True)
        self.distrikt.addItem(self.tr("Alle distrikter"), None)
        for navn in sorted({r.distrikt for r in d.oversikt.rader}):
            self.distrikt.addItem(navn, navn)
        self.periode.addItem(self.tr("Hele perioden"), None)
        for a in reversed(ar):
            self.periode.addItem(a, a)
        for boks in (self.distrikt, self.periode):
            boks.blockSignals(False)

    def filtre(self) -> dict[str, object]:
        ar = self.periode.currentData()
        return {
            "distrikt": self.distrikt.currentData(),
            "fra": f"{ar}-01-01" if ar else None,
            "til": f"{ar}-12-31" if ar else None,
            "type": self.type.currentData(),
            "status": self.statusvalg.currentData(),
            "alle_runder": self.alle_runder.isChecked(),
        }

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.forberedt:
            self._forbered.start()

    def hideEvent(self, event: QHideEvent) -> None:
        self._forbered.stop()  # et lukket vindu henter ingenting (databasen kan være lukket)
        super().hideEvent(event)

    def forbered(self) -> None:
        """Hent alle vurderingene like etter at oversikten er vist, så nye filtre går raskt."""
        if self._kilde is not None:
            try:
                self._kilde.forbered()
            except DatabaseFeil:
                pass  # bare en forberedelse; neste filtrering viser feilen om den består
        self.forberedt = True

    # --- innholdet --------------------------------------------------------------------------

    def oppdater(self, forste: bool = False) -> None:
        """Hent oversikten på nytt med filtrene og fyll tabellene."""
        f = self.filtre()
        try:
            if self._kilde is None:
                self._kilde = tjeneste.Oversiktskilde(self._db)
            d = self._kilde.velg(
                distrikt=f["distrikt"],  # type: ignore[arg-type]
                fra=f["fra"],  # type: ignore[arg-type]
                til=f["til"],  # type: ignore[arg-type]
                type=f["type"],  # type: ignore[arg-type]
                status=f["status"],  # type: ignore[arg-type]
                alle_runder=bool(f["alle_runder"]),
            )
            ar = self._kilde.ar() if forste else []
        except (DatabaseFeil, ValueError) as e:
            meldinger.feil(self, self.tr("Oversikten kan ikke vises"), str(e))
            return
        if forste:
            self._fyll_valg(d, ar)
        self.data = d
        sp = sprak.gjeldende()
        ov = d.oversikt
        self.varmekart.sett(ov.rader, ov.moduler, {m: d.modulnavn(m, sp) for m in ov.moduler})
        for k in range(3, FASTE + len(ov.moduler)):
            self.tabell.setItemDelegateForColumn(k, self._rute)
        self._sett_bredder()
        self._fyll_fordeling(d, sp)
        self._fyll_svake(d, sp)
        self._fyll_tiltak(d)
        self.varsler.sett(
            [(v.enhet, ", ".join(d.modulnavn(m, sp) for m in v.moduler)) for v in ov.datavarsler],
            [v.vurdering_id for v in ov.datavarsler],
        )
        for t in (self.t_fordeling, self.t_svake, self.t_tiltak, self.t_varsler):
            t.resizeColumnsToContents()
        antall = len(ov.rader)
        self.status.setText(
            self.tr("{0} vurderinger (alle runder)").format(antall)
            if f["alle_runder"]
            else self.tr("{0} enheter (siste runde for hver)").format(antall)
        )
        if antall:
            self.tabell.selectRow(0)
        self._oppdater_knapper()

    def _sett_bredder(self) -> None:
        """Kolonnebredder fra skriftmetrikken og den lengste teksten (resizeColumnsToContents spør
        modellen om hver rute og er for treg med tusenvis av enheter)."""
        fm = self.tabell.fontMetrics()
        luft = fm.height()
        rader = self.varmekart.rowCount()
        lengst_enhet = max((self.varmekart.rad(i).enhet for i in range(rader)), key=len, default="")
        lengst_distrikt = max((self.varmekart.rad(i).distrikt for i in range(rader)), key=len, default="")
        topp = self.tabell.horizontalHeader()
        tall_bredde = fm.horizontalAdvance("4,0") + luft
        for k in range(self.varmekart.columnCount()):
            overskrift = str(self.varmekart.headerData(k, Qt.Orientation.Horizontal))
            bredde = fm.horizontalAdvance(overskrift) + luft * 2  # plass til sorteringspilen
            if k == 0:
                bredde = max(bredde, min(fm.horizontalAdvance(lengst_enhet) + luft, fm.horizontalAdvance("M") * 28))
            elif k == 1:
                bredde = max(bredde, min(fm.horizontalAdvance(lengst_distrikt) + luft, fm.horizontalAdvance("M") * 20))
            elif k == 2:
                bredde = max(bredde, fm.horizontalAdvance("00.00.0000") + luft)
            else:
                bredde = max(bredde, tall_bredde)
            topp.resizeSection(k, bredde)

    def _fyll_fordeling(self, d: Distriktsoversikt, sp: str) -> None:
        rader = []
        for m in d.oversikt.moduler:
            f = d.oversikt.fordelinger.get(m)
            if f is None:
                rader.append((d.modulnavn(m, sp), "–", "–", "–", "–", "–", "0"))
            else:
                rader.append(
                    (
                        d.modulnavn(m, sp),
                        tall(f.minst),
                        tall(f.nedre_kvartil),
                        tall(f.median),
                        tall(f.ovre_kvartil),
                        tall(f.storst),
                        str(f.antall),
                    )
                )
        self.fordeling.sett(rader, tallkolonner={1, 2, 3, 4, 5, 6})

    def _fyll_svake(self, d: Distriktsoversikt, sp: str) -> None:
        rader = []
        for s in d.oversikt.svake:
            modul = s.indikator_id.split("-")[0]
            rader.append(
                (
                    s.indikator_id,
                    d.tittel(s.indikator_id, sp),
                    d.modulnavn(modul, sp),
                    self.tr("{0} av {1} enheter").format(s.under_mal, s.enheter),
                    prosent(s.under_mal / s.enheter if s.enheter else None),
                )
            )
        self.svake.sett(rader, tallkolonner={4})

    def _fyll_tiltak(self, d: Distriktsoversikt) -> None:
        totalt = sum(d.oversikt.tiltak.values())
        nr = 1 if sprak.gjeldende() == "nn" else 0
        rader = []
        for s in TiltakStatus:
            n = d.oversikt.tiltak.get(s.value, 0)
            rader.append((TILTAKSTATUS_NAVN[s.value][nr], str(n), prosent(n / totalt if totalt else None)))
        self.tiltak.sett(rader, tallkolonner={1, 2})

    # --- handlinger ----------------------------------------------------------------------------

    def valgt_id(self) -> int | None:
        rader = self.tabell.selectionModel().selectedRows()
        if not rader:
            return None
        return int(self.varmekart.rad(rader[0].row()).vurdering_id)

    def _oppdater_knapper(self) -> None:
        har = self.valgt_id() is not None
        self.apne_knapp.setEnabled(har)
        self.utvikling_knapp.setEnabled(har)

    def _aktivert(self, indeks: QModelIndex) -> None:
        if indeks.isValid():
            vid = indeks.data(ID_ROLLE)
            if vid is not None:
                self.apne.emit(int(vid))

    def _utvikling(self) -> None:
        vid = self.valgt_id()
        if vid is not None:
            self.utvikling.emit(vid)
