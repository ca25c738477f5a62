"""TextMap: normalised offsets map back to the original characters, and a long plan keeps no
per-character table (issue 12, part 3: one 30 MB text under 10x its size in memory)."""

from __future__ import annotations

import unicodedata

from extractor.textmap import _MAYBE_CHANGED, TextMap

# The seed plan's style, full-width punctuation and digits, with characters NFKC lengthens
# (…… to ......, ㎡ to m2, ½ to 1⁄2).
_SAMPLE = "安排资金１００万元，其中：甲县５０万元（含……）、乙县½；建设用地３００㎡。"


def _reference(original: str) -> tuple[str, list[int]]:
    """The normalised text built a character at a time, and each of its characters' original
    offset (what TextMap must reproduce)."""
    text, origin = [], []
    for k, ch in enumerate(original):
        new = unicodedata.normalize("NFKC", ch) if _MAYBE_CHANGED.match(ch) else ch
        text.append(new)
        origin += [k] * len(new)
    return "".join(text), origin


def test_offsets_map_back_to_the_characters_they_came_from() -> None:
    tm = TextMap.build(_SAMPLE)
    text, origin = _reference(_SAMPLE)
    assert tm.text == text
    assert "......" in tm.text
    assert "m2" in tm.text
    assert "," in tm.text
    for a in range(len(text)):
        for b in range(a + 1, len(text) + 1):
            assert tm.offsets(a, b) == (origin[a], origin[b - 1] + 1), (a, b)
    for k in range(len(_SAMPLE)):
        assert tm.text[tm.to_normalised(k)] == text[origin.index(k)]
    money = tm.text.index("100万元")
    assert tm.source(money, money + len("100万元")) == "１００万元"


def test_one_for_one_changes_keep_no_breakpoint() -> None:
    """Full-width commas and digits (most of what NFKC changes in a plan) move no offset and
    cost nothing; only a character that becomes several is remembered."""
    long = "完成１个项目，" * 10_000
    tm = TextMap.build(long)
    assert tm.text == "完成1个项目," * 10_000
    assert len(tm._norm_at) == 0
    assert tm.offsets(7 * 9_999 + 2, 7 * 9_999 + 3) == (7 * 9_999 + 2, 7 * 9_999 + 3)
    dots = TextMap.build("说明……" * 10)
    assert len(dots._norm_at) == 20
    assert dots.source(2 + 8 * 9, 8 * 10) == "……"
