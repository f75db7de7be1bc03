"""Vinduet på nynorsk viser bankens nynorske tekster: påstand, nivåkort og modulnavn."""

from __future__ import annotations

from vurdering.domene.bank import Bank
from vurdering.gui.start.innstillinger import Innstillinger
from vurdering.lagring.database import Database


def test_indikatorsiden_paa_nynorsk(qtbot, db: Database, demo_id: int, bank: Bank, lag_vindu) -> None:
    vindu = lag_vindu(db)
    vindu.bruk_innstillinger(Innstillinger("nn", False, 1.0))
    vindu.apne_vurdering(demo_id)
    vv = vindu.veiviser
    assert vv.ga_til_indikator("KK-01")
    kk = bank.indikator("KK-01")
    side = vv.indikator
    assert kk.tittel_nn and kk.tittel_nn in side.tittel.text()
    assert kk.pastand_nn and kk.pastand_nn in side.pastand.text()
    assert kk.niva_nn is not None
    assert any(kk.niva_nn[2] in w.text() for w in side.findChildren(type(side.tittel)))
    vindu.bruk_innstillinger(Innstillinger("nb", False, 1.0))
    vindu.apne_vurdering(demo_id)
    assert vindu.veiviser.ga_til_indikator("KK-01")
    assert kk.pastand in vindu.veiviser.indikator.pastand.text()
