"""CSV-eksporten: UTF-8 med BOM, semikolon, én rad per indikator, og den leses av csv-modulen."""

from __future__ import annotations

import csv
import dataclasses
import io
from pathlib import Path

import pytest

from vurdering.domene.modell import Grunnlag, Svar, SvarType
from vurdering.domene.vurderingsdata import Vurderingsdata
from vurdering.rapport.csvfil import EXCEL_MAKS_TEGN, KOLONNER, skriv_csv


def _les(sti: Path) -> list[dict[str, str]]:
    with sti.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f, delimiter=";"))


def test_bom_semikolon_og_en_rad_per_indikator(tmp_path: Path, demodata: Vurderingsdata) -> None:
    sti = tmp_path / "svar.csv"
    skriv_csv(demodata, sti)
    raa = sti.read_bytes()
    assert raa.startswith(b"\xef\xbb\xbf")
    assert raa.count(b"\xef\xbb\xbf") == 1
    forste_linje = raa[3:].split(b"\r\n", 1)[0].decode("utf-8")
    assert forste_linje == ";".join(KOLONNER)
    rader = _les(sti)
    forventet = [i.id for mid in demodata.vurdering.moduler for i in demodata.bank.modul(mid).indikatorer]
    assert [r["Indikator-id"] for r in rader] == forventet
    assert len(rader) == 69


def test_verdiene_i_radene(tmp_path: Path, demodata: Vurderingsdata) -> None:
    sti = tmp_path / "svar.csv"
    skriv_csv(demodata, sti)
    rader = {r["Indikator-id"]: r for r in _les(sti)}
    for iid, s in demodata.svar.items():
        r = rader[iid]
        ind = demodata.bank.indikator(iid)
        assert r["Tittel"] == ind.tittel
        assert r["Modul"] == demodata.bank.modul(ind.modul_id).navn
        assert r["Kommentar"] == s.kommentar and r["Kilde"] == s.kilde
        assert r["Grunnlag"] == (s.grunnlag.value if s.grunnlag else "")
        assert r["Oppdatert"] == s.oppdatert.replace("T", " ")[:19]
        if s.type is SvarType.NIVA:
            assert r["Nivå"] == str(s.niva)
            assert r["Nivånavn"] == demodata.bank.niva_navn(s.niva or 0)
            assert r["Vet ikke / ikke relevant"] == ""
        else:
            assert r["Nivå"] == "" and r["Nivånavn"] == ""
            assert r["Vet ikke / ikke relevant"] == ("Vet ikke" if s.type is SvarType.VET_IKKE else "Ikke relevant")
    ikke_relevant = [r for r in rader.values() if r["Vet ikke / ikke relevant"] == "Ikke relevant"]
    assert ikke_relevant and all(r["Begrunnelse"] for r in ikke_relevant)


def _med_svar(data: Vurderingsdata, svar: Svar) -> Vurderingsdata:
    return dataclasses.replace(data, svar={**data.svar, svar.indikator_id: svar})


@pytest.mark.parametrize(
    ("kommentar", "forventet"),
    [
        ('Semikolon; "sitat" og\nny linje', 'Semikolon; "sitat" og\nny linje'),
        ("Æ Ø Å æ ø å – «sitat» 😀", "Æ Ø Å æ ø å – «sitat» 😀"),
        ("før\x00\x07etter\r\nslutt", "føretter\nslutt"),
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+1", "'+1"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("-2+3", "'-2+3"),
    ],
)
def test_vanskelig_tekst(tmp_path: Path, kkdata: Vurderingsdata, kommentar: str, forventet: str) -> None:
    data = _med_svar(kkdata, Svar.med_niva("KK-01", 2, kommentar=kommentar, grunnlag=Grunnlag.ERFART))
    sti = tmp_path / "svar.csv"
    skriv_csv(data, sti)
    rad = next(r for r in _les(sti) if r["Indikator-id"] == "KK-01")
    assert rad["Kommentar"] == forventet


def test_ubesvart_indikator_har_tomme_svarfelt(tmp_path: Path, kkdata: Vurderingsdata) -> None:
    data = dataclasses.replace(kkdata, svar={k: v for k, v in kkdata.svar.items() if k != "KK-03"})
    sti = tmp_path / "svar.csv"
    skriv_csv(data, sti)
    rad = next(r for r in _les(sti) if r["Indikator-id"] == "KK-03")
    assert rad["Tittel"] and all(rad[k] == "" for k in KOLONNER[3:])


def test_til_tekststrom(kkdata: Vurderingsdata, tmp_path: Path) -> None:
    strom = io.StringIO(newline="")
    skriv_csv(kkdata, strom)
    sti = tmp_path / "svar.csv"
    skriv_csv(kkdata, sti)
    assert strom.getvalue() == sti.read_bytes().decode("utf-8")
    assert strom.getvalue().startswith("\ufeffModul;")


def test_rollen_fra_svar_rolle_star_i_csv(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from vurdering.cli import main

    db = str(tmp_path / "rolle.db")
    assert main(["ny", "--database", db, "--enhet", "Øst", "--distrikt", "Øst politidistrikt"]) == 0
    vid = capsys.readouterr().out.strip()
    argv = ["svar", "--database", db, "--vurdering", vid, "--indikator", "SL-01", "--niva", "2"]
    assert main([*argv, "--rolle", "Leder forebygging"]) == 0
    sti = tmp_path / "svar.csv"
    assert main(["csv", "--database", db, "--vurdering", vid, "--ut", str(sti)]) == 0
    rader = {r["Indikator-id"]: r for r in _les(sti)}
    assert rader["SL-01"]["Rolle"] == "Leder forebygging"
    assert rader["SL-02"]["Rolle"] == ""


def test_stemmer_uenighet_og_dissens_fra_analysen(tmp_path: Path, demodata: Vurderingsdata) -> None:
    iid = next(iter(demodata.svar))
    svar = Svar(iid, SvarType.NIVA, 2, stemmer=(1, 0, 2, 0, 1), dissens="To mente nivå 4")
    sti = tmp_path / "svar.csv"
    skriv_csv(_med_svar(demodata, svar), sti)
    rader = {r["Indikator-id"]: r for r in _les(sti)}
    assert rader[iid]["Stemmer 0–4"] == "1 · 0 · 2 · 0 · 1"
    assert rader[iid]["Uenighet"] == "Ja"
    assert rader[iid]["Dissens"] == "To mente nivå 4"
    andre = next(i for i in rader if i != iid)
    assert rader[andre]["Uenighet"] == "" and rader[andre]["Stemmer 0–4"] == ""


def test_celler_over_excels_grense_deles_i_fortsettelseskolonner(tmp_path: Path, demodata: Vurderingsdata) -> None:
    iid = next(iter(demodata.svar))
    lang = "".join(f"{i:06d} " for i in range(10_000))  # 70 000 tegn
    svar = dataclasses.replace(demodata.svar[iid], kommentar=lang)
    sti = tmp_path / "svar.csv"
    skriv_csv(_med_svar(demodata, svar), sti)
    with sti.open(encoding="utf-8-sig", newline="") as f:
        alle = list(csv.reader(f, delimiter=";"))
    hode, rader = alle[0], alle[1:]
    assert hode[: len(KOLONNER)] == list(KOLONNER)
    assert hode[len(KOLONNER) :] == ["Kommentar (forts. 1)", "Kommentar (forts. 2)"]
    assert all(len(rad) == len(hode) for rad in rader)
    assert all(len(celle) <= EXCEL_MAKS_TEGN for rad in alle for celle in rad)
    rad = next(r for r in rader if r[1] == iid)
    k = KOLONNER.index("Kommentar")
    assert rad[k] + rad[-2] + rad[-1] == lang  # ingenting går tapt
    andre = next(r for r in rader if r[1] != iid)
    assert andre[-2:] == ["", ""]
