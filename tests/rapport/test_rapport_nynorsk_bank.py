"""Rapporten på nynorsk bruker bankens nynorske tekster: titler, forslag og modulnavn."""

from __future__ import annotations

import re

from rapporthjelp import brodtekst, pdf_bytes

from vurdering.domene.vurderingsdata import Vurderingsdata


def _uten_mellomrom(tekst: str) -> str:
    return re.sub(r"\s+", "", tekst)


def test_bankens_tekster_paa_nynorsk(temadata: Vurderingsdata) -> None:
    tekst = _uten_mellomrom(brodtekst(pdf_bytes(temadata, sprak="nn")))
    nn = temadata.bank.paa("nn")
    forste = temadata.paa("nn").resultat.forslag[0]
    assert _uten_mellomrom(forste.tekst) in tekst  # det viktigaste forslaget, på nynorsk
    assert _uten_mellomrom(nn.modul("SL").navn) in tekst  # «Styring og leiing»
    bokmal = [
        i.tittel
        for m in temadata.bank.temamoduler
        for i in m.indikatorer
        if i.tittel_nn and _uten_mellomrom(i.tittel_nn) != _uten_mellomrom(i.tittel)
    ]
    assert bokmal, "banken har nynorske titler som skiller seg fra bokmål"
    funnet = [t for t in bokmal if _uten_mellomrom(t) in tekst]
    assert not funnet, f"bokmålstitler i den nynorske rapporten: {funnet}"


def test_bokmaal_er_uendret(temadata: Vurderingsdata) -> None:
    tekst = _uten_mellomrom(brodtekst(pdf_bytes(temadata, sprak="nb")))
    assert _uten_mellomrom(temadata.resultat.forslag[0].tekst) in tekst
