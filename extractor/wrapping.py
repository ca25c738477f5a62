"""Hard-wrapped text: lines cut at a fixed width, as text copied out of a PDF comes.

jinan-kunpeng-shengteng-fuwu-ziyuan-banfa-2021 is wrapped at about 28 characters::

    第二条 本办法所指的三个创新中心服务资源包括 X86 资源
    类、EI 产品服务类、鲲鹏产品服务类、软件开发产品类和能力培
    训类。

A heading's title ends at its line's end in ordinary text (``一、总体要求`` and then the body).
In wrapped text a line that reaches the wrap width was cut by the wrap, not by the writer, so
its title goes on over the next lines to the sentence's end. A line shorter than the width
ended where the writer ended it.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter

import regex

from extractor.facts import Heading
from extractor.tables.boilerplate import PAGE_NUMBER_LINE
from extractor.tables.headings import MAX_TITLE_CHARS, TITLE_END

# Widths are printed widths (a Han character 2, a half-width letter or space 1), since the wrap
# cuts at a printed width. A line this wide or narrower says nothing about the wrap.
_MIN_WRAPPED = 24
# Lines the wrap cut: from this share of the width (a line may not start with a closing mark,
# so the wrap leaves some short: jinan-kunpeng's run 51-58 for a width of 56) to 2 above it.
_SHORT_SHARE, _ABOVE = 0.85, 2
# The text is wrapped when at least this share of its lines (and this many) were cut so.
_MIN_SHARE = 0.25
_MIN_LINES = 10
_SENTENCE_END = "。!?！？;；:："
_TITLE_END = regex.compile(f"[{regex.escape(TITLE_END)}]")
_PAGE_NUMBER = regex.compile(PAGE_NUMBER_LINE)


@functools.lru_cache(maxsize=1)  # the outline and the items ask for the same body, in turn
def wrap_width(text: str, start: int = 0, end: int | None = None) -> int | None:
    """The width ``text[start:end]`` is wrapped at, or None when it is not hard-wrapped.

    >>> wrap_width(("甲" * 20 + "\\n") * 12)
    40
    >>> wrap_width(("一句话写完了。" + "\\n") * 12) is None
    True
    """
    lines = list(map(str.rstrip, text[start:end].split("\n")))  # one C loop
    filled = len(lines) - lines.count("")  # a stripped line is empty or ends with a non-space
    # lines that may be wider than _MIN_WRAPPED (a character is at most 2 wide)
    opened = [
        line for line in lines if len(line) * 2 > _MIN_WRAPPED and line[-1] not in _SENTENCE_END
    ]
    if len(opened) < _MIN_LINES or len(opened) < _MIN_SHARE * filled:
        return None  # too few to be cut however wide the wrap: no width measured
    # counted by one C loop over the widths, those too narrow dropped after
    open_widths = Counter(map(printed_width, opened))
    for w in [w for w in open_widths if w <= _MIN_WRAPPED]:
        del open_widths[w]
    if not open_widths:
        return None
    # (w is the second key: no tie, so the count's order does not matter; get, not a
    # Counter's [], which calls __missing__ for a width not counted)
    get = open_widths.get
    width = max(open_widths, key=lambda w: (get(w - 1, 0) + open_widths[w] + get(w + 1, 0), w))
    low, high = _cut_bounds(width)
    cut = sum(n for w, n in open_widths.items() if low <= w <= high)
    if cut < _MIN_LINES or cut < _MIN_SHARE * filled:
        return None
    return width


_WIDTH: dict[str, int] = {}  # printed width by character, each looked up in unicodedata once
# ASCII is 1 wide and the CJK ideographs (U+4E00-U+9FFF, unassigned ones too) 2: only the other
# characters are looked up one by one, a tenth of a plan's (stdlib re scans a class faster).
_LOOKED_UP = re.compile(r"[^\x00-\x7f\u4e00-\u9fff]")


def printed_width(s: str) -> int:
    """Columns ``s`` takes when printed: 2 for a wide (Han, full-width) character, else 1.

    >>> printed_width("第二条 X86")
    10
    >>> printed_width("（一）“甲”——é")
    13
    """
    others = _LOOKED_UP.findall(s)
    if not others:
        # ASCII (1 byte in UTF-8, 1 wide) and ideographs (3 bytes, 2 wide) only
        return (len(s.encode()) + len(s)) // 2
    try:
        rest = sum(map(_WIDTH.__getitem__, others))
    except KeyError:  # a character not seen before
        for c in set(others).difference(_WIDTH):
            _WIDTH[c] = 2 if unicodedata.east_asian_width(c) in "WF" else 1
        rest = sum(map(_WIDTH.__getitem__, others))
    ascii_chars = len(s.encode("ascii", "ignore"))
    return ascii_chars + 2 * (len(s) - len(others) - ascii_chars) + rest


def _cut_bounds(width: int) -> tuple[float, int]:
    """The printed widths of a line cut by a wrap at ``width``: from a share of it to a little
    over."""
    return _SHORT_SHARE * width, width + _ABOVE


def _cut(w: int, width: int) -> bool:
    low, high = _cut_bounds(width)
    return low <= w <= high


def unwrapped(text: str, h: Heading, width: int, end: int) -> Heading:
    """``h`` with its title continued over the wrap: when its line reaches ``width`` and its
    title runs to the line's end, the title goes on to the sentence's end (or a line shorter
    than the width, or a page number's line)."""
    line_start = text.rfind("\n", 0, h.start) + 1
    line_end = text.find("\n", h.title_end)
    line_end = end if line_end < 0 or line_end > end else line_end
    if h.title_end < len(text[:line_end].rstrip()) or not _cut(
        printed_width(text[line_start:line_end].rstrip()), width
    ):
        return h
    title_end = h.title_end
    pos = line_end
    while pos < end and title_end - h.title_start < MAX_TITLE_CHARS:
        nxt = pos + 1
        nxt_end = text.find("\n", nxt)
        nxt_end = end if nxt_end < 0 or nxt_end > end else nxt_end
        line = text[nxt:nxt_end]
        if not line.strip() or _PAGE_NUMBER.match(line):
            break
        found = _TITLE_END.search(text, nxt, nxt_end)
        if found:
            title_end = found.start()
            break
        title_end = nxt + len(line.rstrip())
        if not _cut(printed_width(line.rstrip()), width):
            break
        pos = nxt_end
    if title_end == h.title_end:
        return h
    title = text[h.title_start : title_end]
    return Heading(h.start, title_end, h.number, h.value, h.style, title, h.title_start, title_end)


def wrap_cuts(text: str, start: int, end: int, width: int) -> list[int]:
    """Offsets of the line breaks in ``text[start:end]`` that the wrap made: the line before
    reached ``width``, so the writer's sentence (or a unit's name: ``卫生\\n计生委负责``,
    jkfp-guowuyuanbangongtingguanyuyinfa-2016) goes on over the break.

    >>> wrap_cuts("甲" * 20 + "\\n乙。\\n丙", 0, 26, 40)
    [20]
    """
    cuts = []
    pos = text.find("\n", start, end)
    while pos >= 0:
        line_start = text.rfind("\n", 0, pos) + 1
        if _cut(printed_width(text[line_start:pos].rstrip()), width):
            cuts.append(pos)
        pos = text.find("\n", pos + 1, end)
    return cuts
