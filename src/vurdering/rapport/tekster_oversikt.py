"""De faste tekstene i distriktsrapporten og i delen «Utvikling siden forrige runde», på
bokmål og nynorsk. De står i `tekster` sammen med resten (`tekster.t`, `tekster.alle`).
"""

from __future__ import annotations

TEKSTER: dict[str, tuple[str, str]] = {
    # Distriktsrapporten: forside og ramme
    "ov_tittel": ("Distriktsoversikt", "Distriktsoversikt"),
    "ov_emne": (
        "Modenhet i det forebyggende arbeidet, alle enheter side om side",
        "Modenheit i det førebyggjande arbeidet, alle einingane side om side",
    ),
    "ov_alle_distrikter": ("Alle distrikter", "Alle distrikt"),
    "ov_utvalg": ("Utvalg", "Utval"),
    "ov_periode": ("Periode", "Periode"),
    "ov_hele_perioden": ("Hele perioden", "Heile perioden"),
    "ov_siste_runde": ("Siste runde per enhet", "Siste runde per eining"),
    "ov_alle_runder": ("Alle runder", "Alle rundar"),
    "ov_antall": ("{enheter} enheter, {vurderinger} vurderinger", "{enheter} einingar, {vurderinger} vurderingar"),
    # Sammendrag
    "ov_sammendrag": ("Sammendrag", "Samandrag"),
    "ov_samlet_median": (
        "Samlet modenhet (median av enhetene): {median} – fra {minst} til {storst} ({n} enheter med samlet poeng).",
        "Samla modenheit (median av einingane): {median} – frå {minst} til {storst} ({n} einingar med samla poeng).",
    ),
    "ov_ingen_samlet": ("Ingen enheter har samlet poeng ennå.", "Ingen einingar har samla poeng enno."),
    "ov_svakest_modul": (
        "Lavest median: {moduler} ({median}).",
        "Lågast median: {moduler} ({median}).",
    ),
    "ov_sterkest_modul": ("Høyest median: {moduler} ({median}).", "Høgast median: {moduler} ({median})."),
    "ov_under_mal": (
        "{n} av {m} moduler har median under målet.",
        "{n} av {m} modular har median under målet.",
    ),
    "ov_svakt_punkt_kort": (
        "Felles svakeste punkt: {indikator} – {enheter} av {av} enheter under målet.",
        "Felles svakaste punkt: {indikator} – {enheter} av {av} einingar under målet.",
    ),
    "ov_varsler_kort": (
        "{n} enheter har utilstrekkelig grunnlag i minst én modul (se datavarsler).",
        "{n} einingar har utilstrekkeleg grunnlag i minst éin modul (sjå datavarsel).",
    ),
    "ov_ingen_rader": ("Ingen vurderinger i utvalget.", "Ingen vurderingar i utvalet."),
    # Varmekart
    "ov_varmekart": ("Varmekart: enheter og moduler", "Varmekart: einingar og modular"),
    "ov_varmekart_forklaring": (
        "Hver rute er modulens poeng (0–4). Jo lavere poeng, desto mørkere rute; en hvit rute med "
        "tankestrek betyr ingen poeng (modulen er ikke med, ikke besvart eller har for lite grunnlag). "
        "Fet skrift: under modulens mål.",
        "Kvar rute er poenga til modulen (0–4). Dess lågare poeng, dess mørkare rute; ei kvit rute med "
        "tankestrek tyder ingen poeng (modulen er ikkje med, ikkje svara på eller har for lite grunnlag). "
        "Feit skrift: under målet for modulen.",
    ),
    "ov_enhet": ("Enhet", "Eining"),
    "ov_samlet_kort": ("Samlet", "Samla"),
    "ov_modulnokkel": ("Modulene", "Modulane"),
    # Fordeling
    "ov_fordeling": ("Fordeling per modul", "Fordeling per modul"),
    "ov_fordeling_forklaring": (
        "Minst, nedre kvartil, median, øvre kvartil og størst av enhetenes poeng, og hvor mange enheter "
        "som har poeng. Stolpen viser kvartilene, streken hele spennet og den tykke streken medianen; "
        "den stiplede streken er målet.",
        "Minst, nedre kvartil, median, øvre kvartil og størst av poenga til einingane, og kor mange "
        "einingar som har poeng. Stolpen viser kvartilane, streken heile spennet og den tjukke streken "
        "medianen; den stipla streken er målet.",
    ),
    "ov_modul": ("Modul", "Modul"),
    "ov_minst": ("Min.", "Min."),
    "ov_q1": ("Nedre kv.", "Nedre kv."),
    "ov_median": ("Median", "Median"),
    "ov_q3": ("Øvre kv.", "Øvre kv."),
    "ov_storst": ("Maks.", "Maks."),
    "ov_n": ("Enheter", "Einingar"),
    "ov_spenn": ("Spenn 0–4", "Spenn 0–4"),
    # Svake punkter
    "ov_svake": ("Felles svake punkter", "Felles svake punkt"),
    "ov_svake_forklaring": (
        "Indikatorene der flest enheter ligger under modulens mål.",
        "Indikatorane der flest einingar ligg under målet for modulen.",
    ),
    "ov_under_mal_kol": ("Under mål", "Under mål"),
    "ov_av_enheter": ("{n} av {av}", "{n} av {av}"),
    "ov_ingen_svake": ("Ingen indikatorer er under målet.", "Ingen indikatorar er under målet."),
    # Tiltak
    "ov_tiltak": ("Tiltaksplanene", "Tiltaksplanane"),
    "ov_tiltak_forklaring": (
        "Status på tiltakene i de valgte vurderingene.",
        "Status på tiltaka i dei valde vurderingane.",
    ),
    "ov_andel": ("Andel", "Del"),
    "ov_antall_kol": ("Antall", "Tal"),
    "ov_ingen_tiltak": ("Ingen tiltak er registrert.", "Ingen tiltak er registrerte."),
    # Trend
    "ov_trend": ("Distriktets utvikling", "Utviklinga i distriktet"),
    "ov_trend_forklaring": (
        "Medianen per modul år for år; for hvert år teller enhetens siste vurdering det året. "
        "Tallet under året er antall enheter.",
        "Medianen per modul år for år; for kvart år tel den siste vurderinga til eininga det året. "
        "Talet under året er talet på einingar.",
    ),
    "ov_ingen_trend": (
        "Utviklingen vises når enhetene har vurderinger fra minst to år.",
        "Utviklinga blir vist når einingane har vurderingar frå minst to år.",
    ),
    "ov_endring": ("Endring", "Endring"),
    # Datavarsler og kommentarer
    "ov_varsler": ("Datavarsler", "Datavarsel"),
    "ov_varsel": (
        "{enhet}: utilstrekkelig grunnlag i {moduler}.",
        "{enhet}: utilstrekkeleg grunnlag i {moduler}.",
    ),
    "ov_ingen_varsler": (
        "Ingen enheter har utilstrekkelig grunnlag i noen modul.",
        "Ingen einingar har utilstrekkeleg grunnlag i nokon modul.",
    ),
    "ov_kommentarer": ("Konklusjonene", "Konklusjonane"),
    "ov_kommentarer_forklaring": (
        "Tatt med etter ønske; fritekst kan navngi personer.",
        "Teke med etter ønske; fritekst kan namngi personar.",
    ),
    # Metode
    "ov_metode": ("Vedlegg: metode", "Vedlegg: metode"),
    "ov_metode_punkter": (
        "Samme enhet: likt distrikt og likt navn når store og små bokstaver, mellomrom, tegnsetting og "
        "endelser som «politistasjon» og «lensmannskontor» ses bort fra.|"
        "Som standard teller bare enhetens siste vurdering i utvalget (dato, så nyeste).|"
        "Modulpoengene er de samme som i enhetenes egne rapporter (se poengreglene der).|"
        "Kvartilene er lineært interpolert mellom de sorterte verdiene (som KVARTIL.INK i Excel) og vises "
        "med to desimaler.|"
        "Felles svake punkter: indikatorer med nivå under modulens mål, talt over enhetene.|"
        "Datavarsel: modulen har utilstrekkelig grunnlag (mer enn 25 % Vet ikke) og får ikke poeng.",
        "Same eining: likt distrikt og likt namn når store og små bokstavar, mellomrom, teiknsetjing og "
        "endingar som «politistasjon» og «lensmannskontor» blir sett bort frå.|"
        "Som standard tel berre den siste vurderinga til eininga i utvalet (dato, så nyaste).|"
        "Modulpoenga er dei same som i rapportane til einingane (sjå poengreglane der).|"
        "Kvartilane er lineært interpolerte mellom dei sorterte verdiane (som KVARTIL.INK i Excel) og blir "
        "viste med to desimalar.|"
        "Felles svake punkt: indikatorar med nivå under målet for modulen, talde over einingane.|"
        "Datavarsel: modulen har utilstrekkeleg grunnlag (meir enn 25 % Veit ikkje) og får ikkje poeng.",
    ),
    # Utvikling i enhetens rapport
    "utv_tittel": ("Utvikling siden forrige runde", "Utvikling sidan førre runde"),
    "utv_samlet": (
        "Samlet: {fra} → {til} ({endring}) fra {fra_dato} til {til_dato}.",
        "Samla: {fra} → {til} ({endring}) frå {fra_dato} til {til_dato}.",
    ),
    "utv_runder": ("Runde", "Runde"),
    "utv_vet_ikke": ("Vet ikke", "Veit ikkje"),
    "utv_bedret": ("Mest bedret", "Mest betra"),
    "utv_svekket": ("Mest svekket", "Mest svekt"),
    "utv_ingen_endring": ("Ingen endring.", "Inga endring."),
    "utv_erstatter": ("erstatter {ider}", "erstattar {ider}"),
    "utv_nye": (
        "Nye indikatorer (ikke sammenlignet): {liste}.",
        "Nye indikatorar (ikkje samanlikna): {liste}.",
    ),
    "utv_utgatte": ("Utgåtte indikatorer: {liste}.", "Utgåtte indikatorar: {liste}."),
    "utv_tiltak": (
        "Tiltakene fra forrige runde: {fullfort} av {vurdert} vurderte er fullført ({andel}).",
        "Tiltaka frå førre runde: {fullfort} av {vurdert} vurderte er fullførte ({andel}).",
    ),
    "utv_linje": (
        "Utvikling: samlet {fra} → {til} ({endring}); størst økning {opp}; størst fall {ned}.",
        "Utvikling: samla {fra} → {til} ({endring}); størst auke {opp}; størst fall {ned}.",
    ),
    "utv_ingen": ("ingen", "ingen"),
}
