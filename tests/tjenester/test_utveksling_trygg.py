"""Trygg utveksling: egne moduler, norske meldinger for alle feil, uuid-er på én form,
bare vanlige filer, og import i stor skala (mapper, mange filer, små filer, fremdrift)."""

from __future__ import annotations

import inspect
import io
import json
import os
import subprocess
import sys
import uuid
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from vurdering.cli import main
from vurdering.domene import forkantfil
from vurdering.domene import utveksling as domene_utveksling
from vurdering.domene.bank import Bank, last_bank_for, standardmappe
from vurdering.domene.forkantfil import Forkantfil, UtvekslingFeil
from vurdering.domene.modell import Deltaker, Svar
from vurdering.domene.utveksling import les_fil, les_json, til_json
from vurdering.lagring import importering
from vurdering.lagring import repository as repo
from vurdering.lagring import utveksling as lager
from vurdering.lagring.database import Database, apne, sql_for_tester
from vurdering.tjenester import filer as filtjeneste
from vurdering.tjenester.demo import lag_demo

Teller = Callable[[Path], dict[str, int]]


def kjor(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    kode = main(list(args))
    ut = capsys.readouterr()
    return kode, ut.out, ut.err


@pytest.fixture
def demofil(bank: Bank, tmp_path: Path) -> Path:
    """Demovurderingen eksportert fra en egen database."""
    with apne(tmp_path / "kilde" / "kilde.db", opprett=True) as kilde:
        return filtjeneste.eksporter(kilde, lag_demo(kilde, bank), tmp_path / "demo.forkant")


def _skriv_json(sti: Path, data: Any) -> Path:
    sti.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return sti


# --- huset: to moduler, import gjennom lagringens funksjoner -------------------------------


def test_formatet_og_lesingen_er_delt_og_dodt_er_fjernet() -> None:
    for modul in (forkantfil, domene_utveksling):
        assert len(inspect.getsource(modul).splitlines()) < 450, modul.__name__
    assert not hasattr(lager, "tell_rader")
    assert not hasattr(Forkantfil, "tiltak_objekter")


def test_importen_skriver_gjennom_lagringens_funksjoner(
    db: Database, demofil: Path, tell: Teller, monkeypatch: pytest.MonkeyPatch
) -> None:
    kilde = inspect.getsource(lager)
    assert "INSERT" not in kilde and "repo._" not in kilde and "db.conn" not in kilde
    # Feiler skrivingen av tiltakene, er ingenting av vurderingen skrevet (én ytre transaksjon).
    for_ = tell(db.sti)

    def feil(*_: object) -> None:
        raise ValueError("Tiltaket er for langt")

    monkeypatch.setattr(importering, "lagre_importerte_tiltak", feil)
    with pytest.raises(UtvekslingFeil, match=r"demo\.forkant: kan ikke lagres"):
        filtjeneste.importer_filer(db, [demofil])
    assert tell(db.sti) == for_


# --- Trygg fil 10: distriktets egne moduler -------------------------------------------------


def _egen_modul(mappe: Path, tittel: str = "Natteliv") -> None:
    egne = mappe / "egne-moduler"
    egne.mkdir(parents=True, exist_ok=True)
    tekst = (standardmappe() / "moduler" / "PR.toml").read_text(encoding="utf-8")
    (egne / "NAT.toml").write_text(
        tekst.replace('id = "PR"', 'id = "NAT"').replace('"PR-0', '"NAT-0').replace("Politiråd", tittel),
        encoding="utf-8",
    )


def _vurdering_med_egen_modul(mappe: Path, ut: Path) -> Path:
    _egen_modul(mappe)
    with apne(mappe / "forkant.db", opprett=True) as d:
        bank = last_bank_for(d.sti)
        vid = repo.opprett_vurdering(
            d, bank, enhet="Sentrum", distrikt="Oslo politidistrikt", moduler=["NAT"], deltakere=[Deltaker("Leder")]
        )
        repo.lagre_svar(d, vid, Svar.med_niva("NAT-01", 2))
        return filtjeneste.eksporter(d, vid, ut)


def test_egen_modul_kan_importeres_og_samles_med_samme_modulmappe(tmp_path: Path) -> None:
    fil = _vurdering_med_egen_modul(tmp_path / "a", tmp_path / "a.forkant")
    data = les_json(fil.read_bytes())
    assert "sjekksum" in data["bank"] and [m["id"] for m in data["egne_moduler"]] == ["NAT"]
    _egen_modul(tmp_path / "b")
    with apne(tmp_path / "b" / "forkant.db", opprett=True) as mal:
        [vid] = filtjeneste.importer_filer(mal, [fil])
        assert repo.hent_svar(mal, vid)["NAT-01"].niva == 2
        assert "NAT" in repo.hent_vurdering(mal, vid).moduler
    # Sammenslåing: to personer med samme egne modul.
    andre = _vurdering_med_egen_modul(tmp_path / "c", tmp_path / "c.forkant")
    with apne(tmp_path / "b" / "samlet.db", opprett=True) as mal:
        samlet = filtjeneste.samle(mal, [fil, andre], enhet="Sentrum")
        assert repo.hent_svar(mal, samlet)["NAT-01"].niva == 2


def test_egen_modul_som_er_ulik_nevnes_med_navn(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fil = _vurdering_med_egen_modul(tmp_path / "a", tmp_path / "a.forkant")
    _egen_modul(tmp_path / "b", tittel="Utelivet")  # samme id, annen tekst
    kode, _, err = kjor(capsys, "import", "--database", str(tmp_path / "b" / "forkant.db"), str(fil))
    assert kode == 2
    assert "modulen NAT er ulik" in err and "«navn»" in err, err


def test_egen_modul_mottakeren_ikke_har_folger_filen(tmp_path: Path) -> None:
    """Et annet distrikts egne modul følger filen: en oversikt over flere distrikter kan lese den."""
    fil = _vurdering_med_egen_modul(tmp_path / "a", tmp_path / "a.forkant")
    with apne(tmp_path / "uten" / "forkant.db", opprett=True) as mal:
        [vid] = filtjeneste.importer_filer(mal, [fil])
        assert repo.hent_bank(mal, vid).modul("NAT").navn
        assert repo.hent_svar(mal, vid)["NAT-01"].niva == 2


def test_endret_medfolgende_modul_avvises(tmp_path: Path, bank: Bank, capsys: pytest.CaptureFixture[str]) -> None:
    """En fil der en av bankens egne moduler er endret (samme id og versjon), importeres ikke."""
    with apne(tmp_path / "kilde.db", opprett=True) as kilde:
        fil = filtjeneste.eksporter(kilde, lag_demo(kilde, bank), tmp_path / "demo.forkant")
    data = les_json(fil.read_bytes())
    hel = json.loads(bank.til_json())
    hel["moduler"][0]["navn"] = "Endret navn"
    data["bank"] = hel  # hele banken i filen (lov i versjon 2)
    data.pop("egne_moduler", None)
    endret = tmp_path / "endret.forkant"
    endret.write_text(json.dumps(data), encoding="utf-8")
    kode, _, err = kjor(capsys, "import", "--database", str(tmp_path / "mal.db"), str(endret))
    assert kode == 2 and "er ulik" in err and "«navn»" in err, err


# --- Trygg fil 11: én norsk linje for hver feil ----------------------------------------------


def _kryptert_zip(sti: Path) -> Path:
    """En zip der flagget «kryptert» er satt (i den lokale og den sentrale overskriften)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("forkant.json", b'{"format": "forkant"}')
    data = bytearray(buf.getvalue())
    data[6] |= 0x1
    sentral = data.index(b"PK\x01\x02")
    data[sentral + 8] |= 0x1
    sti.write_bytes(bytes(data))
    return sti


def test_kryptert_zip_gir_norsk_linje_i_kommandolinjen(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fil = _kryptert_zip(tmp_path / "hemmelig.forkant")
    kode, _, err = kjor(capsys, "import", "--database", str(tmp_path / "f.db"), str(fil))
    assert kode == 2
    assert err.startswith("Feil: hemmelig.forkant: zip-filen er kryptert") and "RuntimeError" not in err, err


def test_kryptert_zip_gir_norsk_melding_i_vinduet(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from vurdering.gui.felles import meldinger
    from vurdering.gui.filer import dialoger

    fil = _kryptert_zip(tmp_path / "hemmelig.forkant")
    vist: list[str] = []
    monkeypatch.setattr(meldinger, "vis", lambda _p, _art, _t, tekst, *_: vist.append(tekst) or True)
    monkeypatch.setattr(dialoger, "velg_filer", lambda *_: [str(fil)])
    assert dialoger.importer_dialog(None, db) == []
    assert len(vist) == 1 and "zip-filen er kryptert" in vist[0]


def _individuell(mappe: Path, bank: Bank, navn: str, **endre: Any) -> Path:
    with apne(mappe / f"{navn}.db", opprett=True) as d:
        vid = repo.opprett_vurdering(
            d, bank, enhet="Bergen", distrikt="Vest politidistrikt", moduler=[], deltakere=[Deltaker("Leder")]
        )
        repo.lagre_svar(d, vid, Svar.med_niva("KK-01", 2, kommentar="k" * endre.get("kommentar", 10)))
        fil = filtjeneste.eksporter(d, vid, mappe / f"{navn}.forkant")
    if "deltakere" in endre:
        data = les_json(fil.read_bytes())
        data["vurdering"]["deltakere"] = [{"rolle": "Deltaker"}] * endre["deltakere"]
        _skriv_json(fil, data)
    return fil


@pytest.mark.parametrize(
    ("endre", "forventet"),
    [
        ({"kommentar": 60_000}, "over 100000 tegn"),
        ({"deltakere": 600}, "høyst 1000"),
    ],
)
def test_samle_over_grensene_gir_norsk_linje(
    bank: Bank, tmp_path: Path, capsys: pytest.CaptureFixture[str], endre: dict[str, int], forventet: str
) -> None:
    a = _individuell(tmp_path, bank, "a", **endre)
    b = _individuell(tmp_path, bank, "b", **endre)
    kode, _, err = kjor(capsys, "samle", "--database", str(tmp_path / "f.db"), "--enhet", "Bergen", str(a), str(b))
    assert kode == 2 and forventet in err, err
    assert len(err.strip().splitlines()) == 1 and "validation error" not in err and "pydantic" not in err


# --- Trygg fil 12: uuid-er på én form ----------------------------------------------------------


def _med_id(kilde: Path, ut: Path, id: str) -> Path:
    data = les_json(kilde.read_bytes())
    data["id"] = id
    return _skriv_json(ut, data)


def test_samme_uuid_skrevet_pa_tre_maater_er_samme_vurdering(db: Database, demofil: Path, tmp_path: Path) -> None:
    kanonisk = les_fil(demofil).id
    uten = _med_id(demofil, tmp_path / "uten.forkant", kanonisk.replace("-", "").upper())
    klammer = _med_id(demofil, tmp_path / "klammer.forkant", "{" + kanonisk.upper() + "}")
    [vid] = filtjeneste.importer_filer(db, [uten])
    assert sql_for_tester(db, "SELECT uuid FROM vurdering WHERE id = ?", (vid,))[0][0] == kanonisk
    for fil in (demofil, klammer):
        with pytest.raises(UtvekslingFeil, match="allerede i databasen"):
            filtjeneste.importer_filer(db, [fil])


def test_samle_teller_en_person_en_gang_og_avviser_ny_sammenslaaing(db: Database, bank: Bank, tmp_path: Path) -> None:
    a = _individuell(tmp_path, bank, "a")
    b = _individuell(tmp_path, bank, "b")
    id_a = les_fil(a).id
    a2 = _med_id(a, tmp_path / "a2.forkant", id_a.replace("-", ""))
    a3 = _med_id(a, tmp_path / "a3.forkant", "{" + id_a.upper() + "}")
    with pytest.raises(UtvekslingFeil, match=r"samme vurderingen som a\.forkant"):
        filtjeneste.samle(db, [a, a2, a3, b], enhet="Bergen")
    filtjeneste.samle(db, [a, b], enhet="Bergen")
    with pytest.raises(UtvekslingFeil, match="allerede samlet"):
        filtjeneste.samle(db, [b, a], enhet="Bergen")
    assert len(repo.liste_vurderinger(db)) == 1


# --- Trygg fil 13: bare vanlige filer ----------------------------------------------------------


def test_fifo_og_enhet_avvises_uten_aa_henge(tmp_path: Path) -> None:
    fifo = tmp_path / "ror.forkant"
    os.mkfifo(fifo)
    null = tmp_path / "null.forkant"
    null.symlink_to("/dev/zero")
    for sti in (fifo, null):
        r = subprocess.run(
            [sys.executable, "-m", "vurdering", "import", "--database", str(tmp_path / "f.db"), str(sti)],
            capture_output=True,
            text=True,
            timeout=60,
            env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
        )
        assert r.returncode == 2 and "ikke en vanlig fil" in r.stderr, r.stderr


# --- import i stor skala ---------------------------------------------------------------------


def test_demoeksport_er_liten_og_komprimert(demofil: Path) -> None:
    assert demofil.stat().st_size < 100_000
    assert demofil.read_bytes()[:4] == b"PK\x03\x04"
    data = les_json(demofil.read_bytes())
    assert data["versjon"] == 2 and set(data["bank"]) == {"id", "versjon", "sjekksum"}


def test_gammel_fil_med_hele_banken_leses_fortsatt(db: Database, demofil: Path, tmp_path: Path, bank: Bank) -> None:
    fil = les_fil(demofil)
    gammel = tmp_path / "gammel.forkant"
    gammel.write_bytes(til_json(fil.model_copy(update={"versjon": 1})))
    data = json.loads(gammel.read_text(encoding="utf-8"))
    assert data["versjon"] == 1 and "moduler" in data["bank"]
    [vid] = filtjeneste.importer_filer(db, [gammel])
    assert len(repo.hent_svar(db, vid)) == sum(len(m.indikatorer) for m in bank.moduler)


def test_ukjent_medfolgende_bank_sier_hvilken_som_trengs(db: Database, demofil: Path, tmp_path: Path) -> None:
    data = les_json(demofil.read_bytes())
    data["bank"] = {"id": "forkant-standard", "versjon": "2031.1", "sjekksum": "0" * 64}
    data["program"] = "Forkant 3.0.0"
    fil = _skriv_json(tmp_path / "ny.forkant", data)
    with pytest.raises(UtvekslingFeil) as e:
        filtjeneste.importer_filer(db, [fil])
    assert "«forkant-standard» versjon 2031.1" in str(e.value) and "Forkant 3.0.0" in str(e.value)


def test_bankreferanse_med_feil_versjon_avvises(db: Database, demofil: Path, tmp_path: Path) -> None:
    data = les_json(demofil.read_bytes())
    data["bank"]["versjon"] = "1999.1"  # riktig sjekksum, feil versjon
    fil = _skriv_json(tmp_path / "rar.forkant", data)
    with pytest.raises(UtvekslingFeil, match=r"versjon 1999\.1"):
        filtjeneste.importer_filer(db, [fil])


def _mange(demofil: Path, mappe: Path, antall: int) -> list[Path]:
    fil = les_fil(demofil)
    mappe.mkdir()
    ut = []
    for nr in range(antall):
        kopi = fil.model_copy(update={"id": str(uuid.uuid4())})
        sti = mappe / f"f{nr}.forkant"
        sti.write_bytes(domene_utveksling.til_bytes(kopi, filtjeneste.standardbanker()))
        ut.append(sti)
    return ut


def test_mappe_importeres_og_darlig_fil_hoppes_over_bare_paa_bestilling(
    demofil: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], tell: Teller
) -> None:
    _mange(demofil, tmp_path / "inn", 4)
    (tmp_path / "inn" / "brev.forkant").write_text("Hei!", encoding="utf-8")
    (tmp_path / "inn" / "notat.txt").write_text("ikke med", encoding="utf-8")
    db = tmp_path / "f.db"
    apne(db, opprett=True).lukk()
    for_ = tell(db)
    kode, ut, err = kjor(capsys, "import", "--database", str(db), str(tmp_path / "inn"))
    assert kode == 2 and "brev.forkant" in err and "Ingen filer ble importert" in err
    assert tell(db) == for_
    kode, ut, err = kjor(
        capsys, "import", "--database", str(db), "--hopp-over-feil", str(tmp_path / "inn"), str(demofil)
    )
    assert kode == 0 and len(ut.split()) == 5
    assert "Hoppet over: brev.forkant" in err and "notat" not in err


def test_fremdrift_meldes_og_avbrudd_importerer_ingenting(
    demofil: Path, tmp_path: Path, db: Database, tell: Teller
) -> None:
    filer = _mange(demofil, tmp_path / "inn", 3)
    sett: list[tuple[int, int]] = []
    for_ = tell(db.sti)
    with pytest.raises(filtjeneste.ImportAvbrutt):
        filtjeneste.importer_filer(db, filer, lambda n, alle: sett.append((n, alle)) or n < 2)
    assert sett == [(1, 3), (2, 3)] and tell(db.sti) == for_
    ids = filtjeneste.importer_filer(db, [tmp_path / "inn"], lambda n, alle: sett.append((n, alle)) is None)
    assert len(ids) == 3 and sett[-1] == (3, 3)


def test_enhetens_faste_id_folger_filen(bank: Bank, tmp_path: Path) -> None:
    with apne(tmp_path / "a.db", opprett=True) as a:
        vid = lag_demo(a, bank)
        enhet = importering.enhetens_uuid(a, repo.hent_vurdering(a, vid).enhet.id)
        fil = filtjeneste.eksporter(a, vid, tmp_path / "runde1.forkant")
    data = les_json(fil.read_bytes())
    assert data["vurdering"]["enhet_id"] == enhet
    # Neste runde med nytt navn på enheten: samme enhet, fordi id-en er den samme.
    data.update(id=str(uuid.uuid4()))
    data["vurdering"]["enhet"] = "Demo politistasjon (nytt navn)"
    runde2 = _skriv_json(tmp_path / "runde2.forkant", data)
    with apne(tmp_path / "b.db", opprett=True) as b:
        ids = filtjeneste.importer_filer(b, [fil, runde2])
        enheter = {repo.hent_vurdering(b, v).enhet.id for v in ids}
        assert len(enheter) == 1
        assert importering.enhetens_uuid(b, enheter.pop()) == enhet
