"""Title: which line at the top of the text names the plan.

A web page shows the title more than once (its ``<title>`` with the site's column before it,
then the article's own heading), a scrape keeps the page's tool bar and info table above it,
a notice may break its title over two lines, and a speech carries a subtitle with the day it
was given. The candidates are the title-like lines of the head, the lines above the first
paragraph, heading or addressee; the choice drops anonymised copies (``某区…``) and copies of a
later candidate with the page's words before it, and takes the first left.

All offsets index the NFKC view of the text.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from extractor.squeeze import loose
from extractor.tables import boilerplate as t

# Every head pattern in one alternation: whether one matches is one match, not eleven. One
# that starts with ``.*`` matches a line holding no newline wherever the rest of it stands: the
# rest is searched for, not matched after a ``.*`` backtracking over the line (7 times dearer).
_HEAD_ALL = regex.compile(r"\s*(?:" + "|".join(f"(?:{p})" for p in t.SITE_HEAD_LINES) + ")")


def _any_run(p: str) -> bool:
    return p.startswith(".*") and p[2:3] not in ("?", "+", "*", "{")


_HEAD = regex.compile(
    r"\s*(?:" + "|".join(f"(?:{p})" for p in t.SITE_HEAD_LINES if not _any_run(p)) + ")"
)
_HEAD_ANYWHERE = regex.compile(
    "|".join(f"(?:{p.removeprefix('.*')})" for p in t.SITE_HEAD_LINES if _any_run(p))
)
_DOC_NUMBER = regex.compile(t.DOC_NUMBER_LINE)
_DATE = regex.compile(t.DATE_LINE)
_ADDRESSEE = regex.compile(t.ADDRESSEE_LINE)
_ANONYMISED = regex.compile(t.ANONYMISED_TITLE)
_MARKDOWN = regex.compile(t.MARKDOWN_HEADING)
_DELIVERY = regex.compile(t.DELIVERY_LINE)
_ADOPTION = regex.compile(t.ADOPTION_LINE)
# Either, in one pattern: most head lines are neither, and fail one match instead of two.
_ADOPTION_OR_DELIVERY = regex.compile(f"(?:{t.ADOPTION_LINE})|(?:{t.DELIVERY_LINE})")
_TOOLS = regex.compile(
    "|".join(regex.escape(w) for w in sorted(t.PAGE_TOOL_WORDS, key=len, reverse=True))
)
_TOOL_LEFTOVER = regex.compile(r"[\s\p{P}\p{S}]*")
_TOOL_FIRSTS = frozenset(w[0] for w in t.PAGE_TOOL_WORDS)
_HEADING_START = regex.compile(
    r"\s*(?:#{1,6}\s+)?(?:[一二三四五六七八九十]+[、.]|\(|\d{1,3}[.、](?!\d)|第.{1,6}[章节条])"
)
_TRAILING_BRACKET = regex.compile(r"\s*[(（〔\[][^()（）]*[)）〕\]]\s*$")
_SPACES = regex.compile(r"[ \t]+")
_WORD = regex.compile(r"\S+")  # compiled once: regex's own cache costs a lookup per call
# A period alone on the line under a title: "(2021—2023年)".
_PERIOD_LINE = regex.compile(r"\s*\(\s*\d{4}\s*[—–-]+\s*\d{2,4}\s*年?\s*\)\s*$")

# A line that starts with one of these is a list entry, not a title: "·2016年9月20日（…）".
_BULLETS = ("·", "•", "●", "◆", "■", "□", "▪", "*", "-")

# A title broken over two lines breaks where its first line is full; a short line above a
# title is the site's column ("云南要闻" / "2026年政府工作报告", yunnan 2026), not its start.
_MIN_BROKEN_LINE = 8
_MAX_TITLE_LINES = 3

# How far down the text a title is looked for: lines, and lines that are not furniture.
_HEAD_LINES = 60
_HEAD_CANDIDATES = 12


@dataclass(frozen=True)
class Title:
    text: str  # as written, a title broken over lines joined
    start: int
    end: int
    first_line: int  # index of the line where the plan's own text starts (the first candidate)


def is_furniture(line: str) -> bool:
    """A line of the page around the plan: navigation, tool bar, info table, links."""
    if _HEAD.match(line):
        return True
    if "\n" in line:  # . stops at a newline: only matching tells
        if _HEAD_ALL.match(line):
            return True
    elif _HEAD_ANYWHERE.search(line):
        return True
    stripped = line.strip()
    if not stripped:
        return False
    if "\u4e00" <= stripped[0] <= "\u9fff" and stripped[0] not in _TOOL_FIRSTS:
        return False  # an ideograph no tool word starts with stays first, and is no punctuation
    return _TOOL_LEFTOVER.fullmatch(_TOOLS.sub("", stripped)) is not None


def has_genre(s: str) -> bool:
    """A genre word near the end, ignoring a trailing bracket: …行动计划(2025—2027年)."""
    tail = _TRAILING_BRACKET.sub("", s.strip())[-12:]
    return any(g in tail for g in t.TITLE_GENRES)


def _title_like(line: str) -> bool:
    s = line.strip()
    return (
        0 < len(s) <= t.MAX_TITLE_CHARS
        and not s.endswith(("。", ":", ";", ",", "!"))
        and "。" not in s
        and not _HEADING_START.match(s)
        and not s.startswith(_BULLETS)
        and not _DOC_NUMBER.match(s)
        and not _DATE.match(s)
        and not _DELIVERY.match(s)
        and not _ADOPTION.match(s)
    )


def _ends_head(line: str) -> bool:
    """The plan's text has begun: a paragraph, a heading or the addressee."""
    s = line.strip()
    return (
        len(s) > t.MAX_TITLE_CHARS
        or "。" in s
        or s.endswith((":", ";"))
        or _HEADING_START.match(s) is not None
        or (_ADDRESSEE.match(s) is not None and len(s) <= 160)
    )


def _content(text: str, a: int, b: int) -> tuple[int, int]:
    """The line ``[a, b)`` without its indent, its markdown mark and trailing spaces."""
    m = _MARKDOWN.match(text, a, b)
    if m is not None:
        a = m.end()
    feed = text.find("\f", a, b)  # a page break inside the line (pdfplumber's text)
    if feed >= 0:
        b = feed
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def _after_column(text: str, a: int, b: int) -> int:
    """Where a title starts on a line that names the site's column first:
    "江西省人民政府 政策文件 江西省人民政府办公厅关于…" -> the start of 江西省人民政府办公厅…."""
    pieces = [(m.start(), m.end()) for m in _WORD.finditer(text[a:b])]
    for k, (x, _) in enumerate(pieces[:-1]):
        if text[a + x : a + pieces[k][1]] in t.SITE_COLUMNS:
            return a + pieces[k + 1][0]
    return a


def ends_with_genre(s: str) -> bool:
    """The line ends with a genre word (past a trailing bracket): …计划, …计划(2025—2027年)."""
    core = _TRAILING_BRACKET.sub("", s.strip())
    return core.endswith(t.TITLE_GENRES)


def _broken_title(text: str, lines: list[tuple[int, int]], i: int, limit: int) -> int | None:
    """The last line of a title that starts at line ``i`` and runs on to the next one or two,
    or None when line ``i`` is a title of its own (or no title)."""
    first = text[slice(*_content(text, *lines[i]))]
    if i + 1 < limit and _PERIOD_LINE.match(text, *lines[i + 1]):
        return i + 1
    if len(first) < _MIN_BROKEN_LINE or ends_with_genre(first):
        return None
    for j in range(i + 1, min(limit, i + _MAX_TITLE_LINES)):
        line = text[slice(*_content(text, *lines[j]))]
        if not _title_like(line) or is_furniture(line):
            return None
        if ends_with_genre(line):
            return j
    return None


def _copies(earlier: str, later: str) -> bool:
    """``earlier`` is ``later`` itself, or ``later`` behind words set off by a space."""
    if loose(earlier) == loose(later):
        return True
    return earlier.endswith(later) and earlier[: -len(later)][-1:].isspace()


def _breadcrumb_lines(text: str, lines: list[tuple[int, int]], head: int, limit: int) -> set[int]:
    """Lines next to a line that is only a breadcrumb separator (">")."""
    if head >= limit:
        return set()
    a, b = lines[head][0], lines[limit - 1][1]
    if all(text.find(sep, a, b) < 0 for sep in t.BREADCRUMB_SEPARATORS):
        return set()  # no line can be one (most heads): no line is looked at
    filled = [i for i in range(head, limit) if text[slice(*lines[i])].strip()]
    out: set[int] = set()
    for k, i in enumerate(filled):
        if text[slice(*lines[i])].strip() in t.BREADCRUMB_SEPARATORS:
            out.update(filled[max(0, k - 1) : k + 2])
    return out


def _join(text: str, a: int, b: int) -> str:
    return "".join(s.strip() for s in text[a:b].split("\n"))


def find_title(
    text: str, lines: list[tuple[int, int]], head: int, tail: int
) -> tuple[Title | None, list[int]]:
    """The title among the lines ``head``..``tail``, and every line that was a candidate."""
    candidates: list[tuple[int, int, list[int]]] = []
    i, seen = head, 0
    limit = min(tail, head + _HEAD_LINES)
    crumbs = _breadcrumb_lines(text, lines, head, limit)
    while i < limit and seen < _HEAD_CANDIDATES:
        a, b = lines[i]
        line = text[a:b]
        if not line.strip() or is_furniture(line) or i in crumbs:
            i += 1
            continue
        if _DELIVERY.match(line):  # a speech's subtitle, perhaps wrapped onto the next line
            i += 1
            if i < limit and not has_genre(text[slice(*lines[i])]):
                nxt = text[slice(*lines[i])].strip()
                if nxt.endswith("上") and len(nxt) <= 40:
                    i += 1
            continue
        if _ends_head(line):
            break
        seen += 1
        if not _title_like(line):
            i += 1
            continue
        ca, cb = _content(text, a, b)
        # join the next lines when this one stops short of a genre word and they complete it
        # (a title broken over two or three lines: "上海市普陀区规划和自然" / "资源局" /
        # "2024年度部门决算"), or when the next is the plan's period alone: "(2021—2023年)"
        last = _broken_title(text, lines, i, limit)
        if last is not None:
            candidates.append((ca, _content(text, *lines[last])[1], list(range(i, last + 1))))
            i = last + 1
            continue
        candidates.append((ca, cb, [i]))
        i += 1
    used = [ln for c in candidates for ln in c[2]]
    with_genre = [c for c in candidates if has_genre(_join(text, c[0], c[1]))]
    if not with_genre:
        return _sent_document(text, lines, head, limit), used
    # a copy of a later candidate, alone or with the page's words before it, is the page's
    # <title>: "江西省人民政府 政策文件 X" … "X"
    joined = [_join(text, c[0], c[1]) for c in with_genre]
    own = [
        c
        for k, c in enumerate(with_genre)
        if not any(_copies(joined[k], later) for later in joined[k + 1 :])
    ]
    real = [c for c in own if not _ANONYMISED.match(_join(text, c[0], c[1]))] or own
    best = real[0]
    start = _after_column(text, best[0], best[1])
    first = min(own[0][2][0], best[2][0])
    return Title(_join(text, start, best[1]), start, best[1], first), used


_SENT_DOCUMENT = regex.compile(t.SENT_DOCUMENT)


def _sent_document(text: str, lines: list[tuple[int, int]], head: int, limit: int) -> Title | None:
    """The document a titleless cover letter sends on (``现将《X》印发给你们``), as the title:
    only after the letter's addressee, in its first sentences, and with a genre word."""
    i = next((k for k in range(head, limit) if text[slice(*lines[k])].strip()), None)
    if i is None or not _ADDRESSEE.match(text[slice(*lines[i])]):
        return None  # the text does not open with an addressee: not a cover letter
    b = lines[i][1]
    window = text[b : b + t.SENT_DOCUMENT_WINDOW]
    m = _SENT_DOCUMENT.search(window.replace("\n", ""))
    if m is None or not has_genre(m["title"]):
        return None
    # back from the text without line breaks to offsets in ``text``
    offsets = [b + k for k, c in enumerate(window) if c != "\n"]
    start, end = offsets[m.start("title")], offsets[m.end("title") - 1] + 1
    return Title(_join(text, start, end), start, end, i)


def adoption_and_delivery(
    text: str, lines: list[tuple[int, int]], head: int, limit: int
) -> list[tuple[str, int, int]]:
    """The head's dated lines: a regulation's adoption (``…会议通过``) and a speech's
    subtitle (``——2026年1月26日在…会议上``), as metadata (kind, start, end)."""
    found = []
    for a, b in lines[head : min(limit, head + _HEAD_LINES)]:
        if not _ADOPTION_OR_DELIVERY.match(text, a, b):
            continue
        m = _ADOPTION.match(text, a, b)
        if m is not None:
            found.append(
                ("adopted" if m.group("act") == "通过" else "approved", *_content(text, a, b))
            )
        elif _DELIVERY.match(text, a, b):
            found.append(("delivered", *_content(text, a, b)))
    return found
