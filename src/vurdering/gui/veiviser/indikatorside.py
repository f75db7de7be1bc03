"""Indikatorsiden: påstand, veiledning, fem nivåkort, Vet ikke, Ikke relevant, grunnlag og notater.

Grunnlaget, kommentaren og kilden bor i `notater.py`.

Begrunnelsen for «Ikke relevant» bor i `begrunnelse.py`. Over kortene står beslutningsregelen; under hvert nivå «Dette kan du vise fram». Når
indikatoren vanligvis avgjøres i distriktet (bankens `omfang`) og enheten ligger under
distriktet, sier siden fra; indikatorer med `lokale_problemer` viser enhetens prioriterte problemer.
`sett_kommunesvar_widget` gir plass til svar per kommune under kortene.

Siden lagrer ikke selv; den sier fra med `svar_klart(Svar)` når noe skal lagres:
straks for et valg, og etter en kort pause i skrivingen for tekstfeltene (`PAUSE_MS`).
Veiviseren kaller `lagre_na()` før den bytter side eller vinduet lukkes.

Signaler:
  svar_klart(Svar): svaret slik det står på siden nå; skal lagres.
  komplett_endret(bool): om siden kan forlates (Ikke relevant krever en begrunnelse).
  veiledning_valgt(bool): brukeren åpnet (True) eller lukket veiledningen selv.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from vurdering.domene.bank import BESLUTNINGSREGEL, BESLUTNINGSREGEL_NN, Indikator, Modul
from vurdering.domene.modell import Grunnlag, Svar, SvarType
from vurdering.domene.problemer import Problem
from vurdering.gui.felles import sprak
from vurdering.gui.felles.rammer import rullbar_side
from vurdering.gui.felles.ren import bare_tekst
from vurdering.gui.felles.utseende import sett_rolle, sett_tilstand
from vurdering.gui.veiviser.begrunnelse import Begrunnelse
from vurdering.gui.veiviser.merknader import Enhetsmerknader
from vurdering.gui.veiviser.nivakort import Nivakort
from vurdering.gui.veiviser.notater import Notater

PAUSE_MS = 600
VET_IKKE_ID = 5
IKKE_RELEVANT_ID = 6


@dataclass(frozen=True)
class Utkast:
    """Tekst skrevet på en indikator som ennå ikke har et svar (og derfor ikke kan lagres)."""

    grunnlag: Grunnlag | None = None
    kommentar: str = ""
    kilde: str = ""
    grunn: str = ""

    @property
    def tomt(self) -> bool:
        return self.grunnlag is None and not (self.kommentar.strip() or self.kilde.strip() or self.grunn.strip())


class Indikatorside(QWidget):
    """Én indikator om gangen; veiviseren fyller siden med `vis`."""

    svar_klart = Signal(object)
    komplett_endret = Signal(bool)
    veiledning_valgt = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._laster = False
        self._skrivebeskyttet = False
        self._svar: Svar | None = None
        self._indikator: Indikator | None = None
        self._tekst_endret = False
        self._komplett = True
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PAUSE_MS)
        self._timer.timeout.connect(self.lagre_na)

        self._rull, lag = rullbar_side(self)
        lag.setContentsMargins(24, 16, 24, 16)
        lag.setSpacing(10)

        self.sti = QLabel()
        self.sti.setWordWrap(True)
        sett_tilstand(self.sti, "svak")
        lag.addWidget(self.sti)
        self.tittel = QLabel()
        self.tittel.setWordWrap(True)
        sett_rolle(self.tittel, "overskrift")
        lag.addWidget(self.tittel)
        self.pastand = QLabel()
        self.pastand.setWordWrap(True)
        sett_rolle(self.pastand, "ingress")
        lag.addWidget(self.pastand)

        self.merknader = Enhetsmerknader()
        self.omfang = self.merknader.omfang
        self.problemboks = self.merknader.problemboks
        lag.addWidget(self.merknader)

        self.vis_veiledning = QToolButton()
        self.vis_veiledning.setCheckable(True)
        self.vis_veiledning.setChecked(True)
        self.vis_veiledning.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.vis_veiledning.setAccessibleName(self.tr("Vis eller skjul veiledningen"))
        self.vis_veiledning.toggled.connect(self._veiledning_synlig)
        self.vis_veiledning.clicked.connect(self.veiledning_valgt)
        lag.addWidget(self.vis_veiledning)
        self.veiledning = QLabel()
        self.veiledning.setWordWrap(True)
        lag.addWidget(self.veiledning)
        # Modul- og indikatortekstene kan komme fra distriktets egne moduler.
        bare_tekst(self.sti, self.tittel, self.pastand, self.veiledning)

        self.gruppe = QButtonGroup(self)
        sporsmal = QLabel(self.tr("Hvilket nivå beskriver enheten best i dag?"))
        sporsmal.setWordWrap(True)
        sett_rolle(sporsmal, "underoverskrift")
        lag.addWidget(sporsmal)
        # Vet ikke og Ikke relevant står under spørsmålet, over kortene: synlige uten å rulle på en
        # bærbar skjerm (1366×768), og begrunnelsen kommer rett under når den trengs.
        andre = QHBoxLayout()
        self.vet_ikke = QPushButton()
        self.vet_ikke.setAccessibleName(self.tr("Vet ikke"))
        self.ikke_relevant = QPushButton()
        self.ikke_relevant.setAccessibleName(self.tr("Ikke relevant"))
        for knapp in (self.vet_ikke, self.ikke_relevant):
            knapp.setCheckable(True)
            knapp.setProperty("valg", True)
            knapp.toggled.connect(self._merk_valgknapper)
        self._merk_valgknapper()
        self.gruppe.addButton(self.vet_ikke, VET_IKKE_ID)
        self.gruppe.addButton(self.ikke_relevant, IKKE_RELEVANT_ID)
        andre.addWidget(self.vet_ikke)
        andre.addWidget(self.ikke_relevant)
        andre.addStretch(1)

        lag.addLayout(andre)
        self.begrunnelse = Begrunnelse()
        self.grunn_etikett, self.grunn, self.krav = self.begrunnelse.etikett, self.begrunnelse.felt, self.begrunnelse.krav
        self.begrunnelse.hide()
        lag.addWidget(self.begrunnelse)

        self.regel = QLabel()
        self.regel.setWordWrap(True)
        self.regel.setTextFormat(Qt.TextFormat.PlainText)
        self.regel.setAccessibleName(self.tr("Slik velger du nivå"))
        lag.addWidget(self.regel)
        self.hint = QLabel(
            self.tr("Klikk på et kort, eller trykk 0–4. V = vet ikke, I = ikke relevant, PgDn = neste, PgUp = forrige.")
        )
        self.hint.setWordWrap(True)
        sett_tilstand(self.hint, "svak")
        lag.addWidget(self.hint)

        self.kort: list[Nivakort] = []
        for n in range(5):
            k = Nivakort(n)
            self.kort.append(k)
            self.gruppe.addButton(k, n)
            lag.addWidget(k)

        # Plass for svar per kommune (fylles av veiviseren når indikatoren kan besvares per kommune).
        self.kommunesvar_plass = QWidget()
        self._kommunesvar_lag = QVBoxLayout(self.kommunesvar_plass)
        self._kommunesvar_lag.setContentsMargins(0, 0, 0, 0)
        self.kommunesvar_plass.hide()
        lag.addWidget(self.kommunesvar_plass)

        self.notater = Notater()
        self.grunnlag_gruppe = self.notater.grunnlag_gruppe
        self.kommentar = self.notater.kommentar
        self.kilde = self.notater.kilde
        lag.addWidget(self.notater)
        lag.addStretch(1)

        self.gruppe.idClicked.connect(self._valgt)
        self.grunnlag_gruppe.idClicked.connect(lambda _i: self._valg_endret())
        for felt in (self.grunn, self.kommentar):
            felt.textChanged.connect(self._tekst_skrevet)
        self.kilde.textChanged.connect(self._tekst_skrevet)
        self._veiledning_synlig(True)

    # --- innhold ------------------------------------------------------------------------

    def vis(
        self,
        modul: Modul,
        modulnavn: str,
        indikator: Indikator,
        nr: int,
        antall: int,
        nivanavn: list[str],
        svar: Svar | None,
        utkast: Utkast | None = None,
    ) -> None:
        """Fyll siden med en indikator og svaret (eller utkastet) som finnes."""
        self._timer.stop()
        self._laster = True
        try:
            self._indikator = indikator
            self._svar = svar
            self._tekst_endret = False
            self.sti.setText(
                self.tr("{0}  ·  indikator {1} av {2}  ·  {3}").format(modulnavn, nr, antall, indikator.id)
            )
            self.tittel.setText(indikator.tittel)
            self.pastand.setText(f"«{indikator.pastand}»")
            self.veiledning.setText(indikator.veiledning)
            bevis = indikator.bevis or ("",) * 5
            for k, navn, tekst, vis_fram in zip(self.kort, nivanavn, indikator.niva, bevis, strict=True):
                k.sett_innhold(navn, tekst, vis_fram)
            self.regel.setText(
                self.tr("Regel: {0}.").format(BESLUTNINGSREGEL_NN if sprak.gjeldende() == "nn" else BESLUTNINGSREGEL)
            )
            self.merknader.vis(indikator)
            self.gruppe.setExclusive(False)
            for knapp in self.gruppe.buttons():
                knapp.setChecked(False)
            self.gruppe.setExclusive(True)
            kilde = svar if svar is not None else utkast
            if svar is not None:
                if svar.type is SvarType.NIVA and svar.niva is not None:
                    self.kort[svar.niva].setChecked(True)
                elif svar.type is SvarType.VET_IKKE:
                    self.vet_ikke.setChecked(True)
                else:
                    self.ikke_relevant.setChecked(True)
            if kilde is None:
                self.notater.vis(None, "", "")
            else:
                self.notater.vis(kilde.grunnlag, kilde.kommentar, kilde.kilde)
            self.grunn.setPlainText(kilde.grunn if kilde is not None else "")
            self._oppdater_grunn()
        finally:
            self._laster = False
        self._rull.verticalScrollBar().setValue(0)

    # --- enhetens nivå, problemer og svar per kommune -------------------------------------

    def sett_enhetsniva(self, niva: str | None) -> None:
        """Hva slags enhet som svarer (`distrikt`, `gde`, `tjenesteenhet`), eller None."""
        self.merknader.sett_enhetsniva(niva)

    def sett_problemer(self, problemer: list[Problem]) -> None:
        """Enhetens prioriterte problemer, vist ved indikatorer som skal besvares ut fra dem."""
        self.merknader.sett_problemer(problemer)

    def sett_kommunesvar_widget(self, widget: QWidget | None) -> None:
        """Sett inn (eller fjern, med None) delen for svar per kommune under nivåkortene."""
        while self._kommunesvar_lag.count():
            element = self._kommunesvar_lag.takeAt(0)
            gammel = element.widget() if element is not None else None
            if gammel is not None:
                gammel.setParent(None)
        if widget is not None:
            self._kommunesvar_lag.addWidget(widget)
        self.kommunesvar_plass.setVisible(widget is not None)

    @property
    def indikator_id(self) -> str | None:
        return self._indikator.id if self._indikator is not None else None

    def valgt_id(self) -> int:
        """0–4 for et nivå, `VET_IKKE_ID`, `IKKE_RELEVANT_ID`, eller −1 uten valg."""
        return self.gruppe.checkedId()

    def bygg_svar(self) -> Svar | None:
        """Svaret slik siden viser det, eller None når det ikke kan lagres ennå."""
        if self._indikator is None:
            return None
        valgt = self.gruppe.checkedId()
        if valgt < 0:
            return None
        felles: dict[str, object] = {
            "grunnlag": self.notater.grunnlag(),
            "kommentar": self.kommentar.toPlainText(),
            "kilde": self.kilde.text(),
            "grunn": "",
            "niva": None,
        }
        if valgt <= 4:
            felles.update(type=SvarType.NIVA, niva=valgt)
        elif valgt == VET_IKKE_ID:
            felles.update(type=SvarType.VET_IKKE)
        else:
            grunn = self.grunn.toPlainText()
            if not grunn.strip():
                return None
            felles.update(type=SvarType.IKKE_RELEVANT, grunn=grunn)
        if self._svar is not None and self._svar.indikator_id == self._indikator.id:
            return dataclasses.replace(self._svar, **felles)  # type: ignore[arg-type]
        return Svar(self._indikator.id, **felles)  # type: ignore[arg-type]

    def utkast(self) -> Utkast | None:
        """Tekst som ikke kan lagres fordi indikatoren ikke har et svar ennå."""
        if self.gruppe.checkedId() >= 0:
            return None
        u = Utkast(self.notater.grunnlag(), self.kommentar.toPlainText(), self.kilde.text(), self.grunn.toPlainText())
        return None if u.tomt else u

    def er_komplett(self) -> bool:
        """Kan siden forlates? Nei bare når Ikke relevant er valgt uten begrunnelse."""
        return not (self.ikke_relevant.isChecked() and not self.grunn.toPlainText().strip())

    def vis_krav(self) -> None:
        """Vis at begrunnelsen mangler, og sett markøren i feltet."""
        self.krav.show()
        self.grunn.setFocus()
        self._vis_senere(self.krav)

    def _vis_senere(self, w: QWidget) -> None:
        # Etter at oppsettet har fått plass til det som nettopp ble synlig.
        QTimer.singleShot(0, self, lambda: self._rull.ensureWidgetVisible(w))

    # --- valg fra tastatur og veiviser ----------------------------------------------------

    def velg(self, valg_id: int) -> None:
        """Velg et nivå (0–4), Vet ikke eller Ikke relevant som om brukeren klikket."""
        if self._skrivebeskyttet:
            return
        knapp = self.gruppe.button(valg_id)
        knapp.setChecked(True)
        self._rull.ensureWidgetVisible(knapp)
        self._valgt(valg_id)
        if valg_id == IKKE_RELEVANT_ID:
            self._vis_senere(self.grunn)

    def sett_skrivebeskyttet(self, skrivebeskyttet: bool) -> None:
        self._skrivebeskyttet = skrivebeskyttet
        self.hint.setVisible(not skrivebeskyttet)
        for kort in self.kort:
            kort.sett_skrivebeskyttet(skrivebeskyttet)
        for knapp in (self.vet_ikke, self.ikke_relevant):
            knapp.setEnabled(not skrivebeskyttet)
        self.grunn.setReadOnly(skrivebeskyttet)
        self.notater.sett_skrivebeskyttet(skrivebeskyttet)

    # --- lagring ------------------------------------------------------------------------

    def lagre_na(self) -> None:
        """Lagre ventende tekst nå (ved sidebytte, lukking og etter pausen i skrivingen)."""
        self._timer.stop()
        if not self._tekst_endret:
            return
        svar = self.bygg_svar()
        if svar is None:
            return
        self._tekst_endret = False
        self._svar = svar
        self.svar_klart.emit(svar)

    @property
    def venter(self) -> bool:
        """Er det tekst som venter på å bli lagret?"""
        return self._tekst_endret and self.bygg_svar() is not None

    def _valgt(self, valg_id: int) -> None:
        if self._laster or self._skrivebeskyttet:
            return
        self._oppdater_grunn()
        if valg_id == IKKE_RELEVANT_ID and not self.grunn.toPlainText().strip():
            self.grunn.setFocus()
            return
        self._valg_endret()

    def _valg_endret(self) -> None:
        if self._laster:
            return
        self._timer.stop()
        svar = self.bygg_svar()
        if svar is None:
            return
        self._tekst_endret = False
        self._svar = svar
        self.svar_klart.emit(svar)

    def _tekst_skrevet(self) -> None:
        if self._laster:
            return
        self._tekst_endret = True
        if self.sender() is self.grunn:
            self._oppdater_grunn()
        self._timer.start()

    def _oppdater_grunn(self) -> None:
        vis = self.ikke_relevant.isChecked()
        self.begrunnelse.setVisible(vis)
        komplett = self.er_komplett()
        self.begrunnelse.merk_mangler(not komplett)
        if komplett or not vis:
            self.krav.hide()
        if komplett != self._komplett:
            self._komplett = komplett
            self.komplett_endret.emit(komplett)

    # --- utseende -----------------------------------------------------------------------

    def sett_veiledning_apen(self, apen: bool) -> None:
        """Vis eller lukk veiledningen (uten å regnes som brukerens eget valg)."""
        self.vis_veiledning.setChecked(apen)
        self._veiledning_synlig(apen)

    def _merk_valgknapper(self) -> None:
        # Valgt tilstand vises med hake og tykk ramme, ikke med farge alene.
        for knapp, tekst in (
            (self.vet_ikke, self.tr("Vet ikke  (V)")),
            (self.ikke_relevant, self.tr("Ikke relevant  (I)")),
        ):
            knapp.setText(("✓ " + tekst) if knapp.isChecked() else tekst)

    def _veiledning_synlig(self, synlig: bool) -> None:
        self.veiledning.setVisible(synlig)
        self.vis_veiledning.setText(self.tr("▾ Skjul veiledning") if synlig else self.tr("▸ Vis veiledning"))
