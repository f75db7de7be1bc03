"""Det flere deler av vinduet bruker: meldinger, språk, utseende, rammer og diagrammer."""
