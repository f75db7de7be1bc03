""".forkant-filer: eksport → import gir alt tilbake, og dårlige filer avvises uten at noe skrives."""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from vurdering.domene.bank import Bank
from vurdering.domene.modell import Status, Svar
from vurdering.domene.utveksling import MAKS_STORRELSE, UtvekslingFeil, les_bytes, les_fil, les_json
from vurdering.lagring import repository as repo
from vurdering.lagring import utveksling
from vurdering.lagring.database import Database, apne, sql_for_tester
from vurdering.tjenester import filer as filtjeneste
from vurdering.tjenester.demo import lag_demo


def _rik_vurdering(db: Database, bank: Bank) -> int:
    """Demovurderingen med stemmer, deltakerstemmer, dissens, tekstfelt og status ferdig."""
    vid = lag_demo(db, bank)
    repo.lagre_stemmer(db, vid, "KK-01", (0, 2, 5, 1, 0))
    repo.lagre_deltakerstemme(db, vid, "KK-02", 1, 3)
    repo.lagre_deltakerstemme(db, vid, "KK-02", 2, 1)
    repo.lagre_stemmer(db, vid, "SL-03", (1, 0, 0, 0, 3))  # stemmer uten at svaret er endret
    repo.lagre_svar(db, vid, Svar.med_niva("KK-01", 2, dissens="To mente nivå 3.", kommentar="Enighet etter runde to."))
    repo.sett_tekstfelt(
        db,
        vid,
        konklusjon="Godt grunnlag <b>å bygge på</b>.",
        signatur_navn="",
        signatur_rolle="Stasjonssjef",
        signatur_dato="2026-11-24",
    )
    repo.sett_mal(db, vid, "KK", 4)
    repo.sett_status(db, vid, Status.FERDIG)
    return vid


def _alt(db: Database, vid: int) -> dict[str, Any]:
    v = repo.hent_vurdering(db, vid)
    return {
        "vurdering": {
            "enhet": (v.enhet.navn, v.enhet.distrikt),
            "dato": v.dato,
            "type": v.type,
            "status": v.status,
            "moduler": v.moduler,
            "mal": v.mal,
            "bank": (v.bank_id, v.bank_versjon),
            "sprak": v.sprak,
            "opprettet": v.opprettet,
            "merking": v.merking,
            "deltakere": [(d.rolle, d.navn) for d in v.deltakere],
        },
        "endret": sql_for_tester(db, "SELECT endret FROM vurdering WHERE id = ?", (vid,))[0][0],
        "bank": repo.hent_bank(db, vid).til_json(),
        "svar": repo.hent_svar(db, vid),
        "stemmer": repo.hent_alle_stemmer(db, vid),
        "deltakerstemmer": {i: repo.hent_deltakerstemmer(db, vid, i) for i in ("KK-01", "KK-02", "SL-03")},
        "tiltak": [
            (t.tekst, t.eier_rolle, t.frist, t.status, t.indikator_id, t.kommentar) for t in repo.hent_tiltak(db, vid)
        ],
        "tekstfelt": repo.hent_tekstfelt(db, vid),
    }


def test_eksport_og_import_gir_alle_feltene_tilbake(db: Database, bank: Bank, tmp_path: Path) -> None:
    vid = _rik_vurdering(db, bank)
    fil = filtjeneste.eksporter(db, vid, tmp_path / "ut.forkant")
    with apne(tmp_path / "annen.db", opprett=True) as annen:
        [ny] = filtjeneste.importer_filer(annen, [fil])
        assert _alt(annen, ny) == _alt(db, vid)
        assert len(repo.hent_svar(annen, ny)) == 69
        # Samme fil igjen fra den nye databasen: likt innhold, samme id.
        igjen = utveksling.lag_fil(annen, ny)
    forste = les_fil(fil).model_dump(mode="json")
    andre = igjen.model_dump(mode="json")
    forste.pop("laget")
    andre.pop("laget")
    assert forste == andre


def test_filen_er_lesbar_json_med_format_og_versjon(db: Database, bank: Bank, tmp_path: Path) -> None:
    vid = lag_demo(db, bank)
    fil = filtjeneste.eksporter(db, vid, tmp_path / "ut.forkant")
    data = les_json(fil.read_bytes())
    assert (data["format"], data["versjon"]) == ("forkant", 2)
    assert data["bank"]["id"] == bank.id and data["bank"]["versjon"] == bank.versjon
    assert data["vurdering"]["enhet"] == "Demo politistasjon"
    assert {s["indikator"] for s in data["svar"]} == {i.id for m in bank.moduler for i in m.indikatorer}
    assert not list(tmp_path.glob(".*tmp")), "ingen midlertidige filer igjen"


def test_zip_med_json_leses_ogsa(db: Database, bank: Bank, tmp_path: Path) -> None:
    vid = lag_demo(db, bank)
    fil = filtjeneste.eksporter(db, vid, tmp_path / "ut.forkant")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("innhold.json", json.dumps(les_json(fil.read_bytes())))  # annet navn, eneste .json
    assert les_bytes(buf.getvalue(), "ut.zip").id == les_fil(fil).id


Teller = Callable[[Path], dict[str, int]]


@pytest.fixture
def avvist(db: Database, tell: Teller) -> Callable[..., None]:
    """avvist(filer, *tekster): importen feiler med tekstene i meldingen, og databasen er uendret."""

    def sjekk(filer: list[Path], *tekster: str) -> None:
        _importer_og_forvent(db, tell, filer, *tekster)

    return sjekk


def _importer_og_forvent(db: Database, tell: Teller, filer: list[Path], *tekster: str) -> None:
    for_ = tell(db.sti)
    with pytest.raises(UtvekslingFeil) as e:
        filtjeneste.importer_filer(db, filer)
    melding = str(e.value)
    for tekst in tekster:
        assert tekst in melding, melding
    assert "Traceback" not in melding
    assert tell(db.sti) == for_


@pytest.fixture
def gyldig(db: Database, bank: Bank, tmp_path: Path) -> tuple[Path, dict[str, Any]]:
    """En eksportert demofil (fra en annen database) og innholdet som JSON."""
    with apne(tmp_path / "kilde.db", opprett=True) as kilde:
        fil = filtjeneste.eksporter(kilde, lag_demo(kilde, bank), tmp_path / "demo.forkant")
    data = les_json(fil.read_bytes())
    data["bank"] = json.loads(bank.til_json())  # hele banken i filen (lov i versjon 2), så den kan endres
    return fil, data


def _skriv(tmp_path: Path, navn: str, data: Any) -> Path:
    sti = tmp_path / navn
    sti.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return sti


def test_dobbel_import_avvises(avvist: Callable[..., None], db: Database, gyldig: tuple[Path, dict[str, Any]]) -> None:
    fil, _ = gyldig
    filtjeneste.importer_filer(db, [fil])
    avvist([fil], "demo.forkant", "allerede i databasen")


def test_samme_fil_to_ganger_i_en_import_avvises(
    avvist: Callable[..., None], db: Database, gyldig: tuple[Path, dict[str, Any]], tmp_path: Path
) -> None:
    fil, data = gyldig
    kopi = _skriv(tmp_path, "kopi.forkant", data)
    avvist([fil, kopi], "kopi.forkant", "samme vurderingen som demo.forkant", "Ingen filer ble importert")


def test_en_god_og_en_daarlig_fil_skriver_ingenting(
    avvist: Callable[..., None], db: Database, gyldig: tuple[Path, dict[str, Any]], tmp_path: Path
) -> None:
    fil, _ = gyldig
    daarlig = tmp_path / "brev.forkant"
    daarlig.write_text("Kjære alle, her er svarene mine.", encoding="utf-8")
    avvist([fil, daarlig], "brev.forkant", "ikke en Forkant-fil")


@pytest.mark.parametrize(
    ("innhold", "forventet"),
    [
        (b"", "ugyldig JSON"),
        (b"\x00\xff\xfe garbage", "ikke tekst i UTF-8"),
        (b"[1, 2, 3]", "ikke en Forkant-fil"),
        (b'{"format": "excel"}', "ikke en Forkant-fil"),
        (b'{"format": "forkant", "versjon": 4}', "nyere versjon av Forkant"),
        (b'{"format": "forkant", "versjon": "1"}', "«versjon»"),
        (b'{"format": "forkant", "versjon": 1, "id": NaN}', "ikke en Forkant-fil"),
        (b"PK\x03\x04 avkortet zip", "zip-filen er skadet"),
        (b"[" * 100_000 + b"]" * 100_000, "ikke en Forkant-fil"),
    ],
)
def test_ikke_en_forkant_fil(
    avvist: Callable[..., None], db: Database, tmp_path: Path, innhold: bytes, forventet: str
) -> None:
    sti = tmp_path / "x.forkant"
    sti.write_bytes(innhold)
    avvist([sti], "x.forkant", forventet)


def _endre(data: dict[str, Any], sti: list[str | int], verdi: Any) -> dict[str, Any]:
    kopi = json.loads(json.dumps(data))
    node = kopi
    for del_ in sti[:-1]:
        node = node[del_]
    node[sti[-1]] = verdi
    return kopi


@pytest.mark.parametrize(
    ("sti", "verdi", "forventet"),
    [
        (["svar", 0, "niva"], 7, "svar nr. 1 (KK-01): felt «niva»: er for høy"),
        (["svar", 0, "niva"], "2", "svar nr. 1 (KK-01): felt «niva»: må være et heltall"),
        (["svar", 0, "indikator"], "XX-99", "ukjent indikator «XX-99»"),
        (["svar", 0, "type"], "kanskje", "felt «type»: må være en av"),
        (["vurdering", "dato"], "24.11.2026", "felt «vurdering.dato»"),
        (["vurdering", "distrikt"], "Atlantis", "ukjent distrikt"),
        (["vurdering", "enhet"], "", "felt «vurdering.enhet»"),
        (["vurdering", "moduler"], [], "felt «vurdering.moduler»"),
        (["id"], "ikke-en-uuid-men-lang-nok-til-aa-passere-lengden", "felt «id»"),
        (["tiltak", 0, "frist"], "snart", "tiltak nr. 1"),
        (["ukjent_felt"], 1, "felt «ukjent_felt»: ukjent felt"),
        (["bank", "moduler", 0, "indikatorer", 0, "niva"], ["bare én"], "felt «bank.moduler[0].indikatorer[0].niva»"),
    ],
)
def test_feil_i_innholdet_nevner_feltet(
    avvist: Callable[..., None],
    db: Database,
    gyldig: tuple[Path, dict[str, Any]],
    tmp_path: Path,
    sti: list[str | int],
    verdi: Any,
    forventet: str,
) -> None:
    _, data = gyldig
    fil = _skriv(tmp_path, "endret.forkant", _endre(data, sti, verdi))
    avvist([fil], "endret.forkant", forventet)


def test_svar_som_ikke_henger_sammen(
    avvist: Callable[..., None], db: Database, gyldig: tuple[Path, dict[str, Any]], tmp_path: Path
) -> None:
    _, data = gyldig
    data = _endre(data, ["svar", 0, "type"], "ikke_relevant")  # har nivå og ingen begrunnelse
    fil = _skriv(tmp_path, "rart.forkant", data)
    avvist([fil], "svar nr. 1 (KK-01)", "har ikke nivå")


def test_annen_bankversjon_avvises(
    avvist: Callable[..., None], db: Database, gyldig: tuple[Path, dict[str, Any]], tmp_path: Path
) -> None:
    _, data = gyldig
    fil = _skriv(tmp_path, "gammel.forkant", _endre(data, ["bank", "versjon"], "2019.1"))
    avvist([fil], "gammel.forkant", "versjon 2019.1", "ikke har")


def test_endret_bank_med_samme_versjon_avvises(
    avvist: Callable[..., None], db: Database, gyldig: tuple[Path, dict[str, Any]], tmp_path: Path
) -> None:
    _, data = gyldig
    fil = _skriv(
        tmp_path, "fusk.forkant", _endre(data, ["bank", "moduler", 0, "indikatorer", 0, "tittel"], "Noe annet")
    )
    avvist([fil], "fusk.forkant", "ikke lik banken med samme versjon", "modulen KK er ulik", "KK-01: «tittel»")


def test_for_stor_fil_avvises_uten_aa_leses(avvist: Callable[..., None], db: Database, tmp_path: Path) -> None:
    sti = tmp_path / "stor.forkant"
    with sti.open("wb") as f:
        f.truncate(MAKS_STORRELSE + 1)  # glissen fil: stor på disk-tallet, rask å lage
    avvist([sti], "stor.forkant", "for stor")


def test_zipbombe_avvises(avvist: Callable[..., None], db: Database, tmp_path: Path) -> None:
    sti = tmp_path / "bombe.forkant"
    with zipfile.ZipFile(sti, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("forkant.json", b" " * (MAKS_STORRELSE + 10))
    assert sti.stat().st_size < 100_000
    avvist([sti], "bombe.forkant", "for stort")


def test_fil_som_mangler_og_mappe(avvist: Callable[..., None], db: Database, tmp_path: Path) -> None:
    avvist([tmp_path / "finnes-ikke.forkant"], "Finner ikke filen")
    avvist([tmp_path], "har ingen .forkant-filer")


def test_eksport_til_mappe_som_ikke_finnes(db: Database, bank: Bank, tmp_path: Path) -> None:
    vid = repo.opprett_vurdering(db, bank, enhet="X", distrikt="Vest politidistrikt", moduler=[])
    with pytest.raises(UtvekslingFeil, match="finnes ikke"):
        filtjeneste.eksporter(db, vid, tmp_path / "nei" / "ut.forkant")
    assert not (tmp_path / "nei").exists()


def test_eksport_gir_fast_id(db: Database, bank: Bank, tmp_path: Path) -> None:
    vid = repo.opprett_vurdering(db, bank, enhet="X", distrikt="Vest politidistrikt", moduler=[])
    a = utveksling.lag_fil(db, vid)
    b = utveksling.lag_fil(db, vid)
    assert a.id == b.id == utveksling.vurderingens_uuid(db, vid)
