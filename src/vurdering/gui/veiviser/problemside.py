"""Siden «Enhetens prioriterte problemer»: 1–5 lokale problemer med effektmål, før første modul.

Hvert problem har tittel, hvorfor det er prioritert, effektmål med kilde, utgangsverdi med
dato, målverdi og siste verdi med dato. Alt lagres straks et felt er ferdig utfylt
(`tjenester.problemer`). Har enhetens forrige runde problemer og denne ingen, tilbys det å
ta dem med; da spørres det etter ny verdi for hvert.

Signaler:
  endret(): problemene er lagret eller fjernet (indikatorsidene viser dem).
  lagret(str): noe er lagret; verdien er klokkeslettet «HH:MM:SS».
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vurdering.domene import formater
from vurdering.domene.problemer import MAKS_PROBLEMER, Problem, tall
from vurdering.gui.felles import meldinger
from vurdering.gui.felles.rammer import rullbar_side
from vurdering.gui.felles.utseende import sett_rolle, sett_tilstand
from vurdering.lagring.database import Database, DatabaseFeil
from vurdering.tjenester import problemer as tjeneste

_NORSK_DATO = re.compile(r"^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*$")


def iso_dato(tekst: str) -> str:
    """«31.12.2025» eller «2025-12-31» som ISO-dato; annen tekst gis tilbake urørt (regelen sier fra)."""
    m = _NORSK_DATO.match(tekst)
    if m:
        return f"{m.group(3)}-{int(m.group(2)):02d}-{int(m.group(1)):02d}"
    return tekst.strip()


def _vis_tall(v: float | None) -> str:
    if v is None:
        return ""
    return (f"{v:.0f}" if v == int(v) else f"{v:g}").replace(".", ",")


class Problemskjema(QGroupBox):
    """Ett problem. `endret` sendes når et felt er ferdig redigert; `fjern` når brukeren vil fjerne det."""

    endret = Signal(object)
    fjern = Signal(object)

    def __init__(self, nr: int, problem: Problem | None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Problem {0}").format(nr), parent)
        self.problem = problem
        lag = QVBoxLayout(self)
        skjema = QFormLayout()
        skjema.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.felt: dict[str, QLineEdit] = {}
        rader = (
            ("tittel", self.tr("Tittel:"), self.tr("For eksempel «Vold i sentrum fredag–lørdag natt»")),
            (
                "begrunnelse",
                self.tr("Hvorfor prioritert:"),
                self.tr("Virksomhetsplanen, politirådet, etterretningsbildet …"),
            ),
            ("effektmal", self.tr("Effektmål:"), self.tr("Hva som måles, for eksempel anmeldte voldssaker i sentrum")),
            ("kilde", self.tr("Kilde:"), self.tr("PO/BL, Ungdata, innbyggerundersøkelsen …")),
            ("utgangsverdi", self.tr("Utgangsverdi:"), ""),
            ("utgangsdato", self.tr("Dato for utgangsverdien:"), self.tr("dd.mm.åååå")),
            ("malverdi", self.tr("Målverdi:"), ""),
            ("siste_verdi", self.tr("Siste verdi:"), ""),
            ("siste_dato", self.tr("Dato for siste verdi:"), self.tr("dd.mm.åååå")),
        )
        for navn, etikett, hint in rader:
            e = QLineEdit()
            e.setPlaceholderText(hint)
            e.setAccessibleName(f"{etikett.rstrip(':')} ({self.title()})")
            e.editingFinished.connect(self._ferdig)
            self.felt[navn] = e
            skjema.addRow(etikett, e)
        lag.addLayout(skjema)
        self.forrige = QLabel()
        self.forrige.setWordWrap(True)
        self.forrige.setTextFormat(Qt.TextFormat.PlainText)
        sett_tilstand(self.forrige, "svak")
        self.forrige.hide()
        lag.addWidget(self.forrige)
        self.melding = QLabel()
        self.melding.setWordWrap(True)
        self.melding.setTextFormat(Qt.TextFormat.PlainText)
        sett_tilstand(self.melding, "feil")
        self.melding.hide()
        lag.addWidget(self.melding)
        rad = QHBoxLayout()
        self.fjern_knapp = QPushButton(self.tr("Fjern problemet"))
        self.fjern_knapp.setAccessibleName(self.tr("Fjern {0}").format(self.title()))
        self.fjern_knapp.clicked.connect(lambda: self.fjern.emit(self))
        rad.addWidget(self.fjern_knapp)
        rad.addStretch(1)
        lag.addLayout(rad)
        self._fyll(problem)

    def _fyll(self, p: Problem | None) -> None:
        if p is None:
            return
        verdier = {
            "tittel": p.tittel,
            "begrunnelse": p.begrunnelse,
            "effektmal": p.effektmal,
            "kilde": p.kilde,
            "utgangsverdi": _vis_tall(p.utgangsverdi),
            "utgangsdato": formater.dato(p.utgangsdato),
            "malverdi": _vis_tall(p.malverdi),
            "siste_verdi": _vis_tall(p.siste_verdi),
            "siste_dato": formater.dato(p.siste_dato),
        }
        for navn, verdi in verdier.items():
            self.felt[navn].setText(verdi)
        if p.forrige_verdi is not None:
            tekst = self.tr("Forrige runde: {0}.").format(_vis_tall(p.forrige_verdi))
            if p.siste_verdi is None:
                tekst += " " + self.tr("Skriv inn den nye verdien under «Siste verdi».")
            self.forrige.setText(tekst)
            self.forrige.show()

    def bygg(self) -> Problem | None:
        """Problemet slik skjemaet viser det; None for et nytt, tomt skjema. `ValueError` ved feil."""
        f = {n: e.text().strip() for n, e in self.felt.items()}
        if self.problem is None and not any(f.values()):
            return None
        if not f["tittel"]:
            raise ValueError(self.tr("Problemet må ha en tittel før det kan lagres."))
        grunn = self.problem or Problem(tittel=f["tittel"])
        return replace(
            grunn,
            tittel=f["tittel"],
            begrunnelse=f["begrunnelse"],
            effektmal=f["effektmal"],
            kilde=f["kilde"],
            utgangsverdi=tall(f["utgangsverdi"], self.tr("Utgangsverdien")),
            utgangsdato=iso_dato(f["utgangsdato"]),
            malverdi=tall(f["malverdi"], self.tr("Målverdien")),
            siste_verdi=tall(f["siste_verdi"], self.tr("Siste verdi")),
            siste_dato=iso_dato(f["siste_dato"]),
        )

    def vis_feil(self, tekst: str) -> None:
        self.melding.setText(tekst)
        self.melding.setVisible(bool(tekst))

    def sett_skrivebeskyttet(self, ja: bool) -> None:
        for e in self.felt.values():
            e.setReadOnly(ja)
        self.fjern_knapp.setEnabled(not ja)

    def _ferdig(self) -> None:
        self.endret.emit(self)


class Problemside(QWidget):
    """Enhetens 1–5 prioriterte problemer, lagret straks."""

    endret = Signal()
    lagret = Signal(str)

    def __init__(self, db: Database, vurdering_id: int, forrige_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._vid = vurdering_id
        self._forrige_id = forrige_id
        self._skrivebeskyttet = False
        self.problemer: list[Problem] = []
        self.skjemaer: list[Problemskjema] = []

        self._rull, lag = rullbar_side(self)
        lag.setContentsMargins(24, 16, 24, 16)
        tittel = QLabel(self.tr("Enhetens prioriterte problemer"))
        tittel.setWordWrap(True)
        sett_rolle(tittel, "overskrift")
        lag.addWidget(tittel)
        forklaring = QLabel(
            self.tr(
                "Skriv inn de 1–5 lokale problemene enheten prioriterer (fra virksomhetsplanen, politirådet "
                "eller etterretningsbildet), med et effektmål som viser om det virker. Indikatorene om "
                "kunnskapsbasert arbeid besvares ut fra disse problemene. Alt lagres med en gang."
            )
        )
        forklaring.setWordWrap(True)
        lag.addWidget(forklaring)

        self.tilbud = QFrame()
        self.tilbud.setProperty("banner", True)
        tilbud_lag = QHBoxLayout(self.tilbud)
        self.tilbud_tekst = QLabel()
        self.tilbud_tekst.setWordWrap(True)
        tilbud_lag.addWidget(self.tilbud_tekst, 1)
        self.ta_med = QPushButton(self.tr("Ta med fra forrige runde"))
        self.ta_med.setAccessibleName(self.tr("Ta med problemene fra forrige runde"))
        self.ta_med.clicked.connect(self.ta_med_fra_forrige)
        tilbud_lag.addWidget(self.ta_med, 0, Qt.AlignmentFlag.AlignTop)
        self.tilbud.hide()
        lag.addWidget(self.tilbud)

        self.tom = QLabel(self.tr("Ingen prioriterte problemer er registrert i denne vurderingen."))
        self.tom.setWordWrap(True)
        sett_tilstand(self.tom, "svak")
        self.tom.hide()
        lag.addWidget(self.tom)
        self._liste = QVBoxLayout()
        lag.addLayout(self._liste)
        rad = QHBoxLayout()
        self.legg_til = QPushButton(self.tr("Legg til problem"))
        self.legg_til.setAccessibleName(self.tr("Legg til et prioritert problem"))
        self.legg_til.clicked.connect(self.nytt_problem)
        rad.addWidget(self.legg_til)
        rad.addStretch(1)
        lag.addLayout(rad)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        lag.addWidget(self.status)
        lag.addStretch(1)
        self.oppdater()

    # --- innhold ----------------------------------------------------------------------

    def oppdater(self) -> None:
        """Les problemene på nytt og bygg skjemaene."""
        try:
            self.problemer = tjeneste.hent(self._db, self._vid)
            forrige = tjeneste.hent(self._db, self._forrige_id) if self._forrige_id is not None else []
        except (DatabaseFeil, ValueError) as e:
            self._sett_status(str(e), "feil")
            return
        for s in self.skjemaer:
            s.setParent(None)
            s.deleteLater()
        self.skjemaer = []
        for p in self.problemer:
            self._legg_til_skjema(p)
        if not self.problemer and not self._skrivebeskyttet:
            self._legg_til_skjema(None)
        tilby = bool(forrige) and not self.problemer and not self._skrivebeskyttet
        if tilby:
            self.tilbud_tekst.setText(
                self.tr(
                    "Forrige runde hadde {0} prioriterte problemer. Ta dem med, og skriv inn den nye verdien for hvert."
                ).format(len(forrige))
            )
        self.tilbud.setVisible(tilby)
        self.tom.setVisible(not self.skjemaer)
        self._oppdater_knapper()

    def _legg_til_skjema(self, p: Problem | None) -> Problemskjema:
        s = Problemskjema(len(self.skjemaer) + 1, p)
        s.endret.connect(self._lagre)
        s.fjern.connect(self._fjern)
        s.sett_skrivebeskyttet(self._skrivebeskyttet)
        self.skjemaer.append(s)
        self._liste.addWidget(s)
        return s

    def nytt_problem(self) -> Problemskjema | None:
        if len(self.skjemaer) >= MAKS_PROBLEMER or self._skrivebeskyttet:
            return None
        s = self._legg_til_skjema(None)
        self.tom.hide()
        self._oppdater_knapper()
        self._fokus_senere(s.felt["tittel"])
        return s

    def _fokus_senere(self, felt: QLineEdit) -> None:
        # Når oppsettet har vist det nye skjemaet (et skjult felt kan ikke få fokus).
        def fokus() -> None:
            felt.setFocus()
            self._rull.ensureWidgetVisible(felt)

        QTimer.singleShot(0, felt, fokus)

    def _oppdater_knapper(self) -> None:
        self.legg_til.setEnabled(not self._skrivebeskyttet and len(self.skjemaer) < MAKS_PROBLEMER)

    # --- lagring ----------------------------------------------------------------------

    def _lagre(self, skjema: Problemskjema) -> bool:
        if self._skrivebeskyttet:
            return False
        try:
            p = skjema.bygg()
            if p is None:
                return True
            if p == skjema.problem:
                skjema.vis_feil("")
                return True
            pid = tjeneste.lagre(self._db, self._vid, p)
        except (DatabaseFeil, ValueError) as e:
            skjema.vis_feil(str(e))
            self._sett_status(self.tr("Ikke lagret – se feilmeldingen."), "feil")
            return False
        skjema.problem = replace(p, id=pid)
        skjema.vis_feil("")
        self._husk()
        return True

    def lagre_ventende(self) -> bool:
        """Lagre alle skjemaer (før siden forlates); False hvis noe ikke kunne lagres."""
        return all([self._lagre(s) for s in self.skjemaer])

    def _fjern(self, skjema: Problemskjema) -> None:
        if skjema.problem is not None and skjema.problem.id is not None:
            if not meldinger.sporsmal(
                self,
                self.tr("Fjern problemet"),
                self.tr("Fjerne «{0}» fra vurderingen?").format(skjema.problem.tittel),
                ja=self.tr("Fjern"),
                nei=self.tr("Avbryt"),
            ):
                return
            try:
                tjeneste.slett(self._db, self._vid, skjema.problem.id)
            except (DatabaseFeil, ValueError) as e:
                meldinger.feil(self, self.tr("Problemet ble ikke fjernet"), str(e))
                return
        self.skjemaer.remove(skjema)
        skjema.setParent(None)
        skjema.deleteLater()
        for nr, s in enumerate(self.skjemaer, 1):
            s.setTitle(self.tr("Problem {0}").format(nr))
        self.tom.setVisible(not self.skjemaer)
        self._oppdater_knapper()
        self._husk()

    def ta_med_fra_forrige(self) -> int:
        """Ta med forrige rundes problemer; markøren settes i første «Siste verdi»."""
        try:
            antall = tjeneste.ta_med_fra_forrige_runde(self._db, self._vid)
        except (DatabaseFeil, ValueError) as e:
            meldinger.feil(self, self.tr("Problemene ble ikke tatt med"), str(e))
            return 0
        self.oppdater()
        if self.skjemaer:
            self._fokus_senere(self.skjemaer[0].felt["siste_verdi"])
        self._husk()
        return antall

    def _husk(self) -> None:
        self.problemer = [s.problem for s in self.skjemaer if s.problem is not None and s.problem.id is not None]
        klokke = datetime.now().strftime("%H:%M:%S")
        self._sett_status(self.tr("✓ Lagret kl. {0}").format(klokke), "lagret")
        self.lagret.emit(klokke)
        self.endret.emit()

    def _sett_status(self, tekst: str, tilstand: str) -> None:
        self.status.setText(tekst)
        sett_tilstand(self.status, tilstand)

    def sett_skrivebeskyttet(self, ja: bool) -> None:
        self._skrivebeskyttet = ja
        self.oppdater()
