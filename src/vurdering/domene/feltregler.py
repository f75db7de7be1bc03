"""Én regel per felt i en vurdering: enhet, distrikt, moduler, dato, roller, språk, tekster, kommuner.

Dialogen «Ny vurdering», `vurdering ny`, `vurdering samle` og brukstilfellene i
`vurdering.tjenester` kontrollerer feltene med de samme funksjonene, så samme inndata
godtas eller avvises likt overalt. Hver funksjon gir den rensede verdien eller kaster
`Feltfeil` (en `ValueError`) med én norsk setning og navnet på feltet.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from vurdering.domene import distrikter, regler
from vurdering.domene.kommuner import KommuneFeil, Kommuneliste, last_kommuner, velg_kommuner
from vurdering.domene.modell import Deltaker, TiltakStatus, VurderingType

if TYPE_CHECKING:  # banken (pydantic) lastes ikke for å kontrollere et felt; vinduet starter raskere uten
    from vurdering.domene.bank import Bank

#: Første dato en vurdering kan ha; eldre datoer er skrivefeil («0001-01-01»).
FORSTE_DATO = date(2000, 1, 1)
SPRAK = regler.SPRAK
MINSTE_NIVA, HOYESTE_NIVA = regler.NIVA_MIN, regler.NIVA_MAKS


class Feltfeil(ValueError):
    """Et felt har en verdi som ikke kan brukes. `felt` er feltets navn i koden (f.eks. «enhet»)."""

    def __init__(self, felt: str, melding: str) -> None:
        super().__init__(melding)
        self.felt = felt


@dataclass(frozen=True, slots=True)
class Tekstfelt:
    """Et fritekstfelt: navnet slik det står først i en setning, lengdegrensen og kjønnet."""

    felt: str
    navn: str
    maks: int
    intetkjonn: bool = False

    def for_lang(self, lengde: int) -> str:
        lang = "langt" if self.intetkjonn else "lang"
        return f"{self.navn} er for {lang}: høyst {self.maks} tegn, ikke {lengde}."


ENHET = Tekstfelt("enhet", "Enhetens navn", 200, intetkjonn=True)
ROLLE = Tekstfelt("rolle", "Rollen", 200)
NAVN = Tekstfelt("navn", "Navnet", 200, intetkjonn=True)
MERKING = Tekstfelt("merking", "Merkingen", regler.MERKING_MAKS)
KOMMENTAR = Tekstfelt("kommentar", "Kommentaren", 100_000)
KILDE = Tekstfelt("kilde", "Kildenotatet", 100_000, intetkjonn=True)
GRUNN = Tekstfelt("grunn", "Begrunnelsen", 100_000)
DISSENS = Tekstfelt("dissens", "Dissensnotatet", 100_000, intetkjonn=True)
TILTAK = Tekstfelt("tiltak", "Tiltaket", 5_000, intetkjonn=True)
EIER = Tekstfelt("eier_rolle", "Ansvarlig rolle", 200)
KONKLUSJON = Tekstfelt("konklusjon", "Konklusjonen", 4_000)
SIGNATUR_NAVN = Tekstfelt("signatur_navn", "Navnet i signaturen", 200, intetkjonn=True)
SIGNATUR_ROLLE = Tekstfelt("signatur_rolle", "Rollen i signaturen", 200)


#: Kontrolltegnene `rens` fjerner: alle under 32 unntatt linjeskift og tab, og DEL.
_KONTROLLTEGN: dict[int, None] = {c: None for c in [*range(32), 127] if chr(c) not in "\n\t"}


def rens(tekst: str) -> str:
    """Fjern kontrolltegn (unntatt linjeskift og tab), som ellers ødelegger rapporter og filer."""
    return tekst.translate(_KONTROLLTEGN)


def tekst(verdi: object, felt: Tekstfelt) -> str:
    """Renset tekst innen lengdegrensen (mellomrom rundt beholdes; tom tekst er lov)."""
    if not isinstance(verdi, str):
        raise Feltfeil(felt.felt, f"{felt.navn} må være tekst.")
    renset = rens(verdi)
    if len(renset) > felt.maks:
        raise Feltfeil(felt.felt, felt.for_lang(len(renset)))
    return renset


def enhet(navn: object) -> str:
    """Enhetens navn: påkrevd, uten mellomrom rundt, høyst 200 tegn."""
    renset = tekst(navn, ENHET).strip()
    if not renset:
        raise Feltfeil(ENHET.felt, "Skriv inn navnet på enheten.")
    return renset


def distrikt(navn: object) -> str:
    """Det offisielle navnet på et politidistrikt eller særorgan («vest» → «Vest politidistrikt»)."""
    funnet = distrikter.finn(navn) if isinstance(navn, str) else None
    if funnet is None:
        vist = navn if isinstance(navn, str) else ""
        raise Feltfeil(
            "distrikt",
            f"Ukjent distrikt «{vist[:80]}». Velg et politidistrikt (for eksempel «Vest») eller et særorgan.",
        )
    return funnet


def moduler(bank: Bank, valgte: Iterable[str] | None) -> list[str]:
    """Modulene i bankens rekkefølge, temaene alltid med. `None`: bare de fire temaene.

    Id-ene kan skrives med små bokstaver og mellomrom rundt («etr, bu»).
    """
    ider = [m.strip().upper() for m in (valgte or ()) if m.strip()]
    ukjente = [m for m in ider if not bank.har_modul(m)]
    if ukjente:
        raise Feltfeil(
            "moduler",
            f"Ukjent modul: {', '.join(u[:20] for u in ukjente[:10])}. "
            f"Kjente moduler: {', '.join(m.id for m in bank.moduler)}.",
        )
    med = set(ider) | {m.id for m in bank.temamoduler}
    return [m.id for m in bank.moduler if m.id in med]


def siste_dato(i_dag: date | None = None, ar_fram: int = 1) -> date:
    """Seneste dato en vurdering kan ha: ett år fram fra i dag (en tiltaksfrist: ti år)."""
    d = i_dag or date.today()
    try:
        return d.replace(year=d.year + ar_fram)
    except ValueError:  # 29. februar
        return d.replace(year=d.year + ar_fram, day=28)


def dato(verdi: object, i_dag: date | None = None, ar_fram: int = 1) -> str:
    """En dato som ISO-tekst, fra 2000-01-01 til ett år fram. `None` eller tom tekst: i dag."""
    from vurdering.domene import formater

    if verdi is None or verdi == "":
        return (i_dag or date.today()).isoformat()
    if isinstance(verdi, date):
        d = verdi
    elif isinstance(verdi, str):
        try:
            d = date.fromisoformat(verdi.strip())
        except ValueError:
            raise Feltfeil("dato", f"Ugyldig dato «{verdi[:40]}». Skriv ÅÅÅÅ-MM-DD.") from None
    else:
        raise Feltfeil("dato", "Datoen må være en dato (ÅÅÅÅ-MM-DD).")
    siste = siste_dato(i_dag, ar_fram)
    if not FORSTE_DATO <= d <= siste:
        fram = "ett år" if ar_fram == 1 else f"{ar_fram} år"
        raise Feltfeil(
            "dato",
            f"Datoen {d.isoformat()} er utenfor det som kan brukes: fra "
            f"{formater.dato(FORSTE_DATO.isoformat())} til {formater.dato(siste.isoformat())} ({fram} fram).",
        )
    return d.isoformat()


def valgfri_dato(verdi: object, felt: str = "frist", navn: str = "Fristen", ar_fram: int = 1) -> str:
    """Tom (ingen dato) eller en dato etter samme regel som vurderingens; `navn` står først i meldingen."""
    if verdi is None or verdi == "":
        return ""
    try:
        return dato(verdi, ar_fram=ar_fram)
    except Feltfeil as e:
        raise Feltfeil(felt, str(e).replace("Datoen", navn, 1)) from None


def frist(verdi: object) -> str:
    """Fristen for et tiltak: tom (ingen frist) eller en dato fra 2000 til ti år fram."""
    return valgfri_dato(verdi, "frist", "Fristen", ar_fram=10)


def deltakere(liste: Iterable[Deltaker]) -> list[Deltaker]:
    """Deltakerne med rensede roller og navn; en deltaker uten rolle tas ikke med."""
    ut = []
    for d in liste:
        rolle = tekst(d.rolle, ROLLE).strip()
        navn = tekst(d.navn, NAVN).strip()
        if rolle:
            ut.append(Deltaker(rolle, navn, d.id))
    return ut


def roller(kommaliste: str) -> list[Deltaker]:
    """Deltakere fra en kommaliste med roller («Stasjonssjef, Politikontakt»)."""
    return deltakere(Deltaker(r) for r in kommaliste.split(","))


def sprak(verdi: object) -> str:
    """Rapportspråket: «nb» (bokmål) eller «nn» (nynorsk)."""
    if verdi not in SPRAK:
        raise Feltfeil("sprak", "Språket må være nb (bokmål) eller nn (nynorsk).")
    return str(verdi)


def vurderingstype(verdi: object) -> VurderingType:
    """Individuell, samling eller samlet."""
    try:
        return VurderingType(str(verdi))
    except ValueError:
        raise Feltfeil("type", "Typen må være individuell, samling eller samlet.") from None


def niva(verdi: object, felt: str = "niva") -> int:
    """Et nivå (svar eller mål): et helt tall fra 0 til 4."""
    if isinstance(verdi, bool) or not isinstance(verdi, int) or not MINSTE_NIVA <= verdi <= HOYESTE_NIVA:
        navn = "Målnivået" if felt == "mal" else "Nivået"
        raise Feltfeil(felt, f"{navn} må være et helt tall fra {MINSTE_NIVA} til {HOYESTE_NIVA}.")
    return verdi


def tiltakstatus(verdi: object) -> TiltakStatus:
    """Status for et tiltak: ikke_startet, pagar, fullfort eller forkastet."""
    try:
        return TiltakStatus(str(verdi))
    except ValueError:
        gyldige = ", ".join(s.value for s in TiltakStatus)
        raise Feltfeil("status", f"Ukjent status «{str(verdi)[:40]}». Velg blant {gyldige}.") from None


def _med_forslag(feil: str, liste: Kommuneliste) -> str:
    """Feilen fra kommunelista, med «mente du …?» når et ukjent navn ligner på noen."""
    if feil.startswith("Ukjent kommune") and "«" in feil:
        navn = feil.split("«", 1)[1].rstrip("»")
        nare = liste.liknende(navn)
        if nare:
            return f"{feil}; mente du {' eller '.join(f'«{n}»' for n in nare)}?"
    return feil


def kommuner(navn: Iterable[str], liste: Kommuneliste | None = None) -> tuple[str, ...]:
    """Kommunene en vurdering besvares for, som navnene vurderingen lagrer (`Kommuneliste.visningsnavn`).

    Tomme navn hoppes over; ukjente navn (med forslag til nære navn), navn som finnes i flere
    fylker uten fylke og samme kommune to ganger avvises, alle i én `Feltfeil`.
    """
    liste = liste or last_kommuner()
    rene = [" ".join(str(n).split()) for n in navn if str(n).strip()]
    try:
        valgt = velg_kommuner(rene, liste)
    except KommuneFeil as e:
        melding = "; ".join(_med_forslag(f, liste) for f in e.feil)
        raise Feltfeil("kommuner", melding if melding.endswith("?") else melding + ".") from None
    return tuple(liste.visningsnavn(k) for k in valgt)


def kommune_i_vurderingen(navn: object, valgte: Iterable[str], liste: Kommuneliste | None = None) -> str:
    """Én av vurderingens kommuner (`valgte`), skrevet med eller uten fylke og i små eller store bokstaver."""
    valgte = tuple(valgte)
    tekst = " ".join(str(navn).split())
    if not valgte:
        raise Feltfeil("kommune", "Vurderingen har ingen kommuner; velg kommunene først.")
    for k in valgte:
        if k.casefold() == tekst.casefold():
            return k
    (kommune,) = kommuner([tekst], liste)
    if kommune not in valgte:
        raise Feltfeil("kommune", f"Kommunen «{kommune}» er ikke med i vurderingen. Med er: {', '.join(valgte)}.")
    return kommune
