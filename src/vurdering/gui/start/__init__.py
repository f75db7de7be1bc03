"""Før en vurdering er åpnet: startsiden, «Ny vurdering», innstillinger og gjenoppretting."""
