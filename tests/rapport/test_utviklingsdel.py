"""«Utvikling siden forrige runde» til enhetens rapporter: de samme tallene som `vurdering utvikling`."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from rapporthjelp import sidetekster, uten_mellomrom

from vurdering.domene.bank import Bank
from vurdering.domene.formater import tall
from vurdering.lagring.database import Database, apne
from vurdering.rapport.sider import Metadata, Ramme, bygg
from vurdering.rapport.tekster import t
from vurdering.rapport.utviklingsdel import endringstekst, utvikling_del, utvikling_linje
from vurdering.tjenester.demo import lag_distriktsdemo
from vurdering.tjenester.oversikt import utvikling, utvikling_for_vurdering


@pytest.fixture(scope="module")
def ddb(tmp_path_factory: pytest.TempPathFactory, bank: Bank) -> Iterator[Database]:
    sti: Path = tmp_path_factory.mktemp("distrikt") / "d.db"
    with apne(sti, opprett=True) as db:
        lag_distriktsdemo(db, bank, date(2026, 6, 1))
        yield db


def test_linjen_til_lederoppsummeringen(ddb: Database) -> None:
    utv = utvikling(ddb, "Arendal").utvikling
    forrige, siste = utv.runder[-2], utv.runder[-1]
    opp, ned = utv.moduler_bedret[0], utv.moduler_svekket[0]
    linje = utvikling_linje(utv, "nb")
    assert linje == (
        f"Utvikling: samlet {tall(forrige.samlet)} → {tall(siste.samlet)} ({endringstekst(utv.samlet_endring)}); "
        f"størst økning {opp.navn} ({endringstekst(opp.endring)}); størst fall {ned.navn} ({endringstekst(ned.endring)})."
    )
    assert utvikling_linje(
        utv,
        "nn",
    ).startswith("Utvikling: samla")  # type: ignore[union-attr]
    forste = utvikling_for_vurdering(ddb, utv.runder[0].vurdering_id)
    assert utvikling_linje(forste, "nb") is None and utvikling_del(forste, "nb") == []
    assert [endringstekst(x) for x in (0.9, -0.5, 0.0, None)] == ["+0,9", "−0,5", "0,0", "–"]


def test_delen_til_den_fulle_rapporten(ddb: Database) -> None:
    utv = utvikling(ddb, "Arendal").utvikling
    ut = io.BytesIO()
    bygg(
        ut,
        utvikling_del(utv, "nb"),
        Ramme("T", "Intern", "E", "01.06.2026", "Side {x} av {y}"),
        Metadata("T", "E", "e", "nb-NO"),
    )
    tekst = uten_mellomrom("".join(sidetekster(ut.getvalue())))
    assert uten_mellomrom(t("utv_tittel", "nb")) in tekst
    for s in utv.moduler:
        assert uten_mellomrom(s.navn + "".join(tall(p) for p in s.poeng)) in tekst, s.modul_id
    for e in (*utv.moduler_bedret, *utv.indikatorer_svekket):
        assert uten_mellomrom(f"{e.id} {e.navn}: {tall(e.fra)} → {tall(e.til)}") in tekst
    assert utv.tiltak is not None
    assert uten_mellomrom(f"{utv.tiltak.fullfort} av {utv.tiltak.vurdert} vurderte") in tekst
