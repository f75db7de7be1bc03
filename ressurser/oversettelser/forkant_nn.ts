<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nn_NO" sourcelanguage="nb_NO">
<context>
    <name>Begrunnelse</name>
    <message>
        <source>Hvorfor er indikatoren ikke relevant for enheten? (må fylles ut)</source>
        <translation>Kvifor er indikatoren ikkje relevant for eininga? (må fyllast ut)</translation>
    </message>
    <message>
        <source>Begrunnelse for Ikke relevant</source>
        <translation>Grunngiving for Ikkje relevant</translation>
    </message>
    <message>
        <source>Skriv en begrunnelse før du går videre, eller velg et nivå i stedet.</source>
        <translation>Skriv ei grunngiving før du går vidare, eller vel eit nivå i staden.</translation>
    </message>
    <message>
        <source>Mangler: skriv hvorfor indikatoren ikke er relevant.</source>
        <translation>Manglar: skriv kvifor indikatoren ikkje er relevant.</translation>
    </message>
</context>
<context>
    <name>Bunnlinje</name>
    <message>
        <source>◀ Tilbake</source>
        <translation>◀ Tilbake</translation>
    </message>
    <message>
        <source>Tilbake</source>
        <translation>Tilbake</translation>
    </message>
    <message>
        <source>Forrige side (PgUp)</source>
        <translation>Førre side (PgUp)</translation>
    </message>
    <message>
        <source>Lagringsstatus</source>
        <translation>Lagringsstatus</translation>
    </message>
    <message>
        <source>Neste ▶</source>
        <translation>Neste ▶</translation>
    </message>
    <message>
        <source>Neste</source>
        <translation>Neste</translation>
    </message>
    <message>
        <source>Neste side (PgDn eller Ctrl+Enter)</source>
        <translation>Neste side (PgDn eller Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Fullfør</source>
        <translation>Fullfør</translation>
    </message>
    <message>
        <source>Fullfør og marker som ferdig</source>
        <translation>Fullfør og merk som ferdig</translation>
    </message>
</context>
<context>
    <name>Enhetsdialog</name>
    <message>
        <source>Enhetene</source>
        <translation>Einingane</translation>
    </message>
    <message>
        <source>Samme enhet kan være skrevet på to måter i filer fra ulike maskiner. Slå dem sammen, så regnes rundene som én enhets utvikling. Enheten du slår sammen inn i, beholder navn og id.</source>
        <translation>Same eining kan vere skriven på to måtar i filer frå ulike maskiner. Slå dei saman, så blir rundane rekna som utviklinga til éi eining. Eininga du slår saman inn i, held på namn og id.</translation>
    </message>
    <message>
        <source>Gi nytt navn</source>
        <translation>Gi nytt namn</translation>
    </message>
    <message>
        <source>Enheten som skal få nytt navn</source>
        <translation>Eininga som skal få nytt namn</translation>
    </message>
    <message>
        <source>Nytt navn</source>
        <translation>Nytt namn</translation>
    </message>
    <message>
        <source>&amp;Enhet:</source>
        <translation>&amp;Eining:</translation>
    </message>
    <message>
        <source>&amp;Nytt navn:</source>
        <translation>&amp;Nytt namn:</translation>
    </message>
    <message>
        <source>Slå sammen to skrivemåter</source>
        <translation>Slå saman to skrivemåtar</translation>
    </message>
    <message>
        <source>Enheten som slås sammen inn i den andre</source>
        <translation>Eininga som blir slått saman inn i den andre</translation>
    </message>
    <message>
        <source>Enheten som beholdes</source>
        <translation>Eininga som blir halden på</translation>
    </message>
    <message>
        <source>Slå sammen…</source>
        <translation>Slå saman…</translation>
    </message>
    <message>
        <source>&amp;Flytt vurderingene til:</source>
        <translation>&amp;Flytt vurderingane til:</translation>
    </message>
    <message>
        <source>&amp;Inn i (beholdes):</source>
        <translation>&amp;Inn i (blir halden på):</translation>
    </message>
    <message>
        <source>Melding</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Lukk</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>{0} ({1}, {2} vurderinger)</source>
        <translation>{0} ({1}, {2} vurderingar)</translation>
    </message>
    <message>
        <source>Enheten har fått navnet «{0}».</source>
        <translation>Eininga har fått namnet «{0}».</translation>
    </message>
    <message>
        <source>Velg to ulike enheter.</source>
        <translation>Vel to ulike einingar.</translation>
    </message>
    <message>
        <source>Slå sammen enhetene?</source>
        <translation>Slå saman einingane?</translation>
    </message>
    <message>
        <source>Vurderingene til {0} flyttes til {1}, og {0} forsvinner fra listen. Det kan ikke angres.</source>
        <translation>Vurderingane til {0} blir flytte til {1}, og {0} forsvinn frå lista. Det kan ikkje angrast.</translation>
    </message>
    <message>
        <source>Slå sammen</source>
        <translation>Slå saman</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>{0} vurderinger er flyttet.</source>
        <translation>{0} vurderingar er flytte.</translation>
    </message>
</context>
<context>
    <name>Enhetsmerknader</name>
    <message>
        <source>Nivå i organisasjonen</source>
        <translation>Nivå i organisasjonen</translation>
    </message>
    <message>
        <source>Enhetens prioriterte problemer</source>
        <translation>Prioriterte problem i eininga</translation>
    </message>
    <message>
        <source>Dette avgjøres vanligvis på distriktsnivå. Svar ut fra hvordan det virker hos dere, og skriv i kommentaren hva som avgjøres i distriktet.</source>
        <translation>Dette blir vanlegvis avgjort på distriktsnivå. Svar ut frå korleis det verkar hos dykk, og skriv i kommentaren kva som blir avgjort i distriktet.</translation>
    </message>
    <message>
        <source>Svar ut fra enhetens prioriterte problemer:</source>
        <translation>Svar ut frå dei prioriterte problema i eininga:</translation>
    </message>
    <message>
        <source>Ingen er registrert ennå – legg dem inn på siden «Enhetens prioriterte problemer».</source>
        <translation>Ingen er registrerte enno – legg dei inn på sida «Prioriterte problem i eininga».</translation>
    </message>
    <message>
        <source>fra {0}</source>
        <translation>frå {0}</translation>
    </message>
    <message>
        <source>nå {0}</source>
        <translation>no {0}</translation>
    </message>
    <message>
        <source>mål {0}</source>
        <translation>mål {0}</translation>
    </message>
</context>
<context>
    <name>Forslagskort</name>
    <message>
        <source>Dobbeltklikk for å gå til indikatoren.</source>
        <translation>Dobbeltklikk for å gå til indikatoren.</translation>
    </message>
    <message>
        <source>Legg i tiltaksplan</source>
        <translation>Legg i tiltaksplan</translation>
    </message>
    <message>
        <source>Legg forslag {nr} i tiltaksplanen</source>
        <translation>Legg forslag {nr} i tiltaksplanen</translation>
    </message>
    <message>
        <source>✓ Ligger i tiltaksplanen</source>
        <translation>✓ Ligg i tiltaksplanen</translation>
    </message>
    <message>
        <source>Gå til indikatoren</source>
        <translation>Gå til indikatoren</translation>
    </message>
    <message>
        <source>Gå til indikator {id}</source>
        <translation>Gå til indikator {id}</translation>
    </message>
</context>
<context>
    <name>Hovedvindu</name>
    <message>
        <source>Forkant</source>
        <translation>Forkant</translation>
    </message>
    <message>
        <source>Startsiden</source>
        <translation>Startsida</translation>
    </message>
    <message>
        <source>Menylinje</source>
        <translation>Menylinje</translation>
    </message>
    <message>
        <source>&amp;Fil</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>Ny vurdering…</source>
        <translation>Ny vurdering…</translation>
    </message>
    <message>
        <source>Til startsiden</source>
        <translation>Til startsida</translation>
    </message>
    <message>
        <source>Eksporter rapport…</source>
        <translation>Eksporter rapport…</translation>
    </message>
    <message>
        <source>Kort rapport…</source>
        <translation>Kort rapport…</translation>
    </message>
    <message>
        <source>Full rapport (Word)…</source>
        <translation>Full rapport (Word)…</translation>
    </message>
    <message>
        <source>Lederoppsummering (Word)…</source>
        <translation>Leiaroppsummering (Word)…</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Rapportopplysninger…</source>
        <translation>Rapportopplysingar…</translation>
    </message>
    <message>
        <source>Eksporter .forkant-fil…</source>
        <translation>Eksporter .forkant-fil…</translation>
    </message>
    <message>
        <source>Importer .forkant-filer…</source>
        <translation>Importer .forkant-filer…</translation>
    </message>
    <message>
        <source>Samle individuelle svar…</source>
        <translation>Samle individuelle svar…</translation>
    </message>
    <message>
        <source>Gjenopprett sikkerhetskopi…</source>
        <translation>Gjenopprett tryggingskopi…</translation>
    </message>
    <message>
        <source>Avslutt</source>
        <translation>Avslutt</translation>
    </message>
    <message>
        <source>&amp;Vurdering</source>
        <translation>&amp;Vurdering</translation>
    </message>
    <message>
        <source>Gå til sammendraget</source>
        <translation>Gå til samandraget</translation>
    </message>
    <message>
        <source>Gå til tiltaksplanen</source>
        <translation>Gå til tiltaksplanen</translation>
    </message>
    <message>
        <source>Gå til første ubesvarte</source>
        <translation>Gå til den første utan svar</translation>
    </message>
    <message>
        <source>Åpne samling med prosjektor…</source>
        <translation>Opne samling med prosjektor…</translation>
    </message>
    <message>
        <source>Marker som ferdig…</source>
        <translation>Merk som ferdig…</translation>
    </message>
    <message>
        <source>Åpne igjen</source>
        <translation>Opne igjen</translation>
    </message>
    <message>
        <source>V&amp;is</source>
        <translation>V&amp;is</translation>
    </message>
    <message>
        <source>Større tekst</source>
        <translation>Større tekst</translation>
    </message>
    <message>
        <source>Mindre tekst</source>
        <translation>Mindre tekst</translation>
    </message>
    <message>
        <source>Normal tekststørrelse</source>
        <translation>Normal tekststorleik</translation>
    </message>
    <message>
        <source>Høy kontrast</source>
        <translation>Høg kontrast</translation>
    </message>
    <message>
        <source>Fullskjerm</source>
        <translation>Fullskjerm</translation>
    </message>
    <message>
        <source>Vis sidelisten</source>
        <translation>Vis sidelista</translation>
    </message>
    <message>
        <source>Innstillinger…</source>
        <translation>Innstillingar…</translation>
    </message>
    <message>
        <source>&amp;Hjelp</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <source>Hurtigtaster</source>
        <translation>Snøggtastar</translation>
    </message>
    <message>
        <source>0–4: velg nivå (når ingen tekstfelt er valgt)
V: Vet ikke
I: Ikke relevant
PgDn eller Ctrl+Enter: neste side
PgUp: forrige side
Tab / Shift+Tab: neste / forrige felt
Mellomrom eller Enter: velg nivåkortet som har fokus
Ctrl+pluss / Ctrl+minus / Ctrl+0: større, mindre, normal tekst
F11: fullskjerm
F9: vis eller skjul sidelisten
Ctrl+N: ny vurdering
Ctrl+Q: avslutt</source>
        <translation>0–4: vel nivå (når ikkje noko tekstfelt er valt)
V: Veit ikkje
I: Ikkje relevant
PgDn eller Ctrl+Enter: neste side
PgUp: førre side
Tab / Shift+Tab: neste / førre felt
Mellomrom eller Enter: vel nivåkortet som har fokus
Ctrl+pluss / Ctrl+minus / Ctrl+0: større, mindre, normal tekst
F11: fullskjerm
F9: vis eller gøym sidelista
Ctrl+N: ny vurdering
Ctrl+Q: avslutt</translation>
    </message>
    <message>
        <source>Om Forkant</source>
        <translation>Om Forkant</translation>
    </message>
    <message>
        <source>Forkant – {0}</source>
        <translation>Forkant – {0}</translation>
    </message>
    <message>
        <source>Spørsmålsbanken kan ikke brukes</source>
        <translation>Spørsmålsbanken kan ikkje brukast</translation>
    </message>
    <message>
        <source>Ny vurdering kan ikke lages fordi spørsmålsbanken har feil:
{0}</source>
        <translation>Det går ikkje å lage ei ny vurdering fordi spørsmålsbanken har feil:
{0}</translation>
    </message>
    <message>
        <source>Språket kan ikke byttes</source>
        <translation>Språket kan ikkje bytast</translation>
    </message>
    <message>
        <source>Forkant {0}

Modenhetsvurdering av forebygging som politiets hovedstrategi, etter Politidirektoratets strategi «I forkant av kriminaliteten» (2021–2025).

Alt lagres lokalt i {1}.</source>
        <translation>Forkant {0}

Modenheitsvurdering av førebygging som hovudstrategien til politiet, etter strategien til Politidirektoratet, «I forkant av kriminaliteten» (2021–2025).

Alt blir lagra lokalt i {1}.</translation>
    </message>
    <message>
        <source>Flere menyer</source>
        <translation>Fleire menyar</translation>
    </message>
    <message>
        <source>Noe er ikke lagret</source>
        <translation>Noko er ikkje lagra</translation>
    </message>
    <message>
        <source>Dette blir ikke lagret fordi svaret mangler:

{0}

Vil du gå videre likevel?</source>
        <translation>Dette blir ikkje lagra fordi svaret manglar:

{0}

Vil du gå vidare likevel?</translation>
    </message>
    <message>
        <source>Gå videre</source>
        <translation>Gå vidare</translation>
    </message>
    <message>
        <source>Bli her</source>
        <translation>Bli her</translation>
    </message>
    <message>
        <source>&amp;Enheter</source>
        <translation>&amp;Einingar</translation>
    </message>
</context>
<context>
    <name>Indikatorside</name>
    <message>
        <source>Vis eller skjul veiledningen</source>
        <translation>Vis eller skjul rettleiinga</translation>
    </message>
    <message>
        <source>Hvilket nivå beskriver enheten best i dag?</source>
        <translation>Kva nivå skildrar eininga best i dag?</translation>
    </message>
    <message>
        <source>Klikk på et kort, eller trykk 0–4. V = vet ikke, I = ikke relevant, PgDn = neste, PgUp = forrige.</source>
        <translation>Klikk på eit kort, eller trykk 0–4. V = veit ikkje, I = ikkje relevant, PgDn = neste, PgUp = førre.</translation>
    </message>
    <message>
        <source>Vet ikke</source>
        <translation>Veit ikkje</translation>
    </message>
    <message>
        <source>Ikke relevant</source>
        <translation>Ikkje relevant</translation>
    </message>
    <message>
        <source>Slik velger du nivå</source>
        <translation>Slik vel du nivå</translation>
    </message>
    <message>
        <source>{0}  ·  indikator {1} av {2}  ·  {3}</source>
        <translation>{0}  ·  indikator {1} av {2}  ·  {3}</translation>
    </message>
    <message>
        <source>Regel: {0}.</source>
        <translation>Regel: {0}.</translation>
    </message>
    <message>
        <source>Vet ikke  (V)</source>
        <translation>Veit ikkje  (V)</translation>
    </message>
    <message>
        <source>Ikke relevant  (I)</source>
        <translation>Ikkje relevant  (I)</translation>
    </message>
    <message>
        <source>▾ Skjul veiledning</source>
        <translation>▾ Skjul rettleiing</translation>
    </message>
    <message>
        <source>▸ Vis veiledning</source>
        <translation>▸ Vis rettleiing</translation>
    </message>
</context>
<context>
    <name>Innstillingsdialog</name>
    <message>
        <source>Innstillinger</source>
        <translation>Innstillingar</translation>
    </message>
    <message>
        <source>Bokmål</source>
        <translation>Bokmål</translation>
    </message>
    <message>
        <source>Nynorsk</source>
        <translation>Nynorsk</translation>
    </message>
    <message>
        <source>Språk i vinduet</source>
        <translation>Språk i vindauget</translation>
    </message>
    <message>
        <source>Språk i vinduet:</source>
        <translation>Språk i vindauget:</translation>
    </message>
    <message>
        <source>Høy kontrast</source>
        <translation>Høg kontrast</translation>
    </message>
    <message>
        <source>Svart bakgrunn, hvit og gul tekst.</source>
        <translation>Svart bakgrunn, kvit og gul tekst.</translation>
    </message>
    <message>
        <source>Kontrast:</source>
        <translation>Kontrast:</translation>
    </message>
    <message>
        <source>Tekststørrelse i prosent</source>
        <translation>Tekststorleik i prosent</translation>
    </message>
    <message>
        <source>Tekststørrelse:</source>
        <translation>Tekststorleik:</translation>
    </message>
    <message>
        <source>Tips: Ctrl+pluss og Ctrl+minus endrer tekststørrelsen, Ctrl+0 går tilbake til 100 %.</source>
        <translation>Tips: Ctrl+pluss og Ctrl+minus endrar tekststorleiken, Ctrl+0 går tilbake til 100 %.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>Kommunesvar</name>
    <message>
        <source>Svar per kommune</source>
        <translation>Svar per kommune</translation>
    </message>
    <message>
        <source>Når en kommune er besvart her, teller svarene per kommune og ikke nivåkortet over; indikatoren er besvart når alle kommunene er det.</source>
        <translation>Når ein kommune er svart på her, tel svara per kommune og ikkje nivåkortet over; indikatoren er svart på når alle kommunane er det.</translation>
    </message>
    <message>
        <source>Vurderingen har ingen kommuner.</source>
        <translation>Vurderinga har ingen kommunar.</translation>
    </message>
    <message>
        <source>Kommune</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Svar</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Begrunnelse (for Ikke relevant)</source>
        <translation>Grunngiving (for Ikkje relevant)</translation>
    </message>
    <message>
        <source>Ikke besvart</source>
        <translation>Ikkje svart på</translation>
    </message>
    <message>
        <source>Vet ikke</source>
        <translation>Veit ikkje</translation>
    </message>
    <message>
        <source>Ikke relevant</source>
        <translation>Ikkje relevant</translation>
    </message>
    <message>
        <source>Svar for {0}</source>
        <translation>Svar for {0}</translation>
    </message>
    <message>
        <source>Begrunnelse for Ikke relevant i {0}</source>
        <translation>Grunngiving for Ikkje relevant i {0}</translation>
    </message>
    <message>
        <source>Hvorfor er indikatoren ikke relevant her?</source>
        <translation>Kvifor er indikatoren ikkje relevant her?</translation>
    </message>
    <message>
        <source>Skriv hvorfor indikatoren ikke er relevant i {0}.</source>
        <translation>Skriv kvifor indikatoren ikkje er relevant i {0}.</translation>
    </message>
    <message>
        <source>Lagret for {0}.</source>
        <translation>Lagra for {0}.</translation>
    </message>
    <message>
        <source>Ikke lagret: {0}</source>
        <translation>Ikkje lagra: {0}</translation>
    </message>
    <message>
        <source>{0} av {1} kommuner er ikke besvart.</source>
        <translation>{0} av {1} kommunar er ikkje svarte på.</translation>
    </message>
    <message>
        <source>Ingen kommune har nivå.</source>
        <translation>Ingen kommune har nivå.</translation>
    </message>
    <message>
        <source>Snitt {0}. Svakest: {1} (nivå {2}).</source>
        <translation>Snitt {0}. Svakast: {1} (nivå {2}).</translation>
    </message>
</context>
<context>
    <name>Konsensuspanel</name>
    <message>
        <source>Konsensus</source>
        <translation>Konsensus</translation>
    </message>
    <message>
        <source>Forslag</source>
        <translation>Forslag</translation>
    </message>
    <message>
        <source>Uenighet</source>
        <translation>Usemje</translation>
    </message>
    <message>
        <source>Valgt nivå (blir svaret):</source>
        <translation>Valt nivå (blir svaret):</translation>
    </message>
    <message>
        <source>Velg nivå %1</source>
        <translation>Vel nivå %1</translation>
    </message>
    <message>
        <source>Hvem er uenige, og hvorfor (uten navn)</source>
        <translation>Kven er usamde, og kvifor (utan namn)</translation>
    </message>
    <message>
        <source>Dissensnotat</source>
        <translation>Dissensnotat</translation>
    </message>
    <message>
        <source>Begrunnelse eller det gruppen vil huske</source>
        <translation>Grunngiving eller det gruppa vil hugse</translation>
    </message>
    <message>
        <source>Kommentar</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>&amp;Dissens:</source>
        <translation>&amp;Dissens:</translation>
    </message>
    <message>
        <source>&amp;Kommentar:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <source>Godta nivå og gå videre (Enter)</source>
        <translation>Godta nivå og gå vidare (Enter)</translation>
    </message>
    <message>
        <source>Godta valgt nivå og gå til neste indikator</source>
        <translation>Godta det valde nivået og gå til neste indikator</translation>
    </message>
    <message>
        <source>Forslaget vises når fordelingen vises (R).</source>
        <translation>Forslaget blir vist når fordelinga blir vist (R).</translation>
    </message>
    <message>
        <source>Forslag: ingen stemmer ennå</source>
        <translation>Forslag: ingen røyster enno</translation>
    </message>
    <message>
        <source>Forslag: %1 – %2 (median av %3)</source>
        <translation>Forslag: %1 – %2 (median av %3)</translation>
    </message>
    <message>
        <source>1 stemme</source>
        <translation>1 røyst</translation>
    </message>
    <message>
        <source>%1 stemmer</source>
        <translation>%1 røyster</translation>
    </message>
    <message>
        <source>⚠ Uenighet: stemmene spenner over %1 nivåer (%2–%3).</source>
        <translation>⚠ Usemje: røystene spenner over %1 nivå (%2–%3).</translation>
    </message>
    <message>
        <source>Ingen uenighet (spenn %1).</source>
        <translation>Inga usemje (spenn %1).</translation>
    </message>
</context>
<context>
    <name>Modulintroside</name>
    <message>
        <source>Hva strategien sier</source>
        <translation>Kva strategien seier</translation>
    </message>
    <message>
        <source>Mål for modulen (nivået enheten vil nå):</source>
        <translation>Mål for modulen (nivået eininga vil nå):</translation>
    </message>
    <message>
        <source>Mål for modulen</source>
        <translation>Mål for modulen</translation>
    </message>
    <message>
        <source>Indikatorene i modulen</source>
        <translation>Indikatorane i modulen</translation>
    </message>
    <message>
        <source>Begynn på modulen</source>
        <translation>Byrj på modulen</translation>
    </message>
    <message>
        <source> – Vet ikke</source>
        <translation> – Veit ikkje</translation>
    </message>
    <message>
        <source> – Ikke relevant</source>
        <translation> – Ikkje relevant</translation>
    </message>
    <message>
        <source>Gå til første indikator</source>
        <translation>Gå til den første indikatoren</translation>
    </message>
    <message>
        <source>Strategisk tema</source>
        <translation>Strategisk tema</translation>
    </message>
    <message>
        <source>Fagområde</source>
        <translation>Fagområde</translation>
    </message>
    <message>
        <source>Tverrgående modul</source>
        <translation>Tverrgåande modul</translation>
    </message>
</context>
<context>
    <name>Nivakort</name>
    <message>
        <source>✓ Valgt</source>
        <translation>✓ Vald</translation>
    </message>
    <message>
        <source>Dette kan du vise fram: {0}</source>
        <translation>Dette kan du vise fram: {0}</translation>
    </message>
    <message>
        <source>Nivå {0}: {1}</source>
        <translation>Nivå {0}: {1}</translation>
    </message>
    <message>
        <source>Vurderingen er ferdig og kan bare leses.</source>
        <translation>Vurderinga er ferdig og kan berre lesast.</translation>
    </message>
    <message>
        <source>Trykk {0} eller klikk for å velge nivå {0}</source>
        <translation>Trykk {0} eller klikk for å velje nivå {0}</translation>
    </message>
</context>
<context>
    <name>Notater</name>
    <message>
        <source>Hva bygger svaret på?</source>
        <translation>Kva byggjer svaret på?</translation>
    </message>
    <message>
        <source>Dokumentert</source>
        <translation>Dokumentert</translation>
    </message>
    <message>
        <source>Svaret bygger på skriftlige kilder: planer, referater, statistikk.</source>
        <translation>Svaret byggjer på skriftlege kjelder: planar, referat, statistikk.</translation>
    </message>
    <message>
        <source>Erfart</source>
        <translation>Erfart</translation>
    </message>
    <message>
        <source>Svaret bygger på egen og kollegers erfaring.</source>
        <translation>Svaret byggjer på eigen erfaring og erfaringa til kollegaer.</translation>
    </message>
    <message>
        <source>Antatt</source>
        <translation>Antatt</translation>
    </message>
    <message>
        <source>Svaret er en antakelse som ikke er sjekket.</source>
        <translation>Svaret er ei antaking som ikkje er sjekka.</translation>
    </message>
    <message>
        <source>Grunnlag: {0}</source>
        <translation>Grunnlag: {0}</translation>
    </message>
    <message>
        <source>Kommentar (eksempler, hva som mangler):</source>
        <translation>Kommentar (døme, kva som manglar):</translation>
    </message>
    <message>
        <source>Kommentar</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Kilde eller dokumentasjon (for eksempel «Virksomhetsplan 2026, kap. 3»):</source>
        <translation>Kjelde eller dokumentasjon (til dømes «Verksemdsplan 2026, kap. 3»):</translation>
    </message>
    <message>
        <source>Kilde eller dokumentasjon</source>
        <translation>Kjelde eller dokumentasjon</translation>
    </message>
</context>
<context>
    <name>NyVurderingDialog</name>
    <message>
        <source>Ny vurdering</source>
        <extracomment>Forslag til roller; brukeren kan skrive hva som helst.</extracomment>
        <translation>Ny vurdering</translation>
    </message>
    <message>
        <source>For eksempel «Sentrum politistasjon»</source>
        <translation>Til dømes «Sentrum politistasjon»</translation>
    </message>
    <message>
        <source>Enhetens navn</source>
        <translation>Namnet på eininga</translation>
    </message>
    <message>
        <source>Enhet:</source>
        <translation>Eining:</translation>
    </message>
    <message>
        <source>Hva slags enhet som vurderes</source>
        <translation>Kva slags eining som blir vurdert</translation>
    </message>
    <message>
        <source>Tjenesteenhet</source>
        <translation>Tenesteeining</translation>
    </message>
    <message>
        <source>Geografisk driftsenhet (GDE)</source>
        <translation>Geografisk driftseining (GDE)</translation>
    </message>
    <message>
        <source>Politidistrikt</source>
        <translation>Politidistrikt</translation>
    </message>
    <message>
        <source>Enhetsnivå:</source>
        <translation>Einingsnivå:</translation>
    </message>
    <message>
        <source>Distrikt eller særorgan</source>
        <translation>Distrikt eller særorgan</translation>
    </message>
    <message>
        <source>Distrikt:</source>
        <translation>Distrikt:</translation>
    </message>
    <message>
        <source>Dato for vurderingen</source>
        <translation>Dato for vurderinga</translation>
    </message>
    <message>
        <source>Dato:</source>
        <translation>Dato:</translation>
    </message>
    <message>
        <source>Type vurdering</source>
        <translation>Type vurdering</translation>
    </message>
    <message>
        <source>Individuell – én person svarer</source>
        <translation>Individuell – éin person svarar</translation>
    </message>
    <message>
        <source>Samling – en gruppe svarer sammen</source>
        <translation>Samling – ei gruppe svarar saman</translation>
    </message>
    <message>
        <source>Samlet – flere svar slått sammen</source>
        <translation>Samla – fleire svar slått saman</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>Språk i rapporten</source>
        <translation>Språk i rapporten</translation>
    </message>
    <message>
        <source>Bokmål</source>
        <translation>Bokmål</translation>
    </message>
    <message>
        <source>Nynorsk</source>
        <translation>Nynorsk</translation>
    </message>
    <message>
        <source>Rapportspråk:</source>
        <translation>Rapportspråk:</translation>
    </message>
    <message>
        <source>Opprett vurdering</source>
        <translation>Opprett vurdering</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Deltakere</source>
        <translation>Deltakarar</translation>
    </message>
    <message>
        <source>Legg inn rollene som deltar. Navn er valgfritt – rollen er nok for rapporten.</source>
        <translation>Legg inn rollene som deltek. Namn er valfritt – rolla er nok for rapporten.</translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Velg eller skriv en rolle</source>
        <translation>Vel eller skriv ei rolle</translation>
    </message>
    <message>
        <source>Navn (valgfritt)</source>
        <translation>Namn (valfritt)</translation>
    </message>
    <message>
        <source>Navn, valgfritt</source>
        <translation>Namn, valfritt</translation>
    </message>
    <message>
        <source>Legg til deltaker</source>
        <translation>Legg til deltakar</translation>
    </message>
    <message>
        <source>Rolle:</source>
        <translation>Rolle:</translation>
    </message>
    <message>
        <source>Navn:</source>
        <translation>Namn:</translation>
    </message>
    <message>
        <source>Deltakere som er lagt til</source>
        <translation>Deltakarar som er lagde til</translation>
    </message>
    <message>
        <source>Fjern valgt deltaker</source>
        <translation>Fjern vald deltakar</translation>
    </message>
    <message>
        <source>Moduler og mål</source>
        <translation>Modular og mål</translation>
    </message>
    <message>
        <source>De fire strategiske temaene er alltid med. Velg fagområdene og de tverrgående modulene som gjelder enheten. Målet er nivået enheten vil nå (0–4).</source>
        <translation>Dei fire strategiske temaa er alltid med. Vel fagområda og dei tverrgåande modulane som gjeld eininga. Målet er nivået eininga vil nå (0–4).</translation>
    </message>
    <message>
        <source>Strategiske temaer (alltid med)</source>
        <translation>Strategiske tema (alltid med)</translation>
    </message>
    <message>
        <source>Fagområder</source>
        <translation>Fagområde</translation>
    </message>
    <message>
        <source>Tverrgående moduler</source>
        <translation>Tverrgåande modular</translation>
    </message>
    <message>
        <source>Ta med {0}</source>
        <translation>Ta med {0}</translation>
    </message>
    <message>
        <source>Mål for {0}</source>
        <translation>Mål for {0}</translation>
    </message>
    <message>
        <source>En politistasjon, et lensmannskontor eller en seksjon. Noen indikatorer avgjøres vanligvis i distriktet (for eksempel etterretningsbehov og budsjett); der sier veiviseren fra, og dere svarer ut fra hvordan det virker hos dere.</source>
        <translation>Ein politistasjon, eit lensmannskontor eller ein seksjon. Nokre indikatorar blir vanlegvis avgjorde i distriktet (til dømes etterretningsbehov og budsjett); der seier vegvisaren frå, og de svarer ut frå korleis det verkar hos dykk.</translation>
    </message>
    <message>
        <source>En geografisk driftsenhet svarer for sine tjenesteenheter; indikatorer som avgjøres i distriktet, blir merket.</source>
        <translation>Ei geografisk driftseining svarer for tenesteeiningane sine; indikatorar som blir avgjorde i distriktet, blir merkte.</translation>
    </message>
    <message>
        <source>Distriktet svarer for hele politidistriktet, også for det som avgjøres i distriktsledelsen.</source>
        <translation>Distriktet svarer for heile politidistriktet, også for det som blir avgjort i distriktsleiinga.</translation>
    </message>
    <message>
        <source>Skriv eller velg en rolle før du legger til en deltaker.</source>
        <translation>Skriv eller vel ei rolle før du legg til ein deltakar.</translation>
    </message>
    <message>
        <source>Skriv inn navnet på enheten.</source>
        <translation>Skriv inn namnet på eininga.</translation>
    </message>
    <message>
        <source>Vurderingen ble ikke opprettet: {0}</source>
        <translation>Vurderinga vart ikkje oppretta: {0}</translation>
    </message>
    <message>
        <source>Enhetsnivået ble ikke lagret</source>
        <translation>Einingsnivået vart ikkje lagra</translation>
    </message>
</context>
<context>
    <name>Oppfolgingsside</name>
    <message>
        <source>Oppfølging av forrige runde</source>
        <translation>Oppfølging av førre runde</translation>
    </message>
    <message>
        <source>Oppfølging, rullbart innhold</source>
        <translation>Oppfølging, rullbart innhald</translation>
    </message>
    <message>
        <source>Lagringsstatus</source>
        <translation>Lagringsstatus</translation>
    </message>
    <message>
        <source>Oppfølgingen kunne ikke leses: {feil}</source>
        <translation>Oppfølginga kunne ikkje lesast: {feil}</translation>
    </message>
    <message>
        <source>Dette er enhetens første vurdering, så det er ingen tiltak fra en forrige runde å følge opp.</source>
        <translation>Dette er den første vurderinga til eininga, så det er ingen tiltak frå ei førre runde å følgje opp.</translation>
    </message>
    <message>
        <source>Enhetens forrige vurdering ({dato}) hadde ingen tiltak å følge opp.</source>
        <translation>Den førre vurderinga til eininga ({dato}) hadde ingen tiltak å følgje opp.</translation>
    </message>
    <message>
        <source>Tiltakene fra enhetens forrige vurdering ({dato}). Sett status for hvert tiltak og skriv gjerne hva som er gjort. Alt lagres med en gang.</source>
        <translation>Tiltaka frå den førre vurderinga til eininga ({dato}). Set status for kvart tiltak og skriv gjerne kva som er gjort. Alt blir lagra med ein gong.</translation>
    </message>
    <message>
        <source>Ikke lagret</source>
        <translation>Ikkje lagra</translation>
    </message>
    <message>
        <source>Oppfølgingen ble ikke lagret</source>
        <translation>Oppfølginga vart ikkje lagra</translation>
    </message>
    <message>
        <source>Lagret kl. {tid}</source>
        <translation>Lagra kl. {tid}</translation>
    </message>
    <message>
        <source>{satt} av {alle} tiltak har fått status i denne runden.</source>
        <translation>{satt} av {alle} tiltak har fått status i denne runden.</translation>
    </message>
</context>
<context>
    <name>Oversiktsvindu</name>
    <message>
        <source>Oversikt over enhetene</source>
        <translation>Oversikt over einingane</translation>
    </message>
    <message>
        <source>Tallet i hver rute er modulens poeng 0–4; jo lavere poeng, desto mørkere rute. Fet skrift: under mål. Skravert rute med «–»: ingen poeng. Klikk på en kolonneoverskrift for å sortere; dobbeltklikk eller Enter åpner vurderingen.</source>
        <translation>Talet i kvar rute er poenga til modulen 0–4; jo lågare poeng, desto mørkare rute. Feit skrift: under mål. Skravert rute med «–»: ingen poeng. Klikk på ei kolonneoverskrift for å sortere; dobbeltklikk eller Enter opnar vurderinga.</translation>
    </message>
    <message>
        <source>Varmekart: enheter og moduler</source>
        <translation>Varmekart: einingar og modular</translation>
    </message>
    <message>
        <source>Én rad per enhet, én kolonne per modul med poengene. Enter åpner vurderingen.</source>
        <translation>Éi rad per eining, éi kolonne per modul med poenga. Enter opnar vurderinga.</translation>
    </message>
    <message>
        <source>Detaljer</source>
        <translation>Detaljar</translation>
    </message>
    <message>
        <source>Modul</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Minst</source>
        <translation>Minst</translation>
    </message>
    <message>
        <source>Nedre kvartil</source>
        <translation>Nedre kvartil</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>Øvre kvartil</source>
        <translation>Øvre kvartil</translation>
    </message>
    <message>
        <source>Størst</source>
        <translation>Størst</translation>
    </message>
    <message>
        <source>Enheter med poeng</source>
        <translation>Einingar med poeng</translation>
    </message>
    <message>
        <source>Indikator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Tittel</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>Under mål</source>
        <translation>Under mål</translation>
    </message>
    <message>
        <source>Andel</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Antall</source>
        <translation>Tal</translation>
    </message>
    <message>
        <source>Enhet</source>
        <translation>Eining</translation>
    </message>
    <message>
        <source>Moduler med utilstrekkelig grunnlag</source>
        <translation>Modular med for lite grunnlag</translation>
    </message>
    <message>
        <source>Fordeling per modul</source>
        <translation>Fordeling per modul</translation>
    </message>
    <message>
        <source>Felles svake punkter</source>
        <translation>Felles svake punkt</translation>
    </message>
    <message>
        <source>Tiltaksplanene</source>
        <translation>Tiltaksplanane</translation>
    </message>
    <message>
        <source>Datavarsler</source>
        <translation>Datavarsel</translation>
    </message>
    <message>
        <source>Antall enheter</source>
        <translation>Tal på einingar</translation>
    </message>
    <message>
        <source>Åpne vurderingen</source>
        <translation>Opne vurderinga</translation>
    </message>
    <message>
        <source>Åpne valgt vurdering</source>
        <translation>Opne vald vurdering</translation>
    </message>
    <message>
        <source>Utvikling…</source>
        <translation>Utvikling…</translation>
    </message>
    <message>
        <source>Vis utviklingen for valgt enhet</source>
        <translation>Vis utviklinga for vald eining</translation>
    </message>
    <message>
        <source>Lukk</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Distrikt</source>
        <translation>Distrikt</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Alle typer</source>
        <translation>Alle typar</translation>
    </message>
    <message>
        <source>Alle</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Vis alle runder</source>
        <translation>Vis alle rundar</translation>
    </message>
    <message>
        <source>Vis alle runder, ikke bare siste per enhet</source>
        <translation>Vis alle rundar, ikkje berre siste per eining</translation>
    </message>
    <message>
        <source>&amp;Distrikt:</source>
        <translation>&amp;Distrikt:</translation>
    </message>
    <message>
        <source>&amp;Periode:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Alle distrikter</source>
        <translation>Alle distrikt</translation>
    </message>
    <message>
        <source>Hele perioden</source>
        <translation>Heile perioden</translation>
    </message>
    <message>
        <source>Oversikten kan ikke vises</source>
        <translation>Oversikta kan ikkje visast</translation>
    </message>
    <message>
        <source>{0} vurderinger (alle runder)</source>
        <translation>{0} vurderingar (alle rundar)</translation>
    </message>
    <message>
        <source>{0} enheter (siste runde for hver)</source>
        <translation>{0} einingar (siste runde for kvar)</translation>
    </message>
    <message>
        <source>{0} av {1} enheter</source>
        <translation>{0} av {1} einingar</translation>
    </message>
</context>
<context>
    <name>Problemside</name>
    <message>
        <source>Enhetens prioriterte problemer</source>
        <translation>Prioriterte problem i eininga</translation>
    </message>
    <message>
        <source>Skriv inn de 1–5 lokale problemene enheten prioriterer (fra virksomhetsplanen, politirådet eller etterretningsbildet), med et effektmål som viser om det virker. Indikatorene om kunnskapsbasert arbeid besvares ut fra disse problemene. Alt lagres med en gang.</source>
        <translation>Skriv inn dei 1–5 lokale problema eininga prioriterer (frå verksemdsplanen, politirådet eller etterretningsbiletet), med eit effektmål som viser om det verkar. Indikatorane om kunnskapsbasert arbeid blir svarte ut frå desse problema. Alt blir lagra med ein gong.</translation>
    </message>
    <message>
        <source>Ta med fra forrige runde</source>
        <translation>Ta med frå førre runde</translation>
    </message>
    <message>
        <source>Ta med problemene fra forrige runde</source>
        <translation>Ta med problema frå førre runde</translation>
    </message>
    <message>
        <source>Ingen prioriterte problemer er registrert i denne vurderingen.</source>
        <translation>Ingen prioriterte problem er registrerte i denne vurderinga.</translation>
    </message>
    <message>
        <source>Legg til problem</source>
        <translation>Legg til problem</translation>
    </message>
    <message>
        <source>Legg til et prioritert problem</source>
        <translation>Legg til eit prioritert problem</translation>
    </message>
    <message>
        <source>Forrige runde hadde {0} prioriterte problemer. Ta dem med, og skriv inn den nye verdien for hvert.</source>
        <translation>Førre runde hadde {0} prioriterte problem. Ta dei med, og skriv inn den nye verdien for kvart.</translation>
    </message>
    <message>
        <source>Ikke lagret – se feilmeldingen.</source>
        <translation>Ikkje lagra – sjå feilmeldinga.</translation>
    </message>
    <message>
        <source>Fjern problemet</source>
        <translation>Fjern problemet</translation>
    </message>
    <message>
        <source>Fjerne «{0}» fra vurderingen?</source>
        <translation>Fjerne «{0}» frå vurderinga?</translation>
    </message>
    <message>
        <source>Fjern</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Problemet ble ikke fjernet</source>
        <translation>Problemet vart ikkje fjerna</translation>
    </message>
    <message>
        <source>Problem {0}</source>
        <translation>Problem {0}</translation>
    </message>
    <message>
        <source>Problemene ble ikke tatt med</source>
        <translation>Problema vart ikkje tekne med</translation>
    </message>
    <message>
        <source>✓ Lagret kl. {0}</source>
        <translation>✓ Lagra kl. {0}</translation>
    </message>
</context>
<context>
    <name>Problemskjema</name>
    <message>
        <source>Problem {0}</source>
        <translation>Problem {0}</translation>
    </message>
    <message>
        <source>Tittel:</source>
        <translation>Tittel:</translation>
    </message>
    <message>
        <source>For eksempel «Vold i sentrum fredag–lørdag natt»</source>
        <translation>Til dømes «Vald i sentrum fredag–laurdag natt»</translation>
    </message>
    <message>
        <source>Hvorfor prioritert:</source>
        <translation>Kvifor prioritert:</translation>
    </message>
    <message>
        <source>Virksomhetsplanen, politirådet, etterretningsbildet …</source>
        <translation>Verksemdsplanen, politirådet, etterretningsbiletet …</translation>
    </message>
    <message>
        <source>Effektmål:</source>
        <translation>Effektmål:</translation>
    </message>
    <message>
        <source>Hva som måles, for eksempel anmeldte voldssaker i sentrum</source>
        <translation>Kva som blir målt, til dømes melde valdssaker i sentrum</translation>
    </message>
    <message>
        <source>Kilde:</source>
        <translation>Kjelde:</translation>
    </message>
    <message>
        <source>PO/BL, Ungdata, innbyggerundersøkelsen …</source>
        <translation>PO/BL, Ungdata, innbyggjarundersøkinga …</translation>
    </message>
    <message>
        <source>Utgangsverdi:</source>
        <translation>Utgangsverdi:</translation>
    </message>
    <message>
        <source>Dato for utgangsverdien:</source>
        <translation>Dato for utgangsverdien:</translation>
    </message>
    <message>
        <source>dd.mm.åååå</source>
        <translation>dd.mm.åååå</translation>
    </message>
    <message>
        <source>Målverdi:</source>
        <translation>Målverdi:</translation>
    </message>
    <message>
        <source>Siste verdi:</source>
        <translation>Siste verdi:</translation>
    </message>
    <message>
        <source>Dato for siste verdi:</source>
        <translation>Dato for siste verdi:</translation>
    </message>
    <message>
        <source>Fjern problemet</source>
        <translation>Fjern problemet</translation>
    </message>
    <message>
        <source>Fjern {0}</source>
        <translation>Fjern {0}</translation>
    </message>
    <message>
        <source>Forrige runde: {0}.</source>
        <translation>Førre runde: {0}.</translation>
    </message>
    <message>
        <source>Skriv inn den nye verdien under «Siste verdi».</source>
        <translation>Skriv inn den nye verdien under «Siste verdi».</translation>
    </message>
    <message>
        <source>Problemet må ha en tittel før det kan lagres.</source>
        <translation>Problemet må ha ein tittel før det kan lagrast.</translation>
    </message>
    <message>
        <source>Utgangsverdien</source>
        <translation>Utgangsverdien</translation>
    </message>
    <message>
        <source>Målverdien</source>
        <translation>Målverdien</translation>
    </message>
    <message>
        <source>Siste verdi</source>
        <translation>Siste verdi</translation>
    </message>
</context>
<context>
    <name>Prosessledervindu</name>
    <message>
        <source>Samling – %1 (%2)</source>
        <translation>Samling – %1 (%2)</translation>
    </message>
    <message>
        <source>Prosesslederens vindu</source>
        <translation>Vindauget til prosessleiaren</translation>
    </message>
    <message>
        <source>Indikatorer</source>
        <translation>Indikatorar</translation>
    </message>
    <message>
        <source>Bare uenighet (ta opp igjen)</source>
        <translation>Berre usemje (ta opp igjen)</translation>
    </message>
    <message>
        <source>Vis bare indikatorer med uenighet</source>
        <translation>Vis berre indikatorar med usemje</translation>
    </message>
    <message>
        <source>Indikatorer i samlingen</source>
        <translation>Indikatorar i samlinga</translation>
    </message>
    <message>
        <source>Plass i gjennomgangen</source>
        <translation>Plass i gjennomgangen</translation>
    </message>
    <message>
        <source>◀ Forrige (PgUp)</source>
        <translation>◀ Førre (PgUp)</translation>
    </message>
    <message>
        <source>Forrige indikator</source>
        <translation>Førre indikator</translation>
    </message>
    <message>
        <source>Neste (PgDn) ▶</source>
        <translation>Neste (PgDn) ▶</translation>
    </message>
    <message>
        <source>Neste indikator</source>
        <translation>Neste indikator</translation>
    </message>
    <message>
        <source>Vis fordelingen på prosjektoren (R)</source>
        <translation>Vis fordelinga på prosjektoren (R)</translation>
    </message>
    <message>
        <source>Vis eller skjul fordelingen på prosjektoren</source>
        <translation>Vis eller skjul fordelinga på prosjektoren</translation>
    </message>
    <message>
        <source>Vis for meg (Ctrl+Shift+V)</source>
        <translation>Vis for meg (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <source>Vis stemmene og forslaget bare i dette vinduet, ikke på prosjektoren</source>
        <translation>Vis røystene og forslaget berre i dette vindauget, ikkje på prosjektoren</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Vurderingen er markert som ferdig; stemmer og svar kan ikke endres før den åpnes igjen.</source>
        <translation>Vurderinga er merkt som ferdig; røyster og svar kan ikkje endrast før ho blir opna igjen.</translation>
    </message>
    <message>
        <source>⚠ uenighet</source>
        <translation>⚠ usemje</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>✓</source>
        <translation>✓</translation>
    </message>
    <message>
        <source>Indikator %1 av %2 · %3 besvart</source>
        <translation>Indikator %1 av %2 · %3 svarte på</translation>
    </message>
    <message>
        <source>Stemmene er lagret.</source>
        <translation>Røystene er lagra.</translation>
    </message>
    <message>
        <source>Skjul fordelingen (R)</source>
        <translation>Skjul fordelinga (R)</translation>
    </message>
    <message>
        <source>Lagret: %1 fikk nivå %2.</source>
        <translation>Lagra: %1 fekk nivå %2.</translation>
    </message>
    <message>
        <source>Vis fordelingen for gruppen (R) før dere godtar et nivå.</source>
        <translation>Vis fordelinga for gruppa (R) før de godtek eit nivå.</translation>
    </message>
    <message>
        <source>Ingen stemmer ennå og ikke noe valgt nivå – ingenting å godta.</source>
        <translation>Ingen røyster enno og ikkje noko valt nivå – ingenting å godta.</translation>
    </message>
    <message>
        <source>Dette var siste indikator.</source>
        <translation>Dette var den siste indikatoren.</translation>
    </message>
</context>
<context>
    <name>Prosjektorvindu</name>
    <message>
        <source>Forkant – samling (prosjektor)</source>
        <translation>Forkant – samling (prosjektor)</translation>
    </message>
    <message>
        <source>Prosjektorvisning</source>
        <translation>Prosjektorvising</translation>
    </message>
    <message>
        <source>Stemmefordeling</source>
        <translation>Røystefordeling</translation>
    </message>
    <message>
        <source>%1 av %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <source>Ingen stemmer</source>
        <translation>Ingen røyster</translation>
    </message>
    <message>
        <source>1 stemme</source>
        <translation>1 røyst</translation>
    </message>
    <message>
        <source>%1 stemmer</source>
        <translation>%1 røyster</translation>
    </message>
    <message>
        <source>Median: %1 – %2</source>
        <translation>Median: %1 – %2</translation>
    </message>
    <message>
        <source>Spenn: %1 (nivå %2–%3)</source>
        <translation>Spenn: %1 (nivå %2–%3)</translation>
    </message>
    <message>
        <source>1 nivå</source>
        <translation>1 nivå</translation>
    </message>
    <message>
        <source>%1 nivåer</source>
        <translation>%1 nivå</translation>
    </message>
    <message>
        <source>⚠ UENIGHET</source>
        <translation>⚠ USEMJE</translation>
    </message>
    <message>
        <source>✓ Valgt: %1 – %2</source>
        <translation>✓ Valt: %1 – %2</translation>
    </message>
    <message>
        <source>Tiden er ute</source>
        <translation>Tida er ute</translation>
    </message>
</context>
<context>
    <name>RadarDiagram</name>
    <message>
        <source>Radardiagram: strategiske temaer mot mål</source>
        <translation>Radardiagram: strategiske tema mot mål</translation>
    </message>
    <message>
        <source>Ingen temaer å vise.</source>
        <translation>Ingen tema å vise.</translation>
    </message>
    <message>
        <source>mål</source>
        <translation>mål</translation>
    </message>
    <message>
        <source>ingen poeng</source>
        <translation>ingen poeng</translation>
    </message>
    <message>
        <source>Nivå 0–4 per strategisk tema mot mål. </source>
        <translation>Nivå 0–4 per strategisk tema mot mål. </translation>
    </message>
    <message>
        <source>For få temaer til et radardiagram.</source>
        <translation>For få tema til eit radardiagram.</translation>
    </message>
</context>
<context>
    <name>Rapportopplysninger</name>
    <message>
        <source>Rapportopplysninger</source>
        <translation>Rapportopplysingar</translation>
    </message>
    <message>
        <source>Merkingen står på hver side av rapportene. Konklusjonen og signaturlinjen står i lederoppsummeringen (Kort rapport).</source>
        <translation>Merkinga står på kvar side av rapportane. Konklusjonen og signaturlinja står i leiaroppsummeringa (Kort rapport).</translation>
    </message>
    <message>
        <source>Merking</source>
        <translation>Merking</translation>
    </message>
    <message>
        <source>Konklusjon</source>
        <translation>Konklusjon</translation>
    </message>
    <message>
        <source>Hva ledelsen bør vite og gjøre, med enhetens egne ord</source>
        <translation>Kva leiinga bør vite og gjere, med eininga sine eigne ord</translation>
    </message>
    <message>
        <source>Signatur: navn</source>
        <translation>Signatur: namn</translation>
    </message>
    <message>
        <source>Kan stå tomt</source>
        <translation>Kan stå tomt</translation>
    </message>
    <message>
        <source>Signatur: rolle</source>
        <translation>Signatur: rolle</translation>
    </message>
    <message>
        <source>For eksempel Stasjonssjef</source>
        <translation>Til dømes stasjonssjef</translation>
    </message>
    <message>
        <source>Signatur: dato</source>
        <translation>Signatur: dato</translation>
    </message>
    <message>
        <source>&amp;Merking:</source>
        <translation>&amp;Merking:</translation>
    </message>
    <message>
        <source>&amp;Konklusjon:</source>
        <translation>&amp;Konklusjon:</translation>
    </message>
    <message>
        <source>Signatur, &amp;navn:</source>
        <translation>Signatur, &amp;namn:</translation>
    </message>
    <message>
        <source>Signatur, &amp;rolle:</source>
        <translation>Signatur, &amp;rolle:</translation>
    </message>
    <message>
        <source>Signatur, &amp;dato:</source>
        <translation>Signatur, &amp;dato:</translation>
    </message>
    <message>
        <source>Lagre</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Ikke lagret</source>
        <translation>Ikkje lagra</translation>
    </message>
</context>
<context>
    <name>Samledialog</name>
    <message>
        <source>Samle individuelle svar</source>
        <translation>Samle individuelle svar</translation>
    </message>
    <message>
        <source>Svarene i filene blir én samlet vurdering: per indikator stemmefordelingen, medianen som forslag og uenighet når svarene spenner over to nivåer eller mer.</source>
        <translation>Svara i filene blir éi samla vurdering: per indikator røystefordelinga, medianen som forslag og usemje når svara spenner over to nivå eller meir.</translation>
    </message>
    <message>
        <source>Enhet</source>
        <translation>Eining</translation>
    </message>
    <message>
        <source>Distrikt</source>
        <translation>Distrikt</translation>
    </message>
    <message>
        <source>Som i filene</source>
        <translation>Som i filene</translation>
    </message>
    <message>
        <source>Dato</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>&amp;Enhet:</source>
        <translation>&amp;Eining:</translation>
    </message>
    <message>
        <source>&amp;Distrikt:</source>
        <translation>&amp;Distrikt:</translation>
    </message>
    <message>
        <source>D&amp;ato:</source>
        <translation>D&amp;ato:</translation>
    </message>
    <message>
        <source>Samle</source>
        <translation>Samle</translation>
    </message>
    <message>
        <source>Samle svarene</source>
        <translation>Samle svara</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Skriv inn enheten den samlede vurderingen gjelder.</source>
        <translation>Skriv inn eininga den samla vurderinga gjeld.</translation>
    </message>
</context>
<context>
    <name>Sammendragside</name>
    <message>
        <source>Sammendrag</source>
        <translation>Samandrag</translation>
    </message>
    <message>
        <source>Sammendrag, rullbart innhold</source>
        <translation>Samandrag, rullbart innhald</translation>
    </message>
    <message>
        <source>Utvikling…</source>
        <translation>Utvikling…</translation>
    </message>
    <message>
        <source>Vis enhetens utvikling over rundene</source>
        <translation>Vis utviklinga til eininga over rundane</translation>
    </message>
    <message>
        <source>Enhetens utvikling fra runde til runde (fra andre runde).</source>
        <translation>Utviklinga til eininga frå runde til runde (frå andre runde).</translation>
    </message>
    <message>
        <source>Andel besvarte indikatorer</source>
        <translation>Delen av indikatorane som er svarte på</translation>
    </message>
    <message>
        <source>Strategiske temaer mot mål</source>
        <translation>Strategiske tema mot mål</translation>
    </message>
    <message>
        <source>Alle moduler mot mål</source>
        <translation>Alle modular mot mål</translation>
    </message>
    <message>
        <source>Datagrunnlag</source>
        <translation>Datagrunnlag</translation>
    </message>
    <message>
        <source>Modul for modul</source>
        <translation>Modul for modul</translation>
    </message>
    <message>
        <source>Tabell over modulene med poeng, mål og svakeste ledd</source>
        <translation>Tabell over modulane med poeng, mål og svakaste ledd</translation>
    </message>
    <message>
        <source>Modul</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Poeng</source>
        <translation>Poeng</translation>
    </message>
    <message>
        <source>Nivå</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <source>Mål</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Gap</translation>
    </message>
    <message>
        <source>Svakeste ledd</source>
        <translation>Svakaste ledd</translation>
    </message>
    <message>
        <source>Besvart</source>
        <translation>Svart på</translation>
    </message>
    <message>
        <source>Dobbeltklikk eller trykk Enter for å gå til modulens svakeste indikator.</source>
        <translation>Dobbeltklikk eller trykk Enter for å gå til den svakaste indikatoren i modulen.</translation>
    </message>
    <message>
        <source>Svakeste indikatorer</source>
        <translation>Svakaste indikatorar</translation>
    </message>
    <message>
        <source>Størst avstand til målet først; ved lik avstand det som veier mest i poengene.</source>
        <translation>Størst avstand til målet først; ved lik avstand det som veg mest i poenga.</translation>
    </message>
    <message>
        <source>De svakeste indikatorene</source>
        <translation>Dei svakaste indikatorane</translation>
    </message>
    <message>
        <source>Indikator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Dobbeltklikk eller trykk Enter på en indikator for å gå til den.</source>
        <translation>Dobbeltklikk eller trykk Enter på ein indikator for å gå til han.</translation>
    </message>
    <message>
        <source>Prioriterte forslag</source>
        <translation>Prioriterte forslag</translation>
    </message>
    <message>
        <source>Vis alle forslag eller bare de første</source>
        <translation>Vis alle forslaga eller berre dei første</translation>
    </message>
    <message>
        <source>Indikatorene under målet, viktigst først. Prioriteten er indikatorens vekt ganger et tall for avstanden til målet: 3 for ett nivå under, 8 for to, 15 for tre og 24 for fire. Legg dem dere vil gjøre noe med i tiltaksplanen.</source>
        <translation>Indikatorane under målet, viktigast først. Prioriteten er vekta til indikatoren gonger eit tal for avstanden til målet: 3 for eitt nivå under, 8 for to, 15 for tre og 24 for fire. Legg dei de vil gjere noko med, i tiltaksplanen.</translation>
    </message>
    <message>
        <source>Kolonneoverskrifter</source>
        <translation>Kolonneoverskrifter</translation>
    </message>
    <message>
        <source>Merk alle</source>
        <translation>Merk alle</translation>
    </message>
    <message>
        <source>Sammendraget kunne ikke lages: {feil}</source>
        <translation>Samandraget kunne ikkje lagast: {feil}</translation>
    </message>
    <message>
        <source>Tiltaket ble ikke lagret</source>
        <translation>Tiltaket vart ikkje lagra</translation>
    </message>
    <message>
        <source>utilstrekkelig grunnlag</source>
        <translation>utilstrekkeleg grunnlag</translation>
    </message>
    <message>
        <source>ikke relevant</source>
        <translation>ikkje relevant</translation>
    </message>
    <message>
        <source>ikke besvart</source>
        <translation>ikkje svart på</translation>
    </message>
    <message>
        <source>Ingen samlet poengsum</source>
        <translation>Ingen samla poengsum</translation>
    </message>
    <message>
        <source>Bare {antall} av {alle} strategiske temaer har poeng; minst {minst} trengs for en samlet poengsum.</source>
        <translation>Berre {antall} av {alle} strategiske tema har poeng; minst {minst} trengst for ein samla poengsum.</translation>
    </message>
    <message>
        <source>Samlet nivå: {poeng} – {navn}</source>
        <translation>Samla nivå: {poeng} – {navn}</translation>
    </message>
    <message>
        <source>Snittet av de strategiske temaene. Fagområder og tverrgående moduler vises hver for seg.</source>
        <translation>Snittet av dei strategiske temaa. Fagområde og tverrgåande modular blir viste kvar for seg.</translation>
    </message>
    <message>
        <source>Uten {tema}, som mangler nok grunnlag.</source>
        <translation>Utan {tema}, som manglar nok grunnlag.</translation>
    </message>
    <message>
        <source>⚠ Vurderingen er ikke ferdig besvart: {besvart} av {antall} indikatorer er besvart ({andel}). Poengene bygger bare på det som er besvart så langt.</source>
        <translation>⚠ Vurderinga er ikkje ferdig svart på: {besvart} av {antall} indikatorar er svarte på ({andel}). Poenga byggjer berre på det som er svart på så langt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{modul}: utilstrekkelig grunnlag.&lt;/b&gt; {vet_ikke} av {relevante} relevante indikatorer er besvart med «Vet ikke» (grensen er {grense}). Kartlegg før neste runde.</source>
        <translation>&lt;b&gt;{modul}: utilstrekkeleg grunnlag.&lt;/b&gt; {vet_ikke} av {relevante} relevante indikatorar er svarte på med «Veit ikkje» (grensa er {grense}). Kartlegg før neste runde.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{modul}:&lt;/b&gt; alle indikatorene er ikke relevante.</source>
        <translation>&lt;b&gt;{modul}:&lt;/b&gt; ingen av indikatorane er relevante.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{modul}:&lt;/b&gt; {ubesvart} av {antall} indikatorer er ikke besvart.</source>
        <translation>&lt;b&gt;{modul}:&lt;/b&gt; {ubesvart} av {antall} indikatorar er ikkje svarte på.</translation>
    </message>
    <message>
        <source>{n} svar er «Vet ikke»; hvert av dem gir et eget forslag om å kartlegge før neste runde.</source>
        <translation>{n} svar er «Veit ikkje»; kvart av dei gir eit eige forslag om å kartleggje før neste runde.</translation>
    </message>
    <message>
        <source>{n} av {m} nivåsvar bygger på antakelser (grunnlag «antatt»).</source>
        <translation>{n} av {m} nivåsvar byggjer på antakingar (grunnlag «antatt»).</translation>
    </message>
    <message>
        <source>Alle modulene har nok grunnlag til å få poeng.</source>
        <translation>Alle modulane har nok grunnlag til å få poeng.</translation>
    </message>
    <message>
        <source>{besvart} av {antall}</source>
        <translation>{besvart} av {antall}</translation>
    </message>
    <message>
        <source>Ingen indikatorer har fått et nivå ennå.</source>
        <translation>Ingen indikatorar har fått eit nivå enno.</translation>
    </message>
    <message>
        <source>{modul} · besvart med «Vet ikke» – kartlegg før neste runde</source>
        <translation>{modul} · svart på med «Veit ikkje» – kartlegg før neste runde</translation>
    </message>
    <message>
        <source>1 nivå</source>
        <translation>1 nivå</translation>
    </message>
    <message>
        <source>{0} nivåer</source>
        <translation>{0} nivå</translation>
    </message>
    <message>
        <source>{modul} · nå nivå {niva} ({navn}), mål {mal} · prioritet {prioritet} (vekt {vekt} × {faktor} for {avstand} under målet)</source>
        <translation>{modul} · no nivå {niva} ({navn}), mål {mal} · prioritet {prioritet} (vekt {vekt} × {faktor} for {avstand} under målet)</translation>
    </message>
    <message>
        <source>Ingen forslag: alle besvarte indikatorer har nådd målet.</source>
        <translation>Ingen forslag: alle indikatorane som er svarte på, har nådd målet.</translation>
    </message>
    <message>
        <source>Vis bare de {antall} første forslagene</source>
        <translation>Vis berre dei {antall} første forslaga</translation>
    </message>
    <message>
        <source>Vis alle {antall} forslagene</source>
        <translation>Vis alle dei {antall} forslaga</translation>
    </message>
</context>
<context>
    <name>Sideliste</name>
    <message>
        <source>Kolonneoverskrift</source>
        <translation>Kolonneoverskrift</translation>
    </message>
    <message>
        <source>Innhold i vurderingen</source>
        <translation>Innhald i vurderinga</translation>
    </message>
    <message>
        <source>Moduler og indikatorer. ✓ besvart, ? vet ikke, – ikke relevant, ○ ikke besvart. Enter går dit.</source>
        <translation>Modular og indikatorar. ✓ svart på, ? veit ikkje, – ikkje relevant, ○ ikkje svart på. Enter går dit.</translation>
    </message>
    <message>
        <source>Enhetens prioriterte problemer</source>
        <translation>Prioriterte problem i eininga</translation>
    </message>
    <message>
        <source>Oppfølging av forrige runde</source>
        <translation>Oppfølging av førre runde</translation>
    </message>
    <message>
        <source>Sammendrag</source>
        <translation>Samandrag</translation>
    </message>
    <message>
        <source>Tiltaksplan</source>
        <translation>Tiltaksplan</translation>
    </message>
    <message>
        <source>{0}: {1} av {2} indikatorer besvart</source>
        <translation>{0}: {1} av {2} indikatorar svarte på</translation>
    </message>
    <message>
        <source>ikke relevant – venter på begrunnelse</source>
        <translation>ikkje relevant – ventar på grunngiving</translation>
    </message>
    <message>
        <source>ikke besvart</source>
        <translation>ikkje svart på</translation>
    </message>
    <message>
        <source>nivå {0}</source>
        <translation>nivå {0}</translation>
    </message>
    <message>
        <source>vet ikke</source>
        <translation>veit ikkje</translation>
    </message>
    <message>
        <source>ikke relevant</source>
        <translation>ikkje relevant</translation>
    </message>
</context>
<context>
    <name>Smaadiagrammer</name>
    <message>
        <source>Diagram: poeng per modul og runde</source>
        <translation>Diagram: poeng per modul og runde</translation>
    </message>
    <message>
        <source>Ingen moduler å vise.</source>
        <translation>Ingen modular å vise.</translation>
    </message>
    <message>
        <source>Poeng 0–4 per runde. </source>
        <translation>Poeng 0–4 per runde. </translation>
    </message>
</context>
<context>
    <name>Startside</name>
    <message>
        <source>Forkant</source>
        <translation>Forkant</translation>
    </message>
    <message>
        <source>Vurder hvor langt enheten er kommet i å gjøre forebygging til hovedstrategi, slik strategien «I forkant av kriminaliteten» beskriver det. Alt lagres på denne maskinen.</source>
        <translation>Vurder kor langt eininga har kome i å gjere førebygging til hovudstrategi, slik strategien «I forkant av kriminaliteten» skildrar det. Alt blir lagra på denne maskina.</translation>
    </message>
    <message>
        <source>Ny vurdering…</source>
        <translation>Ny vurdering…</translation>
    </message>
    <message>
        <source>Ny vurdering</source>
        <translation>Ny vurdering</translation>
    </message>
    <message>
        <source>Fortsett</source>
        <translation>Hald fram</translation>
    </message>
    <message>
        <source>Fortsett valgt vurdering</source>
        <translation>Hald fram med den valde vurderinga</translation>
    </message>
    <message>
        <source>Åpne samling…</source>
        <translation>Opne samling…</translation>
    </message>
    <message>
        <source>Åpne samling for valgt vurdering</source>
        <translation>Opne samling for den valde vurderinga</translation>
    </message>
    <message>
        <source>Lede en samling med prosjektor: stemmer per nivå, konsensus og dissens</source>
        <translation>Leie ei samling med prosjektor: røyster per nivå, konsensus og dissens</translation>
    </message>
    <message>
        <source>Importer…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Importer vurderinger fra .forkant-filer</source>
        <translation>Importer vurderingar frå .forkant-filer</translation>
    </message>
    <message>
        <source>Slett…</source>
        <translation>Slett…</translation>
    </message>
    <message>
        <source>Slett valgt vurdering</source>
        <translation>Slett den valde vurderinga</translation>
    </message>
    <message>
        <source>Vurderinger</source>
        <translation>Vurderingar</translation>
    </message>
    <message>
        <source>Velg en vurdering og trykk Enter for å fortsette den.</source>
        <translation>Vel ei vurdering og trykk Enter for å halde fram med henne.</translation>
    </message>
    <message>
        <source>Radnumre</source>
        <translation>Radnummer</translation>
    </message>
    <message>
        <source>Kolonneoverskrifter</source>
        <translation>Kolonneoverskrifter</translation>
    </message>
    <message>
        <source>Ingen vurderinger ennå. Trykk «Ny vurdering…» for å begynne på enhetens første vurdering.</source>
        <translation>Ingen vurderingar enno. Trykk «Ny vurdering…» for å byrje på den første vurderinga til eininga.</translation>
    </message>
    <message>
        <source>Kan ikke lese vurderingene</source>
        <translation>Kan ikkje lese vurderingane</translation>
    </message>
    <message>
        <source>Slette vurderingen?</source>
        <translation>Slette vurderinga?</translation>
    </message>
    <message>
        <source>Vil du slette vurderingen av «{0}» fra {1} for godt? Alle svar og tiltak i den blir borte, og det kan ikke angres.</source>
        <translation>Vil du slette vurderinga av «{0}» frå {1} for godt? Alle svar og tiltak i henne blir borte, og det kan ikkje angrast.</translation>
    </message>
    <message>
        <source>Slett</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Kunne ikke slette</source>
        <translation>Kunne ikkje slette</translation>
    </message>
    <message>
        <source>Søk på enhet eller distrikt</source>
        <translation>Søk på eining eller distrikt</translation>
    </message>
    <message>
        <source>Søk i vurderingene</source>
        <translation>Søk i vurderingane</translation>
    </message>
    <message>
        <source>&amp;Søk:</source>
        <translation>&amp;Søk:</translation>
    </message>
    <message>
        <source>Antall vurderinger</source>
        <translation>Tal på vurderingar</translation>
    </message>
    <message>
        <source>Vis flere</source>
        <translation>Vis fleire</translation>
    </message>
    <message>
        <source>Vis flere vurderinger</source>
        <translation>Vis fleire vurderingar</translation>
    </message>
    <message>
        <source>Viser {0} av {1} treff</source>
        <translation>Viser {0} av {1} treff</translation>
    </message>
    <message>
        <source>Viser de {0} sist endrede av {1}</source>
        <translation>Viser dei {0} sist endra av {1}</translation>
    </message>
</context>
<context>
    <name>Stemmediagram</name>
    <message>
        <source>Stemmefordeling</source>
        <translation>Røystefordeling</translation>
    </message>
    <message>
        <source>nivå %1: %2</source>
        <translation>nivå %1: %2</translation>
    </message>
    <message>
        <source>Stemmer per nivå: </source>
        <translation>Røyster per nivå: </translation>
    </message>
</context>
<context>
    <name>Stemmepanel</name>
    <message>
        <source>Stemmer</source>
        <translation>Røyster</translation>
    </message>
    <message>
        <source>Antall per nivå</source>
        <translation>Tal per nivå</translation>
    </message>
    <message>
        <source>Registrer stemmer som antall per nivå</source>
        <translation>Registrer røyster som tal per nivå</translation>
    </message>
    <message>
        <source>Per deltaker</source>
        <translation>Per deltakar</translation>
    </message>
    <message>
        <source>Registrer stemmer per anonym deltaker</source>
        <translation>Registrer røyster per anonym deltakar</translation>
    </message>
    <message>
        <source>Registrerte stemmer</source>
        <translation>Registrerte røyster</translation>
    </message>
    <message>
        <source>Stemmer på nivå %1</source>
        <translation>Røyster på nivå %1</translation>
    </message>
    <message>
        <source>Ta bort en stemme på nivå %1</source>
        <translation>Ta bort ei røyst på nivå %1</translation>
    </message>
    <message>
        <source>Legg til en stemme på nivå %1</source>
        <translation>Legg til ei røyst på nivå %1</translation>
    </message>
    <message>
        <source>Shift+%1</source>
        <translation>Shift+%1</translation>
    </message>
    <message>
        <source>Tast %1</source>
        <translation>Tast %1</translation>
    </message>
    <message>
        <source>Antall deltakere:</source>
        <translation>Tal på deltakarar:</translation>
    </message>
    <message>
        <source>Antall deltakere</source>
        <translation>Tal på deltakarar</translation>
    </message>
    <message>
        <source>Deltakernes stemmer</source>
        <translation>Røystene til deltakarane</translation>
    </message>
    <message>
        <source>Sett valgt deltakers stemme til nivå %1</source>
        <translation>Set røysta til den valde deltakaren til nivå %1</translation>
    </message>
    <message>
        <source>Fjern stemme</source>
        <translation>Fjern røyst</translation>
    </message>
    <message>
        <source>Fjern valgt deltakers stemme</source>
        <translation>Fjern røysta til den valde deltakaren</translation>
    </message>
    <message>
        <source>Registrert: ingen stemmer</source>
        <translation>Registrert: ingen røyster</translation>
    </message>
    <message>
        <source>Registrert: %1</source>
        <translation>Registrert: %1</translation>
    </message>
    <message>
        <source>1 stemme</source>
        <translation>1 røyst</translation>
    </message>
    <message>
        <source>%1 stemmer</source>
        <translation>%1 røyster</translation>
    </message>
    <message>
        <source>har stemt</source>
        <translation>har røysta</translation>
    </message>
    <message>
        <source>Deltaker %1: %2</source>
        <translation>Deltakar %1: %2</translation>
    </message>
</context>
<context>
    <name>Stolpediagram</name>
    <message>
        <source>Stolpediagram: poeng per modul mot mål</source>
        <translation>Stolpediagram: poeng per modul mot mål</translation>
    </message>
    <message>
        <source>Ingen moduler å vise.</source>
        <translation>Ingen modular å vise.</translation>
    </message>
    <message>
        <source>mål</source>
        <translation>mål</translation>
    </message>
    <message>
        <source>ingen poeng</source>
        <translation>ingen poeng</translation>
    </message>
    <message>
        <source>Poeng 0–4 per modul mot mål. </source>
        <translation>Poeng 0–4 per modul mot mål. </translation>
    </message>
</context>
<context>
    <name>Styringspanel</name>
    <message>
        <source>Prosjektor</source>
        <translation>Prosjektor</translation>
    </message>
    <message>
        <source>Skjerm:</source>
        <translation>Skjerm:</translation>
    </message>
    <message>
        <source>Skjerm for prosjektorvinduet</source>
        <translation>Skjerm for prosjektorvindauget</translation>
    </message>
    <message>
        <source>Fullskjerm (F11)</source>
        <translation>Fullskjerm (F11)</translation>
    </message>
    <message>
        <source>Prosjektorvinduet i fullskjerm</source>
        <translation>Prosjektorvindauget i fullskjerm</translation>
    </message>
    <message>
        <source>Vis prosjektoren</source>
        <translation>Vis prosjektoren</translation>
    </message>
    <message>
        <source>Vis prosjektorvinduet på valgt skjerm</source>
        <translation>Vis prosjektorvindauget på den valde skjermen</translation>
    </message>
    <message>
        <source>Tidtaker</source>
        <translation>Tidtakar</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutter på tidtakeren</source>
        <translation>Minutt på tidtakaren</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Start eller stopp tidtakeren</source>
        <translation>Start eller stopp tidtakaren</translation>
    </message>
    <message>
        <source>Av</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>Tid igjen</source>
        <translation>Tid att</translation>
    </message>
    <message>
        <source>Taster: 0–4 stemme · Shift+0–4 ta bort · R vis/skjul · Ctrl+Shift+V vis for meg (bare i dette vinduet) · Enter godta og videre · PgDn/PgUp neste/forrige · F11 fullskjerm på prosjektoren</source>
        <translation>Tastar: 0–4 røyst · Shift+0–4 ta bort · R vis/skjul · Ctrl+Shift+V vis for meg (berre i dette vindauget) · Enter godta og vidare · PgDn/PgUp neste/førre · F11 fullskjerm på prosjektoren</translation>
    </message>
    <message>
        <source>Avslutt samlingen</source>
        <translation>Avslutt samlinga</translation>
    </message>
    <message>
        <source>Lukk samlingen og prosjektorvinduet</source>
        <translation>Lukk samlinga og prosjektorvindauget</translation>
    </message>
    <message>
        <source>Skjerm %1: %2 (%3×%4)</source>
        <translation>Skjerm %1: %2 (%3×%4)</translation>
    </message>
    <message>
        <source>Tiden er ute</source>
        <translation>Tida er ute</translation>
    </message>
    <message>
        <source>Stopp</source>
        <translation>Stopp</translation>
    </message>
</context>
<context>
    <name>TiltakModell</name>
    <message>
        <source>Tiltaksplanen kunne ikke leses: {feil}</source>
        <translation>Tiltaksplanen kunne ikkje lesast: {feil}</translation>
    </message>
    <message>
        <source>Tiltak</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <source>Ansvarlig rolle</source>
        <translation>Ansvarleg rolle</translation>
    </message>
    <message>
        <source>Frist</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Indikator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Ingen frist</source>
        <translation>Ingen frist</translation>
    </message>
    <message>
        <source>(forfalt)</source>
        <translation>(forfalle)</translation>
    </message>
    <message>
        <source>Ingen</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>Dobbeltklikk eller trykk F2 for å endre.</source>
        <translation>Dobbeltklikk eller trykk F2 for å endre.</translation>
    </message>
    <message>
        <source>Endringen ble ikke lagret: {feil}</source>
        <translation>Endringa vart ikkje lagra: {feil}</translation>
    </message>
    <message>
        <source>Tiltaket må ha en tekst. Skriv hva som skal gjøres.</source>
        <translation>Tiltaket må ha ein tekst. Skriv kva som skal gjerast.</translation>
    </message>
    <message>
        <source>Ukjent kolonne.</source>
        <translation>Ukjend kolonne.</translation>
    </message>
    <message>
        <source>Tiltaket ble ikke lagret: {feil}</source>
        <translation>Tiltaket vart ikkje lagra: {feil}</translation>
    </message>
    <message>
        <source>Tiltaket ble ikke slettet: {feil}</source>
        <translation>Tiltaket vart ikkje sletta: {feil}</translation>
    </message>
</context>
<context>
    <name>Tiltaksplanside</name>
    <message>
        <source>Tiltaksplan</source>
        <translation>Tiltaksplan</translation>
    </message>
    <message>
        <source>Hva dere skal gjøre, hvem som har ansvaret og innen når. Legg inn forslag fra sammendraget, eller skriv egne tiltak her. Dobbeltklikk på en celle (eller trykk F2) for å endre den. Alt lagres med en gang.</source>
        <translation>Kva de skal gjere, kven som har ansvaret, og innan når. Legg inn forslag frå samandraget, eller skriv eigne tiltak her. Dobbeltklikk på ei celle (eller trykk F2) for å endre henne. Alt blir lagra med ein gong.</translation>
    </message>
    <message>
        <source>Hva skal gjøres?</source>
        <translation>Kva skal gjerast?</translation>
    </message>
    <message>
        <source>Nytt tiltak: hva skal gjøres</source>
        <translation>Nytt tiltak: kva skal gjerast</translation>
    </message>
    <message>
        <source>For eksempel Stasjonssjef</source>
        <translation>Til dømes Stasjonssjef</translation>
    </message>
    <message>
        <source>Nytt tiltak: ansvarlig rolle</source>
        <translation>Nytt tiltak: ansvarleg rolle</translation>
    </message>
    <message>
        <source>Legg til tiltak</source>
        <translation>Legg til tiltak</translation>
    </message>
    <message>
        <source>&amp;Nytt tiltak:</source>
        <translation>&amp;Nytt tiltak:</translation>
    </message>
    <message>
        <source>&amp;Ansvarlig rolle:</source>
        <translation>&amp;Ansvarleg rolle:</translation>
    </message>
    <message>
        <source>Tiltaksplanen er tom. Legg til et eget tiltak over, eller bruk «Legg i tiltaksplan» ved forslagene i sammendraget.</source>
        <translation>Tiltaksplanen er tom. Legg til eit eige tiltak over, eller bruk «Legg i tiltaksplan» ved forslaga i samandraget.</translation>
    </message>
    <message>
        <source>Tabell over tiltakene</source>
        <translation>Tabell over tiltaka</translation>
    </message>
    <message>
        <source>Overskrifter i tiltakstabellen</source>
        <translation>Overskrifter i tiltakstabellen</translation>
    </message>
    <message>
        <source>Merk alle</source>
        <translation>Merk alle</translation>
    </message>
    <message>
        <source>Endre valgt celle</source>
        <translation>Endre den valde cella</translation>
    </message>
    <message>
        <source>Slett tiltak…</source>
        <translation>Slett tiltak…</translation>
    </message>
    <message>
        <source>Slett valgt tiltak</source>
        <translation>Slett det valde tiltaket</translation>
    </message>
    <message>
        <source>Lagringsstatus</source>
        <translation>Lagringsstatus</translation>
    </message>
    <message>
        <source>Slette tiltaket?</source>
        <translation>Slette tiltaket?</translation>
    </message>
    <message>
        <source>Tiltaket «{tekst}» slettes fra tiltaksplanen. Dette kan ikke angres.</source>
        <translation>Tiltaket «{tekst}» blir sletta frå tiltaksplanen. Dette kan ikkje angrast.</translation>
    </message>
    <message>
        <source>Vurderingen er ferdig; åpne den igjen for å endre tiltaksplanen.</source>
        <translation>Vurderinga er ferdig; opne henne igjen for å endre tiltaksplanen.</translation>
    </message>
    <message>
        <source>Lagret kl. {tid}</source>
        <translation>Lagra kl. {tid}</translation>
    </message>
    <message>
        <source>Ikke lagret</source>
        <translation>Ikkje lagra</translation>
    </message>
    <message>
        <source>Tiltaksplanen</source>
        <translation>Tiltaksplanen</translation>
    </message>
</context>
<context>
    <name>Toppfelt</name>
    <message>
        <source>Til startsiden</source>
        <translation>Til startsida</translation>
    </message>
    <message>
        <source>Fremdrift i hele vurderingen</source>
        <translation>Framdrift i heile vurderinga</translation>
    </message>
    <message>
        <source>Vurderingen er markert som ferdig og kan bare leses. Åpne den igjen for å endre svar.</source>
        <translation>Vurderinga er merkt som ferdig og kan berre lesast. Opne henne igjen for å endre svar.</translation>
    </message>
    <message>
        <source>Åpne igjen</source>
        <translation>Opne igjen</translation>
    </message>
    <message>
        <source>Åpne vurderingen igjen for endringer</source>
        <translation>Opne vurderinga igjen for endringar</translation>
    </message>
    <message>
        <source>{0} av {1} indikatorer besvart ({2})</source>
        <translation>{0} av {1} indikatorar svarte på ({2})</translation>
    </message>
</context>
<context>
    <name>Utviklingsvindu</name>
    <message>
        <source>Sammendrag av utviklingen</source>
        <translation>Samandrag av utviklinga</translation>
    </message>
    <message>
        <source>Utviklingen</source>
        <translation>Utviklinga</translation>
    </message>
    <message>
        <source>Lukk</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Utviklingen kan ikke vises</source>
        <translation>Utviklinga kan ikkje visast</translation>
    </message>
    <message>
        <source>Utvikling for {0}</source>
        <translation>Utvikling for {0}</translation>
    </message>
    <message>
        <source>Enheten har bare én runde. Utviklingen vises fra enhetens andre vurdering.</source>
        <translation>Eininga har berre éin runde. Utviklinga blir vist frå den andre vurderinga til eininga.</translation>
    </message>
    <message>
        <source>Samlet</source>
        <translation>Samla</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>Diagram</translation>
    </message>
    <message>
        <source>Modul</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Endring siste runde</source>
        <translation>Endring siste runde</translation>
    </message>
    <message>
        <source>Andel Vet ikke</source>
        <translation>Del Veit ikkje</translation>
    </message>
    <message>
        <source>Tabell: poeng per modul og runde</source>
        <translation>Tabell: poeng per modul og runde</translation>
    </message>
    <message>
        <source>Tabell</source>
        <translation>Tabell</translation>
    </message>
    <message>
        <source>Hva</source>
        <translation>Kva</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Forrige</source>
        <translation>Førre</translation>
    </message>
    <message>
        <source>Siste</source>
        <translation>Siste</translation>
    </message>
    <message>
        <source>Endring</source>
        <translation>Endring</translation>
    </message>
    <message>
        <source>Modul, bedret</source>
        <translation>Modul, betra</translation>
    </message>
    <message>
        <source>Modul, svekket</source>
        <translation>Modul, svekt</translation>
    </message>
    <message>
        <source>Indikator, bedret</source>
        <translation>Indikator, betra</translation>
    </message>
    <message>
        <source>Indikator, svekket</source>
        <translation>Indikator, svekt</translation>
    </message>
    <message>
        <source>Mest bedret og mest svekket</source>
        <translation>Mest betra og mest svekt</translation>
    </message>
    <message>
        <source>Bedret og svekket</source>
        <translation>Betra og svekt</translation>
    </message>
    <message>
        <source>Dato</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Bankversjon</source>
        <translation>Bankversjon</translation>
    </message>
    <message>
        <source>Rundene</source>
        <translation>Rundane</translation>
    </message>
    <message>
        <source>Indikator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Tittel</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>Ny</source>
        <translation>Ny</translation>
    </message>
    <message>
        <source>Utgått</source>
        <translation>Utgått</translation>
    </message>
    <message>
        <source>Nye og utgåtte indikatorer</source>
        <translation>Nye og utgåtte indikatorar</translation>
    </message>
    <message>
        <source>Nye og utgåtte</source>
        <translation>Nye og utgåtte</translation>
    </message>
    <message>
        <source> (sammenlignet med {0})</source>
        <translation> (samanlikna med {0})</translation>
    </message>
    <message>
        <source>{0} runder fra {1} til {2}.</source>
        <translation>{0} rundar frå {1} til {2}.</translation>
    </message>
    <message>
        <source>Samlet poeng {0} → {1} ({2}).</source>
        <translation>Samla poeng {0} → {1} ({2}).</translation>
    </message>
    <message>
        <source>Mest bedret: {0} ({1}).</source>
        <translation>Mest betra: {0} ({1}).</translation>
    </message>
    <message>
        <source>Mest svekket: {0} ({1}).</source>
        <translation>Mest svekt: {0} ({1}).</translation>
    </message>
    <message>
        <source>Ingen av de {0} tiltakene fra forrige runde har fått status ennå.</source>
        <translation>Ingen av dei {0} tiltaka frå førre runde har fått status enno.</translation>
    </message>
    <message>
        <source>Tiltakene fra forrige runde: {0} av {1} med status er fullført ({2}); {3} tiltak i alt.</source>
        <translation>Tiltaka frå førre runde: {0} av {1} med status er fullførte ({2}); {3} tiltak i alt.</translation>
    </message>
    <message>
        <source>Forrige runde hadde ingen tiltak å følge opp.</source>
        <translation>Førre runde hadde ingen tiltak å følgje opp.</translation>
    </message>
    <message>
        <source>Andel Vet ikke: {0} → {1}.</source>
        <translation>Del Veit ikkje: {0} → {1}.</translation>
    </message>
    <message>
        <source>{0} nye og {1} utgåtte indikatorer (ikke sammenlignet).</source>
        <translation>{0} nye og {1} utgåtte indikatorar (ikkje samanlikna).</translation>
    </message>
</context>
<context>
    <name>Varmekartmodell</name>
    <message>
        <source>Enhet</source>
        <translation>Eining</translation>
    </message>
    <message>
        <source>Distrikt</source>
        <translation>Distrikt</translation>
    </message>
    <message>
        <source>Dato</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Samlet</source>
        <translation>Samla</translation>
    </message>
    <message>
        <source>ingen poeng</source>
        <translation>ingen poeng</translation>
    </message>
    <message>
        <source>, utilstrekkelig grunnlag</source>
        <translation>, for lite grunnlag</translation>
    </message>
    <message>
        <source>ikke med</source>
        <translation>ikkje med</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source> (mål {0})</source>
        <translation> (mål {0})</translation>
    </message>
    <message>
        <source>, under mål</source>
        <translation>, under mål</translation>
    </message>
</context>
<context>
    <name>Veiviser</name>
    <message>
        <source>Oppfølging av forrige runde</source>
        <translation>Oppfølging av førre runde</translation>
    </message>
    <message>
        <source>Introduksjon til modulen</source>
        <translation>Introduksjon til modulen</translation>
    </message>
    <message>
        <source>Indikator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Enhetens prioriterte problemer</source>
        <translation>Prioriterte problem i eininga</translation>
    </message>
    <message>
        <source>Ikke relevant må begrunnes før du går videre.</source>
        <translation>Ikkje relevant må grunngivast før du går vidare.</translation>
    </message>
    <message>
        <source>✓ Svaret for {0} er fjernet.</source>
        <translation>✓ Svaret for {0} er fjerna.</translation>
    </message>
    <message>
        <source>Ikke lagret – se feilmeldingen.</source>
        <translation>Ikkje lagra – sjå feilmeldinga.</translation>
    </message>
    <message>
        <source>Svaret ble ikke lagret</source>
        <translation>Svaret vart ikkje lagra</translation>
    </message>
    <message>
        <source>✓ Lagret kl. {0}</source>
        <translation>✓ Lagra kl. {0}</translation>
    </message>
    <message>
        <source>Teksten lagres når du har valgt et svar.</source>
        <translation>Teksten blir lagra når du har valt eit svar.</translation>
    </message>
    <message>
        <source>Ikke besvart ennå.</source>
        <translation>Ikkje svart på enno.</translation>
    </message>
    <message>
        <source>Målet ble ikke lagret</source>
        <translation>Målet vart ikkje lagra</translation>
    </message>
    <message>
        <source>✓ Målet er lagret.</source>
        <translation>✓ Målet er lagra.</translation>
    </message>
    <message>
        <source>{0}: «Ikke relevant» er valgt uten begrunnelse.</source>
        <translation>{0}: «Ikkje relevant» er valt utan grunngiving.</translation>
    </message>
    <message>
        <source>{0}: tekst uten valgt svar.</source>
        <translation>{0}: tekst utan valt svar.</translation>
    </message>
    <message>
        <source>Marker vurderingen som ferdig? Den kan da bare leses til du velger «Åpne igjen».</source>
        <translation>Merke vurderinga som ferdig? Ho kan då berre lesast til du vel «Opne igjen».</translation>
    </message>
    <message>
        <source>Merk: {0} indikatorer er ikke besvart.</source>
        <translation>Merk: {0} indikatorar er ikkje svarte på.</translation>
    </message>
    <message>
        <source>Marker som ferdig</source>
        <translation>Merk som ferdig</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Statusen ble ikke lagret</source>
        <translation>Statusen vart ikkje lagra</translation>
    </message>
    <message>
        <source>✓ Vurderingen er markert som ferdig.</source>
        <translation>✓ Vurderinga er merkt som ferdig.</translation>
    </message>
    <message>
        <source>✓ Vurderingen er åpnet igjen.</source>
        <translation>✓ Vurderinga er opna igjen.</translation>
    </message>
    <message>
        <source>Kan ikke åpne vurderingen</source>
        <translation>Kan ikkje opne vurderinga</translation>
    </message>
</context>
<context>
    <name>VurderingsModell</name>
    <message>
        <source>Enhet</source>
        <translation>Eining</translation>
    </message>
    <message>
        <source>Distrikt</source>
        <translation>Distrikt</translation>
    </message>
    <message>
        <source>Dato</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Fremdrift</source>
        <translation>Framdrift</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Samlet</source>
        <translation>Samla</translation>
    </message>
    <message>
        <source>{0} (runde {1})</source>
        <translation>{0} (runde {1})</translation>
    </message>
    <message>
        <source>{0} – alt besvart, kan markeres som ferdig</source>
        <translation>{0} – alt er svart på, kan merkjast som ferdig</translation>
    </message>
    <message>
        <source>{0} av {1} indikatorer besvart</source>
        <translation>{0} av {1} indikatorar svarte på</translation>
    </message>
</context>
<context>
    <name>_Oppfolgingskort</name>
    <message>
        <source>Ansvarlig: {rolle}</source>
        <translation>Ansvarleg: {rolle}</translation>
    </message>
    <message>
        <source>Frist: {dato}</source>
        <translation>Frist: {dato}</translation>
    </message>
    <message>
        <source>Indikator: {id} {navn}</source>
        <translation>Indikator: {id} {navn}</translation>
    </message>
    <message>
        <source>Status i forrige runde: {status}</source>
        <translation>Status i førre runde: {status}</translation>
    </message>
    <message>
        <source>Status nå for tiltak {nr}</source>
        <translation>Status no for tiltak {nr}</translation>
    </message>
    <message>
        <source>Statusvalg</source>
        <translation>Statusval</translation>
    </message>
    <message>
        <source>Velg status …</source>
        <translation>Vel status …</translation>
    </message>
    <message>
        <source>Kommentar til tiltak {nr}</source>
        <translation>Kommentar til tiltak {nr}</translation>
    </message>
    <message>
        <source>Hva er gjort, og hva gjenstår?</source>
        <translation>Kva er gjort, og kva står att?</translation>
    </message>
    <message>
        <source>Status nå:</source>
        <translation>Status no:</translation>
    </message>
    <message>
        <source>Kommentar:</source>
        <translation>Kommentar:</translation>
    </message>
    <message>
        <source>Velg status først</source>
        <translation>Vel status først</translation>
    </message>
</context>
<context>
    <name>_Redigerer</name>
    <message>
        <source>Ingen frist</source>
        <translation>Ingen frist</translation>
    </message>
    <message>
        <source>Frist</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Kalender for frist</source>
        <translation>Kalender for frist</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Indikator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Ingen</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>Valg</source>
        <translation>Val</translation>
    </message>
    <message>
        <source>Tiltak</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <source>Ansvarlig rolle</source>
        <translation>Ansvarleg rolle</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Det oppstod en uventet feil i Forkant ({0}). Det som er vist som lagret, er trygt i databasen. Du kan arbeide videre; start Forkant på nytt hvis noe ser rart ut.</source>
        <translation>Det oppstod ein uventa feil i Forkant ({0}). Det som er vist som lagra, er trygt i databasen. Du kan arbeide vidare; start Forkant på nytt om noko ser rart ut.</translation>
    </message>
    <message>
        <source>Uventet feil</source>
        <translation>Uventa feil</translation>
    </message>
</context>
<context>
    <name>diagram</name>
    <message>
        <source>Nåværende nivå</source>
        <extracomment>Rutenettet er tekstfargen blandet med bakgrunnen: tydelig dempet, men minst 3:1 mot bakgrunnen i begge temaene (WCAG 1.4.11); en gjennomsiktig strek ble 1,9–2,2:1.</extracomment>
        <translation>Noverande nivå</translation>
    </message>
    <message>
        <source>Poeng</source>
        <translation>Poeng</translation>
    </message>
    <message>
        <source>Mål</source>
        <translation>Mål</translation>
    </message>
</context>
<context>
    <name>eksport</name>
    <message>
        <source>vurdering</source>
        <translation>vurdering</translation>
    </message>
    <message>
        <source>Eksporten mislyktes</source>
        <translation>Eksporten mislukkast</translation>
    </message>
    <message>
        <source>Vurderingen kunne ikke leses: {feil}</source>
        <translation>Vurderinga kunne ikkje lesast: {feil}</translation>
    </message>
    <message>
        <source>Mappen {mappe} finnes ikke.</source>
        <translation>Mappa {mappe} finst ikkje.</translation>
    </message>
    <message>
        <source>Du har ikke tilgang til å skrive i {mappe}. Velg en annen mappe.</source>
        <translation>Du har ikkje tilgang til å skrive i {mappe}. Vel ei anna mappe.</translation>
    </message>
    <message>
        <source>Filen {fil} kunne ikke skrives: {feil}</source>
        <translation>Fila {fil} kunne ikkje skrivast: {feil}</translation>
    </message>
    <message>
        <source>Rapportdelen av Forkant mangler i denne installasjonen. Installer på nytt.</source>
        <translation>Rapportdelen av Forkant manglar i denne installasjonen. Installer på nytt.</translation>
    </message>
    <message>
        <source>Filen kunne ikke lages: {feil}</source>
        <translation>Fila kunne ikkje lagast: {feil}</translation>
    </message>
    <message>
        <source>Filen kunne ikke lages på grunn av en feil i programmet ({feil}).</source>
        <translation>Fila kunne ikkje lagast på grunn av ein feil i programmet ({feil}).</translation>
    </message>
    <message>
        <source>Filen er lagret</source>
        <translation>Fila er lagra</translation>
    </message>
    <message>
        <source>Filen er lagret som {fil}, men kunne ikke åpnes automatisk. Åpne den selv fra mappen.</source>
        <translation>Fila er lagra som {fil}, men kunne ikkje opnast automatisk. Opne henne sjølv frå mappa.</translation>
    </message>
    <message>
        <source>Lagre kort rapport</source>
        <translation>Lagre kort rapport</translation>
    </message>
    <message>
        <source>Lagre rapport</source>
        <translation>Lagre rapport</translation>
    </message>
    <message>
        <source>PDF-dokument (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>kort rapport</source>
        <translation>kort rapport</translation>
    </message>
    <message>
        <source>rapport</source>
        <translation>rapport</translation>
    </message>
    <message>
        <source>Lagre lederoppsummering (Word)</source>
        <translation>Lagre leiaroppsummering (Word)</translation>
    </message>
    <message>
        <source>Lagre rapport (Word)</source>
        <translation>Lagre rapport (Word)</translation>
    </message>
    <message>
        <source>Word-dokument (*.docx)</source>
        <translation>Word-dokument (*.docx)</translation>
    </message>
    <message>
        <source>Lagre svarene som CSV</source>
        <translation>Lagre svara som CSV</translation>
    </message>
    <message>
        <source>CSV-fil (*.csv)</source>
        <translation>CSV-fil (*.csv)</translation>
    </message>
    <message>
        <source>svar</source>
        <translation>svar</translation>
    </message>
</context>
<context>
    <name>gjenoppretting</name>
    <message>
        <source>Databasefilen kan ikke brukes</source>
        <translation>Databasefila kan ikkje brukast</translation>
    </message>
    <message>
        <source>Ingenting er slettet. Du kan gjenopprette en sikkerhetskopi eller begynne på en ny, tom fil. Den skadde filen flyttes da til side i samme mappe, slik at den kan undersøkes senere.</source>
        <translation>Ingenting er sletta. Du kan gjenopprette ein tryggingskopi eller byrje på ei ny, tom fil. Den skadde fila blir då flytta til side i same mappa, slik at ho kan undersøkjast seinare.</translation>
    </message>
    <message>
        <source>Forklaring</source>
        <translation>Forklaring</translation>
    </message>
    <message>
        <source>Gjenopprett sikkerhetskopi …</source>
        <translation>Gjenopprett tryggingskopi …</translation>
    </message>
    <message>
        <source>Det finnes ingen sikkerhetskopier av denne filen.</source>
        <translation>Det finst ingen tryggingskopiar av denne fila.</translation>
    </message>
    <message>
        <source>Begynn på en ny fil</source>
        <translation>Byrj på ei ny fil</translation>
    </message>
    <message>
        <source>Avslutt</source>
        <translation>Avslutt</translation>
    </message>
    <message>
        <source>Gjenopprett sikkerhetskopi</source>
        <translation>Gjenopprett tryggingskopi</translation>
    </message>
    <message>
        <source>Forkant tar en kopi av databasen hver dag programmet startes, og beholder de ti nyeste. Den nåværende filen legges til side før kopien settes inn.</source>
        <translation>Forkant tek ein kopi av databasen kvar dag programmet blir starta, og held på dei ti nyaste. Den noverande fila blir lagd til side før kopien blir sett inn.</translation>
    </message>
    <message>
        <source>Tatt</source>
        <translation>Teken</translation>
    </message>
    <message>
        <source>Størrelse</source>
        <translation>Storleik</translation>
    </message>
    <message>
        <source>Sikkerhetskopier</source>
        <translation>Tryggingskopiar</translation>
    </message>
    <message>
        <source>Gjenopprett</source>
        <translation>Gjenopprett</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Det finnes ingen sikkerhetskopier ennå.</source>
        <translation>Det finst ingen tryggingskopiar enno.</translation>
    </message>
    <message>
        <source>Databasen er i bruk</source>
        <translation>Databasen er i bruk</translation>
    </message>
    <message>
        <source>For ny database</source>
        <translation>For ny database</translation>
    </message>
    <message>
        <source>Kan ikke åpne databasen</source>
        <translation>Kan ikkje opne databasen</translation>
    </message>
    <message>
        <source>Ingen sikkerhetskopi i dag</source>
        <translation>Ingen tryggingskopi i dag</translation>
    </message>
    <message>
        <source>Sikkerhetskopien er gjenopprettet</source>
        <translation>Tryggingskopien er gjenoppretta</translation>
    </message>
    <message>
        <source>Den skadde filen er flyttet til {sti}.</source>
        <translation>Den skadde fila er flytta til {sti}.</translation>
    </message>
    <message>
        <source>Ny, tom fil</source>
        <translation>Ny, tom fil</translation>
    </message>
    <message>
        <source>Den skadde filen er flyttet til {sti}. Forkant begynner på en ny fil.</source>
        <translation>Den skadde fila er flytta til {sti}. Forkant byrjar på ei ny fil.</translation>
    </message>
    <message>
        <source>Det gikk ikke</source>
        <translation>Det gjekk ikkje</translation>
    </message>
    <message>
        <source>Erstatte databasen med kopien? Den nåværende filen legges til side, ikke slettes.</source>
        <translation>Erstatte databasen med kopien? Den noverande fila blir lagd til side, ikkje sletta.</translation>
    </message>
    <message>
        <source>Den forrige filen er lagt til side som {navn}.</source>
        <translation>Den førre fila er lagd til side som {navn}.</translation>
    </message>
</context>
<context>
    <name>mappe</name>
    <message>
        <source>Importerer filene …</source>
        <translation>Importerer filene …</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Importerer fil %1 av %2 …</source>
        <translation>Importerer fil %1 av %2 …</translation>
    </message>
    <message>
        <source>Importen ble avbrutt. Ingenting ble importert.</source>
        <translation>Importen vart avbroten. Ingenting vart importert.</translation>
    </message>
    <message>
        <source>… og %1 feil til.</source>
        <translation>… og %1 feil til.</translation>
    </message>
    <message>
        <source>Noen av de %1 filene i mappen kan ikke importeres:</source>
        <translation>Nokre av dei %1 filene i mappa kan ikkje importerast:</translation>
    </message>
    <message>
        <source>Ingenting er importert ennå. Vil du hoppe over filene med feil og importere resten?</source>
        <translation>Ingenting er importert enno. Vil du hoppe over filene med feil og importere resten?</translation>
    </message>
    <message>
        <source>Importer mappe</source>
        <translation>Importer mappe</translation>
    </message>
    <message>
        <source>Hopp over og importer resten</source>
        <translation>Hopp over og importer resten</translation>
    </message>
    <message>
        <source>Avbryt importen</source>
        <translation>Avbryt importen</translation>
    </message>
    <message>
        <source>Vurderingen er importert.</source>
        <translation>Vurderinga er importert.</translation>
    </message>
    <message>
        <source>%1 vurderinger er importert.</source>
        <translation>%1 vurderingar er importerte.</translation>
    </message>
</context>
<context>
    <name>meldinger</name>
    <message>
        <source>Ja</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Nei</source>
        <translation>Nei</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>meny</name>
    <message>
        <source>Importer mappe…</source>
        <translation>Importer mappe…</translation>
    </message>
    <message>
        <source>Oversikt over enhetene…</source>
        <translation>Oversikt over einingane…</translation>
    </message>
    <message>
        <source>Utvikling for enheten…</source>
        <translation>Utvikling for eininga…</translation>
    </message>
    <message>
        <source>Gi nytt navn eller slå sammen…</source>
        <translation>Gi nytt namn eller slå saman…</translation>
    </message>
    <message>
        <source>Utvikling for enheten</source>
        <translation>Utvikling for eininga</translation>
    </message>
    <message>
        <source>Velg en vurdering på startsiden først, så vises enhetens utvikling.</source>
        <translation>Vel ei vurdering på startsida først, så blir utviklinga til eininga vist.</translation>
    </message>
</context>
<context>
    <name>samling</name>
    <message>
        <source>Kan ikke åpne samlingen</source>
        <extracomment>Åpne samlinger uten foreldrevindu holdes her til de lukkes.</extracomment>
        <translation>Kan ikkje opne samlinga</translation>
    </message>
    <message>
        <source>Forkant-filer (*.forkant);;Alle filer (*)</source>
        <translation>Forkant-filer (*.forkant);;Alle filer (*)</translation>
    </message>
    <message>
        <source>… og %1 feil til.</source>
        <translation>… og %1 feil til.</translation>
    </message>
    <message>
        <source>Eksporter vurderingen</source>
        <translation>Eksporter vurderinga</translation>
    </message>
    <message>
        <source>Vurderingen er lagret i %1.

Filen kan importeres i en annen Forkant eller samles med andres svar.</source>
        <translation>Vurderinga er lagra i %1.

Fila kan importerast i ein annan Forkant eller samlast med svara til andre.</translation>
    </message>
    <message>
        <source>Importer vurderinger</source>
        <translation>Importer vurderingar</translation>
    </message>
    <message>
        <source>Vurderingen er importert.</source>
        <translation>Vurderinga er importert.</translation>
    </message>
    <message>
        <source>%1 vurderinger er importert.</source>
        <translation>%1 vurderingar er importerte.</translation>
    </message>
    <message>
        <source>Samle individuelle svar</source>
        <translation>Samle individuelle svar</translation>
    </message>
    <message>
        <source>Velg minst to filer med individuelle svar for å samle dem.</source>
        <translation>Vel minst to filer med individuelle svar for å samle dei.</translation>
    </message>
    <message>
        <source>%1 filer er samlet til én vurdering for %2. %3 indikatorer har uenighet.</source>
        <translation>%1 filer er samla til éi vurdering for %2. %3 indikatorar har usemje.</translation>
    </message>
    <message>
        <source>Vil du gå gjennom dem i samlingsvisningen nå?</source>
        <translation>Vil du gå gjennom dei i samlingsvisinga no?</translation>
    </message>
    <message>
        <source>Åpne samlingen</source>
        <translation>Opne samlinga</translation>
    </message>
    <message>
        <source>Senere</source>
        <translation>Seinare</translation>
    </message>
    <message>
        <source>Prosjektoren på samme skjerm</source>
        <translation>Prosjektoren på same skjerm</translation>
    </message>
    <message>
        <source>Prosjektorvinduet vil vises på den samme skjermen som dette vinduet, eller på en skjerm som speiler den. Da kan salen se det du ser her, og «Vis for meg» er ikke lenger privat.

Koble prosjektoren til som en egen skjerm (utvide, ikke speile) og velg den under «Skjerm». Vil du åpne prosjektorvinduet her likevel?</source>
        <translation>Prosjektorvindauget vil bli vist på den same skjermen som dette vindauget, eller på ein skjerm som speglar han. Då kan salen sjå det du ser her, og «Vis for meg» er ikkje lenger privat.

Kopla prosjektoren til som ein eigen skjerm (utvide, ikkje spegle) og vel han under «Skjerm». Vil du opne prosjektorvindauget her likevel?</translation>
    </message>
    <message>
        <source>Åpne likevel</source>
        <translation>Opne likevel</translation>
    </message>
    <message>
        <source>Ikke nå</source>
        <translation>Ikkje no</translation>
    </message>
</context>
<context>
    <name>tiltaksplan</name>
    <message>
        <source>Slett</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
</context>
</TS>
