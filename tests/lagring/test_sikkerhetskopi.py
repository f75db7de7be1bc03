"""Sikkerhetskopier: én gang i døgnet, de ti nyeste beholdes, gjenoppretting legger den gamle til side."""

from __future__ import annotations

import os
import stat
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from vurdering.domene.bank import Bank
from vurdering.domene.modell import Svar
from vurdering.lagring import repository as repo
from vurdering.lagring import sikkerhetskopi as kopi
from vurdering.lagring.database import DatabaseFeil, apne

T0 = datetime(2026, 11, 24, 8, 0, 0)


def test_hoyst_en_kopi_i_dognet(tmp_path: Path, bank: Bank) -> None:
    db = apne(tmp_path / "forkant.db", opprett=True)
    assert kopi.dagens(db, T0) is not None
    assert kopi.dagens(db, T0 + timedelta(hours=23)) is None
    assert kopi.dagens(db, T0 + timedelta(hours=24, minutes=1)) is not None
    assert len(kopi.liste_kopier(db.sti)) == 2
    db.lukk()


def test_de_ti_nyeste_beholdes(tmp_path: Path) -> None:
    db = apne(tmp_path / "forkant.db", opprett=True)
    for dag in range(14):
        kopi.ta_kopi(db, T0 + timedelta(days=dag))
    kopier = kopi.liste_kopier(db.sti)
    assert len(kopier) == kopi.MAKS_KOPIER
    assert kopier[0].tidspunkt == T0 + timedelta(days=13)
    assert kopier[-1].tidspunkt == T0 + timedelta(days=4)
    assert all(k.storrelse > 0 for k in kopier)
    db.lukk()


@pytest.mark.skipif(os.name != "posix", reason="filrettigheter på POSIX")
def test_kopien_kan_bare_leses_av_eieren(tmp_path: Path) -> None:
    db = apne(tmp_path / "forkant.db", opprett=True)
    sti = kopi.ta_kopi(db, T0)
    assert stat.S_IMODE(sti.stat().st_mode) == 0o600
    db.lukk()


def test_gjenoppretting_legger_navaerende_fil_til_side(tmp_path: Path, bank: Bank) -> None:
    sti = tmp_path / "forkant.db"
    db = apne(sti, opprett=True)
    vid = repo.opprett_vurdering(db, bank, enhet="Før kopien", distrikt="Oslo politidistrikt")
    repo.lagre_svar(db, vid, Svar.med_niva("KK-01", 2, kommentar="med i kopien"))
    k = kopi.ta_kopi(db, T0)
    repo.lagre_svar(db, vid, Svar.med_niva("KK-01", 4, kommentar="etter kopien"))
    db.lukk()
    til_side = kopi.gjenopprett(sti, k)
    assert til_side is not None and til_side.exists()
    db = apne(sti, opprett=True)
    assert repo.hent_svar(db, vid)["KK-01"].kommentar == "med i kopien"
    db.lukk()
    gammel = apne(til_side, opprett=True)
    assert repo.hent_svar(gammel, vid)["KK-01"].kommentar == "etter kopien"
    gammel.lukk()


def test_skadet_kopi_brukes_ikke(tmp_path: Path) -> None:
    sti = tmp_path / "forkant.db"
    apne(sti, opprett=True).lukk()
    falsk = kopi.kopimappe(sti) / "forkant-20261124-080000.db"
    falsk.parent.mkdir()
    falsk.write_bytes(b"ikke sqlite")
    for_ = sti.read_bytes()
    with pytest.raises(DatabaseFeil, match="skadet"):
        kopi.gjenopprett(sti, falsk)
    assert sti.read_bytes() == for_


def test_odelagt_fil_settes_til_side_med_tidsstempel(tmp_path: Path) -> None:
    sti = tmp_path / "forkant.db"
    sti.write_bytes(b"rot" * 100)
    ny = kopi.sett_til_side(sti, na=T0)
    assert not sti.exists() and ny.name == "forkant.odelagt-20261124-080000.db"
    assert ny.read_bytes() == b"rot" * 100
    sti.write_bytes(b"mer rot")
    ny2 = kopi.sett_til_side(sti, na=T0)
    assert ny2 != ny and ny.exists() and ny2.exists()
