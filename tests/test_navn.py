"""Identifikatorer staves uten æøå (å skrives `aa`, ø `o`, æ `ae`), slik STYLE.md sier.

Testen leser syntakstreet, så også navn inne i f-strenger og nøkkelordargumenter telles.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

ROT = Path(__file__).resolve().parent.parent
MAPPER = ("src", "tests", "benchmarks", "verktoy", "pakking")


def _navn(tre: ast.AST) -> Iterator[tuple[int, str]]:
    for node in ast.walk(tre):
        if isinstance(node, ast.Name):
            yield node.lineno, node.id
        elif isinstance(node, ast.arg):
            yield node.lineno, node.arg
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            yield node.lineno, node.name
        elif isinstance(node, ast.Attribute):
            yield node.lineno, node.attr
        elif isinstance(node, ast.keyword) and node.arg:
            yield node.lineno, node.arg
        elif isinstance(node, ast.alias):
            yield node.lineno, node.asname or node.name


def test_ingen_identifikator_med_aeoeaa() -> None:
    funn = []
    for mappe in MAPPER:
        for fil in sorted((ROT / mappe).rglob("*.py")):
            tre = ast.parse(fil.read_text(encoding="utf-8"), filename=str(fil))
            funn += [f"{fil.relative_to(ROT)}:{linje}: {navn}" for linje, navn in _navn(tre) if not navn.isascii()]
    assert not funn, "Identifikatorer med æøå (skriv aa, o, ae):\n" + "\n".join(funn)
