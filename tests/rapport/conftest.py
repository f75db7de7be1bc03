"""Felles oppsett for rapporttestene: demovurderingen fra en database i tmp_path, og
ferdige PDF-er av den (laget én gang per testkjøring)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from rapporthjelp import bare_moduler, brodtekst, pdf_bytes

from vurdering.domene.bank import last_bank
from vurdering.domene.vurderingsdata import Vurderingsdata
from vurdering.lagring.database import apne
from vurdering.tjenester.demo import lag_demo
from vurdering.tjenester.vurderinger import hent_vurderingsdata


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, int]]:
    sti = tmp_path_factory.mktemp("rapport") / "demo.db"
    with apne(sti, opprett=True) as db:
        vid = lag_demo(db, last_bank())
    yield sti, vid


@pytest.fixture(scope="session")
def demodata(demo_db: tuple[Path, int]) -> Vurderingsdata:
    sti, vid = demo_db
    with apne(sti, opprett=True) as db:
        return hent_vurderingsdata(db, vid, med_utvikling=True)


@pytest.fixture(scope="session")
def temadata(demodata: Vurderingsdata) -> Vurderingsdata:
    """Bare de fire temaene: en kortere rapport for tester som lager mange PDF-er."""
    return bare_moduler(demodata, tuple(m.id for m in demodata.bank.temamoduler))


@pytest.fixture(scope="session")
def kkdata(demodata: Vurderingsdata) -> Vurderingsdata:
    """Bare modulen Kunnskap og kompetanse: den korteste rapporten, for tester med mange PDF-er."""
    return bare_moduler(demodata, ("KK",))


@pytest.fixture(scope="session")
def full_nb(demodata: Vurderingsdata) -> bytes:
    return pdf_bytes(demodata)


@pytest.fixture(scope="session")
def full_nb_tekst(full_nb: bytes) -> str:
    """Brødteksten i den fulle bokmålsrapporten (uten topp- og bunntekst)."""
    return brodtekst(full_nb)


@pytest.fixture(scope="session")
def full_nn(demodata: Vurderingsdata) -> bytes:
    return pdf_bytes(demodata, sprak="nn")


@pytest.fixture(scope="session")
def kort_nb(demodata: Vurderingsdata) -> bytes:
    return pdf_bytes(demodata, kort=True)
