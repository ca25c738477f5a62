"""The cheap tests that spare a regex on the number-dense path give what the regex alone gives,
over the real texts of ../shared/corpus (skipped when it is absent)."""

from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import Any

import pytest
import regex

from extractor import figures
from extractor.checks import restated, statements
from extractor.checks.text import char_matches
from extractor.quantities import find_quantities
from tests.shared_docs import SHARED

# The corpus's real documents without the 198 wild pages: enough shapes, a few seconds.
_FOLDERS = ("seed", "real", "docx", "pdf")
_NUMBER = regex.compile(r"\d")


def _texts() -> list[str]:
    paths = sorted(p for f in _FOLDERS for p in (SHARED / "corpus" / f).glob("*.txt"))
    if not paths:
        pytest.skip(f"{SHARED / 'corpus'} not found: these tests read ../shared")
    return [unicodedata.normalize("NFKC", Path(p).read_text(encoding="utf-8")) for p in paths]


def _befores(text: str) -> list[str]:
    """The words before each number, as _lone_statements reads them (at most 30 characters)."""
    return [text[max(0, m.start() - 30) : m.start()] for m in _NUMBER.finditer(text)]


def test_the_clause_end_tests_agree_with_their_regexes() -> None:
    seen = 0
    for text in _texts():
        for before in _befores(text):
            cut = before[: restated._LINK_END.search(before).start()]  # type: ignore[union-attr]
            assert restated._unlinked(before) == cut
            for words in (before, cut):
                assert restated._have_end(words) == bool(restated._HAVE_END.search(words))
                plain = restated._HAVE_NAME.search(words)
                found = restated._have_name(words)
                assert (found and found.span()) == (plain and plain.span())
            seen += 1
    assert seen > 10_000


class _Never:
    """A set that shares a member with every string: the marker filter lets all through."""

    def isdisjoint(self, _chars: Any) -> bool:
        return False


def _everywhere(_text: str, start: int, end: int) -> list[int]:
    """Every position: the colon filter lets all through."""
    return list(range(start, end))


def test_the_figure_filters_keep_every_figure(monkeypatch: pytest.MonkeyPatch) -> None:
    found = 0
    for text in _texts():
        quantities = find_quantities(text)
        filtered = figures.find_figures(text, quantities)
        with monkeypatch.context() as m:
            m.setattr(figures, "_MARKER_LAST", _Never())
            m.setattr(figures, "_colons", _everywhere)
            assert figures.find_figures(text, quantities) == filtered
        found += len(filtered)
    assert found > 0


def test_the_moves_are_found_where_their_first_characters_are() -> None:
    found = 0
    for text in _texts():
        for lo in (0, len(text) // 3):
            plain = [m.span() for m in statements._FROM.finditer(text, lo, len(text))]
            fast = char_matches(statements._FROM, statements._FROM_FIRST, text, lo, len(text))
            assert [m.span() for m in fast] == plain
            found += len(plain)
    assert found > 100
