"""Brukstilfellene: det vinduet og kommandolinjen begge kaller.

Åpne, lage, svare på og avslutte en vurdering (`vurderinger`), filer inn og ut
(`filer`), samling med stemmer (`samling`) og demodata (`demo`). Ingen Qt og ingen SQL
her: lagringen gjøres gjennom `vurdering.lagring`, vurderingene gjøres i `vurdering.domene`.
"""
