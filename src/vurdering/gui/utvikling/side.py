"""«Utvikling»: én enhets runder side om side, fra enhetens andre runde.

Alt kommer fra brukstilfellet `tjenester.oversikt.utvikling_for_enhet_av` (domenet regner
mest bedret og svekket, tiltakene fra forrige runde, Vet ikke-andelen og nye og utgåtte
indikatorer); siden viser det. Diagrammet (små ruter per modul, fast skala 0–4) har en
tabell med de samme tallene ved siden av, og alle tabeller kan nås med tastaturet.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from vurdering.domene.formater import dato, prosent, tall
from vurdering.domene.utvikling import Endring, Utvikling
from vurdering.gui.felles import meldinger
from vurdering.gui.felles.utseende import sett_rolle
from vurdering.gui.oversikt.modeller import Tekstmodell
from vurdering.gui.oversikt.vindu import _tabell
from vurdering.gui.utvikling.diagram import Serie, Smaadiagrammer
from vurdering.lagring.database import Database, DatabaseFeil
from vurdering.tjenester import oversikt as tjeneste


def _endring(x: float) -> str:
    return ("+" if x > 0 else "") + tall(x)


class Utviklingsvindu(QWidget):
    """Eget vindu med enhetens utvikling; `utvikling` er det viste resultatet (None ved feil)."""

    def __init__(self, db: Database, vurdering_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("utviklingsvindu")
        self.resize(1100, 820)
        self.utvikling: Utvikling | None = None
        lag = QVBoxLayout(self)
        lag.setContentsMargins(16, 12, 16, 12)
        self.tittel = QLabel()
        sett_rolle(self.tittel, "tittel")
        self.tittel.setWordWrap(True)
        lag.addWidget(self.tittel)
        self.sammendrag = QLabel()
        self.sammendrag.setWordWrap(True)
        self.sammendrag.setTextFormat(Qt.TextFormat.PlainText)
        self.sammendrag.setAccessibleName(self.tr("Sammendrag av utviklingen"))
        self.sammendrag.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        lag.addWidget(self.sammendrag)
        self.faner = QTabWidget()
        self.faner.setAccessibleName(self.tr("Utviklingen"))
        lag.addWidget(self.faner, 1)
        knapper = QHBoxLayout()
        knapper.addStretch(1)
        lukk = QPushButton(self.tr("Lukk"))
        lukk.clicked.connect(self.close)
        knapper.addWidget(lukk)
        lag.addLayout(knapper)
        try:
            e = tjeneste.utvikling_for_enhet_av(db, vurdering_id)
        except DatabaseFeil as feil:
            meldinger.feil(self, self.tr("Utviklingen kan ikke vises"), str(feil))
            return
        self.utvikling = e.utvikling
        tittel = self.tr("Utvikling for {0}").format(e.enhet)
        self.setWindowTitle(tittel)
        self.setAccessibleName(tittel)
        self.tittel.setText(f"{tittel} ({e.distrikt})")
        self._fyll(e.utvikling)

    def _fyll(self, u: Utvikling) -> None:
        if not u.har_forrige:
            self.sammendrag.setText(
                self.tr("Enheten har bare én runde. Utviklingen vises fra enhetens andre vurdering.")
            )
            self.faner.hide()
            return
        self.sammendrag.setText(self._sammendragstekst(u))
        etiketter = [dato(r.dato) for r in u.runder]
        korte = [r.dato[:4] for r in u.runder]
        if len(set(korte)) < len(korte):
            korte = [dato(r.dato)[:5] + "." + r.dato[2:4] for r in u.runder]  # to runder samme år: dd.mm.åå

        # Diagram og tabell med de samme tallene.
        self.diagram = Smaadiagrammer()
        serier = [Serie(self.tr("Samlet"), tuple(r.samlet for r in u.runder))]
        serier += [Serie(m.navn, m.poeng) for m in u.moduler]
        self.diagram.sett(korte, serier)
        rulle = QScrollArea()
        rulle.setWidgetResizable(True)
        rulle.setWidget(self.diagram)
        rulle.setAccessibleName(self.tr("Diagram"))
        self.faner.addTab(rulle, self.tr("Diagram"))

        self.tabell = Tekstmodell([self.tr("Modul"), *etiketter, self.tr("Endring siste runde")], self)
        rader = []
        for s in serier:
            fra, til = s.poeng[-2], s.poeng[-1]
            rader.append(
                [
                    s.navn,
                    *(tall(p) for p in s.poeng),
                    _endring(til - fra) if fra is not None and til is not None else "–",
                ]
            )
        rader.append([self.tr("Andel Vet ikke"), *(prosent(r.vet_ikke_andel) for r in u.runder), ""])
        self.tabell.sett(rader, tallkolonner=set(range(1, len(etiketter) + 2)))
        self.t_tabell = _tabell(self.tr("Tabell: poeng per modul og runde"), self.tabell)
        self.faner.addTab(self.t_tabell, self.tr("Tabell"))

        # Mest bedret og svekket.
        self.endringer = Tekstmodell(
            [self.tr("Hva"), self.tr("Navn"), self.tr("Forrige"), self.tr("Siste"), self.tr("Endring")], self
        )
        rader = []
        for hva, liste in (
            (self.tr("Modul, bedret"), u.moduler_bedret),
            (self.tr("Modul, svekket"), u.moduler_svekket),
            (self.tr("Indikator, bedret"), u.indikatorer_bedret),
            (self.tr("Indikator, svekket"), u.indikatorer_svekket),
        ):
            rader += [self._endringsrad(hva, e) for e in liste]
        self.endringer.sett(rader, tallkolonner={2, 3, 4})
        self.t_endringer = _tabell(self.tr("Mest bedret og mest svekket"), self.endringer)
        self.faner.addTab(self.t_endringer, self.tr("Bedret og svekket"))

        # Runder: bankversjon, samlet og Vet ikke.
        self.rundene = Tekstmodell(
            [self.tr("Dato"), self.tr("Bankversjon"), self.tr("Samlet"), self.tr("Andel Vet ikke")], self
        )
        self.rundene.sett(
            [(dato(r.dato), r.bank_versjon, tall(r.samlet), prosent(r.vet_ikke_andel)) for r in u.runder],
            [r.vurdering_id for r in u.runder],
            tallkolonner={2, 3},
        )
        self.t_rundene = _tabell(self.tr("Rundene"), self.rundene)
        self.faner.addTab(self.t_rundene, self.tr("Rundene"))

        # Nye og utgåtte indikatorer.
        self.indikatorer = Tekstmodell([self.tr("Endring"), self.tr("Indikator"), self.tr("Tittel")], self)
        self.indikatorer.sett(
            [(self.tr("Ny"), i.id, i.tittel) for i in u.nye] + [(self.tr("Utgått"), i.id, i.tittel) for i in u.utgatte]
        )
        self.t_indikatorer = _tabell(self.tr("Nye og utgåtte indikatorer"), self.indikatorer)
        self.faner.addTab(self.t_indikatorer, self.tr("Nye og utgåtte"))
        for t in (self.t_tabell, self.t_endringer, self.t_rundene, self.t_indikatorer):
            t.resizeColumnsToContents()

    def _endringsrad(self, hva: str, e: Endring) -> list[str]:
        navn = f"{e.id} {e.navn}" if e.id != e.modul_id else e.navn
        if e.erstatter:
            navn += self.tr(" (sammenlignet med {0})").format(", ".join(e.erstatter))
        return [hva, navn, tall(e.fra), tall(e.til), _endring(e.endring)]

    def _sammendragstekst(self, u: Utvikling) -> str:
        forrige, siste = u.runder[-2], u.runder[-1]
        deler = [
            self.tr("{0} runder fra {1} til {2}.").format(len(u.runder), dato(u.runder[0].dato), dato(siste.dato)),
            self.tr("Samlet poeng {0} → {1} ({2}).").format(
                tall(forrige.samlet),
                tall(siste.samlet),
                _endring(u.samlet_endring) if u.samlet_endring is not None else "–",
            ),
        ]
        if u.moduler_bedret:
            b = u.moduler_bedret[0]
            deler.append(self.tr("Mest bedret: {0} ({1}).").format(b.navn, _endring(b.endring)))
        if u.moduler_svekket:
            s = u.moduler_svekket[0]
            deler.append(self.tr("Mest svekket: {0} ({1}).").format(s.navn, _endring(s.endring)))
        if u.tiltak is not None and not u.tiltak.vurdert:
            deler.append(
                self.tr("Ingen av de {0} tiltakene fra forrige runde har fått status ennå.").format(u.tiltak.antall)
            )
        elif u.tiltak is not None:
            deler.append(
                self.tr(
                    "Tiltakene fra forrige runde: {0} av {1} med status er fullført ({2}); {3} tiltak i alt."
                ).format(u.tiltak.fullfort, u.tiltak.vurdert, prosent(u.tiltak.andel_fullfort), u.tiltak.antall)
            )
        else:
            deler.append(self.tr("Forrige runde hadde ingen tiltak å følge opp."))
        deler.append(
            self.tr("Andel Vet ikke: {0} → {1}.").format(prosent(forrige.vet_ikke_andel), prosent(siste.vet_ikke_andel))
        )
        if u.nye or u.utgatte:
            deler.append(
                self.tr("{0} nye og {1} utgåtte indikatorer (ikke sammenlignet).").format(len(u.nye), len(u.utgatte))
            )
        return " ".join(deler)
