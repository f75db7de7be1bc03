"""Filer inn og ut av vinduet: eksporter en vurdering til en .forkant-fil, importer filer,
og samle individuelle svar fra flere filer til én vurdering.

Inngangene hovedvinduet bruker: `eksporter_dialog(parent, db, vurdering_id)`,
`importer_dialog(parent, db)`, `importer_mappe_dialog(parent, db)` og `samle_dialog(parent, db)`.
"""

from __future__ import annotations

from vurdering.gui.filer.dialoger import eksporter_dialog, importer_dialog, samle_dialog
from vurdering.gui.filer.mappe import importer_mappe_dialog

__all__ = ["eksporter_dialog", "importer_dialog", "importer_mappe_dialog", "samle_dialog"]
