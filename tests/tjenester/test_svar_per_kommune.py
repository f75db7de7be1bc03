"""Svar per kommune gjennom brukstilfellene: kommuner kontrolleres, svar lagres, nøkkeltallene følger med."""

from __future__ import annotations

import pytest

from vurdering.domene.bank import Bank
from vurdering.domene.feltregler import Feltfeil
from vurdering.domene.modell import Grunnlag, Svar, SvarType
from vurdering.lagring.database import Database, sql_for_tester
from vurdering.lagring.skjema import kjente_migreringer
from vurdering.tjenester import kommuner as tk
from vurdering.tjenester import vurderinger as tj


def _ny(db: Database, bank: Bank, kommuner: tuple[str, ...] = ("Asker", "bærum", "Våler (Østfold)")) -> int:
    return tj.opprett_vurdering(
        db, bank, tj.NyVurdering(enhet="Asker og Bærum", distrikt="Øst", moduler=("PR",), kommuner=kommuner)
    )


def test_migreringen_er_registrert_og_svar_beholder_nokkelen(db: Database) -> None:
    assert kjente_migreringer()[-1] == "005_kommuner"
    pk = [r["name"] for r in sql_for_tester(db, "PRAGMA table_info(svar)") if r["pk"]]
    assert pk == ["vurdering_id", "indikator_id"]


def test_ny_vurdering_med_kommuner_lagres_med_vanlige_navn(db: Database, bank: Bank) -> None:
    vid = _ny(db, bank)
    assert tj.hent_vurdering(db, vid).kommuner == ("Asker", "Bærum", "Våler (Østfold)")
    assert tk.hent_kommuner(db, vid) == ("Asker", "Bærum", "Våler (Østfold)")
    uten = tj.opprett_vurdering(db, bank, tj.NyVurdering(enhet="Sentrum", distrikt="Vest"))
    assert tj.hent_vurdering(db, uten).kommuner == ()


def test_ukjent_kommune_foreslaar_naere_navn(db: Database, bank: Bank) -> None:
    with pytest.raises(Feltfeil, match="Ukjent kommune: «Lilestrom»; mente du «Lillestrøm»") as e:
        _ny(db, bank, ("Asker", "Lilestrom"))
    assert e.value.felt == "kommuner"
    with pytest.raises(Feltfeil, match="finnes i flere fylker"):
        _ny(db, bank, ("Våler",))


def test_svar_per_kommune_teller_i_poeng_og_nokkeltall(db: Database, bank: Bank) -> None:
    vid = _ny(db, bank)
    for ind in ("PR-01", "PR-03", "PR-04", "PR-05"):
        tj.lagre_svar(db, vid, Svar(ind, SvarType.NIVA, 2))
    tk.endre_kommunesvar(db, vid, "pr-02", "asker", SvarType.NIVA, niva=4, grunnlag=Grunnlag.DOKUMENTERT)
    tk.endre_kommunesvar(db, vid, "PR-02", "Bærum", SvarType.NIVA, niva=3, kommentar="Politiråd to ganger i året")
    data = tj.hent_vurderingsdata(db, vid)
    assert data.resultat.modul("PR").besvart == 4  # Våler er ikke besvart ennå
    navn, lagret = tk.endre_kommunesvar(db, vid, "PR-02", "våler (østfold)", SvarType.NIVA, niva=1)
    assert navn == "Våler (Østfold)" and lagret.oppdatert
    data = tj.hent_vurderingsdata(db, vid)
    pr = data.resultat.modul("PR")
    assert pr.besvart == 5 and pr.poeng == 2.2 and pr.svakeste == 1
    assert next(r for r in tj.liste_vurderinger(db) if r.id == vid).besvart == data.resultat.besvart
    assert data.analyse.svakeste_kommune("PR-02") == ("Våler (Østfold)",)
    assert (
        sql_for_tester(db, "SELECT poeng FROM modulpoeng WHERE vurdering_id = ? AND modul_id = 'PR'", (vid,))[0][0]
        == 2.2
    )
    # endre beholder det som ikke er nevnt
    _, s = tk.endre_kommunesvar(db, vid, "PR-02", "Bærum", SvarType.NIVA, niva=2)
    assert s.kommentar == "Politiråd to ganger i året"
    assert [(k, x.niva if x else None) for k, x in tk.kommunesvar_for(db, vid, "PR-02")] == [
        ("Asker", 4),
        ("Bærum", 2),
        ("Våler (Østfold)", 1),
    ]
    tk.slett_kommunesvar(db, vid, "PR-02", "Asker")
    assert tk.kommunesvar_for(db, vid, "PR-02")[0] == ("Asker", None)


def test_feil_kommune_indikator_og_ferdig(db: Database, bank: Bank) -> None:
    vid = _ny(db, bank)
    with pytest.raises(Feltfeil, match=r"Kommunen «Lier» er ikke med i vurderingen\. Med er: Asker, Bærum"):
        tk.endre_kommunesvar(db, vid, "PR-01", "Lier", SvarType.VET_IKKE)
    with pytest.raises(Feltfeil, match="Ukjent kommune: «Askr»; mente du «Asker»"):
        tk.endre_kommunesvar(db, vid, "PR-01", "Askr", SvarType.VET_IKKE)
    with pytest.raises(
        Feltfeil,
        match=r"KK-01 besvares for hele enheten, ikke per kommune\. Per kommune kan du svare på SS-03, SS-04, PR-01",
    ):
        tk.endre_kommunesvar(db, vid, "KK-01", "Asker", SvarType.VET_IKKE)
    with pytest.raises(ValueError, match="begrunnes"):
        tk.endre_kommunesvar(db, vid, "PR-01", "Asker", SvarType.IKKE_RELEVANT)
    tj.marker_ferdig(db, vid)
    with pytest.raises(tj.Ferdig):
        tk.endre_kommunesvar(db, vid, "PR-01", "Asker", SvarType.VET_IKKE)


def test_kommuner_settes_paa_nytt_og_svar_blir_liggende(db: Database, bank: Bank) -> None:
    vid = _ny(db, bank, ("Asker", "Bærum"))
    tk.endre_kommunesvar(db, vid, "PR-01", "Bærum", SvarType.NIVA, niva=3)
    assert tk.sett_kommuner(db, vid, ["Asker"]) == ("Asker",)
    assert tk.kommunesvar_for(db, vid, "PR-01") == [("Asker", None)]
    tk.sett_kommuner(db, vid, ["Asker", "Bærum"])
    assert tk.kommunesvar_for(db, vid, "PR-01")[1][1] is not None
    uten = tj.opprett_vurdering(db, bank, tj.NyVurdering(enhet="Sentrum", distrikt="Vest", moduler=("PR",)))
    with pytest.raises(Feltfeil, match="Vurderingen har ingen kommuner"):
        tk.endre_kommunesvar(db, uten, "PR-01", "Asker", SvarType.VET_IKKE)


def test_sletting_tar_kommunene_med(db: Database, bank: Bank) -> None:
    vid = _ny(db, bank)
    tk.endre_kommunesvar(db, vid, "PR-01", "Asker", SvarType.NIVA, niva=3)
    tj.slett_vurdering(db, vid)
    assert sql_for_tester(db, "SELECT count(*) FROM kommunesvar")[0][0] == 0
    assert sql_for_tester(db, "SELECT count(*) FROM vurdering_kommune")[0][0] == 0
