"""Forkant: modenhetsvurdering av forebygging som politiets hovedstrategi."""

__version__ = "0.1.0"
