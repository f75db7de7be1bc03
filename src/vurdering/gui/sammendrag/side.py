"""Sammendraget: hvor enheten står, hva som er usikkert, og hva som bør gjøres først.

Siden viser samlet nivå (eller hvorfor det ikke finnes), en advarsel når vurderingen ikke
er ferdig besvart, radar for de fire temaene og stolper for alle moduler mot mål,
advarsler om for lite datagrunnlag, svakeste ledd per modul, de svakeste indikatorene og
de prioriterte forslagene. Hvert forslag kan legges i tiltaksplanen med én knapp.
Rangeringen og merknadene kommer fra analysen (`Vurderingsdata.analyse`), den samme som
rapportene og kommandolinjen viser.

Signaler:
- `tiltak_lagt_til(int)`: et forslag er lagret som tiltak; verdien er tiltakets id.
- `apne_indikator(str)`: brukeren vil gå til en indikator (id), fra et forslag, fra listen
  over svakeste indikatorer eller fra modultabellen.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vurdering.domene import analyse_deler
from vurdering.domene.bank import BankFeil
from vurdering.domene.formater import dato as norsk_dato
from vurdering.domene.formater import prosent as norsk_prosent
from vurdering.domene.formater import tall as norsk_tall
from vurdering.domene.modell import TYPE_NAVN
from vurdering.domene.poeng import MIN_TEMA_FOR_SAMLET, Forslag, Modulresultat
from vurdering.domene.regler import sprakindeks
from vurdering.domene.vurderingsdata import Vurderingsdata
from vurdering.gui.felles import meldinger
from vurdering.gui.felles import sprak as grensesnitt
from vurdering.gui.felles.diagram import Diagramverdi, Stolpediagram
from vurdering.gui.felles.radar import RadarDiagram
from vurdering.gui.felles.rammer import rullbar_side
from vurdering.gui.sammendrag import innhold
from vurdering.gui.sammendrag.forslag import (
    ANTALL_FORSLAG_FORST,
    Forslagskort,
    forslagslinje,
    modulnavn,
    tekst_etikett,
)
from vurdering.gui.sammendrag.tabeller import Tabell, som_liste
from vurdering.lagring.database import Database, DatabaseFeil
from vurdering.tjenester import plan
from vurdering.tjenester import vurderinger as tjenester


def _overskrift(tekst: str, niva: int = 3) -> QLabel:
    """En overskrift som vokser med skriften (HTML-overskrift, ikke fast punktstørrelse)."""
    etikett = QLabel(f"<h{niva}>{html.escape(tekst)}</h{niva}>")
    etikett.setTextFormat(Qt.TextFormat.RichText)
    etikett.setWordWrap(True)
    return etikett


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
        self._kort: list[Forslagskort] = []  # bygd så langt; de første ANTALL_FORSLAG_FORST først
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
        self.undertittel = tekst_etikett()
        self.feil = tekst_etikett()
        self.feil.setVisible(False)
        self.samlet = QLabel()
        self.samlet.setWordWrap(True)
        self.samlet.setTextFormat(Qt.TextFormat.RichText)
        self.samlet.setFrameShape(QFrame.Shape.StyledPanel)
        self.samlet.setMargin(8)
        for w in (self.tittel, self.undertittel):
            lag.addWidget(w)
        self.utvikling_knapp = QPushButton(self.tr("Utvikling…"))
        self.utvikling_knapp.setAccessibleName(self.tr("Vis enhetens utvikling over rundene"))
        self.utvikling_knapp.setToolTip(self.tr("Enhetens utvikling fra runde til runde (fra andre runde)."))
        self.utvikling_knapp.setEnabled(False)
        self.utvikling_knapp.clicked.connect(self.vis_utvikling)
        utvikling_rad = QHBoxLayout()
        utvikling_rad.addWidget(self.utvikling_knapp)
        utvikling_rad.addStretch(1)
        lag.addLayout(utvikling_rad)
        for w in (self.feil, self.samlet):
            lag.addWidget(w)

        self.uferdig = QFrame()
        self.uferdig.setFrameShape(QFrame.Shape.StyledPanel)
        uferdig_lag = QVBoxLayout(self.uferdig)
        self.uferdig_tekst = tekst_etikett()
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
        self.tabell = Tabell(0, 7, smale=(1, 3, 4, 6))
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
        som_liste(self.tabell)
        self.tabell.itemActivated.connect(self._modul_aktivert)
        lag.addWidget(self.tabell)

        lag.addWidget(_overskrift(self.tr("Svakeste indikatorer")))
        lag.addWidget(
            tekst_etikett(self.tr("Størst avstand til målet først; ved lik avstand det som veier mest i poengene."))
        )
        self.svakeste = Tabell(0, 4, smale=(3,))
        self.svakeste.setAccessibleName(self.tr("De svakeste indikatorene"))
        self.svakeste.setHorizontalHeaderLabels(
            [self.tr("Indikator"), self.tr("Modul"), self.tr("Nivå"), self.tr("Mål")]
        )
        som_liste(self.svakeste)
        self.svakeste.itemActivated.connect(self._indikator_aktivert)
        lag.addWidget(self.svakeste)
        lag.addWidget(tekst_etikett(self.tr("Dobbeltklikk eller trykk Enter på en indikator for å gå til den.")))

        lag.addWidget(_overskrift(self.tr("Prioriterte forslag")))
        self.forslag_forklaring = tekst_etikett()
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

    def vis_utvikling(self) -> QWidget | None:
        """«Utvikling…»: enhetens utvikling, som i menyen Enhet (i hovedvinduet lagres ventende tekst først)."""
        from vurdering.gui.hovedvindu import Hovedvindu
        from vurdering.gui.oversikt.meny import vis_utvikling
        from vurdering.gui.utvikling.side import Utviklingsvindu

        vindu = self.window()
        if isinstance(vindu, Hovedvindu) and vindu.veiviser is not None:
            return vis_utvikling(vindu)
        u = Utviklingsvindu(self.db, self.vurdering_id, self)
        u.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        u.show()
        return u

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
        typenavn = TYPE_NAVN.get(v.type.value, (v.type.value, v.type.value))[sprakindeks(sprak)]
        self.undertittel.setText(f"{v.enhet.navn} · {v.enhet.distrikt} · {norsk_dato(v.dato)} · {typenavn}")
        self.utvikling_knapp.setEnabled(data.forrige_id is not None)  # fra andre runde
        self._fyll_samlet(data)
        self._fyll_uferdig(data)
        self._fyll_diagrammer(data)
        innhold.fyll_grunnlag(self.grunnlag, data)
        innhold.fyll_moduler(self.tabell, data)
        innhold.fyll_svakeste(self.svakeste, data)
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
            tiltak = plan.nytt_tiltak(self.db, self.vurdering_id, forslag.tekst, indikator_id=forslag.indikator_id)
            assert tiltak.id is not None  # lagret tiltak har id
            tiltak_id = tiltak.id
        except (DatabaseFeil, ValueError) as e:
            meldinger.feil(self, self.tr("Tiltaket ble ikke lagret"), str(e))
            return None
        self._adopterte.add(forslag.indikator_id)
        neste: Forslagskort | None = None
        for i, kort in enumerate(self._kort):
            if kort.forslag.indikator_id == forslag.indikator_id:
                kort.sett_adoptert(True)
                neste = next((k for k in self._kort[i + 1 :] if not k.adoptert and k.isVisible()), None)
        if neste is not None:  # fokus videre, så tastaturbrukeren ikke mister plassen
            neste.knapp.setFocus()
        self.tiltak_lagt_til.emit(tiltak_id)
        return tiltak_id

    # --- utfylling ------------------------------------------------------------------------------

    def _fyll_samlet(self, data: Vurderingsdata) -> None:
        samlet = data.resultat.samlet
        bank = data.bank
        varsler = {v.kode: v for v in data.analyse.datavarsler}
        if samlet.poeng is None or samlet.niva is None:
            hoved = self.tr("Ingen samlet poengsum")
            ingen = varsler.get(analyse_deler.INGEN_SAMLET)
            grunn = self.tr(
                "Bare {antall} av {alle} strategiske temaer har poeng; minst {minst} trengs for en samlet poengsum."
            ).format(antall=ingen.n if ingen else 0, alle=ingen.av if ingen else 0, minst=MIN_TEMA_FOR_SAMLET)
        else:
            hoved = self.tr("Samlet nivå: {poeng} – {navn}").format(
                poeng=norsk_tall(samlet.poeng), navn=bank.niva_navn(samlet.niva, grensesnitt.gjeldende())
            )
            grunn = self.tr("Snittet av de strategiske temaene. Fagområder og tverrgående moduler vises hver for seg.")
            uten = varsler.get(analyse_deler.SAMLET_UTEN)
            if uten is not None:
                utelatt = ", ".join(modulnavn(bank, m) for m in uten.moduler)
                grunn += " " + self.tr("Uten {tema}, som mangler nok grunnlag.").format(tema=utelatt)
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
        return Diagramverdi(modulnavn(data.bank, m.modul_id), m.poeng, m.mal, innhold.merknad(m))

    def _fyll_diagrammer(self, data: Vurderingsdata) -> None:
        moduler = data.resultat.moduler
        self.radar.sett_verdier([self._diagramverdi(data, m) for m in moduler if m.type == "tema"])
        self.stolper.sett_verdier([self._diagramverdi(data, m) for m in moduler])
        self._tilpass_retning()

    def _modul_aktivert(self, item: QTableWidgetItem) -> None:
        indikator = item.data(Qt.ItemDataRole.UserRole)
        if indikator:
            self.apne_indikator.emit(str(indikator))

    def _indikator_aktivert(self, item: QTableWidgetItem) -> None:
        indikator = item.data(Qt.ItemDataRole.UserRole)
        if indikator:
            self.apne_indikator.emit(str(indikator))

    def svakeste_indikatorer(self) -> list[str]:
        """Id-ene i listen over svakeste indikatorer, i den rekkefølgen siden viser dem."""
        celler = (self.svakeste.item(r, 0) for r in range(self.svakeste.rowCount()))
        ider = [c.data(Qt.ItemDataRole.UserRole) for c in celler if c is not None]
        return [str(i) for i in ider if i]

    def forslag_indikatorer(self) -> list[str]:
        """Id-ene i forslagskortene (alle, også de som er skjult bak «Vis alle»), i rekkefølge."""
        self._lag_kort(len(self._forslag))
        return [kort.indikator_id() for kort in self._kort]

    def _fyll_forslag(self, data: Vurderingsdata) -> None:
        alle = data.analyse.forslag
        linjer = tuple(forslagslinje(data.bank, f) for f in alle)
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
                    "Indikatorene under målet, viktigst først. Prioriteten er indikatorens vekt ganger et tall "
                    "for avstanden til målet: 3 for ett nivå under, 8 for to, 15 for tre og 24 for fire. "
                    "Legg dem dere vil gjøre noe med i tiltaksplanen."
                )
            )
        self._vis_forslag()

    def _lag_kort(self, antall: int) -> None:
        """Bygg kortene fram til `antall` (kortene bygges først når de skal vises)."""
        for nr in range(len(self._kort) + 1, min(antall, len(self._forslag)) + 1):
            f = self._forslag[nr - 1]
            kort = Forslagskort(nr, f, self._linjer[nr - 1], f.indikator_id in self._adopterte)
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
