"""Eksport og import av .forkant-filer mot databasen (formatet står i `domene.forkantfil`).

Eksporten leser én vurdering med bankøyeblikksbildet, svar, stemmer, tiltak, svar per kommune og problemer; hver
vurdering og enhet får en fast UUID første gang den eksporteres. Importen sjekker hver
fil (kjent bank, ikke importert før, ikke to ganger i samme import) og skriver den med
funksjonene i `lagring.importering`, inne i importens ene ytre transaksjon.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from pydantic import ValidationError

from vurdering import __version__
from vurdering.domene import distrikter
from vurdering.domene.bank import Bank
from vurdering.domene.forkantfil import (
    FilDeltaker,
    FilDeltakerstemme,
    FilKommunesvar,
    FilModul,
    FilProblem,
    FilSignatur,
    FilStemmer,
    FilSvar,
    FilTiltak,
    FilVurdering,
    Forkantfil,
    UtvekslingFeil,
    bank_sjekksum,
    kanonisk_uuid,
    ny_id,
    versjon_for,
)
from vurdering.domene.modell import Tiltak, TiltakStatus
from vurdering.domene.regler import sprak_eller_standard
from vurdering.domene.utveksling import bankforskjell, ulike_felt
from vurdering.lagring import importering
from vurdering.lagring import problemer as problemlager
from vurdering.lagring import repository as repo
from vurdering.lagring.database import Database, UkjentVurdering, skriving
from vurdering.plattform.filer import FilFeil, skriv_atomisk


def program_navn() -> str:
    return f"Forkant {__version__}"


# --- id ---------------------------------------------------------------------------------------


def vurderingens_uuid(db: Database, vurdering_id: int) -> str:
    """Vurderingens faste id i filer; lages og lagres første gang den trengs."""
    rader = db._les("SELECT uuid FROM vurdering WHERE id = ?", (vurdering_id,))
    if not rader:
        raise UkjentVurdering(f"Fant ingen vurdering med id {vurdering_id}.")
    if rader[0][0]:
        return kanonisk_uuid(str(rader[0][0])) or str(rader[0][0])
    with skriving(db) as conn:
        conn.execute("UPDATE vurdering SET uuid = ? WHERE id = ? AND uuid IS NULL", (ny_id(), vurdering_id))
        verdi = conn.execute("SELECT uuid FROM vurdering WHERE id = ?", (vurdering_id,)).fetchone()[0]
    return str(verdi)


# --- eksport ----------------------------------------------------------------------------------


def lag_fil(db: Database, vurdering_id: int) -> Forkantfil:
    """Vurderingen med alt som hører til, som innholdet i en .forkant-fil (nyeste versjon)."""
    v = repo.hent_vurdering(db, vurdering_id)
    bank = repo.hent_bank(db, vurdering_id)
    svar = repo.hent_svar(db, vurdering_id)
    tekst = repo.hent_tekstfelt(db, vurdering_id)
    endret = db._les("SELECT endret FROM vurdering WHERE id = ?", (vurdering_id,))[0][0]
    fordelinger = repo.hent_alle_stemmer(db, vurdering_id)
    per_deltaker: dict[str, list[FilDeltakerstemme]] = {}
    for r in db._les(
        "SELECT indikator_id, deltaker, niva FROM deltakerstemme WHERE vurdering_id = ? ORDER BY indikator_id, deltaker",
        (vurdering_id,),
    ):
        per_deltaker.setdefault(r[0], []).append(FilDeltakerstemme(deltaker=r[1], niva=r[2]))
    rekkefolge = {i.id: n for n, i in enumerate(i for m in bank.moduler for i in m.indikatorer)}
    problemer = problemlager.hent_problemer(db, vurdering_id)
    problem_nr = {p.id: nr for nr, p in enumerate(problemer, 1)}
    problem_for_tiltak = {
        t: problem_nr[pid] for pid, tiltak in problemlager.tiltak_per_problem(db, vurdering_id).items() for t in tiltak
    }
    per_kommune = repo.hent_kommunesvar(db, vurdering_id)
    kommunesvar = [  # bare for vurderingens kommuner; svar for en kommune som er tatt ut, blir hjemme
        FilKommunesvar.fra_svar(k, per_kommune[ind][k])
        for ind in sorted(per_kommune, key=lambda i: rekkefolge.get(i, len(rekkefolge)))
        for k in v.kommuner
        if k in per_kommune[ind]
    ]
    try:
        return Forkantfil(
            format="forkant",
            versjon=versjon_for(v.kommuner, kommunesvar, problemer),
            id=vurderingens_uuid(db, vurdering_id),
            laget=repo.na(),
            program=program_navn(),
            vurdering=FilVurdering(
                enhet=v.enhet.navn,
                enhet_id=importering.enhetens_uuid(db, v.enhet.id),
                distrikt=v.enhet.distrikt,
                dato=v.dato,
                type=v.type.value,
                status=v.status.value,
                sprak=sprak_eller_standard(v.sprak),
                merking=tekst["merking"],
                konklusjon=tekst["konklusjon"],
                signatur=FilSignatur(
                    navn=tekst["signatur_navn"], rolle=tekst["signatur_rolle"], dato=tekst["signatur_dato"]
                ),
                opprettet=v.opprettet,
                endret=endret,
                moduler=[FilModul(id=m, mal=v.mal[m]) for m in v.moduler],
                deltakere=[FilDeltaker(rolle=d.rolle, navn=d.navn) for d in v.deltakere],
                kommuner=list(v.kommuner),
            ),
            svar=[
                FilSvar.fra_svar(s)
                for s in sorted(svar.values(), key=lambda s: rekkefolge.get(s.indikator_id, len(rekkefolge)))
            ],
            stemmer=[
                FilStemmer(indikator=ind, fordeling=list(f), deltakere=per_deltaker.get(ind, []))
                for ind, f in sorted(fordelinger.items(), key=lambda x: rekkefolge.get(x[0], len(rekkefolge)))
            ],
            tiltak=[
                FilTiltak(
                    tekst=t.tekst,
                    eier_rolle=t.eier_rolle,
                    frist=t.frist,
                    status=t.status.value,
                    indikator=t.indikator_id,
                    kommentar=t.kommentar,
                    problem=problem_for_tiltak.get(t.id or -1),
                )
                for t in repo.hent_tiltak(db, vurdering_id)
            ],
            kommunesvar=kommunesvar,
            problemer=[FilProblem.fra_problem(p) for p in problemer],
            bank=bank,
        )
    except ValidationError as e:
        raise UtvekslingFeil([f"Vurdering {vurdering_id} kan ikke eksporteres: {e.errors()[0]['msg']}"]) from None


def skriv_fil(data: bytes, sti: Path | str) -> Path:
    """Skriv filen atomisk: en halvskrevet fil blir aldri liggende under det endelige navnet."""
    sti = Path(sti)
    if sti.is_dir():
        raise UtvekslingFeil([f"{sti} er en mappe; oppgi et filnavn, for eksempel vurdering.forkant."])
    try:
        return skriv_atomisk(sti, data)
    except FilFeil as e:
        raise UtvekslingFeil([f"{e} Filen ble ikke skrevet."]) from None


# --- import -----------------------------------------------------------------------------------


def _moduler_kjent(bank: Bank, kjente_banker: Sequence[Bank]) -> bool:
    """Banken bygger på en kjent bank med samme id og versjon.

    Bankens egne felt og hver modul den har felles med den kjente banken er like; moduler den
    kjente banken ikke har, er et annet distrikts egne moduler, som følger filen: en oversikt
    over flere distrikter må kunne lese dem. En modul med en kjent id, men et annet innhold,
    godtas ikke – da er noe endret.
    """
    samme = [
        k
        for k in kjente_banker
        if (k.id, k.versjon) == (bank.id, bank.versjon) and not ulike_felt(bank, k, {"moduler"})
    ]
    if not samme:
        return False
    for m in bank.moduler:
        kjente = [k.modul(m.id) for k in samme if k.har_modul(m.id)]
        if kjente and m not in kjente:
            return False
    return True


def sjekk_bank(db: Database, navn: str, fil: Forkantfil, kjente_banker: Sequence[Bank]) -> str | None:
    """Feilmeldingen når filens bank verken er kjent, i databasen eller laget av kjente moduler.

    Kjente banker er den medfølgende og den med databasens egne moduler (`egne-moduler/`).
    """
    sjekksum = fil.bank_sjekksum
    if any(bank_sjekksum(b) == sjekksum for b in kjente_banker) or sjekksum in importering.kjente_sjekksummer(db):
        return None
    b = fil.bank
    if _moduler_kjent(b, kjente_banker):
        return None
    samme = [k for k in kjente_banker if (k.id, k.versjon) == (b.id, b.versjon)]
    if samme:
        # den kjente banken som ligner mest: færrest forskjeller, helst en med filens moduler
        ulik = min((bankforskjell(b, k) for k in samme), key=lambda f: (len(f), sum("finnes ikke" in x for x in f)))
        return (
            f"{navn}: spørsmålsbanken i filen («{b.id}» versjon {b.versjon}) er ikke lik banken med samme versjon "
            f"her: {'; '.join(ulik[:3])}. Filen er ikke importert."
        )
    kjente = ", ".join(sorted({f"{k.id} {k.versjon}" for k in kjente_banker})) or "ingen"
    return (
        f"{navn}: er laget med spørsmålsbanken «{b.id}» versjon {b.versjon}, som denne Forkant ikke har "
        f"(kjent: {kjente}). Bruk en Forkant med samme bankversjon, eller be om en ny fil."
    )


def sjekk_fil(
    db: Database, navn: str, fil: Forkantfil, kjente_banker: Sequence[Bank], sett: dict[str, str]
) -> list[str]:
    """Alt som hindrer import av én fil: ukjent bank, dobbel import, samme vurdering to ganger."""
    feil: list[str] = []
    if fil.id in sett:
        feil.append(f"{navn}: er den samme vurderingen som {sett[fil.id]}; den kan bare importeres én gang.")
    else:
        finnes = importering.finn_vurdering_med_uuid(db, fil.id)
        if finnes is not None:
            v = repo.hent_vurdering(db, finnes)
            feil.append(
                f"{navn}: vurderingen er allerede i databasen (id {finnes}, {v.enhet.navn}, {v.dato}). "
                "Den er ikke importert på nytt."
            )
    bankfeil = sjekk_bank(db, navn, fil, kjente_banker)
    if bankfeil:
        feil.append(bankfeil)
    return feil


def skriv(db: Database, navn: str, fil: Forkantfil) -> int:
    """Skriv én kontrollert vurdering gjennom `lagring.importering`; gir den nye id-en."""
    v = fil.vurdering
    tid = repo.na()
    try:
        with db.transaksjon():
            enhet_id = importering.finn_eller_opprett_enhet_med_id(
                db, v.enhet, distrikter.finn(v.distrikt) or v.distrikt, v.enhet_id
            )
            vid = importering.opprett_importert_vurdering(
                db,
                enhet_id=enhet_id,
                bank_ref=importering.lagre_bank(db, fil.bank, fil.bank_sjekksum),
                uuid=fil.id,
                dato=v.dato,
                type=v.type,
                status=v.status,
                sprak=v.sprak,
                tekstfelt={
                    "merking": v.merking,
                    "konklusjon": v.konklusjon,
                    "signatur_navn": v.signatur.navn,
                    "signatur_rolle": v.signatur.rolle,
                    "signatur_dato": v.signatur.dato,
                },
                opprettet=v.opprettet or tid,
                endret=v.endret or tid,
                moduler=[(m.id, m.mal) for m in v.moduler],
                deltakere=fil.deltakere(),
            )
            importering.lagre_importerte_svar(db, vid, [s.som_svar() for s in fil.svar])
            importering.lagre_stemmefordelinger(
                db,
                vid,
                {s.indikator: s.fordeling for s in fil.stemmer},
                {s.indikator: {d.deltaker: d.niva for d in s.deltakere} for s in fil.stemmer if s.deltakere},
            )
            importering.lagre_importerte_tiltak(
                db,
                vid,
                [
                    Tiltak(t.tekst, t.eier_rolle, t.frist, TiltakStatus(t.status), t.indikator, kommentar=t.kommentar)
                    for t in fil.tiltak
                ],
            )
            importering.lagre_importerte_kommunesvar(
                db, vid, fil.vurdering.kommuner, [(k.kommune, k.som_svar()) for k in fil.kommunesvar]
            )
            problem_ider = importering.lagre_importerte_problemer(db, vid, [p.som_problem() for p in fil.problemer])
            importering.koble_importerte_tiltak(
                db, vid, {nr: problem_ider[t.problem - 1] for nr, t in enumerate(fil.tiltak, 1) if t.problem}
            )
    except ValueError as e:
        raise UtvekslingFeil([f"{navn}: kan ikke lagres ({e})."]) from None
    return vid


def importer(db: Database, filer: Sequence[tuple[str, Forkantfil]], kjente_banker: Sequence[Bank]) -> list[int]:
    """Importer ferdig leste filer (navn, innhold) i én transaksjon; gir de nye id-ene.

    Kaster `UtvekslingFeil` (ingenting skrevet) når en fil ikke kan importeres.
    """
    feil: list[str] = []
    sett: dict[str, str] = {}
    for navn, fil in filer:
        feil += sjekk_fil(db, navn, fil, kjente_banker, sett)
        sett.setdefault(fil.id, navn)
    if feil:
        raise UtvekslingFeil([*feil, "Ingen filer ble importert."] if len(filer) > 1 else feil)
    with db.transaksjon():
        return [skriv(db, navn, fil) for navn, fil in filer]
