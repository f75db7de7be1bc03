"""Hovedvinduets innganger til oversikten, utviklingen, enhetene og «Importer mappe…».

Hovedvinduet kaller `legg_til_import(vindu, fil)` der importen står i Fil-menyen og
`lag_enhetsmeny(vindu, meny)` for menyen «Enheter». Vinduene importeres først når de
åpnes, så oppstarten ikke blir tregere.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from vurdering.gui.felles import meldinger

if TYPE_CHECKING:
    from vurdering.gui.hovedvindu import Hovedvindu
    from vurdering.gui.oversikt.enheter import Enhetsdialog
    from vurdering.gui.oversikt.vindu import Oversiktsvindu
    from vurdering.gui.utvikling.side import Utviklingsvindu


def legg_til_import(vindu: Hovedvindu, fil: QMenu) -> None:
    """«Importer mappe…» i Fil-menyen."""
    vindu._handling(fil, QCoreApplication.translate("meny", "Importer mappe…"), lambda: importer_mappe(vindu))


def lag_enhetsmeny(vindu: Hovedvindu, meny: QMenu) -> None:
    """Menyen «Enheter»: oversikten, utviklingen for valgt vurdering og enhetene."""
    vindu._handling(
        meny,
        QCoreApplication.translate("meny", "Oversikt over enhetene…"),
        lambda: vis_oversikt(vindu),
        QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_O),
    )
    vindu._handling(
        meny,
        QCoreApplication.translate("meny", "Utvikling for enheten…"),
        lambda: vis_utvikling(vindu),
        QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_U),
    )
    meny.addSeparator()
    vindu._handling(
        meny, QCoreApplication.translate("meny", "Gi nytt navn eller slå sammen…"), lambda: vis_enheter(vindu)
    )


def importer_mappe(vindu: Hovedvindu) -> list[int]:
    from vurdering.gui.filer import importer_mappe_dialog

    ider = importer_mappe_dialog(vindu, vindu.db)
    vindu.startside.oppdater()
    if ider:
        vindu.startside.velg(ider[0])
    return ider


def _valgt_vurdering(vindu: Hovedvindu) -> int | None:
    if vindu.veiviser is not None:
        return vindu.veiviser.vurdering_id
    return vindu.startside.valgt_id()


def _apne_fra(vindu: Hovedvindu, vurdering_id: int) -> None:
    if vindu.veiviser is not None:
        vindu.vis_start()
        if vindu.veiviser is not None:
            return  # brukeren ble stående i vurderingen (noe var ikke lagret)
    vindu.apne_vurdering(vurdering_id)
    vindu.raise_()
    vindu.activateWindow()


def vis_oversikt(vindu: Hovedvindu) -> Oversiktsvindu:
    from vurdering.gui.oversikt.vindu import Oversiktsvindu

    o = Oversiktsvindu(vindu.db, vindu)
    o.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    o.apne.connect(lambda vid: _apne_fra(vindu, vid))
    o.utvikling.connect(lambda vid: _utvikling_for(vindu, vid, o))
    o.show()
    return o


def _utvikling_for(vindu: Hovedvindu, vurdering_id: int, forelder: QWidget | None = None) -> Utviklingsvindu:
    from vurdering.gui.utvikling.side import Utviklingsvindu

    u = Utviklingsvindu(vindu.db, vurdering_id, forelder or vindu)
    u.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    u.show()
    return u


def vis_utvikling(vindu: Hovedvindu) -> Utviklingsvindu | None:
    """Utviklingen for enheten i den åpne (eller på startsiden valgte) vurderingen."""
    vid = _valgt_vurdering(vindu)
    if vid is None:
        meldinger.info(
            vindu,
            QCoreApplication.translate("meny", "Utvikling for enheten"),
            QCoreApplication.translate("meny", "Velg en vurdering på startsiden først, så vises enhetens utvikling."),
        )
        return None
    if vindu.veiviser is not None:
        vindu.veiviser.lagre_alt()
    return _utvikling_for(vindu, vid)


def vis_enheter(vindu: Hovedvindu) -> Enhetsdialog:
    from vurdering.gui.oversikt.enheter import Enhetsdialog

    d = Enhetsdialog(vindu.db, vindu)
    d.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    d.endret.connect(vindu.startside.oppdater)
    d.open()
    return d
