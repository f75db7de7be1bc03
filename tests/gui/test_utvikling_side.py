"""«Utvikling»: de samme tallene som brukstilfellet, diagram med tabell ved siden av, og bare fra andre runde."""

from __future__ import annotations

from datetime import date

import pytest

from vurdering.domene.formater import tall
from vurdering.gui.utvikling.side import Utviklingsvindu
from vurdering.lagring import repository as repo
from vurdering.tjenester.demo import lag_distriktsdemo
from vurdering.tjenester.oversikt import utvikling


@pytest.fixture
def ddb(db, bank):
    lag_distriktsdemo(db, bank, date(2026, 6, 1))
    return db


def test_utviklingen_for_en_enhet_med_tre_runder(qtbot, ddb, meldt) -> None:
    fasit = utvikling(ddb, "arendal").utvikling
    v = Utviklingsvindu(ddb, fasit.runder[-1].vurdering_id)
    qtbot.addWidget(v)
    assert v.utvikling == fasit
    assert "Arendal" in v.windowTitle() and v.accessibleName()
    tekst = v.sammendrag.text()
    assert f"{tall(fasit.runder[-2].samlet)} → {tall(fasit.runder[-1].samlet)}" in tekst
    assert fasit.moduler_bedret[0].navn in tekst
    assert fasit.tiltak is not None and f"{fasit.tiltak.fullfort} av {fasit.tiltak.vurdert}" in tekst
    # Tabellen har de samme tallene som diagrammet: samlet først, så hver modul, så Vet ikke.
    t = v.tabell
    assert t.rowCount() == 1 + len(fasit.moduler) + 1
    assert [t.index(0, 1 + i).data() for i in range(3)] == [tall(r.samlet) for r in fasit.runder]
    for rad, serie in enumerate(fasit.moduler, 1):
        assert t.index(rad, 0).data() == serie.navn
        assert [t.index(rad, 1 + i).data() for i in range(3)] == [tall(p) for p in serie.poeng]
    assert t.index(t.rowCount() - 1, 0).data() == "Andel Vet ikke"
    # Diagrammet: én rute per modul pluss samlet, og tallene i beskrivelsen for skjermlesere.
    assert len(v.diagram._serier) == 1 + len(fasit.moduler)
    assert tall(fasit.runder[-1].samlet) in v.diagram.accessibleDescription()
    # Bedret og svekket: modulene og indikatorene fra domenet.
    navn = [v.endringer.index(r, 1).data() for r in range(v.endringer.rowCount())]
    assert fasit.moduler_bedret[0].navn in navn
    assert v.endringer.rowCount() == sum(
        len(x)
        for x in (fasit.moduler_bedret, fasit.moduler_svekket, fasit.indikatorer_bedret, fasit.indikatorer_svekket)
    )
    assert v.rundene.rowCount() == 3
    assert v.indikatorer.rowCount() == len(fasit.nye) + len(fasit.utgatte)
    for w in (v.diagram, v.t_tabell, v.t_endringer, v.t_rundene, v.t_indikatorer, v.faner):
        assert w.accessibleName()


def test_en_runde_gir_en_forklaring(qtbot, db, bank, meldt) -> None:
    vid = repo.opprett_vurdering(db, bank, enhet="Ny enhet", distrikt="Agder politidistrikt")
    v = Utviklingsvindu(db, vid)
    qtbot.addWidget(v)
    assert "andre vurdering" in v.sammendrag.text()
    assert v.faner.isHidden()


def test_diagrammet_tegnes_uten_feil(qtbot, ddb, meldt) -> None:
    fasit = utvikling(ddb, "arendal").utvikling
    v = Utviklingsvindu(ddb, fasit.runder[-1].vurdering_id)
    qtbot.addWidget(v)
    v.resize(900, 700)
    v.show()
    bilde = v.diagram.grab()
    assert not bilde.isNull() and bilde.height() >= v.diagram.heightForWidth(v.diagram.width())


def test_tiltak_uten_status_sies_rett_ut(qtbot, db, bank, meldt) -> None:
    """Forrige rundes tiltak uten status ennå: ingen «0 av 0 … (–)», men at de venter på status."""
    from vurdering.domene.modell import Svar, Tiltak

    runder = []
    for dato in ("2025-03-01", "2026-03-01"):
        vid = repo.opprett_vurdering(db, bank, enhet="Sentrum", distrikt="Agder politidistrikt", dato=dato, moduler=[])
        for m in bank.temamoduler:
            for ind in m.indikatorer:
                repo.lagre_svar(db, vid, Svar.med_niva(ind.id, 2))
        runder.append(vid)
    for tekst in ("Patrulje i sentrum", "Møte med utelivet"):
        repo.lagre_tiltak(db, runder[0], Tiltak(tekst))
    v = Utviklingsvindu(db, runder[1])
    qtbot.addWidget(v)
    tekst = v.sammendrag.text()
    assert "Ingen av de 2 tiltakene fra forrige runde har fått status ennå." in tekst
    assert "0 av 0" not in tekst
