"""«Virker det?» og «Utvikling siden forrige runde» i den fulle rapporten, og at
`hent_vurderingsdata` henter problemene, tiltakene knyttet til dem og utviklingen."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from rapporthjelp import brodtekst, pdf_bytes, uten_mellomrom
from test_rapport_kort import med_problemer

from vurdering.domene.bank import Bank
from vurdering.domene.problemer import Problem
from vurdering.domene.vurderingsdata import Vurderingsdata
from vurdering.lagring.database import apne
from vurdering.rapport.tekster import t
from vurdering.rapport.virker import fremgangstekst, verdi
from vurdering.tjenester import plan, problemer
from vurdering.tjenester.demo import lag_demo, lag_distriktsdemo
from vurdering.tjenester.vurderinger import hent_vurderingsdata


def _inn(tekst: str, pdf_tekst: str) -> bool:
    return uten_mellomrom(tekst) in uten_mellomrom(pdf_tekst)


def test_virker_det_viser_hvert_problem_med_tiltakene(demodata: Vurderingsdata) -> None:
    data = med_problemer(demodata)
    tekst = brodtekst(pdf_bytes(data))
    assert _inn(t("virker_tittel", "nb"), tekst)
    del_ = tekst[tekst.index(t("virker_tittel", "nb")) : tekst.index(t("diagrammer", "nb"))]
    vold, innbrudd = data.problemer
    for tekstbit in (vold.tittel, vold.effektmal, "PO/BL", "120 (01.01.2025)", "90 (01.10.2026)", "110"):
        assert _inn(tekstbit, del_), tekstbit
    assert _inn(fremgangstekst(vold, "nb"), del_) and _inn("75 % av veien", del_)
    for tiltak in data.tiltak[:2]:
        assert _inn(tiltak.tekst[:40], del_)
    assert _inn(innbrudd.tittel, del_) and _inn(t("virker_uten_tiltak", "nb"), del_)
    assert _inn(fremgangstekst(innbrudd, "nb"), del_)  # «mangler tall»


def test_uten_problemer_ingen_virker_det(full_nb_tekst: str) -> None:
    assert not _inn(t("virker_tittel", "nb"), full_nb_tekst)


def test_verdier_skrives_som_de_ble_gitt() -> None:
    assert [verdi(x) for x in (120.0, 12.5, None, -3.0)] == ["120", "12,5", "–", "−3"]


def test_hent_vurderingsdata_henter_problemer_tiltak_og_utvikling(tmp_path: Path, bank: Bank) -> None:
    with apne(tmp_path / "a.db", opprett=True) as db:
        vid = lag_demo(db, bank)
        pid = problemer.lagre(db, vid, Problem("Vold i sentrum", utgangsverdi=10, malverdi=5, siste_verdi=8))
        tiltak_id = plan.nytt_tiltak(db, vid, "Felles patrulje med vektere").id
        assert tiltak_id is not None
        problemer.koble_tiltak(db, vid, tiltak_id, pid)
        data = hent_vurderingsdata(db, vid, med_utvikling=True)
        assert [p.tittel for p in data.problemer] == ["Vold i sentrum"]
        assert data.tiltak_per_problem == {pid: [tiltak_id]}
        assert data.utvikling is not None and not data.utvikling.har_forrige
        tekst = brodtekst(pdf_bytes(data))
        assert _inn("Felles patrulje med vektere", tekst[tekst.index(t("virker_tittel", "nb")) :])
        assert not _inn(t("utv_tittel", "nb"), tekst)  # første runde: ingen utviklingsdel


def test_full_rapport_har_utviklingen_fra_andre_runde(tmp_path: Path, bank: Bank) -> None:
    with apne(tmp_path / "d.db", opprett=True) as db:
        ider = lag_distriktsdemo(db, bank, date(2026, 6, 1))
        data = [hent_vurderingsdata(db, vid, med_utvikling=True) for vid in ider]
    senere = next(d for d in data if d.utvikling is not None and d.utvikling.har_forrige)
    tekst = brodtekst(pdf_bytes(senere))
    assert _inn(t("utv_tittel", "nb"), tekst)
    assert tekst.index(t("utv_tittel", "nb")) < tekst.index(t("diagrammer", "nb"))
