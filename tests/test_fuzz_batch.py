"""The batch fuzz run (bench/fuzz_batch.py) at a size CI can afford: ``FUZZ_CASES`` mutated real
documents (default 120; the bench runs 10,000) through ``python -m extractor``. The batch must
finish, account for every file with a one-line error or a document, and meet no internal error.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from extractor.cli import main
from tests.mutations import write_cases

CASES = int(os.environ.get("FUZZ_CASES", "120"))


@pytest.mark.slow
def test_mutated_documents_never_stop_or_fool_the_batch(tmp_path: Path) -> None:
    corpus, out = tmp_path / "corpus", tmp_path / "out"
    written = write_cases(corpus, CASES, seed=int(os.environ.get("FUZZ_SEED", "10")))
    assert main([str(corpus), "-o", str(out), "-q", "-j", "2"]) in (0, 1)
    rows = json.loads((out / "report.json").read_text(encoding="utf-8"))["documents"]
    assert len(rows) == written
    errors = [r["error"] for r in rows if r["status"] != "ok"]
    assert [e for e in errors if "\n" in e or "internal error" in e] == []
    assert any(r["status"] == "ok" for r in rows)
    for row in rows:
        if row["status"] == "ok":
            assert (out / f"{row['path']}.json").is_file()
