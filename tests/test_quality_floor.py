"""Quality floor: the shared scorer over the gold plans and over the seed as it may arrive.

The seed is re-encoded (GBK, UTF-16), widened (full-width digits and
punctuation, as most real plans are written) and joined (a scrape that lost its
line breaks); its gold file is transformed the same way. Floors are pinned:
raise them on purpose, never lower them silently.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

from extractor.cli import main
from tests import gold_floors
from tests.shared_docs import SHARED, gold_files, load_scorer

GOLD = SHARED / "gold"
SEED_GOLD = GOLD / "shijingshan-fupin-plan-2018.gold.json"

# metric -> floor for every seed variant; the gold plans' floors are in tests/gold_floors.json
FLOOR = 1.0
MAX_FALSE_ALARMS = 0

_WIDE = {ord(c): ord(c) + 0xFEE0 for c in "0123456789,():;%"}


def _wide(s: str) -> str:
    return s.translate(_WIDE)


def _joined(s: str) -> str:
    return s.replace("\n", "")


VARIANTS: dict[str, tuple[str, Callable[[str], str]]] = {
    "gbk": ("gbk", lambda s: s),
    "utf16": ("utf-16", lambda s: s),
    "fullwidth": ("utf-8", _wide),
    "joined": ("utf-8", _joined),
    "fullwidth-joined": ("utf-8", lambda s: _joined(_wide(s))),
}


def _scorer() -> ModuleType:
    return load_scorer()


def _score(score: ModuleType, gold_files: list[Path], out: Path, root: Path) -> dict[str, float]:
    outputs = score.load_outputs(out)
    total = score.Tally()
    for gf in gold_files:
        gold = json.loads(gf.read_text(encoding="utf-8"))
        src = root / gold["document"]
        raw = src.read_bytes()
        text = raw.decode(gold.get("encoding", "utf-8-sig")).replace("\r\n", "\n").lstrip("\ufeff")
        doc = outputs.get(score.hashlib.sha256(raw).hexdigest())
        assert doc is not None, f"no output for {gold['document']}"
        t, notes = score.Tally(), []
        score.score_doc(gold, text, doc, t, notes)
        total.c.update(t.c)
    result = {k: total.ratio(k) for k in score.KEYS if total.ratio(k) is not None}
    result["false_alarms"] = total.c["false_alarms"]
    return result


def _assert_floor(result: dict[str, float]) -> None:
    low = {k: v for k, v in result.items() if k not in ("false_alarms", "bonus") and v < FLOOR}
    assert low == {}
    assert result["false_alarms"] <= MAX_FALSE_ALARMS


GOLD_DOCS = [p.name.removesuffix(".gold.json") for p in gold_files()]


@pytest.fixture(scope="module")
def gold_scores() -> dict[str, dict[str, float]]:
    load_scorer()  # skips when ../shared is absent
    return gold_floors.measure_scores()


@pytest.mark.skipif(not GOLD_DOCS, reason=f"no gold files with documents under {SHARED}")
@pytest.mark.parametrize("doc", GOLD_DOCS)
def test_gold_plan_meets_its_floor(doc: str, gold_scores: dict[str, dict[str, float]]) -> None:
    """Every figure of every gold plan at or above its pinned floor (1.0 unless pinned lower)."""
    below, above = gold_floors.below_and_above(gold_floors.load(), doc, gold_scores[doc])
    assert below == {}, "below the floor (measured, floor)"
    assert above == {}, "above the floor: raise it with `python -m tests.gold_floors`"


def _transform_gold(gold: dict, fn: Callable[[str], str], encoding: str, document: str) -> dict:  # type: ignore[type-arg]
    def anchor(d: dict) -> dict:  # type: ignore[type-arg]
        keys = ("anchor", "item")
        return {k: fn(v) if k in keys and isinstance(v, str) else v for k, v in d.items()}

    out = dict(gold)
    out["document"] = document
    out["encoding"] = encoding
    if gold.get("body_ends_before"):
        out["body_ends_before"] = fn(gold["body_ends_before"])
    for key in ("items", "figures", "findings", "passes", "bonus"):
        out[key] = [anchor(x) for x in gold.get(key, [])]
    out["mentions"] = {
        kind: [anchor(x) if isinstance(x, dict) else fn(x) for x in xs]
        for kind, xs in gold.get("mentions", {}).items()
    }
    return out


@pytest.mark.parametrize("variant", list(VARIANTS))
def test_seed_variants_meet_the_floor(variant: str, tmp_path: Path) -> None:
    score = _scorer()
    if not SEED_GOLD.is_file():
        pytest.skip(f"{SEED_GOLD} not found")
    encoding, fn = VARIANTS[variant]
    gold = json.loads(SEED_GOLD.read_text(encoding="utf-8"))
    text = (SHARED / gold["document"]).read_text(encoding="utf-8")
    name = f"seed-{variant}.txt"
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / name).write_bytes(fn(text).encode(encoding))
    gold_file = tmp_path / f"seed-{variant}.gold.json"
    gold_file.write_text(
        json.dumps(_transform_gold(gold, fn, encoding, f"corpus/{name}"), ensure_ascii=False),
        encoding="utf-8",
    )
    main([str(tmp_path / "corpus"), "-o", str(tmp_path / "out"), "-q"])
    _assert_floor(_score(score, [gold_file], tmp_path / "out", tmp_path))
