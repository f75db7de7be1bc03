"""Gjenoppta etter lukking, og åpne rett i en vurdering fra kommandolinjen."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from vurdering import cli
from vurdering.domene.modell import Grunnlag, Svar, SvarType
from vurdering.gui import app as gui_app
from vurdering.gui.felles import meldinger
from vurdering.gui.veiviser.sideliste import INDIKATOR, SAMMENDRAG
from vurdering.lagring import repository as repo
from vurdering.lagring.database import apne


def test_svarene_er_der_og_vinduet_lander_paa_forste_ubesvarte(qtbot, lag_vindu, tema_vurdering) -> None:
    db, vid = tema_vurdering
    vindu = lag_vindu(db)
    vindu.apne_vurdering(vid)
    vv = vindu.veiviser
    vv.ga_til_indikator("KK-01")
    for n in range(3):
        with qtbot.waitSignal(vv.lagret):
            vv.indikator.kort[n + 1].click()
        vv.neste()
    qtbot.keyClicks(vv.indikator.kommentar, "Ikke ferdig")
    vv.indikator.kort[4].click()
    vindu.close()

    nytt = lag_vindu(db)
    assert nytt.apne_vurdering(vid)
    vv = nytt.veiviser
    assert vv.gjeldende.art == INDIKATOR and vv.gjeldende.indikator_id == "KK-05"
    assert vv.indikator.valgt_id() == -1
    vv.ga_til_indikator("KK-04")
    assert vv.indikator.valgt_id() == 4 and vv.indikator.kommentar.toPlainText() == "Ikke ferdig"
    assert [vv.svar[f"KK-0{i}"].niva for i in range(1, 5)] == [1, 2, 3, 4]
    assert vv.sideliste.topLevelItem(1).text(0).endswith("4/7")  # etter «Enhetens prioriterte problemer»


def test_kommandolinjen_aapner_paa_forste_ubesvarte(qtbot, tmp_path, bank, monkeypatch, meldt) -> None:
    sti = tmp_path / "kl.db"
    db = apne(sti, opprett=True)
    vid = repo.opprett_vurdering(db, bank, enhet="Enhet", distrikt="Øst politidistrikt", moduler=[])
    for ind in ("KK-01", "KK-02", "KK-04"):
        repo.lagre_svar(db, vid, Svar(ind, SvarType.NIVA, 2, grunnlag=Grunnlag.ERFART))
    db.lukk()
    sett: dict[str, object] = {}

    def exec_(_app: QApplication) -> int:
        vindu = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "hovedvindu" and w.isVisible())
        sett["steg"] = vindu.veiviser.gjeldende
        sett["kommentar"] = vindu.veiviser.indikator.kommentar.toPlainText()
        vindu.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", exec_)
    assert cli.main(["--database", str(sti), "--vurdering", str(vid)]) == 0
    assert sett["steg"].indikator_id == "KK-03"
    assert not meldt.vist


def test_ferdig_besvart_vurdering_aapner_paa_sammendraget(qtbot, lag_vindu, demo_db) -> None:
    db, vid = demo_db
    vindu = lag_vindu(db)
    vindu.apne_vurdering(vid)
    assert vindu.veiviser.gjeldende.art == SAMMENDRAG


def test_ukjent_vurdering_gir_norsk_melding(qtbot, lag_vindu, db, meldt) -> None:
    vindu = lag_vindu(db)
    assert not vindu.apne_vurdering(999)
    assert vindu.veiviser is None
    art, tittel, tekst = meldt.vist[-1]
    assert art is meldinger.Art.FEIL and tittel == "Kan ikke åpne vurderingen" and "999" in tekst


def test_skadet_bank_gir_norsk_melding(qtbot, lag_vindu, db, meldt, monkeypatch) -> None:
    from vurdering.domene import bank as bankmodul
    from vurdering.domene.bank import BankFeil

    def feil_bank(*_args: object, **_kw: object) -> None:
        raise BankFeil(["KK.toml: indikator KK-01: felt «niva»: må ha nøyaktig 5 tekster (nivå 0–4)"])

    monkeypatch.setattr(bankmodul, "last_bank", feil_bank)
    vindu = lag_vindu(db)
    assert vindu.ny_vurdering() is None
    art, _tittel, tekst = meldt.vist[-1]
    assert art is meldinger.Art.FEIL and "KK-01" in tekst and "Traceback" not in tekst


def test_uventet_feil_vises_paa_norsk_og_programmet_lever(qtbot, meldt, capsys) -> None:
    fanger = gui_app.Unntaksfanger(None)
    try:
        raise ZeroDivisionError("division by zero")
    except ZeroDivisionError as e:
        fanger(type(e), e, e.__traceback__)
    _art, tittel, tekst = meldt.vist[-1]
    assert tittel == "Uventet feil" and "trygt i databasen" in tekst
    assert "ZeroDivisionError" in capsys.readouterr().err  # detaljene for feilsøking


@pytest.mark.parametrize("innhold", [b"ikke en database" * 100, b"SQLite format 3\x00" + b"\xff" * 3000])
def test_ugyldig_databasefil_gir_melding_og_kode_2(qtbot, tmp_path, meldt, monkeypatch, innhold) -> None:
    from vurdering.gui.start import gjenoppretting

    sti = tmp_path / "feil.db"
    sti.write_bytes(innhold)
    monkeypatch.setattr(
        gjenoppretting.OdelagtDatabaseDialog, "spor", classmethod(lambda *a: gjenoppretting.Valg.AVSLUTT)
    )
    assert gui_app.start(str(sti), None) == 2


def test_eksport_fra_menyen_bruker_eksportfunksjonene(qtbot, lag_vindu, demo_db, monkeypatch) -> None:
    from vurdering.gui.resultat import eksport

    db, vid = demo_db
    kall: list[tuple] = []
    monkeypatch.setattr(eksport, "eksporter_rapport", lambda p, d, v, kort: kall.append(("rapport", v, kort)))
    monkeypatch.setattr(eksport, "eksporter_csv", lambda p, d, v: kall.append(("csv", v)))
    vindu = lag_vindu(db)
    assert not vindu.h_rapport.isEnabled()  # ingen vurdering åpen ennå
    vindu.apne_vurdering(vid)
    vindu.h_rapport.trigger()
    vindu.h_kort.trigger()
    vindu.h_csv.trigger()
    assert kall == [("rapport", vid, False), ("rapport", vid, True), ("csv", vid)]


def test_gjenopprett_fra_menyen_bytter_til_den_nye_databasen(qtbot, lag_vindu, demo_db, tmp_path, bank) -> None:
    db, _vid = demo_db
    ny = apne(tmp_path / "kopi.db", opprett=True)
    repo.opprett_vurdering(ny, bank, enhet="Fra kopien", distrikt="Vest politidistrikt", moduler=[])
    vindu = lag_vindu(db)
    vindu.gjenopprett = lambda: ny
    vindu.oppdater_handlinger()
    assert vindu.h_gjenopprett.isEnabled()
    vindu.h_gjenopprett.trigger()
    m = vindu.startside.modell
    assert vindu.db is ny and [m.data(m.index(r, 0)) for r in range(m.rowCount())] == ["Fra kopien"]
    vindu.close()
    ny.lukk()


def test_samling_og_forkantfiler_fra_startsiden_og_menyen(qtbot, lag_vindu, demo_db, monkeypatch) -> None:
    from vurdering.gui import filer, samling

    db, vid = demo_db
    kall: list[tuple] = []
    monkeypatch.setattr(samling, "start_samling", lambda p, d, v: kall.append(("samling", v)))
    monkeypatch.setattr(filer, "importer_dialog", lambda p, d: kall.append(("importer",)) or [vid])
    monkeypatch.setattr(filer, "eksporter_dialog", lambda p, d, v: kall.append(("eksporter", v)))
    vindu = lag_vindu(db)
    vindu.startside.velg(vid)
    vindu.startside.samling_knapp.click()
    vindu.startside.importer_knapp.click()
    vindu.apne_vurdering(vid)
    vindu.h_forkantfil.trigger()
    vindu.h_samling.trigger()  # veiviseren lukkes først: samlingen skriver de samme svarene
    assert vindu.veiviser is None
    assert kall == [("samling", vid), ("importer",), ("eksporter", vid), ("samling", vid)]
