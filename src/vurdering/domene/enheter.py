"""Når er to enheter den samme enheten? Regelen for runder over år og filer fra flere maskiner.

To navn er samme enhet når distriktet er det samme og navnet er likt når store og små
bokstaver, mellomrom og tegnsetting ses bort fra, og når en endelse som
«politistasjon», «lensmannskontor» eller «politistasjonsdistrikt» er tatt bort. En fast
enhets-id (uuid, fra `.forkant`-filer) går foran navnet når begge sider har den.
"""

from __future__ import annotations

import re
import unicodedata

#: Endelser som ikke skiller enheter («Kristiansand» = «Kristiansand politistasjon»).
ENDELSER = (
    "politistasjonsdistrikt",
    "politistasjon",
    "lensmannskontor",
    "lensmannsdistrikt",
    "politistasjonen",
    "lensmannskontoret",
)
_IKKE_ORD = re.compile(r"[^\wæøå]+", re.UNICODE)


def normaliser_navn(navn: str) -> str:
    """Navnet slik det sammenlignes: små bokstaver, ett mellomrom, uten endelse og tegnsetting."""
    tekst = unicodedata.normalize("NFC", navn).casefold()
    ord_ = [o for o in _IKKE_ORD.split(tekst) if o]
    while len(ord_) > 1 and ord_[-1] in ENDELSER:
        ord_.pop()
    return " ".join(ord_)


def normaliser_distrikt(distrikt: str) -> str:
    """Distriktet uten «politidistrikt» og tegnsetting («Agder politidistrikt» = «agder»)."""
    ord_ = [o for o in _IKKE_ORD.split(unicodedata.normalize("NFC", distrikt).casefold()) if o]
    if len(ord_) > 1 and ord_[-1] == "politidistrikt":
        ord_.pop()
    return " ".join(ord_)


def enhetsnokkel(navn: str, distrikt: str) -> str:
    """Nøkkelen to vurderinger av samme enhet har felles, uansett skrivemåte."""
    return f"{normaliser_distrikt(distrikt)}|{normaliser_navn(navn)}"


def samme_enhet(
    a_navn: str, a_distrikt: str, b_navn: str, b_distrikt: str, a_id: str | None = None, b_id: str | None = None
) -> bool:
    """Samme enhet: lik fast id når begge har en, ellers lik nøkkel."""
    if a_id and b_id:
        return a_id.strip().lower() == b_id.strip().lower()
    return enhetsnokkel(a_navn, a_distrikt) == enhetsnokkel(b_navn, b_distrikt)
