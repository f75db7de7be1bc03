"""Programlås: bare ett Forkant-vindu om gangen på samme databasefil.

Hver lagring er én transaksjon, så to prosesser ødelegger aldri filen. Men to vinduer
som viser samme vurdering, kunne skrive over hverandres svar uten å vite det. Derfor tar
vinduet en eksklusiv lås på `FIL.laas` ved siden av databasen; et vindu nummer to får en
tydelig beskjed i stedet. Låsen slippes av operativsystemet når prosessen dør. Låsen tas
på den virkelige stien (lenker fulgt), og låsfilen er lesbar bare for eieren.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from types import TracebackType

from vurdering.lagring.database import DatabaseFeil, bare_eieren
from vurdering.plattform.filer import feilmelding


class DatabaseIBruk(DatabaseFeil):
    pass


class Programlaas:
    def __init__(self, db_sti: Path) -> None:
        # Den virkelige stien: en lenke og filen den peker på, tar samme lås.
        self.sti = Path(f"{Path(db_sti).expanduser().resolve()}.laas")
        self._fd: int | None = None

    def ta(self) -> None:
        """Ta låsen, eller kast `DatabaseIBruk` hvis et annet vindu har den."""
        try:
            self.sti.parent.mkdir(parents=True, exist_ok=True)  # første start: datamappen finnes ikke ennå
            fd = os.open(self.sti, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as e:
            raise DatabaseFeil(f"Kan ikke opprette låsfilen: {feilmelding(e, self.sti, 'opprette')}") from e
        bare_eieren(self.sti)
        try:
            _las(fd)
        except OSError:
            os.close(fd)
            raise DatabaseIBruk(
                f"Databasen {self.sti.with_suffix('').name} er allerede åpen i et annet Forkant-vindu. "
                "Lukk det andre vinduet først, eller åpne en annen fil."
            ) from None
        self._fd = fd

    def slipp(self) -> None:
        if self._fd is not None:
            try:
                _las_opp(self._fd)
            finally:
                os.close(self._fd)
                self._fd = None

    def __enter__(self) -> Programlaas:
        self.ta()
        return self

    def __exit__(self, t: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None) -> None:
        self.slipp()


if sys.platform == "win32":  # pragma: no cover - testes på Windows
    import msvcrt

    def _las(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _las_opp(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _las(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _las_opp(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
