"""Typen til `cli`-fiksturen i tests/cli/conftest.py."""

from __future__ import annotations

from collections.abc import Callable

#: `cli("vis", "--database", …)` gir (avslutningskode, stdout, stderr).
Kjorer = Callable[..., tuple[int, str, str]]
