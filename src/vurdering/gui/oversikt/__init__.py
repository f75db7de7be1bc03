"""Oversikten over enhetene (varmekart, fordeling, felles svake punkter) og enhetene:
gi nytt navn og slå sammen skrivemåter. Hovedvinduet bruker `Oversiktsvindu` og
`enhetsmeny` (menyen «Enheter»)."""

from __future__ import annotations
