"""Sammendraget: hvor enheten står, hva som er usikkert, og hva som bør gjøres først.

Siden viser samlet nivå (eller hvorfor det ikke finnes), en advarsel når vurderingen ikke
er ferdig besvart, radar for de fire temaene og stolper for alle moduler mot mål,
advarsler om for lite datagrunnlag, svakeste ledd per modul, de svakeste indikatorene og
de prioriterte forslagene. Hvert forslag kan legges i tiltaksplanen med én knapp.

Signaler:
- `tiltak_lagt_til(int)`: et forslag er lagret som tiltak; verdien er tiltakets id.
- `apne_indikator(str)`: brukeren vil gå til en indikator (id), fra et forslag, fra listen
  over svakeste indikatorer eller fra modultabellen.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vurdering.domene.bank import Bank, BankFeil
from vurdering.domene.formater import dato as norsk_dato
from vurdering.domene.formater import prosent as norsk_prosent
from vurdering.domene.formater import tall as norsk_tall
from vurdering.domene.modell import TYPE_NAVN, Tiltak
from vurdering.domene.poeng import MIN_TEMA_FOR_SAMLET, Forslag, Modulresultat
from vurdering.domene.vurderingsdata import Vurderingsdata
from vurdering.gui.felles import meldinger
from vurdering.gui.felles import sprak as grensesnitt
from vurdering.gui.felles.diagram import Diagramverdi, RadarDiagram, Stolpediagram
from vurdering.gui.felles.rammer import rullbar_side
from vurdering.lagring import repository
from vurdering.lagring.database import Database, DatabaseFeil
from vurdering.tjenester import vurderinger as tjenester

ANTALL_FORSLAG_FORST = 10
ANTALL_SVAKESTE = 8


def _overskrift(tekst: str, niva: int = 3) -> QLabel:
    """En overskrift som vokser med skriften (HTML-overskrift, ikke fast punktstørrelse)."""
    etikett = QLabel(f"<h{niva}>{html.escape(tekst)}</h{niva}>")
    etikett.setTextFormat(Qt.TextFormat.RichText)
    etikett.setWordWrap(True)
    return etikett


def _tekst(tekst: str = "") -> QLabel:
    etikett = QLabel(tekst)
    etikett.setWordWrap(True)
    etikett.setTextFormat(Qt.TextFormat.PlainText)
    return etikett


def _prioritet(p: float) -> str:
    return str(int(p)) if p == int(p) else norsk_tall(p)


class _Tabell(QTableWidget):
    """Tabell som tilpasser kolonnebreddene hver gang bredden endres (se `_tilpass_kolonner`)."""

    def __init__(self, rader: int, kolonner: int, smale: tuple[int, ...]) -> None:
        super().__init__(rader, kolonner)
        self.smale = smale
        self._bredde = -1

    def tilpass(self) -> None:
        self._bredde = self.viewport().width()
        _tilpass_kolonner(self, self.smale)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.viewport().width() != self._bredde:
            self.tilpass()


def _tilpass_kolonner(tabell: QTableWidget, smale: tuple[int, ...]) -> None:
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


class _Forslagskort(QFrame):
    """Ett prioritert forslag med knappene «Legg i tiltaksplan» og «Gå til indikatoren»."""

    legg_til = Signal(object)  # Forslag
    ga_til = Signal(str)  # indikator-id

    def __init__(self, nr: int, forslag: Forslag, linje: str, adoptert: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.forslag = forslag
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setToolTip(self.tr("Dobbeltklikk for å gå til indikatoren."))
        lag = QVBoxLayout(self)
        tittel = QLabel(f"<b>{nr}. {html.escape(forslag.tittel)}</b> ({html.escape(forslag.indikator_id)})")
        tittel.setTextFormat(Qt.TextFormat.RichText)
        tittel.setWordWrap(True)
        lag.addWidget(tittel)
        lag.addWidget(_tekst(linje))
        tekst = _tekst(forslag.tekst)
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

    def sett_adoptert(self, adoptert: bool) -> None:
        self.adoptert = adoptert
        self.knapp.setVisible(not adoptert)
        self.lagt_inn.setVisible(adoptert)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.ga_til.emit(self.forslag.indikator_id)
        event.accept()


class Sammendragside(QWidget):
    """Sammendraget av én vurdering. Se modulens docstring for signalene."""

    tiltak_lagt_til = Signal(int)
    apne_indikator = Signal(str)

    def __init__(self, db: Database, vurdering_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.vurdering_id = vurdering_id
        self.data: Vurderingsdata | None = None
        self._skrivebeskyttet = False
        self._vis_alle = False
        self._kort: list[_Forslagskort] = []  # bygd så langt; de første ANTALL_FORSLAG_FORST først
        self._forslag: tuple[Forslag, ...] = ()
        self._linjer: tuple[str, ...] = ()
        self._adopterte: set[str] = set()
        self.setAccessibleName(self.tr("Sammendrag"))
        self._bygg()
        self.oppdater()

    # --- oppbygging ----------------------------------------------------------------------------

    def _bygg(self) -> None:
        self.rulle, lag = rullbar_side(self, self.tr("Sammendrag, rullbart innhold"))

        self.tittel = _overskrift(self.tr("Sammendrag"), 2)
        self.undertittel = _tekst()
        self.feil = _tekst()
        self.feil.setVisible(False)
        self.samlet = QLabel()
        self.samlet.setWordWrap(True)
        self.samlet.setTextFormat(Qt.TextFormat.RichText)
        self.samlet.setFrameShape(QFrame.Shape.StyledPanel)
        self.samlet.setMargin(8)
        for w in (self.tittel, self.undertittel, self.feil, self.samlet):
            lag.addWidget(w)

        self.uferdig = QFrame()
        self.uferdig.setFrameShape(QFrame.Shape.StyledPanel)
        uferdig_lag = QVBoxLayout(self.uferdig)
        self.uferdig_tekst = _tekst()
        self.fremdrift = QProgressBar()
        self.fremdrift.setAccessibleName(self.tr("Andel besvarte indikatorer"))
        uferdig_lag.addWidget(self.uferdig_tekst)
        uferdig_lag.addWidget(self.fremdrift)
        lag.addWidget(self.uferdig)

        self.radar = RadarDiagram()
        self.stolper = Stolpediagram()
        radar_boks = QVBoxLayout()
        radar_boks.addWidget(_overskrift(self.tr("Strategiske temaer mot mål")))
        radar_boks.addWidget(self.radar)
        radar_boks.addStretch(1)
        stolpe_boks = QVBoxLayout()
        stolpe_boks.addWidget(_overskrift(self.tr("Alle moduler mot mål")))
        stolpe_boks.addWidget(self.stolper)
        stolpe_boks.addStretch(1)
        self.diagrammer = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self.diagrammer.addLayout(radar_boks, 0)
        self.diagrammer.addLayout(stolpe_boks, 1)
        lag.addLayout(self.diagrammer)

        lag.addWidget(_overskrift(self.tr("Datagrunnlag")))
        self.grunnlag = QLabel()
        self.grunnlag.setWordWrap(True)
        self.grunnlag.setTextFormat(Qt.TextFormat.RichText)
        lag.addWidget(self.grunnlag)

        lag.addWidget(_overskrift(self.tr("Modul for modul")))
        self.tabell = _Tabell(0, 7, smale=(1, 3, 4, 6))
        self.tabell.setAccessibleName(self.tr("Tabell over modulene med poeng, mål og svakeste ledd"))
        self.tabell.setHorizontalHeaderLabels(
            [
                self.tr("Modul"),
                self.tr("Poeng"),
                self.tr("Nivå"),
                self.tr("Mål"),
                self.tr("Gap"),
                self.tr("Svakeste ledd"),
                self.tr("Besvart"),
            ]
        )
        self.tabell.setToolTip(self.tr("Dobbeltklikk eller trykk Enter for å gå til modulens svakeste indikator."))
        self._som_liste(self.tabell)
        self.tabell.itemActivated.connect(self._modul_aktivert)
        lag.addWidget(self.tabell)

        lag.addWidget(_overskrift(self.tr("Svakeste indikatorer")))
        self.svakeste = _Tabell(0, 3, smale=())
        self.svakeste.setAccessibleName(self.tr("De svakeste indikatorene"))
        self.svakeste.setHorizontalHeaderLabels([self.tr("Indikator"), self.tr("Modul"), self.tr("Nivå")])
        self._som_liste(self.svakeste)
        self.svakeste.itemActivated.connect(self._indikator_aktivert)
        lag.addWidget(self.svakeste)
        lag.addWidget(_tekst(self.tr("Dobbeltklikk eller trykk Enter på en indikator for å gå til den.")))

        lag.addWidget(_overskrift(self.tr("Prioriterte forslag")))
        self.forslag_forklaring = _tekst()
        lag.addWidget(self.forslag_forklaring)
        self.forslag_lag = QVBoxLayout()
        lag.addLayout(self.forslag_lag)
        self.vis_alle = QPushButton()
        self.vis_alle.setAccessibleName(self.tr("Vis alle forslag eller bare de første"))
        self.vis_alle.clicked.connect(self._veksle_alle)
        rad = QHBoxLayout()
        rad.addWidget(self.vis_alle)
        rad.addStretch(1)
        lag.addLayout(rad)
        lag.addStretch(1)

    def _som_liste(self, tabell: QTableWidget) -> None:
        """En tabell som viser alle rader (siden ruller, ikke tabellen), med tekst som brytes."""
        for hode in tabell.findChildren(QHeaderView):
            hode.setAccessibleName(self.tr("Kolonneoverskrifter"))
        for knapp in tabell.findChildren(QAbstractButton):  # hjørneknappen i tabellen
            knapp.setAccessibleName(self.tr("Merk alle"))
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

    def _tilpass_tabeller(self) -> None:
        self.tabell.tilpass()
        self.svakeste.tilpass()

    # --- offentlig ------------------------------------------------------------------------------

    def oppdater(self) -> None:
        """Les vurderingen på nytt og fyll alle delene av siden."""
        try:
            data = tjenester.hent_vurderingsdata(self.db, self.vurdering_id, grensesnitt.gjeldende())
        except (DatabaseFeil, BankFeil) as e:
            self.feil.setText(self.tr("Sammendraget kunne ikke lages: {feil}").format(feil=e))
            self.feil.setVisible(True)
            return
        self.feil.setVisible(False)
        self.data = data
        self._adopterte = {t.indikator_id for t in data.tiltak if t.indikator_id}
        sprak = grensesnitt.gjeldende()
        v = data.vurdering
        typenavn = TYPE_NAVN.get(v.type.value, (v.type.value, v.type.value))[1 if sprak == "nn" else 0]
        self.undertittel.setText(f"{v.enhet.navn} · {v.enhet.distrikt} · {norsk_dato(v.dato)} · {typenavn}")
        self._fyll_samlet(data)
        self._fyll_uferdig(data)
        self._fyll_diagrammer(data)
        self._fyll_grunnlag(data)
        self._fyll_tabell(data)
        self._fyll_svakeste(data)
        self._tilpass_tabeller()
        self._fyll_forslag(data)

    def sett_skrivebeskyttet(self, skrivebeskyttet: bool) -> None:
        """Ferdig vurdering: forslag kan ikke lenger legges i tiltaksplanen."""
        self._skrivebeskyttet = skrivebeskyttet
        for kort in self._kort:
            kort.knapp.setEnabled(not skrivebeskyttet)

    def legg_i_tiltaksplan(self, forslag: Forslag) -> int | None:
        """Lagre forslaget som et nytt tiltak knyttet til indikatoren; gir tiltakets id."""
        if self._skrivebeskyttet:
            return None
        try:
            tiltak_id = repository.lagre_tiltak(
                self.db, self.vurdering_id, Tiltak(tekst=forslag.tekst, indikator_id=forslag.indikator_id)
            )
        except (DatabaseFeil, ValueError) as e:
            meldinger.feil(self, self.tr("Tiltaket ble ikke lagret"), str(e))
            return None
        self._adopterte.add(forslag.indikator_id)
        neste: _Forslagskort | None = None
        for i, kort in enumerate(self._kort):
            if kort.forslag.indikator_id == forslag.indikator_id:
                kort.sett_adoptert(True)
                neste = next((k for k in self._kort[i + 1 :] if not k.adoptert and k.isVisible()), None)
        if neste is not None:  # fokus videre, så tastaturbrukeren ikke mister plassen
            neste.knapp.setFocus()
        self.tiltak_lagt_til.emit(tiltak_id)
        return tiltak_id

    # --- utfylling ------------------------------------------------------------------------------

    def _modulnavn(self, bank: Bank, modul_id: str) -> str:
        try:
            return bank.modul(modul_id).visningsnavn(grensesnitt.gjeldende())
        except KeyError:
            return modul_id

    def _merknad(self, m: Modulresultat) -> str:
        return {
            "utilstrekkelig grunnlag": self.tr("utilstrekkelig grunnlag"),
            "ikke relevant": self.tr("ikke relevant"),
            "ikke besvart": self.tr("ikke besvart"),
        }.get(m.merknad, m.merknad)

    def _fyll_samlet(self, data: Vurderingsdata) -> None:
        samlet = data.resultat.samlet
        bank = data.bank
        tema = [m for m in data.resultat.moduler if m.type == "tema"]
        utelatt = [self._modulnavn(bank, m.modul_id) for m in tema if m.poeng is None]
        if samlet.poeng is None or samlet.niva is None:
            hoved = self.tr("Ingen samlet poengsum")
            grunn = self.tr(
                "Bare {antall} av {alle} strategiske temaer har poeng; minst {minst} trengs for en samlet poengsum."
            ).format(antall=len(tema) - len(utelatt), alle=len(tema), minst=MIN_TEMA_FOR_SAMLET)
        else:
            hoved = self.tr("Samlet nivå: {poeng} – {navn}").format(
                poeng=norsk_tall(samlet.poeng), navn=bank.niva_navn(samlet.niva, grensesnitt.gjeldende())
            )
            grunn = self.tr("Snittet av de strategiske temaene. Fagområder og tverrgående moduler vises hver for seg.")
            if utelatt:
                grunn += " " + self.tr("Uten {tema}, som mangler nok grunnlag.").format(tema=", ".join(utelatt))
        self.samlet.setText(f"<p style='font-size: large'><b>{html.escape(hoved)}</b></p><p>{html.escape(grunn)}</p>")
        self.samlet.setAccessibleName(f"{hoved}. {grunn}")

    def _fyll_uferdig(self, data: Vurderingsdata) -> None:
        r = data.resultat
        self.uferdig.setVisible(not r.ferdig_besvart)
        self.fremdrift.setRange(0, max(1, r.antall))
        self.fremdrift.setValue(r.besvart)
        self.fremdrift.setFormat(norsk_prosent(r.fremdrift))
        self.uferdig_tekst.setText(
            self.tr(
                "⚠ Vurderingen er ikke ferdig besvart: {besvart} av {antall} indikatorer er besvart ({andel}). "
                "Poengene bygger bare på det som er besvart så langt."
            ).format(besvart=r.besvart, antall=r.antall, andel=norsk_prosent(r.fremdrift))
        )

    def _diagramverdi(self, data: Vurderingsdata, m: Modulresultat) -> Diagramverdi:
        return Diagramverdi(self._modulnavn(data.bank, m.modul_id), m.poeng, m.mal, self._merknad(m))

    def _fyll_diagrammer(self, data: Vurderingsdata) -> None:
        moduler = data.resultat.moduler
        self.radar.sett_verdier([self._diagramverdi(data, m) for m in moduler if m.type == "tema"])
        self.stolper.sett_verdier([self._diagramverdi(data, m) for m in moduler])
        self._tilpass_retning()

    def _fyll_grunnlag(self, data: Vurderingsdata) -> None:
        linjer = []
        for m in data.resultat.moduler:
            navn = html.escape(self._modulnavn(data.bank, m.modul_id))
            if m.utilstrekkelig:
                linjer.append(
                    self.tr(
                        "<b>{modul}: utilstrekkelig grunnlag.</b> {vet_ikke} av {relevante} relevante indikatorer "
                        "er besvart med «Vet ikke» (grensen er 25 %). Kartlegg før neste runde."
                    ).format(modul=navn, vet_ikke=m.vet_ikke, relevante=m.relevante)
                )
            elif m.merknad == "ikke relevant":
                linjer.append(self.tr("<b>{modul}:</b> alle indikatorene er ikke relevante.").format(modul=navn))
            elif m.ubesvart:
                linjer.append(
                    self.tr("<b>{modul}:</b> {ubesvart} av {antall} indikatorer er ikke besvart.").format(
                        modul=navn, ubesvart=m.ubesvart, antall=m.antall
                    )
                )
        if not linjer:
            self.grunnlag.setText(html.escape(self.tr("Alle modulene har nok grunnlag til å få poeng.")))
        else:
            self.grunnlag.setText("<ul>" + "".join(f"<li>{linje}</li>" for linje in linjer) + "</ul>")

    def _fyll_tabell(self, data: Vurderingsdata) -> None:
        moduler = data.resultat.moduler
        self.tabell.setRowCount(len(moduler))
        sprak = grensesnitt.gjeldende()
        for rad, m in enumerate(moduler):
            svakeste = "–" if m.svakeste is None else f"{m.svakeste} – {', '.join(m.svakeste_indikatorer)}"
            celler = [
                self._modulnavn(data.bank, m.modul_id),
                norsk_tall(m.poeng),
                data.bank.niva_navn(m.niva, sprak) if m.niva is not None else self._merknad(m),
                str(m.mal),
                norsk_tall(m.gap),
                svakeste,
                self.tr("{besvart} av {antall}").format(besvart=m.besvart, antall=m.antall),
            ]
            for kol, tekst in enumerate(celler):
                item = QTableWidgetItem(tekst)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                if 0 < kol < 5:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                mål = (
                    m.svakeste_indikatorer[0]
                    if m.svakeste_indikatorer
                    else data.bank.modul(m.modul_id).indikatorer[0].id
                )
                item.setData(Qt.ItemDataRole.UserRole, mål)
                self.tabell.setItem(rad, kol, item)

    def _modul_aktivert(self, item: QTableWidgetItem) -> None:
        indikator = item.data(Qt.ItemDataRole.UserRole)
        if indikator:
            self.apne_indikator.emit(str(indikator))

    def _indikator_aktivert(self, item: QTableWidgetItem) -> None:
        indikator = item.data(Qt.ItemDataRole.UserRole)
        if indikator:
            self.apne_indikator.emit(str(indikator))

    def _fyll_svakeste(self, data: Vurderingsdata) -> None:
        kandidater = []
        rekkefolge = 0
        for m in data.resultat.moduler:
            modul = data.bank.modul(m.modul_id)
            for ind in modul.indikatorer:
                rekkefolge += 1
                s = data.svar.get(ind.id)
                if s is not None and s.niva is not None:
                    kandidater.append((s.niva, 0 if modul.er_tema else 1, rekkefolge, ind, m))
        kandidater.sort(key=lambda k: k[:3])
        sprak = grensesnitt.gjeldende()
        valgte = kandidater[:ANTALL_SVAKESTE]
        self.svakeste.setRowCount(max(1, len(valgte)))
        if not valgte:
            item = QTableWidgetItem(self.tr("Ingen indikatorer har fått et nivå ennå."))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.svakeste.setItem(0, 0, item)
            for kol in (1, 2):
                self.svakeste.setItem(0, kol, QTableWidgetItem(""))
        for rad, (niva, _tema, _nr, ind, m) in enumerate(valgte):
            celler = [
                f"{ind.id} {ind.tittel}",
                self._modulnavn(data.bank, m.modul_id),
                f"{niva} – {data.bank.niva_navn(niva, sprak)}",
            ]
            for kol, tekst in enumerate(celler):
                item = QTableWidgetItem(tekst)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                item.setData(Qt.ItemDataRole.UserRole, ind.id)
                self.svakeste.setItem(rad, kol, item)

    def _linje(self, data: Vurderingsdata, f: Forslag) -> str:
        modul = self._modulnavn(data.bank, f.modul_id)
        if f.kartlegg or f.niva is None or f.prioritet is None:
            return self.tr("{modul} · besvart med «Vet ikke» – kartlegg før neste runde").format(modul=modul)
        return self.tr("{modul} · nå nivå {niva} ({navn}), mål {mal} · prioritet {prioritet}").format(
            modul=modul,
            niva=f.niva,
            navn=data.bank.niva_navn(f.niva, grensesnitt.gjeldende()),
            mal=f.mal,
            prioritet=_prioritet(f.prioritet),
        )

    def _fyll_forslag(self, data: Vurderingsdata) -> None:
        alle = data.resultat.forslag
        linjer = tuple(self._linje(data, f) for f in alle)
        if (alle, linjer) != (self._forslag, self._linjer):
            # Nye forslag: bygg kortene på nytt. Ellers holder det å oppdatere «lagt inn»,
            # så siden er rask å vise igjen og fokus og rulling ikke hopper.
            for kort in self._kort:
                self.forslag_lag.removeWidget(kort)
                kort.deleteLater()
            self._kort = []
            self._forslag, self._linjer = alle, linjer
        for kort in self._kort:
            kort.sett_adoptert(kort.forslag.indikator_id in self._adopterte)
        if not alle:
            self.forslag_forklaring.setText(self.tr("Ingen forslag: alle besvarte indikatorer har nådd målet."))
        else:
            self.forslag_forklaring.setText(
                self.tr(
                    "Indikatorene under målet, viktigst først (størst avstand til målet, vektet). "
                    "Legg dem dere vil gjøre noe med i tiltaksplanen."
                )
            )
        self._vis_forslag()

    def _lag_kort(self, antall: int) -> None:
        """Bygg kortene fram til `antall` (kortene bygges først når de skal vises)."""
        for nr in range(len(self._kort) + 1, min(antall, len(self._forslag)) + 1):
            f = self._forslag[nr - 1]
            kort = _Forslagskort(nr, f, self._linjer[nr - 1], f.indikator_id in self._adopterte)
            kort.knapp.setEnabled(not self._skrivebeskyttet)
            kort.legg_til.connect(self.legg_i_tiltaksplan)
            kort.ga_til.connect(self.apne_indikator)
            self.forslag_lag.addWidget(kort)
            self._kort.append(kort)

    def _vis_forslag(self) -> None:
        antall = len(self._forslag)
        synlige = antall if self._vis_alle else ANTALL_FORSLAG_FORST
        self._lag_kort(synlige)
        for i, kort in enumerate(self._kort):
            kort.setVisible(i < synlige)
        self.vis_alle.setVisible(antall > ANTALL_FORSLAG_FORST)
        if self._vis_alle:
            self.vis_alle.setText(self.tr("Vis bare de {antall} første forslagene").format(antall=ANTALL_FORSLAG_FORST))
        else:
            self.vis_alle.setText(self.tr("Vis alle {antall} forslagene").format(antall=antall))

    def _veksle_alle(self) -> None:
        self._vis_alle = not self._vis_alle
        self._vis_forslag()

    # --- flyt -----------------------------------------------------------------------------------

    def _tilpass_retning(self) -> None:
        """Radar og stolper side om side når det er plass, ellers under hverandre."""
        behov = self.radar.minimumSizeHint().width() + self.stolper.minimumSizeHint().width() + 48
        retning = (
            QBoxLayout.Direction.LeftToRight
            if self.rulle.viewport().width() >= behov
            else QBoxLayout.Direction.TopToBottom
        )
        if self.diagrammer.direction() != retning:
            self.diagrammer.setDirection(retning)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._tilpass_retning()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._tilpass_retning()
            QTimer.singleShot(0, self, self._tilpass_tabeller)
        super().changeEvent(event)
