"""De tolv politidistriktene og særorganene, lest fra `ressurser/distrikter.toml`."""

from __future__ import annotations

import tomllib
from functools import cache

from vurdering.plattform import ressursfiler


@cache
def _data() -> dict[str, list[str]]:
    with ressursfiler.sti("distrikter.toml").open("rb") as f:
        data = tomllib.load(f)
    return {"distrikter": list(data["distrikter"]), "saerorganer": list(data["saerorganer"])}


def distrikter() -> list[str]:
    return list(_data()["distrikter"])


def saerorganer() -> list[str]:
    return list(_data()["saerorganer"])


def alle() -> list[str]:
    return distrikter() + saerorganer()


def finn(navn: str) -> str | None:
    """Det offisielle navnet som passer `navn` («Vest», «vest politidistrikt», «Kripos»)."""
    nokkel = navn.strip().casefold()
    if not nokkel:
        return None
    for n in alle():
        kort = n.removesuffix(" politidistrikt").casefold()
        if nokkel in (n.casefold(), kort):
            return n
    return None
