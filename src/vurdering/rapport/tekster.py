"""Alle faste tekster i rapportene, på bokmål og nynorsk.

Bankens innhold (indikatortitler, forslag, kilder) finnes bare på bokmål og skrives ut som
det er; nivånavn, temanavn og modulnavn hentes fra banken på valgt språk. Alt annet som
står i en rapport, står her. `t()` setter inn verdier; teksten vaskes og escapes av den
som lager Paragraph-markering av den (se `rens.markering`).

Poengreglene i metodevedlegget er de samme som i docstringen til `domene.poeng`, og
konsensusregelen den samme som i `domene.samling` (testene sjekker at bokmålsteksten er
lik ord for ord).
"""

from __future__ import annotations

from vurdering.domene.formater import prosent
from vurdering.domene.poeng import TERSKEL_VET_IKKE
from vurdering.rapport import sjekk_sprak

_T: dict[str, tuple[str, str]] = {
    # Dokument, topp- og bunntekst
    "dok_tittel": ("Modenhetsvurdering", "Modenheitsvurdering"),
    "dok_undertittel": ("Forebygging som politiets hovedstrategi", "Førebygging som hovudstrategien til politiet"),
    "dok_emne": (
        "Egenvurdering av modenhet i det forebyggende arbeidet",
        "Eigenvurdering av modenheit i det førebyggjande arbeidet",
    ),
    "kort_tittel": ("Lederoppsummering", "Leiaroppsummering"),
    "side_x_av_y": ("Side {x} av {y}", "Side {x} av {y}"),
    "standard_merking": ("Intern", "Intern"),
    "strategi": (
        "Bygger på Politidirektoratets strategi «I forkant av kriminaliteten – Forebygging som politiets "
        "hovedstrategi (2021–2025)».",
        "Byggjer på strategien til Politidirektoratet, «I forkant av kriminaliteten – Forebygging som politiets "
        "hovedstrategi (2021–2025)».",
    ),
    # Forside
    "enhet": ("Enhet", "Eining"),
    "distrikt": ("Distrikt", "Distrikt"),
    "dato": ("Dato", "Dato"),
    "type": ("Type vurdering", "Type vurdering"),
    "status": ("Status", "Status"),
    "merking": ("Merking", "Merking"),
    "bank": ("Spørsmålsbank", "Spørsmålsbank"),
    "bank_verdi": ("{navn} (id {id}, versjon {versjon})", "{navn} (id {id}, versjon {versjon})"),
    "deltakere": ("Deltakere etter rolle", "Deltakarar etter rolle"),
    "rolle": ("Rolle", "Rolle"),
    "navn": ("Navn", "Namn"),
    "ingen_deltakere": ("Ingen deltakere er registrert.", "Ingen deltakarar er registrerte."),
    "laget": ("Rapporten er laget {dato} med Forkant {versjon}.", "Rapporten er laga {dato} med Forkant {versjon}."),
    "uferdig": (
        "Uferdig vurdering: {besvart} av {antall} indikatorer er besvart. Tallene kan endre seg.",
        "Uferdig vurdering: {besvart} av {antall} indikatorar er svara på. Tala kan endre seg.",
    ),
    # Sammendrag
    "sammendrag": ("Sammendrag", "Samandrag"),
    "samlet": ("Samlet modenhet", "Samla modenheit"),
    "samlet_verdi": ("{poeng} av 4 – {niva}", "{poeng} av 4 – {niva}"),
    "samlet_forklaring": (
        "Snittet av de strategiske temaene. Fagområder og tverrgående moduler vises for seg.",
        "Snittet av dei strategiske tema. Fagområde og tverrgåande modular blir viste for seg.",
    ),
    "ingen_samlet": (
        "Ingen samlet poengsum: bare {n} av {av} strategiske temaer har poeng (minst {minst} trengs).",
        "Ingen samla poengsum: berre {n} av {av} strategiske tema har poeng (minst {minst} trengst).",
    ),
    "samlet_uten": (
        "Samlet poengsum uten {moduler} (ikke nok grunnlag).",
        "Samla poengsum utan {moduler} (ikkje nok grunnlag).",
    ),
    "sterkeste": ("Sterkeste indikatorer", "Sterkaste indikatorar"),
    "svakeste": ("Svakeste indikatorer", "Svakaste indikatorar"),
    "svakeste_forklaring": (
        "Størst avstand til målet først; ved lik avstand det som veier mest i poengene.",
        "Størst avstand til målet først; ved lik avstand det som veg mest i poenga.",
    ),
    "niva_mot_mal": ("{niva}, mål {mal}", "{niva}, mål {mal}"),
    "ingen_nivasvar": ("Ingen indikatorer har nivå ennå.", "Ingen indikatorar har nivå enno."),
    "datagrunnlag": ("Datagrunnlaget", "Datagrunnlaget"),
    "modul_utilstrekkelig": (
        "{modul}: {vet_ikke} av {relevante} relevante indikatorer er Vet ikke (grensen er {grense}) – "
        "utilstrekkelig grunnlag, ingen poeng.",
        "{modul}: {vet_ikke} av {relevante} relevante indikatorar er Veit ikkje (grensa er {grense}) – "
        "utilstrekkeleg grunnlag, ingen poeng.",
    ),
    "modul_ikke_relevant": (
        "{modul}: alle indikatorene er ikke relevante.",
        "{modul}: alle indikatorane er ikkje relevante.",
    ),
    "modul_ubesvart": (
        "{modul}: {ubesvart} av {antall} indikatorer er ikke besvart.",
        "{modul}: {ubesvart} av {antall} indikatorar er ikkje svara på.",
    ),
    "vet_ikke_totalt": (
        "{n} svar er Vet ikke; hvert av dem gir et eget forslag om å kartlegge før neste runde.",
        "{n} svar er Veit ikkje; kvart av dei gir eit eige forslag om å kartleggje før neste runde.",
    ),
    "antatt_andel": (
        "{n} av {m} nivåsvar bygger på antakelser (grunnlag «antatt»).",
        "{n} av {m} nivåsvar byggjer på antakingar (grunnlag «antatt»).",
    ),
    "ingen_merknader": (
        "Ingen merknader: alle indikatorer er besvart, og alle moduler har nok grunnlag.",
        "Ingen merknader: alle indikatorane er svara på, og alle modulane har nok grunnlag.",
    ),
    "fem_forslag": ("De fem viktigste forslagene", "Dei fem viktigaste forslaga"),
    # Diagrammer
    "diagrammer": ("Modenhet per modul", "Modenheit per modul"),
    "radar_tittel": ("Strategiske temaer: nå og mål", "Strategiske tema: no og mål"),
    "na": ("Nå", "No"),
    "mal": ("Mål", "Mål"),
    "poeng": ("Poeng", "Poeng"),
    "radar_forklaring": (
        "Diagrammet viser de fire strategiske temaene på skalaen 0–4: dagens poeng som heltrukken linje med "
        "runde punkter, målet som stiplet linje med firkanter.",
        "Diagrammet viser dei fire strategiske tema på skalaen 0–4: poenga i dag som heiltrekt linje med "
        "runde punkt, målet som stipla linje med firkantar.",
    ),
    "verdi_mot_mal": ("{navn}: {poeng} (mål {mal})", "{navn}: {poeng} (mål {mal})"),
    "verdi_uten_poeng": ("{navn}: ingen poeng ({merknad})", "{navn}: ingen poeng ({merknad})"),
    "radar_for_fa": (
        "For få strategiske temaer er med til å tegne diagrammet.",
        "For få strategiske tema er med til å teikne diagrammet.",
    ),
    "stolper_tittel": ("Alle moduler", "Alle modular"),
    "stolper_forklaring": (
        "Stolpene viser poeng per modul på skalaen 0–4; den svarte streken er målet.",
        "Stolpane viser poeng per modul på skalaen 0–4; den svarte streken er målet.",
    ),
    "hoyest": ("Høyest: {liste}.", "Høgast: {liste}."),
    "lavest": ("Lavest: {liste}.", "Lågast: {liste}."),
    "under_mal": (
        "{n} av {m} moduler med poeng er under målet.",
        "{n} av {m} modular med poeng er under målet.",
    ),
    "uten_poeng": ("Uten poeng: {liste}.", "Utan poeng: {liste}."),
    # Merknader fra poengberegningen (koder fra domene.poeng)
    "utilstrekkelig grunnlag": ("utilstrekkelig grunnlag", "utilstrekkeleg grunnlag"),
    "ikke relevant": ("ikke relevant", "ikkje relevant"),
    "ikke besvart": ("ikke besvart", "ikkje svara på"),
    # Matrise
    "matrise_tittel": ("Strategiske temaer og fagområder", "Strategiske tema og fagområde"),
    "matrise_forklaring": (
        "Hver rute er det vektede snittet av nivåene på fagområdets indikatorer som tjener temaet, med antall "
        "indikatorer i parentes. Mørkere rute betyr lavere nivå, så de svakeste rutene trekker blikket; "
        "hvit rute med tankestrek betyr ingen indikator med nivå (ingen data).",
        "Kvar rute er det vekta snittet av nivåa på indikatorane i fagområdet som tener temaet, med talet på "
        "indikatorar i parentes. Mørkare rute tyder lågare nivå, så dei svakaste rutene dreg blikket til seg; "
        "kvit rute med tankestrek tyder ingen indikator med nivå (ingen data).",
    ),
    "fagomrade": ("Fagområde", "Fagområde"),
    "matrise_rute": ("{omrade} i {tema}", "{omrade} i {tema}"),
    "matrise_sterkest": ("Sterkest: {ruter} ({poeng}).", "Sterkast: {ruter} ({poeng})."),
    "matrise_svakest": ("Svakest: {ruter} ({poeng}).", "Svakast: {ruter} ({poeng})."),
    # Modulene
    "modulene": ("Modulene", "Modulane"),
    "tema": ("Strategisk tema", "Strategisk tema"),
    "tverrgaende": ("Tverrgående modul", "Tverrgåande modul"),
    "modul_poeng": (
        "Poeng {poeng} av mål {mal} · gap {gap} · {andel} av målet",
        "Poeng {poeng} av mål {mal} · gap {gap} · {andel} av målet",
    ),
    "niva_nadd": ("Nivå nådd: {niva}", "Nivå nådd: {niva}"),
    "svakeste_ledd": ("Svakeste ledd: {niva} ({indikatorer})", "Svakaste ledd: {niva} ({indikatorer})"),
    "ingen_poeng": ("Ingen poeng: {merknad}.", "Ingen poeng: {merknad}."),
    "modul_telling": (
        "{antall} indikatorer: {med_niva} med nivå, {vet_ikke} vet ikke, {ikke_relevant} ikke relevant, "
        "{ubesvart} ikke besvart.",
        "{antall} indikatorar: {med_niva} med nivå, {vet_ikke} veit ikkje, {ikke_relevant} ikkje relevant, "
        "{ubesvart} ikkje svara på.",
    ),
    "indikator": ("Indikator", "Indikator"),
    "niva": ("Nivå", "Nivå"),
    "grunnlag": ("Grunnlag", "Grunnlag"),
    "kommentar_og_kilde": ("Kommentar og kilde", "Kommentar og kjelde"),
    "vet_ikke": ("Vet ikke", "Veit ikkje"),
    "ikke_relevant": ("Ikke relevant", "Ikkje relevant"),
    "ubesvart": ("Ikke besvart", "Ikkje svara på"),
    # Svar per kommune (modulsidene, lederoppsummeringen og metodevedlegget)
    "per_kommune": ("Per kommune: {linje}", "Per kommune: {linje}"),
    "svakest_merke": ("svakest", "svakast"),
    "kommune_snitt": ("Snitt {snitt} over kommunene", "Snitt {snitt} over kommunane"),
    "kommuner_besvart": (
        "Ikke besvart ({besvart} av {antall} kommuner)",
        "Ikkje svara på ({besvart} av {antall} kommunar)",
    ),
    "svakeste_kommune": ("svakest: {kommuner}", "svakast: {kommuner}"),
    "kommunesvar_metode": ("Svar per kommune", "Svar per kommune"),
    "ikke_angitt": ("ikke angitt", "ikkje oppgitt"),
    "begrunnelse": ("Begrunnelse", "Grunngjeving"),
    "kilde": ("Kilde", "Kjelde"),
    "dissens": ("Dissens", "Dissens"),
    "stemmer": ("Stemmer 0–4: {fordeling}", "Røyster 0–4: {fordeling}"),
    "median": ("median {median}", "median {median}"),
    "uenighet": ("Uenighet", "Usemje"),
    # Forslag, tiltak og oppfølging
    "forslag": ("Prioriterte forslag", "Prioriterte forslag"),
    "forslag_forklaring": (
        "Rekkefølgen følger prioritetsreglene i metodevedlegget: størst avstand til målet og høyest vekt først. "
        "Forslag om å kartlegge (svar Vet ikke) står til slutt.",
        "Rekkjefølgja følgjer prioritetsreglane i metodevedlegget: størst avstand til målet og høgast vekt først. "
        "Forslag om å kartleggje (svar Veit ikkje) står til slutt.",
    ),
    "nr": ("Nr.", "Nr."),
    "na_mot_mal": ("Nå → mål", "No → mål"),
    "forslag_kol": ("Forslag", "Forslag"),
    "prioritet": ("Prioritet", "Prioritet"),
    "ingen_forslag": (
        "Ingen forslag: alle indikatorer med nivå har nådd målet.",
        "Ingen forslag: alle indikatorane med nivå har nådd målet.",
    ),
    "kartlegg": (
        "Kartlegg før neste runde hvordan enheten faktisk arbeider med «{tittel}», slik at nivået kan vurderes "
        "på et sikrere grunnlag.",
        "Kartlegg før neste runde korleis eininga faktisk arbeider med «{tittel}», slik at nivået kan vurderast "
        "på eit sikrare grunnlag.",
    ),
    "tiltaksplan": ("Tiltaksplan", "Tiltaksplan"),
    "tiltak": ("Tiltak", "Tiltak"),
    "eier": ("Eier", "Eigar"),
    "frist": ("Frist", "Frist"),
    "ingen_tiltak": ("Ingen tiltak er registrert ennå.", "Ingen tiltak er registrerte enno."),
    "oppfolging": ("Oppfølging av forrige runde", "Oppfølging av førre runde"),
    "oppfolging_forklaring": (
        "Tiltakene fra enhetens forrige vurdering og statusen de har fått i denne runden.",
        "Tiltaka frå den førre vurderinga til eininga og statusen dei har fått i denne runden.",
    ),
    "status_na": ("Status nå", "Status no"),
    "kommentar": ("Kommentar", "Kommentar"),
    "ikke_vurdert": ("Ikke vurdert", "Ikkje vurdert"),
    "forste_runde": (
        "Dette er enhetens første vurdering; det er ingen tiltak å følge opp.",
        "Dette er den første vurderinga til eininga; det er ingen tiltak å følgje opp.",
    ),
    "forrige_uten_tiltak": ("Forrige runde hadde ingen tiltak.", "Førre runde hadde ingen tiltak."),
    # Metodevedlegg
    "metode": ("Vedlegg: metode", "Vedlegg: metode"),
    "skalaen": ("Skalaen", "Skalaen"),
    "beskrivelse": ("Beskrivelse", "Skildring"),
    "skala_forklaring": (
        "Hver indikator har fem egne beskrivelser som gjør nivåene konkrete. I tillegg kan et svar være Vet ikke "
        "eller Ikke relevant (med begrunnelse), og hvert svar har et grunnlag: dokumentert, erfart eller antatt.",
        "Kvar indikator har fem eigne skildringar som gjer nivåa konkrete. I tillegg kan eit svar vere Veit ikkje "
        "eller Ikkje relevant (med grunngjeving), og kvart svar har eit grunnlag: dokumentert, erfart eller antatt.",
    ),
    "poengregler": ("Poengregler", "Poengreglar"),
    "samling": ("Samling", "Samling"),
    "rangering": ("Sterkeste og svakeste indikatorer", "Sterkaste og svakaste indikatorar"),
    "kilde_bank": ("Kilde for banken: {kilde}", "Kjelde for banken: {kilde}"),
    # Beslutningsregel og bevis (modulsidene og metodevedlegget)
    "beslutningsregel": ("Slik velges nivået", "Slik blir nivået valt"),
    "vis_fram": ("Dette kan du vise fram (nivå {niva}): {bevis}", "Dette kan du vise fram (nivå {niva}): {bevis}"),
    "vis_fram_neste": ("For nivå {niva}: {bevis}", "For nivå {niva}: {bevis}"),
    "bevis_forklaring": (
        "Under hvert svar med nivå står «Dette kan du vise fram» for det valgte nivået (det enheten skal kunne "
        "legge på bordet) og for neste nivå (det som må på plass for å komme videre).",
        "Under kvart svar med nivå står «Dette kan du vise fram» for det valde nivået (det eininga skal kunne "
        "leggje på bordet) og for neste nivå (det som må kome på plass for å kome vidare).",
    ),
    # Virker det? (enhetens prioriterte problemer)
    "virker_tittel": ("Virker det?", "Verkar det?"),
    "virker_forklaring": (
        "Enhetens prioriterte problemer med effektmålet: utgangsverdi og siste verdi mot målverdien, og "
        "tiltakene i planen som er knyttet til hvert problem.",
        "Dei prioriterte problema til eininga med effektmålet: utgangsverdi og siste verdi mot målverdien, og "
        "tiltaka i planen som er knytte til kvart problem.",
    ),
    "virker_problem": ("Problem og effektmål", "Problem og effektmål"),
    "virker_utgang": ("Utgangsverdi", "Utgangsverdi"),
    "virker_siste": ("Siste verdi", "Siste verdi"),
    "virker_fremgang": ("Fremgang", "Framgang"),
    "virker_tiltak": ("Tiltak", "Tiltak"),
    "virker_forrige": ("forrige runde {verdi}", "førre runde {verdi}"),
    "virker_uten_tiltak": ("Ingen tiltak knyttet til problemet.", "Ingen tiltak knytte til problemet."),
    "virker_andel": ("{fremgang} ({andel} av veien)", "{fremgang} ({andel} av vegen)"),
    "virker_linje": (
        "{tittel}: {fra} → {til} (mål {mal}) – {fremgang}.",
        "{tittel}: {fra} → {til} (mål {mal}) – {fremgang}.",
    ),
    "virker_tiltak_antall": ("Tiltak i planen: {n}.", "Tiltak i planen: {n}."),
    "virker_ingen_tiltak": ("Ingen tiltak i planen ennå.", "Ingen tiltak i planen enno."),
    # Prioriterte forslag: de første i rekkefølge, resten per modul
    "forslag_topp": ("De {n} første forslagene", "Dei {n} første forslaga"),
    "forslag_resten": ("Øvrige forslag etter modul ({n})", "Andre forslag etter modul ({n})"),
    "forslag_resten_forklaring": (
        "De øvrige forslagene, gruppert etter modul og i prioritert rekkefølge innenfor hver modul. Nummeret "
        "er plassen i den samlede rekkefølgen.",
        "Dei andre forslaga, grupperte etter modul og i prioritert rekkjefølgje innanfor kvar modul. Nummeret "
        "er plassen i den samla rekkjefølgja.",
    ),
    # Lederoppsummeringen
    "forbehold": ("Forbehold", "Atterhald"),
    "fagomrader_kort": ("Fagområder og tverrgående moduler", "Fagområde og tverrgåande modular"),
    "svakeste_kort": ("Svakeste punkter", "Svakaste punkt"),
    "temaer_kort": ("Strategiske temaer", "Strategiske tema"),
    "problemer_kort": (
        "Virker det? Enhetens prioriterte problemer",
        "Verkar det? Dei prioriterte problema til eininga",
    ),
    "utvikling_kort": ("Siden forrige runde", "Sidan førre runde"),
    "skala_kort": ("Skalaen 0–4", "Skalaen 0–4"),
    "flere_tiltak": ("… og {n} tiltak til i den fulle rapporten.", "… og {n} tiltak til i den fullstendige rapporten."),
    "modul_kol": ("Modul", "Modul"),
    "merknad_kol": ("Merknad", "Merknad"),
    # Diagrammer som bilde (Word): alternativ tekst
    "alt_radar": (
        "Radardiagram over de strategiske temaene på skalaen 0–4, nå og mål: {liste}.",
        "Radardiagram over dei strategiske tema på skalaen 0–4, no og mål: {liste}.",
    ),
    "alt_stolper": (
        "Stolpediagram over poeng per modul på skalaen 0–4 med målet: {liste}.",
        "Stolpediagram over poeng per modul på skalaen 0–4 med målet: {liste}.",
    ),
    # Avslutning
    "avslutning": ("Politidirektørens avslutningsord", "Avslutningsorda til politidirektøren"),
    "sitat_kilde": (
        "Politidirektøren, i avslutningsordene til strategien",
        "Politidirektøren, i avslutningsorda til strategien",
    ),
    # Kortrapport
    "viktigste_forslag": ("De viktigste forslagene", "Dei viktigaste forslaga"),
    "tiltak_kort": ("Tiltaksplan i korte trekk", "Tiltaksplan i korte trekk"),
    "konklusjon": ("Konklusjon", "Konklusjon"),
    "ingen_konklusjon": ("Ingen konklusjon er skrevet ennå.", "Ingen konklusjon er skriven enno."),
    "signatur": ("Underskrift", "Underskrift"),
    "se_full": (
        "Den fullstendige rapporten har alle moduler, svar, kommentarer og metoden.",
        "Den fullstendige rapporten har alle modulane, svara, kommentarane og metoden.",
    ),
}

#: Politidirektørens avslutningsord (CONTENT.md). Et sitat gjengis som det ble sagt, også i nynorskrapporten.
SITAT_POLITIDIREKTOREN = (
    "«Politiet skal arbeide for å være i forkant av kriminaliteten og uønskede hendelser. "
    "Vi skal være på jobb for et trygt samfunn!»"
)

#: Poengreglene, punkt for punkt som i docstringen til `domene.poeng`; grensen for Vet ikke
#: settes inn fra `poeng.TERSKEL_VET_IKKE` nedenfor.
_POENGREGLER: dict[str, tuple[str, ...]] = {
    "nb": (
        "Modulpoeng: vektet snitt av modulens nivåsvar, avrundet til én desimal (halvt opp); nivånavnet er "
        "nivået poengsummen har nådd fullt ut (gulv av den viste verdien). Laveste nivå i modulen vises ved "
        "siden av («svakeste ledd»).",
        "Ikke relevant holdes utenfor. Vet ikke teller med, men gir ikke poeng; er mer enn {grense} av modulens "
        "relevante indikatorer Vet ikke, har modulen «utilstrekkelig grunnlag».",
        "Ubesvarte indikatorer gir verken poeng eller Vet ikke, men vises i fremdriften.",
        "Samlet poeng: snitt av temamodulenes poeng; moduler uten poeng holdes utenfor og nevnes; færre enn "
        "tre temaer med poeng gir ingen samlet poengsum.",
        "Gap = mål − poeng. Andel av mål = poeng / mål, høyst 100 % (mål 0 gir 100 %).",
        "Forslag: for hver indikator under modulens mål, neste steg fra dagens nivå. Prioritet = vekt × "
        "((1 + mål − nivå)² − 1), høyest først; likt: temamoduler før andre, så antatt før erfart før "
        "dokumentert (uten angitt grunnlag som antatt), så bankens rekkefølge. Hver Vet ikke gir et eget "
        "forslag om å kartlegge før neste runde; disse kommer etter de prioriterte forslagene.",
        "Svar per kommune: indikatorens nivå er snittet av kommunenivåene, og svakeste kommunes nivå er "
        "indikatorens svakeste ledd og utgangspunktet for forslaget.",
    ),
    "nn": (
        "Modulpoeng: vekta snitt av nivåsvara i modulen, runda av til éin desimal (halvt opp); nivånamnet er "
        "nivået poengsummen har nådd fullt ut (golvet av den viste verdien). Lågaste nivå i modulen blir vist "
        "ved sida av («svakaste ledd»).",
        "Ikkje relevant blir halde utanfor. Veit ikkje tel med, men gir ikkje poeng; er meir enn {grense} av dei "
        "relevante indikatorane i modulen Veit ikkje, har modulen «utilstrekkeleg grunnlag».",
        "Indikatorar utan svar gir verken poeng eller Veit ikkje, men blir viste i framdrifta.",
        "Samla poeng: snittet av poenga til temamodulane; modular utan poeng blir haldne utanfor og nemnde; "
        "færre enn tre tema med poeng gir ingen samla poengsum.",
        "Gap = mål − poeng. Del av mål = poeng / mål, høgst 100 % (mål 0 gir 100 %).",
        "Forslag: for kvar indikator under målet for modulen, neste steg frå nivået i dag. Prioritet = vekt × "
        "((1 + mål − nivå)² − 1), høgast først; ved likskap: temamodular før andre, så antatt før erfart før "
        "dokumentert (utan oppgitt grunnlag som antatt), så rekkjefølgja i banken. Kvar Veit ikkje gir eit eige "
        "forslag om å kartleggje før neste runde; desse kjem etter dei prioriterte forslaga.",
        "Svar per kommune: nivået til indikatoren er snittet av kommunenivåa, og nivået til den svakaste "
        "kommunen er det svakaste leddet til indikatoren og utgangspunktet for forslaget.",
    ),
}

POENGREGLER: dict[str, tuple[str, ...]] = {
    sprak: tuple(regel.replace("{grense}", prosent(TERSKEL_VET_IKKE)) for regel in regler)
    for sprak, regler in _POENGREGLER.items()
}

#: Rangeringen av svakeste og sterkeste indikatorer, som i docstringen til `domene.analyse`.
RANGERINGSREGEL = {
    "nb": "Svakeste indikatorer: blant indikatorene med nivå, størst avstand til modulens mål (mål − nivå) "
    "først; likt: høyest vekt, så lavest nivå, så temamoduler før andre, så bankens rekkefølge. Sterkeste "
    "indikatorer: høyest nivå først; likt: lengst over målet, så temamoduler før andre, så bankens rekkefølge. "
    "Sammendraget i vinduet, rapportene og kommandolinjen viser den samme listen.",
    "nn": "Svakaste indikatorar: blant indikatorane med nivå, størst avstand til målet for modulen (mål − nivå) "
    "først; ved likskap: høgast vekt, så lågast nivå, så temamodular før andre, så rekkjefølgja i banken. "
    "Sterkaste indikatorar: høgast nivå først; ved likskap: lengst over målet, så temamodular før andre, så "
    "rekkjefølgja i banken. Samandraget i vindauget, rapportane og kommandolinja viser den same lista.",
}

#: Konsensusregelen for samlinger, som i docstringen til `domene.samling`.
KONSENSUSREGEL = {
    "nb": "Foreslått nivå er medianen av stemmene (den nedre medianen ved et partall stemmer); «uenighet» "
    "flagges når stemmene spenner over to nivåer eller mer (maks − min ≥ 2).",
    "nn": "Føreslått nivå er medianen av røystene (den nedre medianen ved eit partal røyster); «usemje» "
    "blir flagga når røystene spenner over to nivå eller meir (maks − min ≥ 2).",
}


def t(nokkel: str, sprak: str, **verdier: object) -> str:
    """Den faste teksten `nokkel` på `sprak` (nb/nn), med `verdier` satt inn."""
    nb, nn = _T[nokkel]
    mal = nn if sjekk_sprak(sprak) == "nn" else nb
    return mal.format(**verdier) if verdier else mal


def alle() -> dict[str, tuple[str, str]]:
    """Alle faste tekster (nøkkel → (bokmål, nynorsk)); for testene."""
    return dict(_T)


from vurdering.rapport.tekster_oversikt import TEKSTER as _OVERSIKT  # noqa: E402  (distriktsrapporten og utviklingen)

_T.update(_OVERSIKT)
