"""Det nederste laget: å finne programmets egne filer og snakke med filsystemet.

Ingen domenekunnskap, ingen SQL og ingen Qt; alle lagene over kan bruke det.
"""
