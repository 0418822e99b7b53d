"""The actors package stays layered: each module imports only from the modules before it."""

from __future__ import annotations

import ast
from pathlib import Path

import newsum.facts.actors as actors

LAYERS = ("vocabulary", "tokens", "mentions", "names", "roles", "classify", "merge", "refer",
          "__init__")
PACKAGE = Path(actors.__file__).parent


def imported_layers(module: str) -> set[str]:
    """The sibling modules a module of the package imports from."""
    tree = ast.parse((PACKAGE / f"{module}.py").read_text(encoding="utf-8"))
    prefix = "newsum.facts.actors."
    return {node.module[len(prefix):] for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom) and node.module
            and node.module.startswith(prefix)}


def test_every_module_of_the_package_is_a_known_layer() -> None:
    assert {p.stem for p in PACKAGE.glob("*.py")} == set(LAYERS)


def test_each_layer_imports_only_from_earlier_layers() -> None:
    for k, module in enumerate(LAYERS):
        later = imported_layers(module) - set(LAYERS[:k])
        assert not later, f"{module} imports from {sorted(later)}, a later layer"
