"""«Svar per kommune»: hvert valg lagres straks, Ikke relevant venter på begrunnelsen, feil vises."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from vurdering.domene.bank import Bank
from vurdering.domene.modell import SvarType
from vurdering.gui.veiviser.kommunesvar import IKKE_RELEVANT, VET_IKKE, Kommunesvar
from vurdering.lagring.database import Database
from vurdering.tjenester import kommuner as tk
from vurdering.tjenester import vurderinger as tj


@pytest.fixture
def vid(db: Database, bank: Bank) -> int:
    ny = tj.NyVurdering(enhet="Asker og Bærum", distrikt="Øst", moduler=("PR",), kommuner=("Asker", "Bærum", "Lier"))
    return tj.opprett_vurdering(db, bank, ny)


def _lagret(db: Database, vid: int) -> dict[str, tuple[str, int | None, str] | None]:
    return {k: (s.type.value, s.niva, s.grunn) if s else None for k, s in tk.kommunesvar_for(db, vid, "PR-01")}


def test_hvert_valg_lagres_straks_og_gir_signal(qtbot: object, db: Database, vid: int) -> None:
    tk.endre_kommunesvar(db, vid, "PR-01", "Lier", SvarType.NIVA, niva=2, kommentar="Beholdes")
    w = Kommunesvar(db, vid, "PR-01")
    assert w.kommuner() == ("Asker", "Bærum", "Lier")
    assert (w.verdi("Asker"), w.verdi("Lier")) == (None, 2)  # det lagrede vises
    endret: list[str] = []
    w.endret.connect(endret.append)
    w.velg("Asker", 4)
    w.velg("Bærum", VET_IKKE)
    assert endret == ["Asker", "Bærum"]
    assert _lagret(db, vid) == {"Asker": ("niva", 4, ""), "Bærum": ("vet_ikke", None, ""), "Lier": ("niva", 2, "")}
    assert w.oppsummering.text() == "Snitt 3,0. Svakest: Lier (nivå 2)."
    w.velg("Lier", 1)
    assert dict(tk.kommunesvar_for(db, vid, "PR-01"))["Lier"].kommentar == "Beholdes"  # resten beholdes
    w.velg("Asker", None)  # «Ikke besvart» fjerner svaret
    assert _lagret(db, vid)["Asker"] is None
    assert w.oppsummering.text() == "1 av 3 kommuner er ikke besvart."
    pr = tj.hent_vurderingsdata(db, vid).resultat.modul("PR")
    assert pr.besvart == 0  # ikke alle kommunene er besvart


def test_ikke_relevant_lagres_forst_med_begrunnelse(qtbot: object, db: Database, vid: int) -> None:
    w = Kommunesvar(db, vid, "PR-01")
    endret: list[str] = []
    w.endret.connect(endret.append)
    assert not w.begrunnelsesfelt("Lier").isEnabled()
    w.velg("Lier", IKKE_RELEVANT)
    assert endret == [] and _lagret(db, vid)["Lier"] is None
    assert w.begrunnelsesfelt("Lier").isEnabled() and "Skriv hvorfor" in w.status.text()
    w.skriv_begrunnelse("Lier", "Lier har ikke politiråd")
    assert endret == ["Lier"] and _lagret(db, vid)["Lier"] == ("ikke_relevant", None, "Lier har ikke politiråd")


def test_ferdig_vurdering_kan_bare_leses_og_feil_vises(qtbot: object, db: Database, vid: int) -> None:
    w = Kommunesvar(db, vid, "PR-01")
    feil: list[str] = []
    w.lagring_feilet.connect(feil.append)
    tj.marker_ferdig(db, vid)  # ferdig mens tabellen er åpen
    w.velg("Asker", 3)
    assert feil and "ferdig" in feil[0] and w.verdi("Asker") is None  # raden viser det som er lagret
    assert w.status.text().startswith("Ikke lagret: ")
    lest = Kommunesvar(db, vid, "PR-01")
    assert not lest.valgfelt("Asker").isEnabled()


def test_tastatur_og_ren_tekst(qtbot: object, db: Database, vid: int) -> None:
    w = Kommunesvar(db, vid, "PR-01")
    assert w.valgfelt("Bærum").accessibleName() == "Svar for Bærum"
    assert all(lbl.textFormat() == Qt.TextFormat.PlainText for lbl in w.findChildren(QLabel) if lbl is not w.overskrift)
    assert w.valgfelt("Asker").focusPolicy() & Qt.FocusPolicy.TabFocus
    uten = tj.opprett_vurdering(db, tj.hent_bank(db, vid), tj.NyVurdering(enhet="Sentrum", distrikt="Vest"))
    tom = Kommunesvar(db, uten, "PR-01")
    assert tom.kommuner() == ()
