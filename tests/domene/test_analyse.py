"""Analysen (`domene.analyse`): rangeringsregelen for svakeste og sterkeste, merknadene om
datagrunnlaget, konsensus per svar og oppfølgingen – med små banker regnet for hånd."""

from __future__ import annotations

from test_poeng import _bank, _modul, _niva, _vi

from vurdering.domene import analyse_deler as d
from vurdering.domene import poeng
from vurdering.domene.analyse import ANTALL_STERKESTE, ANTALL_SVAKESTE, analyser
from vurdering.domene.bank import Bank
from vurdering.domene.modell import Grunnlag, Svar, SvarType, Tiltak, TiltakStatus
from vurdering.domene.vurderingsdata import Oppfolgingspunkt


def _analyse(bank: Bank, svar: dict[str, Svar], mal: dict[str, int] | None = None, **kw: object):  # type: ignore[no-untyped-def]
    moduler = tuple(m.id for m in bank.moduler)
    return analyser(bank, poeng.beregn(bank, moduler, svar, mal), svar, **kw)  # type: ignore[arg-type]


def test_svakeste_er_storst_avstand_til_malet_ikke_lavest_niva() -> None:
    bank = _bank(_modul("KK", 2), _modul("SL", 2))
    svar = {s.indikator_id: s for s in (_niva("KK-01", 1), _niva("KK-02", 1), _niva("SL-01", 2), _niva("SL-02", 3))}
    # KK har mål 1 (nådd), SL mål 4: SL-01 (nivå 2, gap 2) er svakere enn KK-01 (nivå 1, gap 0).
    a = _analyse(bank, svar, {"KK": 1, "SL": 4})
    assert [n.indikator_id for n in a.svakeste] == ["SL-01", "SL-02", "KK-01", "KK-02"]
    assert [n.gap for n in a.svakeste] == [2, 1, 0, 0]


def test_likt_gap_hoyest_vekt_forst_og_sa_bankens_rekkefolge() -> None:
    bank = _bank(_modul("KK", 3, vekter=[1.0, 2.0, 1.0]))
    svar = {s.indikator_id: s for s in (_niva("KK-01", 1), _niva("KK-02", 1), _niva("KK-03", 1))}
    a = _analyse(bank, svar)
    assert [n.indikator_id for n in a.svakeste] == ["KK-02", "KK-01", "KK-03"]
    # Blant indikatorene under målet følger de svakeste og forslagene samme rekkefølge.
    assert [f.indikator_id for f in a.forslag] == [n.indikator_id for n in a.svakeste]


def test_antall_og_sterkeste() -> None:
    bank = _bank(_modul("KK", 7))
    svar = {f"KK-0{i}": _niva(f"KK-0{i}", i % 5) for i in range(1, 8)}
    a = _analyse(bank, svar)
    assert len(a.svakeste) == ANTALL_SVAKESTE and len(a.sterkeste) == ANTALL_STERKESTE
    # Nivåene er 1, 2, 3, 4, 0, 1, 2: likt nivå 2 (KK-02, KK-07) avgjøres av bankens rekkefølge.
    assert [n.indikator_id for n in a.sterkeste] == ["KK-04", "KK-03", "KK-02"]
    assert [n.indikator_id for n in a.svakeste] == ["KK-05", "KK-01", "KK-06", "KK-02", "KK-07"]


def test_merknader_om_datagrunnlaget() -> None:
    bank = _bank(_modul("KK", 4), _modul("SL", 2), _modul("SS", 2), _modul("DT", 2))
    svar = {
        s.indikator_id: s
        for s in (
            _vi("KK-01"),
            _vi("KK-02"),
            _niva("KK-03", 2, Grunnlag.ANTATT),
            _niva("SL-01", 2),
            _niva("SS-01", 1),
            _niva("DT-01", 3, Grunnlag.ANTATT),
        )
    }
    a = _analyse(bank, svar)
    koder = [(v.kode, v.modul_id, v.n, v.av) for v in a.datavarsler]
    assert (d.UFERDIG, "", 6, 10) in koder
    assert (d.MODUL_UTILSTREKKELIG, "KK", 2, 4) in koder  # 2 av 4 > 25 %
    assert (d.MODUL_UBESVART, "SL", 1, 2) in koder
    assert (d.VET_IKKE_TOTALT, "", 2, 0) in koder
    assert (d.ANTATT_ANDEL, "", 2, 4) in koder
    samlet = next(v for v in a.datavarsler if v.kode == d.SAMLET_UTEN)
    assert samlet.moduler == ("KK",)
    assert a.datavarsler[0].kode == d.UFERDIG


def test_konsensus_per_svar_og_oppfolging() -> None:
    bank = _bank(_modul("KK", 3))
    svar = {
        "KK-01": Svar("KK-01", SvarType.NIVA, 2, stemmer=(1, 0, 2, 0, 1), dissens="Uenig"),
        "KK-02": Svar("KK-02", SvarType.NIVA, 2, stemmer=(0, 0, 3, 1, 0)),
        "KK-03": _niva("KK-03", 2),
    }
    punkter = [
        Oppfolgingspunkt(Tiltak("A"), TiltakStatus.FULLFORT),
        Oppfolgingspunkt(Tiltak("B"), None),
        Oppfolgingspunkt(Tiltak("C"), TiltakStatus.FULLFORT),
    ]
    a = _analyse(bank, svar, forrige_id=7, oppfolgingspunkter=punkter)
    k1, k2 = a.konsensus_for("KK-01"), a.konsensus_for("KK-02")
    assert k1 is not None and k1.uenighet and k1.median == 2 and k1.dissens == "Uenig"
    assert k2 is not None and not k2.uenighet
    assert a.konsensus_for("KK-03") is None
    assert a.oppfolging.forrige_id == 7 and not a.oppfolging.forste_runde
    assert dict(a.oppfolging.per_status) == {"fullfort": 2, "ikke_vurdert": 1}


def test_matrisen_har_ider_og_sterkeste_og_svakeste_rute() -> None:
    bank = _bank(_modul("KK", 2), _modul("ETR", 2, type="fagomrade"))
    svar = {"ETR-01": _niva("ETR-01", 1), "ETR-02": _niva("ETR-02", 3)}
    a = _analyse(bank, svar)
    assert a.matrise is not None
    assert a.matrise.omrader == ("ETR",) and a.matrise.tema == ("KK", "SL", "SS", "DT")
    assert a.matrise.ruter == {("ETR", "KK"): (2.0, 2)}
    assert a.matrise.sterkeste_ruter() == (2.0, (("ETR", "KK"),))
