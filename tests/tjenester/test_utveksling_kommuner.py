""".forkant versjon 3: kommunene, svarene per kommune og enhetens problemer følger filen, og samles."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from vurdering.domene.bank import Bank
from vurdering.domene.forkantfil import UtvekslingFeil
from vurdering.domene.modell import Grunnlag, Svar, SvarType
from vurdering.domene.problemer import Problem
from vurdering.domene.utveksling import les_fil, les_json
from vurdering.lagring import repository as repo
from vurdering.lagring.database import Database, apne
from vurdering.tjenester import filer as filtjeneste
from vurdering.tjenester import kommuner as tk
from vurdering.tjenester import plan
from vurdering.tjenester import problemer as tp
from vurdering.tjenester import vurderinger as tj


def _vurdering(db: Database, bank: Bank, nivaer: dict[str, int], kommuner: tuple[str, ...] = ("Asker", "Bærum")) -> int:
    vid = tj.opprett_vurdering(
        db, bank, tj.NyVurdering(enhet="Asker og Bærum", distrikt="Øst", moduler=("PR",), kommuner=kommuner)
    )
    for kommune, niva in nivaer.items():
        tk.endre_kommunesvar(db, vid, "PR-01", kommune, SvarType.NIVA, niva=niva, grunnlag=Grunnlag.ERFART)
    return vid


def _eksporter(db: Database, vid: int, sti: Path) -> Path:
    return filtjeneste.eksporter(db, vid, sti)


def test_eksport_og_import_gir_alt_tilbake(db: Database, bank: Bank, tmp_path: Path) -> None:
    vid = _vurdering(db, bank, {"Asker": 3, "Bærum": 1})
    tk.endre_kommunesvar(db, vid, "PR-02", "Bærum", SvarType.IKKE_RELEVANT, grunn="Ikke politiråd ennå", kommentar="K")
    pid = tp.lagre(
        db,
        vid,
        Problem(
            "Vold i sentrum helg",
            "Virksomhetsplanen",
            "Anmeldte voldssaker",
            "PO/BL",
            40,
            "2025-01-01",
            30,
            35,
            "2025-12-31",
        ),
    )
    tp.lagre(db, vid, Problem("Ungdomskriminalitet"))
    plan.nytt_tiltak(db, vid, "Helgepatrulje", eier_rolle="Leder")
    tiltak = plan.nytt_tiltak(db, vid, "Politiråd i Bærum", eier_rolle="Politikontakt", indikator_id="PR-01")
    assert tiltak.id is not None
    tp.koble_tiltak(db, vid, tiltak.id, pid)
    sti = _eksporter(db, vid, tmp_path / "v.forkant")
    data = les_json(sti.read_bytes())
    assert data["versjon"] == 3 and data["vurdering"]["kommuner"] == ["Asker", "Bærum"]

    mal = apne(tmp_path / "mal.db", opprett=True)
    try:
        (ny,) = filtjeneste.importer_filer(mal, [sti])
        assert tj.hent_vurdering(mal, ny).kommuner == ("Asker", "Bærum")
        assert repo.hent_kommunesvar(mal, ny) == repo.hent_kommunesvar(db, vid)
        assert [p.tittel for p in tp.hent(mal, ny)] == ["Vold i sentrum helg", "Ungdomskriminalitet"]
        gammel, kopi = tp.hent(db, vid)[0], tp.hent(mal, ny)[0]
        assert (kopi.utgangsverdi, kopi.malverdi, kopi.siste_verdi, kopi.siste_dato) == (40, 30, 35, "2025-12-31")
        assert kopi.begrunnelse == gammel.begrunnelse and kopi.kilde == "PO/BL"
        nye_tiltak = repo.hent_tiltak(mal, ny)
        assert tp.tiltak_per_problem(mal, ny) == {kopi.id: [nye_tiltak[1].id]}
        pr = tj.hent_vurderingsdata(mal, ny).resultat.modul("PR")
        assert pr == tj.hent_vurderingsdata(db, vid).resultat.modul("PR")
        assert pr.poeng == 2.0 and pr.svakeste == 1
    finally:
        mal.lukk()


def test_uten_kommuner_og_problemer_er_filen_fortsatt_versjon_2(db: Database, bank: Bank, tmp_path: Path) -> None:
    vid = tj.opprett_vurdering(db, bank, tj.NyVurdering(enhet="Sentrum", distrikt="Vest"))
    data = les_json(_eksporter(db, vid, tmp_path / "v.forkant").read_bytes())
    assert data["versjon"] == 2
    assert "kommunesvar" not in data and "problemer" not in data and "kommuner" not in data["vurdering"]


def test_versjon_2_med_felt_fra_versjon_3_avvises(db: Database, bank: Bank, tmp_path: Path) -> None:
    vid = _vurdering(db, bank, {"Asker": 2})
    data = les_json(_eksporter(db, vid, tmp_path / "v.forkant").read_bytes())
    data["versjon"] = 2
    sti = tmp_path / "v2.forkant"
    sti.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(UtvekslingFeil, match="felt «kommunesvar»: ukjent felt i filformat versjon 2"):
        les_fil(sti)


def test_kommunesvar_som_ikke_henger_sammen_avvises(db: Database, bank: Bank, tmp_path: Path) -> None:
    vid = _vurdering(db, bank, {"Asker": 2})
    data = les_json(_eksporter(db, vid, tmp_path / "v.forkant").read_bytes())
    data["kommunesvar"].append({**data["kommunesvar"][0], "kommune": "Lier"})
    data["kommunesvar"].append({**data["kommunesvar"][0], "indikator": "KK-01"})
    data["tiltak"] = [{"tekst": "Noe", "problem": 3}]
    sti = tmp_path / "feil.forkant"
    sti.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(UtvekslingFeil) as e:
        les_fil(sti)
    tekst = str(e.value)
    assert "kommunesvar nr. 2 (PR-01, Lier): kommunen står ikke i «vurdering.kommuner»" in tekst
    assert "kommunesvar nr. 3 (KK-01, Asker)" in tekst
    assert "tiltak nr. 1: felt «problem»: filen har ikke problem nr. 3" in tekst


def test_samle_slaar_sammen_kommunesvar_kommune_for_kommune(db: Database, bank: Bank, tmp_path: Path) -> None:
    stier = []
    for nr, (nivaer, kommuner) in enumerate(
        [
            ({"Asker": 4, "Bærum": 1}, ("Asker", "Bærum")),
            ({"Asker": 2, "Bærum": 1}, ("Asker", "Bærum")),
            ({"Asker": 3, "Lier": 2}, ("Asker", "Lier")),
        ]
    ):
        d = apne(tmp_path / f"d{nr}.db", opprett=True)
        try:
            vid = _vurdering(d, bank, nivaer, kommuner)
            if nr == 0:
                tp.lagre(d, vid, Problem("Vold i sentrum"))
            if nr == 1:
                tp.lagre(d, vid, Problem("vold i sentrum "))
                tp.lagre(d, vid, Problem("Narkotika på skolen"))
            stier.append(_eksporter(d, vid, tmp_path / f"d{nr}.forkant"))
        finally:
            d.lukk()
    sid = filtjeneste.samle(db, stier, enhet="Asker og Bærum", distrikt="Øst")
    assert tj.hent_vurdering(db, sid).kommuner == ("Asker", "Bærum", "Lier")
    per = repo.hent_kommunesvar(db, sid)["PR-01"]
    assert {k: s.niva for k, s in per.items()} == {"Asker": 3, "Bærum": 1, "Lier": 2}  # nedre median per kommune
    assert per["Asker"].grunnlag is Grunnlag.ERFART
    assert [p.tittel for p in tp.hent(db, sid)] == ["Vold i sentrum", "Narkotika på skolen"]


def test_samle_uten_kommuner_som_for(lag_fil: object, db: Database) -> None:
    lag = lag_fil
    assert callable(lag)
    a = lag({"KK-01": Svar("KK-01", SvarType.NIVA, 2)})
    b = lag({"KK-01": Svar("KK-01", SvarType.NIVA, 3)})
    sid = filtjeneste.samle(db, [a, b], enhet="Bergen sentrum")
    assert tj.hent_vurdering(db, sid).kommuner == () and repo.hent_kommunesvar(db, sid) == {}
