"""Headings -> the outline: numbered units, their levels, spans and ids.

Levels are inferred, not fixed: a heading whose style is already open on the
stack closes everything opened after it and becomes a sibling; a style not on
the stack opens a child level. So any mix of `一、` `(一)` `1.` `(1)` `①`
`第一章` works, in whatever nesting the document uses.

A heading is looked for at the start of a line, and in the middle of a line
right after a sentence end or a closing bracket when it continues the
numbering of its style (`…(责任单位:市经信委)10.大力培育…`). When a scrape
has joined the whole plan into a few long lines, bracketed markers and
continuing numbers are accepted anywhere, because they are then the only
structure left.

Whether a marker stands at a candidate, and the heading it begins, is read in
heading_markers.py; this module decides which candidates to try, which of the
headings found to keep, and nests them.
"""

from __future__ import annotations

import bisect
import re
from itertools import pairwise

import regex

from extractor.facts import Heading, OutlineNode
from extractor.heading_markers import HAN_MARKER_STARTS, _heading_at, _run_on_heading
from extractor.heading_markers import cn_small_int as cn_small_int  # callers import it from here
from extractor.line_starts import AtLineStarts
from extractor.squeeze import unspaced
from extractor.tables.headings import (
    ANNEX_STYLE,
    ARTICLE_STYLE,
    CN_DIGITS,
    ENCLOSED_NUMBERS,
    JOINED_PARAGRAPH_SPACES,
    JOINED_TITLE_ENDINGS,
    MIDLINE_BEFORE,
    TABLE_CELL_SEPARATOR,
    UNNUMBERED_STYLE,
)
from extractor.unnumbered import find_unnumbered_headings
from extractor.wrapping import unwrapped, wrap_width

# Where to try: line starts, after a sentence end or closing bracket (spaces allowed between).
# The character before is matched, not looked behind for: regex then jumps from one such
# character to the next instead of testing every position (4x faster on plan text).
# A form feed (the PDF reader's page break) starts a line: "…装修等。\n\f(一)一般公共预算财政拨款
# 支出决算总体情况" (putuo-planning-resources-bureau-2024-final-accounts.pdf).
_ANCHORS = "\n\f" + MIDLINE_BEFORE
# The first non-space, unless no marker starts with it (_heading_at refuses those at once:
# leaving them out saves three quarters of the candidates of plan text): an ideograph not in
# HAN_MARKER_STARTS, an ASCII letter or punctuation but (, the punctuation of U+2000-U+206F,
# U+3000-U+303F (but 〇) and U+FF00-U+FF20 (but the digits), or a bracket before an ideograph
# no numeral starts with ("(区教委)"). Spelt as characters, not as "not a digit": re's Unicode
# is older than regex's, whose \d takes digits re's does not know (U+10D40).
_NO_MARKER = "".join(
    re.escape(lo) + "-" + re.escape(hi)
    for lo, hi in (
        ("!", "'"),
        (")", "/"),
        (":", "@"),
        ("A", "`"),
        ("a", "~"),
        ("\xb7", "\xb7"),
        ("\u2000", "\u206f"),
        ("\u3000", "\u3006"),
        ("\u3008", "\u303f"),
        ("\uff01", "\uff0f"),
        ("\uff1a", "\uff20"),
    )
)
_HAN_STARTS = "".join(sorted(HAN_MARKER_STARTS))
_MAY_START = (
    rf"(?=[^\s{_NO_MARKER}(\u4e00-\u9fff]|[{_HAN_STARTS}]"
    rf"|\((?![\u4e00-\u9fff])|\((?=[{CN_DIGITS}]))"
)
_LEADING_SPACE = regex.compile(r"[ \t]*" + _MAY_START)
# The same after an anchor, scanned over the whole body by the stdlib re, in half regex's time.
# re's \s also takes \x1c-\x1f, which regex's does not: \s is spelt out as regex's White_Space.
_WHITE_SPACE = "\t-\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
_CANDIDATE = re.compile(
    f"[{re.escape(_ANCHORS)}][ \t]*" + _MAY_START.replace("\\s", _WHITE_SPACE, 1)
)
# In joined text, bracketed, dotted and 第X条 numbers anywhere are candidates too
# ("第一章  总    则第一条  为加强…", anshun 2023, one line), and so is every position after
# a paragraph's indent.
_JOINED_CANDIDATE = regex.compile(
    r"(?<=\p{Han})(?=[(" + "".join(ENCLOSED_NUMBERS) + r"]|\d{1,2}[.、](?!\d)"
    rf"|第[{CN_DIGITS}]{{1,6}}[章节条]|[{CN_DIGITS}]{{1,3}}、)"
)
_JOINED_PARAGRAPH = regex.compile(rf"(?<=\S)[ \t]{{{JOINED_PARAGRAPH_SPACES},}}(?=\S)")

# A table of contents: its 目录 line, and the dot leaders (……, ……3) its entries run to.
_CONTENTS_LINE = AtLineStarts(r"(?m)^[ \t]*目[ \t\u3000]*录[ \t]*$")
# NFKC writes … as ...; prose uses …… for "and so on", a contents page a long run or a run
# before a page number
_LEADER = regex.compile(r"…{4,}|\.{12,}|·{6,}|-{6,}|(?:…+|\.{3,})\s*\d{1,3}\s*$")
# What every _LEADER match holds: a … or two of . · or -, and where they stand
_LEADER_MARKS = ("…", "..", "··", "--")
_LEADER_MARK = re.compile(r"…|\.(?=\.)|·(?=·)|-(?=-)")  # each pair found, overlapping

_LIST_ENTRY_CHARS = 40  # longest line of a list begun inside a sentence

_JOINED_TITLE_END = regex.compile("|".join(JOINED_TITLE_ENDINGS))
# A text is "joined" when its lines average more than this many characters.
_JOINED_LINE_LENGTH = 600


def _line_end(text: str, pos: int, end: int) -> int:
    """Where the line holding ``pos`` ends (its newline, or ``end``)."""
    stop = text.find("\n", pos, end)
    return end if stop < 0 else stop


def find_headings(text: str, start: int = 0, end: int | None = None) -> list[Heading]:
    """Every heading in ``text[start:end]``, in order, with sequence checks for mid-line ones.

    >>> [h.number for h in find_headings("一、总体要求\\n(一)目标\\n1.做好。(区教委)2.做强。\\n")]
    ['一', '(一)', '1', '2']
    """
    end = len(text) if end is None else end
    body = text[start:end]
    joined = body.count("\n") + 1 < len(body) / _JOINED_LINE_LENGTH
    positions = _candidate_starts(text, start, end)  # position -> at line start
    if joined:
        for m in _JOINED_CANDIDATE.finditer(text, start, end):
            positions.setdefault(m.start(), False)
        for m in _JOINED_PARAGRAPH.finditer(text, start, end):
            positions.setdefault(m.end(), False)  # after a paragraph's indent

    headings: list[Heading] = []
    last_value: dict[str, int] = {}
    open_styles: list[str] = []
    # style -> (last number, where its next line starts) of a list begun inside a sentence
    inline: dict[str, tuple[int, int]] = {}
    # most bodies hold no table row: then no line is looked at for one
    has_rows = TABLE_CELL_SEPARATOR in body
    table_rows: dict[int, bool] = {}  # line end -> the line is a table row
    # found in order unless joined
    for pos, at_line_start in sorted(positions.items()) if joined else positions.items():
        line_end = text.find("\n", pos, end)
        line_end = end if line_end < 0 else line_end
        if has_rows and line_end not in table_rows:
            row_start = text.rfind("\n", start, pos) + 1 or start
            table_rows[line_end] = TABLE_CELL_SEPARATOR in text[row_start:line_end]
        if has_rows and table_rows[line_end]:
            continue  # a table row: its numbers are cells, not headings
        h = _heading_at(text, pos, line_end, end, alone=at_line_start)
        if h is None and at_line_start and text[pos:line_end].strip() == "(" and line_end < end:
            # "（" / "三）改革开放持续深化" (yunnan 2026): a label the scrape broke over two lines
            h = _heading_at(text, pos, _line_end(text, line_end + 1, end), end)
        if h is None and at_line_start and "ar-dot" in last_value:
            h = _run_on_heading(text, pos, line_end, last_value["ar-dot"] + 1)
        if h is None or (h.style == ANNEX_STYLE and not at_line_start):
            continue
        if not at_line_start:
            continues = h.style in last_value and h.value == last_value[h.style] + 1
            opens = joined and h.value == 1 and h.style not in open_styles
            if not (continues or opens) or (not joined and h.style not in open_styles):
                if h.value == 1 and _after_colon(text, pos, start):
                    inline[h.style] = (1, line_end + 1)  # 具体包括： 1. 普陀区司法局本部 …
                continue
        elif (
            h.style in inline
            and inline[h.style] == (h.value - 1, h.start)
            and _short_entry(text, h)
        ):
            # … 2. 普陀区法律援助中心: the same list, on the very next line
            inline[h.style] = (h.value, line_end + 1)
            continue
        if headings and h.start < headings[-1].end:
            # a heading inside the previous heading's title: cut that title here
            prev = headings[-1]
            headings[-1] = _shorten(prev, len(text[prev.title_start : h.start].rstrip()))
        if joined and h.style != ARTICLE_STYLE:
            # an article (第一条 为加强…) has no title of its own: its first sentence is one
            h = _shorten(h, _joined_title_length(h.title))
        headings.append(h)
        last_value[h.style] = h.value
        if h.style == ANNEX_STYLE:
            open_styles[:] = []
        if h.style in open_styles:
            del open_styles[open_styles.index(h.style) + 1 :]
        else:
            open_styles.append(h.style)
    width = None if joined else wrap_width(text, start, end)
    if width is not None:
        headings = [
            unwrapped(text, h, width, headings[i + 1].start if i + 1 < len(headings) else end)
            for i, h in enumerate(headings)
        ]
    return headings


def _candidates(text: str, start: int, end: int) -> list[int]:
    """Where a heading may start: the first non-space after a line start, a sentence end or a
    closing bracket (``start`` itself counts when the character before it is one of those),
    unless no marker starts with it (``_MAY_START``: 区, or the bracket before it).

    >>> text = "一、总则\\n  1.做好。(区教委)2.做强。(3)做实"
    >>> [text[at] for at in _candidates(text, 0, len(text))]
    ['一', '1', '2', '(']
    """
    return list(_candidate_starts(text, start, end))


def _candidate_starts(text: str, start: int, end: int) -> dict[int, bool]:
    """``_candidates``, each with whether only spaces stand between it and its line's start
    (read off the character its match starts with, not walked back to)."""
    found = {}
    if start == 0 or text[start - 1] in _ANCHORS:
        m = _LEADING_SPACE.match(text, start, end)
        if m is not None:
            found[m.end()] = True  # only spaces stand between it and ``start``
    # the anchor is the character before the candidate's spaces: _MAY_START takes no space
    found.update(
        {m.end(): text[m.start()] in "\n\f" for m in _CANDIDATE.finditer(text, start, end)}
    )
    return found


def _after_colon(text: str, pos: int, floor: int) -> bool:
    i = pos - 1
    while i >= floor and text[i] in " \t":
        i -= 1
    return i >= floor and text[i] in ":："


def _short_entry(text: str, h: Heading) -> bool:
    """An entry of a list, not a work item: its line is short and holds no sentence."""
    stop = text.find("\n", h.start)
    line = text[h.start : len(text) if stop < 0 else stop]
    return len(line) <= _LIST_ENTRY_CHARS and "。" not in line


def _shorten(h: Heading, length: int) -> Heading:
    """``h`` with its title cut to ``length`` characters."""
    if length >= len(h.title):
        return h
    end = h.title_start + length
    return Heading(h.start, end, h.number, h.value, h.style, h.title[:length], h.title_start, end)


def _joined_title_length(title: str) -> int:
    """Where a title ends in text without line breaks: after a title-final word that the body
    runs straight into (``工作目标目前,我区…`` -> ``工作目标``), else the whole run."""
    for m in _JOINED_TITLE_END.finditer(title):
        rest = title[m.end() :]
        if m.start() >= 2 and rest and rest[0] not in ",、;:" and len(rest) >= 2:
            return m.end()
    return len(title)


def build_outline(headings: list[Heading], end: int) -> list[OutlineNode]:
    """Nest headings by the style stack; a span runs to the next unit of its level or above."""
    nodes: list[OutlineNode] = []
    stack: list[OutlineNode] = []
    top_styles: set[str] = set()  # numbered styles seen at level 1
    styles: list[str] = []  # the stack's styles, kept beside it (not rebuilt per heading)
    for h in headings:
        if h.style in (ANNEX_STYLE, UNNUMBERED_STYLE):
            stack.clear()  # a new top-level part
            styles.clear()
        elif h.style in top_styles and stack and stack[0].heading.style == UNNUMBERED_STYLE:
            stack.clear()  # 三、 after an unnumbered part that 二、 preceded: top level again
            styles.clear()
        elif h.style in styles:
            del stack[styles.index(h.style) :]
            del styles[len(stack) :]
        parent = stack[-1] if stack else None
        node = OutlineNode(heading=h, level=len(stack) + 1, start=h.start, end=end, parent=parent)
        if parent is not None:
            parent.children.append(node)
        elif h.style not in (ANNEX_STYLE, UNNUMBERED_STYLE):
            top_styles.add(h.style)
        stack.append(node)
        styles.append(h.style)
        nodes.append(node)
    # spans: to the next node at the same or a higher level (the nodes still open are deeper
    # than the ones before them, so the new node closes a run at the top of the stack)
    still_open: list[OutlineNode] = []
    for node in nodes:
        while still_open and still_open[-1].level >= node.level:
            still_open.pop().end = node.start
        still_open.append(node)
    for node in still_open:
        node.end = end
    # a leaf ends where the next heading starts (its next sibling, or a parent's sibling)
    for node, nxt in pairwise(nodes):
        if not node.children and nxt.start < node.end:
            node.end = nxt.start
    _assign_ids(nodes)
    return nodes


def _assign_ids(nodes: list[OutlineNode]) -> None:
    """``二.13``: the top-level number and the unit's own; the full path if not unique."""
    # each node's path is its parent's and its own label: built once per node, in document
    # order (a parent comes before its children), not walked up from every node twice; its
    # short id in the same pass
    paths: dict[int, tuple[str, ...]] = {}
    short: list[str] = []
    unnumbered = 0
    for node in nodes:
        if node.heading.style == UNNUMBERED_STYLE:
            unnumbered += 1
            label = f"§{unnumbered}"  # an unnumbered part is named by its place among them
        else:
            label = node.heading.number.strip("()（）.、 ")
        parent = node.parent
        if parent is None:
            paths[id(node)] = (label,)
            short.append(label)
        else:
            path = paths[id(node)] = (*paths[id(parent)], label)
            short.append(f"{path[0]}.{label}")
    if len(set(short)) == len(short):
        for node, ident in zip(nodes, short, strict=True):
            node.id = ident
        return
    used: dict[str, int] = {}
    for node in nodes:
        ident = ".".join(paths[id(node)])
        used[ident] = used.get(ident, 0) + 1
        node.id = ident if used[ident] == 1 else f"{ident}#{used[ident]}"


def section_path(node: OutlineNode) -> str | None:
    """``二/(三)``: the numbers of the units above ``node``, as written."""
    parts = []
    n = node.parent
    while n is not None:
        parts.append(n.heading.number)
        n = n.parent
    return "/".join(parts[::-1]) or None


def without_contents(text: str, headings: list[Heading], start: int, end: int) -> list[Heading]:
    """Headings that are not a table of contents' entries: an entry runs to dot leaders or a
    page number (``一、部门主要职能 ………… 3``), or stands after a 目录 line and is repeated later
    as the heading it lists.

    >>> t = "目录\\n一、总则\\n二、任务\\n一、总则\\n做好。\\n二、任务\\n做强。\\n"
    >>> [h.start for h in without_contents(t, find_headings(t), 0, len(t))]
    [13, 22]
    """
    # every _LEADER match holds … or two of . · -: most bodies hold none (four finds), and then
    # no heading's line is looked at; else where they stand is found once for the body, and
    # _LEADER searched only on a heading's line that holds one, in place (a slice to the
    # line's end copies the rest of a joined text)
    if not any(text.find(mark, start, end) >= 0 for mark in _LEADER_MARKS):
        return _without_listed(text, list(headings), start, end)
    kept = []
    marks = [m.start() for m in _LEADER_MARK.finditer(text, start, end)]
    for h in headings:
        a = h.start
        k = bisect.bisect_left(marks, a)
        if k < len(marks):
            b = text.find("\n", a, end)
            b = end if b < 0 else b
            # the first mark at or after ``a`` is the only one that may lie inside the line
            inside = marks[k] + (1 if text[marks[k]] == "…" else 2) <= b
            if inside and _LEADER.search(text, a, b) is not None:
                continue
        kept.append(h)
    return _without_listed(text, kept, start, end)


def _without_listed(text: str, kept: list[Heading], start: int, end: int) -> list[Heading]:
    """``kept`` without the entries listed after a 目录 line that the body repeats."""
    marker = next(_CONTENTS_LINE.finditer(text, start, end), None)
    if marker is None:
        return kept
    after = [h for h in kept if h.start > marker.end()]
    seen: dict[tuple[str, str], int] = {}
    for k, h in enumerate(after):
        key = (h.number, unspaced(h.title))
        if key in seen:  # the body starts with the first entry listed again
            listed = {id(x) for x in after[seen[key] : k]}
            return [x for x in kept if id(x) not in listed]
        seen.setdefault(key, k)
    return kept


def find_outline(text: str, start: int, end: int) -> list[OutlineNode]:
    """Headings of ``text[start:end]`` nested into an outline, in document order."""
    numbered = without_contents(text, find_headings(text, start, end), start, end)
    body = text[start:end]
    if body.count("\n") + 1 >= len(body) / _JOINED_LINE_LENGTH:
        taken = {h.start for h in numbered}
        numbered += [
            h
            for h in find_unnumbered_headings(text, start, end, numbered)
            if h.start not in taken and not _inside_title(numbered, h.start)
        ]
        numbered.sort(key=lambda h: h.start)
    return build_outline(numbered, end)


def _inside_title(headings: list[Heading], pos: int) -> bool:
    return any(h.start <= pos < h.end for h in headings)
