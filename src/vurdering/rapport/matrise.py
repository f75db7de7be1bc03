"""Matrisen strategiske temaer × fagområder i den fulle rapporten, med tekstsammendrag.

Hver rute viser tallet (vektet snitt og antall indikatorer); fargen er en ekstra hjelp
som går fra mørk (lavt nivå, det som trenger oppmerksomhet) til lys (høyt nivå), så de
svakeste rutene trekker blikket også i gråtoner. En rute uten data er hvit med en grå
tankestrek og ser dermed annerledes ut enn en lav verdi.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer

from vurdering.domene.analyse import Matrise
from vurdering.domene.formater import tall
from vurdering.domene.vurderingsdata import Vurderingsdata
from vurdering.rapport.rens import markering as m
from vurdering.rapport.stiler import Celle, avsnitt, punkt, tabell
from vurdering.rapport.tekster import t

#: Bunnfarge per nivå (gulv av snittet): mørkest for nivå 0; hvit tekst på nivå 0 og 1, der bunnen er mørk.
BUNN = ("#1F3A5F", "#4F6D94", "#B9C8DC", "#E3E9F1", "#F4F6F9")
#: Tekstfarge per nivå (kontrast minst 4,5:1 mot bunnen).
TEKST = ("#FFFFFF", "#FFFFFF", "#000000", "#000000", "#000000")
#: Ingen data: hvit bunn og grå tankestrek.
UTEN_DATA = '<font color="#666666">–</font>'


def matrise_blokk(data: Vurderingsdata, sprak: str) -> list[Flowable]:
    """Overskrift, forklaring, tabellen og sammendraget; tom liste uten fagområder."""
    mx = data.analyse.matrise
    if mx is None:
        return []
    rader: list[list[Celle]] = [
        [
            avsnitt(m(t("fagomrade", sprak)), "hode"),
            *(avsnitt(m(data.bank.tema_navn(tema_id, sprak)), "hode_midt") for tema_id in mx.tema),
        ]
    ]
    stil: list[tuple[object, ...]] = [("VALIGN", (1, 0), (-1, -1), "MIDDLE")]
    for r, modul_id in enumerate(mx.omrader, 1):
        navn = data.bank.modul(modul_id).visningsnavn(sprak)
        kode = mx.uten_grunnlag.get(modul_id)
        merknad = t(kode, sprak) if kode else ""
        rad: list[Celle] = [avsnitt(m(navn) + (f"<br/><i>{m(merknad)}</i>" if merknad else ""), "liten")]
        for c, tema_id in enumerate(mx.tema, 1):
            rute = mx.ruter.get((modul_id, tema_id))
            if rute is None:
                rad.append(avsnitt(UTEN_DATA, "midt"))
                continue
            snitt, antall = rute
            niva = min(4, int(snitt))
            stil.append(("BACKGROUND", (c, r), (c, r), colors.HexColor(BUNN[niva])))
            farge = TEKST[niva]
            rad.append(avsnitt(f'<font color="{farge}"><b>{m(tall(snitt))}</b> ({antall})</font>', "midt"))
        rader.append(rad)
    bredde_tema = (170 * mm - 50 * mm) / max(1, len(mx.tema))
    ut: list[Flowable] = [
        CondPageBreak(90 * mm),
        avsnitt(m(t("matrise_tittel", sprak)), "h2"),
        avsnitt(m(t("matrise_forklaring", sprak)), "liten"),
        tabell(rader, [50 * mm, *([bredde_tema] * len(mx.tema))], ekstra=stil),
    ]
    ut += [Spacer(1, 3), *(punkt(m(linje), "liten") for linje in _sammendrag(data, mx, sprak))]
    return ut


def _sammendrag(data: Vurderingsdata, mx: Matrise, sprak: str) -> list[str]:
    """Sterkeste og svakeste rute fra analysen; like verdier nevnes sammen (høyst tre)."""
    sterkest, svakest = mx.sterkeste_ruter(), mx.svakeste_ruter()
    if sterkest is None or svakest is None:
        return []

    def ruter(treff: tuple[tuple[str, str], ...]) -> str:
        return ", ".join(
            t(
                "matrise_rute",
                sprak,
                omrade=data.bank.modul(o).visningsnavn(sprak),
                tema=data.bank.tema_navn(tm, sprak),
            )
            for o, tm in treff[:3]
        )

    return [
        t("matrise_sterkest", sprak, ruter=ruter(sterkest[1]), poeng=tall(sterkest[0])),
        t("matrise_svakest", sprak, ruter=ruter(svakest[1]), poeng=tall(svakest[0])),
    ]
