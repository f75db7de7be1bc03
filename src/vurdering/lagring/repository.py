"""Repository: alt resten av programmet trenger fra databasen, uten SQL utenfor lagringen.

Funksjonene bor etter tabell i `vurderinger` (bank, enhet, vurdering, tekstfelt, innstillinger),
`svar` (svar og stemmer), `kommunesvar` (kommuner og svar per kommune) og `tiltak` (tiltak og oppfølging); her samles de, så kallene er
`repo.X` som før. Hver funksjon som skriver, gjør det i sin egen transaksjon som er committet
når funksjonen returnerer. Funksjonene tar og gir domeneverdier fra `vurdering.domene`.
"""

from __future__ import annotations

from vurdering.lagring.kommunesvar import hent_kommuner as hent_kommuner
from vurdering.lagring.kommunesvar import hent_kommunesvar as hent_kommunesvar
from vurdering.lagring.kommunesvar import lagre_kommunesvar as lagre_kommunesvar
from vurdering.lagring.kommunesvar import sett_kommuner as sett_kommuner
from vurdering.lagring.kommunesvar import slett_kommunesvar as slett_kommunesvar
from vurdering.lagring.svar import MAKS_DELTAKER as MAKS_DELTAKER
from vurdering.lagring.svar import hent_alle_stemmer as hent_alle_stemmer
from vurdering.lagring.svar import hent_deltakerstemmer as hent_deltakerstemmer
from vurdering.lagring.svar import hent_stemmer as hent_stemmer
from vurdering.lagring.svar import hent_svar as hent_svar
from vurdering.lagring.svar import lagre_deltakerstemme as lagre_deltakerstemme
from vurdering.lagring.svar import lagre_stemmer as lagre_stemmer
from vurdering.lagring.svar import lagre_svar as lagre_svar
from vurdering.lagring.tiltak import hent_oppfolging as hent_oppfolging
from vurdering.lagring.tiltak import hent_tiltak as hent_tiltak
from vurdering.lagring.tiltak import lagre_oppfolging as lagre_oppfolging
from vurdering.lagring.tiltak import lagre_tiltak as lagre_tiltak
from vurdering.lagring.tiltak import slett_tiltak as slett_tiltak
from vurdering.lagring.vurderinger import Vurderingsrad as Vurderingsrad
from vurdering.lagring.vurderinger import _lagre_bank as _lagre_bank
from vurdering.lagring.vurderinger import _tekst as _tekst
from vurdering.lagring.vurderinger import antall_vurderinger as antall_vurderinger
from vurdering.lagring.vurderinger import finn_eller_opprett_enhet as finn_eller_opprett_enhet
from vurdering.lagring.vurderinger import forrige_vurdering as forrige_vurdering
from vurdering.lagring.vurderinger import hent_bank as hent_bank
from vurdering.lagring.vurderinger import hent_innstilling as hent_innstilling
from vurdering.lagring.vurderinger import hent_tekstfelt as hent_tekstfelt
from vurdering.lagring.vurderinger import hent_vurdering as hent_vurdering
from vurdering.lagring.vurderinger import lagre_innstilling as lagre_innstilling
from vurdering.lagring.vurderinger import liste_vurderinger as liste_vurderinger
from vurdering.lagring.vurderinger import na as na
from vurdering.lagring.vurderinger import opprett_vurdering as opprett_vurdering
from vurdering.lagring.vurderinger import sett_mal as sett_mal
from vurdering.lagring.vurderinger import sett_status as sett_status
from vurdering.lagring.vurderinger import sett_tekstfelt as sett_tekstfelt
from vurdering.lagring.vurderinger import slett_vurdering as slett_vurdering
