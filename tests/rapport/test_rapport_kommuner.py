"""Svar per kommune i rapportene: hver kommunes svar på modulsidene (PDF og Word), svakeste
kommune i lederoppsummeringen og regelen i metodevedlegget."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest
from rapporthjelp import brodtekst, pdf_bytes, uten_mellomrom

from vurdering.domene.bank import last_bank
from vurdering.domene.kommunesvar import METODE
from vurdering.domene.modell import Svar, SvarType
from vurdering.domene.vurderingsdata import Vurderingsdata
from vurdering.lagring.database import apne
from vurdering.rapport.word import lag_word
from vurdering.tjenester import kommuner as tk
from vurdering.tjenester import vurderinger as tj


@pytest.fixture(scope="module")
def kommunedata(tmp_path_factory: pytest.TempPathFactory) -> Vurderingsdata:
    bank = last_bank()
    db = apne(Path(tmp_path_factory.mktemp("kommuner")) / "k.db", opprett=True)
    try:
        ny = tj.NyVurdering(
            enhet="Asker og Bærum", distrikt="Øst", moduler=("PR",), kommuner=("Asker", "Bærum", "Lier")
        )
        vid = tj.opprett_vurdering(db, bank, ny)
        v = tj.hent_vurdering(db, vid)
        for mid in v.moduler:
            for ind in bank.modul(mid).indikatorer:
                if ind.id != "PR-01":
                    tj.lagre_svar(db, vid, Svar(ind.id, SvarType.NIVA, niva=3), bank)
        for kommune, niva in (("Asker", 3), ("Bærum", 0), ("Lier", 2)):
            tk.endre_kommunesvar(db, vid, "PR-01", kommune, SvarType.NIVA, niva=niva)
        return tj.hent_vurderingsdata(db, vid)
    finally:
        db.lukk()


def test_modulsiden_viser_hver_kommune_og_svakeste(kommunedata: Vurderingsdata) -> None:
    tekst = uten_mellomrom(brodtekst(pdf_bytes(kommunedata)))
    assert uten_mellomrom("Per kommune: Asker 3 · Bærum 0 (svakest) · Lier 2") in tekst
    assert uten_mellomrom("Snitt 1,7 over kommunene") in tekst
    assert uten_mellomrom(METODE["nb"]) in tekst  # metodevedlegget


def test_nynorsk_har_kommunene_og_metoden_paa_nynorsk(kommunedata: Vurderingsdata) -> None:
    tekst = uten_mellomrom(brodtekst(pdf_bytes(kommunedata, sprak="nn")))
    assert uten_mellomrom("Bærum 0 (svakast)") in tekst
    assert uten_mellomrom(METODE["nn"]) in tekst


def test_lederoppsummeringen_navngir_svakeste_kommune(kommunedata: Vurderingsdata) -> None:
    assert any(n.indikator_id == "PR-01" for n in kommunedata.analyse.svakeste[:5])
    tekst = uten_mellomrom(brodtekst(pdf_bytes(kommunedata, kort=True)))
    assert uten_mellomrom("svakest: Bærum") in tekst


def test_word_har_de_samme_kommunesvarene(kommunedata: Vurderingsdata) -> None:
    ut = io.BytesIO()
    lag_word(kommunedata, ut)
    dok = docx.Document(io.BytesIO(ut.getvalue()))
    celler = [c.text for t in dok.tables for rad in t.rows for c in rad.cells]
    tekst = uten_mellomrom(" ".join([*(p.text for p in dok.paragraphs), *celler]))
    assert uten_mellomrom("Per kommune: Asker 3 · Bærum 0 (svakest) · Lier 2") in tekst
    assert uten_mellomrom(METODE["nb"]) in tekst
