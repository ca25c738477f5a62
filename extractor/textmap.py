"""A normalised view of the text that remembers where every character came from.

Rules match on the NFKC view (full-width ``，（）：１００`` become ``,():100``), but a
``Span`` must point at the original characters. ``TextMap`` keeps, for each
normalised character, the offsets of the original character it came from, as a
short list of breakpoints: NFKC leaves most plan text (CJK, ASCII) alone and changes most
of the rest one character for one (，１), which keeps offsets, so only the few characters
it makes longer or shorter (㎡, ½) need one.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass, field

import regex

from extractor.model import Span, trusted_span

# Characters NFKC may change; CJK ideographs, ASCII and common CJK punctuation it leaves alone.
# Enclosed numbers (①, ⑴, ⒈, ㉑) are excluded too: NFKC turns ① into a bare "1", which would
# make a list marker look like a quantity; the heading table matches them as written.
_MAYBE_CHANGED = re.compile(  # a class of code points: stdlib re scans it twice as fast
    r"[^\x00-\x7f\u4e00-\u9fff\u3001\u3002\u201c\u201d\u2018\u2019\u2014\u3008-\u3011"
    r"\u2460-\u24ff\u3251-\u325f\u32b1-\u32bf]"
)


def _changed_characters(text: str) -> dict[str, str]:
    """The characters of ``text`` that NFKC changes, each with what it becomes (normalised
    once per distinct character, not once per occurrence)."""
    maybe = sorted(set(_MAYBE_CHANGED.findall(text)))
    return {ch: new for ch in maybe if (new := unicodedata.normalize("NFKC", ch)) != ch}


def _normalised(text: str, changed: dict[str, str]) -> str:
    """``text`` with each changed character replaced (what NFKC gives a character is stable
    under NFKC, so no replacement makes another one's character)."""
    for ch, new in changed.items():  # a few dozen distinct characters: one fast pass each
        text = text.replace(ch, new)
    return text


@dataclass(frozen=True)
class TextMap:
    """``text`` is the NFKC view of ``original``; ``span(a, b)`` maps a match back.

    >>> tm = TextMap.build("资金１００万元，")
    >>> tm.text
    '资金100万元,'
    >>> tm.span(2, 8)
    Span(start=2, end=8, page=None)
    """

    original: str
    text: str
    # Breakpoints: normalised index where a character NFKC resized starts, its original
    # start and end, and the normalised length it produced. Sorted by normalised index.
    _norm_at: list[int] = field(default_factory=list, repr=False)
    _orig_at: list[int] = field(default_factory=list, repr=False)
    _orig_len: list[int] = field(default_factory=list, repr=False)
    _norm_len: list[int] = field(default_factory=list, repr=False)
    # Original offsets where pages 2, 3, ... start (empty for unpaged text).
    page_starts: tuple[int, ...] = field(default=(), repr=False)
    paged: bool = field(default=False, repr=False)  # a paged format: even one page is page 1

    @classmethod
    def build(
        cls, original: str, page_starts: tuple[int, ...] = (), *, paged: bool = False
    ) -> TextMap:
        changed = _changed_characters(original)
        if not changed:
            return cls(original, original, page_starts=page_starts, paged=paged)
        # One for one (，->, １->1, the commonest) keeps every offset: only a character that
        # NFKC makes longer or shorter (㎡ -> m2) needs a breakpoint.
        resized = "".join(sorted(ch for ch, new in changed.items() if len(new) != 1))
        norm_at: list[int] = []
        orig_at: list[int] = []
        orig_len: list[int] = []
        norm_len: list[int] = []
        shift = 0  # len(normalised) - len(original) so far
        if resized:
            for m in regex.finditer(f"[{regex.escape(resized)}]", original):
                i, size = m.start(), len(changed[m.group()])
                norm_at.append(i + shift)
                orig_at.append(i)
                orig_len.append(1)
                norm_len.append(size)
                shift += size - 1
        return cls(
            original,
            _normalised(original, changed),
            norm_at,
            orig_at,
            orig_len,
            norm_len,
            page_starts=page_starts,
            paged=paged,
        )

    def to_original(self, i: int, *, end: bool = False) -> int:
        """Original offset of normalised offset ``i`` (as a start, or as an exclusive end)."""
        k = bisect.bisect_right(self._norm_at, i) - 1
        if k < 0:
            return i
        n0, o0, olen, nlen = (
            self._norm_at[k],
            self._orig_at[k],
            self._orig_len[k],
            self._norm_len[k],
        )
        if i < n0 + nlen:  # inside the expansion of one changed character
            if end and i > n0:
                return o0 + olen
            return o0
        return o0 + olen + (i - n0 - nlen)

    def to_normalised(self, i: int) -> int:
        """Normalised offset of original offset ``i`` (readers give tables in original offsets).

        >>> TextMap.build("１２万元").to_normalised(2)
        2
        """
        k = bisect.bisect_right(self._orig_at, i) - 1
        if k < 0:
            return i
        n0, o0, olen, nlen = (
            self._norm_at[k],
            self._orig_at[k],
            self._orig_len[k],
            self._norm_len[k],
        )
        if i < o0 + olen:
            return n0
        return n0 + nlen + (i - o0 - olen)

    def span(self, start: int, end: int) -> Span:
        """The original span of normalised ``[start, end)``, with its page if the text has pages."""
        if not self._norm_at and not self.page_starts and not self.paged:
            # offsets() and page_of() inline when NFKC changed nothing and there are no pages
            return trusted_span(start, end if end > start else start)
        a, b = self.offsets(start, end)  # quote() without the slice it would throw away
        return trusted_span(a, b, self.page_of(a))

    def offsets(self, start: int, end: int) -> tuple[int, int]:
        """The original offsets of normalised ``[start, end)`` (``span`` without the model).

        >>> TextMap.build("资金１００万元，").offsets(2, 8)
        (2, 8)
        """
        if not self._norm_at:  # NFKC changed nothing: the offsets are the same
            return start, max(start, end)
        a = self.to_original(start)
        return a, self.to_original(end, end=True) if end > start else a

    def page_of(self, original_offset: int) -> int | None:
        """1-based page of an original offset, or None for unpaged text."""
        if not self.page_starts and not self.paged:
            return None
        return bisect.bisect_right(self.page_starts, original_offset) + 1

    def quote(self, start: int, end: int) -> tuple[str, Span]:
        """``source`` and ``span`` of normalised ``[start, end)``, the offsets mapped once."""
        if self._norm_at:
            a, b = self.offsets(start, end)
        else:  # offsets() and page_of() inline when NFKC changed nothing: a quote per quantity
            a, b = start, end if end > start else start  # max() as a test: no call
            if not self.page_starts and not self.paged:
                return self.original[a:b], trusted_span(a, b)
        return self.original[a:b], trusted_span(a, b, self.page_of(a))

    def source(self, start: int, end: int) -> str:
        """The original characters behind normalised ``[start, end)``."""
        a, b = self.offsets(start, end)
        return self.original[a:b]
