"""Rapportene: full PDF-rapport, kort lederrapport og CSV, laget fra `Vurderingsdata`.

Pakken kjenner bare domeneobjektene: ingen SQL og ingen Qt. Vinduet og kommandolinjen
kaller `pdf.lag_rapport(...)` og `csvfil.skriv_csv(...)`. ReportLab importeres først
i modulene som trenger det, så `import vurdering.rapport` er billig.
"""

from __future__ import annotations

from vurdering.domene.regler import SPRAK, Sprak, er_sprak

__all__ = ["SPRAK", "RapportFeil", "sjekk_sprak"]


class RapportFeil(ValueError):
    """Rapporten kunne ikke skrives; meldingen er én norsk linje brukeren kan handle på."""


def sjekk_sprak(sprak: str) -> Sprak:
    """Gi `sprak` tilbake, eller kast `RapportFeil` for et språk rapportene ikke har."""
    if not er_sprak(sprak):
        raise RapportFeil(f"Ukjent språk «{sprak}» for rapporten; velg nb (bokmål) eller nn (nynorsk).")
    return sprak
