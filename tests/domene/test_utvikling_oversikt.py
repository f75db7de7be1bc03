"""Enhetsregelen, utviklingen mellom runder og oversikten over mange enheter (rene domenefunksjoner)."""

from __future__ import annotations

import pytest

from vurdering.domene import poeng
from vurdering.domene.bank import Bank
from vurdering.domene.enheter import enhetsnokkel, normaliser_navn, samme_enhet
from vurdering.domene.modell import Svar, SvarType, Tiltak, TiltakStatus
from vurdering.domene.oversikt import (
    Enhetsrad,
    Modulcelle,
    filtrer,
    fordeling,
    kvantil,
    lag_oversikt,
    siste_runder,
)
from vurdering.domene.utvikling import Runde, beregn_utvikling, sammenlign_indikatorer
from vurdering.domene.vurderingsdata import Oppfolgingspunkt

# --- samme enhet ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Kristiansand politistasjon", "kristiansand"),
        ("Kristiansand  Politistasjon", "KRISTIANSAND"),
        ("Vennesla lensmannskontor", "Vennesla"),
        ("Arendal politistasjonsdistrikt", "arendal politistasjon"),
        ("Bergen sentrum", "Bergen-sentrum"),
    ],
)
def test_samme_enhet_tross_skrivemaate(a: str, b: str) -> None:
    assert samme_enhet(a, "Agder politidistrikt", b, "agder")


def test_ulike_enheter_og_distrikter_holdes_fra_hverandre() -> None:
    assert not samme_enhet("Kristiansand", "Agder", "Kristiansund", "Møre og Romsdal")
    assert not samme_enhet("Sentrum", "Oslo", "Sentrum", "Vest")
    assert normaliser_navn("Politistasjon") == "politistasjon"  # et navn som bare er endelsen, beholdes


def test_fast_id_gaar_foran_navnet() -> None:
    assert samme_enhet("A", "Agder", "Helt annet navn", "Agder", "ABC-1", "abc-1")
    assert not samme_enhet("A", "Agder", "A", "Agder", "id-1", "id-2")
    assert enhetsnokkel("A politistasjon", "Agder politidistrikt") == enhetsnokkel("a", "agder")


# --- utvikling -------------------------------------------------------------------------------


def _runde(bank: Bank, vid: int, dato: str, nivaer: dict[str, int | None], **kw: object) -> Runde:
    moduler = [m.id for m in bank.temamoduler]
    svar = {i: (Svar(i, SvarType.VET_IKKE) if n is None else Svar.med_niva(i, n)) for i, n in nivaer.items()}
    return Runde(vid, dato, bank, poeng.beregn(bank, moduler, svar), svar, **kw)  # type: ignore[arg-type]


def _alle(bank: Bank, niva: int) -> dict[str, int | None]:
    return {i.id: niva for m in bank.temamoduler for i in m.indikatorer}


def test_en_runde_har_ingen_utvikling(bank: Bank) -> None:
    u = beregn_utvikling([_runde(bank, 1, "2025-01-01", _alle(bank, 2))])
    assert not u.har_forrige and u.samlet_endring is None and u.moduler_bedret == ()
    assert u.runder[0].samlet == 2.0


def test_tre_runder_viser_stigning_fall_og_tiltak(bank: Bank) -> None:
    kk = [i.id for i in bank.modul("KK").indikatorer]
    sl = [i.id for i in bank.modul("SL").indikatorer]
    r1 = _alle(bank, 1)
    r2 = _alle(bank, 2)
    r3 = {**_alle(bank, 2), **{i: 4 for i in kk}, **{i: 1 for i in sl}}
    r3[kk[0]] = None  # én Vet ikke
    tiltak = Tiltak("Lag rutine", status=TiltakStatus.IKKE_STARTET, id=1)
    oppf = (
        Oppfolgingspunkt(tiltak, TiltakStatus.FULLFORT),
        Oppfolgingspunkt(Tiltak("B", id=2), TiltakStatus.PAGAR),
        Oppfolgingspunkt(Tiltak("C", id=3), None),
    )
    u = beregn_utvikling(
        [
            _runde(bank, 3, "2026-01-01", r3, oppfolging=oppf),
            _runde(bank, 1, "2024-01-01", r1),
            _runde(bank, 2, "2025-01-01", r2),
        ]
    )
    assert [r.vurdering_id for r in u.runder] == [1, 2, 3]  # sortert på dato
    assert u.moduler_bedret[0].id == "KK" and u.moduler_bedret[0].endring == 2.0
    assert u.moduler_svekket[0].id == "SL" and u.moduler_svekket[0].endring == -1.0
    assert all(e.modul_id == "KK" for e in u.indikatorer_bedret)
    assert kk[0] not in {e.id for e in u.indikatorer_bedret}  # Vet ikke sammenlignes ikke
    assert len(u.indikatorer_bedret) == 5 and len(u.indikatorer_svekket) == 5
    assert u.tiltak is not None and (u.tiltak.antall, u.tiltak.vurdert, u.tiltak.fullfort) == (3, 2, 1)
    assert u.tiltak.andel_fullfort == 0.5
    assert u.runder[2].vet_ikke_andel == pytest.approx(1 / sum(len(m.indikatorer) for m in bank.temamoduler))
    kk_serie = next(s for s in u.moduler if s.modul_id == "KK")
    assert kk_serie.poeng[:2] == (1.0, 2.0)


def test_erstattede_indikatorer_sammenlignes_med_forloperne_og_nye_vises_som_nye(bank: Bank) -> None:
    kk = bank.modul("KK")
    gammel, ny_id = kk.indikatorer[0], "KK-99"
    ny_ind = gammel.model_copy(update={"id": ny_id, "erstatter": (gammel.id,)})  # som en nyere banks `erstatter`
    ny_modul = kk.model_copy(update={"indikatorer": (ny_ind, *kk.indikatorer[1:])})
    ny_bank = bank.model_copy(update={"moduler": tuple(ny_modul if m.id == "KK" else m for m in bank.moduler)})
    ny_bank.__dict__.pop("_moduler", None)
    ny_bank.__dict__.pop("_indikatorer", None)
    forrige = _runde(bank, 1, "2025-01-01", _alle(bank, 1))
    siste_svar = {**_alle(bank, 1), ny_id: 3}
    siste_svar.pop(gammel.id)
    siste = Runde(
        2,
        "2026-01-01",
        ny_bank,
        poeng.beregn(ny_bank, ["KK"], {}),
        {i: Svar.med_niva(i, n or 0) for i, n in siste_svar.items()},
    )
    endringer, nye, utgatte = sammenlign_indikatorer(forrige, siste)
    kk99 = next(e for e in endringer if e.id == ny_id)
    assert (kk99.fra, kk99.til, kk99.erstatter) == (1.0, 3.0, (gammel.id,))
    assert gammel.id not in {u.id for u in utgatte}
    assert nye == []


def test_ny_og_utgaatt_indikator_sammenlignes_ikke(bank: Bank) -> None:
    kk = bank.modul("KK")
    gammel = kk.indikatorer[0]
    ny_ind = gammel.model_copy(update={"id": "KK-98"})
    ny_modul = kk.model_copy(update={"indikatorer": (ny_ind, *kk.indikatorer[1:])})
    ny_bank = bank.model_copy(update={"moduler": tuple(ny_modul if m.id == "KK" else m for m in bank.moduler)})
    ny_bank.__dict__.pop("_moduler", None)
    ny_bank.__dict__.pop("_indikatorer", None)
    forrige = _runde(bank, 1, "2025-01-01", _alle(bank, 1))
    svar = {i.id: Svar.med_niva(i.id, 4) for i in ny_modul.indikatorer}
    siste = Runde(2, "2026-01-01", ny_bank, poeng.beregn(ny_bank, ["KK"], svar), svar)
    endringer, nye, utgatte = sammenlign_indikatorer(forrige, siste)
    assert [n.id for n in nye] == ["KK-98"]
    assert gammel.id in {u.id for u in utgatte}
    assert "KK-98" not in {e.id for e in endringer}


# --- oversikt --------------------------------------------------------------------------------


def test_kvartiler_som_excel() -> None:
    verdier = [1.0, 2.0, 3.0, 4.0]
    assert kvantil(verdier, 0.25) == pytest.approx(1.75)
    assert kvantil(verdier, 0.5) == pytest.approx(2.5)
    assert kvantil(verdier, 0.75) == pytest.approx(3.25)
    f = fordeling([None, 3.0, 1.0, None, 2.0])
    assert f is not None and (f.minst, f.median, f.storst, f.antall) == (1.0, 2.0, 3.0, 3)
    assert fordeling([None, None]) is None


def _rad(vid: int, enhet: str, dato: str, poeng_: dict[str, float | None], **kw: object) -> Enhetsrad:
    celler = {m: Modulcelle(p, 3, utilstrekkelig=p is None) for m, p in poeng_.items()}
    return Enhetsrad(
        vid, enhet, kw.pop("distrikt", "Agder politidistrikt"), dato, "individuell", "ferdig", None, celler, **kw
    )  # type: ignore[arg-type]


def test_oversikt_siste_runde_fordeling_og_felles_svake() -> None:
    rader = [
        _rad(1, "Arendal politistasjon", "2024-05-01", {"KK": 1.0, "SL": 1.0}, under_mal=frozenset({"KK-01"})),
        _rad(2, "arendal", "2025-05-01", {"KK": 2.0, "SL": None}, under_mal=frozenset({"KK-01", "SL-02"})),
        _rad(
            3,
            "Kristiansand",
            "2025-03-01",
            {"KK": 3.0, "SL": 2.5},
            under_mal=frozenset({"KK-01"}),
            tiltak={"fullfort": 2},
        ),
        _rad(4, "Bergen", "2025-03-01", {"KK": 4.0}, distrikt="Vest politidistrikt", under_mal=frozenset()),
    ]
    siste = siste_runder(rader)
    assert sorted(r.vurdering_id for r in siste) == [2, 3, 4]
    agder = filtrer(siste, distrikt="Agder")
    assert sorted(r.vurdering_id for r in agder) == [2, 3]
    assert [r.vurdering_id for r in filtrer(rader, fra="2025-01-01", til="2025-04-01")] == [3, 4]
    o = lag_oversikt(agder, ["SL", "KK"])
    assert o.moduler == ("SL", "KK")
    assert o.fordelinger["KK"] is not None and o.fordelinger["KK"].median == 2.5
    assert o.fordelinger["SL"] is not None and o.fordelinger["SL"].antall == 1  # «–» telles ikke som lav
    assert o.svake[0].indikator_id == "KK-01" and o.svake[0].under_mal == 2 and o.svake[0].enheter == 2
    assert [(v.vurdering_id, v.moduler) for v in o.datavarsler] == [(2, ("SL",))]
    assert o.tiltak == {"fullfort": 2}
