"""Utfyllingen av sammendragets modultabell, listen over svakeste indikatorer og
merknadene om datagrunnlaget – alt lest fra analysen (`Vurderingsdata.analyse`).

Tekstene står i oversettelsens kontekst «Sammendragside», som resten av siden.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from vurdering.domene import analyse_deler as d
from vurdering.domene.formater import prosent as norsk_prosent
from vurdering.domene.formater import tall as norsk_tall
from vurdering.domene.poeng import TERSKEL_VET_IKKE, Modulresultat
from vurdering.domene.vurderingsdata import Vurderingsdata
from vurdering.gui.felles import sprak as grensesnitt
from vurdering.gui.sammendrag.forslag import modulnavn
from vurdering.gui.sammendrag.tabeller import Tabell


def merknad(m: Modulresultat) -> str:
    """Hvorfor en modul mangler poeng, på grensesnittets språk."""
    return {
        "utilstrekkelig grunnlag": QCoreApplication.translate("Sammendragside", "utilstrekkelig grunnlag"),
        "ikke relevant": QCoreApplication.translate("Sammendragside", "ikke relevant"),
        "ikke besvart": QCoreApplication.translate("Sammendragside", "ikke besvart"),
    }.get(m.merknad, m.merknad)


def _varsel(data: Vurderingsdata, v: d.Datavarsel) -> str | None:
    """Én merknad som HTML; None for merknadene siden viser andre steder (uferdig, samlet)."""
    navn = html.escape(modulnavn(data.bank, v.modul_id)) if v.modul_id else ""
    if v.kode == d.MODUL_UTILSTREKKELIG:
        return QCoreApplication.translate(
            "Sammendragside",
            "<b>{modul}: utilstrekkelig grunnlag.</b> {vet_ikke} av {relevante} relevante indikatorer "
            "er besvart med «Vet ikke» (grensen er {grense}). Kartlegg før neste runde.",
        ).format(modul=navn, vet_ikke=v.n, relevante=v.av, grense=norsk_prosent(TERSKEL_VET_IKKE))
    if v.kode == d.MODUL_IKKE_RELEVANT:
        return QCoreApplication.translate(
            "Sammendragside", "<b>{modul}:</b> alle indikatorene er ikke relevante."
        ).format(modul=navn)
    if v.kode == d.MODUL_UBESVART:
        return QCoreApplication.translate(
            "Sammendragside", "<b>{modul}:</b> {ubesvart} av {antall} indikatorer er ikke besvart."
        ).format(modul=navn, ubesvart=v.n, antall=v.av)
    if v.kode == d.VET_IKKE_TOTALT:
        return QCoreApplication.translate(
            "Sammendragside", "{n} svar er «Vet ikke»; hvert av dem gir et eget forslag om å kartlegge før neste runde."
        ).format(n=v.n)
    if v.kode == d.ANTATT_ANDEL:
        return QCoreApplication.translate(
            "Sammendragside", "{n} av {m} nivåsvar bygger på antakelser (grunnlag «antatt»)."
        ).format(n=v.n, m=v.av)
    return None


def fyll_grunnlag(etikett: QLabel, data: Vurderingsdata) -> None:
    """Merknadene om datagrunnlaget fra analysen, som punktliste."""
    linjer = [linje for v in data.analyse.datavarsler if (linje := _varsel(data, v)) is not None]
    if not linjer:
        etikett.setText(
            html.escape(QCoreApplication.translate("Sammendragside", "Alle modulene har nok grunnlag til å få poeng."))
        )
    else:
        etikett.setText("<ul>" + "".join(f"<li>{linje}</li>" for linje in linjer) + "</ul>")


def fyll_moduler(tabell: Tabell, data: Vurderingsdata) -> None:
    """Modultabellen: poeng, nivå, mål, gap, svakeste ledd og fremdrift per modul."""
    moduler = data.resultat.moduler
    tabell.setRowCount(len(moduler))
    sprak = grensesnitt.gjeldende()
    for rad, m in enumerate(moduler):
        svakeste = "–" if m.svakeste is None else f"{m.svakeste} – {', '.join(m.svakeste_indikatorer)}"
        celler = [
            modulnavn(data.bank, m.modul_id),
            norsk_tall(m.poeng),
            data.bank.niva_navn(m.niva, sprak) if m.niva is not None else merknad(m),
            str(m.mal),
            norsk_tall(m.gap),
            svakeste,
            QCoreApplication.translate("Sammendragside", "{besvart} av {antall}").format(
                besvart=m.besvart, antall=m.antall
            ),
        ]
        mal = m.svakeste_indikatorer[0] if m.svakeste_indikatorer else data.bank.modul(m.modul_id).indikatorer[0].id
        tabell.sett_rad(rad, celler, mal, midt=(1, 2, 3, 4))


def fyll_svakeste(tabell: Tabell, data: Vurderingsdata) -> None:
    """De svakeste indikatorene slik analysen rangerer dem: indikator, modul, nivå og mål."""
    sprak = grensesnitt.gjeldende()
    valgte = data.analyse.svakeste
    tabell.setRowCount(max(1, len(valgte)))
    if not valgte:
        ingen = QCoreApplication.translate("Sammendragside", "Ingen indikatorer har fått et nivå ennå.")
        tabell.sett_rad(0, [ingen, "", "", ""])
    for rad, n in enumerate(valgte):
        celler = [
            f"{n.indikator_id} {n.tittel}",
            modulnavn(data.bank, n.modul_id),
            f"{n.niva} – {data.bank.niva_navn(n.niva, sprak)}",
            str(n.mal),
        ]
        tabell.sett_rad(rad, celler, n.indikator_id)
