"""De faste tekstene: begge språk, samme felter, reglene ord for ord som i domenet, og en
nynorskrapport uten faste bokmålstekster."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from rapporthjelp import brodtekst, pdf_bytes, sidetekster, uten_mellomrom

from vurdering.domene import samling
from vurdering.domene.vurderingsdata import Vurderingsdata
from vurdering.rapport import tekster
from vurdering.rapport.tekster import KONSENSUSREGEL, POENGREGLER, t

_FELT = re.compile(r"\{([^}]*)\}")


def test_alle_tekster_finnes_pa_begge_sprak_med_samme_felter() -> None:
    for nokkel, (nb, nn) in tekster.alle().items():
        assert nb.strip() and nn.strip(), nokkel
        assert sorted(_FELT.findall(nb)) == sorted(_FELT.findall(nn)), nokkel


def test_konsensusregelen_er_den_fra_samling() -> None:
    doc = " ".join((samling.__doc__ or "").split("\n\n", 1)[1].split())
    assert KONSENSUSREGEL["nb"] == doc
    assert "≥ 2" in KONSENSUSREGEL["nn"]


def test_kartleggingsforslaget_er_det_domenet_lager(demodata: Vurderingsdata) -> None:
    kartlegg = [f for f in demodata.resultat.forslag if f.kartlegg]
    assert kartlegg
    for f in kartlegg:
        assert t("kartlegg", "nb", tittel=f.tittel) == f.tekst


def _bare_bokmal() -> Iterator[str]:
    """Biter av faste bokmålstekster som ikke også står i en nynorsktekst."""
    alle = tekster.alle()
    nynorsk = " ".join([*(nn for _, nn in alle.values()), *POENGREGLER["nn"], KONSENSUSREGEL["nn"]])
    kandidater = [(nb, nn) for nb, nn in alle.values() if nb != nn]
    kandidater += list(zip(POENGREGLER["nb"], POENGREGLER["nn"], strict=True))
    kandidater.append((KONSENSUSREGEL["nb"], KONSENSUSREGEL["nn"]))
    for nb, _ in kandidater:
        for bit in _FELT.split(nb)[::2]:
            bit = bit.strip(" .,:;()–·→")
            if len(bit) >= 4 and bit not in nynorsk:
                yield bit


@pytest.fixture(scope="module")
def kort_nn(demodata: Vurderingsdata) -> bytes:
    return pdf_bytes(demodata, kort=True, sprak="nn")


def test_nynorskrapportene_har_ingen_faste_bokmalstekster(full_nn: bytes, kort_nn: bytes) -> None:
    biter = sorted(set(_bare_bokmal()))
    assert len(biter) > 60  # testen må ha noe å sjekke
    for pdf in (full_nn, kort_nn):
        tekst = uten_mellomrom("\n".join(sidetekster(pdf)))
        funnet = [b for b in biter if uten_mellomrom(b) in tekst]
        assert not funnet, f"bokmål i nynorskrapporten: {funnet}"


def test_nynorskrapporten_har_nynorske_tekster(full_nn: bytes, kort_nn: bytes, demodata: Vurderingsdata) -> None:
    tekst = uten_mellomrom(brodtekst(full_nn))
    for nokkel in ("sammendrag", "samlet", "modulene", "forslag", "oppfolging", "metode", "sitat_kilde", "poengregler"):
        assert uten_mellomrom(t(nokkel, "nn")) in tekst, nokkel
    for regel in POENGREGLER["nn"]:
        assert uten_mellomrom(regel) in tekst
    for n in range(5):
        assert uten_mellomrom(demodata.bank.niva_navn(n, "nn")) in tekst
    assert uten_mellomrom(demodata.bank.modul("SL").visningsnavn("nn")) in tekst
    sider = sidetekster(full_nn)
    assert all(f"Side {i} av {len(sider)}" in s for i, s in enumerate(sider, 1))
    assert uten_mellomrom(t("kort_tittel", "nn")) in uten_mellomrom(brodtekst(kort_nn))


def test_rangeringsregelen_er_den_fra_analysen_og_star_i_metodevedlegget(full_nb_tekst: str) -> None:
    from vurdering.domene import analyse
    from vurdering.rapport.tekster import RANGERINGSREGEL

    doc = " ".join((analyse.__doc__ or "").split())
    for del_ in ("størst avstand til modulens mål (mål − nivå)", "høyest vekt, så lavest nivå, så temamoduler"):
        assert del_ in doc and del_ in RANGERINGSREGEL["nb"]
    assert " ".join(RANGERINGSREGEL["nb"].split()[:8]) in " ".join(full_nb_tekst.split())
