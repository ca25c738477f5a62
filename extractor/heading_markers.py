"""One heading at a position: which style's marker stands there, the value of its number,
and its title (the lead phrase after the marker).

A marker counts only when words follow it (not `3.5万` or `1、2`), and a `一、` only when it does
not start prose (`一是…`) or an enumeration (`一、二、三`). A marker alone on its line takes its
title from the next line; `附件1` takes its title from the same line or the next.
"""

from __future__ import annotations

import re

import regex

from extractor.facts import Heading
from extractor.tables.headings import (
    ANNEX_STYLE,
    CN_DIGITS,
    DIGIT_AFTER_MARKER_STYLES,
    ENCLOSED_NUMBERS,
    HEADING_STYLES,
    MAX_TITLE_CHARS,
    NOT_HEADING_AFTER_CN,
    SHI_HEADING_MAX_CHARS,
    SHI_STYLE,
    TITLE_END,
)

# Every style's marker in one alternation, in table order: the first style that matches is
# the one the table puts first, as when each was tried in turn (one match instead of eight
# at each candidate). Branch i names its groups num<i> and unit<i> and ends with an empty
# group s<i>, the last it closes, so the match's lastgroup tells the style.
_STYLE_OF = {f"s{i}": (style, f"num{i}", f"unit{i}") for i, style in enumerate(HEADING_STYLES)}
_MARKER_LEAD = r"[ \t]* (?:"  # _heading_at skips these spaces by hand: no other lead
_MARKER = regex.compile(
    _MARKER_LEAD
    + " | ".join(
        "(?: {} ) (?P<{}>)".format(
            HEADING_STYLES[style]
            .replace("(?P<num>", f"(?P<{num}>")
            .replace("(?P<unit>", f"(?P<{unit}>"),
            group,
        )
        for group, (style, num, unit) in _STYLE_OF.items()
    )
    + ")",
    regex.VERBOSE,
)
# The same by group number (lastindex, and numbers to read num and unit by: the regex module
# looks names up slowly).
_STYLE_AT = {
    _MARKER.groupindex[group]: (style, _MARKER.groupindex[num], _MARKER.groupindex.get(unit, 0))
    for group, (style, num, unit) in _STYLE_OF.items()
}
# 一、二、三 and 二、三级医院 (an enumeration in prose: the next numeral follows on), not
# 一、一年接着一年干 (a heading, fujian-zhengfu-gongzuo-baogao-2026).
_CN_NUMERAL_AFTER = regex.compile(rf"[{CN_DIGITS}]{{1,3}}")
# After the marker, a heading has words: not a digit, percent or unit (which would make
# "3.5万" or "1、2" a number, not a heading).
_AFTER_MARKER_OK = regex.compile(r"\s*(?:[\p{Han}\p{L}“\"《(【]|\d{4}\s*年)")
_AFTER_MARKER_OK_DIGIT = regex.compile(r"\s*(?:[\p{Han}\p{L}“\"《(【]|\d)")
# Most titles start with an ideograph of U+4E00-U+9FEF, which both take at once: tested as
# a character first, a regex call saved per heading (tests/test_outline.py checks that regex
# takes every one of them as \p{Han}).
IDEOGRAPHS = ("\u4e00", "\u9fef")

_MARKER_WINDOW = 64  # longest stretch a heading marker (with its spaces) is matched in
_ANNEX_TITLE_MAX = 40
_ANNEX_LIST = regex.compile(r"[:：]?\s*\d{1,2}\s*[.、]")
# A class of literal characters: the stdlib re finds it at a fraction of regex's cost per call
# (once per heading).
_TITLE_END = re.compile(f"[{re.escape(TITLE_END)}]")

# The ideographs (U+4E00-U+9FFF) a marker may start with: every other style starts with a
# space, a bracket, a digit or an enclosed number. Most candidates start with some other
# ideograph (after 。); outline._candidates leaves those out, and testing the character
# here saves the marker regex for any other caller.
HAN_MARKER_STARTS = frozenset("附第" + CN_DIGITS)

_CN_VALUES = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "两": 2}


def cn_small_int(s: str) -> int | None:
    """Value of a heading numeral up to 九百九十九 (一 -> 1, 十二 -> 12, 二十 -> 20).

    >>> [cn_small_int(x) for x in ("一", "十", "十七", "二十三", "一百零五")]
    [1, 10, 17, 23, 105]
    """
    if s.isdigit():
        return int(s)
    total, current = 0, 0
    for ch in s:
        if ch in _CN_VALUES:
            current = _CN_VALUES[ch]
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        elif ch == "百":
            total += (current or 1) * 100
            current = 0
        else:
            return None
    return total + current


def _annex_at(
    text: str, m: regex.Match[str], num: str | None, line_end: int, end: int
) -> Heading | None:
    """附件1 with its title on the same line, or on the next one. ``附件：X`` with the title after
    a colon is the notice's list of its attachments (jkfp 2016, lishui 2023), not the annex."""
    rest = text[m.end() : line_end].strip()
    if rest and text[m.start() : m.end()].rstrip().endswith((":", "：")):
        return None
    title_start = m.end() + len(text[m.end() : line_end]) - len(text[m.end() : line_end].lstrip())
    if not rest:
        nxt = line_end + 1
        while nxt < end and text[nxt] in " \t\n":
            nxt += 1
        stop = text.find("\n", nxt, end)
        stop = end if stop < 0 else stop
        rest, title_start = text[nxt:stop].strip(), nxt
    if len(rest) > _ANNEX_TITLE_MAX or "。" in rest or _ANNEX_LIST.match(rest):
        return None  # prose that starts with 附件, or a list of attachments
    marker = text[m.start() : m.end()].strip()
    start = m.start() + len(text[m.start() : m.end()]) - len(text[m.start() : m.end()].lstrip())
    value = int(num) if num else 1
    return Heading(
        start,
        title_start + len(rest),
        marker.rstrip(":："),
        value,
        ANNEX_STYLE,
        rest,
        title_start,
        title_start + len(rest),
    )


def _enumerates(text: str, after: int, line_end: int, value: int) -> bool:
    """Whether the numeral after ``二、`` continues it (二、三级医院): a list, not a heading."""
    if after >= line_end or text[after] not in CN_DIGITS:
        return False  # the pattern starts with a numeral: no regex call for most headings
    m = _CN_NUMERAL_AFTER.match(text, after, line_end)
    return m is not None and cn_small_int(m.group()) == value + 1


def _shi_heading(text: str, after: int, line_end: int) -> bool:
    """Whether the 是-point whose marker ends at ``after`` is a heading (``SHI_STYLE``): the
    rest of its line is one short phrase, the next line is a paragraph at least twice as long,
    and neither line around it is another short 是-point (a list in prose)."""
    line = text[after:line_end].rstrip()
    if not line or len(line) > SHI_HEADING_MAX_CHARS or _TITLE_END.search(line[:-1]):
        return False
    nxt = line_end + 1
    while nxt < len(text) and text[nxt] in " \t\n":
        nxt += 1
    nxt_end = text.find("\n", nxt)
    nxt_end = len(text) if nxt_end < 0 else nxt_end
    if nxt_end - nxt < 2 * len(line) or _short_shi_line(text, nxt, nxt_end):
        # no paragraph after it; or a hard-wrapped paragraph (a PDF's lines run to one width),
        # whose first line opens with 一是: a heading's paragraph is twice its length at least
        return False
    prev_end = text.rfind("\n", 0, after)
    while prev_end > 0 and text[prev_end - 1] in " \t\n":
        prev_end -= 1
    prev = text.rfind("\n", 0, prev_end) + 1
    return prev_end <= 0 or not _short_shi_line(text, prev, prev_end)


def _short_shi_line(text: str, start: int, end: int) -> bool:
    """A line that is a 是-point no longer than a 是-heading."""
    start += len(text[start:end]) - len(text[start:end].lstrip(" \t"))
    m = _MARKER.match(text, start, min(end, start + _MARKER_WINDOW))
    return (
        m is not None
        and _STYLE_AT[m.lastindex or 0][0] == SHI_STYLE
        and end - m.end() <= SHI_HEADING_MAX_CHARS
    )


def _starts_heading(text: str, pos: int, line_end: int) -> bool:
    return _MARKER.match(text, pos, min(line_end, pos + _MARKER_WINDOW)) is not None


def _heading_at(
    text: str, pos: int, line_end: int, end: int | None = None, *, alone: bool = False
) -> Heading | None:
    """The heading whose marker is at ``pos``, or None. ``alone``: ``pos`` starts its line, so
    a marker alone on it may take its title from the next line."""
    first = text[pos : pos + 1]
    if "\u4e00" <= first <= "\u9fff" and first not in HAN_MARKER_STARTS:
        return None  # an ideograph no marker starts with: the regex would fail
    # A marker is short: matching within a window keeps regex from scanning the whole line
    # for the pattern's literals at every candidate (quadratic on a long joined line).
    m = _MARKER.match(text, pos, min(line_end, pos + _MARKER_WINDOW))
    if m is None:
        return None
    style, num_group, unit_group = _STYLE_AT[m.lastindex or 0]
    num = m.group(num_group)
    if style == ANNEX_STYLE:
        return _annex_at(text, m, num, line_end, len(text) if end is None else end)
    if style == "enclosed":
        value: int | None = ENCLOSED_NUMBERS[num]
    else:
        value = cn_small_int(num)
    if value is None or value == 0:
        return None
    after = m.end()
    if style == "cn-dun" and after < line_end and text[after] in NOT_HEADING_AFTER_CN:
        return None  # 一是… / 二要… are prose
    if style == "cn-dun" and _enumerates(text, after, line_end, value):
        return None  # 一、二、三 as an enumeration
    # where the marker starts, past the pattern's leading [ \t]* (no marker starts with a space)
    marker_start = pos
    while text[marker_start] in " \t":
        marker_start += 1
    if style == SHI_STYLE:
        if not (alone and _shi_heading(text, after, line_end)):
            return None  # 一是… opening a paragraph or inside one: prose
        return _with_title(text, marker_start, after, line_end, num, value, style)
    after_ok = _AFTER_MARKER_OK_DIGIT if style in DIGIT_AFTER_MARKER_STYLES else _AFTER_MARKER_OK
    first = text[after] if after < line_end else ""
    if not (IDEOGRAPHS[0] <= first <= IDEOGRAPHS[1] or after_ok.match(text, after, line_end)):
        if not (alone and not text[after:line_end].strip()):
            return None
        # "（三）" alone on its line, its title on the next (jkfp-weishengbu 2011)
        nxt = line_end + 1
        nxt_end = text.find("\n", nxt)
        nxt_end = len(text) if nxt_end < 0 else nxt_end
        if not after_ok.match(text, nxt, nxt_end) or _starts_heading(text, nxt, nxt_end):
            return None
        after, line_end = nxt, nxt_end
    key = style + "-" + m.group(unit_group) if style == "chapter" else style
    number = text[marker_start:after].strip().rstrip("、.")
    return _with_title(text, marker_start, after, line_end, number, value, key)


def _with_title(
    text: str, start: int, after: int, line_end: int, number: str, value: int, style: str
) -> Heading:
    """The heading whose marker runs from ``start`` to ``after``, with its lead phrase."""
    title_start = after
    while title_start < line_end and text[title_start] in " \t":
        title_start += 1
    stop = min(line_end, title_start + MAX_TITLE_CHARS)
    found = _TITLE_END.search(text, title_start, stop)
    title_end = found.start() if found else max(title_start, stop)
    title = text[title_start:title_end].rstrip()
    title_end = title_start + len(title)
    return Heading(start, title_end, number, value, style, title, title_start, title_end)


# "8.6个重大科技专项" after item 7, "11.121人才梯队项目" after item 10 (guangzhou 2012): a dotted
# number whose text starts with digits, taken as the next item only where it continues the run.
_RUN_ON_DOT = regex.compile(r"[ \t]*(?P<num>\d{1,3})\.(?=\d)")


def _run_on_heading(text: str, pos: int, line_end: int, expected: int) -> Heading | None:
    m = _RUN_ON_DOT.match(text, pos, line_end)
    if m is None or int(m.group("num")) != expected:
        return None
    return _with_title(text, m.start("num"), m.end(), line_end, m.group("num"), expected, "ar-dot")
