"""Hovedvinduet: startsiden eller veiviseren for én vurdering, menyene og hurtigtastene.

Vinduet eier ikke databasen; `app.start` åpner og lukker den. Et språkbytte bygger
innholdet på nytt (på samme sted i vurderingen), så alle tekster kommer på det nye språket.

Signal `vurdering_apnet(int)`: veiviseren for denne vurderingen vises.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QStackedWidget, QWidget

from vurdering.gui import hjelpetekster
from vurdering.gui.felles import meldinger, sprak, vindusplass
from vurdering.gui.felles.utseende import Utseende
from vurdering.gui.oversikt.meny import lag_enhetsmeny, legg_til_import
from vurdering.gui.start import innstillinger
from vurdering.gui.start.innstillinger import Innstillinger, Innstillingsdialog
from vurdering.gui.start.startside import Startside
from vurdering.lagring.database import Database

if TYPE_CHECKING:  # banken, veiviseren og dialogen importeres først når de trengs (rask oppstart)
    from vurdering.domene.bank import Bank
    from vurdering.gui.start.ny_vurdering import NyVurderingDialog
    from vurdering.gui.veiviser.veiviser import Veiviser


class Hovedvindu(QMainWindow):
    """Forkants hovedvindu."""

    vurdering_apnet = Signal(int)

    def __init__(self, db: Database, utseende: Utseende, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.utseende = utseende
        utseende.lagre = lambda skala, kontrast: innstillinger.lagre_utseende(self.db, skala, kontrast)
        self.veiviser: Veiviser | None = None
        self.dialog: NyVurderingDialog | None = None
        self._bank: Bank | None = None
        self._fullskjerm_fra_maksimert = False
        self.gjenopprett: Callable[[], Database | None] | None = None
        self.setObjectName("hovedvindu")
        self._bygg()
        vindusplass.plasser(self)  # aldri større enn skjermen; forrige størrelse huskes

    # --- oppbygging -----------------------------------------------------------------------

    def _bygg(self) -> None:
        self.setWindowTitle(self.tr("Forkant"))
        self.setAccessibleName(self.tr("Forkant"))
        self.stabel = QStackedWidget()
        self.setCentralWidget(self.stabel)
        self.startside = Startside(self.db)
        self.startside.setAccessibleName(self.tr("Startsiden"))
        self.startside.apne.connect(self.apne_vurdering)
        self.startside.ny.connect(self.ny_vurdering)
        self.startside.samling.connect(self.apne_samling)
        self.startside.importer.connect(self.importer)
        self.stabel.addWidget(self.startside)
        self._lag_menyer()
        self.oppdater_handlinger()

    def _handling(
        self, meny: QMenu, tekst: str, utfor: Callable[[], object], taster: QKeySequence | list[QKeySequence] | None = None
    ) -> QAction:
        h = QAction(tekst, self)
        if isinstance(taster, list):
            h.setShortcuts(taster)
        elif taster is not None:
            h.setShortcut(taster)
        h.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        h.triggered.connect(lambda _c=False: utfor())
        meny.addAction(h)
        self.addAction(h)  # virker også i fullskjerm uten menylinje
        return h

    def _lag_menyer(self) -> None:
        for gammel in self.actions():  # ved nytt språk: ingen doble hurtigtaster
            self.removeAction(gammel)
            gammel.deleteLater()
        linje = self.menuBar()
        linje.clear()
        linje.setAccessibleName(self.tr("Menylinje"))
        fil = linje.addMenu(self.tr("&Fil"))
        self.h_ny = self._handling(fil, self.tr("Ny vurdering…"), self.ny_vurdering, QKeySequence(QKeySequence.StandardKey.New))
        self.h_start = self._handling(fil, self.tr("Til startsiden"), self.vis_start)
        fil.addSeparator()
        self.h_rapport = self._handling(fil, self.tr("Eksporter rapport…"), lambda: self._eksporter("rapport"))
        self.h_kort = self._handling(fil, self.tr("Kort rapport…"), lambda: self._eksporter("kort"))
        self.h_word = self._handling(fil, self.tr("Full rapport (Word)…"), lambda: self._eksporter("word"))
        self.h_kort_word = self._handling(
            fil, self.tr("Lederoppsummering (Word)…"), lambda: self._eksporter("kort_word")
        )
        self.h_csv = self._handling(fil, self.tr("CSV…"), lambda: self._eksporter("csv"))
        self.h_opplysninger = self._handling(fil, self.tr("Rapportopplysninger…"), self._rapportopplysninger)
        fil.addSeparator()
        self.h_forkantfil = self._handling(fil, self.tr("Eksporter .forkant-fil…"), self._eksporter_forkantfil)
        self._handling(fil, self.tr("Importer .forkant-filer…"), self.importer)
        legg_til_import(self, fil)
        self._handling(fil, self.tr("Samle individuelle svar…"), self._samle)
        fil.addSeparator()
        self.h_gjenopprett = self._handling(fil, self.tr("Gjenopprett sikkerhetskopi…"), self._gjenopprett)
        fil.addSeparator()
        self._handling(fil, self.tr("Avslutt"), self.close, QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Q))

        vurdering = linje.addMenu(self.tr("&Vurdering"))
        self.h_sammendrag = self._handling(vurdering, self.tr("Gå til sammendraget"), lambda: self._i_veiviser(lambda v: v.ga_til(v.indeks_for("sammendrag"))))
        self.h_tiltak = self._handling(vurdering, self.tr("Gå til tiltaksplanen"), lambda: self._i_veiviser(lambda v: v.ga_til(v.indeks_for("tiltaksplan"))))
        self.h_ubesvart = self._handling(vurdering, self.tr("Gå til første ubesvarte"), lambda: self._i_veiviser(lambda v: v.ga_til(v.start_indeks())))
        self.h_samling = self._handling(vurdering, self.tr("Åpne samling med prosjektor…"), self._samling_for_apen)
        vurdering.addSeparator()
        self.h_ferdig = self._handling(vurdering, self.tr("Marker som ferdig…"), lambda: self._i_veiviser(lambda v: v.fullfor()))
        self.h_apne = self._handling(vurdering, self.tr("Åpne igjen"), lambda: self._i_veiviser(lambda v: v.apne_igjen()))
        lag_enhetsmeny(self, linje.addMenu(self.tr("&Enheter")))

        vis = linje.addMenu(self.tr("V&is"))
        self._handling(
            vis,
            self.tr("Større tekst"),
            self.utseende.storre,
            [QKeySequence(QKeySequence.StandardKey.ZoomIn), QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Equal)],
        )
        self._handling(vis, self.tr("Mindre tekst"), self.utseende.mindre, QKeySequence(QKeySequence.StandardKey.ZoomOut))
        self._handling(vis, self.tr("Normal tekststørrelse"), self.utseende.normal, QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_0))
        vis.addSeparator()
        self.h_kontrast = self._handling(vis, self.tr("Høy kontrast"), lambda: self.utseende.sett_kontrast(not self.utseende.kontrast))
        self.h_kontrast.setCheckable(True)
        self.h_kontrast.setChecked(self.utseende.kontrast)
        self.h_fullskjerm = self._handling(vis, self.tr("Fullskjerm"), self.veksle_fullskjerm, QKeySequence(Qt.Key.Key_F11))
        self.h_sideliste = self._handling(
            vis, self.tr("Vis sidelisten"), lambda: self.vis_sideliste(self.h_sideliste.isChecked()), QKeySequence(Qt.Key.Key_F9)
        )
        self.h_sideliste.setCheckable(True)
        self.h_sideliste.setChecked(vindusplass.sideliste_synlig())
        vis.addSeparator()
        self._handling(vis, self.tr("Innstillinger…"), self.vis_innstillinger, QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Comma))

        hjelp = linje.addMenu(self.tr("&Hjelp"))
        self._handling(hjelp, self.tr("Hurtigtaster"), lambda: hjelpetekster.vis_hurtigtaster(self), QKeySequence(Qt.Key.Key_F1))
        self._handling(hjelp, self.tr("Om Forkant"), lambda: hjelpetekster.om(self, self.db.sti))
        self._navngi_menyer()

    def oppdater_handlinger(self) -> None:
        har = self.veiviser is not None
        ferdig = har and self.veiviser is not None and self.veiviser.ferdig
        for h in (
            self.h_start,
            self.h_sideliste,
            self.h_rapport,
            self.h_kort,
            self.h_word,
            self.h_kort_word,
            self.h_csv,
            self.h_opplysninger,
            self.h_forkantfil,
            self.h_sammendrag,
            self.h_tiltak,
            self.h_ubesvart,
            self.h_samling,
        ):
            h.setEnabled(har)
        self.h_ferdig.setEnabled(har and not ferdig)
        self.h_apne.setEnabled(har and ferdig)
        self.h_gjenopprett.setEnabled(self.gjenopprett is not None)

    # --- vurderinger --------------------------------------------------------------------

    def apne_vurdering(self, vurdering_id: int) -> bool:
        """Vis veiviseren for vurderingen; en feil vises som melding, og startsiden blir stående."""
        from vurdering.gui.veiviser.veiviser import apne

        self._lukk_veiviser()
        v = apne(self.db, vurdering_id, self)
        if v is None:
            self.startside.oppdater()
            return False
        self.veiviser = v
        v.til_start.connect(self.vis_start)
        v.status_endret.connect(lambda _f: self.oppdater_handlinger())
        self.stabel.addWidget(v)
        self.stabel.setCurrentWidget(v)
        self.setWindowTitle(self.tr("Forkant – {0}").format(v.vurdering.enhet.navn))
        v.sideliste.setVisible(self.h_sideliste.isChecked())
        self.oppdater_handlinger()
        side = v.stabel.currentWidget()
        if side is not None:
            side.setFocus()
        self.vurdering_apnet.emit(vurdering_id)
        return True

    def _lukk_veiviser(self) -> None:
        if self.veiviser is None:
            return
        self.veiviser.lagre_alt()
        self.stabel.removeWidget(self.veiviser)
        _slett_senere(self.veiviser)
        self.veiviser = None

    def vis_start(self) -> None:
        """Tilbake til startsiden; ventende tekst lagres først."""
        if self.veiviser is not None and not self._kan_forlate():
            return
        vid = self.veiviser.vurdering_id if self.veiviser is not None else None
        self._lukk_veiviser()
        self.startside.oppdater()
        if vid is not None:
            self.startside.velg(vid)
        self.stabel.setCurrentWidget(self.startside)
        self.setWindowTitle(self.tr("Forkant"))
        self.oppdater_handlinger()
        self.startside.tabell.setFocus()

    def bank(self) -> Bank | None:
        """Den medfølgende banken med distriktets egne moduler (`egne-moduler/` ved databasen),
        lastet første gang den trengs; None etter en feilmelding."""
        if self._bank is None:
            from vurdering.domene.bank import BankFeil, last_bank_for

            try:
                self._bank = last_bank_for(self.db.sti)
            except BankFeil as e:
                meldinger.feil(
                    self,
                    self.tr("Spørsmålsbanken kan ikke brukes"),
                    self.tr("Ny vurdering kan ikke lages fordi spørsmålsbanken har feil:\n{0}").format(e),
                )
                return None
        return self._bank

    def ny_vurdering(self) -> NyVurderingDialog | None:
        """Åpne dialogen «Ny vurdering» (ikke-blokkerende); den nye vurderingen åpnes når den er lagret."""
        bank = self.bank()
        if bank is None:
            return None
        from vurdering.gui.start.ny_vurdering import NyVurderingDialog

        self.dialog = NyVurderingDialog(self.db, bank, self)
        self.dialog.opprettet.connect(self.apne_vurdering)
        self.dialog.open()
        return self.dialog

    def _i_veiviser(self, gjor: Callable[[Veiviser], object]) -> None:
        """Menyvalg som gjelder den åpne vurderingen (gjør ingenting uten en)."""
        if self.veiviser is not None:
            gjor(self.veiviser)

    def _eksporter(self, hva: str) -> None:
        if self.veiviser is None:
            return
        self.veiviser.lagre_alt()
        from vurdering.gui.resultat import eksport

        vid = self.veiviser.vurdering_id
        if hva == "csv":
            eksport.eksporter_csv(self, self.db, vid)
        elif hva in ("word", "kort_word"):
            eksport.eksporter_word(self, self.db, vid, kort=hva == "kort_word")
        else:
            eksport.eksporter_rapport(self, self.db, vid, kort=hva == "kort")

    def _rapportopplysninger(self) -> None:
        """Merking, konklusjon og signatur for rapportene (låst når vurderingen er ferdig)."""
        if self.veiviser is None:
            return
        from vurdering.gui.resultat.rapportopplysninger import Rapportopplysninger

        dialog = Rapportopplysninger(
            self.db, self.veiviser.vurdering_id, self, skrivebeskyttet=self.veiviser.ferdig
        )
        dialog.open()

    # --- samling (vurdering.gui.samling) og .forkant-filer (vurdering.gui.filer) -------

    def apne_samling(self, vurdering_id: int) -> object:
        """Prosesslederens vindu og prosjektoren for vurderingen; startsiden oppdateres når den lukkes."""
        from vurdering.gui.samling import start_samling

        vindu = start_samling(self, self.db, vurdering_id)
        if vindu is not None:
            vindu.lukket.connect(self.startside.oppdater)
        return vindu

    def _samling_for_apen(self) -> None:
        # Samlingen skriver de samme svarene; veiviseren lukkes først, så ingen av dem viser gamle svar.
        if self.veiviser is None:
            return
        vid = self.veiviser.vurdering_id
        self.vis_start()
        if self.veiviser is None:
            self.apne_samling(vid)

    def importer(self) -> None:
        from vurdering.gui.filer import importer_dialog

        ider = importer_dialog(self, self.db)
        self.startside.oppdater()
        if ider:
            self.startside.velg(ider[0])

    def _samle(self) -> None:
        from vurdering.gui.filer import samle_dialog

        if self.veiviser is not None:
            self.vis_start()
        vid = samle_dialog(self, self.db)
        self.startside.oppdater()
        if vid is not None:
            self.startside.velg(vid)

    def _eksporter_forkantfil(self) -> None:
        if self.veiviser is None:
            return
        self.veiviser.lagre_alt()
        from vurdering.gui.filer import eksporter_dialog

        eksporter_dialog(self, self.db, self.veiviser.vurdering_id)

    def _gjenopprett(self) -> None:
        if self.gjenopprett is None:
            return
        if self.veiviser is not None and not self._kan_forlate():
            return
        self._lukk_veiviser()
        ny = self.gjenopprett()
        if ny is not None:
            self.db = ny
            self.stabel.removeWidget(self.startside)
            _slett_senere(self.startside)
            self._bygg()
        else:
            self.vis_start()

    # --- visning ----------------------------------------------------------------------

    def veksle_fullskjerm(self) -> None:
        if self.isFullScreen():
            if self._fullskjerm_fra_maksimert:
                self.showMaximized()
            else:
                self.showNormal()
        else:
            self._fullskjerm_fra_maksimert = self.isMaximized()
            self.showFullScreen()

    def vis_sideliste(self, synlig: bool) -> None:
        """Vis eller skjul veiviserens sideliste (F9), så innholdet får hele bredden; valget huskes."""
        self.h_sideliste.setChecked(synlig)
        vindusplass.husk_sideliste(synlig)
        if self.veiviser is not None:
            self.veiviser.sideliste.setVisible(synlig)

    def vis_innstillinger(self) -> Innstillingsdialog:
        """Åpne innstillingene (ikke-blokkerende); valget tas i bruk når brukeren trykker OK."""
        dialog = Innstillingsdialog(
            Innstillinger(sprak.gjeldende(), self.utseende.kontrast, self.utseende.skala), self
        )
        dialog.accepted.connect(lambda: self.bruk_innstillinger(dialog.valgt()))
        dialog.open()
        return dialog

    def bruk_innstillinger(self, valgt: Innstillinger) -> None:
        if abs(valgt.skala - self.utseende.skala) > 1e-6:
            self.utseende.sett_skala(valgt.skala)
        if valgt.kontrast != self.utseende.kontrast:
            self.utseende.sett_kontrast(valgt.kontrast)
        self.h_kontrast.setChecked(self.utseende.kontrast)
        if valgt.sprak != sprak.gjeldende():
            self.bytt_sprak(valgt.sprak)

    def bytt_sprak(self, nytt: str) -> None:
        """Bytt språk og bygg vinduet på nytt på samme sted i vurderingen."""
        app = QApplication.instance()
        if not isinstance(app, QApplication):
            return
        if self.veiviser is not None and not self._kan_forlate():
            return
        try:
            sprak.bytt(app, nytt)
        except (FileNotFoundError, ValueError) as e:
            meldinger.feil(self, self.tr("Språket kan ikke byttes"), str(e))
            return
        innstillinger.lagre_sprak(self.db, nytt)
        vid = self.veiviser.vurdering_id if self.veiviser is not None else None
        indeks = self.veiviser.indeks if self.veiviser is not None else None
        self._lukk_veiviser()
        self.stabel.removeWidget(self.startside)
        _slett_senere(self.startside)
        self._bygg()
        if vid is not None and self.apne_vurdering(vid) and self.veiviser is not None and indeks is not None:
            self.veiviser.ga_til(indeks)

    def showEvent(self, e: QShowEvent) -> None:
        super().showEvent(e)
        self._navngi_menyer()  # menylinjen lager «flere menyer»-menyen først når den vises

    def _navngi_menyer(self) -> None:
        for meny in self.menuBar().findChildren(QMenu):
            meny.setAccessibleName(meny.title().replace("&", "") or self.tr("Flere menyer"))

    # --- lukking ----------------------------------------------------------------------

    def _kan_forlate(self) -> bool:
        """Lagre ventende tekst; spør hvis noe ikke kan lagres. True: det er greit å gå."""
        if self.veiviser is None:
            return True
        self.veiviser.lagre_alt()
        ulagret = self.veiviser.ulagret()
        if not ulagret:
            return True
        return meldinger.sporsmal(
            self,
            self.tr("Noe er ikke lagret"),
            self.tr("Dette blir ikke lagret fordi svaret mangler:\n\n{0}\n\nVil du gå videre likevel?").format(
                "\n".join(ulagret)
            ),
            ja=self.tr("Gå videre"),
            nei=self.tr("Bli her"),
        )

    def closeEvent(self, e: QCloseEvent) -> None:
        if not self._kan_forlate():
            e.ignore()
            return
        self._lukk_veiviser()
        vindusplass.husk(self)
        e.accept()


def _slett_senere(w: QWidget) -> None:
    """Ta en side ut av vinduet nå og slett den etter tidtakerne som alt venter.

    Sidene kan ha nulltidtakere i kø (omberegning etter en størrelsesendring); `deleteLater`
    alene ville slettet sidene før de kjører.
    """
    w.hide()
    w.setParent(None)
    QTimer.singleShot(0, w, w.deleteLater)
