"""Sammendraget av én vurdering: siden (`side`), tabellene (`tabeller`), forslagskortene
(`forslag`) og utfyllingen av tabellene og merknadene fra analysen (`innhold`).

Alt siden viser som en vurdering av tallene – svakeste indikatorer, forslag, merknader om
datagrunnlaget – leses fra `Vurderingsdata.analyse` (`domene.analyse`), den samme analysen
som rapportene og kommandolinjen viser.
"""

from __future__ import annotations

from vurdering.gui.sammendrag.forslag import ANTALL_FORSLAG_FORST, Forslagskort
from vurdering.gui.sammendrag.side import Sammendragside

__all__ = ["ANTALL_FORSLAG_FORST", "Forslagskort", "Sammendragside"]
