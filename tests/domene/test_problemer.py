"""Reglene for enhetens prioriterte problemer: fremgang mot målet, gyldige tall og datoer."""

from __future__ import annotations

import pytest

from vurdering.domene.problemer import Fremgang, Problem, tall, vurder_fremgang


@pytest.mark.parametrize(
    ("utgang", "mal", "siste", "forventet"),
    [
        (40, 30, 35, Fremgang.MOT_MAL),  # lavere er bedre
        (40, 30, 30, Fremgang.NADD),
        (40, 30, 28, Fremgang.NADD),
        (40, 30, 40, Fremgang.UENDRET),
        (40, 30, 45, Fremgang.FEIL_VEI),
        (60, 75, 70, Fremgang.MOT_MAL),  # høyere er bedre (for eksempel trygghet i Ungdata)
        (60, 75, 55, Fremgang.FEIL_VEI),
        (60, 75, None, Fremgang.MANGLER_TALL),
        (None, 75, 70, Fremgang.MANGLER_TALL),
    ],
)
def test_fremgang(utgang: float | None, mal: float | None, siste: float | None, forventet: Fremgang) -> None:
    assert vurder_fremgang(utgang, mal, siste) is forventet


def test_andel_av_veien_og_ny_runde() -> None:
    p = Problem("Vold i sentrum", utgangsverdi=40, malverdi=30, siste_verdi=35, siste_dato="2026-06-01", id=7)
    assert p.andel_av_veien == pytest.approx(0.5)
    assert p.lavere_er_bedre is True
    videre = p.til_ny_runde()
    assert (videre.siste_verdi, videre.forrige_verdi, videre.id, videre.siste_dato) == (None, 35, None, "")
    assert videre.malverdi == 30 and videre.tittel == "Vold i sentrum"


@pytest.mark.parametrize(
    ("kwargs", "melding"),
    [
        ({"tittel": " "}, "tittel"),
        ({"tittel": "x" * 201}, "for lang"),
        ({"tittel": "A", "utgangsdato": "1999-12-31"}, "2000"),
        ({"tittel": "A", "siste_dato": "i går"}, "ÅÅÅÅ-MM-DD"),
        ({"tittel": "A", "malverdi": float("nan")}, "tall"),
    ],
)
def test_ugyldige_problemer_avvises_paa_norsk(kwargs: dict[str, object], melding: str) -> None:
    with pytest.raises(ValueError, match=melding):
        Problem(**kwargs)  # type: ignore[arg-type]


def test_tall_paa_norsk_og_engelsk() -> None:
    assert tall("12,5", "V") == 12.5
    assert tall("1 200", "V") == 1200
    assert tall("", "V") is None
    with pytest.raises(ValueError, match="må være et tall"):
        tall("mange", "V")
