"""Matrisen strategiske temaer × fagområder i den fulle rapporten, med tekstsammendrag.

Hver rute viser tallet (vektet snitt og antall indikatorer); fargen er en ekstra hjelp
som går fra lys til mørk, så matrisen leses også i gråtoner.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer

from vurdering.domene.formater import TOM, tall
from vurdering.domene.vurderingsdata import Vurderingsdata
from vurdering.rapport import analyse
from vurdering.rapport.rens import markering as m
from vurdering.rapport.stiler import Celle, avsnitt, punkt, tabell
from vurdering.rapport.tekster import t

#: Bunnfarge per nivå (gulv av snittet); hvit tekst fra nivå 3, der bunnen er mørk nok.
_BUNN = ("#FFFFFF", "#E3E9F1", "#B9C8DC", "#4F6D94", "#1F3A5F")


def matrise_blokk(data: Vurderingsdata, sprak: str) -> list[Flowable]:
    """Overskrift, forklaring, tabellen og sammendraget; tom liste uten fagområder."""
    mx = analyse.matrise(data, sprak)
    if mx is None:
        return []
    rader: list[list[Celle]] = [
        [avsnitt(m(t("fagomrade", sprak)), "hode"), *(avsnitt(m(navn), "hode_midt") for _, navn in mx.tema)]
    ]
    stil: list[tuple[object, ...]] = [("VALIGN", (1, 0), (-1, -1), "MIDDLE")]
    for r, (modul_id, navn) in enumerate(mx.omrader, 1):
        merknad = mx.uten_grunnlag.get(modul_id)
        rad: list[Celle] = [avsnitt(m(navn) + (f"<br/><i>{m(merknad)}</i>" if merknad else ""), "liten")]
        for c, (tema_id, _) in enumerate(mx.tema, 1):
            rute = mx.ruter.get((modul_id, tema_id))
            if rute is None:
                rad.append(avsnitt(TOM, "midt"))
                continue
            snitt, antall = rute
            niva = min(4, int(snitt))
            stil.append(("BACKGROUND", (c, r), (c, r), colors.HexColor(_BUNN[niva])))
            farge = "#FFFFFF" if niva >= 3 else "#000000"
            rad.append(avsnitt(f'<font color="{farge}"><b>{m(tall(snitt))}</b> ({antall})</font>', "midt"))
        rader.append(rad)
    bredde_tema = (170 * mm - 50 * mm) / max(1, len(mx.tema))
    ut: list[Flowable] = [
        CondPageBreak(90 * mm),
        avsnitt(m(t("matrise_tittel", sprak)), "h2"),
        avsnitt(m(t("matrise_forklaring", sprak)), "liten"),
        tabell(rader, [50 * mm, *([bredde_tema] * len(mx.tema))], ekstra=stil),
    ]
    ut += [Spacer(1, 3), *(punkt(m(linje), "liten") for linje in _sammendrag(mx, sprak))]
    return ut


def _sammendrag(mx: analyse.Matrise, sprak: str) -> list[str]:
    """Sterkeste og svakeste rute; like verdier nevnes sammen (høyst tre)."""
    if not mx.ruter:
        return []
    tema = dict(mx.tema)
    omrader = dict(mx.omrader)

    def ruter(verdi: float) -> str:
        treff = [(o, tm) for (o, tm), (snitt, _) in mx.ruter.items() if snitt == verdi][:3]
        return ", ".join(t("matrise_rute", sprak, omrade=omrader[o], tema=tema.get(tm, tm)) for o, tm in treff)

    hoy = max(snitt for snitt, _ in mx.ruter.values())
    lav = min(snitt for snitt, _ in mx.ruter.values())
    return [
        t("matrise_sterkest", sprak, ruter=ruter(hoy), poeng=tall(hoy)),
        t("matrise_svakest", sprak, ruter=ruter(lav), poeng=tall(lav)),
    ]
