from __future__ import annotations

import pytest

from vurdering.domene.bank import Bank, last_bank


@pytest.fixture(scope="session")
def bank() -> Bank:
    return last_bank()
