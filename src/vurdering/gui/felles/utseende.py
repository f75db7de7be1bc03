"""Tekststørrelse og høy kontrast for hele programmet (prosjektor, svaksynte).

All tekst følger programmets grunnskrift (`QApplication.setFont`). Overskrifter og
annen tekst med en egen rolle (`sett_rolle`) får en fast faktor av grunnskriften og
skaleres på nytt når den endres. Fargene kommer fra en palett og ett stilark, slik at
kontrasten er minst 4,5:1 i begge temaene, og valgt tilstand aldri vises med farge alene.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

from vurdering.gui.felles.stil import Forkantstil
from vurdering.tjenester.innstillinger import MAKS_SKALA, MIN_SKALA, begrens_skala

#: Trinnene Ctrl+pluss og Ctrl+minus går gjennom (1,0 = 100 %).
TRINN = (MIN_SKALA, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, MAKS_SKALA)
MIN_GRUNNPUNKT = 10.0

#: Roller for tekst: (faktor av grunnskriften, fet).
ROLLER: dict[str, tuple[float, bool]] = {
    "tittel": (1.75, True),
    "overskrift": (1.4, True),
    "underoverskrift": (1.12, True),
    "ingress": (1.15, False),
    "nivatall": (1.9, True),
    "liten": (0.92, False),
}


def sett_rolle(widget: QWidget, rolle: str) -> None:
    """Gi en tekst en rolle (tittel, overskrift …); skriften følger grunnskriften videre."""
    if rolle not in ROLLER:
        raise ValueError(f"Ukjent tekstrolle: {rolle}")
    widget.setProperty("rolle", rolle)
    _skaler(widget, QApplication.font())


def _skaler(widget: QWidget, grunn: QFont) -> None:
    faktor, fet = ROLLER[str(widget.property("rolle"))]
    skrift = QFont(grunn)
    skrift.setPointSizeF(grunn.pointSizeF() * faktor)
    skrift.setBold(fet)
    widget.setFont(skrift)


def sett_tilstand(widget: QWidget, tilstand: str) -> None:
    """Sett en stilarkegenskap (for eksempel «lagret» eller «feil») og tegn widgeten på nytt."""
    if widget.property("tilstand") == tilstand:
        return
    widget.setProperty("tilstand", tilstand)
    stil = widget.style()
    stil.unpolish(widget)
    stil.polish(widget)
    widget.update()


def _palett_kontrast() -> QPalette:
    p = QPalette()
    svart, hvit, gul, cyan = QColor("#000000"), QColor("#ffffff"), QColor("#ffff00"), QColor("#7fdbff")
    for rolle, farge in (
        (QPalette.ColorRole.Window, svart),
        (QPalette.ColorRole.WindowText, hvit),
        (QPalette.ColorRole.Base, svart),
        (QPalette.ColorRole.AlternateBase, QColor("#1a1a1a")),
        (QPalette.ColorRole.Text, hvit),
        (QPalette.ColorRole.Button, svart),
        (QPalette.ColorRole.ButtonText, hvit),
        (QPalette.ColorRole.BrightText, gul),
        (QPalette.ColorRole.Highlight, gul),
        (QPalette.ColorRole.HighlightedText, svart),
        (QPalette.ColorRole.ToolTipBase, svart),
        (QPalette.ColorRole.ToolTipText, hvit),
        (QPalette.ColorRole.PlaceholderText, QColor("#c8c8c8")),
        (QPalette.ColorRole.Link, cyan),
        (QPalette.ColorRole.Light, hvit),
        (QPalette.ColorRole.Midlight, QColor("#bbbbbb")),
        (QPalette.ColorRole.Mid, QColor("#bbbbbb")),
        (QPalette.ColorRole.Dark, hvit),
        (QPalette.ColorRole.Shadow, hvit),
    ):
        p.setColor(rolle, farge)
    for rolle in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, rolle, QColor("#c8c8c8"))
    return p


def _palett_normal(standard: QPalette) -> QPalette:
    """Stilens vanlige palett med mørkere markering (hvit tekst på valgt rad minst 4,5:1) og
    lesbar tekst på avslåtte felt (for eksempel temaene som alltid er med)."""
    p = QPalette(standard)
    markering = QColor(_FARGER[False]["markering"])
    for gruppe in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive, QPalette.ColorGroup.Disabled):
        p.setColor(gruppe, QPalette.ColorRole.Highlight, markering)
        p.setColor(gruppe, QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    for rolle in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, rolle, QColor(_FARGER[False]["avslatt"]))
    return p


_FARGER = {
    False: {
        "tekst": "#1a1a1a",
        "svak": "#4a4a4a",
        "kort": "#ffffff",
        "kortkant": "#6b6b6b",
        "over": "#f0f4fa",
        "valgt": "#e3ebf9",
        "valgtkant": "#0b3d91",
        "fokus": "#0b3d91",
        "lagret": "#1b5e20",
        "feil": "#a4000f",
        "banner": "#fff4ce",
        "bannerkant": "#8a6d00",
        "merke": "#0b3d91",
        "merketekst": "#ffffff",
        "markering": "#1c5f9e",
        "avslatt": "#6a6a6a",
        "spor": "#e4e4e4",
        "handtak": "#6b6b6b",
    },
    True: {
        "tekst": "#ffffff",
        "svak": "#ffffff",
        "kort": "#000000",
        "kortkant": "#ffffff",
        "over": "#1a1a1a",
        "valgt": "#000000",
        "valgtkant": "#ffff00",
        "fokus": "#7fdbff",
        "lagret": "#7CFC00",
        "feil": "#ff8080",
        "banner": "#000000",
        "bannerkant": "#ffff00",
        "merke": "#ffff00",
        "merketekst": "#000000",
        "markering": "#ffff00",
        "avslatt": "#c8c8c8",
        "spor": "#000000",
        "handtak": "#ffffff",
    },
}


def stilark(kontrast: bool, skala: float) -> str:
    """Stilarket for kort, bannere og lagringsstatus i valgt tema."""
    f = _FARGER[kontrast]
    # Rammene blir tykkere i to trinn, ikke for hvert Ctrl+pluss: et nytt stilark tegner alt på nytt.
    trinn = 1 if skala < 1.4 else (1.5 if skala < 2.2 else 2)
    tynn = round(1 * trinn)
    tykk = round(3 * trinn)
    luft = round(8 * trinn)
    felt = round(14 * max(1.0, skala))  # rullefelt og avkrysningsbokser vokser med teksten
    fokusbredde = tykk if kontrast else tynn + 1
    ekstra = ""
    if kontrast:
        ekstra = f"""
        QPushButton, QToolButton {{ border: {tynn + 1}px solid #ffffff; padding: {luft // 2}px {luft}px; }}
        QPushButton:focus, QToolButton:focus, QLineEdit:focus, QPlainTextEdit:focus, QComboBox:focus,
        QSpinBox:focus, QDateEdit:focus, QTreeView:focus, QTableView:focus, QCheckBox:focus, QRadioButton:focus {{
            border: {tykk}px solid #7fdbff; }}
        QPushButton:checked {{ background: #ffff00; color: #000000; }}
        QPushButton:disabled {{ border-color: #c8c8c8; color: #c8c8c8; }}
        QLineEdit, QPlainTextEdit, QComboBox, QSpinBox, QDateEdit {{ border: {tynn + 1}px solid #ffffff; }}
        """
    return f"""
    Nivakort {{
        background: {f["kort"]}; border: {tynn + 1}px solid {f["kortkant"]}; border-radius: {luft}px;
    }}
    Nivakort:hover {{ background: {f["over"]}; }}
    Nivakort[valgt="true"] {{ background: {f["valgt"]}; border: {tykk + 1}px solid {f["valgtkant"]}; }}
    Nivakort:focus {{ border: {tykk}px dashed {f["fokus"]}; }}
    Nivakort[valgt="true"]:focus {{ border: {tykk + 1}px dashed {f["valgtkant"]}; }}
    QPushButton[valg="true"] {{
        background: {f["kort"]}; border: {tynn + 1}px solid {f["kortkant"]}; border-radius: {luft // 2}px;
        padding: {luft // 2}px {luft + 4}px; color: {f["tekst"]};
    }}
    QPushButton[valg="true"]:hover {{ background: {f["over"]}; }}
    QPushButton[valg="true"]:checked {{
        background: {f["valgt"]}; border: {tykk}px solid {f["valgtkant"]}; color: {f["tekst"]};
    }}
    QPushButton[valg="true"]:focus {{ border: {tykk}px dashed {f["fokus"]}; }}
    QPushButton[valg="true"]:disabled {{ color: {f["svak"]}; }}
    QCheckBox::indicator, QRadioButton::indicator {{ width: {felt}px; height: {felt}px; }}
    QCheckBox, QRadioButton {{ border: {fokusbredde}px solid transparent; padding: 1px; }}
    QCheckBox:focus, QRadioButton:focus {{ border: {fokusbredde}px solid {f["fokus"]}; }}
    QProgressBar {{ border: {tynn}px solid {f["kortkant"]}; background: {f["kort"]}; border-radius: {luft // 2}px; }}
    QProgressBar::chunk {{ background: {f["markering"]}; border-radius: {luft // 2}px; }}
    QScrollBar:vertical {{ background: {f["spor"]}; width: {felt}px; margin: 0; border: none; }}
    QScrollBar:horizontal {{ background: {f["spor"]}; height: {felt}px; margin: 0; border: none; }}
    QScrollBar::handle {{ background: {f["handtak"]}; border: {tynn}px solid {f["spor"]}; border-radius: {felt // 3}px; }}
    QScrollBar::handle:vertical {{ min-height: {felt * 2}px; }}
    QScrollBar::handle:horizontal {{ min-width: {felt * 2}px; }}
    QScrollBar::add-line, QScrollBar::sub-line {{ width: 0; height: 0; border: none; background: none; }}
    QScrollBar::add-page, QScrollBar::sub-page {{ background: none; }}
    QLabel[merke="true"] {{
        background: {f["merke"]}; color: {f["merketekst"]}; border-radius: {luft}px; padding: 0 {luft}px;
    }}
    QLabel[tilstand="lagret"] {{ color: {f["lagret"]}; }}
    QLabel[tilstand="feil"] {{ color: {f["feil"]}; font-weight: bold; }}
    QLabel[tilstand="svak"] {{ color: {f["svak"]}; }}
    QFrame[banner="true"] {{
        background: {f["banner"]}; border: {tynn + 1}px solid {f["bannerkant"]}; border-radius: {luft // 2}px;
    }}
    {ekstra}
    """


class Utseende(QObject):
    """Tekststørrelse og kontrast for hele programmet.

    Signal `endret()`: etter at skrift, palett og stilark er tatt i bruk på nytt.
    `lagre(skala, kontrast)` kalles for hver endring, så valget huskes til neste start.
    """

    endret = Signal()

    def __init__(
        self,
        app: QApplication,
        skala: float = 1.0,
        kontrast: bool = False,
        lagre: Callable[[float, bool], None] | None = None,
    ) -> None:
        super().__init__(app)
        self._app = app
        if not isinstance(app.style(), Forkantstil):  # samme stil overalt, så stilarket ser likt ut
            app.setStyle(Forkantstil())
        self._grunnpunkt = max(MIN_GRUNNPUNKT, app.font().pointSizeF())
        self._skala = begrens_skala(skala)
        self._kontrast = kontrast
        self.lagre = lagre

    @property
    def skala(self) -> float:
        return self._skala

    @property
    def kontrast(self) -> bool:
        return self._kontrast

    @property
    def punktstorrelse(self) -> float:
        return self._grunnpunkt * self._skala

    def storre(self) -> None:
        self.sett_skala(next((t for t in TRINN if t > self._skala + 1e-6), MAKS_SKALA))

    def mindre(self) -> None:
        self.sett_skala(next((t for t in reversed(TRINN) if t < self._skala - 1e-6), MIN_SKALA))

    def normal(self) -> None:
        self.sett_skala(1.0)

    def sett_skala(self, skala: float) -> None:
        self._skala = begrens_skala(skala)
        self._husk()
        self.bruk()

    def sett_kontrast(self, kontrast: bool) -> None:
        self._kontrast = bool(kontrast)
        self._husk()
        self.bruk()

    def _husk(self) -> None:
        if self.lagre is not None:
            self.lagre(self._skala, self._kontrast)

    def bruk(self) -> None:
        """Ta i bruk skrift, palett og stilark i hele programmet."""
        grunn = QFont(self._app.font())
        grunn.setPointSizeF(self.punktstorrelse)
        self._app.setFont(grunn)
        QToolTip.setFont(grunn)
        stil = self._app.style()
        self._app.setPalette(_palett_kontrast() if self._kontrast else _palett_normal(stil.standardPalette()))
        # Med et stilark i bruk når ikke en ny programskrift fram til widgetene før de poleres
        # på nytt; derfor settes stilarket (på nytt) hver gang skriften eller temaet endres.
        self._app.setStyleSheet(stilark(self._kontrast, self._skala))
        for w in self._app.allWidgets():
            if w.property("rolle") in ROLLER:
                _skaler(w, grunn)
        self.endret.emit()
