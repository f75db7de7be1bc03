"""Individuelle svar slått sammen: kjente svar gir kjente medianer, fordelinger og flagg."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from vurdering.domene.bank import Bank
from vurdering.domene.modell import Grunnlag, Svar, SvarType, VurderingType
from vurdering.domene.samling import samle_svar
from vurdering.domene.utveksling import UtvekslingFeil, les_json
from vurdering.lagring import repository as repo
from vurdering.lagring.database import Database
from vurdering.tjenester import filer as filtjeneste
from vurdering.tjenester.samling import Samlingsokt

N = SvarType.NIVA


def _svar(**nivaer: int | str) -> dict[str, Svar]:
    """KK_01=2, KK_02="vet", KK_03="ir:grunn" → svar."""
    ut = {}
    for nokkel, verdi in nivaer.items():
        ind = nokkel.replace("_", "-")
        if verdi == "vet":
            ut[ind] = Svar(ind, SvarType.VET_IKKE)
        elif isinstance(verdi, str):
            ut[ind] = Svar(ind, SvarType.IKKE_RELEVANT, grunn=verdi.removeprefix("ir:"))
        else:
            ut[ind] = Svar.med_niva(ind, verdi, grunnlag=Grunnlag.ERFART, kommentar=f"mente {verdi}")
    return ut


#: Tre deltakere; forventet median, fordeling og uenighet per indikator.
DELTAKER_1 = _svar(KK_01=1, KK_02=2, KK_03=0, KK_04=1, KK_05="vet", KK_06="ir:Ingen slike saker", KK_07=3)
DELTAKER_2 = _svar(KK_01=2, KK_02=2, KK_03=4, KK_04=2, KK_05="vet", KK_06="ir:Ingen slike saker")
DELTAKER_3 = _svar(KK_01=3, KK_02=3, KK_03=4, KK_04="vet", KK_05="vet", KK_06="ir:Ligger hos distriktet")
FORVENTET = {
    "KK-01": (2, (0, 1, 1, 1, 0), True),
    "KK-02": (2, (0, 0, 2, 1, 0), False),
    "KK-03": (4, (1, 0, 0, 0, 2), True),
    "KK-04": (1, (0, 1, 1, 0, 0), False),  # partall: nedre median
    "KK-07": (3, (0, 0, 0, 1, 0), False),
}


@pytest.fixture
def tre_filer(lag_fil: Callable[..., Path]) -> list[Path]:
    return [
        lag_fil(DELTAKER_1, rolle="Politikontakt"),
        lag_fil(DELTAKER_2, rolle="Stasjonssjef", mal={"KK": 4}),
        lag_fil(DELTAKER_3, rolle="Etterretningskoordinator", moduler=["BU"], mal={"KK": 4}),
    ]


def test_tre_individuelle_gir_kjente_medianer_og_flagg(db: Database, tre_filer: list[Path]) -> None:
    vid = filtjeneste.samle(db, tre_filer, enhet="Bergen sentrum samlet", dato="2026-11-24")
    v = repo.hent_vurdering(db, vid)
    assert v.type is VurderingType.SAMLET
    assert (v.enhet.navn, v.enhet.distrikt, v.dato) == ("Bergen sentrum samlet", "Vest politidistrikt", "2026-11-24")
    assert "BU" in v.moduler and v.mal["KK"] == 4 and v.mal["SL"] == 3  # mål: nedre median av 3, 4, 4
    assert [d.rolle for d in v.deltakere] == ["Politikontakt", "Stasjonssjef", "Etterretningskoordinator"]
    svar = repo.hent_svar(db, vid)
    okt = Samlingsokt(db, vid)
    for ind, (median, fordeling, uenighet) in FORVENTET.items():
        assert svar[ind].type is N and svar[ind].niva == median, ind
        assert svar[ind].stemmer == fordeling, ind
        assert repo.hent_stemmer(db, vid, ind) == fordeling
        assert okt.konsensus(ind).uenighet is uenighet, ind
    assert svar["KK-05"].type is SvarType.VET_IKKE
    assert svar["KK-06"].type is SvarType.IKKE_RELEVANT
    assert svar["KK-06"].grunn == "Ingen slike saker; Ligger hos distriktet"
    assert "«Vet ikke»: 1" in svar["KK-04"].kommentar
    assert "Stasjonssjef: mente 2" in svar["KK-01"].kommentar
    assert svar["KK-01"].grunnlag is Grunnlag.ERFART
    # hver fil er en anonym deltaker med nummer
    assert repo.hent_deltakerstemmer(db, vid, "KK-01") == {1: 1, 2: 2, 3: 3}
    # prosjektorgjennomgangen tar uenighetene først
    assert okt.rekkefolge[:2] == ["KK-01", "KK-03"]
    assert okt.flaggede() == ["KK-01", "KK-03"]


def test_samle_svar_rent() -> None:
    svar, per_deltaker = samle_svar([DELTAKER_1, DELTAKER_2, DELTAKER_3], ["KK-01", "KK-04", "SL-01"])
    assert svar["KK-01"].niva == 2 and svar["KK-04"].niva == 1
    assert "SL-01" not in svar  # ingen svarte
    assert per_deltaker["KK-04"] == {1: 1, 2: 2}


def test_samlet_fil_kan_eksporteres_og_importeres(db: Database, tre_filer: list[Path], tmp_path: Path) -> None:
    vid = filtjeneste.samle(db, tre_filer, enhet="Samlet")
    fil = filtjeneste.eksporter(db, vid, tmp_path / "samlet.forkant")
    data = les_json(fil.read_bytes())
    assert data["vurdering"]["type"] == "samlet"
    assert {s["indikator"] for s in data["stemmer"]} == set(FORVENTET)


def _forvent_feil(
    db: Database, tell: Callable[[Path], dict[str, int]], filer: list[Path], *tekster: str, **kw: str
) -> None:
    for_ = tell(db.sti)
    with pytest.raises(UtvekslingFeil) as e:
        filtjeneste.samle(db, filer, enhet=kw.pop("enhet", "Samlet"), **kw)
    for tekst in tekster:
        assert tekst in str(e.value), str(e.value)
    assert tell(db.sti) == for_


def test_en_fil_er_for_lite(db: Database, tell: Callable[[Path], dict[str, int]], tre_filer: list[Path]) -> None:
    _forvent_feil(db, tell, tre_filer[:1], "minst to filer")


def test_samme_fil_to_ganger(
    db: Database, tell: Callable[[Path], dict[str, int]], tre_filer: list[Path], tmp_path: Path
) -> None:
    kopi = tmp_path / "kopi.forkant"
    kopi.write_bytes(tre_filer[0].read_bytes())
    _forvent_feil(db, tell, [*tre_filer, kopi], "kopi.forkant", "samme vurderingen som deltaker1.forkant")


def test_bare_individuelle(db: Database, tell: Callable[[Path], dict[str, int]], lag_fil: Callable[..., Path]) -> None:
    a = lag_fil(DELTAKER_1)
    b = lag_fil(DELTAKER_2, type=VurderingType.SAMLING)
    _forvent_feil(db, tell, [a, b], "deltaker2.forkant", "«samling»", "bare individuelle")


def test_annen_bankversjon(
    db: Database, tell: Callable[[Path], dict[str, int]], tre_filer: list[Path], tmp_path: Path, bank: Bank
) -> None:
    data = les_json(tre_filer[1].read_bytes())
    data["bank"] = json.loads(bank.til_json())  # hele banken i filen, så versjonen kan endres
    data["bank"]["versjon"] = "2030.2"
    annen = tmp_path / "ny_bank.forkant"
    annen.write_text(json.dumps(data), encoding="utf-8")
    _forvent_feil(db, tell, [tre_filer[0], annen], "ny_bank.forkant", "versjon 2030.2")


def test_ulike_distrikter_krever_distrikt(
    db: Database, tell: Callable[[Path], dict[str, int]], lag_fil: Callable[..., Path]
) -> None:
    a = lag_fil(DELTAKER_1)
    b = lag_fil(DELTAKER_2, distrikt="Oslo politidistrikt")
    _forvent_feil(db, tell, [a, b], "ulike distrikter")
    vid = filtjeneste.samle(db, [a, b], enhet="Felles", distrikt="oslo")
    assert repo.hent_vurdering(db, vid).enhet.distrikt == "Oslo politidistrikt"


def test_ikke_en_fil_blant_dem(
    db: Database, tell: Callable[[Path], dict[str, int]], tre_filer: list[Path], tmp_path: Path
) -> None:
    tull = tmp_path / "tull.forkant"
    tull.write_text("{}", encoding="utf-8")
    _forvent_feil(db, tell, [*tre_filer, tull], "tull.forkant", "ikke en Forkant-fil")
