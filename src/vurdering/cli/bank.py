"""Spørsmålsbanken: bank sjekk (valider) og bank vis (les påstander, nivåer og neste steg)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vurdering.cli.felles import (
    FEIL_BRUKER,
    Brukerfeil,
    Parser,
    json_arg,
    skriv_json,
)
from vurdering.domene.regler import SPRAK

if TYPE_CHECKING:
    from vurdering.domene.bank import Bank, Indikator, Modul

#: Overskriften over det en enhet kan vise fram for å dokumentere et nivå.
BEVIS_OVERSKRIFT = "Dette kan du vise fram"


def kmd_bank_sjekk(args: argparse.Namespace) -> int:
    from vurdering.domene.bank import BankFeil, last_bank, sjekk_fil

    try:
        if args.fil:
            fil = Path(args.fil)
            if not fil.exists():
                raise Brukerfeil(f"Finner ikke filen {fil}.")
            resultat = sjekk_fil(fil)
        else:
            resultat = last_bank()
    except BankFeil as e:
        if args.json:
            skriv_json({"ok": False, "feil": e.feil})
        else:
            for linje in e.feil:
                print(f"Feil: {linje}", file=sys.stderr)
        return FEIL_BRUKER
    from vurdering.domene.bank import Bank

    alle = resultat.moduler if isinstance(resultat, Bank) else (resultat,)
    moduler = [{"id": m.id, "navn": m.navn, "type": m.type, "indikatorer": len(m.indikatorer)} for m in alle]
    antall = sum(len(m.indikatorer) for m in alle)
    if args.json:
        data: dict[str, Any] = {"ok": True, "moduler": moduler, "indikatorer": antall}
        if isinstance(resultat, Bank):
            data["bank"] = {"id": resultat.id, "versjon": resultat.versjon}
        skriv_json(data)
        return 0
    if isinstance(resultat, Bank):
        print(f"OK: {resultat.navn} ({resultat.id} {resultat.versjon})")
    else:
        print(f"OK: {args.fil}")
    for m in moduler:
        print(f"  {m['id']:<4} {m['navn']:<36} {m['indikatorer']:>2} indikatorer")
    print(f"  {len(moduler)} moduler, {antall} indikatorer")
    return 0


# --- bank vis ------------------------------------------------------------------------------------


def _bevis(ind: Indikator) -> list[str] | None:
    """Det enheten kan vise fram per nivå (0–4); None for en bank fra før feltet fantes."""
    return list(ind.bevis) if ind.bevis else None


def _indikator_data(bank: Bank, ind: Indikator, sprak: str) -> dict[str, Any]:
    bevis = _bevis(ind)
    return {
        "id": ind.id,
        "modul": ind.modul_id,
        "tittel": ind.tittel,
        "pastand": ind.pastand,
        "veiledning": ind.veiledning,
        "niva": [{"verdi": n, "navn": bank.niva_navn(n, sprak), "tekst": t} for n, t in enumerate(ind.niva)],
        "neste_steg": [{"fra": n, "til": n + 1, "tekst": t} for n, t in enumerate(ind.neste_steg)],
        "bevis": bevis,
    }


def _modul_data(bank: Bank, m: Modul, med_indikatorer: bool, sprak: str) -> dict[str, Any]:
    data: dict[str, Any] = {"id": m.id, "navn": m.navn, "type": m.type, "mal": m.mal, "intro": m.intro}
    if med_indikatorer:
        data["indikatorer"] = [_indikator_data(bank, i, sprak) for i in m.indikatorer]
    else:
        data["indikatorer"] = [{"id": i.id, "tittel": i.tittel} for i in m.indikatorer]
    return data


def _skriv_indikator(bank: Bank, ind: Indikator, sprak: str, veiledning: bool) -> None:
    print(f"{ind.id}  {ind.tittel}")
    print(f"  Påstand: {ind.pastand}")
    if veiledning:
        print(f"  Veiledning: {ind.veiledning}")
    bevis = _bevis(ind)
    for n, tekst in enumerate(ind.niva):
        print(f"  {n} {bank.niva_navn(n, sprak)}: {tekst}")
        if bevis is not None and len(bevis) == len(ind.niva) and bevis[n]:
            print(f"      {BEVIS_OVERSKRIFT}: {bevis[n]}")
    if bevis is not None and len(bevis) != len(ind.niva):
        for tekst in bevis:
            print(f"  {BEVIS_OVERSKRIFT}: {tekst}")
    print("  Neste steg:")
    for n, tekst in enumerate(ind.neste_steg):
        print(f"    {n} → {n + 1}: {tekst}")


def _velg(bank: Bank, hva: str | None) -> tuple[Sequence[Modul], Indikator | None]:
    if not hva:
        return bank.moduler, None
    id_ = hva.strip().upper()
    if bank.har_modul(id_):
        return (bank.modul(id_),), None
    if bank.har_indikator(id_):
        ind = bank.indikator(id_)
        return (bank.modul(ind.modul_id),), ind
    raise Brukerfeil(
        f"Finner ingen modul eller indikator «{hva[:40]}». Moduler: {', '.join(m.id for m in bank.moduler)}."
    )


def kmd_bank_vis(args: argparse.Namespace) -> int:
    from vurdering.domene.bank import last_bank, last_bank_for

    bank = (last_bank_for(Path(args.database).expanduser()) if args.database else last_bank()).paa(args.sprak)
    moduler, indikator = _velg(bank, args.hva)
    hele = args.hva is not None
    if args.json:
        data: dict[str, Any] = {
            "bank": {"id": bank.id, "versjon": bank.versjon, "navn": bank.navn},
            "niva": [{"verdi": d.verdi, "navn": bank.niva_navn(d.verdi, args.sprak)} for d in bank.niva],
        }
        if indikator is not None:
            data["indikator"] = _indikator_data(bank, indikator, args.sprak)
        else:
            data["moduler"] = [_modul_data(bank, m, hele, args.sprak) for m in moduler]
        skriv_json(data)
        return 0
    if indikator is not None:
        _skriv_indikator(bank, indikator, args.sprak, veiledning=True)
        return 0
    for m in moduler:
        print(f"{m.id}  {m.navn} ({len(m.indikatorer)} indikatorer, standardmål {m.mal})")
        if hele:
            print(f"  {m.intro}")
            print()
            for ind in m.indikatorer:
                _skriv_indikator(bank, ind, args.sprak, veiledning=False)
                print()
        else:
            for ind in m.indikatorer:
                print(f"  {ind.id:<7} {ind.tittel}")
    if not hele:
        print()
        print("Vis påstander, nivåer og neste steg med «vurdering bank vis MODUL» eller «… bank vis INDIKATOR».")
    return 0


def registrer(sub: Any) -> None:
    """Legg kommandoene til i parseren."""
    bank = sub.add_parser("bank", help="spørsmålsbanken: valider, eller vis modulene og indikatorene")
    banksub = bank.add_subparsers(title="kommandoer", metavar="KOMMANDO", parser_class=Parser, required=True)
    sjekk = banksub.add_parser("sjekk", help="valider en bank (den medfølgende uten FIL)")
    sjekk.add_argument("fil", nargs="?", metavar="FIL", help="en bankfil eller en egen modul (.toml)")
    json_arg(sjekk)
    sjekk.set_defaults(kommando=kmd_bank_sjekk)

    vis = banksub.add_parser(
        "vis",
        help="vis modulene og indikatorene: påstand, nivåtekster og neste steg",
        description="Uten MODUL eller INDIKATOR: alle modulene med indikatorenes id og tittel. "
        "Med en modul (KK) eller en indikator (KK-01): påstandene, de fem nivåene og neste steg.",
    )
    vis.add_argument("hva", nargs="?", metavar="MODUL|INDIKATOR", help="for eksempel KK eller KK-01")
    vis.add_argument(
        "--database", metavar="FIL", help="ta med distriktets egne moduler i egne-moduler/ ved denne databasefilen"
    )
    vis.add_argument("--sprak", choices=list(SPRAK), default="nb", help="bokmål (standard) eller nynorsk")
    json_arg(vis)
    vis.set_defaults(kommando=kmd_bank_vis)
