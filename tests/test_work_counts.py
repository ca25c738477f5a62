"""Work that is done once per document stays done once: counted, never timed."""

from __future__ import annotations

import pytest

from extractor import extract
from extractor.checks import prose
from tests.shared_docs import SEED


def test_prose_built_once_for_all_its_checks(monkeypatch: pytest.MonkeyPatch) -> None:
    # the seed has rates for the percentage checks: "藏族人口占98%以上,农牧民占总人口的91.6%"
    built: list[object] = []
    original = prose.Prose.__init__

    def counting(self: prose.Prose, a: object) -> None:
        built.append(a)
        original(self, a)  # type: ignore[arg-type]

    monkeypatch.setattr(prose.Prose, "__init__", counting)
    doc = extract(SEED)
    assert any(c.rule == "percentage" for c in doc.checks)
    assert len(built) == 1  # percentage, growth, completion, change and direction share it
