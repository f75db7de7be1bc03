"""Demovurdering: «Demo politistasjon» med alle moduler besvart, slik en ekte enhet kunne svart.

Svarene er faste (samme fro hver gang), med en realistisk blanding: temaene mellom
Tilfeldig og Styrt, noen fagområder svakere, noen Vet ikke (ID-forvaltning får for lite
grunnlag til poeng), ett Ikke relevant med begrunnelse, kommentarer og kildenotater, og
tre tiltak hentet fra de høyest prioriterte forslagene.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from vurdering.domene import poeng
from vurdering.domene.bank import Bank
from vurdering.domene.modell import Deltaker, Grunnlag, Status, Svar, SvarType, Tiltak, TiltakStatus
from vurdering.lagring import repository as repo
from vurdering.lagring.database import Database

ENHET = "Demo politistasjon"
DISTRIKT = "Agder politidistrikt"

DELTAKERE = (
    Deltaker("Stasjonssjef"),
    Deltaker("Leder for forebyggende seksjon"),
    Deltaker("Politikontakt"),
    Deltaker("Etterretningskoordinator"),
    Deltaker("Påtaleansvarlig jurist"),
    Deltaker("Innsatsleder"),
)

# Grunnivå per modul; hver indikator varierer rundt dette.
_GRUNNIVA = {
    "KK": 2,
    "SL": 2,
    "SS": 3,
    "DT": 2,
    "ETR": 2,
    "FOR": 3,
    "ETP": 2,
    "OPS": 2,
    "FVA": 1,
    "SRP": 1,
    "ID": 2,
    "GUF": 1,
    "TRS": 2,
    "ARR": 1,
    "BU": 3,
    "PR": 2,
}

_KOMMENTARER = {
    0: [
        "Vi har ikke fått dette på plass ennå; det har ikke vært prioritert i lederteamet.",
        "Ingen fast praksis. Det avhenger av hvem som er på jobb.",
    ],
    1: [
        "Skjer når enkeltpersoner tar initiativ, særlig politikontaktene, men uten fast rutine.",
        "Noen patruljelag gjør dette godt, andre nesten ikke. Ikke skrevet ned.",
        "Vi gjorde en god jobb med dette i fjor høst, men det stoppet da to sentrale folk sluttet.",
    ],
    2: [
        "Rutinen er skrevet ned og har en navngitt ansvarlig, men følges ikke opp med tall.",
        "Fast punkt på møteplanen hver måned; kvaliteten varierer med hvem som møter.",
        "Etablert i virksomhetsplanen for 2026, men vi mangler indikatorer for å se effekt.",
    ],
    3: [
        "Lederteamet følger dette opp hvert kvartal med egne indikatorer, og ressursene er satt av.",
        "Fast og forankret: inngår i styringsdialogen med driftsenheten.",
    ],
    4: [
        "Evaluert sammen med kommunen i vår; rutinen ble justert etter funnene.",
        "Vi måler effekt, lærer av det og deler erfaringene med nabostasjonene.",
    ],
}

_KILDER = [
    "Virksomhetsplan 2026, kap. 3",
    "Referat fra lederteamets møte 14.10.2026",
    "Samarbeidsavtale med kommunen (2025)",
    "Intervju med politikontaktene",
    "Månedsrapport fra etterretning, september 2026",
    "PO-statistikk 2025–2026",
]


def _svar_for_bank(bank: Bank) -> list[Svar]:
    tilfeldig = random.Random(2026)
    svar: list[Svar] = []
    for modul in bank.moduler:
        base = _GRUNNIVA.get(modul.id, 2)
        for nr, ind in enumerate(modul.indikatorer):
            grunnlag = tilfeldig.choices([Grunnlag.DOKUMENTERT, Grunnlag.ERFART, Grunnlag.ANTATT], weights=[4, 4, 2])[0]
            rolle = tilfeldig.choice(DELTAKERE).rolle
            if modul.id == "ID" and nr < 2:
                svar.append(
                    Svar(
                        ind.id,
                        SvarType.VET_IKKE,
                        kommentar="Ingen i gruppen kjenner godt nok til hvordan passkontoret arbeider med dette.",
                        grunnlag=grunnlag,
                        rolle=rolle,
                    )
                )
                continue
            if modul.id == "GUF" and nr == len(modul.indikatorer) - 1:
                svar.append(
                    Svar(
                        ind.id,
                        SvarType.IKKE_RELEVANT,
                        grunn="Stasjonen har ingen yttergrense eller mottak i sitt område; dette ivaretas av distriktets utlendingsseksjon.",
                        grunnlag=grunnlag,
                        rolle=rolle,
                    )
                )
                continue
            if modul.id == "KK" and nr == 4:
                svar.append(Svar(ind.id, SvarType.VET_IKKE, grunnlag=grunnlag, rolle=rolle))
                continue
            niva = max(0, min(4, base + tilfeldig.choice([-1, 0, 0, 0, 1])))
            kommentar = tilfeldig.choice(_KOMMENTARER[niva]) if tilfeldig.random() < 0.7 else ""
            kilde = tilfeldig.choice(_KILDER) if grunnlag is Grunnlag.DOKUMENTERT else ""
            svar.append(Svar.med_niva(ind.id, niva, kommentar=kommentar, kilde=kilde, grunnlag=grunnlag, rolle=rolle))
    return svar


def lag_demo(db: Database, bank: Bank, dato: date | None = None) -> int:
    """Opprett demoenheten med en komplett vurdering; gir vurderingens id."""
    dato = dato or date.today()
    vid = repo.opprett_vurdering(
        db,
        bank,
        enhet=ENHET,
        distrikt=DISTRIKT,
        moduler=[m.id for m in bank.moduler],
        dato=dato,
        deltakere=DELTAKERE,
    )
    for s in _svar_for_bank(bank):
        repo.lagre_svar(db, vid, s)
    v = repo.hent_vurdering(db, vid)
    resultat = poeng.beregn(bank, v.moduler, repo.hent_svar(db, vid), v.mal)
    eiere = ["Stasjonssjef", "Leder for forebyggende seksjon", "Etterretningskoordinator"]
    statuser = [TiltakStatus.PAGAR, TiltakStatus.IKKE_STARTET, TiltakStatus.IKKE_STARTET]
    prioriterte = [f for f in resultat.forslag if not f.kartlegg][:3]
    for i, (forslag, eier, status) in enumerate(zip(prioriterte, eiere, statuser, strict=False)):
        repo.lagre_tiltak(
            db,
            vid,
            Tiltak(
                tekst=forslag.tekst,
                eier_rolle=eier,
                frist=(dato + timedelta(days=90 * (i + 1))).isoformat(),
                status=status,
                indikator_id=forslag.indikator_id,
            ),
        )
    repo.sett_tekstfelt(
        db,
        vid,
        konklusjon=(
            "Stasjonen har et godt grunnlag i samarbeidet med kommunen, men forebyggingen er "
            "for lite kunnskapsstyrt. Vi prioriterer etterretningsstøtte til de forebyggende "
            "tiltakene og faste indikatorer i virksomhetsplanen det neste året."
        ),
        signatur_rolle="Stasjonssjef",
    )
    return vid


# --- et lite distrikt: flere enheter med to eller tre runder hver ----------------------------

#: (navn per runde, grunnivå, endring per runde, antall runder). Arendal er skrevet på to måter
#: (samme enhet etter enhetsregelen); Vennesla mangler grunnlag i Etterretning i siste runde.
_DISTRIKTSENHETER = (
    (("Arendal politistasjon", "Arendal", "Arendal"), 1.4, 0.6, 3),
    (("Kristiansand politistasjon",) * 3, 2.2, 0.3, 3),
    (("Grimstad politistasjon",) * 3, 2.4, -0.4, 3),
    (("Vennesla lensmannskontor",) * 2, 1.2, 0.5, 2),
    (("Mandal politistasjon",) * 2, 1.8, 0.0, 2),
    (("Flekkefjord politistasjon",) * 3, 1.0, 0.8, 3),
)
_DISTRIKTSMODULER = ("KK", "SL", "SS", "DT", "ETR", "FOR", "OPS", "TRS", "BU", "PR")
_OPPFOLGING = (TiltakStatus.FULLFORT, TiltakStatus.PAGAR, TiltakStatus.FULLFORT, TiltakStatus.FORKASTET)


def _distriktssvar(bank: Bank, nivaa: float, fro: int, vet_ikke_etr: bool) -> list[Svar]:
    tilfeldig = random.Random(fro)
    svar: list[Svar] = []
    for mid in _DISTRIKTSMODULER:
        skjevhet = tilfeldig.choice([-1, 0, 0, 1])
        for nr, ind in enumerate(bank.modul(mid).indikatorer):
            if vet_ikke_etr and mid == "ETR" and nr < 2:
                svar.append(Svar(ind.id, SvarType.VET_IKKE, grunnlag=Grunnlag.ANTATT))
                continue
            niva = round(nivaa + skjevhet + tilfeldig.choice([-1, 0, 0, 0, 1]))
            grunnlag = tilfeldig.choice([Grunnlag.DOKUMENTERT, Grunnlag.ERFART, Grunnlag.ANTATT])
            svar.append(Svar.med_niva(ind.id, max(0, min(4, niva)), grunnlag=grunnlag))
    return svar


def lag_distriktsdemo(db: Database, bank: Bank, idag: date | None = None) -> list[int]:
    """Seks enheter i demodistriktet med to eller tre runder hver (ett år mellom), svar, tiltak
    og oppfølging av forrige rundes tiltak. Alltid de samme tallene; gir vurderingenes id-er."""
    idag = idag or date.today()
    ider: list[int] = []
    for enhetsnr, (navn, grunn, endring, antall) in enumerate(_DISTRIKTSENHETER):
        forrige: int | None = None
        for runde in range(antall):
            dato = date(idag.year - (antall - 1 - runde), 3 + enhetsnr, 10) if runde < antall - 1 else idag
            with db.transaksjon():  # én runde om gangen: alle svarene i samme commit
                vid = repo.opprett_vurdering(
                    db, bank, enhet=navn[runde], distrikt=DISTRIKT, moduler=list(_DISTRIKTSMODULER), dato=dato
                )
                siste = runde == antall - 1
                svar = _distriktssvar(bank, grunn + endring * runde, 100 * enhetsnr + runde, siste and enhetsnr == 3)
                for s in svar:
                    repo.lagre_svar(db, vid, s)
                if forrige is not None:
                    for i, t in enumerate(repo.hent_tiltak(db, forrige)):
                        if t.id is not None and i < len(_OPPFOLGING):
                            repo.lagre_oppfolging(db, vid, t.id, _OPPFOLGING[(i + enhetsnr) % len(_OPPFOLGING)])
                v = repo.hent_vurdering(db, vid)
                resultat = poeng.beregn(bank, v.moduler, {s.indikator_id: s for s in svar}, v.mal)
                statuser = (TiltakStatus.PAGAR, TiltakStatus.IKKE_STARTET, TiltakStatus.IKKE_STARTET)
                for forslag, status in zip([f for f in resultat.forslag if not f.kartlegg][:3], statuser, strict=False):
                    tiltak = Tiltak(forslag.tekst, "Stasjonssjef", status=status, indikator_id=forslag.indikator_id)
                    repo.lagre_tiltak(db, vid, tiltak)
                if not siste:
                    repo.sett_status(db, vid, Status.FERDIG)
            ider.append(vid)
            forrige = vid
    return ider
