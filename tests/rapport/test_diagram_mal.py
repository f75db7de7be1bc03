"""Målet tegnes likt i vinduet og rapporten: en stiplet linje i tekstfargen (lesbar i gråtoner), ikke oransje."""

from __future__ import annotations

from reportlab.graphics.shapes import Polygon

from vurdering.rapport.diagram import Akse, radar
from vurdering.rapport.stiler import MAL_FARGE


def _luminans(farge: object) -> float:
    r, g, b = (getattr(farge, k) for k in ("red", "green", "blue"))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def test_maalet_i_radaren_er_stiplet_i_tekstfargen() -> None:
    akser = [Akse(f"Tema {i}", 2.0, 3) for i in range(4)]
    d = radar(akser, "Nå", "Mål")
    stiplede = [s for s in d.contents if isinstance(s, Polygon) and getattr(s, "strokeDashArray", None)]
    assert stiplede, "målet skal være en stiplet linje"
    assert all(s.strokeColor == MAL_FARGE for s in stiplede)
    assert _luminans(MAL_FARGE) < 0.15  # mørk som teksten, som i vinduet (gui/felles/radar.py)
    r, g, b = MAL_FARGE.red, MAL_FARGE.green, MAL_FARGE.blue
    assert max(r, g, b) - min(r, g, b) < 0.05  # grå, ikke en farge som forsvinner i gråtoner
