"""Sideoppsett for PDF-rapportene: A4 med utskriftsmarger, topp- og bunntekst på hver
side (merking, enhet, dato, «Side x av y») og PDF-metadata.

«Side x av y» krever at alle sider er lagt ut før noen rammer tegnes; `_Sidelerret`
holder derfor sidene tilbake og tegner rammene når dokumentet lagres.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache, partial
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, SimpleDocTemplate

from vurdering import __version__
from vurdering.rapport.fonter import FET, VANLIG, bredde, kutt
from vurdering.rapport.stiler import GRA_LINJE, GRA_TEKST

MARG_SIDE = 20 * mm
MARG_TOPP = 24 * mm
MARG_BUNN = 22 * mm


@dataclass(frozen=True, slots=True)
class Ramme:
    """Det som står i topp- og bunnteksten; alt er vasket til én linje på forhånd."""

    tittel: str
    merking: str
    enhet: str
    dato: str
    side_mal: str  # «Side {x} av {y}»


class _Sidelerret(Canvas):  # type: ignore[misc]  # ReportLab har ingen typer
    """Lerret som tegner topp- og bunntekst når antall sider er kjent."""

    def __init__(self, *args: Any, ramme: Ramme, **kw: Any) -> None:
        super().__init__(*args, **kw)
        self._ramme = ramme
        self._sider: list[dict[str, Any]] = []
        self._bokmerker: list[tuple[int, str, int, float]] = []  # side (0-basert), tittel, nivå, y
        self.setViewerPreference("DisplayDocTitle", "true")

    def merk(self, tittel: str, niva: int, y: float) -> None:
        """Et bokmerke på siden som legges ut nå; settes inn når sidene skrives (se `save`)."""
        self._bokmerker.append((len(self._sider), tittel, niva, y))

    def showPage(self) -> None:
        self._sider.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        antall = len(self._sider)
        bokmerker = list(self._bokmerker)
        for nr, tilstand in enumerate(self._sider, 1):
            self.__dict__.update(tilstand)
            self._tegn_ramme(nr, antall)
            # Sidetallet i PDF-en er kjent først nå, så bokmerkene settes inn her, i rekkefølge.
            for i, (side, tittel, niva, y) in enumerate(bokmerker):
                if side == nr - 1:
                    self.bookmarkPage(f"b{i}", fit="XYZ", left=0, top=y)
                    self.addOutlineEntry(tittel, f"b{i}", level=niva, closed=niva > 0)
            super().showPage()
        if bokmerker:
            self.showOutline()
        super().save()

    def _tegn_ramme(self, nr: int, antall: int) -> None:
        r = self._ramme
        bredde_side, hoyde_side = A4
        innhold = bredde_side - 2 * MARG_SIDE
        side = r.side_mal.format(x=nr, y=antall)
        self.saveState()
        self.setStrokeColor(GRA_LINJE)
        self.setLineWidth(0.5)
        # Topptekst: tittel og enhet til venstre, merking til høyre.
        y_topp = hoyde_side - 14 * mm
        merking = r.merking if bredde(r.merking, FET, 9) <= innhold * 0.45 else ""
        self.setFont(FET, 9)
        self.setFillColor(colors.black)
        self.drawRightString(bredde_side - MARG_SIDE, y_topp, merking)
        if not merking:  # lang merking: egen linje over toppteksten, aldri kuttet
            self._merking_over(r.merking, bredde_side - MARG_SIDE, y_topp + 3.5 * mm, innhold, hoyre=True)
        ledig = innhold - bredde(merking, FET, 9) - 12
        self.setFont(VANLIG, 8)
        self.setFillColor(GRA_TEKST)
        self.drawString(MARG_SIDE, y_topp, kutt(f"{r.tittel} – {r.enhet}", VANLIG, 8, ledig))
        self.line(MARG_SIDE, y_topp - 3 * mm, bredde_side - MARG_SIDE, y_topp - 3 * mm)
        # Bunntekst: enhet og dato til venstre, merking i midten, sidetall til høyre.
        y_bunn = 12 * mm
        self.line(MARG_SIDE, y_bunn + 4 * mm, bredde_side - MARG_SIDE, y_bunn + 4 * mm)
        self.setFont(VANLIG, 8)
        self.drawRightString(bredde_side - MARG_SIDE, y_bunn, side)
        midt = r.merking if bredde(r.merking, FET, 8) <= innhold * 0.3 else ""
        self.setFont(FET, 8)
        self.setFillColor(colors.black)
        self.drawCentredString(bredde_side / 2, y_bunn, midt)
        if not midt:  # lang merking: egen linje under bunnteksten, aldri kuttet
            self._merking_over(r.merking, bredde_side / 2, y_bunn - 3.5 * mm, innhold, hoyre=False, nedover=True)
        ledig = innhold / 2 - bredde(midt, FET, 8) / 2 - 10
        self.setFont(VANLIG, 8)
        self.setFillColor(GRA_TEKST)
        self.drawString(MARG_SIDE, y_bunn, kutt(f"{r.enhet} · {r.dato}", VANLIG, 8, ledig))
        self.restoreState()

    def _merking_over(self, tekst: str, x: float, y: float, maks: float, *, hoyre: bool, nedover: bool = False) -> None:
        """Merking som ikke får plass ved siden av annen tekst: hele bredden, mindre skrift, brutt ved behov."""
        storrelse, linjer = merkingslinjer(tekst, maks)
        self.setFont(FET, storrelse)
        self.setFillColor(colors.black)
        for i, linje in enumerate(linjer if nedover else reversed(linjer)):
            y_linje = y - i * (storrelse + 1) if nedover else y + i * (storrelse + 1)
            (self.drawRightString if hoyre else self.drawCentredString)(x, y_linje, linje)


@lru_cache(maxsize=8)  # samme merking på hver side
def merkingslinjer(
    tekst: str, maks: float, storst: int = 9, minst: int = 6, maks_linjer: int = 3
) -> tuple[int, tuple[str, ...]]:
    """Merkingen i største skrift (fra `storst` ned til `minst`) som får plass på én linje,
    ellers brutt ved mellomrom i `minst` punkter. En merking på høyst 200 tegn kuttes aldri;
    bare en tekst lenger enn `maks_linjer` linjer (ingen merking) kortes av med «…»."""
    for storrelse in range(storst, minst - 1, -1):
        if bredde(tekst, FET, storrelse) <= maks:
            return storrelse, (tekst,)
    # Knapt noe tegn er smalere enn 0,1 em: mer enn dette får uansett ikke plass på linjene.
    tekst = tekst[: int(maks_linjer * maks / (0.1 * minst)) + 2]
    linjer: list[str] = []
    linje = ""
    for ord_ in tekst.split(" "):
        forsok = f"{linje} {ord_}".strip()
        if linje and bredde(forsok, FET, minst) > maks:
            linjer.append(linje)
            forsok = ord_
        while bredde(forsok, FET, minst) > maks:  # et ord lengre enn linjen deles
            kutt_ved = max(1, int(len(forsok) * maks / bredde(forsok, FET, minst)))
            while kutt_ved > 1 and bredde(forsok[:kutt_ved], FET, minst) > maks:
                kutt_ved -= 1
            linjer.append(forsok[:kutt_ved])
            forsok = forsok[kutt_ved:]
        linje = forsok
    linjer = [*linjer, linje] if linje else linjer
    if len(linjer) > maks_linjer:
        linjer = [*linjer[: maks_linjer - 1], kutt(" ".join(linjer[maks_linjer - 1 :]), FET, minst, maks)]
    return minst, tuple(linjer)


@dataclass(frozen=True, slots=True)
class Metadata:
    """PDF-ens dokumentegenskaper."""

    tittel: str
    forfatter: str
    emne: str
    sprak: str  # «nb-NO» eller «nn-NO»


#: Overskriftsstilene som blir bokmerker i PDF-ens innholdsoversikt, med nivået sitt (0 øverst).
BOKMERKENIVA = {"tittel": 0, "h1": 0, "h2": 1, "h3": 2}


class _Dokument(SimpleDocTemplate):  # type: ignore[misc]  # ReportLab har ingen typer
    """Dokumentmal som gjør hver overskrift (h1, h2, h3) til et bokmerke i PDF-ens innholdsoversikt."""

    def __init__(self, *args: Any, **kw: Any) -> None:
        super().__init__(*args, **kw)
        self._forrige_niva = -1

    def afterFlowable(self, flowable: Flowable) -> None:
        stil = getattr(getattr(flowable, "style", None), "name", None)
        if stil not in BOKMERKENIVA or not hasattr(flowable, "getPlainText") or hasattr(flowable, "_bokmerke"):
            return  # (en overskrift med `_bokmerke` setter bokmerket sitt selv, se distriktsrapporten)
        niva = min(BOKMERKENIVA[stil], self._forrige_niva + 1)  # et nivå kan ikke hoppes over
        self._forrige_niva = niva
        y = self.frame._y + getattr(flowable, "height", 0) + 6
        self.canv.merk(" ".join(flowable.getPlainText().split()), niva, y)


def bygg(ut: BinaryIO, innhold: Sequence[Flowable], ramme: Ramme, meta: Metadata) -> None:
    """Legg ut `innhold` på A4-sider med ramme og metadata, og skriv PDF-en til `ut`.

    Overskriftene blir bokmerker (innholdsoversikten i PDF-leseren), se `BOKMERKENIVA`."""
    dok = _Dokument(
        ut,
        pagesize=A4,
        leftMargin=MARG_SIDE,
        rightMargin=MARG_SIDE,
        topMargin=MARG_TOPP,
        bottomMargin=MARG_BUNN,
        title=meta.tittel,
        author=meta.forfatter,
        subject=meta.emne,
        creator=f"Forkant {__version__}",
        lang=meta.sprak,
        initialFontName=VANLIG,  # ellers viser PDF-en til Helvetica, en systemskrift som ikke bygges inn
    )
    dok.build(list(innhold), canvasmaker=partial(_Sidelerret, ramme=ramme))
