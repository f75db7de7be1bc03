"""`bank vis`: indikatorenes id, påstander, nivåtekster og neste steg fra kommandolinjen."""

from __future__ import annotations

import json
from typing import Any

from clihjelp import Kjorer

from vurdering.cli import bank as bankkommando
from vurdering.domene.bank import Bank


def test_uten_argument_alle_moduler_med_indikatorene(cli: Kjorer, bank: Bank) -> None:
    kode, ut, _ = cli("bank", "vis")
    assert kode == 0
    for m in bank.moduler:
        assert f"{m.id}  {m.navn}" in ut
    assert "KK-01" in ut and "bank vis MODUL" in ut


def test_en_modul_og_en_indikator(cli: Kjorer, bank: Bank) -> None:
    ind = bank.indikator("KK-01")
    kode, ut, _ = cli("bank", "vis", "kk")
    assert kode == 0 and ind.pastand in ut and ind.niva[4] in ut and ind.neste_steg[0] in ut
    assert bank.indikator("KK-02").tittel in ut
    kode, ut, _ = cli("bank", "vis", "KK-01")
    assert kode == 0 and ind.veiledning in ut and "KK-02" not in ut
    assert f"  3 {bank.niva_navn(3)}: {ind.niva[3]}" in ut and f"2 → 3: {ind.neste_steg[2]}" in ut


def test_json(cli: Kjorer, bank: Bank) -> None:
    kode, ut, _ = cli("bank", "vis", "KK-01", "--json")
    data = json.loads(ut)
    i = data["indikator"]
    assert kode == 0 and i["id"] == "KK-01" and i["pastand"] == bank.indikator("KK-01").pastand
    assert [n["verdi"] for n in i["niva"]] == [0, 1, 2, 3, 4] and len(i["neste_steg"]) == 4
    assert "bevis" in i
    data = json.loads(cli("bank", "vis", "--json")[1])
    assert len(data["moduler"]) == len(bank.moduler) and data["moduler"][0]["indikatorer"][0]["id"]


def test_nynorsk(cli: Kjorer, bank: Bank) -> None:
    nn = bank.indikator("KK-01").pastand_nn
    kode, ut, _ = cli("bank", "vis", "KK-01", "--sprak", "nn")
    assert kode == 0 and nn and nn in ut and bank.niva_navn(4, "nn") in ut


def test_ukjent(cli: Kjorer) -> None:
    kode, _, err = cli("bank", "vis", "ZZ-99")
    assert kode == 2 and err.startswith("Feil: Finner ingen modul eller indikator «ZZ-99»")


class _MedBevis:
    """En indikator med feltet `bevis` (per nivå), slik banken kan få det."""

    def __init__(self, ind: Any, bevis: tuple[str, ...]) -> None:
        for navn in ("id", "tittel", "pastand", "veiledning", "niva", "neste_steg", "modul_id"):
            setattr(self, navn, getattr(ind, navn))
        self.bevis = bevis


def test_bevis_vises_naar_banken_har_det(bank: Bank, capsys: Any) -> None:
    bevis = ("ingenting", "e-post", "rutine", "referat", "evaluering")
    ind = _MedBevis(bank.indikator("KK-01"), bevis)
    assert bankkommando._indikator_data(bank, ind, "nb")["bevis"] == list(bevis)  # type: ignore[arg-type]
    bankkommando._skriv_indikator(bank, ind, "nb", veiledning=False)  # type: ignore[arg-type]
    ut = capsys.readouterr().out
    assert "Dette kan du vise fram: referat" in ut
