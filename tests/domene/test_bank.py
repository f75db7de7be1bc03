"""Banken: den medfølgende er gyldig og komplett, og feil nevner fil, indikator og felt."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from vurdering.domene import bank as bankmodul
from vurdering.domene.bank import BankFeil, last_bank, sjekk_fil

TEMA = {"KK", "SL", "SS", "DT"}
FAGOMRADER = {"ETR", "FOR", "ETP", "OPS", "FVA", "SRP", "ID", "GUF", "TRS", "ARR"}


def test_medfolgende_bank_dekker_alle_moduler(bank: bankmodul.Bank) -> None:
    typer = {m.id: m.type for m in bank.moduler}
    assert {k for k, v in typer.items() if v == "tema"} == TEMA
    assert {k for k, v in typer.items() if v == "fagomrade"} == FAGOMRADER
    assert {k for k, v in typer.items() if v == "tverrgaende"} == {"BU", "PR"}
    for m in bank.moduler:
        lav, hoy = bankmodul.ANTALL_INDIKATORER[m.type]
        assert lav <= len(m.indikatorer) <= hoy, m.id


def test_hver_indikator_er_komplett(bank: bankmodul.Bank) -> None:
    sett: set[str] = set()
    for m in bank.moduler:
        assert len(m.intro) > 100, m.id
        for ind in m.indikatorer:
            assert len(ind.niva) == 5 and len(ind.neste_steg) == 4
            assert len(set(ind.niva)) == 5, f"{ind.id}: to like nivåbeskrivelser"
            assert len(set(ind.neste_steg)) == 4, f"{ind.id}: to like neste steg"
            assert all(len(t) >= 40 for t in ind.niva), ind.id
            assert ind.tema in TEMA
            # Ingen to indikatorer med samme påstand eller tittel.
            for tekst in (ind.pastand.casefold(), ind.tittel.casefold()):
                assert tekst not in sett, ind.id
                sett.add(tekst)
    # Fagområdene er merket med tema for matrisen temaer × fagområder.
    fag_tema = {ind.tema for m in bank.moduler if m.type == "fagomrade" for ind in m.indikatorer}
    assert len(fag_tema) >= 3


def test_ingen_plassholdertekst(bank: bankmodul.Bank) -> None:
    tekst = bank.model_dump_json().casefold()
    for ord in ("lorem", "todo", "xxx", "plassholder", "tbd"):
        assert ord not in tekst


def test_json_rundtur(bank: bankmodul.Bank) -> None:
    kopi = bankmodul.Bank.fra_json(bank.til_json())
    assert kopi == bank
    assert kopi.indikator("KK-01").tittel == bank.indikator("KK-01").tittel


# --- feil i bankfiler ----------------------------------------------------------------------


@pytest.fixture
def bankkopi(tmp_path: Path) -> Path:
    maal = tmp_path / "bank"
    shutil.copytree(bankmodul.standardmappe(), maal)
    return maal


def _endre(fil: Path, gammel: str, ny: str, antall: int = 1) -> None:
    tekst = fil.read_text(encoding="utf-8")
    assert gammel in tekst
    fil.write_text(tekst.replace(gammel, ny, antall), encoding="utf-8")


def _feil(mappe: Path) -> str:
    with pytest.raises(BankFeil) as e:
        last_bank(mappe)
    return str(e.value)


def test_manglende_niva_nevner_fil_indikator_og_felt(bankkopi: Path) -> None:
    fil = bankkopi / "moduler" / "SL.toml"
    tekst = fil.read_text(encoding="utf-8")
    start = tekst.index('id = "SL-02"')
    niva = tekst.index("niva = [", start)
    slutt = tekst.index("\n", tekst.index('",', niva) + 2)  # fjern første nivåtekst
    fil.write_text(tekst[: tekst.index("\n", niva) + 1] + tekst[slutt + 1 :], encoding="utf-8")
    melding = _feil(bankkopi)
    assert "SL.toml: indikator SL-02: felt «niva»: må ha nøyaktig 5 tekster" in melding


def test_manglende_felt(bankkopi: Path) -> None:
    _endre(bankkopi / "moduler" / "DT.toml", "tittel =", "tittelen =", 1)
    melding = _feil(bankkopi)
    assert "DT.toml: indikator DT-01: felt «tittel»: mangler" in melding
    assert "DT.toml: indikator DT-01: felt «tittelen»: ukjent felt" in melding


def test_ukjent_tema_og_hovedlinje(bankkopi: Path) -> None:
    fil = bankkopi / "moduler" / "ETR.toml"
    tekst = fil.read_text(encoding="utf-8")
    i = tekst.index('id = "ETR-02"')
    del_ = tekst[i:]
    del_ = del_.replace('tema = "', 'tema = "XX', 1)
    import re

    del_ = re.sub(r'hovedlinje = "[^"]*"', 'hovedlinje = "finnes-ikke"', del_, count=1)
    fil.write_text(tekst[:i] + del_, encoding="utf-8")
    melding = _feil(bankkopi)
    assert "ETR.toml: indikator ETR-02: felt «tema»: ukjent tema" in melding
    assert "ETR.toml: indikator ETR-02: felt «hovedlinje»: ukjent hovedlinje «finnes-ikke»" in melding


def test_dobbel_id(bankkopi: Path) -> None:
    _endre(bankkopi / "moduler" / "KK.toml", 'id = "KK-03"', 'id = "KK-02"')
    assert "indikator KK-02: felt «id»: id-en er brukt før" in _feil(bankkopi)


def test_manglende_neste_steg(bankkopi: Path) -> None:
    fil = bankkopi / "moduler" / "PR.toml"
    tekst = fil.read_text(encoding="utf-8")
    i = tekst.index("neste_steg = [")
    j = tekst.index("]", i)
    fil.write_text(tekst[:i] + 'neste_steg = ["Bare ett steg."]' + tekst[j + 1 :], encoding="utf-8")
    assert "PR.toml: indikator PR-01: felt «neste_steg»: må ha nøyaktig 4 tekster" in _feil(bankkopi)


def test_tom_tekst(bankkopi: Path) -> None:
    fil = bankkopi / "moduler" / "BU.toml"
    tekst = fil.read_text(encoding="utf-8")
    i = tekst.index("pastand = ")
    j = tekst.index("\n", i)
    fil.write_text(tekst[:i] + 'pastand = "   "' + tekst[j:], encoding="utf-8")
    assert "BU.toml: indikator BU-01: felt «pastand»: kan ikke være tom" in _feil(bankkopi)


def test_odelagt_toml_nevner_linjen(bankkopi: Path) -> None:
    fil = bankkopi / "moduler" / "TRS.toml"
    linjer = fil.read_text(encoding="utf-8").splitlines()
    linjer.insert(4, 'navn = "uten slutt')
    fil.write_text("\n".join(linjer), encoding="utf-8")
    melding = _feil(bankkopi)
    assert "TRS.toml: ugyldig TOML: linje 5" in melding


def test_for_mange_indikatorer_i_fagomrade(bankkopi: Path) -> None:
    fil = bankkopi / "moduler" / "ARR.toml"
    tekst = fil.read_text(encoding="utf-8")
    start = tekst.index("[[indikator]]")
    blokk = tekst[start : tekst.index("[[indikator]]", start + 1)]
    for nr in (4, 5):
        tekst += "\n" + blokk.replace('id = "ARR-01"', f'id = "ARR-0{nr}"', 1)
    fil.write_text(tekst, encoding="utf-8")
    assert "modul ARR: har 5 indikatorer; en fagområde skal ha 2–4" in _feil(bankkopi)


def test_manglende_modulfil(bankkopi: Path) -> None:
    (bankkopi / "moduler" / "ID.toml").unlink()
    assert "ID.toml: filen finnes ikke" in _feil(bankkopi)


def test_ikke_utf8(bankkopi: Path) -> None:
    (bankkopi / "moduler" / "GUF.toml").write_bytes(b"\xff\xfe\x00 s\xf8ppel")
    assert "GUF.toml: filen er ikke UTF-8-tekst" in _feil(bankkopi)


# --- egen modul ved siden av -------------------------------------------------------------

EGEN_MODUL = """
[modul]
id = "NAT"
navn = "Natteliv i sentrum"
type = "tverrgaende"
mal = 2
intro = "Distriktets egen modul om forebygging i nattelivet, i samarbeid med utestedene."

[[indikator]]
id = "NAT-01"
tittel = "Felles plan for nattelivet"
pastand = "Politiet og kommunen har en felles plan for forebygging i nattelivet."
veiledning = "Bygger på hovedlinjen om samarbeid med eksterne aktører."
tema = "SS"
hovedlinje = "samarbeid-eksternt"
niva = ["Ingen plan.", "Tilfeldige møter.", "Skriftlig plan.", "Planen følges opp.", "Planen evalueres."]
neste_steg = ["Kall inn.", "Skriv plan.", "Følg opp.", "Evaluer."]
"""


def _egen(tmp_path: Path, antall: int = 3) -> Path:
    tekst = EGEN_MODUL
    blokk = tekst[tekst.index("[[indikator]]") :]
    for nr in range(2, antall + 1):
        tekst += "\n" + blokk.replace("NAT-01", f"NAT-0{nr}").replace("Felles plan", f"Plan {nr}").replace(
            "har en felles plan", f"har plan nr. {nr}"
        )
    fil = tmp_path / "natteliv.toml"
    fil.write_text(tekst, encoding="utf-8")
    return fil


def test_egen_modul_lastes_ved_siden_av(tmp_path: Path) -> None:
    bank = last_bank(ekstra=[_egen(tmp_path)])
    assert bank.har_modul("NAT") and bank.har_modul("KK")
    assert bank.indikator("NAT-02").tittel == "Plan 2 for nattelivet"


def test_egen_modul_sjekkes_alene(tmp_path: Path) -> None:
    modul = sjekk_fil(_egen(tmp_path))
    assert isinstance(modul, bankmodul.Modul) and len(modul.indikatorer) == 3


def test_egen_modul_med_for_faa_indikatorer(tmp_path: Path) -> None:
    with pytest.raises(BankFeil, match="har 1 indikatorer; en tverrgående modul skal ha 3–6"):
        sjekk_fil(_egen(tmp_path, 1))


def test_egen_modul_kan_ikke_bruke_medfolgende_id(tmp_path: Path) -> None:
    fil = _egen(tmp_path)
    _endre(fil, 'id = "NAT"', 'id = "PR"')
    for nr in (1, 2, 3):
        _endre(fil, f"NAT-0{nr}", f"PR-0{nr}")
    with pytest.raises(BankFeil, match="samme modul-id er brukt to ganger"):
        sjekk_fil(fil)


# --- utgave 2: bevis, omfang, per kommune, lokale problemer, erstatter ---------------------

PER_KOMMUNE = {"PR-01", "PR-02", "PR-03", "PR-04", "PR-05", "SS-03", "SS-04", "BU-05"}
LOKALE_PROBLEMER = {"KK-02", "KK-03", "SL-02", "SS-01", "PR-03"}


def test_medfolgende_bank_er_utgave_2(bank: bankmodul.Bank) -> None:
    assert bank.utgave == 2 and bank.versjon == "2026.2"
    for m in bank.moduler:
        for ind in m.indikatorer:
            assert ind.bevis is not None and ind.bevis_nn is not None and ind.omfang is not None, ind.id
            assert len(set(ind.bevis)) == 5 and len(set(ind.bevis_nn)) == 5, ind.id
    mine = {"KK", "SL", "SS", "DT", "BU", "PR"}
    per_kommune = {i.id for m in bank.moduler if m.id in mine for i in m.indikatorer if i.per_kommune}
    assert per_kommune == PER_KOMMUNE
    assert {i.id for m in bank.moduler for i in m.indikatorer if i.lokale_problemer} >= LOKALE_PROBLEMER


def test_sl01_erstatter_sl05_og_bu06_er_ny(bank: bankmodul.Bank) -> None:
    assert not bank.har_indikator("SL-05")
    assert bank.indikator("SL-01").erstatter == ("SL-05",)
    assert bank.indikator("BU-06").omfang == "distrikt"
    alle = {i.id for m in bank.moduler for i in m.indikatorer}
    for m in bank.moduler:
        for ind in m.indikatorer:
            assert not set(ind.erstatter) & alle, ind.id


def test_beslutningsregelen() -> None:
    assert bankmodul.BESLUTNINGSREGEL == (
        "Velg det høyeste nivået der beskrivelsen, og alle nivåene under, stemmer for enheten"
    )
    assert bankmodul.BESLUTNINGSREGEL_NN.startswith("Vel det høgaste nivået")


def _fjern_liste(fil: Path, nokkel: str, indikator: str) -> None:
    tekst = fil.read_text(encoding="utf-8")
    start = tekst.index(f'id = "{indikator}"')
    a = tekst.index(f"\n{nokkel} = [", start) + 1
    b = tekst.index("\n]", a) + 2
    fil.write_text(tekst[:a] + tekst[b + 1 :], encoding="utf-8")


def test_utgave_2_krever_bevis_og_omfang(bankkopi: Path) -> None:
    kk = bankkopi / "moduler" / "KK.toml"
    _fjern_liste(kk, "bevis", "KK-01")
    _fjern_liste(kk, "bevis_nn", "KK-01")
    _endre(kk, 'omfang = "distrikt"\n', "")
    feil = _feil(bankkopi)
    assert "KK.toml: indikator KK-01: felt «bevis»: mangler (påkrevd fra utgave 2 av banken)" in feil
    assert "KK.toml: indikator KK-01: felt «bevis_nn»: mangler (påkrevd fra utgave 2 av banken)" in feil
    assert "KK.toml: indikator KK-05: felt «omfang»: mangler (påkrevd fra utgave 2 av banken)" in feil


def test_utgave_1_krever_ikke_de_nye_feltene(bankkopi: Path) -> None:
    _endre(bankkopi / "bank.toml", "utgave = 2", "utgave = 1")
    kk = bankkopi / "moduler" / "KK.toml"
    _fjern_liste(kk, "bevis", "KK-01")
    _fjern_liste(kk, "bevis_nn", "KK-01")
    assert last_bank(bankkopi).indikator("KK-01").bevis is None


def test_bevis_feil_antall_og_ukjent_omfang(bankkopi: Path) -> None:
    kk = bankkopi / "moduler" / "KK.toml"
    tekst = kk.read_text(encoding="utf-8")
    start = tekst.index('id = "KK-02"')
    a = tekst.index("\nbevis = [\n", start) + len("\nbevis = [\n")
    b = tekst.index("\n", a) + 1
    kk.write_text(tekst[:a] + tekst[b:], encoding="utf-8")
    _endre(kk, 'omfang = "gde"', 'omfang = "region"')
    feil = _feil(bankkopi)
    assert "KK.toml: indikator KK-02: felt «bevis»: må ha nøyaktig 5 tekster (nivå 0–4)" in feil
    assert "KK.toml: indikator KK-01: felt «omfang»: må være en av 'distrikt', 'gde' eller 'tjenesteenhet'" in feil


def test_bevis_nn_mangler_gir_ufullstendig_nynorsk(bankkopi: Path) -> None:
    _endre(bankkopi / "bank.toml", "utgave = 2", "utgave = 1")
    _fjern_liste(bankkopi / "moduler" / "KK.toml", "bevis_nn", "KK-01")
    assert "KK.toml: indikator KK-01: nynorsk er ufullstendig; mangler bevis_nn" in _feil(bankkopi)


def test_erstatter_valideres(bankkopi: Path) -> None:
    sl = bankkopi / "moduler" / "SL.toml"
    _endre(sl, 'erstatter = ["SL-05"]', 'erstatter = ["SL-01", "SL-02", "sl5"]')
    feil = _feil(bankkopi)
    assert "SL.toml: indikator SL-01: felt «erstatter»: har ugyldig form" in feil
    _endre(sl, 'erstatter = ["SL-01", "SL-02", "sl5"]', 'erstatter = ["SL-01", "SL-02"]')
    feil = _feil(bankkopi)
    assert "SL.toml: indikator SL-01: felt «erstatter»: en indikator kan ikke erstatte seg selv" in feil
    assert "SL.toml: indikator SL-01: felt «erstatter»: «SL-02» finnes fortsatt i banken" in feil


def test_gammelt_oyeblikksbilde_leses_som_for(bank: bankmodul.Bank) -> None:
    """En vurdering lagret med banken 2026.1 har ingen av de nye feltene i øyeblikksbildet."""
    import json

    data = json.loads(bank.til_json())
    data.pop("utgave")
    data["versjon"] = "2026.1"
    for m in data["moduler"]:
        for ind in m["indikatorer"]:
            for felt in ("bevis", "bevis_nn", "omfang", "erstatter", "per_kommune", "lokale_problemer"):
                ind.pop(felt)
    gammel = bankmodul.Bank.fra_json(json.dumps(data))
    assert gammel.utgave == 1 and gammel.versjon == "2026.1"
    kk = gammel.indikator("KK-01")
    assert kk.bevis is None and kk.omfang is None and kk.erstatter == () and not kk.per_kommune
    assert kk.niva == bank.indikator("KK-01").niva
    assert gammel.paa("nn").indikator("KK-01").tittel == bank.indikator("KK-01").tittel_nn
    assert bankmodul.Bank.fra_json(gammel.til_json()) == gammel


def test_eksempelmodulen_i_docs_er_gyldig() -> None:
    fil = Path(__file__).resolve().parents[2] / "docs" / "eksempel-egen-modul" / "VNR.toml"
    modul = sjekk_fil(fil)
    assert isinstance(modul, bankmodul.Modul) and modul.id == "VNR"
    assert all(i.bevis and i.bevis_nn and i.omfang for i in modul.indikatorer)
    bank = last_bank(ekstra=[fil])
    assert bank.indikator("VNR-03").per_kommune


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFO finnes bare på POSIX")
@pytest.mark.parametrize("art", ["fifo", "dev_zero"])
def test_egne_moduler_som_ikke_er_vanlige_filer_henger_ikke(tmp_path: Path, art: str) -> None:
    """En FIFO eller en lenke til /dev/zero i egne-moduler/ gir en norsk feil, ikke et program som henger."""
    import subprocess
    import sys

    mappe = tmp_path / "egne-moduler"
    mappe.mkdir()
    fil = mappe / "LOK.toml"
    if art == "fifo":
        os.mkfifo(fil)
    else:
        fil.symlink_to("/dev/zero")
    kode = (
        "import sys; from vurdering.cli import main; "
        f"sys.exit(main(['ny', '--database', {str(tmp_path / 'f.db')!r}, '--enhet', 'A', '--distrikt', 'Agder']))"
    )
    ut = subprocess.run([sys.executable, "-c", kode], capture_output=True, text=True, timeout=60)
    assert ut.returncode == 2, ut.stderr
    assert "LOK.toml" in ut.stderr and "ikke en vanlig fil" in ut.stderr and "Traceback" not in ut.stderr
