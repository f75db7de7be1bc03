"""Fuzzing av banklasteren: hver inndata godtas eller avvises med BankFeil – aldri noe annet."""

from __future__ import annotations

import tomllib
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vurdering.domene.bank import BankFeil, Modul, sjekk_fil, standardmappe

GYLDIG = (standardmappe() / "moduler" / "PR.toml").read_text(encoding="utf-8")
INNSTILLINGER = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

toml_verdi = st.recursive(
    st.none().map(lambda _: "")
    | st.booleans()
    | st.integers(-(10**6), 10**6)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=30),
    lambda barn: st.lists(barn, max_size=6) | st.dictionaries(st.text(max_size=10), barn, max_size=5),
    max_leaves=20,
)


def _sjekk(tmp_path: Path, innhold: bytes) -> None:
    fil = tmp_path / "fuzz.toml"
    fil.write_bytes(innhold)
    try:
        resultat = sjekk_fil(fil)
    except BankFeil as e:
        assert e.feil and all(isinstance(linje, str) and linje for linje in e.feil)
    else:
        assert isinstance(resultat, Modul)


@INNSTILLINGER
@given(st.binary(max_size=2000))
def test_tilfeldige_byte(tmp_path: Path, data: bytes) -> None:
    _sjekk(tmp_path, data)


@INNSTILLINGER
@given(st.integers(0, len(GYLDIG) - 1), st.integers(1, 40), st.text(max_size=20))
def test_odelagt_gyldig_fil(tmp_path: Path, start: int, lengde: int, innskudd: str) -> None:
    _sjekk(tmp_path, (GYLDIG[:start] + innskudd + GYLDIG[start + lengde :]).encode("utf-8", "surrogatepass"))


def _felt_endret(data: dict[str, object], sti: list[str | int], verdi: object) -> dict[str, object]:
    maal: object = data
    for nokkel in sti[:-1]:
        maal = maal[nokkel]  # type: ignore[index]
    maal[sti[-1]] = verdi  # type: ignore[index]
    return data


FELT = ["id", "tittel", "pastand", "veiledning", "tema", "hovedlinje", "tidslinje", "vekt", "niva", "neste_steg"]


@INNSTILLINGER
@given(st.sampled_from(FELT), st.integers(0, 4), toml_verdi)
def test_feil_type_i_et_felt(tmp_path: Path, felt: str, nr: int, verdi: object) -> None:
    import json

    data = tomllib.loads(GYLDIG)
    data = _felt_endret(data, ["indikator", nr, felt], verdi)

    # Tilbake til TOML: tekst som JSON-strenger, lister og tabeller inline.
    def toml(v: object) -> str:
        if isinstance(v, bool):
            return "true" if v else "false"
        if isinstance(v, (int, float)):
            return repr(v)
        if isinstance(v, str):
            return json.dumps(v, ensure_ascii=False)
        if isinstance(v, list):
            return "[" + ", ".join(toml(x) for x in v) + "]"
        if isinstance(v, dict):
            return "{" + ", ".join(f"{json.dumps(str(k), ensure_ascii=False)} = {toml(x)}" for k, x in v.items()) + "}"
        return '""'

    linjer = ["[modul]"] + [f"{k} = {toml(v)}" for k, v in data["modul"].items()]
    for ind in data["indikator"]:
        linjer += ["", "[[indikator]]"] + [f"{json.dumps(k, ensure_ascii=False)} = {toml(v)}" for k, v in ind.items()]
    _sjekk(tmp_path, "\n".join(linjer).encode("utf-8", "surrogatepass"))


def test_enorm_bankfil_avvises_uten_aa_leses(tmp_path: Path) -> None:
    fil = tmp_path / "enorm.toml"
    with fil.open("wb") as f:
        f.truncate(50_000_000)  # 50 MB med nuller, uten å bruke 50 MB minne
    try:
        sjekk_fil(fil)
    except BankFeil as e:
        assert "for stor" in str(e)
    else:
        raise AssertionError("en enorm fil ble godtatt")
