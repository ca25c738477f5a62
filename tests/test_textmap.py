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
