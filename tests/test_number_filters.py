"""The cheap tests that spare a regex on the number-dense path give what the regex alone gives,
over the real texts of ../shared/corpus (skipped when it is absent)."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import Any

import pytest
import regex

from extractor import figures
from extractor.checks import (
    bare_rate,
    direction,
    lists,
    lists_after,
    lists_before,
    placeholder,
    restated,
    statements,
)
from extractor.checks.text import char_matches, opened_matches, sentence, sentence_start
from extractor.quantities import find_quantities
from extractor.tables.figures import MAX_SENTENCE_CHARS
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


def test_stdlib_and_regex_digits_agree_on_the_bmp() -> None:
    """lists._COUNT_END_AT tests a BMP character with stdlib's \\d and leaves the rest to the
    regex module's: the two agree on every BMP character."""
    stdlib, module = re.compile(r"\d"), regex.compile(r"\d")
    differ = [c for c in range(0x10000) if bool(stdlib.match(chr(c))) != bool(module.match(chr(c)))]
    assert differ == []


def test_stdlib_spaces_hold_the_regex_modules() -> None:
    """placeholder._BLANK_OPENING lets a bracket through before stdlib's \\s where _BLANK reads
    the regex module's: every character the module calls a space, stdlib does too."""
    stdlib, module = re.compile(r"\s"), regex.compile(r"\s")
    missed = [c for c in range(0x110000) if module.match(chr(c)) and not stdlib.match(chr(c))]
    assert missed == []
    assert stdlib.match("\x1c")  # the reverse does not hold
    assert not module.match("\x1c")


def _groups(m: regex.Match[str]) -> tuple[Any, ...]:
    return m.span(), m.groupdict(), tuple(m.span(g) for g in m.re.groupindex)


def test_the_counts_are_found_where_a_plain_scan_finds_them() -> None:
    """lists.near_counts (one match call at each count, from its count ends) finds what
    finditer finds over the whole text."""
    found = 0
    for text in _texts():
        for lo in (0, 1, len(text) // 3):
            hi = len(text)
            plain_ends = [m.start() for m in lists._COUNT_END.finditer(text, lo, hi)]
            lists._count_ends.cache_clear()
            assert list(lists._count_ends(text, lo, hi)) == plain_ends
            for pattern, reach in (
                (lists_before._BEFORE, lists_before._BEFORE_REACH),
                (lists_after._ANNOUNCE, lists.COUNT_REACH),
            ):
                plain = [_groups(m) for m in pattern.finditer(text, lo, hi)]
                fast = [_groups(m) for m in lists.near_counts(pattern, text, lo, hi, reach)]
                assert fast == plain
                found += len(plain)
    assert found > 100


def test_the_openings_are_found_where_their_regexes_find_them() -> None:
    """The long patterns tried only where their opening matches (text.opened_matches) find what
    their own scan finds: placeholder's blanks, statements' leads, direction's verbs,
    bare_rate's rates, lists_before's pairs and lists_after's ordinals."""
    found = 0
    for text in _texts():
        for lo, hi in ((0, len(text)), (len(text) // 3, len(text) - 1)):
            for pattern, opening in (
                (placeholder._BLANK, placeholder._BLANK_OPENING),
                (statements._LEAD, statements._LEAD_OPENING),
                (direction._VERB, direction._VERB_OPENING),
                (bare_rate._BARE, bare_rate._BARE_OPENING),
                (lists_before._PAIR, lists_before._PAIR_OPENING),
                (lists_after._ORDINAL_ANNOUNCE, lists_after._ORDINAL_OPENING),
            ):
                plain = [_groups(m) for m in pattern.finditer(text, lo, hi)]
                fast = [_groups(m) for m in opened_matches(pattern, opening, text, lo, hi)]
                assert fast == plain
                found += len(plain)
    assert found > 20


_SENTENCE = regex.compile(r"[。!?\n;]")
_SENTENCE_BACK = regex.compile(r"[。!?\n;]", regex.REVERSE)


def test_the_sentences_from_the_stop_index_are_those_a_regex_finds() -> None:
    """text.sentence_start and text.sentence bisect one list of stops: they give what a regex
    search back and forth from each position gives."""
    seen = 0
    for text in _texts():
        for pos in range(0, len(text), 7):
            for floor in (0, max(0, pos - 50)):
                lo = max(floor, pos - MAX_SENTENCE_CHARS)
                m = _SENTENCE_BACK.search(text, lo, pos)
                start = pos if pos <= floor else (m.end() if m else lo)
                assert sentence_start(text, pos, floor) == start
                end = min(len(text), pos + 3)
                hi = min(len(text), end + MAX_SENTENCE_CHARS)
                f = _SENTENCE.search(text, end, hi) if end < hi else None
                assert sentence(text, pos, end, floor) == (start, f.start() if f else max(end, hi))
                seen += 1
    assert seen > 10_000
