"""Fast paths give what the loops they replaced gave, on any text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.checks.restated import _context
from extractor.checks.text import CLAUSE
from extractor.facts import QuantityMatch
from extractor.figures import Group


def _context_by_characters(text: str, g: Group, floor: int) -> str:
    """restated._context as it was: a CLAUSE.match at each character, 30 back, 12 on."""
    a = g.start
    while a > floor and a > g.start - 30 and not CLAUSE.match(text, a - 1):
        a -= 1
    b = g.end
    while b < len(text) and b < g.end + 12 and not CLAUSE.match(text, b):
        b += 1
    return text[a : g.start] + text[g.end : b]


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet="户人,;:。!?\n 甲乙", max_size=60),
    st.integers(0, 60),
    st.integers(0, 8),
    st.integers(0, 60),
)
def test_context_is_the_character_loops(text: str, at: int, size: int, floor: int) -> None:
    start = min(at, len(text))
    end = min(start + size, len(text))
    g = Group((QuantityMatch(start, end, None, "户", "count"),))
    assert _context(text, g, floor) == _context_by_characters(text, g, floor)


def test_context_of_a_seed_sentence() -> None:
    # the seed: "2017年全县农牧民人口5.56万人,其中藏族人口占98%以上"
    text = "2017年全县农牧民人口5.56万人,其中藏族人口占98%以上"
    start = text.index("5.56")
    g = Group((QuantityMatch(start, start + len("5.56万人"), None, "人", "count"),))
    assert _context(text, g, 0) == "2017年全县农牧民人口"
