"""Leseren av .forkant-filer tåler alt: vilkårlige bytes, vilkårlig JSON og ødelagte ekte filer.

Hver inndata blir enten godtatt eller avvist med `UtvekslingFeil` og en norsk melding –
aldri et annet unntak.
"""

from __future__ import annotations

import json
import tempfile
from functools import cache
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from vurdering.domene.bank import last_bank
from vurdering.domene.utveksling import Forkantfil, UtvekslingFeil, fra_data, les_bytes
from vurdering.lagring import repository as repo
from vurdering.lagring import utveksling
from vurdering.lagring.database import apne
from vurdering.tjenester.demo import lag_demo

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda barn: st.lists(barn, max_size=5) | st.dictionaries(st.text(max_size=12), barn, max_size=5),
    max_leaves=25,
)


@cache
def _gyldig() -> str:
    """En ekte eksportert fil med stemmer og tiltak, som JSON-tekst (lages én gang)."""
    with tempfile.TemporaryDirectory() as mappe, apne(Path(mappe) / "h.db", opprett=True) as db:
        vid = lag_demo(db, last_bank())
        repo.lagre_deltakerstemme(db, vid, "KK-01", 1, 2)
        return utveksling.lag_fil(db, vid).model_dump_json()


def _sjekk(resultat: Any) -> None:
    assert isinstance(resultat, Forkantfil)


def _avvist_pent(e: UtvekslingFeil) -> None:
    assert e.feil and all(isinstance(linje, str) and linje for linje in e.feil)
    assert "Traceback" not in str(e)


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=3000))
def test_vilkaarlige_bytes(data: bytes) -> None:
    try:
        _sjekk(les_bytes(data, "x.forkant"))
    except UtvekslingFeil as e:
        _avvist_pent(e)


@settings(max_examples=100, deadline=None)
@given(JSON, st.booleans())
def test_vilkaarlig_json(verdi: Any, med_hode: bool) -> None:
    if med_hode and isinstance(verdi, dict):
        verdi = {**verdi, "format": "forkant", "versjon": 1}
    try:
        _sjekk(les_bytes(json.dumps(verdi).encode("utf-8"), "x.forkant"))
    except UtvekslingFeil as e:
        _avvist_pent(e)


@settings(max_examples=100, deadline=None)
@given(st.data())
def test_odelagt_ekte_fil(data: st.DataObject) -> None:
    rot = json.loads(_gyldig())
    node: Any = rot
    forelder: Any = None
    nokkel: Any = None
    for _ in range(data.draw(st.integers(1, 7), label="dybde")):
        if isinstance(node, dict) and node:
            nokkel = data.draw(st.sampled_from(sorted(node)), label="nøkkel")
        elif isinstance(node, list) and node:
            nokkel = data.draw(st.integers(0, len(node) - 1), label="plass")
        else:
            break
        forelder, node = node, node[nokkel]
    if forelder is None:
        return
    if isinstance(forelder, dict) and data.draw(st.booleans(), label="slett"):
        del forelder[nokkel]
    else:
        forelder[nokkel] = data.draw(JSON, label="ny verdi")
    try:
        _sjekk(fra_data(rot, "x.forkant"))
    except UtvekslingFeil as e:
        _avvist_pent(e)
