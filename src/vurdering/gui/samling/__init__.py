"""Samling: prosjektorvisning og prosesslederens vindu.

Inngangen hovedvinduet bruker er `start_samling(parent, db, vurdering_id)`: den åpner
prosesslederens vindu og prosjektoren (på en annen skjerm når det finnes en, i fullskjerm;
ville den dele eller speile prosesslederens skjerm, spørres det først – `styring`).
Dialogene for .forkant-filer (eksport, import, samle individuelle svar) er i `gui.filer`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from vurdering.gui.felles import meldinger, sprak
from vurdering.gui.samling.kontroll import Samlingskontroll
from vurdering.gui.samling.prosessleder import Prosessledervindu
from vurdering.gui.samling.prosjektor import Prosjektorvindu
from vurdering.lagring.database import Database, DatabaseFeil
from vurdering.tjenester.samling import Samlingsokt

__all__ = [
    "Prosessledervindu",
    "Prosjektorvindu",
    "Samlingskontroll",
    "lag_samling",
    "start_samling",
]

#: Åpne samlinger uten foreldrevindu holdes her til de lukkes.
_apne: list[Prosessledervindu] = []


def lag_samling(db: Database, vurdering_id: int, parent: QWidget | None = None) -> Prosessledervindu:
    """Bygg vinduene uten å vise dem (brukes av `start_samling` og testene)."""
    okt = Samlingsokt(db, vurdering_id)
    okt.bank = okt.bank.paa(sprak.gjeldende())  # tekstene på vinduets språk; id-ene er de samme
    kontroll = Samlingskontroll(okt)
    prosjektor = Prosjektorvindu(kontroll)
    vindu = Prosessledervindu(kontroll, prosjektor, parent)
    kontroll.setParent(vindu)
    return vindu


def start_samling(parent: QWidget | None, db: Database, vurdering_id: int) -> Prosessledervindu | None:
    """Åpne samlingen for vurderingen: prosesslederens vindu her, prosjektoren på valgt skjerm."""
    try:
        vindu = lag_samling(db, vurdering_id, parent)
    except DatabaseFeil as e:
        meldinger.feil(parent, QCoreApplication.translate("samling", "Kan ikke åpne samlingen"), str(e))
        return None
    _apne.append(vindu)
    vindu.lukket.connect(lambda: _apne.remove(vindu) if vindu in _apne else None)
    vindu.resize(1280, 820)
    vindu.show()
    vindu.vis_prosjektor()
    vindu.raise_()
    vindu.activateWindow()
    return vindu
