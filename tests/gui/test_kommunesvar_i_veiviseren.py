"""Svar per kommune i veiviseren: widgeten på indikatorsiden, sidelista, «Lagret kl. …» og sammendraget."""

from __future__ import annotations

import pytest

from vurdering.domene import poeng
from vurdering.domene.bank import Bank
from vurdering.domene.formater import tall as norsk_tall
from vurdering.domene.modell import Svar, SvarType
from vurdering.gui.veiviser.kommunesvar import Kommunesvar
from vurdering.gui.veiviser.sideliste import INDIKATOR, SAMMENDRAG
from vurdering.gui.veiviser.veiviser import Veiviser
from vurdering.lagring.database import Database
from vurdering.tjenester import vurderinger as tj

KOMMUNER = ("Asker", "Bærum", "Lier")


@pytest.fixture
def vid(db: Database, bank: Bank) -> int:
    ny = tj.NyVurdering(enhet="Asker og Bærum", distrikt="Øst", moduler=("PR",), kommuner=KOMMUNER)
    v = tj.opprett_vurdering(db, bank, ny)
    for ind in bank.modul("PR").indikatorer:
        if ind.id != "PR-01":
            tj.lagre_svar(db, v, Svar(ind.id, SvarType.NIVA, niva=2), bank)
    return v


def test_pr01_besvares_per_kommune_og_teller_forst_naar_alle_er_besvart(qtbot, db: Database, vid: int) -> None:
    w = Veiviser(db, vid)
    qtbot.addWidget(w)
    assert w.ga_til(w.indeks_for(INDIKATOR, "PR-01"))
    widget = w.indikator.kommunesvar_plass.findChild(Kommunesvar)
    assert widget is not None and widget.kommuner() == KOMMUNER
    assert not w.indikator.kommunesvar_plass.isHidden()
    assert w.sideliste.tekst_for("PR-01").startswith("○")

    widget.velg("Asker", 4)
    assert "Lagret kl." in w.lagret_etikett.text()
    widget.velg("Bærum", 1)
    assert w.sideliste.tekst_for("PR-01").startswith("○")  # Lier mangler ennå
    for_lier = int(w.fremdrift_tekst.text().split()[0])
    widget.velg("Lier", 3)
    assert w.sideliste.tekst_for("PR-01").startswith("✓ PR-01 (3)")  # snittet 8/3 avrundet
    assert int(w.fremdrift_tekst.text().split()[0]) == for_lier + 1  # fremdriften teller den nå

    # Åpnet på nytt viser siden når svarene per kommune sist ble lagret.
    igjen = Veiviser(db, vid)
    qtbot.addWidget(igjen)
    assert igjen.ga_til(igjen.indeks_for(INDIKATOR, "PR-01"))
    assert "Lagret kl." in igjen.lagret_etikett.text()
    assert igjen.sideliste.tekst_for("PR-01").startswith("✓ PR-01 (3)")

    # Sammendraget viser poengene analysen regner (PR-01 som snittet av kommunene).
    assert w.ga_til(w.indeks_for(SAMMENDRAG))
    data = tj.hent_vurderingsdata(db, vid)
    pr = next(m for m in data.resultat.moduler if m.modul_id == "PR")
    uten_kommuner = poeng.beregn(data.bank, ("PR",), {**data.svar, "PR-01": Svar("PR-01", SvarType.NIVA, niva=2)}, {})
    assert pr.poeng is not None and pr.poeng != next(m.poeng for m in uten_kommuner.moduler)
    assert w.sammendrag is not None
    tabell = w.sammendrag.tabell
    rad = next(r for r in range(tabell.rowCount()) if tabell.item(r, 0) and tabell.item(r, 0).text() == pr.navn)
    celler = [tabell.item(rad, k).text() for k in range(tabell.columnCount()) if tabell.item(rad, k)]
    assert norsk_tall(pr.poeng) in celler


def test_indikator_uten_per_kommune_har_ingen_kommunedel(qtbot, db: Database, vid: int, bank: Bank) -> None:
    w = Veiviser(db, vid)
    qtbot.addWidget(w)
    annen = next(i.id for m in bank.moduler for i in m.indikatorer if m.id in w.vurdering.moduler and not i.per_kommune)
    assert w.ga_til(w.indeks_for(INDIKATOR, annen))
    assert w.indikator.kommunesvar_plass.isHidden()
    assert w.indikator.kommunesvar_plass.findChild(Kommunesvar) is None
