"""Samlingsøkten uten Qt: stemmer lagres straks, konsensus og valgt nivå blir svaret."""

from __future__ import annotations

from pathlib import Path

import pytest

from vurdering.domene.bank import Bank
from vurdering.domene.modell import Status, SvarType, VurderingType
from vurdering.lagring import repository as repo
from vurdering.lagring.database import Database, DatabaseFeil, apne
from vurdering.tjenester.samling import Samlingsokt


@pytest.fixture
def okt(db: Database, bank: Bank) -> Samlingsokt:
    vid = repo.opprett_vurdering(
        db, bank, enhet="Samling Vest", distrikt="Vest politidistrikt", moduler=[], type=VurderingType.SAMLING
    )
    return Samlingsokt(db, vid)


def test_stemmer_lagres_straks(okt: Samlingsokt, tmp_path: Path) -> None:
    for n in (2, 2, 3, 1):
        okt.legg_til(n)
    okt.fjern(2)
    okt.fjern(0)  # ingen stemmer på 0: ingenting skjer
    assert okt.fordeling() == (0, 1, 1, 1, 0)
    # En annen forbindelse (som etter en krasj) ser det samme.
    with apne(okt.db.sti, opprett=True) as annen:
        assert repo.hent_stemmer(annen, okt.vurdering_id, okt.indikator_id) == (0, 1, 1, 1, 0)
    k = okt.konsensus()
    assert (k.median, k.spenn, k.uenighet) == (2, 2, True)


def test_stemmer_per_deltaker(okt: Samlingsokt) -> None:
    okt.sett_deltakerstemme(1, 2)
    okt.sett_deltakerstemme(2, 3)
    okt.sett_deltakerstemme(1, 3)  # deltaker 1 ombestemmer seg
    assert okt.fordeling() == (0, 0, 0, 2, 0)
    assert okt.deltakerstemmer() == {1: 3, 2: 3}
    okt.legg_til(0)  # en håndsopprekning ved siden av
    okt.sett_deltakerstemme(2, None)
    assert okt.fordeling() == (1, 0, 0, 1, 0)
    okt.fjern(3)  # den siste stemmen på 3 var deltaker 1 sin
    assert okt.deltakerstemmer() == {}
    assert okt.fordeling() == (1, 0, 0, 0, 0)
    assert repo.hent_deltakerstemmer(okt.db, okt.vurdering_id, okt.indikator_id) == {}


def test_godta_gir_svar_med_dissens_og_stemmer(okt: Samlingsokt) -> None:
    for n in (1, 2, 2, 4):
        okt.legg_til(n)
    svar = okt.godta(3, dissens="Én mente nivå 1.", kommentar="Vi har rutinen, men ikke indikatorene.")
    lagret = repo.hent_svar(okt.db, okt.vurdering_id)[okt.indikator_id]
    assert lagret.type is SvarType.NIVA and lagret.niva == 3
    assert lagret.dissens == "Én mente nivå 1." and lagret.kommentar.startswith("Vi har")
    assert lagret.stemmer == (0, 1, 2, 0, 1) == svar.stemmer
    assert okt.besvart() == 1


def test_navigering(okt: Samlingsokt) -> None:
    forste = okt.indikator_id
    assert not okt.forrige()
    assert okt.neste() and okt.indeks == 1
    assert okt.ga_til(forste) and okt.indeks == 0
    assert not okt.ga_til("XX-01") and not okt.ga_til(okt.antall)
    assert okt.ga_til(okt.antall - 1) and not okt.neste()
    assert okt.antall == 27  # de fire temaene


def test_uenighet_forst_naar_okten_aapnes(db: Database, bank: Bank) -> None:
    vid = repo.opprett_vurdering(db, bank, enhet="X", distrikt="Vest politidistrikt", moduler=[])
    repo.lagre_stemmer(db, vid, "SL-02", (1, 0, 2, 0, 0))
    repo.lagre_stemmer(db, vid, "KK-03", (0, 3, 2, 0, 0))  # spenn 1: ingen uenighet
    repo.lagre_stemmer(db, vid, "DT-01", (0, 0, 1, 0, 1))
    okt = Samlingsokt(db, vid)
    assert okt.rekkefolge[:3] == ["SL-02", "DT-01", "KK-01"]


def test_ferdig_vurdering_kan_ikke_endres(okt: Samlingsokt) -> None:
    repo.sett_status(okt.db, okt.vurdering_id, Status.FERDIG)
    ferdig = Samlingsokt(okt.db, okt.vurdering_id)
    with pytest.raises(DatabaseFeil, match="ferdig"):
        ferdig.legg_til(2)
    with pytest.raises(DatabaseFeil, match="ferdig"):
        ferdig.godta(2)
    assert ferdig.fordeling() == (0, 0, 0, 0, 0)


@pytest.mark.parametrize("niva", [-1, 5, True])
def test_ugyldig_niva(okt: Samlingsokt, niva: int) -> None:
    with pytest.raises(ValueError, match="0 til 4"):
        okt.legg_til(niva)
