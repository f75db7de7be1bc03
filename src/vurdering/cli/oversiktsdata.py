"""Den stabile JSON-formen av `vurdering utvikling` og `vurdering oversikt` (docs/json.md).

Fordelinger og medianer rundes til to desimaler, som i distriktsrapporten; modulpoeng har
én desimal fra før.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from vurdering.domene.modell import TiltakStatus

if TYPE_CHECKING:  # bare typene: `oversikt --json` laster verken banken eller utviklingen
    from vurdering.domene.distrikt import Distriktsoversikt
    from vurdering.domene.oversikt import Enhetsrad
    from vurdering.domene.utvikling import Endring, Indikatorref
    from vurdering.tjenester.oversikt import Enhetsutvikling


def to_desimaler(x: float | None) -> float | None:
    """Fordelinger og medianer slik de vises overalt: to desimaler."""
    return None if x is None else round(x, 2)


def _endring(e: Endring) -> dict[str, Any]:
    return {
        "id": e.id,
        "navn": e.navn,
        "modul": e.modul_id,
        "fra": e.fra,
        "til": e.til,
        "endring": e.endring,
        "erstatter": list(e.erstatter),
    }


def _ref(r: Indikatorref) -> dict[str, Any]:
    return {"id": r.id, "tittel": r.tittel, "modul": r.modul_id}


def utvikling_data(u: Enhetsutvikling) -> dict[str, Any]:
    """`forkant-utvikling/1`."""
    utv = u.utvikling
    t = utv.tiltak
    return {
        "format": "forkant-utvikling/1",
        "enhet": {"navn": u.enhet, "distrikt": u.distrikt},
        "runder": [
            {
                "vurdering_id": r.vurdering_id,
                "dato": r.dato,
                "bank_versjon": r.bank_versjon,
                "samlet_poeng": r.samlet,
                "vet_ikke_andel": None if r.vet_ikke_andel is None else round(r.vet_ikke_andel, 4),
            }
            for r in utv.runder
        ],
        "samlet_endring": utv.samlet_endring,
        "moduler": [{"id": s.modul_id, "navn": s.navn, "poeng": list(s.poeng)} for s in utv.moduler],
        "moduler_bedret": [_endring(e) for e in utv.moduler_bedret],
        "moduler_svekket": [_endring(e) for e in utv.moduler_svekket],
        "indikatorer_bedret": [_endring(e) for e in utv.indikatorer_bedret],
        "indikatorer_svekket": [_endring(e) for e in utv.indikatorer_svekket],
        "nye_indikatorer": [_ref(r) for r in utv.nye],
        "utgatte_indikatorer": [_ref(r) for r in utv.utgatte],
        "tiltak": None
        if t is None
        else {
            "antall": t.antall,
            "vurdert": t.vurdert,
            "fullfort": t.fullfort,
            "forkastet": t.forkastet,
            "andel_fullfort": None if t.andel_fullfort is None else round(t.andel_fullfort, 4),
        },
    }


def _rad(r: Enhetsrad) -> dict[str, Any]:
    return {
        "vurdering_id": r.vurdering_id,
        "enhet": r.enhet,
        "distrikt": r.distrikt,
        "dato": r.dato,
        "type": r.type,
        "status": r.status,
        "samlet_poeng": r.samlet,
        "poeng": {m: c.poeng for m, c in r.moduler.items()},
        "mal": {m: c.mal for m, c in r.moduler.items()},
        "utilstrekkelig": [m for m, c in r.moduler.items() if c.utilstrekkelig],
        "under_mal": sorted(r.under_mal),
        "tiltak": dict(r.tiltak),
    }


def oversikt_data(d: Distriktsoversikt) -> dict[str, Any]:
    """`forkant-oversikt/1`."""
    ov = d.oversikt
    u = d.utvalg
    data: dict[str, Any] = {
        "format": "forkant-oversikt/1",
        "utvalg": {
            "distrikt": u.distrikt,
            "fra": u.fra,
            "til": u.til,
            "type": u.type,
            "status": u.status,
            "alle_runder": u.alle_runder,
        },
        "moduler": [{"id": m, "navn": d.modulnavn(m), "type": d.tekster.type.get(m)} for m in ov.moduler],
        "enheter": [_rad(r) for r in ov.rader],
        "fordelinger": {
            m: None
            if f is None
            else {
                "minst": f.minst,
                "nedre_kvartil": to_desimaler(f.nedre_kvartil),
                "median": to_desimaler(f.median),
                "ovre_kvartil": to_desimaler(f.ovre_kvartil),
                "storst": f.storst,
                "antall": f.antall,
            }
            for m, f in ov.fordelinger.items()
        },
        "svake_punkter": [
            {
                "indikator": s.indikator_id,
                "tittel": d.tittel(s.indikator_id),
                "modul": s.indikator_id.split("-")[0],
                "under_mal": s.under_mal,
                "enheter": s.enheter,
            }
            for s in ov.svake
        ],
        "tiltak": {s.value: ov.tiltak.get(s.value, 0) for s in TiltakStatus},
        "datavarsler": [
            {"vurdering_id": v.vurdering_id, "enhet": v.enhet, "moduler": list(v.moduler)} for v in ov.datavarsler
        ],
        "trend": {
            "ar": list(d.trend.ar),
            "enheter": list(d.trend.enheter),
            "moduler": [
                {"id": s.modul_id, "median": [to_desimaler(x) for x in s.median], "antall": list(s.antall)}
                for s in d.trend.moduler
            ],
        },
    }
    if d.kommentarer is not None:
        navn = {r.vurdering_id: r.enhet for r in ov.rader}
        data["kommentarer"] = [
            {"vurdering_id": vid, "enhet": navn.get(vid, ""), "konklusjon": tekst}
            for vid, tekst in sorted(d.kommentarer.items())
        ]
    return data
