"""Kommandoene som leser: liste og vis (også som JSON, docs/json.md).

`vis` leser vurderingen og analysen (`Vurderingsdata.analyse`) gjennom brukstilfellene,
så kommandolinjen viser de samme svakeste indikatorene og forslagene som vinduet og
rapportene.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from vurdering.cli.felles import (
    apne_db,
    database_arg,
    skriv_json,
    vurdering_id,
)
from vurdering.domene import formater

if TYPE_CHECKING:
    from vurdering.domene.analyse import Analyse, Indikatorniva, Kommunebilde
    from vurdering.domene.bank import Bank
    from vurdering.domene.modell import Svar
    from vurdering.domene.vurderingsdata import Vurderingsdata

Json = dict[str, object]

#: Så mange forslag viser `vis` i tekst; resten står i `--json`.
ANTALL_FORSLAG_TEKST = 10


def kmd_liste(args: argparse.Namespace) -> int:
    from vurdering.tjenester.vurderinger import liste_vurderinger  # nøkkeltallene: ingen bank tolkes per rad

    with apne_db(args) as db:
        rader = [(r, r.samlet) for r in liste_vurderinger(db)]
    if args.json:
        skriv_json(
            [
                {
                    "id": r.id,
                    "enhet": r.enhet,
                    "distrikt": r.distrikt,
                    "dato": r.dato,
                    "type": r.type,
                    "status": r.status,
                    "besvart": r.besvart,
                    "antall": r.antall,
                    "fremdrift": round(r.fremdrift, 4),
                    "samlet_poeng": p,
                    "endret": r.endret,
                }
                for r, p in rader
            ]
        )
        return 0
    if not rader:
        print("Ingen vurderinger ennå. Lag en med «vurdering ny» eller «vurdering demo».")
        return 0
    from vurdering.domene.modell import STATUS_NAVN, TYPE_NAVN

    print(f"{'id':>4}  {'enhet':<28} {'dato':<10}  {'type':<11} {'fremdrift':>9}  {'samlet':>6}  status")
    for r, p in rader:
        dato = formater.dato(r.dato)
        print(
            f"{r.id:>4}  {r.enhet[:28]:<28} {dato:<10}  {TYPE_NAVN[r.type][0]:<11} "
            f"{formater.prosent(r.fremdrift):>9}  {formater.tall(p):>6}  {STATUS_NAVN[r.status][0]}"
        )
    return 0


def _en_desimal(x: float | None) -> float | None:
    from vurdering.domene.poeng import avrund

    return None if x is None else avrund(x)


def _indikatorniva(n: Indikatorniva, bank: Bank) -> Json:
    return {
        "indikator": n.indikator_id,
        "modul": n.modul_id,
        "tittel": n.tittel,
        "niva": n.niva,
        "niva_navn": bank.niva_navn(n.niva),
        "mal": n.mal,
        "gap": n.gap,
    }


def _analyse_data(data: Vurderingsdata, a: Analyse) -> Json:
    """Analysens deler utenom forslagene: svakeste, sterkeste, merknader, matrise, oppfølging."""
    from vurdering.rapport.analyse import varseltekst

    mx = a.matrise
    return {
        "svakeste": [_indikatorniva(n, data.bank) for n in a.svakeste],
        "sterkeste": [_indikatorniva(n, data.bank) for n in a.sterkeste],
        "merknader": [
            {
                "kode": v.kode,
                "modul": v.modul_id or None,
                "n": v.n,
                "av": v.av,
                "moduler": list(v.moduler),
                "tekst": varseltekst(data, v, "nb"),
            }
            for v in a.datavarsler
        ],
        "matrise": None
        if mx is None
        else {
            "tema": list(mx.tema),
            "fagomrader": list(mx.omrader),
            "ruter": [
                {"fagomrade": o, "tema": tm, "snitt": _en_desimal(snitt), "antall": antall}
                for (o, tm), (snitt, antall) in mx.ruter.items()
            ],
            "uten_grunnlag": dict(mx.uten_grunnlag),
        },
        "oppfolging": {
            "forrige_vurdering": a.oppfolging.forrige_id,
            "per_status": dict(a.oppfolging.per_status),
            "tiltak": [
                {
                    "tekst": p.tiltak.tekst,
                    "eier_rolle": p.tiltak.eier_rolle,
                    "frist": p.tiltak.frist or None,
                    "status": p.status.value if p.status else None,
                    "kommentar": p.kommentar,
                }
                for p in a.oppfolging.punkter
            ],
        },
    }


def _svar_data(data: Vurderingsdata) -> list[Json]:
    """Per indikator i de valgte modulene: svaret, hvem som svarte, stemmene og uenigheten."""
    bank, a = data.bank, data.analyse
    ut: list[Json] = []
    for mid in data.vurdering.moduler:
        for ind in bank.modul(mid).indikatorer:
            s = data.svar.get(ind.id)
            k = a.konsensus_for(ind.id)
            ut.append(
                {
                    "indikator": ind.id,
                    "modul": mid,
                    "tittel": ind.tittel,
                    **_svarfelt(s, bank),
                    "rolle": s.rolle if s else "",
                    "oppdatert": s.oppdatert if s else None,
                    "stemmer": list(k.stemmer) if k and k.stemmer else None,
                    "uenighet": k.uenighet if k and k.stemmer else None,
                    "dissens": s.dissens if s else "",
                    **_kommune_data(a.kommuner_for(ind.id), bank),
                }
            )
    return ut


def _svarfelt(s: Svar | None, bank: Bank) -> Json:
    """Feltene ett svar har både per indikator og per kommune (tomme når det ikke er besvart)."""
    return {
        "type": s.type.value if s else None,
        "niva": s.niva if s else None,
        "niva_navn": bank.niva_navn(s.niva) if s and s.niva is not None else None,
        "grunn": s.grunn if s else "",
        "grunnlag": s.grunnlag.value if s and s.grunnlag else None,
        "kommentar": s.kommentar if s else "",
        "kilde": s.kilde if s else "",
    }


def _kommune_data(bilde: Kommunebilde | None, bank: Bank) -> Json:
    """Svarene per kommune på én indikator (tomt uten slike) og svakeste kommune (domene.kommunesvar)."""
    if bilde is None:
        return {"kommuner": [], "kommunesnitt": None, "svakeste_kommune": None, "svakeste_kommuner": []}
    svakeste = list(bilde.svakeste_kommuner)
    return {
        "kommuner": [
            {
                "kommune": k,
                **_svarfelt(s, bank),
                "oppdatert": s.oppdatert if s else None,
            }
            for k, s in bilde.svar
        ],
        "kommunesnitt": _en_desimal(bilde.snitt),
        "svakeste_kommune": svakeste[0] if svakeste else None,
        "svakeste_kommuner": svakeste,
    }


def vis_data(data: Vurderingsdata) -> Json:
    """Den stabile JSON-formen av en vurdering og analysen av den (docs/json.md)."""
    v, bank, res, a = data.vurdering, data.bank, data.resultat, data.analyse

    def nivanavn(n: int | None) -> str | None:
        return None if n is None else bank.niva_navn(n)

    return {
        "format": "forkant-vis/1",
        "vurdering": {
            "id": v.id,
            "enhet": v.enhet.navn,
            "distrikt": v.enhet.distrikt,
            "dato": v.dato,
            "type": v.type.value,
            "status": v.status.value,
            "bank": {"id": v.bank_id, "versjon": v.bank_versjon},
            "moduler": list(v.moduler),
            "deltakere": [{"rolle": d.rolle, "navn": d.navn} for d in v.deltakere],
            "kommuner": list(v.kommuner),
            "besvart": res.besvart,
            "antall": res.antall,
            "ferdig_besvart": res.ferdig_besvart,
        },
        "samlet": {
            "poeng": _en_desimal(res.samlet.poeng),
            "niva": res.samlet.niva,
            "niva_navn": nivanavn(res.samlet.niva),
            "tema_med": list(res.samlet.tema_med),
            "tema_utelatt": list(res.samlet.tema_utelatt),
            "merknad": res.samlet.merknad,
        },
        "moduler": [
            {
                "id": m.modul_id,
                "navn": m.navn,
                "type": m.type,
                "mal": m.mal,
                "poeng": _en_desimal(m.poeng),
                "niva": m.niva,
                "niva_navn": nivanavn(m.niva),
                "svakeste": m.svakeste,
                "svakeste_indikatorer": list(m.svakeste_indikatorer),
                "gap": _en_desimal(m.gap),
                "andel_av_mal": None if m.andel_av_mal is None else round(m.andel_av_mal, 4),
                "utilstrekkelig": m.utilstrekkelig,
                "merknad": m.merknad,
                "antall": m.antall,
                "besvart": m.besvart,
                "vet_ikke": m.vet_ikke,
                "ikke_relevant": m.ikke_relevant,
            }
            for m in res.moduler
        ],
        "svar": _svar_data(data),
        "forslag": [
            {
                "rang": i + 1,
                "indikator": f.indikator_id,
                "modul": f.modul_id,
                "tittel": f.tittel,
                "niva": f.niva,
                "mal": f.mal,
                "prioritet": _en_desimal(f.prioritet),
                "kartlegg": f.kartlegg,
                "tekst": f.tekst,
                "kommuner": list(f.kommuner),
            }
            for i, f in enumerate(a.forslag)
        ],
        **_analyse_data(data, a),
        "tiltak": [
            {
                "id": t.id,
                "tekst": t.tekst,
                "eier_rolle": t.eier_rolle,
                "frist": t.frist or None,
                "status": t.status.value,
                "indikator": t.indikator_id,
            }
            for t in data.tiltak
        ],
    }


def _skriv_kommuner(bilde: Kommunebilde, indikator_id: str, tittel: str, bank: Bank) -> None:
    """Én linje for indikatoren (snitt og svakeste kommune) og én per kommune."""
    from vurdering.domene.modell import SvarType

    svakeste = ", ".join(bilde.svakeste_kommuner)
    hode = f"snitt {formater.tall(_en_desimal(bilde.snitt))}" if bilde.snitt is not None else "per kommune"
    print(f"  {indikator_id:<8} {hode:<22} {tittel[:60]}" + (f" (svakest: {svakeste})" if svakeste else ""))
    for kommune, s in bilde.svar:
        if s is None:
            tekst = "ikke besvart"
        elif s.niva is not None:
            tekst = f"{s.niva} {bank.niva_navn(s.niva)}"
        else:
            tekst = "Vet ikke" if s.type is SvarType.VET_IKKE else "Ikke relevant"
        print(f"    {kommune[:30]:<30} {tekst}")


def _skriv_tekst(data: Vurderingsdata) -> None:
    """`vis` uten `--json`: poeng per modul, svarene, de svakeste, forslagene og tiltakene."""
    from vurdering.domene.modell import SvarType
    from vurdering.rapport.analyse import datagrunnlag

    v, bank, res, a = data.vurdering, data.bank, data.resultat, data.analyse
    print(f"{v.enhet.navn} ({v.enhet.distrikt}) – {formater.dato(v.dato)}")
    if not res.ferdig_besvart:
        print(f"Uferdig: {res.besvart} av {res.antall} indikatorer besvart.")
    s = res.samlet
    if s.poeng is not None:
        print(f"Samlet: {formater.tall(s.poeng)} – {bank.niva_navn(s.niva or 0)}")
    if s.merknad:
        print(s.merknad)
    print()
    print(f"{'modul':<34} {'poeng':>5}  {'nivå':<14} {'svakeste':>8}  {'mål':>3}  {'gap':>4}  andel")
    for m in res.moduler:
        if m.poeng is None:
            print(f"{m.navn[:34]:<34} {'–':>5}  {m.merknad:<14}")
            continue
        print(
            f"{m.navn[:34]:<34} {formater.tall(m.poeng):>5}  {bank.niva_navn(m.niva or 0):<14} "
            f"{m.svakeste if m.svakeste is not None else '–':>8}  {m.mal:>3}  {formater.tall(m.gap):>4}  "
            f"{formater.prosent(m.andel_av_mal)}"
        )
    print()
    print("Svar:")
    for mid in v.moduler:
        for ind in bank.modul(mid).indikatorer:
            svar = data.svar.get(ind.id)
            bilde = a.kommuner_for(ind.id)
            if bilde is not None:
                _skriv_kommuner(bilde, ind.id, ind.tittel, bank)
                continue
            if svar is None:
                continue
            if svar.niva is not None:
                tekst = f"{svar.niva} {bank.niva_navn(svar.niva)}"
            else:
                tekst = "Vet ikke" if svar.type is SvarType.VET_IKKE else "Ikke relevant"
            tillegg = [x for x in (svar.grunnlag.value if svar.grunnlag else "", svar.rolle) if x]
            k = a.konsensus_for(ind.id)
            if k is not None and k.uenighet:
                tillegg.append("uenighet")
            print(f"  {ind.id:<8} {tekst:<22} {ind.tittel[:60]}" + (f" ({', '.join(tillegg)})" if tillegg else ""))
    print()
    print("Svakeste indikatorer (størst avstand til målet først):")
    for n in a.svakeste:
        print(f"  {n.indikator_id:<8} nivå {n.niva}, mål {n.mal}  {n.tittel[:60]}")
    merknader = datagrunnlag(data, "nb")
    if merknader:
        print()
        print("Datagrunnlaget:")
        for linje in merknader:
            print(f"  – {linje}")
    print()
    print("Prioriterte forslag:")
    for i, f in enumerate(a.forslag[:ANTALL_FORSLAG_TEKST], 1):
        print(f"{i:>3}. [{f.indikator_id}] {f.tekst}")
    if len(a.forslag) > ANTALL_FORSLAG_TEKST:
        print(f"     … og {len(a.forslag) - ANTALL_FORSLAG_TEKST} til (se --json).")
    if data.tiltak:
        print()
        print("Tiltak:")
        for t in data.tiltak:
            frist = f", frist {formater.dato(t.frist)}" if t.frist else ""
            print(f"  – {t.tekst} ({t.eier_rolle or 'uten eier'}{frist})")


def kmd_vis(args: argparse.Namespace) -> int:
    from vurdering.tjenester.vurderinger import hent_vurderingsdata

    with apne_db(args) as db:
        data = hent_vurderingsdata(db, args.vurdering)
    if args.json:
        skriv_json(vis_data(data))
    else:
        _skriv_tekst(data)
    return 0


def registrer(sub: Any) -> None:
    """Legg kommandoene til i parseren."""
    liste = sub.add_parser("liste", help="vurderingene med enhet, dato, type, fremdrift og samlet poeng")
    database_arg(liste)
    liste.add_argument("--json", action="store_true")
    liste.set_defaults(kommando=kmd_liste)

    vis = sub.add_parser("vis", help="svar, modulpoeng, gap, svakeste indikatorer og prioriterte forslag")
    database_arg(vis)
    vis.add_argument("--vurdering", required=True, type=vurdering_id, metavar="ID")
    vis.add_argument("--json", action="store_true")
    vis.set_defaults(kommando=kmd_vis)
