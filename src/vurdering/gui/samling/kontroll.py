"""Kontrollen mellom samlingsøkten og de to vinduene (prosessleder og prosjektor).

`Samlingskontroll` eier `Samlingsokt` (lagring og konsensus), om fordelingen er vist, og
tidtakeren. Begge vinduene lytter på de samme signalene, så prosjektoren alltid viser det
prosesslederen har bestemt. Feil fra lagringen blir signalet `feil` med en norsk melding.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, QTimer, Signal

from vurdering.domene.modell import Svar
from vurdering.lagring.database import DatabaseFeil
from vurdering.tjenester.samling import Samlingsokt

T = TypeVar("T")


class Samlingskontroll(QObject):
    """Tilstanden i en samling.

    Signaler:
    - `indikator_endret()`: en annen indikator vises (fordelingen er da skjult igjen).
    - `stemmer_endret()`: fordelingen for indikatoren som vises, er endret og lagret.
    - `vist_endret(bool)`: fordelingen er vist (True) eller skjult på prosjektoren.
    - `svar_lagret(str)`: valgt nivå er lagret som svar for indikatoren (id).
    - `tid_endret(int)`: sekunder igjen på tidtakeren; −1 når den ikke går.
    - `feil(str)`: noe kunne ikke lagres; meldingen kan vises som den er.
    """

    indikator_endret = Signal()
    stemmer_endret = Signal()
    vist_endret = Signal(bool)
    svar_lagret = Signal(str)
    tid_endret = Signal(int)
    feil = Signal(str)

    def __init__(self, okt: Samlingsokt, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.okt = okt
        self._vist = False
        self._igjen = -1
        self._klokke = QTimer(self)
        self._klokke.setInterval(1000)
        self._klokke.timeout.connect(self._tikk)

    @property
    def vist(self) -> bool:
        return self._vist

    @property
    def sekunder_igjen(self) -> int:
        return self._igjen

    # --- navigering ---

    def ga_til(self, mal: int | str) -> bool:
        if not self.okt.ga_til(mal):
            return False
        self._etter_flytting()
        return True

    def neste(self) -> bool:
        if not self.okt.neste():
            return False
        self._etter_flytting()
        return True

    def forrige(self) -> bool:
        if not self.okt.forrige():
            return False
        self._etter_flytting()
        return True

    def _etter_flytting(self) -> None:
        self._vist = False
        self.indikator_endret.emit()
        self.vist_endret.emit(False)

    # --- stemmer ---

    def _prov(self, handling: Callable[[], T]) -> T | None:
        try:
            return handling()
        except (DatabaseFeil, ValueError) as e:
            self.feil.emit(str(e))
            return None

    def legg_til(self, niva: int) -> None:
        if self._prov(lambda: self.okt.legg_til(niva)) is not None:
            self.stemmer_endret.emit()

    def fjern(self, niva: int) -> None:
        if self._prov(lambda: self.okt.fjern(niva)) is not None:
            self.stemmer_endret.emit()

    def sett_deltakerstemme(self, deltaker: int, niva: int | None) -> None:
        if self._prov(lambda: self.okt.sett_deltakerstemme(deltaker, niva)) is not None:
            self.stemmer_endret.emit()

    # --- vis / skjul ---

    def vis(self, vist: bool = True) -> None:
        if vist != self._vist:
            self._vist = vist
            self.vist_endret.emit(vist)

    def veksle_vis(self) -> None:
        self.vis(not self._vist)

    # --- konsensus ---

    def godta(self, niva: int, dissens: str = "", kommentar: str = "") -> Svar | None:
        """Lagre valgt nivå som svar. Gir svaret, eller None når det ikke kunne lagres."""
        svar = self._prov(lambda: self.okt.godta(niva, dissens, kommentar))
        if svar is not None:
            self.svar_lagret.emit(svar.indikator_id)
        return svar

    # --- tidtaker ---

    def start_tid(self, sekunder: int) -> None:
        self._igjen = max(0, int(sekunder))
        self._klokke.start()
        self.tid_endret.emit(self._igjen)

    def stopp_tid(self) -> None:
        self._klokke.stop()
        self._igjen = -1
        self.tid_endret.emit(-1)

    def _tikk(self) -> None:
        if self._igjen > 0:
            self._igjen -= 1
        if self._igjen == 0:
            self._klokke.stop()
        self.tid_endret.emit(self._igjen)


def klokketekst(sekunder: int) -> str:
    """125 → «2:05»."""
    return f"{sekunder // 60}:{sekunder % 60:02d}"
