"""Tall og datoer på norsk form: 2,3 · 77 % · 24.11.2026 · 24. november 2026.

Én utgave for rapportene, vinduet og kommandolinjen.
"""

from __future__ import annotations

from datetime import date, datetime

_MANEDER = (
    "januar",
    "februar",
    "mars",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "desember",
)  # likt på bokmål og nynorsk
TOM = "–"


def tall(x: float | None, desimaler: int = 1) -> str:
    """Desimaltall med komma; tankestrek når verdien mangler."""
    if x is None:
        return TOM
    return f"{x:.{desimaler}f}".replace(".", ",").replace("-", "−")


def prosent(x: float | None) -> str:
    """Andel som hele prosent med hardt mellomrom foran prosenttegnet."""
    return TOM if x is None else f"{round(x * 100)}\u00a0%"


def _dato(iso: str) -> date | None:
    """Datoen i en hel ISO-dato eller et ISO-tidspunkt; None for all annen tekst."""
    try:
        return datetime.fromisoformat(iso.strip()).date()
    except ValueError:
        return None


def dato(iso: str | None) -> str:
    """ISO-dato som 24.11.2026; annen tekst gis tilbake som den er."""
    if not iso:
        return ""
    d = _dato(iso)
    return iso if d is None else f"{d.day:02d}.{d.month:02d}.{d.year}"


def lang_dato(iso: str | None) -> str:
    """ISO-dato som 24. november 2026; annen tekst gis tilbake som den er."""
    if not iso:
        return ""
    d = _dato(iso)
    return iso if d is None else f"{d.day}. {_MANEDER[d.month - 1]} {d.year}"


def tidspunkt(iso: str | None) -> str:
    """ISO-tidspunkt som «2026-11-24 19:55:58», som norsk Excel leser som dato og tid."""
    return (iso or "").replace("T", " ")[:19]
