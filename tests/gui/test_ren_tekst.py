"""Tekst fra brukeren og fra filer vises som tekst: ingen etikett eller verktøytips tolker den som HTML.

En vurdering får markup i hvert tekstfelt (enhet, distrikt, deltakere, svar, tiltak,
oppfølging, rapportopplysninger, og modul- og indikatortekster som fra distriktets egne
moduler). Så åpnes hver side i vinduet, dialogene og samlingen, og hver synlig tekst sjekkes.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QLabel, QTreeWidget, QTreeWidgetItemIterator, QWidget

from vurdering.domene.bank import Bank
from vurdering.domene.modell import Deltaker, Grunnlag, Svar, SvarType, TiltakStatus
from vurdering.gui.resultat.rapportopplysninger import Rapportopplysninger
from vurdering.gui.samling import lag_samling
from vurdering.gui.veiviser.sideliste import INDIKATOR, INTRO, OPPFOLGING, SAMMENDRAG, TILTAKSPLAN
from vurdering.lagring import repository as repo
from vurdering.lagring.database import Database
from vurdering.tjenester import plan, rapportopplysninger, vurderinger
from vurdering.tjenester.vurderinger import NyVurdering

MARKUP = '<h1 style="color:red">X<img src=/tmp/x.png></h1>'


def _bank_med_markup(bank: Bank) -> Bank:
    """Banken med markup i alle tekstene til modulen KK, slik en egen modul fra distriktet kunne hatt."""
    data = bank.model_dump()
    for modul in data["moduler"]:
        if modul["id"] != "KK":
            continue
        modul["navn"] = modul["navn_nn"] = MARKUP
        modul["intro"] = modul["intro_nn"] = MARKUP
        for ind in modul["indikatorer"]:
            for felt in ("tittel", "pastand", "veiledning", "tittel_nn", "pastand_nn", "veiledning_nn"):
                ind[felt] = MARKUP
            ind["niva"] = ind["niva_nn"] = [MARKUP] * 5
            ind["neste_steg"] = ind["neste_steg_nn"] = [MARKUP] * 4
    return Bank.model_validate(data)


def _vurderinger_med_markup(db: Database, bank: Bank) -> tuple[int, int]:
    """To runder for samme enhet med markup i hvert tekstfelt, og en vurdering med markup i distriktet
    (som fra en importert fil: distriktet er ikke kontrollert mot listen). Gir id-ene til de to siste."""
    forste = vurderinger.opprett_vurdering(
        db,
        bank,
        NyVurdering(
            enhet=MARKUP,
            distrikt="Vest politidistrikt",
            moduler=("KK",),
            dato="2024-05-01",
            deltakere=(Deltaker(MARKUP, MARKUP),),
        ),
    )
    gammelt = plan.nytt_tiltak(db, forste, MARKUP, eier_rolle=MARKUP, frist="2025-01-01", indikator_id="KK-01")
    andre = vurderinger.opprett_vurdering(
        db,
        bank,
        NyVurdering(
            enhet=MARKUP,
            distrikt="Vest politidistrikt",
            moduler=("KK",),
            dato=date.today(),
            deltakere=(Deltaker(MARKUP, MARKUP),),
        ),
    )
    kk = bank.modul("KK").indikatorer
    vurderinger.lagre_svar(
        db,
        andre,
        Svar(kk[0].id, SvarType.NIVA, 2, grunnlag=Grunnlag.ERFART, kommentar=MARKUP, kilde=MARKUP, rolle=MARKUP, dissens=MARKUP),
    )
    vurderinger.lagre_svar(db, andre, Svar(kk[1].id, SvarType.IKKE_RELEVANT, grunn=MARKUP, kommentar=MARKUP))
    vurderinger.lagre_svar(db, andre, Svar(kk[2].id, SvarType.VET_IKKE, kommentar=MARKUP))
    plan.nytt_tiltak(db, andre, MARKUP, eier_rolle=MARKUP, indikator_id=kk[0].id)
    assert gammelt.id is not None
    plan.lagre_oppfolging(db, andre, gammelt.id, TiltakStatus.PAGAR, MARKUP)
    rapportopplysninger.lagre_rapportopplysninger(
        db,
        andre,
        rapportopplysninger.Rapportopplysninger(
            merking="<b>M</b>", konklusjon=MARKUP, signatur_navn=MARKUP, signatur_rolle=MARKUP
        ),
    )
    importert = repo.opprett_vurdering(db, bank, enhet=MARKUP, distrikt=MARKUP, moduler=["KK"])
    return andre, importert


def _rik(tekst: str) -> bool:
    """Om Qt ville vist teksten som HTML med markupen i (en overskrift eller et bilde)."""
    if not QtGui.Qt.mightBeRichText(tekst):
        return False
    doc = QTextDocument()
    doc.setHtml(tekst)
    return doc.toPlainText() != tekst and ("<img" in tekst.lower() or "<h1" in tekst.lower())


def _tolket_som_html(rot: QWidget | None = None) -> list[str]:
    """Etiketter og verktøytips (også i trær) som ville vist markupen som HTML."""
    funn: list[str] = []
    widgets = QApplication.allWidgets() if rot is None else [rot, *rot.findChildren(QWidget)]
    for w in widgets:
        if isinstance(w, QLabel) and w.textFormat() != Qt.TextFormat.PlainText and _rik(w.text()):
            funn.append(f"{type(w).__name__} {w.objectName()!r} i {type(w.parent()).__name__}: {w.text()[:80]}")
        if _rik(w.toolTip()):
            funn.append(f"verktøytips på {type(w).__name__}: {w.toolTip()[:80]}")
        if isinstance(w, QTreeWidget):
            it = QTreeWidgetItemIterator(w)
            while it.value() is not None:
                if _rik(it.value().toolTip(0)):
                    funn.append(f"verktøytips i {type(w).__name__}: {it.value().toolTip(0)[:80]}")
                it += 1
    return funn


def test_markup_i_hvert_tekstfelt_vises_som_tekst(
    qtbot, lag_vindu: Callable[[Database], object], db: Database, bank: Bank
) -> None:
    vid, importert = _vurderinger_med_markup(db, _bank_med_markup(bank))
    vindu = lag_vindu(db)
    assert not _tolket_som_html(), "startsiden"
    assert vindu.apne_vurdering(importert)  # type: ignore[attr-defined]
    assert not _tolket_som_html(), "distriktet i toppfeltet"
    assert vindu.apne_vurdering(vid)  # type: ignore[attr-defined]
    vv = vindu.veiviser  # type: ignore[attr-defined]
    assert vv.tittel.text().startswith(MARKUP)  # teksten står der, tegn for tegn
    sett: set[str] = set()
    for nr, steg in enumerate(vv.steg):
        vv.ga_til(nr)
        QApplication.processEvents()
        funn = _tolket_som_html()
        assert not funn, f"{steg.art} {steg.indikator_id}:\n" + "\n".join(funn)
        sett.add(steg.art)
    assert {OPPFOLGING, INTRO, INDIKATOR, SAMMENDRAG, TILTAKSPLAN} <= sett

    dialog = Rapportopplysninger(db, vid, vindu)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.konklusjon.toPlainText() == MARKUP
    assert not _tolket_som_html(dialog)

    samling = lag_samling(db, vid)
    qtbot.addWidget(samling)
    qtbot.addWidget(samling.prosjektor)
    samling.show()
    samling.prosjektor.show()
    for ind in samling.kontroll.okt.rekkefolge[:3]:
        samling.kontroll.ga_til(ind)
        samling.kontroll.vis(True)
        QApplication.processEvents()
        assert not _tolket_som_html(samling), ind
        assert not _tolket_som_html(samling.prosjektor), ind
    assert samling.tittel.text() == MARKUP
    samling.close()


def test_meldingsboksene_viser_ren_tekst(qtbot, monkeypatch) -> None:
    """En melding som siterer et navn eller en fil, viser markupen som tekst."""
    from PySide6.QtWidgets import QMessageBox

    from vurdering.gui.felles import meldinger

    vist: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: vist.append(self) or 0)
    meldinger.feil(None, "Tittel", f"Kan ikke lese «{MARKUP}».")
    assert vist and vist[0].textFormat() == Qt.TextFormat.PlainText
