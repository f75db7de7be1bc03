"""Den fulle rapporten og lederoppsummeringen som Word-dokument (.docx), til å lese med
skjermleser og redigere før den sendes videre.

Word-dokumentet lages av nøyaktig de samme delene som PDF-en (`pdf.fullt_innhold`,
`kort.innhold`), så innholdet og analysen er de samme: overskriftene blir ekte
overskriftsstiler (Overskrift 1–3, de samme titlene som PDF-ens bokmerker), tabellene får
en topprad merket som overskrift (gjentas på hver side), diagrammene blir PNG-bilder med
alternativ tekst (tegnet med `bilde.png`), og side-om-side-oppsett blir vanlige avsnitt
etter hverandre. Dokumentspråket (nb-NO eller nn-NO) settes i stilene og egenskapene,
og merkingen står hel i topp- og bunnteksten.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from pathlib import Path
from typing import Any, BinaryIO

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from reportlab.graphics.shapes import Drawing
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Table

from vurdering.domene.formater import dato
from vurdering.domene.vurderingsdata import Vurderingsdata
from vurdering.rapport import sjekk_sprak
from vurdering.rapport.bilde import png
from vurdering.rapport.deler import Oppsett
from vurdering.rapport.rens import en_linje
from vurdering.rapport.sider import BOKMERKENIVA
from vurdering.rapport.tekster import t
from vurdering.rapport.utfil import skriv_trygt

#: Avsnittsstilene i PDF-en og stilen de får i Word (overskriftene følger bokmerkenivået).
_STIL = {"sitat": "Quote"}
_SORT = (0.0, 0.0, 0.0)
_FET = frozenset({"merking", "varsel", "liten_fet", "hode", "hode_midt", "stort_tall", "forside_enhet"})


def lag_word(data: Vurderingsdata, ut: Path | BinaryIO, *, kort: bool = False, sprak: str = "nb") -> None:
    """Skriv den fulle rapporten (eller lederoppsummeringen med `kort=True`) som .docx til `ut`."""
    from vurdering.rapport.pdf import fullt_innhold, merking

    sjekk_sprak(sprak)
    data = data.paa(sprak)
    if kort:
        from vurdering.rapport.kort import innhold as kort_innhold

        innhold = kort_innhold(data, sprak)
        tittel = t("kort_tittel", sprak)
    else:
        innhold = fullt_innhold(data, sprak)
        tittel = t("dok_tittel", sprak)
    v = data.vurdering
    sprakkode = "nn-NO" if sprak == "nn" else "nb-NO"
    dok = Document()
    _sett_sprak(dok, sprakkode)
    egenskaper = dok.core_properties
    enhet = en_linje(v.enhet.navn)
    egenskaper.title = f"{tittel} – {enhet} – {dato(en_linje(v.dato))}"
    egenskaper.subject = t("dok_emne", sprak)
    egenskaper.language = sprakkode
    egenskaper.author = f"{enhet} ({en_linje(v.enhet.distrikt)})"
    egenskaper.keywords = merking(data, sprak)
    _ramme(dok, tittel, enhet, merking(data, sprak), sprak)
    for f in innhold:
        _legg_til(dok, f)
    skriv_trygt(ut, dok.save)  # ferdig bygget i minnet; filen skrives atomisk


def _sett_sprak(dok: Any, kode: str) -> None:
    """Dokumentets språk i standardstilen (w:lang i docDefaults), så stavekontroll og skjermleser vet det."""
    rpr = dok.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    for attr in ("w:val", "w:eastAsia"):
        lang.set(qn(attr), kode)


def _felt(avsnitt: Any, kode: str) -> None:
    """Et Word-felt (PAGE, NUMPAGES) i avsnittet."""
    run = avsnitt.add_run()
    for type_, tekst in (("begin", None), (None, kode), ("end", None)):
        if type_ is None:
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = f" {tekst} "
            run._r.append(instr)
        else:
            tegn = OxmlElement("w:fldChar")
            tegn.set(qn("w:fldCharType"), type_)
            run._r.append(tegn)


def _ramme(dok: Any, tittel: str, enhet: str, merking: str, sprak: str) -> None:
    """Topptekst (tittel, enhet, merking) og bunntekst (merking, «Side x av y»); merkingen står hel, i fet."""
    seksjon = dok.sections[0]
    topp = seksjon.header.paragraphs[0]
    topp.add_run(f"{tittel} – {enhet}    ")
    topp.add_run(merking).bold = True
    bunn = seksjon.footer.paragraphs[0]
    bunn.alignment = WD_ALIGN_PARAGRAPH.CENTER
    bunn.add_run(merking).bold = True
    sidetall = seksjon.footer.add_paragraph()
    sidetall.alignment = WD_ALIGN_PARAGRAPH.CENTER
    foran, mellom = t("side_x_av_y", sprak, x="\0", y="\0").split("\0")[:2]
    sidetall.add_run(foran)
    _felt(sidetall, "PAGE")
    sidetall.add_run(mellom)
    _felt(sidetall, "NUMPAGES")


def _legg_til(mal: Any, f: Flowable | str | list[Any]) -> None:
    """Legg én del fra PDF-en til i `mal` (dokumentet eller en tabellcelle)."""
    if isinstance(f, str):
        if f.strip():
            mal.add_paragraph(f)
    elif isinstance(f, list | tuple):
        for del_ in f:
            _legg_til(mal, del_)
    elif isinstance(f, Paragraph):
        _avsnitt(mal, f)
    elif isinstance(f, Oppsett):
        for rad in f._cellvalues:
            for celle in rad:
                _legg_til(mal, celle)
    elif isinstance(f, Table):
        _tabell(mal, f)
    elif isinstance(f, Drawing):
        _bilde(mal, f)
    elif isinstance(f, KeepTogether):
        _legg_til(mal, list(f._content))
    elif isinstance(f, PageBreak) and hasattr(mal, "add_page_break"):
        mal.add_page_break()
    # Spacer, CondPageBreak og lignende er bare sideoppsett.


def _avsnitt(mal: Any, p: Paragraph) -> None:
    stil = p.style.name
    if stil in BOKMERKENIVA and hasattr(mal, "add_heading"):
        avsnitt = mal.add_heading("", level=BOKMERKENIVA[stil] + 1)
        avsnitt.add_run(" ".join(p.getPlainText().split()))  # som bokmerket i PDF-en
        return
    if getattr(p, "bulletText", None):
        avsnitt = mal.add_paragraph(style="List Bullet")
    else:
        avsnitt = mal.add_paragraph(style=_STIL.get(stil))
    if stil in ("merking", "varsel"):
        avsnitt.paragraph_format.keep_with_next = False
    if stil == "merking":
        avsnitt.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _tekst(avsnitt, p.frags, fet=stil in _FET)
    if stil == "stort_tall":
        for run in avsnitt.runs:
            run.font.size = Pt(20)


def _tekst(avsnitt: Any, frags: Iterable[Any], *, fet: bool = False) -> None:
    """Avsnittets biter som runs med fet, kursiv, farge og linjeskift som i PDF-en."""
    for frag in frags:
        if getattr(frag, "lineBreak", False):
            avsnitt.add_run().add_break()
            continue
        if not frag.text:
            continue
        run = avsnitt.add_run(frag.text)
        run.bold = bool(getattr(frag, "bold", 0)) or fet or None
        run.italic = bool(getattr(frag, "italic", 0)) or None
        farge = getattr(frag, "textColor", None)
        if farge is not None:
            rgb = (farge.red, farge.green, farge.blue)
            if rgb != _SORT:
                run.font.color.rgb = RGBColor(*(round(255 * x) for x in rgb))


def _tabell(mal: Any, tab: Table) -> None:
    """En tabell med topprad som overskrift (gjentas på hver side) når PDF-tabellen gjentar hodet."""
    rader = tab._cellvalues
    if not rader:
        return
    kolonner = max(len(r) for r in rader)
    ny = mal.add_table(rows=len(rader), cols=kolonner)
    ny.style = "Table Grid"
    for r, rad in enumerate(rader):
        for k, celle in enumerate(rad):
            c = ny.cell(r, k)
            tom = c.paragraphs[0]
            _legg_til(c, celle)
            if len(c.paragraphs) > 1 and not tom.text:
                tom._element.getparent().remove(tom._element)
    for _, (sk, sr), (ek, er) in getattr(tab, "_spanCmds", []):
        ek, er = ek % kolonner, er % len(rader)
        if (sk, sr) != (ek, er):
            ny.cell(sr, sk).merge(ny.cell(er, ek))
    for kommando in getattr(tab, "_bkgrndcmds", []):
        if kommando[0] != "BACKGROUND":
            continue
        (sk, sr), (ek, er), farge = kommando[1], kommando[2], kommando[3]
        if (sk, sr) == (ek, er) and sk > 0 and hasattr(farge, "hexval"):  # enkeltruter (matrisen)
            _skygge(ny.cell(sr, sk), farge.hexval()[2:].upper())
    if getattr(tab, "repeatRows", 0):
        trpr = ny.rows[0]._tr.get_or_add_trPr()
        hode = OxmlElement("w:tblHeader")
        hode.set(qn("w:val"), "true")
        trpr.append(hode)
        for c in ny.rows[0].cells:
            for a in c.paragraphs:
                for run in a.runs:
                    run.bold = True
    if hasattr(mal, "add_page_break"):
        mal.add_paragraph()  # luft etter tabellen


def _skygge(celle: Any, hex_: str) -> None:
    tcpr = celle._tc.get_or_add_tcPr()
    skygge = OxmlElement("w:shd")
    skygge.set(qn("w:val"), "clear")
    skygge.set(qn("w:color"), "auto")
    skygge.set(qn("w:fill"), hex_)
    tcpr.append(skygge)


def _bilde(mal: Any, d: Drawing) -> None:
    """Diagrammet som PNG med alternativ tekst (det diagrammet viser, i ord)."""
    alt = getattr(d, "alt", "") or ""
    bilde = mal.add_paragraph().add_run().add_picture(io.BytesIO(png(d)), width=Pt(d.width))
    doc_pr = bilde._inline.docPr
    doc_pr.set("descr", alt)
    doc_pr.set("title", alt[:80])
