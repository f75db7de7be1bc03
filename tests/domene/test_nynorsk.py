"""Banken på nynorsk: `Bank.paa("nn")` gir de nynorske tekstene, og originalen lagres urørt."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from vurdering.domene import bank as bankmodul
from vurdering.domene.bank import Bank, BankFeil, last_bank


def test_medfolgende_bank_finnes_helt_paa_nynorsk(bank: Bank) -> None:
    for m in bank.moduler:
        assert m.navn_nn and m.intro_nn, m.id
        for ind in m.indikatorer:
            assert all(v is not None for v in ind.nynorsk_felt.values()), ind.id


def test_paa_nynorsk_bytter_tekstene_men_ikke_id_og_tall(bank: Bank) -> None:
    nn = bank.paa("nn")
    assert bank.paa("nb") is bank and bank.paa("nn") is nn  # hurtigbufret
    kk = bank.indikator("KK-01")
    kk_nn = nn.indikator("KK-01")
    assert kk_nn.tittel == kk.tittel_nn and kk_nn.pastand == kk.pastand_nn
    assert kk_nn.niva == kk.niva_nn and kk_nn.neste_steg == kk.neste_steg_nn
    assert (kk_nn.id, kk_nn.vekt, kk_nn.tema) == (kk.id, kk.vekt, kk.tema)
    assert nn.modul("SL").navn == "Styring og leiing" and nn.modul("SL").intro == bank.modul("SL").intro_nn
    # Originalen (øyeblikksbildet som lagres) er uendret.
    assert bank.indikator("KK-01").tittel != kk_nn.tittel or kk.tittel == kk.tittel_nn
    assert Bank.fra_json(bank.til_json()) == bank


def test_forslagene_kommer_paa_nynorsk(bank: Bank) -> None:
    from vurdering.domene import poeng
    from vurdering.domene.modell import Svar

    svar = {"KK-01": Svar.med_niva("KK-01", 1)}
    f_nb = poeng.beregn(bank, ["KK", "SL", "SS", "DT"], svar).forslag[0]
    f_nn = poeng.beregn(bank.paa("nn"), ["KK", "SL", "SS", "DT"], svar).forslag[0]
    assert f_nb.tekst == bank.indikator("KK-01").neste_steg[1]
    assert f_nn.tekst == bank.indikator("KK-01").neste_steg_nn[1]  # type: ignore[index]


def test_ufullstendig_nynorsk_avvises(tmp_path: Path) -> None:
    mappe = tmp_path / "bank"
    shutil.copytree(bankmodul.standardmappe(), mappe)
    fil = mappe / "moduler" / "TRS.toml"
    tekst = fil.read_text(encoding="utf-8")
    # Fjern neste_steg_nn fra første indikator.
    start = tekst.index("neste_steg_nn = [")
    slutt = tekst.index("]", start)
    fil.write_text(tekst[:start] + tekst[slutt + 1 :], encoding="utf-8")
    with pytest.raises(BankFeil, match=r"TRS.toml: indikator TRS-01: nynorsk er ufullstendig; mangler neste_steg_nn"):
        last_bank(mappe)


# --- ordformer i hele banken ----------------------------------------------------------------

#: Bokmålsformer som ikke skal stå i nynorsk tekst utenfor sitater, med formen banken bruker.
#: «bruke» bøyes brukar, brukte, brukt (og substantivet heter brukar, brukarar).
BOKMAL_I_NYNORSK = {
    r"bruker\w*": "brukar (brukar, brukarar, brukarane)",
    r"lederteam\w*|leiarteam\w*": "leiargruppa",
}


def _nynorske_tekster(fil: Path) -> list[tuple[str, str, str]]:
    import tomllib

    data = tomllib.loads(fil.read_text(encoding="utf-8"))
    ut = []
    modul = data.get("modul", {})
    if isinstance(modul.get("intro_nn"), str):
        ut.append(("modul", "intro_nn", modul["intro_nn"]))
    for ind in data.get("indikator", []):
        for felt, verdi in ind.items():
            if felt.endswith("_nn"):
                for t in verdi if isinstance(verdi, list) else [verdi]:
                    ut.append((f"indikator {ind.get('id')}", felt, t))
    return ut


def _utenfor_sitater(tekst: str) -> str:
    import re

    return re.sub(r"«[^»]*»", "«»", tekst)


@pytest.mark.parametrize("fil", sorted((bankmodul.standardmappe() / "moduler").glob("*.toml")), ids=lambda f: f.stem)
def test_nynorsk_tekst_bruker_bankens_former(fil: Path) -> None:
    import re

    feil = []
    for hvor, felt, tekst in _nynorske_tekster(fil):
        fri = _utenfor_sitater(tekst)
        for monster, riktig in BOKMAL_I_NYNORSK.items():
            for treff in re.findall(rf"\b(?:{monster})\b", fri, flags=re.IGNORECASE):
                feil.append(f"{fil.name}: {hvor}: felt «{felt}»: «{treff}» er bokmål; skriv {riktig}")
        if re.search(r"\bHovedlinjer\b", fri):
            feil.append(
                f"{fil.name}: {hvor}: felt «{felt}»: «Hovedlinjer» står usitert i nynorsk tekst; "
                "skriv lysarktittelen i sitattegn («Hovedlinjer (I)») eller «hovudlinja»"
            )
    assert not feil, "\n".join(feil)


@pytest.mark.parametrize("fil", sorted((bankmodul.standardmappe() / "moduler").glob("*.toml")), ids=lambda f: f.stem)
def test_bokmal_bruker_ett_ord_for_ledergruppen(fil: Path) -> None:
    import re

    tekst = _utenfor_sitater(fil.read_text(encoding="utf-8"))
    treff = sorted(set(re.findall(r"\blederteam\w*", tekst, flags=re.IGNORECASE)))
    assert not treff, f"{fil.name}: {', '.join(treff)}: banken bruker «ledergruppen» (nynorsk «leiargruppa»)"
