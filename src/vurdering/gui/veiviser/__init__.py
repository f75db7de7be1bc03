"""Veiviseren for én vurdering: sidelisten, modulintroene, indikatorsidene med nivåkortene."""
