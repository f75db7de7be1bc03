"""«Utvikling siden forrige runde» i enhetens rapporter: en del i den fulle PDF-en og én linje
i lederoppsummeringen. Tallene kommer fra `domene.utvikling` (de samme som i `vurdering
utvikling` og vinduet); her settes de bare opp.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from vurdering.domene.formater import dato, prosent, tall
from vurdering.domene.utvikling import Endring, Utvikling
from vurdering.rapport.rens import markering as m
from vurdering.rapport.stiler import Celle, avsnitt, punkt, tabell
from vurdering.rapport.tekster import t

#: Høyst så mange runder vises side om side i tabellen (de siste).
MAKS_RUNDER = 4


def endringstekst(x: float | None) -> str:
    """Endringen med fortegn: +0,9 · −0,5 · 0,0; tankestrek uten verdi."""
    return tall(x) if x is None or x <= 0 else f"+{tall(x)}"


def _endring(e: Endring, sprak: str) -> str:
    erstatter = f" ({t('utv_erstatter', sprak, ider=', '.join(e.erstatter))})" if e.erstatter else ""
    return f"{e.id} {e.navn}: {tall(e.fra)} → {tall(e.til)} ({endringstekst(e.endring)}){erstatter}"


def utvikling_linje(utv: Utvikling, sprak: str) -> str | None:
    """Én linje til lederoppsummeringen: samlet før → nå, største økning og største fall (modul).

    None når enheten ikke har noen forrige runde.
    """
    if not utv.har_forrige:
        return None
    forrige, siste = utv.runder[-2], utv.runder[-1]
    ingen = t("utv_ingen", sprak)
    opp = utv.moduler_bedret[0] if utv.moduler_bedret else None
    ned = utv.moduler_svekket[0] if utv.moduler_svekket else None
    return t(
        "utv_linje",
        sprak,
        fra=tall(forrige.samlet),
        til=tall(siste.samlet),
        endring=endringstekst(utv.samlet_endring),
        opp=ingen if opp is None else f"{opp.navn} ({endringstekst(opp.endring)})",
        ned=ingen if ned is None else f"{ned.navn} ({endringstekst(ned.endring)})",
    )


def utvikling_del(utv: Utvikling, sprak: str) -> list[Flowable]:
    """Delen til den fulle rapporten; tom liste når enheten ikke har noen forrige runde."""
    if not utv.har_forrige:
        return []
    forrige, siste = utv.runder[-2], utv.runder[-1]
    ut: list[Flowable] = [
        avsnitt(m(t("utv_tittel", sprak)), "h1"),
        avsnitt(
            m(
                t(
                    "utv_samlet",
                    sprak,
                    fra=tall(forrige.samlet),
                    til=tall(siste.samlet),
                    endring=endringstekst(utv.samlet_endring),
                    fra_dato=dato(forrige.dato),
                    til_dato=dato(siste.dato),
                )
            ),
            "brod",
        ),
    ]
    runder = utv.runder[-MAKS_RUNDER:]
    forst = len(utv.runder) - len(runder)
    hode: list[Celle] = [avsnitt(m(t("ov_modul", sprak)), "hode")]
    hode += [avsnitt(m(dato(r.dato)), "hode_midt") for r in runder]
    rader: list[list[Celle]] = [hode]
    for s in utv.moduler:
        rader.append([avsnitt(m(s.navn), "liten"), *(avsnitt(m(tall(p)), "midt") for p in s.poeng[forst:])])
    rader.append(
        [
            avsnitt(m(t("utv_vet_ikke", sprak)), "liten_kursiv"),
            *(avsnitt(m(prosent(r.vet_ikke_andel)), "midt") for r in runder),
        ]
    )
    bredde = (170 * mm - 70 * mm) / len(runder)
    ut += [Spacer(1, 2 * mm), tabell(rader, [70 * mm, *([bredde] * len(runder))])]
    for nokkel, moduler, indikatorer in (
        ("utv_bedret", utv.moduler_bedret, utv.indikatorer_bedret),
        ("utv_svekket", utv.moduler_svekket, utv.indikatorer_svekket),
    ):
        ut.append(avsnitt(m(t(nokkel, sprak)), "h2"))
        if not moduler and not indikatorer:
            ut.append(avsnitt(m(t("utv_ingen_endring", sprak)), "merknad"))
        ut += [punkt(m(_endring(e, sprak)), "brod") for e in (*moduler, *indikatorer)]
    if utv.nye:
        ut.append(avsnitt(m(t("utv_nye", sprak, liste=", ".join(r.id for r in utv.nye))), "merknad"))
    if utv.utgatte:
        ut.append(avsnitt(m(t("utv_utgatte", sprak, liste=", ".join(r.id for r in utv.utgatte))), "merknad"))
    if utv.tiltak is not None and utv.tiltak.vurdert:
        tl = utv.tiltak
        tekst = t("utv_tiltak", sprak, fullfort=tl.fullfort, vurdert=tl.vurdert, andel=prosent(tl.andel_fullfort))
        ut.append(avsnitt(m(tekst), "brod"))
    return ut
