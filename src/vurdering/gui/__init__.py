"""Vinduet til Forkant (PySide6): startsiden, veiviseren, sammendraget og tiltaksplanen.

Start med `vurdering.gui.app.start`. Vinduet skriver og leser vurderinger bare gjennom
brukstilfellene i `vurdering.tjenester`, som kommandolinjen; bare oppstarten
(`start.gjenoppretting`: lås, sikkerhetskopi, skadet fil) åpner databasen selv.

Rommene: `felles` (meldinger, språk, utseende, rammer, diagram), `start` (startside, ny
vurdering, innstillinger, gjenoppretting), `veiviser` (sideliste, modulintro,
indikatorside, nivåkort), `resultat` (oppfølging, tiltaksplan, rapportopplysninger,
eksport), `filer` (import, eksport og sammenslåing av .forkant-filer) og `samling`
(prosesslederens vindu og prosjektoren).
"""
