"""Styringen av prosjektoren og tidtakeren i prosesslederens vindu, og skjermvalget.

Prosjektoren skal stå på en annen skjerm enn prosesslederens vindu. `deler_skjerm` sier når
den ikke ville gjøre det (samme skjerm, eller en speilet skjerm med samme plass på
skrivebordet), og `godta_delt_skjerm` spør prosesslederen før den åpnes der likevel.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QCheckBox, QComboBox, QGroupBox, QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from vurdering.gui.felles import meldinger
from vurdering.gui.felles.utseende import sett_rolle, sett_tilstand
from vurdering.gui.samling.kontroll import Samlingskontroll, klokketekst
from vurdering.gui.samling.paneler import knapp


def alle_skjermer() -> list[QScreen]:
    """Skjermene maskinen har (testene bytter den ut)."""
    return list(QGuiApplication.screens())


def deler_skjerm(prosjektor: QScreen | None, egen: QScreen | None) -> bool:
    """True når prosjektoren ville vises der prosesslederen ser sitt vindu.

    Det gjelder samme skjerm (også når det ikke er valgt noen), og en annen skjerm med
    nøyaktig samme plass på skrivebordet: det er slik en speilet skjerm ser ut.
    """
    if prosjektor is None or egen is None or prosjektor is egen:
        return True
    return prosjektor.geometry() == egen.geometry()


def godta_delt_skjerm(parent: QWidget) -> bool:
    """Si tydelig at salen vil se det prosesslederen ser; True når prosjektoren skal åpnes likevel."""
    return meldinger.sporsmal(
        parent,
        QCoreApplication.translate("samling", "Prosjektoren på samme skjerm"),
        QCoreApplication.translate(
            "samling",
            "Prosjektorvinduet vil vises på den samme skjermen som dette vinduet, eller på en "
            "skjerm som speiler den. Da kan salen se det du ser her, og «Vis for meg» er ikke "
            "lenger privat.\n\nKoble prosjektoren til som en egen skjerm (utvide, ikke speile) "
            "og velg den under «Skjerm». Vil du åpne prosjektorvinduet her likevel?",
        ),
        ja=QCoreApplication.translate("samling", "Åpne likevel"),
        nei=QCoreApplication.translate("samling", "Ikke nå"),
    )


class Styringspanel(QWidget):
    """Prosjektoren (skjerm, fullskjerm), tidtakeren, tastene og «Avslutt samlingen».

    Signaler:
      vis_prosjektor(): prosjektoren skal vises på valgt skjerm (valget er endret, eller knappen trykket).
      avslutt(): prosesslederen vil lukke samlingen.
    """

    vis_prosjektor = Signal()
    avslutt = Signal()

    def __init__(self, kontroll: Samlingskontroll, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kontroll = kontroll
        lag = QVBoxLayout(self)
        lag.setContentsMargins(0, 0, 0, 0)
        boks = QGroupBox(self.tr("Prosjektor"))
        pl = QVBoxLayout(boks)
        et = QLabel(self.tr("Skjerm:"))
        self.skjermvalg = QComboBox()
        self.skjermvalg.setAccessibleName(self.tr("Skjerm for prosjektorvinduet"))
        et.setBuddy(self.skjermvalg)
        self.fullskjerm = QCheckBox(self.tr("Fullskjerm (F11)"))
        self.fullskjerm.setAccessibleName(self.tr("Prosjektorvinduet i fullskjerm"))
        vis = knapp(
            self.tr("Vis prosjektoren"), self.tr("Vis prosjektorvinduet på valgt skjerm"), self.vis_prosjektor.emit
        )
        pl.addWidget(et)
        pl.addWidget(self.skjermvalg)
        pl.addWidget(self.fullskjerm)
        pl.addWidget(vis)
        lag.addWidget(boks)
        self._fyll_skjermer()
        self.skjermvalg.currentIndexChanged.connect(lambda _i: self.vis_prosjektor.emit())
        self.fullskjerm.toggled.connect(lambda _p: self.vis_prosjektor.emit())

        boks = QGroupBox(self.tr("Tidtaker"))
        tl = QVBoxLayout(boks)
        rad = QHBoxLayout()
        self.minutter = QSpinBox()
        self.minutter.setRange(1, 60)
        self.minutter.setValue(3)
        self.minutter.setSuffix(self.tr(" min"))
        self.minutter.setAccessibleName(self.tr("Minutter på tidtakeren"))
        self.tid_knapp = knapp(self.tr("Start"), self.tr("Start eller stopp tidtakeren"), self._veksle_tid)
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
                "Taster: 0–4 stemme · Shift+0–4 ta bort · R vis/skjul · Ctrl+Shift+V vis for meg "
                "(bare i dette vinduet) · Enter godta og videre · PgDn/PgUp neste/forrige · "
                "F11 fullskjerm på prosjektoren"
            )
        )
        hjelp.setWordWrap(True)
        sett_tilstand(hjelp, "svak")
        lag.addWidget(hjelp)
        lag.addStretch(1)
        lukk = knapp(self.tr("Avslutt samlingen"), self.tr("Lukk samlingen og prosjektorvinduet"), self.avslutt.emit)
        lag.addWidget(lukk)
        kontroll.tid_endret.connect(self._tid_endret)

    def _fyll_skjermer(self) -> None:
        skjermer = alle_skjermer()
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

    def valgt_skjerm(self) -> QScreen | None:
        skjermer = alle_skjermer()
        i = self.skjermvalg.currentIndex()
        return skjermer[i] if 0 <= i < len(skjermer) else None

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
