"""Et lite spenndiagram (boksplott) for én moduls fordeling i distriktsrapporten.

Skalaen er fast 0–4: en tynn strek fra minst til størst, en lys boks fra nedre til øvre
kvartil, en tykk mørk strek for medianen og en stiplet strek for målet. Leses i gråtoner.
"""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Line, Rect
from reportlab.lib import colors
from reportlab.lib.units import mm

from vurdering.domene.oversikt import Fordeling
from vurdering.rapport.stiler import GRA_LINJE, MAL_FARGE, MARINE

BREDDE = 36 * mm
HOYDE = 4.2 * mm
_LYS_BOKS = colors.HexColor("#B3C3D8")


def spenn(f: Fordeling, mal: int | None = None, bredde: float = BREDDE, hoyde: float = HOYDE) -> Drawing:
    """Boksplottet for `f` på skalaen 0–4, med målet som stiplet strek."""
    d = Drawing(bredde, hoyde)
    marg = 2.0

    def x(verdi: float) -> float:
        return marg + (bredde - 2 * marg) * max(0.0, min(4.0, verdi)) / 4

    midt = hoyde / 2
    for niva in range(5):  # skalastreker 0–4
        d.add(Line(x(niva), 0.5, x(niva), 2.0, strokeColor=GRA_LINJE, strokeWidth=0.4))
    d.add(Line(x(f.minst), midt, x(f.storst), midt, strokeColor=colors.black, strokeWidth=0.6))
    d.add(
        Rect(
            x(f.nedre_kvartil),
            midt - hoyde * 0.3,
            max(0.8, x(f.ovre_kvartil) - x(f.nedre_kvartil)),
            hoyde * 0.6,
            fillColor=_LYS_BOKS,
            strokeColor=colors.black,
            strokeWidth=0.5,
        )
    )
    d.add(Line(x(f.median), midt - hoyde * 0.4, x(f.median), midt + hoyde * 0.4, strokeColor=MARINE, strokeWidth=2))
    if mal is not None:
        d.add(Line(x(mal), 0, x(mal), hoyde, strokeColor=MAL_FARGE, strokeWidth=0.8, strokeDashArray=[1.5, 1.2]))
    return d
