"""Kommandoene som leser: liste og vis (også som JSON, docs/json.md)."""

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
    from vurdering.domene.bank import Bank
    from vurdering.lagring.database import Database


def resultat(db: Database, vid: int) -> tuple[Any, Bank, dict[str, Any], Any]:
    from vurdering.domene import poeng
    from vurdering.lagring import repository as repo

    v = repo.hent_vurdering(db, vid)
    bank = repo.hent_bank(db, vid)
    svar = repo.hent_svar(db, vid)
    return v, bank, svar, poeng.beregn(bank, v.moduler, svar, v.mal)


def kmd_liste(args: argparse.Namespace) -> int:
    from vurdering.lagring.oversikt import liste_rader  # nøkkeltallene: ingen bank tolkes per rad

    with apne_db(args) as db:
        rader = [(r, r.samlet) for r in liste_rader(db)]
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


def vis_data(v: Any, bank: Bank, svar: dict[str, Any], res: Any, tiltak: list[Any]) -> dict[str, Any]:
    """Den stabile JSON-formen av en vurdering (docs/json.md)."""

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
            "besvart": res.besvart,
            "antall": res.antall,
            "ferdig_besvart": res.ferdig_besvart,
        },
        "samlet": {
            "poeng": res.samlet.poeng,
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
                "poeng": m.poeng,
                "niva": m.niva,
                "niva_navn": nivanavn(m.niva),
                "svakeste": m.svakeste,
                "svakeste_indikatorer": list(m.svakeste_indikatorer),
                "gap": m.gap,
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
        "svar": [
            {
                "indikator": ind.id,
                "modul": mid,
                "tittel": ind.tittel,
                "type": s.type.value if s else None,
                "niva": s.niva if s else None,
                "niva_navn": nivanavn(s.niva) if s else None,
                "grunn": s.grunn if s else "",
                "grunnlag": s.grunnlag.value if s and s.grunnlag else None,
                "kommentar": s.kommentar if s else "",
                "kilde": s.kilde if s else "",
                "oppdatert": s.oppdatert if s else None,
                "stemmer": list(s.stemmer) if s and s.stemmer else None,
            }
            for mid in v.moduler
            for ind in bank.modul(mid).indikatorer
            for s in [svar.get(ind.id)]
        ],
        "forslag": [
            {
                "rang": i + 1,
                "indikator": f.indikator_id,
                "modul": f.modul_id,
                "tittel": f.tittel,
                "niva": f.niva,
                "mal": f.mal,
                "prioritet": f.prioritet,
                "kartlegg": f.kartlegg,
                "tekst": f.tekst,
            }
            for i, f in enumerate(res.forslag)
        ],
        "tiltak": [
            {
                "id": t.id,
                "tekst": t.tekst,
                "eier_rolle": t.eier_rolle,
                "frist": t.frist or None,
                "status": t.status.value,
                "indikator": t.indikator_id,
            }
            for t in tiltak
        ],
    }


def kmd_vis(args: argparse.Namespace) -> int:
    from vurdering.lagring import repository as repo

    with apne_db(args) as db:
        v, bank, svar, res = resultat(db, args.vurdering)
        tiltak = repo.hent_tiltak(db, args.vurdering)
    if args.json:
        skriv_json(vis_data(v, bank, svar, res, tiltak))
        return 0
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
            f"{m.svakeste if m.svakeste is not None else '–':>8}  {m.mal:>3}  {formater.tall(m.gap):>4}  {formater.prosent(m.andel_av_mal)}"
        )
    print()
    print("Prioriterte forslag:")
    for i, f in enumerate(res.forslag[:10], 1):
        print(f"{i:>3}. [{f.indikator_id}] {f.tekst}")
    if len(res.forslag) > 10:
        print(f"     … og {len(res.forslag) - 10} til (se --json).")
    if tiltak:
        print()
        print("Tiltak:")
        for t in tiltak:
            frist = f", frist {formater.dato(t.frist)}" if t.frist else ""
            print(f"  – {t.tekst} ({t.eier_rolle or 'uten eier'}{frist})")
    return 0


def registrer(sub: Any) -> None:
    """Legg kommandoene til i parseren."""
    liste = sub.add_parser("liste", help="vurderingene med enhet, dato, type, fremdrift og samlet poeng")
    database_arg(liste)
    liste.add_argument("--json", action="store_true")
    liste.set_defaults(kommando=kmd_liste)

    vis = sub.add_parser("vis", help="svar, modulpoeng, gap og prioriterte forslag")
    database_arg(vis)
    vis.add_argument("--vurdering", required=True, type=vurdering_id, metavar="ID")
    vis.add_argument("--json", action="store_true")
    vis.set_defaults(kommando=kmd_vis)
