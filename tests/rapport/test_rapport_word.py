"""Word-versjonen av rapportene: lest tilbake med python-docx. Overskriftene er de samme som
PDF-ens bokmerker, hvert bilde har alternativ tekst, språket og merkingen er satt, og
brukertekst står som tekst."""

from __future__ import annotations

import dataclasses
import io
import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from rapporthjelp import pdf_bytes
from test_rapport_kort import med_problemer
from test_rapport_navigasjon import bokmerker

from vurdering.domene.vurderingsdata import Vurderingsdata
from vurdering.rapport.bilde import png
from vurdering.rapport.diagram import Akse, radar
from vurdering.rapport.word import lag_word

MERKING = "Unntatt offentlighet, jf. offl. § 14 <b>ikke fet</b> & «sitat»"
FARLIG = "Tiltak med <i>markering</i> &amp; <br/> som skal stå som tekst"


def _docx(data: Vurderingsdata, **kw: object) -> docx.document.Document:
    ut = io.BytesIO()
    lag_word(data, ut, **kw)  # type: ignore[arg-type]
    return docx.Document(io.BytesIO(ut.getvalue()))


@pytest.fixture(scope="module")
def data(demodata: Vurderingsdata) -> Vurderingsdata:
    d = med_problemer(demodata)
    tiltak = [dataclasses.replace(d.tiltak[0], tekst=FARLIG), *d.tiltak[1:]]
    return dataclasses.replace(d, tiltak=tiltak, tekstfelt={**d.tekstfelt, "merking": MERKING})


def _overskrifter(dok: docx.document.Document) -> list[tuple[int, str]]:
    return [
        (int(p.style.name.removeprefix("Heading ")) - 1, p.text)
        for p in dok.paragraphs
        if p.style is not None and p.style.name.startswith("Heading ")
    ]


def _all_tekst(dok: docx.document.Document) -> str:
    deler = [p.text for p in dok.paragraphs]
    for tabell in dok.tables:
        for rad in tabell.rows:
            deler += [c.text for c in rad.cells]
    return "\n".join(deler)


@pytest.mark.parametrize("kort", [False, True])
def test_overskriftene_er_pdf_ens_bokmerker(data: Vurderingsdata, kort: bool) -> None:
    dok = _docx(data, kort=kort)
    titler = [tittel for _, tittel in _overskrifter(dok)]
    assert titler == [tittel for _, tittel in bokmerker(pdf_bytes(data, kort=kort))]
    assert len(titler) > (5 if kort else 40)


def test_bilder_har_alternativ_tekst_og_tabellene_overskriftsrad(data: Vurderingsdata) -> None:
    dok = _docx(data)
    bilder = dok.inline_shapes
    assert len(bilder) == 2  # radar og stolper
    for bilde in bilder:
        beskrivelse = bilde._inline.docPr.get("descr")
        assert beskrivelse and len(beskrivelse) > 40
    assert "Kunnskap og kompetanse" in bilder[0]._inline.docPr.get("descr")
    hoder = [t for t in dok.tables if t.rows[0]._tr.trPr is not None and t.rows[0]._tr.trPr.xpath("./w:tblHeader")]
    assert len(hoder) >= 20  # hver datatabell gjentar hodet; signatur og oppsett har ingen


@pytest.mark.parametrize(("sprak", "kode"), [("nb", "nb-NO"), ("nn", "nn-NO")])
def test_sprak_og_egenskaper(data: Vurderingsdata, sprak: str, kode: str) -> None:
    dok = _docx(data, kort=True, sprak=sprak)
    lang = dok.styles.element.xpath("./w:docDefaults/w:rPrDefault/w:rPr/w:lang")
    assert lang and lang[0].get("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}val") == kode
    egenskaper = dok.core_properties
    assert egenskaper.language == kode
    assert data.vurdering.enhet.navn in egenskaper.title and egenskaper.subject


def test_merkingen_hel_i_topp_og_bunntekst_og_brukertekst_som_tekst(data: Vurderingsdata) -> None:
    for kort in (False, True):
        dok = _docx(data, kort=kort)
        seksjon = dok.sections[0]
        assert MERKING in "\n".join(p.text for p in seksjon.header.paragraphs)
        assert MERKING in "\n".join(p.text for p in seksjon.footer.paragraphs)
        tekst = _all_tekst(dok)
        assert "Innbrudd i bolig <b>&amp;</b>" in tekst
        if not kort:
            assert FARLIG in tekst
        else:
            assert FARLIG in tekst.replace("\n", " ")


def test_samme_analyse_som_pdf(data: Vurderingsdata) -> None:
    tekst = _all_tekst(_docx(data))
    for f in data.analyse.forslag:
        assert f.indikator_id in tekst
    for modul in data.bank.moduler:
        assert f"{modul.id} · {modul.navn}" in tekst


def test_diagram_som_png() -> None:
    d = radar([Akse(n, 2.0, 3) for n in ("A", "B", "C", "D")], "Nå", "Mål")
    bilde = png(d, dpi=72)
    assert bilde.startswith(b"\x89PNG")


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice er ikke installert")
def test_libreoffice_lager_pdf_av_word_filen(data: Vurderingsdata, tmp_path: Path) -> None:
    sti = tmp_path / "rapport.docx"
    lag_word(data, sti, kort=True)
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(sti)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    assert (tmp_path / "rapport.pdf").stat().st_size > 1000
