"""Samling: det prosesslederen styrer når en gruppe stemmer over nivåene.

`Samlingsokt` holder rede på hvilken indikator som vises, stemmene (lagret straks, hver
endring i sin egen transaksjon), forslaget fra `domene.samling.konsensus` og det valgte
nivået, som blir vurderingens svar. Indikatorer med uenighet kommer først. Økten vet
ingenting om Qt; vinduene i `gui.samling` bygger på den.
"""

from __future__ import annotations

from vurdering.domene.bank import Indikator, Modul
from vurdering.domene.modell import Svar
from vurdering.domene.samling import Konsensus, konsensus, uenighet_forst
from vurdering.lagring import repository as repo
from vurdering.lagring.database import Database, DatabaseFeil
from vurdering.tjenester.vurderinger import kan_endres

TOM: tuple[int, int, int, int, int] = (0, 0, 0, 0, 0)


class Samlingsokt:
    """Én samling på én vurdering: navigering, stemmer og valgt nivå.

    Rekkefølgen settes når økten åpnes: indikatorer med uenighet i de lagrede stemmene
    først, så resten i bankens rekkefølge. Den endres ikke underveis, så «neste» alltid
    betyr det samme for gruppen.
    """

    def __init__(self, db: Database, vurdering_id: int) -> None:
        self.db = db
        self.vurdering_id = vurdering_id
        self.vurdering = repo.hent_vurdering(db, vurdering_id)
        self.bank = repo.hent_bank(db, vurdering_id)
        self._svar = repo.hent_svar(db, vurdering_id)
        self._fordeling = repo.hent_alle_stemmer(db, vurdering_id)
        self._deltakere: dict[str, dict[int, int]] = {}
        alle = [i.id for m in self.vurdering.moduler for i in self.bank.modul(m).indikatorer]
        if not alle:
            raise DatabaseFeil("Vurderingen har ingen indikatorer å samle stemmer om.")
        self.rekkefolge = uenighet_forst(alle, self._fordeling)
        self.indeks = 0

    # --- hvor vi er ---

    @property
    def antall(self) -> int:
        return len(self.rekkefolge)

    @property
    def indikator_id(self) -> str:
        return self.rekkefolge[self.indeks]

    @property
    def indikator(self) -> Indikator:
        return self.bank.indikator(self.indikator_id)

    @property
    def modul(self) -> Modul:
        return self.bank.modul(self.indikator.modul_id)

    def ga_til(self, mal: int | str) -> bool:
        """Gå til en plass (0 …) eller en indikator-id; False når den ikke finnes."""
        if isinstance(mal, str):
            if mal not in self.rekkefolge:
                return False
            mal = self.rekkefolge.index(mal)
        if not 0 <= mal < self.antall:
            return False
        self.indeks = mal
        return True

    def neste(self) -> bool:
        return self.ga_til(self.indeks + 1)

    def forrige(self) -> bool:
        return self.ga_til(self.indeks - 1)

    # --- stemmer og forslag ---

    def fordeling(self, indikator_id: str | None = None) -> tuple[int, int, int, int, int]:
        return self._fordeling.get(indikator_id or self.indikator_id, TOM)

    def konsensus(self, indikator_id: str | None = None) -> Konsensus:
        return konsensus(self.fordeling(indikator_id))

    def svar(self, indikator_id: str | None = None) -> Svar | None:
        return self._svar.get(indikator_id or self.indikator_id)

    def deltakerstemmer(self, indikator_id: str | None = None) -> dict[int, int]:
        ind = indikator_id or self.indikator_id
        if ind not in self._deltakere:
            self._deltakere[ind] = repo.hent_deltakerstemmer(self.db, self.vurdering_id, ind)
        return dict(self._deltakere[ind])

    def flaggede(self) -> list[str]:
        """Indikatorene med uenighet nå, i gjennomgangsrekkefølgen."""
        return [i for i in self.rekkefolge if self.konsensus(i).uenighet]

    def besvart(self) -> int:
        return sum(1 for i in self.rekkefolge if i in self._svar)

    def _kan_endres(self) -> None:
        kan_endres(self.vurdering, "stemmer og svar")

    def legg_til(self, niva: int) -> tuple[int, int, int, int, int]:
        """Én stemme til på `niva` (0–4), lagret straks."""
        _sjekk_niva(niva)
        self._kan_endres()
        f = list(self.fordeling())
        f[niva] += 1
        return self._lagre(f)

    def fjern(self, niva: int) -> tuple[int, int, int, int, int]:
        """Én stemme mindre på `niva`; var den en deltakers stemme, fjernes den der også."""
        _sjekk_niva(niva)
        self._kan_endres()
        f = list(self.fordeling())
        if f[niva] == 0:
            return self.fordeling()
        deltakere = self.deltakerstemmer()
        paa_niva = sorted(nr for nr, n in deltakere.items() if n == niva)
        if len(paa_niva) >= f[niva]:
            return self.sett_deltakerstemme(paa_niva[-1], None)
        f[niva] -= 1
        return self._lagre(f)

    def sett_deltakerstemme(self, deltaker: int, niva: int | None) -> tuple[int, int, int, int, int]:
        """Sett (eller fjern) stemmen til anonym deltaker nr. `deltaker`, lagret straks."""
        if niva is not None:
            _sjekk_niva(niva)
        self._kan_endres()
        ind = self.indikator_id
        ny = repo.lagre_deltakerstemme(self.db, self.vurdering_id, ind, deltaker, niva)
        self._fordeling[ind] = ny
        d = self._deltakere.setdefault(ind, {})
        if niva is None:
            d.pop(deltaker, None)
        else:
            d[deltaker] = niva
        return ny

    def _lagre(self, f: list[int]) -> tuple[int, int, int, int, int]:
        ny = (f[0], f[1], f[2], f[3], f[4])
        repo.lagre_stemmer(self.db, self.vurdering_id, self.indikator_id, ny)
        self._fordeling[self.indikator_id] = ny
        return ny

    def godta(self, niva: int, dissens: str = "", kommentar: str = "") -> Svar:
        """Gruppens valgte nivå blir svaret, med dissensnotat og kommentar; stemmene står ved siden av."""
        _sjekk_niva(niva)
        self._kan_endres()
        gammel = self.svar()
        svar = Svar.med_niva(
            self.indikator_id,
            niva,
            grunnlag=gammel.grunnlag if gammel else None,
            kilde=gammel.kilde if gammel else "",
            rolle=gammel.rolle if gammel else "",
            kommentar=kommentar,
            dissens=dissens,
        )
        repo.lagre_svar(self.db, self.vurdering_id, svar, self.bank)
        f = self._fordeling.get(self.indikator_id)
        self._svar[self.indikator_id] = Svar.med_niva(
            svar.indikator_id,
            niva,
            grunnlag=svar.grunnlag,
            kilde=svar.kilde,
            rolle=svar.rolle,
            kommentar=kommentar,
            dissens=dissens,
            stemmer=f,
        )
        return self._svar[self.indikator_id]


def _sjekk_niva(niva: int) -> None:
    if not isinstance(niva, int) or isinstance(niva, bool) or not 0 <= niva <= 4:
        raise ValueError("Nivået må være et helt tall fra 0 til 4.")
