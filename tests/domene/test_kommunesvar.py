"""Svar per kommune: snittet teller i modulen, 25 %-regelen per indikator, svakeste kommune navngis."""

from __future__ import annotations

import pytest

from vurdering.domene import poeng
from vurdering.domene.analyse import analyser
from vurdering.domene.bank import Bank
from vurdering.domene.kommunesvar import METODE, PerKommune
from vurdering.domene.modell import Grunnlag, Svar, SvarType

KOMMUNER = ("Asker", "Bærum", "Våler (Østfold)", "Lier")


def _n(ind: str, n: int, grunnlag: Grunnlag | None = None) -> Svar:
    return Svar(ind, SvarType.NIVA, n, grunnlag=grunnlag)


def _vi(ind: str) -> Svar:
    return Svar(ind, SvarType.VET_IKKE)


def _ir(ind: str) -> Svar:
    return Svar(ind, SvarType.IKKE_RELEVANT, grunn="Ingen politiråd her ennå")


def _felles(nivaer: dict[str, int]) -> dict[str, Svar]:
    return {i: _n(i, n) for i, n in nivaer.items()}


def _pr(bank: Bank, svar: dict[str, Svar], per: PerKommune | None = None) -> poeng.Modulresultat:
    return poeng.beregn(bank, ["PR"], svar, {"PR": 3}, per).modul("PR")


def test_uten_kommuner_som_for(bank: Bank) -> None:
    svar = _felles({"PR-01": 1, "PR-02": 2, "PR-03": 3, "PR-04": 4, "PR-05": 0})
    uten = _pr(bank, svar)
    assert _pr(bank, svar, PerKommune()) == uten
    assert _pr(bank, svar, PerKommune.lag(bank, KOMMUNER, {})) == uten  # kommuner, men ingen svar per kommune


def test_snittet_av_kommunene_teller_og_svakeste_ledd_er_svakeste_kommune(bank: Bank) -> None:
    svar = _felles({"PR-01": 2, "PR-02": 2, "PR-03": 2, "PR-04": 2, "PR-05": 2})
    per = PerKommune.lag(
        bank,
        KOMMUNER,
        {
            "PR-02": {
                "Asker": _n("PR-02", 4),
                "Bærum": _n("PR-02", 3),
                "Våler (Østfold)": _n("PR-02", 1),
                "Lier": _ir("PR-02"),
            }
        },
    )
    m = _pr(bank, svar, per)
    # PR-02 (vekt 2) får snittet (4 + 3 + 1) / 3 = 8/3; de andre har nivå 2 med vekt 1 hver.
    assert m.poeng == poeng.avrund((4 * 2 + 2 * 8 / 3) / 6)  # 2,2
    assert m.poeng == 2.2
    assert m.svakeste == 1 and m.svakeste_indikatorer == ("PR-02",)
    assert m.besvart == 5 and m.ikke_relevant == 0


def test_ikke_besvart_for_alle_kommunene_er_besvart(bank: Bank) -> None:
    per = PerKommune.lag(bank, KOMMUNER, {"PR-01": {"Asker": _n("PR-01", 4)}})
    m = _pr(bank, _felles({"PR-01": 0}), per)
    assert m.besvart == 0 and m.poeng is None  # det felles svaret teller ikke når kommunene har begynt


def test_vet_ikke_over_en_firedel_av_kommunene_gjor_indikatoren_vet_ikke(bank: Bank) -> None:
    to_av_fire = {
        "Asker": _vi("PR-01"),
        "Bærum": _vi("PR-01"),
        "Våler (Østfold)": _n("PR-01", 3),
        "Lier": _n("PR-01", 3),
    }
    m = _pr(bank, {}, PerKommune.lag(bank, KOMMUNER, {"PR-01": to_av_fire}))
    assert (m.vet_ikke, m.med_niva) == (1, 0)
    en_av_fire = {**to_av_fire, "Bærum": _n("PR-01", 1)}
    m = _pr(bank, {}, PerKommune.lag(bank, KOMMUNER, {"PR-01": en_av_fire}))
    assert (m.vet_ikke, m.med_niva, m.poeng) == (0, 1, 2.3)  # (1 + 3 + 3) / 3, Vet ikke utenfor snittet
    alle_ir = {k: _ir("PR-01") for k in KOMMUNER}
    m = _pr(bank, {}, PerKommune.lag(bank, KOMMUNER, {"PR-01": alle_ir}))
    assert m.ikke_relevant == 1


def test_forslaget_og_analysen_navngir_svakeste_kommune(bank: Bank) -> None:
    svar = _felles({"PR-01": 3, "PR-03": 3, "PR-04": 3, "PR-05": 3})
    per = PerKommune.lag(
        bank,
        KOMMUNER,
        {
            "PR-02": {
                "Asker": _n("PR-02", 4),
                "Bærum": _n("PR-02", 4),
                "Våler (Østfold)": _n("PR-02", 1, Grunnlag.ANTATT),
                "Lier": _n("PR-02", 4),
            },
        },
    )
    res = poeng.beregn(bank, ["PR"], svar, {"PR": 3}, per)
    f = next(f for f in res.forslag if f.indikator_id == "PR-02")
    assert f.niva == 1 and f.kommuner == ("Våler (Østfold)",)
    assert f.tekst == bank.indikator("PR-02").neste_steg[1]
    a = analyser(bank, res, svar, per_kommune=per)
    bilde = a.kommuner_for("PR-02")
    assert bilde is not None
    assert bilde.nivaer == (("Asker", 4), ("Bærum", 4), ("Våler (Østfold)", 1), ("Lier", 4))
    assert a.svakeste_kommune("PR-02") == ("Våler (Østfold)",)
    assert a.svakeste_kommune("PR-01") == () and a.kommuner_for("PR-01") is None
    svakest = a.svakeste[0]
    assert (svakest.indikator_id, svakest.niva, svakest.snitt) == ("PR-02", 1, pytest.approx(13 / 4))
    assert svakest.svakeste_kommuner == ("Våler (Østfold)",)


def test_bare_indikatorer_merket_per_kommune_og_bare_vurderingens_kommuner(bank: Bank) -> None:
    per = PerKommune.lag(
        bank,
        ("Asker",),
        {"KK-01": {"Asker": _n("KK-01", 4)}, "PR-01": {"Asker": _n("PR-01", 2), "Oslo": _n("PR-01", 0)}},
    )
    assert set(per.svar) == {"PR-01"} and set(per.svar["PR-01"]) == {"Asker"}


def test_metodeteksten_finnes_paa_begge_sprak() -> None:
    assert "snittet" in METODE["nb"] and "svakeste kommunen" in METODE["nb"]
    assert "snittet" in METODE["nn"] and "svakaste kommunen" in METODE["nn"]
