"""Veiviserens lagring og status: svar, mål, svar per kommune, «Lagret kl. …», fremdrift, ferdig og åpne igjen.

`Lagringsdel` er grunnklassen til `Veiviser` (navigasjonen og sidene står i `veiviser.py`).
Fremdriften og sidelista viser svarene slik regelen for svar per kommune teller dem
(`domene.kommunesvar.svar_som_teller`): en indikator besvart per kommune er besvart først når
alle kommunene er det. Tekstene har oversettelseskonteksten «Veiviser», som før delingen.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QWidget

from vurdering.domene.kommunesvar import PerKommune, svar_som_teller
from vurdering.domene.modell import Status, Svar
from vurdering.gui.felles import meldinger
from vurdering.gui.veiviser.sideliste import INDIKATOR
from vurdering.lagring.database import Database, DatabaseFeil
from vurdering.tjenester import kommuner as tk
from vurdering.tjenester import vurderinger as tjenester

if TYPE_CHECKING:
    from vurdering.domene.bank import Bank
    from vurdering.domene.modell import Vurdering
    from vurdering.gui.felles.rammer import Bunnlinje, Toppfelt
    from vurdering.gui.resultat.oppfolging import Oppfolgingsside
    from vurdering.gui.resultat.tiltaksplan import Tiltaksplanside
    from vurdering.gui.sammendrag import Sammendragside
    from vurdering.gui.veiviser.indikatorside import Indikatorside, Utkast
    from vurdering.gui.veiviser.modulintro import Modulintroside
    from vurdering.gui.veiviser.problemside import Problemside
    from vurdering.gui.veiviser.sideliste import Sideliste, Steg


class Lagringsdel(QWidget):
    """Lagring, status og skrivebeskyttelse for veiviseren (se `Veiviser`)."""

    side_endret = Signal(int)
    lagret = Signal(str)
    lagring_feilet = Signal(str)
    status_endret = Signal(bool)
    til_start = Signal()

    db: Database
    vurdering_id: int
    vurdering: Vurdering
    bank: Bank
    svar: dict[str, Svar]
    per_kommune: PerKommune
    kommuner: tuple[str, ...]
    ferdig: bool
    indeks: int
    steg: list[Steg]
    _utkast: dict[str, Utkast]
    _alle_indikatorer: list[str]
    topp: Toppfelt
    bunn: Bunnlinje
    sideliste: Sideliste
    indikator: Indikatorside
    intro: Modulintroside
    problemside: Problemside
    oppfolging: Oppfolgingsside | None
    sammendrag: Sammendragside | None
    tiltaksplan: Tiltaksplanside | None

    @property
    def gjeldende(self) -> Steg:
        return self.steg[self.indeks]

    def _forlat(self) -> bool:
        raise NotImplementedError

    def _lagre_ventende(self) -> None:
        raise NotImplementedError

    def _oppdater_knapper(self) -> None:
        raise NotImplementedError

    def svar_som_teller(self) -> dict[str, Svar]:
        """Svarene slik fremdriften og sidelista viser dem (svar per kommune etter regelen)."""
        return svar_som_teller(self.svar, self.per_kommune)

    # --- svar per kommune -----------------------------------------------------------------

    def _vis_kommunesvar(self, indikator_id: str) -> None:
        """Sett inn «Svar per kommune» for indikatorer med `per_kommune` når vurderingen har kommuner."""
        if not self.kommuner or not self.bank.indikator(indikator_id).per_kommune:
            self.indikator.sett_kommunesvar_widget(None)
            return
        from vurdering.gui.veiviser.kommunesvar import Kommunesvar

        widget = Kommunesvar(self.db, self.vurdering_id, indikator_id)
        widget.endret.connect(lambda kommune: self._kommunesvar_endret(indikator_id, kommune))
        widget.lagring_feilet.connect(self._kommunesvar_feilet)
        self.indikator.sett_kommunesvar_widget(widget)

    def _kommunesvar_endret(self, indikator_id: str, kommune: str) -> None:
        self.per_kommune = tk.per_kommune(self.db, self.vurdering_id, self.bank)
        self.sideliste.oppdater_en(indikator_id, self.svar_som_teller())
        self._oppdater_fremdrift()
        lagret = dict(tk.kommunesvar_for(self.db, self.vurdering_id, indikator_id)).get(kommune)
        if lagret is not None and lagret.oppdatert:
            self._vis_lagret_tid(lagret.oppdatert[11:19])
        else:
            self._sett_status(
                QCoreApplication.translate("Veiviser", "✓ Svaret for {0} er fjernet.").format(kommune), "lagret"
            )

    def _kommunesvar_feilet(self, melding: str) -> None:
        self._sett_status(QCoreApplication.translate("Veiviser", "Ikke lagret – se feilmeldingen."), "feil")
        self.lagring_feilet.emit(melding)

    # --- lagring ------------------------------------------------------------------------

    def lagre_svar(self, svar: Svar) -> bool:
        """Lagre ett svar nå. Viser «Lagret kl. …» først når lagringen er committet."""
        try:
            tid = tjenester.lagre_svar(self.db, self.vurdering_id, svar, self.bank)
        except (DatabaseFeil, ValueError) as e:
            self._sett_status(QCoreApplication.translate("Veiviser", "Ikke lagret – se feilmeldingen."), "feil")
            self.lagring_feilet.emit(str(e))
            meldinger.feil(self, QCoreApplication.translate("Veiviser", "Svaret ble ikke lagret"), str(e))
            return False
        self.svar[svar.indikator_id] = dataclasses.replace(svar, oppdatert=tid)
        self._utkast.pop(svar.indikator_id, None)
        self.sideliste.oppdater_en(svar.indikator_id, self.svar_som_teller())
        self._oppdater_fremdrift()
        self._vis_lagret_tid(tid[11:19])
        return True

    def _vis_lagret_tid(self, klokke: str) -> None:
        self._sett_status(QCoreApplication.translate("Veiviser", "✓ Lagret kl. {0}").format(klokke), "lagret")
        self.lagret.emit(klokke)

    def _vis_svarstatus(self, svar: Svar | None) -> None:
        per = self.per_kommune.svar.get(self.gjeldende.indikator_id, {}) if self.kommuner else {}
        if per:  # svarene per kommune teller: vis når det siste av dem ble lagret
            svar = max(per.values(), key=lambda s: s.oppdatert)
        if svar is not None and svar.oppdatert:
            self._sett_status(
                QCoreApplication.translate("Veiviser", "✓ Lagret kl. {0}").format(svar.oppdatert[11:19]), "lagret"
            )
        elif self.gjeldende.indikator_id in self._utkast:
            self._sett_status(
                QCoreApplication.translate("Veiviser", "Teksten lagres når du har valgt et svar."), "svak"
            )
        else:
            self._sett_status(QCoreApplication.translate("Veiviser", "Ikke besvart ennå."), "svak")

    def _sett_status(self, tekst: str, tilstand: str) -> None:
        self.bunn.sett_status(tekst, tilstand)

    def _oppdater_fremdrift(self) -> None:
        teller = self.svar_som_teller()
        besvart = sum(1 for i in self._alle_indikatorer if i in teller)
        self.topp.sett_fremdrift(besvart, len(self._alle_indikatorer))

    def _mal_endret(self, modul_id: str, mal: int) -> None:
        try:
            tjenester.sett_mal(self.db, self.vurdering_id, {modul_id: mal})
        except (DatabaseFeil, ValueError) as e:
            meldinger.feil(self, QCoreApplication.translate("Veiviser", "Målet ble ikke lagret"), str(e))
            return
        self.vurdering.mal[modul_id] = mal
        self._sett_status(QCoreApplication.translate("Veiviser", "✓ Målet er lagret."), "lagret")

    def _tiltak_lagt_til(self, _tiltak_id: int) -> None:
        if self.tiltaksplan is not None:
            self.tiltaksplan.oppdater()

    def lagre_alt(self) -> None:
        """Lagre all ventende tekst (før vinduet lukkes eller veiviseren byttes ut)."""
        if self.indeks >= 0:
            self._lagre_ventende()

    def ulagret(self) -> list[str]:
        """Det som ikke kan lagres (tekst uten svar, Ikke relevant uten begrunnelse), som lesbare linjer."""
        ut = []
        if self.indeks >= 0 and self.gjeldende.art == INDIKATOR and not self.indikator.er_komplett():
            ut.append(
                QCoreApplication.translate("Veiviser", "{0}: «Ikke relevant» er valgt uten begrunnelse.").format(
                    self.gjeldende.indikator_id
                )
            )
        for ind in self._alle_indikatorer:
            if ind in self._utkast:
                ut.append(QCoreApplication.translate("Veiviser", "{0}: tekst uten valgt svar.").format(ind))
        return ut

    # --- ferdig og skrivebeskyttet --------------------------------------------------------

    def sett_skrivebeskyttet(self, ferdig: bool) -> None:
        self.ferdig = ferdig
        self.topp.sett_ferdig(ferdig)
        self.indikator.sett_skrivebeskyttet(ferdig)
        self.intro.sett_skrivebeskyttet(ferdig)
        self.problemside.sett_skrivebeskyttet(ferdig)
        for side in (self.oppfolging, self.sammendrag, self.tiltaksplan):
            if side is not None:
                side.sett_skrivebeskyttet(ferdig)
        if self.indeks >= 0:
            self._oppdater_knapper()
            if self.gjeldende.art == INDIKATOR:
                self._vis_kommunesvar(self.gjeldende.indikator_id)  # valgene følger skrivebeskyttelsen

    def fullfor(self) -> bool:
        """«Fullfør»: marker vurderingen som ferdig etter bekreftelse."""
        if self.ferdig:
            return False
        self.lagre_alt()
        teller = self.svar_som_teller()
        mangler = sum(1 for i in self._alle_indikatorer if i not in teller)
        tekst = QCoreApplication.translate(
            "Veiviser", "Marker vurderingen som ferdig? Den kan da bare leses til du velger «Åpne igjen»."
        )
        if mangler:
            tekst += " " + QCoreApplication.translate("Veiviser", "Merk: {0} indikatorer er ikke besvart.").format(
                mangler
            )
        if not meldinger.sporsmal(
            self,
            QCoreApplication.translate("Veiviser", "Marker som ferdig"),
            tekst,
            ja=QCoreApplication.translate("Veiviser", "Marker som ferdig"),
            nei=QCoreApplication.translate("Veiviser", "Avbryt"),
        ):
            return False
        return self.marker_ferdig()

    def marker_ferdig(self) -> bool:
        return self._sett_status_i_db(Status.FERDIG)

    def apne_igjen(self) -> bool:
        return self._sett_status_i_db(Status.PAGAR)

    def _sett_status_i_db(self, status: Status) -> bool:
        if status is Status.FERDIG and not self._forlat():
            return False
        try:
            if status is Status.FERDIG:
                tjenester.marker_ferdig(self.db, self.vurdering_id)
            else:
                tjenester.gjenapne(self.db, self.vurdering_id)
        except DatabaseFeil as e:
            meldinger.feil(self, QCoreApplication.translate("Veiviser", "Statusen ble ikke lagret"), str(e))
            return False
        ferdig = status is Status.FERDIG
        self.sett_skrivebeskyttet(ferdig)
        self._sett_status(
            QCoreApplication.translate("Veiviser", "✓ Vurderingen er markert som ferdig.")
            if ferdig
            else QCoreApplication.translate("Veiviser", "✓ Vurderingen er åpnet igjen."),
            "lagret",
        )
        self.status_endret.emit(ferdig)
        return True
