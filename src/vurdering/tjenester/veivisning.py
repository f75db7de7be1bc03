"""Brukstilfeller for veiviserens egne valg: hva slags enhet som vurderes, og veiledningen.

Enhetsnivået (`distrikt`, `gde` – geografisk driftsenhet – eller `tjenesteenhet`) hører til
enheten, ikke til én runde: det lagres per enhet i innstillingene i databasefilen og gjelder
alle enhetens vurderinger. Veiviseren bruker det til å si fra når en indikator vanligvis
avgjøres i distriktet (bankens `omfang`) og enheten er en driftsenhet eller tjenesteenhet.

Om veiledningen på indikatorsidene vises eller er lukket, huskes når brukeren har valgt selv.
"""

from __future__ import annotations

from typing import Literal

from vurdering.lagring import repository as repo
from vurdering.lagring.database import Database

Enhetsniva = Literal["distrikt", "gde", "tjenesteenhet"]
ENHETSNIVAER: tuple[Enhetsniva, ...] = ("distrikt", "gde", "tjenesteenhet")
NOKKEL_VEILEDNING = "veiviser.veiledning"


def _nokkel(enhet_id: int) -> str:
    return f"enhet.{enhet_id}.niva"


def kontroller_niva(niva: str) -> Enhetsniva:
    """Et gyldig enhetsnivå, eller `ValueError` med en norsk melding."""
    verdi = niva.strip().lower()
    for gyldig in ENHETSNIVAER:
        if verdi == gyldig:
            return gyldig
    raise ValueError(f"Ukjent enhetsnivå «{niva[:30]}»: bruk distrikt, gde eller tjenesteenhet.")


def hent_enhetsniva(db: Database, vurdering_id: int) -> Enhetsniva | None:
    """Nivået til enheten vurderingen gjelder, eller None når det ikke er oppgitt."""
    enhet = repo.hent_vurdering(db, vurdering_id).enhet
    verdi = repo.hent_innstilling(db, _nokkel(enhet.id))
    return kontroller_niva(verdi) if verdi in ENHETSNIVAER else None


def sett_enhetsniva(db: Database, vurdering_id: int, niva: str) -> Enhetsniva:
    """Lagre nivået til enheten vurderingen gjelder (gjelder også enhetens andre runder)."""
    ok = kontroller_niva(niva)
    enhet = repo.hent_vurdering(db, vurdering_id).enhet
    repo.lagre_innstilling(db, _nokkel(enhet.id), ok)
    return ok


def niva_fra_navn(enhet: str) -> Enhetsniva:
    """Forslag til dialogen ut fra navnet: «… politidistrikt» er et distrikt, «… driftsenhet»/«GDE» en driftsenhet,
    ellers tjenesteenhet."""
    navn = enhet.casefold()
    if "politidistrikt" in navn or navn.strip() == "distriktet":
        return "distrikt"
    if "driftsenhet" in navn or "gde" in navn.split():
        return "gde"
    return "tjenesteenhet"


def avgjores_i_distriktet(indikator_omfang: str | None, enhetsniva: str | None) -> bool:
    """Svarer en enhet under distriktet (GDE, tjenesteenhet) på noe som vanligvis avgjøres i distriktet?

    Bare distriktsnivået merkes: nesten alle indikatorer avgjøres i driftsenheten, og en merknad
    på hver side ville ikke bli lest.
    """
    return indikator_omfang == "distrikt" and enhetsniva in ("gde", "tjenesteenhet")


def hent_veiledning_apen(db: Database) -> bool | None:
    """Brukerens eget valg for veiledningen (True = vis), eller None når hun ikke har valgt."""
    verdi = repo.hent_innstilling(db, NOKKEL_VEILEDNING)
    return {"vis": True, "skjul": False}.get(verdi)


def sett_veiledning_apen(db: Database, apen: bool) -> None:
    repo.lagre_innstilling(db, NOKKEL_VEILEDNING, "vis" if apen else "skjul")
