"""Headings without a number: short lines that open a part of a document.

A 部门预算/决算 says "上海市普陀区司法局主要职能", "名词解释", "2026年部门预算编制说明" where its
contents list said "一、…"; a report says "2024年工作回顾". Such a line is short, has no
sentence punctuation, stands after a finished sentence (or a heading) and before body text or
a numbered heading, and is not the title block above the first paragraph, a signature, a
table's title or a row. Text that lost its line breaks has none that can be told.
"""

from __future__ import annotations

from itertools import compress, repeat, starmap
from operator import ge

import regex

from extractor.facts import Heading
from extractor.tables.headings import (
    TABLE_CELL_SEPARATOR,
    UNNUMBERED_MAX_CHARS,
    UNNUMBERED_MIN_BODY,
    UNNUMBERED_STYLE,
)

_NUMBERED = regex.compile(
    r"\s*(?:#{1,6}\s+)?(?:[一二三四五六七八九十百]+[、.]|[(（]|\d{1,3}[.、．)]|第.{1,6}[章节条部篇]"
    r"|[①-⑳⑴-⒇⒈-⒛❶-❿]|附\s*件)"
)
_NOT_A_HEADING_CHARS = regex.compile(r"[。;；,，:：!！?？、|｜]")
_SENTENCE_DONE = regex.compile(r"[。;；!！?？:：”」』)）]\s*$")
_HAN = regex.compile(r"\p{Han}")
_OPENERS, _CLOSERS = "(（〔[【", ")）〕]】"
_DATE = regex.compile(r"^\s*(?:\d{4}|[〇一二三四五六七八九零○]{4})\s*年\s*\d{1,2}\s*月")
# a contents entry's leader (一、部门主要职能 ……; NFKC writes … as ...)
_LEADER = regex.compile(r"…{4,}|\.{12,}|·{6,}|(?:…+|\.{3,})\s*\d{1,3}\s*$|^\s*(?:…+|\.{3,})\s*$")


def _filled_lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each line of ``text[start:end]`` that holds more than spaces (one split
    of the body, not a find and a slice per line)."""
    out, pos = [], start
    for line in text[start:end].split("\n"):
        if line.strip():
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _paragraph(line: str) -> bool:
    """A first paragraph (or a contents entry): the title block above the body is behind."""
    return bool(_LEADER.search(line)) or (
        bool(_SENTENCE_DONE.search(line)) and len(line.strip()) > UNNUMBERED_MAX_CHARS
    )


def _heading_like(line: str) -> bool:
    s = line.strip()
    return (
        2 <= len(s) <= UNNUMBERED_MAX_CHARS
        and not _NOT_A_HEADING_CHARS.search(s)
        and TABLE_CELL_SEPARATOR not in s
        and not _NUMBERED.match(s)  # before the count of ideographs: no list built for most
        and len(_HAN.findall(s)) >= max(2, len(s) * 2 // 3)
        and not _DATE.match(s)
        and "\t" not in s
        and _balanced(s)
    )


def _balanced(s: str) -> bool:
    """Whether every bracket ``s`` closes it opened: "计生委负责）" ends a bracket a line before
    opened (a hard wrap, jkfp-guowuyuanbangongtingguanyuyinfa-2016), so it is no heading."""
    return sum(s.count(c) for c in _OPENERS) == sum(s.count(c) for c in _CLOSERS)


def find_unnumbered_headings(
    text: str, start: int, end: int, numbered: list[Heading]
) -> list[Heading]:
    """The unnumbered headings of ``text[start:end]`` (line-based text only), given the
    numbered ones."""
    lines = _filled_lines(text, start, end)
    at_line: dict[int, Heading] | None = None  # built when a line first needs it (most never)
    out: list[Heading] = []
    texts = list(map(text.__getitem__, starmap(slice, lines)))  # the lines, by one C loop
    # the first paragraph: the title block is behind it
    began = next((k for k, line in enumerate(texts) if _paragraph(line)), len(texts))
    # a heading-like line is short once stripped: those picked by C loops, not a step per line
    short = map(ge, repeat(UNNUMBERED_MAX_CHARS), map(len, map(str.strip, texts)))
    for k in compress(range(len(texts)), short):
        if k <= began or k + 1 >= len(lines) or not _heading_like(texts[k]):
            continue
        line, before, after = texts[k], texts[k - 1], texts[k + 1]
        a = lines[k][0]
        closed = (
            bool(_SENTENCE_DONE.search(before))
            or _LEADER.search(before) is not None
            or _NUMBERED.match(before) is not None
        )
        if at_line is None:
            at_line = _numbered_at_line_starts(text, start, numbered)
        prev_h, next_h = at_line.get(lines[k - 1][0]), at_line.get(lines[k + 1][0])
        if prev_h and next_h and next_h.style == prev_h.style and next_h.value == prev_h.value + 1:
            continue  # the text of a heading: "三、实施主体" / "上海市普陀区司法局" / "四、…"
        opens = (
            len(after.strip()) >= UNNUMBERED_MIN_BODY and TABLE_CELL_SEPARATOR not in after
        ) or _NUMBERED.match(after) is not None
        if not (closed and opens) or after.strip().startswith(("|", "｜")):
            continue
        x = a + len(line) - len(line.lstrip())
        y = a + len(line.rstrip())
        out.append(Heading(x, y, "", 0, UNNUMBERED_STYLE, text[x:y], x, y))
    return out


def _numbered_at_line_starts(text: str, start: int, numbered: list[Heading]) -> dict[int, Heading]:
    """The numbered headings that open their line, by where the line starts."""
    at_line = {}
    for h in numbered:
        line_start = text.rfind("\n", start, h.start) + 1 or start
        if not text[line_start : h.start].strip():
            at_line[line_start] = h
    return at_line
