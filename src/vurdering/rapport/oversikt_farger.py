"""Varmekartets farger, felles for distriktsrapporten og oversikten i vinduet.

Gråtonesikker: jo lavere poeng, desto mørkere rute (lyshet stiger jevnt med nivået), og
tallet står alltid i ruten. Ingen poeng er aldri en farge: rapporten viser en hvit rute med
tankestrek, vinduet en skravert rute med tankestrek. Uten reportlab, så vinduet kan lese
fargene uten å laste PDF-biblioteket.
"""

from __future__ import annotations

#: Bunnfarge per nivå (gulv av poengene): mørkest for de laveste, så svake moduler springer i øynene.
VARME = ("#1F3A5F", "#4F6D94", "#8AA1BF", "#B3C3D8", "#DCE4EE")
HVIT_TEKST_UNDER = 2  # nivå 0 og 1 har mørk bunn og hvit tekst


def nivaa_for_celle(poeng: float) -> int:
    """Nivået en rute farges etter: poengsummens gulv (0–4)."""
    return max(0, min(4, int(poeng)))
