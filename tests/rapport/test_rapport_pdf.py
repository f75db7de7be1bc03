"""Den fulle rapporten og lederoppsummeringen: innhold, ramme på hver side, skrift og metadata."""

from __future__ import annotations

import dataclasses
import io
import re

import pypdf
import pytest
from rapporthjelp import bare_moduler, brodtekst, pdf_bytes, sidetekster, uten_mellomrom

from vurdering.domene import poeng
from vurdering.domene.formater import tall
from vurdering.domene.modell import Deltaker, Svar, SvarType, Tiltak, TiltakStatus
from vurdering.domene.vurderingsdata import Oppfolgingspunkt, Vurderingsdata
from vurdering.rapport import RapportFeil
from vurdering.rapport.deler import ANTALL_TOPP
from vurdering.rapport.tekster import POENGREGLER, SITAT_POLITIDIREKTOREN, t


def _finnes(tekst: str, pdf_tekst: str) -> bool:
    return uten_mellomrom(tekst) in uten_mellomrom(pdf_tekst)


def test_full_rapport_har_alle_delene(full_nb: bytes, demodata: Vurderingsdata) -> None:
    tekst = "\n".join(sidetekster(full_nb))
    overskrifter = [
        "dok_tittel",
        "sammendrag",
        "samlet",
        "sterkeste",
        "svakeste",
        "datagrunnlag",
        "fem_forslag",
        "diagrammer",
        "radar_tittel",
        "stolper_tittel",
        "matrise_tittel",
        "modulene",
        "forslag",
        "tiltaksplan",
        "oppfolging",
        "metode",
        "skalaen",
        "poengregler",
        "beslutningsregel",
        "deltakere",
    ]
    for nokkel in overskrifter:
        assert _finnes(t(nokkel, "nb"), tekst), nokkel
    for modul in demodata.bank.moduler:
        assert _finnes(f"{modul.id} · {modul.navn}", tekst), modul.id
    assert _finnes(SITAT_POLITIDIREKTOREN, tekst)
    for d in demodata.vurdering.deltakere:
        assert _finnes(d.rolle, tekst)


def test_hver_side_har_merking_enhet_dato_og_side_x_av_y(full_nb: bytes) -> None:
    sider = sidetekster(full_nb)
    assert len(sider) >= 10
    for nr, side in enumerate(sider, 1):
        assert f"Side {nr} av {len(sider)}" in side
        assert "Intern" in side
        assert "Demo politistasjon" in side
        assert re.search(r"\d\d\.\d\d\.\d{4}", side), f"side {nr} mangler dato"


def _overskrifter(data: Vurderingsdata) -> set[str]:
    nokler = (
        "sammendrag",
        "samlet",
        "sterkeste",
        "svakeste",
        "datagrunnlag",
        "fem_forslag",
        "diagrammer",
        "radar_tittel",
        "stolper_tittel",
        "matrise_tittel",
        "modulene",
        "forslag",
        "tiltaksplan",
        "oppfolging",
        "metode",
        "skalaen",
        "poengregler",
        "samling",
        "bank",
        "beslutningsregel",
        "deltakere",
    )
    return {t(n, "nb") for n in nokler} | {f"{m.id} · {m.navn}" for m in data.bank.moduler}


@pytest.mark.parametrize("lang_kommentar", [False, True])
def test_ingen_overskrift_alene_nederst_pa_en_side(
    demodata: Vurderingsdata, full_nb: bytes, lang_kommentar: bool
) -> None:
    pdf = full_nb
    if lang_kommentar:  # flytter alt etter KK-01 et godt stykke, så sideskiftene faller andre steder
        svar = {**demodata.svar, "KK-01": dataclasses.replace(demodata.svar["KK-01"], kommentar="ord " * 900)}
        pdf = pdf_bytes(dataclasses.replace(demodata, svar=svar))
    overskrifter = _overskrifter(demodata)
    for nr, side in enumerate(brodtekst(pdf).split("\f")[:-1], 1):
        linjer = [linje.strip() for linje in side.splitlines() if linje.strip()]
        assert linjer and linjer[-1] not in overskrifter, f"overskrift nederst på side {nr}: {linjer[-1]}"


def test_merking_kommer_fra_tekstfeltene(temadata: Vurderingsdata) -> None:
    merking = "Unntatt offentlighet, jf. offl. § 14"
    data = dataclasses.replace(temadata, tekstfelt={**temadata.tekstfelt, "merking": merking})
    sider = sidetekster(pdf_bytes(data))
    assert all(merking in side for side in sider)
    assert not any("Intern" in side for side in sider)


def test_norske_bokstaver_og_tall(full_nb: bytes, demodata: Vurderingsdata) -> None:
    tekst = "\n".join(sidetekster(full_nb))
    for ord_ in ("Påtaleansvarlig jurist", "Lærende", "Sårbarhet", "Kunnskap og kompetanse", "Fagområde"):
        assert ord_ in tekst
    samlet = demodata.resultat.samlet
    assert samlet.poeng is not None and samlet.niva is not None
    assert f"{tall(samlet.poeng)} av 4 – {demodata.bank.niva_navn(samlet.niva)}" in tekst
    assert "," in tall(samlet.poeng)


def test_skriftene_er_dejavu_og_bygget_inn(full_nb: bytes, kort_nb: bytes) -> None:
    for pdf in (full_nb, kort_nb):
        fonter = {}
        for side in pypdf.PdfReader(io.BytesIO(pdf)).pages:
            for font in side["/Resources"]["/Font"].values():
                font = font.get_object()
                fonter[font["/BaseFont"]] = font
        assert fonter
        for navn, font in fonter.items():
            assert "DejaVuSans" in navn, navn
            assert "/FontFile2" in font["/FontDescriptor"], f"{navn} er ikke bygget inn"


def test_metadata_og_sprak(full_nb: bytes, full_nn: bytes) -> None:
    for pdf, sprak in ((full_nb, "nb-NO"), (full_nn, "nn-NO")):
        leser = pypdf.PdfReader(io.BytesIO(pdf))
        meta = leser.metadata
        assert meta is not None
        assert "Demo politistasjon" in (meta.title or "")
        assert meta.author and "Demo politistasjon" in meta.author
        assert meta.subject
        assert leser.trailer["/Root"]["/Lang"] == sprak
    assert "Modenheitsvurdering" in (pypdf.PdfReader(io.BytesIO(full_nn)).metadata.title or "")


def test_modulene_viser_poeng_niva_og_svakeste_ledd(full_nb_tekst: str, demodata: Vurderingsdata) -> None:
    tekst = full_nb_tekst
    kk = demodata.resultat.modul("KK")
    assert kk.poeng is not None and kk.svakeste is not None
    assert _finnes(f"Poeng {tall(kk.poeng)} av mål {kk.mal}", tekst)
    svakeste = (
        f"Svakeste ledd: {kk.svakeste} {demodata.bank.niva_navn(kk.svakeste)} ({', '.join(kk.svakeste_indikatorer)})"
    )
    assert _finnes(svakeste, tekst)
    assert _finnes("Ingen poeng: utilstrekkelig grunnlag.", tekst)  # ID-forvaltning i demoen
    for ind in demodata.bank.modul("KK").indikatorer:
        assert ind.id in tekst


def test_radar_har_tekstsammendrag(full_nb_tekst: str, demodata: Vurderingsdata) -> None:
    tekst = full_nb_tekst
    for modul in demodata.bank.temamoduler:
        r = demodata.resultat.modul(modul.id)
        assert _finnes(f"{modul.navn}: {tall(r.poeng)} (mål {r.mal})", tekst)
    assert _finnes(t("radar_forklaring", "nb"), tekst)
    assert _finnes(t("stolper_forklaring", "nb"), tekst)


def test_forslagene_kommer_i_prioritert_rekkefolge(full_nb_tekst: str, demodata: Vurderingsdata) -> None:
    """De ti første i rekkefølge med plassen sin, resten gruppert etter modul (rekkefølgen beholdt i gruppen)."""
    tekst = full_nb_tekst
    del_ = tekst[tekst.index(t("forslag_forklaring", "nb")[:40]) : tekst.index(t("tiltaksplan", "nb") + "\n")]
    alle = demodata.analyse.forslag
    assert len(alle) > ANTALL_TOPP
    topp, resten = del_.split(t("forslag_resten", "nb", n=len(alle) - ANTALL_TOPP))
    plasser = [topp.index(f.indikator_id) for f in alle[:ANTALL_TOPP]]
    assert plasser == sorted(plasser)
    modulrekke = [m.id for m in demodata.bank.moduler if m.id in {f.modul_id for f in alle[ANTALL_TOPP:]}]
    overskrifter = [resten.index(f"{mid} · ") for mid in modulrekke]
    assert overskrifter == sorted(overskrifter)
    for i, mid in enumerate(modulrekke):
        slutt = overskrifter[i + 1] if i + 1 < len(overskrifter) else len(resten)
        gruppe = resten[overskrifter[i] : slutt]
        egne = [f for f in alle[ANTALL_TOPP:] if f.modul_id == mid]
        plasser = [_plass(f.indikator_id, gruppe) for f in egne]
        assert plasser == sorted(plasser), mid


def _plass(indikator_id: str, tekst: str) -> int:
    treff = re.search(re.escape(indikator_id) + r"(?!\d)", tekst)
    assert treff, indikator_id
    return treff.start()


def test_metodevedlegget_har_poengreglene_fra_domenet(full_nb_tekst: str) -> None:
    doc = poeng.__doc__ or ""
    punkter = [" ".join(p.split()) for p in re.split(r"\n- ", doc.split("\n\n", 1)[1]) if p.strip()]
    punkter[0] = punkter[0].removeprefix("- ")
    assert [" ".join(r.split()) for r in POENGREGLER["nb"]] == punkter
    assert len(POENGREGLER["nn"]) == len(POENGREGLER["nb"])
    tekst = full_nb_tekst
    for regel in POENGREGLER["nb"]:
        assert _finnes(regel, tekst)


def _med_stemmer(data: Vurderingsdata) -> Vurderingsdata:
    svar = dict(data.svar)
    svar["KK-01"] = Svar.med_niva("KK-01", 3, stemmer=(0, 2, 0, 3, 0), dissens="To mente nivå 1.")
    svar["KK-02"] = Svar.med_niva("KK-02", 2, stemmer=(0, 0, 4, 1, 0))
    return dataclasses.replace(data, svar=svar)


def test_samling_viser_stemmer_median_og_uenighet(temadata: Vurderingsdata) -> None:
    tekst = brodtekst(pdf_bytes(_med_stemmer(temadata)))
    assert _finnes("Stemmer 0–4: 0 · 2 · 0 · 3 · 0", tekst)
    assert _finnes("median 3", tekst)
    assert _finnes("Dissens: To mente nivå 1.", tekst)
    assert _finnes("Stemmer 0–4: 0 · 0 · 4 · 1 · 0", tekst)
    assert tekst.count("Uenighet") == 1  # bare KK-01 spenner over to nivåer eller mer


def test_oppfolging_av_forrige_runde(temadata: Vurderingsdata) -> None:
    forrige = Tiltak("Etablere fast møte med kommunen", eier_rolle="Stasjonssjef", frist="2026-03-01", id=9)
    data = dataclasses.replace(
        temadata,
        forrige_id=1,
        oppfolging=[
            Oppfolgingspunkt(forrige, TiltakStatus.FULLFORT, "Ferdig i mars"),
            Oppfolgingspunkt(dataclasses.replace(forrige, tekst="Nytt årshjul", id=10), None),
        ],
    )
    tekst = brodtekst(pdf_bytes(data))
    for forventet in (
        "Etablere fast møte med kommunen",
        "Fullført",
        "Ferdig i mars",
        "01.03.2026",
        "Nytt årshjul",
        "Ikke vurdert",
        t("status_na", "nb"),
    ):
        assert _finnes(forventet, tekst), forventet
    assert _finnes(t("forste_runde", "nb"), brodtekst(pdf_bytes(temadata)))


def test_uferdig_vurdering_sier_fra(temadata: Vurderingsdata) -> None:
    svar = {k: v for k, v in temadata.svar.items() if not k.startswith("SL")}
    data = dataclasses.replace(temadata, svar=svar)
    data = bare_moduler(data, temadata.vurdering.moduler)
    res = data.resultat
    forventet = t("uferdig", "nb", besvart=res.besvart, antall=res.antall)
    for kort in (False, True):
        assert _finnes(forventet, brodtekst(pdf_bytes(data, kort=kort)))


def test_uten_fagomrader_ingen_matrise(temadata: Vurderingsdata) -> None:
    tekst = brodtekst(pdf_bytes(temadata))
    assert t("matrise_tittel", "nb") not in tekst
    assert t("radar_tittel", "nb") in tekst


def test_deltakernavn_vises_bare_nar_de_er_oppgitt(temadata: Vurderingsdata) -> None:
    v = dataclasses.replace(
        temadata.vurdering, deltakere=(Deltaker("Stasjonssjef", "Kari Nordmann"), Deltaker("Politikontakt"))
    )
    tekst = brodtekst(pdf_bytes(dataclasses.replace(temadata, vurdering=v)))
    assert "Kari Nordmann" in tekst and t("navn", "nb") in tekst
    assert "Navn\n" not in brodtekst(pdf_bytes(temadata)).split(t("deltakere", "nb"))[1][:30]


def test_kort_rapport_en_til_to_sider(kort_nb: bytes, demodata: Vurderingsdata) -> None:
    sider = sidetekster(kort_nb)
    assert 1 <= len(sider) <= 2
    tekst = brodtekst(kort_nb)
    assert _finnes(t("kort_tittel", "nb"), tekst)
    assert _finnes(demodata.tekstfelt["konklusjon"], tekst)
    for f in demodata.resultat.forslag[:5]:
        assert f.indikator_id in tekst
    assert demodata.resultat.forslag[5].indikator_id not in tekst
    for tiltak in demodata.tiltak:
        assert _finnes(tiltak.tekst, tekst)
    for etikett in ("navn", "rolle", "dato", "signatur"):
        assert t(etikett, "nb") in tekst
    assert "Stasjonssjef" in tekst  # signatur_rolle fra demoen
    assert t("metode", "nb") not in tekst
    assert all(f"Side {i} av {len(sider)}" in s for i, s in enumerate(sider, 1))


def test_kort_uten_konklusjon_og_med_signatur(temadata: Vurderingsdata) -> None:
    felt = {
        "konklusjon": "",
        "merking": "Intern",
        "signatur_navn": "Ola Normann",
        "signatur_rolle": "Politistasjonssjef",
        "signatur_dato": "2026-12-01",
    }
    tekst = brodtekst(pdf_bytes(dataclasses.replace(temadata, tekstfelt=felt), kort=True))
    assert _finnes(t("ingen_konklusjon", "nb"), tekst)
    for forventet in ("Ola Normann", "Politistasjonssjef", "01.12.2026"):
        assert forventet in tekst


def test_tiltaksplan_uten_tiltak(temadata: Vurderingsdata) -> None:
    tekst = brodtekst(pdf_bytes(dataclasses.replace(temadata, tiltak=[]), kort=True))
    assert _finnes(t("ingen_tiltak", "nb"), tekst)


def test_ukjent_sprak_gir_norsk_feil(temadata: Vurderingsdata) -> None:
    with pytest.raises(RapportFeil, match="Ukjent språk"):
        pdf_bytes(temadata, sprak="en")


def test_samme_tall_i_rapport_og_resultat_for_vet_ikke(full_nb_tekst: str, demodata: Vurderingsdata) -> None:
    vet_ikke = sum(1 for s in demodata.svar.values() if s.type is SvarType.VET_IKKE)
    assert _finnes(t("vet_ikke_totalt", "nb", n=vet_ikke), full_nb_tekst)
