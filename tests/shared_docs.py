"""Where the shared material lives, and how tests read it (skipping when it is absent)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPUS = ROOT / "corpus"
SEED = CORPUS / "shijingshan-fupin-plan-2018.txt"
SCORE = SHARED / "tools" / "score.py"
# Gold answers: the shared ones, and the ones this project annotated blind (tests/gold/README.md).
# Both name their documents relative to ../shared.
GOLD_DIRS = (SHARED / "gold", ROOT / "tests" / "gold")


def gold_files() -> list[Path]:
    """Every gold file whose document is present under ../shared, in a stable order."""
    import json

    found = []
    for folder in GOLD_DIRS:
        for path in sorted(folder.glob("*.gold.json")) if folder.is_dir() else []:
            document = json.loads(path.read_text(encoding="utf-8"))["document"]
            if (SHARED / document).is_file():
                found.append(path)
    return found


def shared_text(relative: str) -> str:
    """A document under ../shared as the scorer reads it, or skip the test."""
    path = SHARED / relative
    if not path.is_file():
        pytest.skip(f"{path} not found: these tests read ../shared next to the repository")
    return path.read_text(encoding="utf-8-sig").replace("\r\n", "\n").replace("\r", "\n")


def seed_text() -> str:
    """The seed plan, committed in corpus/ (always present)."""
    return SEED.read_text(encoding="utf-8")


def load_scorer() -> ModuleType:
    """The shared scorer (../shared/tools/score.py) as a module, or skip the test."""
    if not SCORE.is_file():
        pytest.skip(f"{SCORE} not found: the quality floor needs ../shared")
    spec = importlib.util.spec_from_file_location("shared_score", SCORE)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
