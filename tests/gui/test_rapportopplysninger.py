"""«Rapportopplysninger…»: merking, konklusjon og signatur lagres med vurderingen og havner i rapporten."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate

from vurdering.domene.modell import Status
from vurdering.gui.resultat.rapportopplysninger import MERKINGER, Rapportopplysninger
from vurdering.lagring import repository as repo
from vurdering.lagring.database import Database
from vurdering.tjenester import vurderinger as tjenester


def test_lagres_og_leses_igjen(qtbot, db: Database, demo_id: int, meldt) -> None:
    d = Rapportopplysninger(db, demo_id)
    qtbot.addWidget(d)
    assert d.merking.currentText() == "Intern"
    assert d.merking.findText(MERKINGER[1]) >= 0  # offl. § 14 som valg
    d.merking.setCurrentText(MERKINGER[1])
    d.konklusjon.setPlainText("Vi prioriterer <b>etterretning</b> & dialog.")
    d.navn.setText("Kari Nordmann")
    d.rolle.setText("Stasjonssjef")
    d.dato.setDate(QDate(2026, 12, 1))
    d.lagre_knapp.click()
    assert d.result() == Rapportopplysninger.DialogCode.Accepted
    felt = repo.hent_tekstfelt(db, demo_id)
    assert felt["merking"] == MERKINGER[1]
    assert felt["konklusjon"] == "Vi prioriterer <b>etterretning</b> & dialog."
    assert (felt["signatur_navn"], felt["signatur_rolle"], felt["signatur_dato"]) == (
        "Kari Nordmann",
        "Stasjonssjef",
        "2026-12-01",
    )
    igjen = Rapportopplysninger(db, demo_id)
    qtbot.addWidget(igjen)
    assert igjen.navn.text() == "Kari Nordmann" and igjen.dato.date() == QDate(2026, 12, 1)


def test_kommer_med_i_kortrapporten(qtbot, db: Database, demo_id: int, meldt, tmp_path: Path) -> None:
    from pypdf import PdfReader

    from vurdering.rapport.pdf import lag_rapport

    d = Rapportopplysninger(db, demo_id)
    qtbot.addWidget(d)
    d.merking.setCurrentText(MERKINGER[1])
    d.konklusjon.setPlainText("Konklusjon fra lederteamet 2026.")
    d.navn.setText("Ola Nordmann")
    assert d.lagre()
    ut = tmp_path / "kort.pdf"
    lag_rapport(tjenester.hent_vurderingsdata(db, demo_id), ut, kort=True)
    tekst = " ".join(side.extract_text() for side in PdfReader(ut).pages)
    assert "Konklusjon fra lederteamet 2026." in tekst
    assert "Ola Nordmann" in tekst
    assert "Unntatt offentlighet" in tekst


def test_for_lang_konklusjon_lagres_ikke(qtbot, db: Database, demo_id: int, meldt) -> None:
    for_ = repo.hent_tekstfelt(db, demo_id)["konklusjon"]
    d = Rapportopplysninger(db, demo_id)
    qtbot.addWidget(d)
    d.konklusjon.setPlainText("x" * 5000)
    assert not d.lagre()
    assert repo.hent_tekstfelt(db, demo_id)["konklusjon"] == for_
    assert meldt.vist and "høyst" in meldt.vist[-1][2]


def test_ferdig_vurdering_er_last(qtbot, db: Database, demo_id: int) -> None:
    repo.sett_status(db, demo_id, Status.FERDIG)
    d = Rapportopplysninger(db, demo_id, skrivebeskyttet=True)
    qtbot.addWidget(d)
    assert not d.konklusjon.isEnabled() and not d.lagre_knapp.isEnabled()


def test_menyvalget_aapner_dialogen(qtbot, db: Database, demo_id: int, lag_vindu) -> None:
    vindu = lag_vindu(db)
    vindu.apne_vurdering(demo_id)
    assert vindu.h_opplysninger.isEnabled()
    vindu.h_opplysninger.trigger()
    dialog = vindu.findChild(Rapportopplysninger)
    assert dialog is not None and dialog.isVisible()
    dialog.reject()
