"""«Utvikling…» på sammendraget: av i første runde, åpner Utvikling-vinduet fra andre runde."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QApplication

from vurdering.gui.sammendrag import Sammendragside
from vurdering.gui.utvikling.side import Utviklingsvindu
from vurdering.gui.veiviser.sideliste import SAMMENDRAG
from vurdering.lagring import repository as repo
from vurdering.tjenester.demo import lag_distriktsdemo
from vurdering.tjenester.oversikt import utvikling


def _utviklingsvinduer() -> list[Utviklingsvindu]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, Utviklingsvindu) and w.isVisible()]


def test_knappen_aapner_utviklingen_for_en_enhet_med_runder(qtbot, lag_vindu, db, bank) -> None:
    lag_distriktsdemo(db, bank, date(2026, 6, 1))
    fasit = utvikling(db, "arendal").utvikling
    siste, forste = fasit.runder[-1].vurdering_id, fasit.runder[0].vurdering_id
    vindu = lag_vindu(db)
    assert vindu.apne_vurdering(siste)
    veiviser = vindu.veiviser
    assert veiviser.ga_til(veiviser.indeks_for(SAMMENDRAG))
    side = veiviser.sammendrag
    assert side is not None and side.utvikling_knapp.isEnabled()
    side.utvikling_knapp.click()
    apne = _utviklingsvinduer()
    assert len(apne) == 1 and apne[0].utvikling == fasit
    apne[0].close()

    # Enhetens første runde har ingen utvikling å vise ennå.
    forste_side = Sammendragside(db, forste)
    qtbot.addWidget(forste_side)
    forste_side.oppdater()
    assert not forste_side.utvikling_knapp.isEnabled()


def test_en_enkelt_vurdering_har_knappen_av(qtbot, db, bank) -> None:
    vid = repo.opprett_vurdering(db, bank, enhet="Ny enhet", distrikt="Agder politidistrikt")
    side = Sammendragside(db, vid)
    qtbot.addWidget(side)
    side.oppdater()
    assert side.utvikling_knapp.text() == "Utvikling…" and not side.utvikling_knapp.isEnabled()
