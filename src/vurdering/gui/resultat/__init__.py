"""Sidene etter indikatorene: oppfølging av forrige runde, tiltaksplan, rapportopplysninger og eksport."""
