"""Kommunelista: dagens struktur (357 kommuner, 15 fylker), validert, og utvalg som avviser feil."""

from __future__ import annotations

from pathlib import Path

import pytest

from vurdering.domene.kommuner import Kommune, KommuneFeil, last_kommuner, standardfil, velg_kommuner


def test_kommunestrukturen_fra_2024() -> None:
    liste = last_kommuner()
    assert liste.gjelder_fra == "2024-01-01"
    assert len(liste.fylker) == 15 and len(liste.kommuner) == 357
    assert len(liste.i_fylke("Oslo")) == 1 and len(liste.i_fylke("Innlandet")) == 46
    assert liste.finn("Haram").fylke == "Møre og Romsdal"  # skilt ut fra Ålesund i 2024
    assert liste.finn("Asker").fylke == "Akershus"  # Viken er delt
    assert liste.finn("Tromsø").fylke == "Troms" and liste.finn("Alta").fylke == "Finnmark"


def test_finn_med_fylke_parallellnavn_og_store_bokstaver() -> None:
    liste = last_kommuner()
    assert liste.finn("Våler (Østfold)") == Kommune("Våler", "Østfold")
    assert liste.finn("våler", fylke="Innlandet") == Kommune("Våler", "Innlandet")
    assert liste.finn("Guovdageaidnu") == liste.finn("Kautokeino")
    with pytest.raises(KommuneFeil, match="«Herøy» finnes i flere fylker; skriv «Herøy \\(Møre og Romsdal\\)» eller"):
        liste.finn("Herøy")
    with pytest.raises(KommuneFeil, match="Ukjent kommune: «Viken»"):
        liste.finn("Viken")


def test_velg_kommuner_avviser_ukjente_og_doble() -> None:
    assert [k.navn for k in velg_kommuner(["Moss", "Råde", "Våler (Østfold)"])] == ["Moss", "Råde", "Våler"]
    with pytest.raises(KommuneFeil) as e:
        velg_kommuner(["Moss", "Mos", "moss", "Kautokeino", "Guovdageaidnu", "Herøy"])
    assert e.value.feil == [
        "Ukjent kommune: «Mos»",
        "Kommunen «Moss (Østfold)» er valgt to ganger",
        "Kommunen «Kautokeino (Finnmark)» er valgt to ganger",
        "«Herøy» finnes i flere fylker; skriv «Herøy (Møre og Romsdal)» eller «Herøy (Nordland)»",
    ]


def test_lista_valideres(tmp_path: Path) -> None:
    tekst = standardfil().read_text(encoding="utf-8")
    fil = tmp_path / "kommuner.toml"
    fil.write_text(
        tekst.replace('"Halden", "Moss",', '"Halden", "Moss", "Moss",').replace(
            '"Guovdageaidnu" = "Kautokeino"', '"Guovdageaidnu" = "Kautokeinoo"'
        ),
        encoding="utf-8",
    )
    with pytest.raises(KommuneFeil) as e:
        last_kommuner(fil)
    assert e.value.feil == [
        "kommuner.toml: fylke Østfold: kommunen «Moss» står to ganger",
        "kommuner.toml: andre_navn «Guovdageaidnu»: ukjent kommune «Kautokeinoo»",
    ]
    fil.write_text(tekst.replace('"Halden", "Moss",', '"Halden",'), encoding="utf-8")
    with pytest.raises(KommuneFeil, match="felt «antall_kommuner»: sier 357, men lista har 356"):
        last_kommuner(fil)
