"""A module-level name is bound once in each model module: a second binding of a rule's name
silently replaces the first for every use (two sessions' ``_NAMED_AS`` and ``_QUOTED_MIN`` once
did), and ruff does not say so."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

_MODULES = sorted((Path(__file__).resolve().parent.parent / "tui").rglob("*.py"))


@pytest.mark.parametrize("path", _MODULES, ids=lambda p: str(p.relative_to(p.parents[2])))
def test_module_names_are_bound_once(path: Path) -> None:
    bound: Counter[str] = Counter()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
        bound.update(t.id for t in targets if isinstance(t, ast.Name))
    assert [name for name, n in bound.items() if n > 1] == []
