"""The stages import in one direction only, and resolve to this repository."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
STAGES = ("ingest", "extract", "classify", "verify", "workers", "certledger")
# What each package may import of the project's own packages.
ALLOWED = {
    "ingest": set(),
    "extract": set(),
    "classify": {"extract"},
    "verify": {"extract", "classify"},
    "certledger": {"ingest", "extract", "classify", "verify"},
    "workers": {"certledger", "ingest", "extract", "classify", "verify"},
}
# The composition root: `certledger ingest` starts the embedded worker when no Redis is configured,
# and `certledger worker` runs the Redis ones. No other certledger module may import workers.
COMPOSITION_ROOTS = {("certledger/cli.py", "workers")}
INFRASTRUCTURE = {"sqlmodel", "sqlalchemy", "dramatiq", "fastapi", "redis", "pydantic_settings", "certledger"}


def _imports(package: str) -> set[tuple[str, str]]:
    found = set()
    for path in (ROOT / package).rglob("*.py"):
        tree = ast.parse(path.read_text(), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                found |= {(str(path.relative_to(ROOT)), a.name.split(".")[0]) for a in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                found.add((str(path.relative_to(ROOT)), node.module.split(".")[0]))
    return found


@pytest.mark.parametrize("package", STAGES)
def test_stage_imports_only_what_it_may(package: str) -> None:
    """A stage imports no later stage and, below the shell, no infrastructure."""
    own = set(STAGES) - {package}
    imports = _imports(package) - COMPOSITION_ROOTS
    bad = sorted((f, m) for f, m in imports if m in own and m not in ALLOWED[package])
    if package not in ("certledger", "workers"):
        bad += sorted((f, m) for f, m in imports if m in INFRASTRUCTURE)
    assert bad == []


@pytest.mark.parametrize("package", STAGES)
def test_package_resolves_to_this_repository(package: str) -> None:
    """`import extract` finds this repository's package, not a same-named one elsewhere."""
    module = importlib.import_module(package)
    assert Path(module.__file__ or "").resolve().parent == ROOT / package
