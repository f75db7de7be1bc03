"""Poengreglene fra CONTENT.md, med verdier regnet for hånd."""

from __future__ import annotations

import pytest

from vurdering.domene import poeng
from vurdering.domene.bank import Bank, Indikator, Modul
from vurdering.domene.modell import Grunnlag, Svar, SvarType


def _ind(mid: str, nr: int, vekt: float = 1.0, tema: str = "KK") -> Indikator:
    return Indikator(
        id=f"{mid}-{nr:02d}",
        tittel=f"Indikator {mid}-{nr:02d}",
        pastand="Påstand.",
        veiledning="Veiledning.",
        tema=tema,
        hovedlinje="kunnskapsgrunnlag",
        vekt=vekt,
        niva=("n0", "n1", "n2", "n3", "n4"),
        neste_steg=(f"{mid}{nr} 0→1", f"{mid}{nr} 1→2", f"{mid}{nr} 2→3", f"{mid}{nr} 3→4"),
    )


def _modul(mid: str, antall: int, type: str = "tema", vekter: list[float] | None = None, mal: int = 3) -> Modul:
    vekter = vekter or [1.0] * antall
    return Modul(
        id=mid,
        navn=f"Modul {mid}",
        type=type,  # type: ignore[arg-type]
        tema=mid if type == "tema" else None,
        mal=mal,
        intro="Intro.",
        indikatorer=tuple(_ind(mid, i + 1, vekter[i]) for i in range(antall)),
    )


def _niva(iid: str, n: int, grunnlag: Grunnlag | None = None) -> Svar:
    return Svar(iid, SvarType.NIVA, n, grunnlag=grunnlag)


def _vi(iid: str) -> Svar:
    return Svar(iid, SvarType.VET_IKKE)


def _ir(iid: str) -> Svar:
    return Svar(iid, SvarType.IKKE_RELEVANT, grunn="Gjelder ikke oss.")


def _svar(*svar: Svar) -> dict[str, Svar]:
    return {s.indikator_id: s for s in svar}


class TestModulpoeng:
    def test_vektet_snitt_med_en_desimal_og_gulvnivaa(self) -> None:
        m = _modul("KK", 4, vekter=[1, 2, 1, 1])
        # (1·2 + 2·3 + 1·1 + 1·4) / 5 = 13 / 5 = 2,6 → nivå 2
        r = poeng.beregn_modul(m, _svar(_niva("KK-01", 2), _niva("KK-02", 3), _niva("KK-03", 1), _niva("KK-04", 4)))
        assert r.poeng == 2.6
        assert r.niva == 2
        assert r.svakeste == 1
        assert r.svakeste_indikatorer == ("KK-03",)

    def test_avrunding_halvt_opp(self) -> None:
        m = _modul("KK", 4)
        # (2 + 2 + 2 + 3) / 4 = 2,25 → 2,3 (ikke bankers avrunding til 2,2)
        r = poeng.beregn_modul(m, _svar(*(_niva(f"KK-0{i}", n) for i, n in enumerate([2, 2, 2, 3], 1))))
        assert r.poeng == 2.3

    def test_gulv_av_vist_verdi(self) -> None:
        m = _modul("KK", 3)
        # (3 + 3 + 2) / 3 = 2,67 → 2,7 → nivå 2 (har ikke fullt ut nådd 3)
        r = poeng.beregn_modul(m, _svar(_niva("KK-01", 3), _niva("KK-02", 3), _niva("KK-03", 2)))
        assert (r.poeng, r.niva) == (2.7, 2)

    def test_en_indikator(self) -> None:
        m = _modul("ETR", 1, type="fagomrade")
        r = poeng.beregn_modul(m, _svar(_niva("ETR-01", 4)))
        assert (r.poeng, r.niva, r.svakeste) == (4.0, 4, 4)

    def test_ikke_relevant_holdes_utenfor(self) -> None:
        m = _modul("KK", 4)
        # KK-04 ikke relevant: (1 + 2 + 3) / 3 = 2,0
        r = poeng.beregn_modul(m, _svar(_niva("KK-01", 1), _niva("KK-02", 2), _niva("KK-03", 3), _ir("KK-04")))
        assert r.poeng == 2.0
        assert r.ikke_relevant == 1
        assert r.relevante == 3

    def test_alle_ikke_relevant(self) -> None:
        m = _modul("KK", 3)
        r = poeng.beregn_modul(m, _svar(_ir("KK-01"), _ir("KK-02"), _ir("KK-03")))
        assert r.poeng is None
        assert r.merknad == "ikke relevant"
        assert not r.utilstrekkelig

    def test_vet_ikke_25_prosent_gir_fortsatt_poeng(self) -> None:
        m = _modul("KK", 4)
        # 1 av 4 = 25 %, ikke mer enn 25 % → poeng av de tre andre: (2+2+4)/3 = 2,67 → 2,7
        r = poeng.beregn_modul(m, _svar(_vi("KK-01"), _niva("KK-02", 2), _niva("KK-03", 2), _niva("KK-04", 4)))
        assert r.poeng == 2.7
        assert not r.utilstrekkelig
        assert r.vet_ikke == 1

    def test_vet_ikke_over_25_prosent_gir_utilstrekkelig_grunnlag(self) -> None:
        m = _modul("KK", 5)
        # 2 av 5 = 40 %
        r = poeng.beregn_modul(
            m, _svar(_vi("KK-01"), _vi("KK-02"), _niva("KK-03", 2), _niva("KK-04", 3), _niva("KK-05", 4))
        )
        assert r.poeng is None
        assert r.utilstrekkelig
        assert r.merknad == "utilstrekkelig grunnlag"
        assert r.svakeste == 2  # svakeste ledd vises likevel

    def test_terskel_regnes_av_relevante_indikatorer(self) -> None:
        m = _modul("KK", 5)
        # 1 vet ikke av 3 relevante (2 ikke relevant) = 33 % > 25 %
        r = poeng.beregn_modul(m, _svar(_ir("KK-01"), _ir("KK-02"), _vi("KK-03"), _niva("KK-04", 3), _niva("KK-05", 3)))
        assert r.utilstrekkelig

    def test_alle_vet_ikke(self) -> None:
        m = _modul("KK", 3)
        r = poeng.beregn_modul(m, _svar(_vi("KK-01"), _vi("KK-02"), _vi("KK-03")))
        assert r.poeng is None and r.utilstrekkelig and r.svakeste is None

    def test_ubesvart_teller_verken_som_poeng_eller_vet_ikke(self) -> None:
        m = _modul("KK", 4)
        r = poeng.beregn_modul(m, _svar(_niva("KK-01", 1), _niva("KK-02", 3)))
        assert r.poeng == 2.0
        assert (r.besvart, r.ubesvart, r.vet_ikke) == (2, 2, 0)
        assert r.fremdrift == 0.5

    def test_ingen_svar(self) -> None:
        r = poeng.beregn_modul(_modul("KK", 3), {})
        assert r.poeng is None and r.merknad == "ikke besvart" and r.fremdrift == 0


class TestMal:
    def test_gap_og_andel(self) -> None:
        m = _modul("KK", 2, mal=3)
        r = poeng.beregn_modul(m, _svar(_niva("KK-01", 2), _niva("KK-02", 2)))
        assert r.gap == 1.0
        assert r.andel_av_mal == pytest.approx(2 / 3)

    def test_andel_er_hoyst_hundre_prosent(self) -> None:
        m = _modul("KK", 2)
        r = poeng.beregn_modul(m, _svar(_niva("KK-01", 4), _niva("KK-02", 4)), mal=3)
        assert r.andel_av_mal == 1.0
        assert r.gap == -1.0

    def test_mal_null(self) -> None:
        m = _modul("KK", 2)
        r = poeng.beregn_modul(m, _svar(_niva("KK-01", 0), _niva("KK-02", 1)), mal=0)
        assert r.andel_av_mal == 1.0
        assert r.gap == -0.5

    def test_mal_fire(self) -> None:
        m = _modul("KK", 2)
        r = poeng.beregn_modul(m, _svar(_niva("KK-01", 3), _niva("KK-02", 4)), mal=4)
        assert r.gap == 0.5
        assert r.andel_av_mal == pytest.approx(3.5 / 4)


def _bank(*moduler: Modul) -> Bank:
    niva = [
        {"verdi": i, "navn": n, "navn_nn": n, "beskrivelse": "b", "beskrivelse_nn": "b"}
        for i, n in enumerate(["Ikke etablert", "Tilfeldig", "Etablert", "Styrt", "Lærende"])
    ]
    return Bank.model_validate(
        {
            "id": "test",
            "versjon": "1",
            "navn": "Testbank",
            "kilde": "Test",
            "niva": niva,
            "tema": [{"id": t, "navn": t, "navn_nn": t} for t in ("KK", "SL", "SS", "DT")],
            "hovedlinje": [{"id": "kunnskapsgrunnlag", "tema": "KK", "navn": "K"}],
            "moduler": [m.model_dump() for m in moduler],
        }
    )


TEMA = ("KK", "SL", "SS", "DT")


class TestSamlet:
    def _alle(self, nivaer: dict[str, list[int | str]]) -> poeng.Resultat:
        bank = _bank(*(_modul(t, 2) for t in TEMA), _modul("ETR", 2, type="fagomrade"))
        svar: dict[str, Svar] = {}
        for mid, verdier in nivaer.items():
            for i, v in enumerate(verdier, 1):
                iid = f"{mid}-{i:02d}"
                svar[iid] = _vi(iid) if v == "vi" else _niva(iid, int(v))
        return poeng.beregn(bank, [*TEMA, "ETR"], svar)

    def test_snitt_av_temaene_uten_fagomrader(self) -> None:
        r = self._alle({"KK": [2, 3], "SL": [1, 1], "SS": [3, 3], "DT": [2, 2], "ETR": [0, 0]})
        # (2,5 + 1,0 + 3,0 + 2,0) / 4 = 2,125 → 2,1
        assert r.samlet.poeng == 2.1
        assert r.samlet.niva == 2
        assert r.samlet.tema_utelatt == ()

    def test_tema_med_utilstrekkelig_grunnlag_utelates_og_nevnes(self) -> None:
        r = self._alle({"KK": ["vi", 3], "SL": [1, 2], "SS": [3, 3], "DT": [2, 2]})
        # KK: 50 % vet ikke → utelatt; (1,5 + 3 + 2) / 3 = 2,17 → 2,2
        assert r.samlet.poeng == 2.2
        assert r.samlet.tema_utelatt == ("Modul KK",)
        assert "Modul KK" in r.samlet.merknad

    def test_faerre_enn_tre_tema_gir_ingen_samlet(self) -> None:
        r = self._alle({"KK": ["vi", "vi"], "SL": ["vi", 2], "SS": [3, 3], "DT": [2, 2]})
        assert r.samlet.poeng is None
        assert "bare 2 av 4" in r.samlet.merknad

    def test_fremdrift_og_uferdig(self) -> None:
        r = self._alle({"KK": [2], "SL": [1, 2]})
        assert (r.besvart, r.antall) == (3, 10)
        assert not r.ferdig_besvart


class TestForslag:
    def test_prioritetsformel(self) -> None:
        # vekt × ((1 + mål − nivå)² − 1)
        assert poeng.prioritet(1, 3, 2) == 3
        assert poeng.prioritet(1, 3, 0) == 15
        assert poeng.prioritet(2, 3, 1) == 16
        assert poeng.prioritet(1, 4, 3) == 3

    def test_rekkefolge_tekst_og_mal(self) -> None:
        bank = _bank(_modul("KK", 3, vekter=[1, 2, 1]), _modul("SL", 2), _modul("SS", 2), _modul("DT", 2))
        svar = _svar(_niva("KK-01", 2), _niva("KK-02", 1), _niva("KK-03", 3), _niva("SL-01", 0), _niva("SL-02", 4))
        f = poeng.beregn(bank, TEMA, svar).forslag
        # KK-02: 2 × (3² − 1) = 16; SL-01: 1 × (4² − 1) = 15; KK-01: 1 × (2² − 1) = 3.
        assert [x.indikator_id for x in f] == ["KK-02", "SL-01", "KK-01"]
        assert [x.prioritet for x in f] == [16, 15, 3]
        assert f[0].tekst == "KK2 1→2"  # neste steg fra dagens nivå
        assert f[1].tekst == "SL1 0→1"

    def test_ingen_forslag_paa_eller_over_mal(self) -> None:
        bank = _bank(*(_modul(t, 2) for t in TEMA))
        f = poeng.beregn(bank, TEMA, _svar(_niva("KK-01", 3), _niva("KK-02", 4)), {"KK": 3}).forslag
        assert f == ()

    def test_mal_per_modul_styrer_forslagene(self) -> None:
        bank = _bank(*(_modul(t, 2) for t in TEMA))
        f = poeng.beregn(bank, TEMA, _svar(_niva("KK-01", 3)), {"KK": 4}).forslag
        assert [(x.indikator_id, x.prioritet, x.tekst) for x in f] == [("KK-01", 3, "KK1 3→4")]
        assert poeng.beregn(bank, TEMA, _svar(_niva("KK-01", 0)), {"KK": 0}).forslag == ()

    def test_likhet_tema_foer_andre_moduler(self) -> None:
        bank = _bank(_modul("ETR", 2, type="fagomrade"), *(_modul(t, 2) for t in TEMA))
        svar = _svar(_niva("ETR-01", 2), _niva("DT-01", 2))
        f = poeng.beregn(bank, ["ETR", *TEMA], svar).forslag
        assert [x.indikator_id for x in f] == ["DT-01", "ETR-01"]

    def test_likhet_antatt_foer_erfart_foer_dokumentert(self) -> None:
        bank = _bank(*(_modul(t, 3) for t in TEMA))
        svar = _svar(
            _niva("KK-01", 2, Grunnlag.DOKUMENTERT),
            _niva("KK-02", 2, Grunnlag.ERFART),
            _niva("KK-03", 2, Grunnlag.ANTATT),
        )
        f = poeng.beregn(bank, TEMA, svar).forslag
        assert [x.indikator_id for x in f] == ["KK-03", "KK-02", "KK-01"]

    def test_vet_ikke_gir_kartleggingsforslag_etter_de_prioriterte(self) -> None:
        bank = _bank(*(_modul(t, 2) for t in TEMA))
        f = poeng.beregn(bank, TEMA, _svar(_vi("KK-01"), _niva("SL-01", 2), _ir("SL-02"))).forslag
        assert [x.indikator_id for x in f] == ["SL-01", "KK-01"]
        assert f[1].kartlegg and f[1].prioritet is None
        assert "Kartlegg" in f[1].tekst

    def test_ikke_relevant_og_ubesvart_gir_ingen_forslag(self) -> None:
        bank = _bank(*(_modul(t, 2) for t in TEMA))
        assert poeng.beregn(bank, TEMA, _svar(_ir("KK-01"))).forslag == ()
