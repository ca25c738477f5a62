"""Where a span stands in its text: its line number and the sentence around it, quoted.

One ``LineIndex`` per text finds its line breaks and sentence ends once, so the report and
the review page quote every finding of a document in linear time.
"""

from __future__ import annotations

import bisect
import re

_SENTENCE_ENDS = "。!?！？;；\n"
_QUOTE_MAX = 160


class LineIndex:
    """Line numbers and sentence bounds of one text, found once (a report stays linear).

    >>> index = LineIndex("甲。乙丙丁。戊\\n己")
    >>> index.line_of(8), index.quote(3, 4)
    (2, '乙丙丁。')
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.newlines = [m.start() for m in re.finditer("\n", text)]
        self.ends = [m.start() for m in re.finditer(f"[{_SENTENCE_ENDS}]", text)]

    def line_of(self, offset: int) -> int:
        """1-based line number of a character offset."""
        return bisect.bisect_left(self.newlines, offset) + 1

    def sentence(self, start: int, end: int) -> tuple[int, int]:
        """Bounds of the sentence (or sentences) around ``[start, end)``."""
        before = bisect.bisect_left(self.ends, start)
        a = self.ends[before - 1] + 1 if before else 0
        after = bisect.bisect_left(self.ends, end)
        b = self.ends[after] + 1 if after < len(self.ends) else len(self.text)
        if self.text[b - 1 : b] == "\n":
            b -= 1
        return a, b

    def quote(self, start: int, end: int) -> str:
        """The sentence around ``[start, end)``, cut to a readable length."""
        a, b = self.sentence(start, end)
        s = self.text[a:b].strip()
        if len(s) > _QUOTE_MAX:
            centre = start - a
            lo = max(0, centre - _QUOTE_MAX // 2)
            s = ("…" if lo else "") + s[lo : lo + _QUOTE_MAX] + "…"
        return s


def line_of(text: str, offset: int) -> int:
    """1-based line number of a character offset.

    >>> line_of("a\\nb\\nc", 4)
    3
    """
    return LineIndex(text).line_of(offset)


def quote(text: str, start: int, end: int) -> str:
    """The sentence around ``[start, end)``, cut to a readable length.

    >>> quote("甲。乙丙丁。戊", 3, 4)
    '乙丙丁。'
    """
    return LineIndex(text).quote(start, end)
