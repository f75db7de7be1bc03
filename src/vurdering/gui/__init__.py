"""Vinduet til Forkant (PySide6): startsiden, veiviseren, sammendraget og tiltaksplanen.

Start med `vurdering.gui.app.start`. GUI-et skriver aldri SQL selv; alt går gjennom
`vurdering.lagring.repository` og `vurdering.tjenester`.
"""
