"""Veiviseren for én vurdering: sideliste, sider, navigasjon, tastatur og lagring.

Stegene lages fra vurderingens bank (`sideliste.lag_steg`): enhetens prioriterte problemer,
oppfølging av forrige runde (når den har tiltak), for hver modul en introside og én side per indikator, så
sammendrag og tiltaksplan. Hvert valg lagres straks med `tjenester.vurderinger.lagre_svar`;
tekstfelt etter en kort pause og alltid før siden byttes. «Lagret kl. …» vises først
når lagringen er committet.

Signaler:
  side_endret(int): veiviseren viser steget med dette nummeret.
  lagret(str): et svar er committet; verdien er klokkeslettet «HH:MM:SS».
  lagring_feilet(str): et svar ble ikke lagret; verdien er feilmeldingen.
  status_endret(bool): vurderingen er markert som ferdig (True) eller åpnet igjen (False).
  til_start(): brukeren vil tilbake til startsiden.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from vurdering.domene.bank import BankFeil
from vurdering.domene.modell import Status
from vurdering.gui.felles import meldinger, sprak
from vurdering.gui.felles.rammer import Bunnlinje, Toppfelt
from vurdering.gui.veiviser.indikatorside import Indikatorside
from vurdering.gui.veiviser.lagringsdel import Lagringsdel
from vurdering.gui.veiviser.modulintro import Modulintroside
from vurdering.gui.veiviser.problemside import Problemside
from vurdering.gui.veiviser.sideliste import (
    INDIKATOR,
    INTRO,
    OPPFOLGING,
    PROBLEMER,
    SAMMENDRAG,
    Sideliste,
    lag_steg,
)
from vurdering.gui.veiviser.tastatur import lag_snarveier, skriver_tekst
from vurdering.lagring.database import Database, DatabaseFeil
from vurdering.tjenester import veivisning
from vurdering.tjenester import vurderinger as tjenester

if TYPE_CHECKING:
    from vurdering.gui.resultat.oppfolging import Oppfolgingsside
    from vurdering.gui.resultat.tiltaksplan import Tiltaksplanside
    from vurdering.gui.sammendrag import Sammendragside


class Veiviser(Lagringsdel):
    """Hele arbeidet med én vurdering. Kaster `DatabaseFeil`/`BankFeil` hvis den ikke kan leses.

    Signalene (og lagringen) står i grunnklassen `Lagringsdel`.
    """

    def __init__(self, db: Database, vurdering_id: int, parent: QWidget | None = None) -> None:
        data = tjenester.hent_vurderingsdata(db, vurdering_id, sprak.gjeldende())  # før widgeten finnes, så en feil ikke etterlater en halv
        super().__init__(parent)
        self.db = db
        self.vurdering_id = vurdering_id
        self.vurdering = data.vurdering
        self.bank = data.bank
        self.svar = dict(data.svar)
        self.per_kommune = data.per_kommune
        self.kommuner = tuple(data.vurdering.kommuner)
        self.ferdig = self.vurdering.status is Status.FERDIG
        self._utkast = {}
        self._spr = sprak.gjeldende()
        self._modulnavn = {m: self.bank.modul(m).visningsnavn(self._spr) for m in self.vurdering.moduler}
        self._nivanavn = [self.bank.niva_navn(n, self._spr) for n in range(5)]
        self._alle_indikatorer = [i.id for m in self.vurdering.moduler for i in self.bank.modul(m).indikatorer]
        self._forrige_id = data.forrige_id
        self._enhetsniva = veivisning.hent_enhetsniva(db, vurdering_id)
        self._veiledning_valg = veivisning.hent_veiledning_apen(db)

        self.oppfolging = None
        self.sammendrag = None
        self.tiltaksplan = None
        if data.forrige_id is not None:
            from vurdering.gui.resultat.oppfolging import Oppfolgingsside

            self.oppfolging = Oppfolgingsside(db, vurdering_id)
            self.oppfolging.setAccessibleName(self.tr("Oppfølging av forrige runde"))
            if hasattr(self.oppfolging, "lagret"):
                self.oppfolging.lagret.connect(self._vis_lagret_tid)
        med_oppfolging = self.oppfolging is not None and self.oppfolging.har_innhold()
        self.steg = lag_steg(self.bank, self.vurdering.moduler, med_oppfolging)
        self.indeks = -1

        self._bygg()
        self._valgtaster = lag_snarveier(self, self._tast_valg, self.neste, self.forrige)
        self.sideliste.bygg(self.steg, self.bank, self._modulnavn, self.svar_som_teller())
        self._oppdater_fremdrift()
        self.sett_skrivebeskyttet(self.ferdig)
        self.ga_til(self.start_indeks())

    # --- oppbygging ---------------------------------------------------------------------

    def _bygg(self) -> None:
        lag = QVBoxLayout(self)
        lag.setContentsMargins(12, 8, 12, 8)
        lag.setSpacing(8)
        self.topp = Toppfelt(self.vurdering, len(self._alle_indikatorer))
        self.topp.til_start.connect(self.til_start)
        self.topp.apne_igjen.connect(self.apne_igjen)
        lag.addWidget(self.topp)

        self.deler = QSplitter(Qt.Orientation.Horizontal)
        self.deler.setChildrenCollapsible(False)
        self.sideliste = Sideliste()
        self.sideliste.hopp.connect(self.ga_til)
        self.deler.addWidget(self.sideliste)
        self.stabel = QStackedWidget()
        self.intro = Modulintroside(self.bank)
        self.intro.setAccessibleName(self.tr("Introduksjon til modulen"))
        self.intro.mal_endret.connect(self._mal_endret)
        self.intro.begynn.connect(self.neste)
        self.indikator = Indikatorside()
        self.indikator.setAccessibleName(self.tr("Indikator"))
        self.indikator.svar_klart.connect(self.lagre_svar)
        self.indikator.komplett_endret.connect(self._komplett_endret)
        self.indikator.veiledning_valgt.connect(self._veiledning_valgt)
        self.indikator.sett_enhetsniva(self._enhetsniva)
        self.problemside = Problemside(self.db, self.vurdering_id, self._forrige_id)
        self.problemside.setAccessibleName(self.tr("Enhetens prioriterte problemer"))
        self.problemside.lagret.connect(self._vis_lagret_tid)
        self.problemside.endret.connect(self._problemer_endret)
        self.indikator.sett_problemer(self.problemside.problemer)
        self.stabel.addWidget(self.intro)
        self.stabel.addWidget(self.indikator)
        self.stabel.addWidget(self.problemside)
        if self.oppfolging is not None:
            self.stabel.addWidget(self.oppfolging)
        self.deler.addWidget(self.stabel)
        self.deler.setStretchFactor(0, 0)
        self.deler.setStretchFactor(1, 1)
        self._delt = False
        lag.addWidget(self.deler, 1)

        self.bunn = Bunnlinje()
        self.bunn.tilbake.connect(self.forrige)
        self.bunn.neste.connect(self.neste)
        lag.addWidget(self.bunn)
        # Korte navn for det som brukes mye (også i testene).
        self.start_knapp = self.topp.start_knapp
        self.apne_knapp = self.topp.apne_knapp
        self.banner = self.topp.banner
        self.fremdrift = self.topp.fremdrift
        self.fremdrift_tekst = self.topp.fremdrift_tekst
        self.tittel = self.topp.tittel
        self.tilbake = self.bunn.tilbake_knapp
        self.neste_knapp = self.bunn.neste_knapp
        self.lagret_etikett = self.bunn.status
        self.setTabOrder(self.start_knapp, self.sideliste)

    def _tilpass_deler(self) -> None:
        """Sidelisten får plass til omtrent 34 tegn, men aldri mer enn en firedel av bredden (F9 skjuler den)."""
        bredde = self.width() or 1200
        liste = max(200, min(self.fontMetrics().averageCharWidth() * 34, int(bredde * 0.25)))
        self.deler.setSizes([liste, max(200, bredde - liste)])

    def showEvent(self, e: QShowEvent) -> None:
        super().showEvent(e)
        if not self._delt:
            self._delt = True
            self._tilpass_deler()

    def changeEvent(self, e: QEvent) -> None:
        super().changeEvent(e)
        if e.type() == QEvent.Type.FontChange and self._delt:
            self._tilpass_deler()

    @property
    def enhetsniva(self) -> str | None:
        """Hva slags enhet som vurderes (`distrikt`, `gde`, `tjenesteenhet`), eller None."""
        return self._enhetsniva

    # --- navigasjon ---------------------------------------------------------------------

    def start_indeks(self) -> int:
        """Der vurderingen åpnes: første ubesvarte indikator, begynnelsen, eller sammendraget."""
        teller = self.svar_som_teller()
        if not teller:
            return 0
        for i, s in enumerate(self.steg):
            if s.art == INDIKATOR and s.indikator_id not in teller:
                return i
        return self.indeks_for(SAMMENDRAG)

    def indeks_for(self, art: str, indikator_id: str = "", modul_id: str = "") -> int:
        for i, s in enumerate(self.steg):
            if s.art == art and (not indikator_id or s.indikator_id == indikator_id) and (
                not modul_id or s.modul_id == modul_id
            ):
                return i
        raise KeyError(art)

    def ga_til_indikator(self, indikator_id: str) -> bool:
        try:
            return self.ga_til(self.indeks_for(INDIKATOR, indikator_id))
        except KeyError:
            return False

    def neste(self) -> bool:
        if self.indeks >= len(self.steg) - 1:
            self.fullfor()
            return False
        return self.ga_til(self.indeks + 1)

    def forrige(self) -> bool:
        return self.indeks > 0 and self.ga_til(self.indeks - 1)

    def ga_til(self, indeks: int) -> bool:
        """Gå til et steg. Nektes når Ikke relevant mangler begrunnelse på siden som vises."""
        if not 0 <= indeks < len(self.steg):
            return False
        if indeks == self.indeks:
            self.sideliste.marker(indeks)
            return True
        if self.indeks >= 0 and not self._forlat():
            self.sideliste.marker(self.indeks)
            return False
        self.indeks = indeks
        self._vis_steg()
        self.side_endret.emit(indeks)
        return True

    def _forlat(self) -> bool:
        """Lagre det som venter på siden som forlates; False hvis siden ikke kan forlates."""
        if self.gjeldende.art == INDIKATOR and not self.indikator.er_komplett():
            self.indikator.vis_krav()
            self._sett_status(self.tr("Ikke relevant må begrunnes før du går videre."), "feil")
            return False
        self._lagre_ventende()
        return True

    def _lagre_ventende(self) -> None:
        """Lagre ventende tekst på siden som vises; tekst uten svar huskes som utkast."""
        s = self.gjeldende
        if s.art == INDIKATOR:
            self.indikator.lagre_na()
            utkast = self.indikator.utkast()
            if utkast is None:
                self._utkast.pop(s.indikator_id, None)
            else:
                self._utkast[s.indikator_id] = utkast
        elif s.art == OPPFOLGING and self.oppfolging is not None and hasattr(self.oppfolging, "lagre_ventende"):
            self.oppfolging.lagre_ventende()
        elif s.art == PROBLEMER:
            self.problemside.lagre_ventende()

    def _vis_steg(self) -> None:
        s = self.gjeldende
        if s.art == INDIKATOR:
            modul = self.bank.modul(s.modul_id)
            svar = self.svar.get(s.indikator_id)
            self.indikator.vis(
                modul,
                self._modulnavn[s.modul_id],
                self.bank.indikator(s.indikator_id),
                s.nr,
                s.antall,
                self._nivanavn,
                svar,
                self._utkast.get(s.indikator_id),
            )
            self.indikator.sett_veiledning_apen(self._veiledning_apen())
            self._vis_kommunesvar(s.indikator_id)
            self.stabel.setCurrentWidget(self.indikator)
            self._vis_svarstatus(svar)
        elif s.art == INTRO:
            modul = self.bank.modul(s.modul_id)
            self.intro.vis(
                modul,
                self._modulnavn[s.modul_id],
                self.vurdering.mal.get(s.modul_id, modul.mal),
                self.svar_som_teller(),
            )
            self.stabel.setCurrentWidget(self.intro)
            self._sett_status("", "svak")
        elif s.art == PROBLEMER:
            self.stabel.setCurrentWidget(self.problemside)
            self._sett_status("", "svak")
        else:
            side = self._side(s.art)
            side.oppdater()
            self.stabel.setCurrentWidget(side)
            self._sett_status("", "svak")
        self.sideliste.marker(self.indeks)
        self._oppdater_knapper()
        for tast in self._valgtaster:
            tast.setEnabled(s.art == INDIKATOR)

    def _veiledning_apen(self) -> bool:
        """Brukerens eget valg; ellers åpen til det første svaret er gitt, så lukket (mer plass til kortene)."""
        if self._veiledning_valg is not None:
            return self._veiledning_valg
        return not self.svar

    def _veiledning_valgt(self, apen: bool) -> None:
        self._veiledning_valg = apen
        try:
            veivisning.sett_veiledning_apen(self.db, apen)
        except DatabaseFeil:
            pass  # bare en visningsinnstilling; valget gjelder likevel resten av økten

    def _komplett_endret(self, komplett: bool) -> None:
        self.sideliste.sett_ventende(None if komplett else self.indikator.indikator_id)
        self._oppdater_knapper()

    def _problemer_endret(self) -> None:
        self.indikator.sett_problemer(self.problemside.problemer)

    def _side(self, art: str) -> Oppfolgingsside | Sammendragside | Tiltaksplanside:
        if art == OPPFOLGING and self.oppfolging is not None:
            return self.oppfolging
        if art == SAMMENDRAG:
            if self.sammendrag is None:
                from vurdering.gui.sammendrag import Sammendragside

                self.sammendrag = Sammendragside(self.db, self.vurdering_id)
                self.sammendrag.tiltak_lagt_til.connect(self._tiltak_lagt_til)
                self.sammendrag.apne_indikator.connect(self.ga_til_indikator)
                self.sammendrag.sett_skrivebeskyttet(self.ferdig)
                self.stabel.addWidget(self.sammendrag)
                self.bunn.etter(self.sammendrag)
            return self.sammendrag
        if self.tiltaksplan is None:
            from vurdering.gui.resultat.tiltaksplan import Tiltaksplanside

            self.tiltaksplan = Tiltaksplanside(self.db, self.vurdering_id)
            modell = getattr(self.tiltaksplan, "modell", None)
            if modell is not None and hasattr(modell, "lagret"):
                modell.lagret.connect(self._vis_lagret_tid)
            self.tiltaksplan.sett_skrivebeskyttet(self.ferdig)
            self.stabel.addWidget(self.tiltaksplan)
            self.bunn.etter(self.tiltaksplan)
        return self.tiltaksplan

    def _oppdater_knapper(self) -> None:
        self.bunn.sett_knapper(self.indeks <= 0, self.indeks >= len(self.steg) - 1, self.ferdig)

    # --- tastatur -----------------------------------------------------------------------

    def _tast_valg(self, valg_id: int) -> None:
        if self.indeks < 0 or self.gjeldende.art != INDIKATOR or skriver_tekst() or self.ferdig:
            return
        self.indikator.velg(valg_id)


def apne(db: Database, vurdering_id: int, parent: QWidget | None = None) -> Veiviser | None:
    """Lag veiviseren, eller vis en norsk feilmelding og gi None."""
    try:
        return Veiviser(db, vurdering_id, parent)
    except (DatabaseFeil, BankFeil) as e:
        meldinger.feil(parent, QApplication.translate("Veiviser", "Kan ikke åpne vurderingen"), str(e))
        return None
