"""The normalised view and its way back: every normalised offset maps to the character it
came from, whether NFKC kept it, changed it one for one (，-> ,) or resized it (㎡ -> m2)."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from extractor.textmap import _MAYBE_CHANGED, TextMap

# ASCII, Han, full-width (，１Ａ), resized (㎡ ½ … ﬁ ㈱), and kept as written (① ⑴ 、)
_ALPHABET = "a1 ,资金万元\n，１Ａ（）㎡½…ﬁ㈱①⑴、"


def _reference(original: str) -> tuple[str, list[int], list[bool]]:
    """The normalised text, one character at a time, with the original index behind each
    normalised character and whether it is the first its original character produced."""
    parts, behind, first = [], [], []
    for i, ch in enumerate(original):
        new = unicodedata.normalize("NFKC", ch) if _MAYBE_CHANGED.match(ch) else ch
        parts.append(new)
        behind += [i] * len(new)
        first += [k == 0 for k in range(len(new))]
    return "".join(parts), behind, first


@given(st.text(alphabet=_ALPHABET, max_size=40))
def test_offsets_map_back_to_the_character_they_came_from(original: str) -> None:
    tm = TextMap.build(original)
    text, behind, first = _reference(original)
    assert tm.text == text
    for j in range(len(text)):
        assert tm.to_original(j) == behind[j]
        assert tm.to_original(j, end=True) == behind[j] + (0 if first[j] else 1)
    assert tm.to_original(len(text)) == len(original)
    for i in range(len(original) + 1):
        assert tm.to_original(tm.to_normalised(i)) == i


def test_one_for_one_changes_need_no_breakpoint() -> None:
    tm = TextMap.build("资金１００万元，面积２㎡。")
    assert tm.text == "资金100万元,面积2m2。"
    assert tm.offsets(2, 7) == (2, 7)  # 100万元 is where １００万元 is
    assert tm.source(11, 13) == "㎡"  # m2 is one original character
    assert len(tm._norm_at) == 1  # only ㎡ grew


def test_a_long_plan_keeps_no_per_comma_table() -> None:
    """Issue 12, part 3 (one 30 MB text under 10x its size in memory): full-width commas and
    digits, most of what NFKC changes in a plan, cost no breakpoint however many there are."""
    long = "完成１个项目，" * 10_000
    tm = TextMap.build(long)
    assert tm.text == "完成1个项目," * 10_000
    assert len(tm._norm_at) == 0
    assert tm.offsets(7 * 9_999 + 2, 7 * 9_999 + 3) == (7 * 9_999 + 2, 7 * 9_999 + 3)
    dots = TextMap.build("说明……" * 10)
    assert len(dots._norm_at) == 20
    assert dots.source(2 + 8 * 9, 8 * 10) == "……"
