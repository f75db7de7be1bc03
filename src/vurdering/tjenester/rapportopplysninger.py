"""Brukstilfellene for rapportopplysningene: merking, konklusjon og signaturlinje.

Lagres med vurderingen; merkingen står på hver side av rapportene, konklusjonen og
signaturen i lederoppsummeringen. Samme regler i vinduet og på kommandolinjen.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from vurdering.domene import feltregler as regel
from vurdering.lagring import repository as repo
from vurdering.lagring.database import Database
from vurdering.tjenester.vurderinger import kan_endres

#: Merkingen rapportene får når ingen annen er valgt.
STANDARD_MERKING = "Intern"


@dataclass(frozen=True)
class Rapportopplysninger:
    """Merking (på hver side), konklusjon og signaturlinje (i lederoppsummeringen)."""

    merking: str = STANDARD_MERKING
    konklusjon: str = ""
    signatur_navn: str = ""
    signatur_rolle: str = ""
    signatur_dato: str = ""  # ISO-dato eller tom


def hent_rapportopplysninger(db: Database, vurdering_id: int) -> Rapportopplysninger:
    """Rapportopplysningene som er lagret med vurderingen."""
    felt = repo.hent_tekstfelt(db, vurdering_id)
    return Rapportopplysninger(
        merking=felt.get("merking") or STANDARD_MERKING,
        konklusjon=felt.get("konklusjon") or "",
        signatur_navn=felt.get("signatur_navn") or "",
        signatur_rolle=felt.get("signatur_rolle") or "",
        signatur_dato=felt.get("signatur_dato") or "",
    )


def lagre_rapportopplysninger(db: Database, vurdering_id: int, r: Rapportopplysninger) -> Rapportopplysninger:
    """Kontroller og lagre rapportopplysningene; gir dem slik de ble lagret. Tom merking blir «Intern»."""
    ok = Rapportopplysninger(
        merking=regel.tekst(r.merking, regel.MERKING).strip() or STANDARD_MERKING,
        konklusjon=regel.tekst(r.konklusjon, regel.KONKLUSJON).strip(),
        signatur_navn=regel.tekst(r.signatur_navn, regel.SIGNATUR_NAVN).strip(),
        signatur_rolle=regel.tekst(r.signatur_rolle, regel.SIGNATUR_ROLLE).strip(),
        signatur_dato=regel.valgfri_dato(r.signatur_dato, "signatur_dato", "Datoen i signaturen"),
    )
    kan_endres(repo.hent_vurdering(db, vurdering_id), "rapportopplysningene")
    repo.sett_tekstfelt(db, vurdering_id, **dataclasses.asdict(ok))
    return ok
