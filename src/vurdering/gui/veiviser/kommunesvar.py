"""«Svar per kommune»: en kompakt tabell for indikatorer som besvares én gang per kommune.

Én rad per kommune i vurderingen: kommunens navn, et valg (ikke besvart, nivå 0–4, Vet
ikke, Ikke relevant) og en begrunnelse som må fylles ut for Ikke relevant. Hver endring
lagres straks gjennom `tjenester.kommuner` (grunnlag, kommentar og kilde som alt er lagret
for kommunen, beholdes). Under tabellen står snittet og svakeste kommune, regnet med
regelen i `domene.kommunesvar`. Alt betjenes med tastaturet (Tab mellom feltene, piltaster
i valgene), og alle navn vises som ren tekst.

Bruk: `Kommunesvar(db, vurdering_id, indikator_id, parent)`; indikatorsiden legger den inn
under nivåkortene for indikatorer med `per_kommune`.

Signaler:
  endret(str): svaret for en kommune er lagret (eller fjernet); verdien er kommunen.
  lagring_feilet(str): en endring ble ikke lagret; verdien er feilmeldingen.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from vurdering.domene import formater
from vurdering.domene.kommunesvar import Kommunebilde
from vurdering.domene.modell import Svar, SvarType
from vurdering.domene.poeng import avrund
from vurdering.gui.felles.ren import etikett
from vurdering.lagring.database import Database, DatabaseFeil
from vurdering.tjenester import kommuner as tk
from vurdering.tjenester import vurderinger as tj

# Valgene i hver rad: None (ikke besvart), nivå 0–4, «vet_ikke», «ikke_relevant».
Valg = int | str | None
VET_IKKE = SvarType.VET_IKKE.value
IKKE_RELEVANT = SvarType.IKKE_RELEVANT.value


class Kommunesvar(QWidget):
    """Svar per kommune på én indikator, lagret straks."""

    endret = Signal(str)
    lagring_feilet = Signal(str)

    def __init__(self, db: Database, vurdering_id: int, indikator_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kommunesvar")
        self._db = db
        self._vurdering_id = vurdering_id
        self._indikator_id = indikator_id.strip().upper()
        self._valg: dict[str, QComboBox] = {}
        self._grunn: dict[str, QLineEdit] = {}
        self._laster = False
        bank = tj.hent_bank(db, vurdering_id)
        self._sprak = tj.hent_vurdering(db, vurdering_id).sprak
        self._nivanavn = [bank.niva_navn(n, self._sprak) for n in range(5)]

        ytre = QVBoxLayout(self)
        ytre.setContentsMargins(0, 0, 0, 0)
        self.overskrift = QLabel(self.tr("Svar per kommune"))
        self.overskrift.setObjectName("kommunesvar_overskrift")
        ytre.addWidget(self.overskrift)
        self.forklaring = etikett(
            self.tr(
                "Når en kommune er besvart her, teller svarene per kommune og ikke nivåkortet over; "
                "indikatoren er besvart når alle kommunene er det."
            ),
            self,
        )
        self.forklaring.setObjectName("kommunesvar_forklaring")
        self.forklaring.setWordWrap(True)
        ytre.addWidget(self.forklaring)
        self.rutenett = QGridLayout()
        ytre.addLayout(self.rutenett)
        self.oppsummering = etikett("", self)
        self.oppsummering.setObjectName("kommunesvar_oppsummering")
        self.oppsummering.setWordWrap(True)
        ytre.addWidget(self.oppsummering)
        self.status = etikett("", self)
        self.status.setObjectName("kommunesvar_status")
        self.status.setWordWrap(True)
        ytre.addWidget(self.status)
        self._bygg()

    # --- oppbygging ------------------------------------------------------------------------

    def _bygg(self) -> None:
        svar = tk.kommunesvar_for(self._db, self._vurdering_id, self._indikator_id)
        if not svar:
            self.rutenett.addWidget(etikett(self.tr("Vurderingen har ingen kommuner."), self), 0, 0)
            return
        ferdig = tj.er_ferdig(self._db, self._vurdering_id)
        for kol, tekst in enumerate((self.tr("Kommune"), self.tr("Svar"), self.tr("Begrunnelse (for Ikke relevant)"))):
            self.rutenett.addWidget(etikett(tekst, self), 0, kol)
        for rad, (kommune, s) in enumerate(svar, 1):
            navn = etikett(kommune, self)
            valg = QComboBox(self)
            valg.addItem(self.tr("Ikke besvart"), None)
            for n, nivanavn in enumerate(self._nivanavn):
                valg.addItem(f"{n} {nivanavn}", n)
            valg.addItem(self.tr("Vet ikke"), VET_IKKE)
            valg.addItem(self.tr("Ikke relevant"), IKKE_RELEVANT)
            valg.setAccessibleName(self.tr("Svar for {0}").format(kommune))
            valg.setEnabled(not ferdig)
            navn.setBuddy(valg)
            grunn = QLineEdit(self)
            grunn.setAccessibleName(self.tr("Begrunnelse for Ikke relevant i {0}").format(kommune))
            grunn.setPlaceholderText(self.tr("Hvorfor er indikatoren ikke relevant her?"))
            self.rutenett.addWidget(navn, rad, 0)
            self.rutenett.addWidget(valg, rad, 1)
            self.rutenett.addWidget(grunn, rad, 2)
            self._valg[kommune] = valg
            self._grunn[kommune] = grunn
            self._vis(kommune, s)
            valg.currentIndexChanged.connect(lambda _i, k=kommune: self._valg_endret(k))
            grunn.editingFinished.connect(lambda k=kommune: self._grunn_endret(k))
        self._oppsummer()

    def _vis(self, kommune: str, s: Svar | None) -> None:
        """Vis et lagret svar i raden uten å lagre på nytt."""
        self._laster = True
        try:
            verdi: Valg = None if s is None else (s.niva if s.type is SvarType.NIVA else s.type.value)
            valg = self._valg[kommune]
            valg.setCurrentIndex(max(0, valg.findData(verdi)))
            self._grunn[kommune].setText(s.grunn if s is not None else "")
            self._grunn[kommune].setEnabled(verdi == IKKE_RELEVANT and valg.isEnabled())
        finally:
            self._laster = False

    # --- lese og styre (også for tester og indikatorsiden) -----------------------------------

    def kommuner(self) -> tuple[str, ...]:
        return tuple(self._valg)

    def verdi(self, kommune: str) -> Valg:
        """Det som er valgt for kommunen: None, 0–4, «vet_ikke» eller «ikke_relevant»."""
        data: Valg = self._valg[kommune].currentData()
        return data

    def velg(self, kommune: str, verdi: Valg) -> None:
        """Velg som brukeren ville gjort (lagres straks, unntatt Ikke relevant uten begrunnelse)."""
        self._valg[kommune].setCurrentIndex(self._valg[kommune].findData(verdi))

    def skriv_begrunnelse(self, kommune: str, tekst: str) -> None:
        """Skriv begrunnelsen og gå ut av feltet, som brukeren ville gjort."""
        self._grunn[kommune].setText(tekst)
        self._grunn[kommune].editingFinished.emit()

    def valgfelt(self, kommune: str) -> QComboBox:
        return self._valg[kommune]

    def begrunnelsesfelt(self, kommune: str) -> QLineEdit:
        return self._grunn[kommune]

    # --- lagring ---------------------------------------------------------------------------

    def _valg_endret(self, kommune: str) -> None:
        if self._laster:
            return
        verdi = self.verdi(kommune)
        grunn = self._grunn[kommune]
        grunn.setEnabled(verdi == IKKE_RELEVANT)
        if verdi == IKKE_RELEVANT:
            if not grunn.text().strip():
                self.status.setText(self.tr("Skriv hvorfor indikatoren ikke er relevant i {0}.").format(kommune))
                grunn.setFocus()
                return
            self._lagre(kommune, SvarType.IKKE_RELEVANT, grunn=grunn.text())
        elif verdi == VET_IKKE:
            self._lagre(kommune, SvarType.VET_IKKE)
        elif verdi is None:
            self._fjern(kommune)
        else:
            self._lagre(kommune, SvarType.NIVA, niva=int(verdi))

    def _grunn_endret(self, kommune: str) -> None:
        if self._laster or self.verdi(kommune) != IKKE_RELEVANT or not self._grunn[kommune].text().strip():
            return
        self._lagre(kommune, SvarType.IKKE_RELEVANT, grunn=self._grunn[kommune].text())

    def _lagre(self, kommune: str, type: SvarType, *, niva: int | None = None, grunn: str | None = None) -> None:
        try:
            tk.endre_kommunesvar(
                self._db, self._vurdering_id, self._indikator_id, kommune, type, niva=niva, grunn=grunn
            )
        except (ValueError, DatabaseFeil) as e:
            self._feilet(kommune, str(e))
            return
        self._lagret(kommune)

    def _fjern(self, kommune: str) -> None:
        try:
            tk.slett_kommunesvar(self._db, self._vurdering_id, self._indikator_id, kommune)
        except (ValueError, DatabaseFeil) as e:
            self._feilet(kommune, str(e))
            return
        self._lagret(kommune)

    def _lagret(self, kommune: str) -> None:
        self.status.setText(self.tr("Lagret for {0}.").format(kommune))
        self._oppsummer()
        self.endret.emit(kommune)

    def _feilet(self, kommune: str, melding: str) -> None:
        self.status.setText(self.tr("Ikke lagret: {0}").format(melding))
        lagret = dict(tk.kommunesvar_for(self._db, self._vurdering_id, self._indikator_id)).get(kommune)
        self._vis(kommune, lagret)  # raden viser det som faktisk er lagret
        self.lagring_feilet.emit(melding)

    def _oppsummer(self) -> None:
        """Snittet og svakeste kommune, eller hvor mange som mangler svar."""
        bilde = Kommunebilde(
            self._indikator_id, tuple(tk.kommunesvar_for(self._db, self._vurdering_id, self._indikator_id))
        )
        mangler = len(bilde.svar) - bilde.antall_besvart
        if mangler:
            tekst = self.tr("{0} av {1} kommuner er ikke besvart.").format(mangler, len(bilde.svar))
        elif bilde.snitt is None:
            tekst = self.tr("Ingen kommune har nivå.")
        else:
            tekst = self.tr("Snitt {0}. Svakest: {1} (nivå {2}).").format(
                formater.tall(avrund(bilde.snitt)), ", ".join(bilde.svakeste_kommuner), bilde.svakeste
            )
        self.oppsummering.setText(tekst)
