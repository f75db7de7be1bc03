"""Prosesslederens vindu i en samling: stemmer, konsensus og styring av prosjektoren.

Tastatur (når ingen tekstfelt har fokus): 0–4 legger til en stemme på nivået, Shift+0–4
tar en bort, R viser/skjuler fordelingen, Ctrl+Shift+V vis for meg, Enter godtar valgt nivå
og går videre, PgDn/PgUp neste/forrige, F11 fullskjerm på prosjektoren. Med stemmer «per
deltaker» setter 0–4 stemmen til den valgte deltakeren og går til neste deltaker;
Shift+0–4 fjerner den.

Før fordelingen er vist for salen, viser heller ikke dette vinduet antall per nivå,
uenighet eller forslag – en speilet skjerm skal ikke røpe noe. «Vis for meg» viser dem
bare her (aldri på prosjektoren) til den slås av eller man går til en annen indikator.
Nivåer kan godtas først når fordelingen er vist.

Valgt nivå følger forslaget (nedre median) til prosesslederen velger noe annet. Forlater
man en indikator etter å ha valgt nivå eller skrevet dissens eller kommentar, lagres
svaret, så ingenting går tapt.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QScreen
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from vurdering.domene import formater
from vurdering.gui.felles import sprak
from vurdering.gui.felles.ren import etikett
from vurdering.gui.felles.utseende import sett_rolle, sett_tilstand
from vurdering.gui.samling.kontroll import Samlingskontroll
from vurdering.gui.samling.paneler import Konsensuspanel, Stemmepanel, knapp
from vurdering.gui.samling.prosjektor import Prosjektorvindu
from vurdering.gui.samling.styring import Styringspanel, deler_skjerm, godta_delt_skjerm
from vurdering.gui.samling.taster import Handling, tast_til_handling, tast_til_stemme


class Prosessledervindu(QWidget):
    """Vinduet prosesslederen styrer samlingen fra.

    Signal `lukket()`: vinduet (og dermed prosjektoren) er lukket.
    """

    lukket = Signal()

    def __init__(self, kontroll: Samlingskontroll, prosjektor: Prosjektorvindu, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.kontroll = kontroll
        self.prosjektor = prosjektor
        prosjektor.videresend = self.handter_tast
        okt = kontroll.okt
        self._folger_forslag = True
        self._endret = False
        self._laster = False
        self._titt = False  # «Vis for meg»: stemmene vises her, ikke på prosjektoren
        self._delt_godtatt: QScreen | None = None  # skjermen prosesslederen har godtatt å dele
        self.setWindowTitle(
            self.tr("Samling – %1 (%2)")
            .replace("%1", okt.vurdering.enhet.navn)
            .replace("%2", formater.dato(okt.vurdering.dato))
        )
        self.setAccessibleName(self.tr("Prosesslederens vindu"))

        rot = QHBoxLayout(self)

        # --- venstre: indikatorene i gjennomgangsrekkefølge ---
        venstre = QVBoxLayout()
        overskrift = QLabel(self.tr("Indikatorer"))
        sett_rolle(overskrift, "underoverskrift")
        venstre.addWidget(overskrift)
        self.bare_uenighet = QCheckBox(self.tr("Bare uenighet (ta opp igjen)"))
        self.bare_uenighet.setAccessibleName(self.tr("Vis bare indikatorer med uenighet"))
        self.bare_uenighet.toggled.connect(self._fyll_liste)
        venstre.addWidget(self.bare_uenighet)
        self.liste = QListWidget()
        self.liste.setAccessibleName(self.tr("Indikatorer i samlingen"))
        self.liste.itemActivated.connect(self._liste_valgt)
        self.liste.itemClicked.connect(self._liste_valgt)
        self.liste.installEventFilter(self)
        self.liste.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.liste.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.liste.setUniformItemSizes(True)
        venstre.addWidget(self.liste, 1)
        rot.addLayout(venstre, 1)

        # --- midten: indikatoren, stemmer og konsensus ---
        # Midten ruller når teksten er stor (200 %), så alt kan nås uten å gjøre vinduet større.
        self.rulleflate = QScrollArea()
        self.rulleflate.setWidgetResizable(True)
        self.rulleflate.setFrameShape(QFrame.Shape.NoFrame)
        self.rulleflate.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.rulleflate.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.rulleflate.installEventFilter(self)
        innhold = QWidget()
        midt = QVBoxLayout(innhold)
        midt.setContentsMargins(0, 0, 0, 0)
        self.plass = QLabel()
        self.plass.setAccessibleName(self.tr("Plass i gjennomgangen"))
        midt.addWidget(self.plass)
        # Modul- og indikatortekstene kan komme fra distriktets egne moduler: vises som tekst, aldri som HTML.
        self.modul = etikett()
        sett_tilstand(self.modul, "svak")
        midt.addWidget(self.modul)
        self.tittel = etikett()
        self.tittel.setWordWrap(True)
        sett_rolle(self.tittel, "overskrift")
        midt.addWidget(self.tittel)
        self.pastand = etikett()
        self.pastand.setWordWrap(True)
        sett_rolle(self.pastand, "ingress")
        midt.addWidget(self.pastand)

        nav = QHBoxLayout()
        self.forrige_knapp = knapp(self.tr("◀ Forrige (PgUp)"), self.tr("Forrige indikator"), self.forrige)
        self.neste_knapp = knapp(self.tr("Neste (PgDn) ▶"), self.tr("Neste indikator"), self.neste)
        nav.addWidget(self.forrige_knapp)
        nav.addWidget(self.neste_knapp)
        nav.addStretch(1)
        midt.addLayout(nav)

        self.stemmer = Stemmepanel(okt.bank, len(okt.vurdering.deltakere), okt.deltakerstemmer)
        self.stemmer.stem.connect(self.stem)
        self.stemmer.ta_bort.connect(self.ta_bort)
        self.stemmer.deltakerliste.installEventFilter(self)
        midt.addWidget(self.stemmer)
        self.vis_knapp = knapp(
            self.tr("Vis fordelingen på prosjektoren (R)"),
            self.tr("Vis eller skjul fordelingen på prosjektoren"),
            kontroll.veksle_vis,
        )
        self.vis_knapp.setCheckable(True)
        self.titt_knapp = knapp(
            self.tr("Vis for meg (Ctrl+Shift+V)"),
            self.tr("Vis stemmene og forslaget bare i dette vinduet, ikke på prosjektoren"),
            self.veksle_titt,
        )
        self.titt_knapp.setCheckable(True)
        vis_rad = QHBoxLayout()
        vis_rad.addWidget(self.vis_knapp, 2)
        vis_rad.addWidget(self.titt_knapp, 1)
        midt.addLayout(vis_rad)
        self.konsensus = Konsensuspanel(okt.bank)
        self.konsensus.valgt_av_bruker.connect(self._valgt_av_bruker)
        self.konsensus.endret.connect(self._merk_endret)
        self.konsensus.godta.connect(self.godta_og_videre)
        midt.addWidget(self.konsensus)
        self.status = etikett()  # feilmeldinger kan sitere filnavn og tekst
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Status"))
        midt.addWidget(self.status)
        midt.addStretch(1)
        self.rulleflate.setWidget(innhold)
        rot.addWidget(self.rulleflate, 3)

        # --- høyre: prosjektor og tidtaker ---
        self.styring = Styringspanel(kontroll)
        self.styring.vis_prosjektor.connect(self.vis_prosjektor)
        self.styring.avslutt.connect(self.close)
        rot.addWidget(self.styring, 1)

        kontroll.indikator_endret.connect(self._last_indikator)
        kontroll.stemmer_endret.connect(self._stemmer_endret)
        kontroll.vist_endret.connect(self._vist_endret)
        kontroll.svar_lagret.connect(self._svar_lagret)
        kontroll.feil.connect(self._vis_feil)
        self._fyll_liste()
        self._last_indikator()
        if okt.vurdering.status.value == "ferdig":
            self._vis_feil(
                self.tr("Vurderingen er markert som ferdig; stemmer og svar kan ikke endres før den åpnes igjen.")
            )

    def vis_prosjektor(self) -> None:
        """Vis prosjektoren på valgt skjerm; spør først om den ville dele skjerm med dette vinduet."""
        skjerm = self.styring.valgt_skjerm()
        if deler_skjerm(skjerm, self.screen()) and (skjerm is None or skjerm is not self._delt_godtatt):
            if not godta_delt_skjerm(self):
                return
            self._delt_godtatt = skjerm
        self.prosjektor.vis_pa(skjerm, self.styring.fullskjerm.isChecked())

    def apen(self) -> bool:
        """Om antall, uenighet og forslag vises i dette vinduet (vist for salen, eller «Vis for meg»)."""
        return self.kontroll.vist or self._titt

    def veksle_titt(self) -> None:
        """«Vis for meg»: av/på; prosjektoren ser aldri dette."""
        self._sett_titt(not self._titt)

    def _sett_titt(self, pa: bool) -> None:
        self._titt = pa
        self.titt_knapp.blockSignals(True)
        self.titt_knapp.setChecked(pa)
        self.titt_knapp.blockSignals(False)
        self._oppdater_stemmer()
        self._fyll_liste()

    # --- innhold ---

    def _listetekst(self, ind_id: str) -> str:
        okt = self.kontroll.okt
        k = okt.konsensus(ind_id)
        svar = okt.svar(ind_id)
        merker = []
        # Uenigheten er en del av fordelingen: vist for en indikator gruppen har besvart, eller når den er åpen.
        synlig = svar is not None or (ind_id == okt.indikator_id and self.apen())
        if k.uenighet and synlig:
            merker.append(self.tr("⚠ uenighet"))
        if svar is not None and svar.niva is not None:
            merker.append(self.tr("✓ %1").replace("%1", str(svar.niva)))
        elif svar is not None:
            merker.append(self.tr("✓"))
        tittel = okt.bank.indikator(ind_id).tittel
        # Merkene først, så de ikke forsvinner når teksten kortes av i en smal liste.
        return (" ".join(merker) + "  " if merker else "") + f"{ind_id} {tittel}"

    def _fyll_liste(self) -> None:
        okt = self.kontroll.okt
        self.liste.blockSignals(True)
        self.liste.clear()
        flagget = set(okt.flaggede()) if self.bare_uenighet.isChecked() else None
        for ind_id in okt.rekkefolge:
            if flagget is not None and ind_id not in flagget:
                continue
            item = QListWidgetItem(self._listetekst(ind_id))
            item.setData(Qt.ItemDataRole.UserRole, ind_id)
            self.liste.addItem(item)
            if ind_id == okt.indikator_id:
                self.liste.setCurrentItem(item)
        self.liste.blockSignals(False)

    def _oppdater_listepunkt(self, ind_id: str) -> None:
        for i in range(self.liste.count()):
            item = self.liste.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == ind_id:
                item.setText(self._listetekst(ind_id))
                return

    def _liste_valgt(self, item: QListWidgetItem) -> None:
        ind_id = item.data(Qt.ItemDataRole.UserRole)
        if ind_id and ind_id != self.kontroll.okt.indikator_id:
            self._lagre_hvis_endret()
            self.kontroll.ga_til(str(ind_id))

    def _last_indikator(self) -> None:
        okt = self.kontroll.okt
        self._laster = True
        ind = okt.indikator
        self.plass.setText(
            self.tr("Indikator %1 av %2 · %3 besvart")
            .replace("%1", str(okt.indeks + 1))
            .replace("%2", str(okt.antall))
            .replace("%3", str(okt.besvart()))
        )
        self.modul.setText(f"{okt.modul.visningsnavn(sprak.gjeldende())} · {ind.id}")
        self.tittel.setText(ind.tittel)
        self.pastand.setText(ind.pastand)
        svar = okt.svar()
        self.konsensus.dissens.setText(svar.dissens if svar else "")
        self.konsensus.kommentar.setText(svar.kommentar if svar else "")
        self._titt = False
        self.titt_knapp.setChecked(False)
        forslag = okt.konsensus().median
        if svar is not None and svar.niva is not None:
            self.konsensus.sett_valg(svar.niva)
            self._folger_forslag = svar.niva == forslag
        else:
            self.konsensus.sett_valg(None)
            self._folger_forslag = True
        self._endret = False
        self.forrige_knapp.setEnabled(okt.indeks > 0)
        self.neste_knapp.setEnabled(okt.indeks < okt.antall - 1)
        for i in range(self.liste.count()):
            if self.liste.item(i).data(Qt.ItemDataRole.UserRole) == okt.indikator_id:
                self.liste.blockSignals(True)
                self.liste.setCurrentRow(i)
                self.liste.blockSignals(False)
                break
        self.stemmer.fyll_deltakere()
        self._oppdater_stemmer()
        self._laster = False

    def valgt_niva(self) -> int | None:
        return self.konsensus.valgt_niva()

    def _oppdater_stemmer(self) -> None:
        okt = self.kontroll.okt
        apen = self.apen()
        self.stemmer.vis_fordeling(okt.fordeling(), apen)
        if self.stemmer.per_deltaker():
            self.stemmer.fyll_deltakere()
        k = okt.konsensus()
        self.konsensus.vis_konsensus(k, apen)
        if self._folger_forslag:
            # Forslaget er medianen: avkrysset bare når den kan vises; ellers et nivå gruppen har godtatt før.
            svar = okt.svar()
            self.konsensus.sett_valg(k.median if apen else (svar.niva if svar is not None else None))
        self._oppdater_godta()

    def _oppdater_godta(self) -> None:
        """«Godta» virker først når fordelingen er vist for salen og et nivå er valgt."""
        self.konsensus.godta_knapp.setEnabled(self.kontroll.vist and self.valgt_niva() is not None)

    def _stemmer_endret(self) -> None:
        self._oppdater_stemmer()
        self._oppdater_listepunkt(self.kontroll.okt.indikator_id)
        sett_tilstand(self.status, "lagret")
        self.status.setText(self.tr("Stemmene er lagret."))

    def _vist_endret(self, vist: bool) -> None:
        self.vis_knapp.blockSignals(True)
        self.vis_knapp.setChecked(vist)
        self.vis_knapp.blockSignals(False)
        self.vis_knapp.setText(
            self.tr("Skjul fordelingen (R)") if vist else self.tr("Vis fordelingen på prosjektoren (R)")
        )
        self._oppdater_stemmer()
        self._oppdater_listepunkt(self.kontroll.okt.indikator_id)

    def _svar_lagret(self, ind_id: str) -> None:
        self._oppdater_listepunkt(ind_id)
        sett_tilstand(self.status, "lagret")
        svar = self.kontroll.okt.svar(ind_id)
        niva = "" if svar is None or svar.niva is None else str(svar.niva)
        self.status.setText(self.tr("Lagret: %1 fikk nivå %2.").replace("%1", ind_id).replace("%2", niva))

    def _vis_feil(self, melding: str) -> None:
        sett_tilstand(self.status, "feil")
        self.status.setText(melding)

    # --- handlinger ---

    def _valgt_av_bruker(self, _niva: int) -> None:
        self._folger_forslag = False
        self._merk_endret()
        self._oppdater_godta()

    def _merk_endret(self, *_: object) -> None:
        if not self._laster:
            self._endret = True

    def stem(self, niva: int) -> None:
        """Tast 0–4: en stemme på nivået, eller valgt deltakers stemme."""
        if self.stemmer.per_deltaker():
            nr = self.stemmer.valgt_deltaker()
            if nr is None:
                return
            self.kontroll.sett_deltakerstemme(nr, niva)
            self.stemmer.til_neste_deltaker()
        else:
            self.kontroll.legg_til(niva)

    def ta_bort(self, niva: int | None) -> None:
        """Shift+0–4: en stemme mindre på nivået, eller fjern valgt deltakers stemme."""
        if self.stemmer.per_deltaker():
            nr = self.stemmer.valgt_deltaker()
            if nr is not None and nr in self.kontroll.okt.deltakerstemmer():
                self.kontroll.sett_deltakerstemme(nr, None)
        elif niva is not None:
            self.kontroll.fjern(niva)

    def _lagre_hvis_endret(self) -> None:
        niva = self.valgt_niva()
        if self._endret and niva is not None:
            self.kontroll.godta(niva, self.konsensus.dissens.text(), self.konsensus.kommentar.text())
        self._endret = False

    def godta_og_videre(self) -> bool:
        """Enter: valgt nivå blir svaret, så neste indikator. False når ingenting kunne godtas."""
        if not self.kontroll.vist:
            sett_tilstand(self.status, "feil")
            self.status.setText(self.tr("Vis fordelingen for gruppen (R) før dere godtar et nivå."))
            return False
        niva = self.valgt_niva()
        if niva is None:
            sett_tilstand(self.status, "feil")
            self.status.setText(self.tr("Ingen stemmer ennå og ikke noe valgt nivå – ingenting å godta."))
            return False
        if self.kontroll.godta(niva, self.konsensus.dissens.text(), self.konsensus.kommentar.text()) is None:
            return False
        self._endret = False
        if not self.kontroll.neste():
            self._last_indikator()
            self.status.setText(self.status.text() + " " + self.tr("Dette var siste indikator."))
        return True

    def neste(self) -> None:
        self._lagre_hvis_endret()
        self.kontroll.neste()

    def forrige(self) -> None:
        self._lagre_hvis_endret()
        self.kontroll.forrige()

    def handter_tast(self, e: QKeyEvent) -> bool:
        """Samlingens taster; True når tasten ble brukt. Brukes også av prosjektorvinduet."""
        stemme = tast_til_stemme(e)
        if stemme is not None:
            niva, bort = stemme
            (self.ta_bort if bort else self.stem)(niva)
            return True
        handlinger = {
            Handling.VIS: self.kontroll.veksle_vis,
            Handling.GODTA: self.godta_og_videre,
            Handling.NESTE: self.neste,
            Handling.FORRIGE: self.forrige,
            Handling.TITT: self.veksle_titt,
            Handling.FULLSKJERM: self.styring.fullskjerm.toggle,
        }
        handling = tast_til_handling(e)
        if handling not in handlinger:
            return False
        handlinger[handling]()
        return True

    # --- Qt ---

    def keyPressEvent(self, e: QKeyEvent) -> None:
        if not self.handter_tast(e):
            super().keyPressEvent(e)

    def eventFilter(self, objekt: QObject, e: QEvent) -> bool:
        # Listene bruker ellers sifre og bokstaver til søk, og PgUp/PgDn til å bla.
        if e.type() == QEvent.Type.KeyPress and isinstance(e, QKeyEvent):
            if e.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Home, Qt.Key.Key_End, Qt.Key.Key_Space):
                return False
            if objekt is self.liste and e.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                # Enter i listen åpner indikatoren (og godtar ingenting)
                if self.liste.currentItem() is not None:
                    self._liste_valgt(self.liste.currentItem())
                return True
            return self.handter_tast(e)
        return super().eventFilter(objekt, e)

    def closeEvent(self, e: QCloseEvent) -> None:
        self._lagre_hvis_endret()
        self.kontroll.stopp_tid()
        self.prosjektor.close()
        self.lukket.emit()
        super().closeEvent(e)
