"""Prosesslederens vindu i en samling: stemmer, konsensus og styring av prosjektoren.

Tastatur (når ingen tekstfelt har fokus): 0–4 legger til en stemme på nivået, Shift+0–4
tar en bort, R viser/skjuler fordelingen, Enter godtar valgt nivå og går videre,
PgDn/PgUp neste/forrige, F11 fullskjerm på prosjektoren. Med stemmer «per deltaker»
setter 0–4 stemmen til den valgte deltakeren og går til neste deltaker; Shift+0–4 fjerner den.

Valgt nivå følger forslaget (nedre median) til prosesslederen velger noe annet. Forlater
man en indikator etter å ha valgt nivå eller skrevet dissens eller kommentar, lagres
svaret, så ingenting går tapt.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from vurdering.domene import formater
from vurdering.gui.felles import sprak
from vurdering.gui.felles.utseende import sett_rolle, sett_tilstand
from vurdering.gui.samling.kontroll import Samlingskontroll, klokketekst
from vurdering.gui.samling.prosjektor import Prosjektorvindu

#: Shift + siffer gir et tegn på de fleste tastaturer (norsk, engelsk, tysk); tegnet → nivå.
SHIFT_SIFFER = {
    Qt.Key.Key_Equal: 0,
    Qt.Key.Key_ParenRight: 0,
    Qt.Key.Key_Exclam: 1,
    Qt.Key.Key_QuoteDbl: 2,
    Qt.Key.Key_At: 2,
    Qt.Key.Key_NumberSign: 3,
    Qt.Key.Key_section: 3,
    Qt.Key.Key_currency: 4,
    Qt.Key.Key_Dollar: 4,
}
SIFRE = {Qt.Key.Key_0: 0, Qt.Key.Key_1: 1, Qt.Key.Key_2: 2, Qt.Key.Key_3: 3, Qt.Key.Key_4: 4}


def tast_til_stemme(e: QKeyEvent) -> tuple[int, bool] | None:
    """(nivå, ta bort) for 0–4 og Shift+0–4; None for alle andre taster."""
    mod = e.modifiers()
    if mod & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier):
        return None
    skift = bool(mod & Qt.KeyboardModifier.ShiftModifier)
    tast = Qt.Key(e.key())
    if tast in SIFRE:
        return SIFRE[tast], skift
    if skift and tast in SHIFT_SIFFER:
        return SHIFT_SIFFER[tast], True
    return None


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
        self.modul = QLabel()
        sett_tilstand(self.modul, "svak")
        midt.addWidget(self.modul)
        self.tittel = QLabel()
        self.tittel.setWordWrap(True)
        sett_rolle(self.tittel, "overskrift")
        midt.addWidget(self.tittel)
        self.pastand = QLabel()
        self.pastand.setWordWrap(True)
        sett_rolle(self.pastand, "ingress")
        midt.addWidget(self.pastand)

        nav = QHBoxLayout()
        self.forrige_knapp = self._knapp(self.tr("◀ Forrige (PgUp)"), self.tr("Forrige indikator"), self.forrige)
        self.neste_knapp = self._knapp(self.tr("Neste (PgDn) ▶"), self.tr("Neste indikator"), self.neste)
        nav.addWidget(self.forrige_knapp)
        nav.addWidget(self.neste_knapp)
        nav.addStretch(1)
        midt.addLayout(nav)

        midt.addWidget(self._stemmeboks())
        self.vis_knapp = self._knapp(
            self.tr("Vis fordelingen på prosjektoren (R)"),
            self.tr("Vis eller skjul fordelingen på prosjektoren"),
            kontroll.veksle_vis,
        )
        self.vis_knapp.setCheckable(True)
        midt.addWidget(self.vis_knapp)
        midt.addWidget(self._konsensusboks())
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Status"))
        midt.addWidget(self.status)
        midt.addStretch(1)
        self.rulleflate.setWidget(innhold)
        rot.addWidget(self.rulleflate, 3)

        # --- høyre: prosjektor og tidtaker ---
        rot.addLayout(self._styring(), 1)

        kontroll.indikator_endret.connect(self._last_indikator)
        kontroll.stemmer_endret.connect(self._stemmer_endret)
        kontroll.vist_endret.connect(self._vist_endret)
        kontroll.svar_lagret.connect(self._svar_lagret)
        kontroll.tid_endret.connect(self._tid_endret)
        kontroll.feil.connect(self._vis_feil)
        self._fyll_liste()
        self._last_indikator()
        if okt.vurdering.status.value == "ferdig":
            self._vis_feil(
                self.tr("Vurderingen er markert som ferdig; stemmer og svar kan ikke endres før den åpnes igjen.")
            )

    # --- bygging ---

    def _knapp(self, tekst: str, tilgjengelig: str, slot: object) -> QPushButton:
        k = QPushButton(tekst)
        k.setAccessibleName(tilgjengelig)
        k.setAutoDefault(False)
        k.clicked.connect(slot)
        return k

    def _stemmeboks(self) -> QGroupBox:
        boks = QGroupBox(self.tr("Stemmer"))
        lag = QVBoxLayout(boks)
        modus = QHBoxLayout()
        self.modus_antall = QRadioButton(self.tr("Antall per nivå"))
        self.modus_antall.setAccessibleName(self.tr("Registrer stemmer som antall per nivå"))
        self.modus_deltaker = QRadioButton(self.tr("Per deltaker"))
        self.modus_deltaker.setAccessibleName(self.tr("Registrer stemmer per anonym deltaker"))
        self.modus_antall.setChecked(True)
        self._modusgruppe = QButtonGroup(self)
        self._modusgruppe.addButton(self.modus_antall, 0)
        self._modusgruppe.addButton(self.modus_deltaker, 1)
        modus.addWidget(self.modus_antall)
        modus.addWidget(self.modus_deltaker)
        modus.addStretch(1)
        lag.addLayout(modus)
        self.sider = QStackedWidget()
        self._modusgruppe.idToggled.connect(self._bytt_modus)
        lag.addWidget(self.sider)

        # antall per nivå
        side = QWidget()
        rutenett = QGridLayout(side)
        rutenett.setContentsMargins(0, 0, 0, 0)
        self.antall_etiketter: list[QLabel] = []
        self.pluss: list[QPushButton] = []
        self.minus: list[QPushButton] = []
        okt = self.kontroll.okt
        for n in range(5):
            navn = QLabel(f"{n}  {okt.bank.niva_navn(n, sprak.gjeldende())}")
            antall = QLabel("0")
            sett_rolle(antall, "underoverskrift")
            antall.setAccessibleName(self.tr("Stemmer på nivå %1").replace("%1", str(n)))
            antall.setMinimumWidth(antall.fontMetrics().horizontalAdvance("0000"))
            antall.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            minus = self._knapp(
                "−", self.tr("Ta bort en stemme på nivå %1").replace("%1", str(n)), lambda _=False, n=n: self.ta_bort(n)
            )
            pluss = self._knapp(
                "+", self.tr("Legg til en stemme på nivå %1").replace("%1", str(n)), lambda _=False, n=n: self.stem(n)
            )
            minus.setToolTip(self.tr("Shift+%1").replace("%1", str(n)))
            pluss.setToolTip(self.tr("Tast %1").replace("%1", str(n)))
            rutenett.addWidget(navn, n, 0)
            rutenett.addWidget(antall, n, 1)
            rutenett.addWidget(minus, n, 2)
            rutenett.addWidget(pluss, n, 3)
            self.antall_etiketter.append(antall)
            self.minus.append(minus)
            self.pluss.append(pluss)
        rutenett.setColumnStretch(0, 1)
        rutenett.setRowStretch(5, 1)
        self.sider.addWidget(side)

        # per deltaker
        side = QWidget()
        dl = QVBoxLayout(side)
        dl.setContentsMargins(0, 0, 0, 0)
        rad = QHBoxLayout()
        etikett = QLabel(self.tr("Antall deltakere:"))
        self.antall_deltakere = QSpinBox()
        self.antall_deltakere.setRange(1, 99)
        self.antall_deltakere.setValue(max(1, min(99, len(okt.vurdering.deltakere) or 10)))
        self.antall_deltakere.setAccessibleName(self.tr("Antall deltakere"))
        etikett.setBuddy(self.antall_deltakere)
        self.antall_deltakere.valueChanged.connect(self._fyll_deltakere)
        rad.addWidget(etikett)
        rad.addWidget(self.antall_deltakere)
        rad.addStretch(1)
        dl.addLayout(rad)
        self.deltakerliste = QListWidget()
        self.deltakerliste.setAccessibleName(self.tr("Deltakernes stemmer"))
        self.deltakerliste.installEventFilter(self)
        self.deltakerliste.setMaximumHeight(self.deltakerliste.fontMetrics().height() * 8)
        dl.addWidget(self.deltakerliste)
        knapper = QHBoxLayout()
        for n in range(5):
            knapper.addWidget(
                self._knapp(
                    str(n),
                    self.tr("Sett valgt deltakers stemme til nivå %1").replace("%1", str(n)),
                    lambda _=False, n=n: self.stem(n),
                )
            )
        knapper.addWidget(
            self._knapp(self.tr("Fjern stemme"), self.tr("Fjern valgt deltakers stemme"), lambda: self.ta_bort(None))
        )
        dl.addLayout(knapper)
        self.sider.addWidget(side)
        self._bytt_modus(0, True)
        return boks

    def _bytt_modus(self, modus: int, valgt: bool) -> None:
        if valgt:
            # Bare siden som vises, teller med i høyden (ellers blir det tomrom under den minste).
            for i in range(self.sider.count()):
                politikk = QSizePolicy.Policy.Preferred if i == modus else QSizePolicy.Policy.Ignored
                side = self.sider.widget(i)
                if side is not None:
                    side.setSizePolicy(politikk, politikk)
            self.sider.setCurrentIndex(modus)
            self.sider.adjustSize()
            if modus == 1:
                self._fyll_deltakere()
                self.deltakerliste.setFocus()

    def _konsensusboks(self) -> QGroupBox:
        boks = QGroupBox(self.tr("Konsensus"))
        lag = QVBoxLayout(boks)
        self.forslag = QLabel()
        self.forslag.setWordWrap(True)
        sett_rolle(self.forslag, "underoverskrift")
        self.forslag.setAccessibleName(self.tr("Forslag"))
        lag.addWidget(self.forslag)
        self.uenighet = QLabel()
        self.uenighet.setWordWrap(True)
        self.uenighet.setAccessibleName(self.tr("Uenighet"))
        lag.addWidget(self.uenighet)
        lag.addWidget(QLabel(self.tr("Valgt nivå (blir svaret):")))
        rad = QGridLayout()  # tre i bredden, så raden får plass også med stor tekst
        self.valg = QButtonGroup(self)
        self.valg.setExclusive(True)
        okt = self.kontroll.okt
        for n in range(5):
            r = QRadioButton(f"{n} {okt.bank.niva_navn(n, sprak.gjeldende())}")
            r.setAccessibleName(self.tr("Velg nivå %1").replace("%1", str(n)))
            self.valg.addButton(r, n)
            rad.addWidget(r, n // 3, n % 3)
        self.valg.idClicked.connect(self._valgt_av_bruker)
        lag.addLayout(rad)
        skjema = QGridLayout()
        self.dissens = QLineEdit()
        self.dissens.setPlaceholderText(self.tr("Hvem er uenige, og hvorfor (uten navn)"))
        self.dissens.setAccessibleName(self.tr("Dissensnotat"))
        self.kommentar = QLineEdit()
        self.kommentar.setPlaceholderText(self.tr("Begrunnelse eller det gruppen vil huske"))
        self.kommentar.setAccessibleName(self.tr("Kommentar"))
        for felt in (self.dissens, self.kommentar):
            felt.setMaxLength(5000)
            felt.textEdited.connect(self._merk_endret)
        d_et = QLabel(self.tr("&Dissens:"))
        d_et.setBuddy(self.dissens)
        k_et = QLabel(self.tr("&Kommentar:"))
        k_et.setBuddy(self.kommentar)
        skjema.addWidget(d_et, 0, 0)
        skjema.addWidget(self.dissens, 0, 1)
        skjema.addWidget(k_et, 1, 0)
        skjema.addWidget(self.kommentar, 1, 1)
        lag.addLayout(skjema)
        self.godta_knapp = self._knapp(
            self.tr("Godta nivå og gå videre (Enter)"),
            self.tr("Godta valgt nivå og gå til neste indikator"),
            self.godta_og_videre,
        )
        lag.addWidget(self.godta_knapp)
        return boks

    def _styring(self) -> QVBoxLayout:
        lag = QVBoxLayout()
        boks = QGroupBox(self.tr("Prosjektor"))
        pl = QVBoxLayout(boks)
        et = QLabel(self.tr("Skjerm:"))
        self.skjermvalg = QComboBox()
        self.skjermvalg.setAccessibleName(self.tr("Skjerm for prosjektorvinduet"))
        et.setBuddy(self.skjermvalg)
        self.fullskjerm = QCheckBox(self.tr("Fullskjerm (F11)"))
        self.fullskjerm.setAccessibleName(self.tr("Prosjektorvinduet i fullskjerm"))
        vis = self._knapp(
            self.tr("Vis prosjektoren"), self.tr("Vis prosjektorvinduet på valgt skjerm"), self.vis_prosjektor
        )
        pl.addWidget(et)
        pl.addWidget(self.skjermvalg)
        pl.addWidget(self.fullskjerm)
        pl.addWidget(vis)
        lag.addWidget(boks)
        self._fyll_skjermer()
        self.skjermvalg.currentIndexChanged.connect(lambda _i: self.vis_prosjektor())
        self.fullskjerm.toggled.connect(lambda _p: self.vis_prosjektor())

        boks = QGroupBox(self.tr("Tidtaker"))
        tl = QVBoxLayout(boks)
        rad = QHBoxLayout()
        self.minutter = QSpinBox()
        self.minutter.setRange(1, 60)
        self.minutter.setValue(3)
        self.minutter.setSuffix(self.tr(" min"))
        self.minutter.setAccessibleName(self.tr("Minutter på tidtakeren"))
        self.tid_knapp = self._knapp(self.tr("Start"), self.tr("Start eller stopp tidtakeren"), self._veksle_tid)
        rad.addWidget(self.minutter)
        rad.addWidget(self.tid_knapp)
        tl.addLayout(rad)
        self.tid = QLabel(self.tr("Av"))
        sett_rolle(self.tid, "overskrift")
        self.tid.setAccessibleName(self.tr("Tid igjen"))
        tl.addWidget(self.tid)
        lag.addWidget(boks)

        hjelp = QLabel(
            self.tr(
                "Taster: 0–4 stemme · Shift+0–4 ta bort · R vis/skjul · Enter godta og videre · "
                "PgDn/PgUp neste/forrige · F11 fullskjerm på prosjektoren"
            )
        )
        hjelp.setWordWrap(True)
        sett_tilstand(hjelp, "svak")
        lag.addWidget(hjelp)
        lag.addStretch(1)
        lukk = self._knapp(self.tr("Avslutt samlingen"), self.tr("Lukk samlingen og prosjektorvinduet"), self.close)
        lag.addWidget(lukk)
        return lag

    # --- skjermer ---

    def _fyll_skjermer(self) -> None:
        skjermer = QGuiApplication.screens()
        egen = self.screen()
        self.skjermvalg.blockSignals(True)
        self.skjermvalg.clear()
        for i, s in enumerate(skjermer, 1):
            g = s.geometry()
            navn = s.name() or s.model() or ""
            tekst = self.tr("Skjerm %1: %2 (%3×%4)").replace("%1", str(i)).replace("%2", navn)
            self.skjermvalg.addItem(tekst.replace("%3", str(g.width())).replace("%4", str(g.height())))
        andre = [i for i, s in enumerate(skjermer) if s is not egen]
        if len(skjermer) > 1 and andre:
            self.skjermvalg.setCurrentIndex(andre[0])
        self.fullskjerm.blockSignals(True)
        self.fullskjerm.setChecked(len(skjermer) > 1)
        self.fullskjerm.blockSignals(False)
        self.skjermvalg.blockSignals(False)

    def valgt_skjerm(self) -> object:
        skjermer = QGuiApplication.screens()
        i = self.skjermvalg.currentIndex()
        return skjermer[i] if 0 <= i < len(skjermer) else None

    def vis_prosjektor(self) -> None:
        self.prosjektor.vis_pa(self.valgt_skjerm(), self.fullskjerm.isChecked())  # type: ignore[arg-type]

    # --- innhold ---

    def _listetekst(self, ind_id: str) -> str:
        okt = self.kontroll.okt
        k = okt.konsensus(ind_id)
        svar = okt.svar(ind_id)
        merker = []
        if k.uenighet:
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
        self.dissens.setText(svar.dissens if svar else "")
        self.kommentar.setText(svar.kommentar if svar else "")
        forslag = okt.konsensus().median
        if svar is not None and svar.niva is not None:
            self._sett_valg(svar.niva)
            self._folger_forslag = svar.niva == forslag
        else:
            self._sett_valg(forslag)
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
        self._fyll_deltakere()
        self._oppdater_stemmer()
        self._laster = False

    def _sett_valg(self, niva: int | None) -> None:
        if niva is None:
            self.valg.setExclusive(False)
            for b in self.valg.buttons():
                b.setChecked(False)
            self.valg.setExclusive(True)
        else:
            knapp = self.valg.button(niva)
            if knapp is not None:
                knapp.setChecked(True)

    def valgt_niva(self) -> int | None:
        i = self.valg.checkedId()
        return i if i >= 0 else None

    def _oppdater_stemmer(self) -> None:
        okt = self.kontroll.okt
        f = okt.fordeling()
        for n, lab in enumerate(self.antall_etiketter):
            lab.setText(str(f[n]))
            self.minus[n].setEnabled(f[n] > 0)
        k = okt.konsensus()
        spr = sprak.gjeldende()
        if k.median is None:
            self.forslag.setText(self.tr("Forslag: ingen stemmer ennå"))
            self.uenighet.clear()
            sett_tilstand(self.uenighet, "")
        else:
            self.forslag.setText(
                self.tr("Forslag: %1 – %2 (median av %3)")
                .replace("%1", str(k.median))
                .replace("%2", okt.bank.niva_navn(k.median, spr))
                .replace(
                    "%3", self.tr("1 stemme") if k.antall == 1 else self.tr("%1 stemmer").replace("%1", str(k.antall))
                )
            )
            if k.uenighet:
                self.uenighet.setText(
                    self.tr("⚠ Uenighet: stemmene spenner over %1 nivåer (%2–%3).")
                    .replace("%1", str(k.spenn))
                    .replace("%2", str(k.laveste))
                    .replace("%3", str(k.hoyeste))
                )
                sett_tilstand(self.uenighet, "feil")
            else:
                self.uenighet.setText(self.tr("Ingen uenighet (spenn %1).").replace("%1", str(k.spenn)))
                sett_tilstand(self.uenighet, "")
        if self._folger_forslag:
            self._sett_valg(k.median)
        self.godta_knapp.setEnabled(self.valgt_niva() is not None)

    def _fyll_deltakere(self) -> None:
        okt = self.kontroll.okt
        stemmer = okt.deltakerstemmer()
        antall = max(self.antall_deltakere.value(), max(stemmer, default=0))
        if antall != self.antall_deltakere.value():
            self.antall_deltakere.blockSignals(True)
            self.antall_deltakere.setValue(antall)
            self.antall_deltakere.blockSignals(False)
        rad = max(0, self.deltakerliste.currentRow())
        self.deltakerliste.clear()
        spr = sprak.gjeldende()
        for nr in range(1, antall + 1):
            n = stemmer.get(nr)
            verdi = "–" if n is None else f"{n} {okt.bank.niva_navn(n, spr)}"
            item = QListWidgetItem(self.tr("Deltaker %1: %2").replace("%1", str(nr)).replace("%2", verdi))
            item.setData(Qt.ItemDataRole.UserRole, nr)
            self.deltakerliste.addItem(item)
        self.deltakerliste.setCurrentRow(min(rad, antall - 1))

    def _stemmer_endret(self) -> None:
        self._oppdater_stemmer()
        if self.modus_deltaker.isChecked():
            self._fyll_deltakere()
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

    def _svar_lagret(self, ind_id: str) -> None:
        self._oppdater_listepunkt(ind_id)
        sett_tilstand(self.status, "lagret")
        svar = self.kontroll.okt.svar(ind_id)
        niva = "" if svar is None or svar.niva is None else str(svar.niva)
        self.status.setText(self.tr("Lagret: %1 fikk nivå %2.").replace("%1", ind_id).replace("%2", niva))

    def _vis_feil(self, melding: str) -> None:
        sett_tilstand(self.status, "feil")
        self.status.setText(melding)

    def _tid_endret(self, sekunder: int) -> None:
        if sekunder < 0:
            self.tid.setText(self.tr("Av"))
            self.tid_knapp.setText(self.tr("Start"))
        else:
            self.tid.setText(self.tr("Tiden er ute") if sekunder == 0 else klokketekst(sekunder))
            self.tid_knapp.setText(self.tr("Stopp"))

    def _veksle_tid(self) -> None:
        if self.kontroll.sekunder_igjen >= 0:
            self.kontroll.stopp_tid()
        else:
            self.kontroll.start_tid(self.minutter.value() * 60)

    # --- handlinger ---

    def _valgt_av_bruker(self, _niva: int) -> None:
        self._folger_forslag = False
        self._merk_endret()
        self.godta_knapp.setEnabled(True)

    def _merk_endret(self, *_: object) -> None:
        if not self._laster:
            self._endret = True

    def stem(self, niva: int) -> None:
        """Tast 0–4: en stemme på nivået, eller valgt deltakers stemme."""
        if self.modus_deltaker.isChecked():
            item = self.deltakerliste.currentItem()
            if item is None:
                return
            self.kontroll.sett_deltakerstemme(int(item.data(Qt.ItemDataRole.UserRole)), niva)
            rad = self.deltakerliste.currentRow()
            if rad + 1 < self.deltakerliste.count():
                self.deltakerliste.setCurrentRow(rad + 1)
        else:
            self.kontroll.legg_til(niva)

    def ta_bort(self, niva: int | None) -> None:
        """Shift+0–4: en stemme mindre på nivået, eller fjern valgt deltakers stemme."""
        if self.modus_deltaker.isChecked():
            item = self.deltakerliste.currentItem()
            if item is not None:
                nr = int(item.data(Qt.ItemDataRole.UserRole))
                if nr in self.kontroll.okt.deltakerstemmer():
                    self.kontroll.sett_deltakerstemme(nr, None)
        elif niva is not None:
            self.kontroll.fjern(niva)

    def _lagre_hvis_endret(self) -> None:
        niva = self.valgt_niva()
        if self._endret and niva is not None:
            self.kontroll.godta(niva, self.dissens.text(), self.kommentar.text())
        self._endret = False

    def godta_og_videre(self) -> bool:
        """Enter: valgt nivå blir svaret, så neste indikator. False når ingenting kunne godtas."""
        niva = self.valgt_niva()
        if niva is None:
            sett_tilstand(self.status, "feil")
            self.status.setText(self.tr("Ingen stemmer ennå og ikke noe valgt nivå – ingenting å godta."))
            return False
        if self.kontroll.godta(niva, self.dissens.text(), self.kommentar.text()) is None:
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
            if bort:
                self.ta_bort(niva)
            else:
                self.stem(niva)
            return True
        mod = e.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        tast = e.key()
        if mod != Qt.KeyboardModifier.NoModifier:
            return False
        if tast == Qt.Key.Key_R:
            self.kontroll.veksle_vis()
        elif tast in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.godta_og_videre()
        elif tast == Qt.Key.Key_PageDown:
            self.neste()
        elif tast == Qt.Key.Key_PageUp:
            self.forrige()
        elif tast == Qt.Key.Key_F11:
            self.fullskjerm.setChecked(not self.fullskjerm.isChecked())
        else:
            return False
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
