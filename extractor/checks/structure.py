"""Structural checks: numbering, scope coverage, copy-paste slips between scopes, truncation.

Each function takes the ``Analysis`` and returns its ``Check``s: ``warn`` for an
anomaly, one ``pass`` when the rule ran and found nothing.
"""

from __future__ import annotations

from decimal import Decimal

import regex

from extractor.checks.base import make_check as _check
from extractor.facts import Analysis, Heading, OutlineNode
from extractor.heading_markers import cn_small_int
from extractor.model import Check
from extractor.scopes import is_scope_root, short_forms
from extractor.squeeze import unspaced
from extractor.tables import closings
from extractor.tables.headings import (
    ANNEX_STYLE,
    ARTICLE_STYLE,
    CHAPTER_LINE,
    CHAPTER_STYLE,
    SHI_STYLE,
    UNNUMBERED_STYLE,
)

_UNNUMBERED = (ANNEX_STYLE, UNNUMBERED_STYLE)

# A text that ends with one of these ends a sentence (or a bracketed agency list).
SENTENCE_END = "。!?！？;；…」』”\"')）】》"

_LAST_SENTENCE = regex.compile(r"[^。!?！？;；\n]*$")
# A last line that is a table's row or cell ("|", "合计 | 29 |", a tab-separated row) or an
# entry of a list ("7.旅游扶贫", "——打好“七大战役”", "·2017年8月…"): a document may end there.
_ENDS_TABLE_OR_LIST = regex.compile(
    r"[ \t]*(?:[|｜].*|.*\s[|｜]\s.*|.*\t.*"
    r"|(?:\d{1,3}[.、)]|\(\d{1,3}\)|[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\)"
    r"|[①-⑳]|——|[·•●◆■□▪]).{0,60})"
)


def check_numbering(a: Analysis) -> list[Check]:
    """Sibling numbers run without gaps or repeats.

    A restart at 1 is never flagged (parts, attachments and tables of contents
    restart their numbering), nor is a repeat with the same title (a contents
    list or a running header shows the heading twice).
    """
    out: list[Check] = []
    previous: dict[tuple[int, str], OutlineNode] = {}
    last_of_style: dict[str, Heading] = {}  # a style's last heading anywhere: lists that run on
    for node in a.nodes:
        h = node.heading
        if h.style in _UNNUMBERED:
            continue  # 附件 and unnumbered parts carry no number to run
        key = (id(node.parent), h.style)
        prev = previous.get(key)
        previous[key] = node
        last = last_of_style.get(h.style)
        last_of_style[h.style] = h
        if prev is None:
            if h.value == 1 or (last is not None and last.value == h.value - 1):
                continue  # a list's start, or a list that runs on from the parent before
            if last is not None and last.value < h.value and not _in_article(node):
                out.extend(_skip(a, last, h))  # 第二条 / 第二章 / 第四条: runs on, with a gap
            else:
                out.extend(_first_missing(a, node))  # （二） after an entry that lost its （一）
            continue
        if h.value == 1 or h.value == prev.heading.value + 1:
            continue
        out.extend(_skip(a, prev.heading, h))
    out.extend(_chapter_gaps(a))
    if not out and a.nodes:
        out.append(
            _check(
                "numbering",
                "pass",
                f"{len(a.nodes)} numbered units in sequence",
                [a.tm.span(*a.body)],
            )
        )
    return out


def _line(text: str, start: int, end: int) -> str:
    """A heading line as a message quotes it, its spaces squeezed to one."""
    return " ".join(text[start:end].split())


def _in_article(node: OutlineNode) -> bool:
    """A 条例's article numbers its list afresh: its （三） never runs on from another's."""
    return node.parent is not None and node.parent.heading.style == ARTICLE_STYLE


def _skip(a: Analysis, p: Heading, h: Heading) -> list[Check]:
    """A warn when ``h`` skips or repeats the number after ``p``; none where that is no
    error (a new list, a contents page, two columns read as one line)."""
    if h.value < p.value or (h.value == p.value and h.title == p.title):
        return []  # a new list or a contents page more often than an error
    if _EMBEDDED_MARKER.search(h.title) or _EMBEDDED_MARKER.search(p.title):
        return []  # two columns read as one line: the numbering is not ours to judge
    what = "repeats" if h.value == p.value else "skips"
    message = f"heading {h.number} ({h.title[:30]}) {what} after {p.number} ({p.title[:30]})"
    if h.value > p.value and _missing_marker_present(a.tm.text, p, h):
        # the number is written between them: the outline missed a heading, and its text
        # is counted in the previous item — a reviewer must know
        message += "; the missing number is written between them but was not read as a heading"
    return [
        _check(
            "numbering",
            "warn",
            message,
            [a.tm.span(h.start, h.end), a.tm.span(p.start, p.end)],
            expected=Decimal(p.value + 1),
            actual=Decimal(h.value),
        )
    ]


def _first_missing(a: Analysis, node: OutlineNode) -> list[Check]:
    """The first unit of a list numbered 2 or more, where no list ran on to it: （二）（三）
    after an entry that lost its （一）. None where a smaller number is written before it
    (过去一年…：一是稳住经济大盘。 / 二是… on its own line): the list began in the lead."""
    h = node.heading
    lo = node.parent.heading.end if node.parent is not None else a.body[0]
    if _marker_written(a.tm.text[lo : h.start], h, range(1, h.value)):
        return []
    message = f"heading {h.number} ({h.title[:30]}) is the first of its list: no number before it"
    spans = [a.tm.span(h.start, h.end)]
    if node.parent is not None:
        spans.append(a.tm.span(node.parent.heading.start, node.parent.heading.end))
    return [
        _check("numbering", "warn", message, spans, expected=Decimal(1), actual=Decimal(h.value))
    ]


def _chapter_gaps(a: Analysis) -> list[Check]:
    """Chapters that the outline does not hold (a 条例's ``## 第二章  职责分工`` lines, whose
    articles are its units) still run from 第一章 without gaps."""
    if any(n.heading.style == CHAPTER_STYLE for n in a.nodes):
        return []  # the outline's own numbering covers them
    text = a.tm.text
    out: list[Check] = []
    if text.find("章", *a.body) < 0:
        return out  # every chapter line holds 章: most plans need no regex scan of the body
    prev: tuple[int, int, int] | None = None  # value, start, end
    for m in _CHAPTER_LINE.finditer(text, *a.body):
        value = cn_small_int(m.group("num"))
        if value is None:
            continue
        at, end = m.start("num") - 1, m.end()
        if prev is None and value > 1:
            spans = [a.tm.span(at, end)]
            message = f"the first chapter is {_line(text, at, end)}: no 第一章 before it"
        elif prev is not None and value > prev[0] + 1:
            spans = [a.tm.span(at, end), a.tm.span(prev[1], prev[2])]
            message = f"{_line(text, at, end)} skips after {_line(text, prev[1], prev[2])}"
        else:
            prev = (value, at, end)
            continue  # in sequence, a restart (a contents page, then the text) or a repeat
        out.append(
            _check(
                "numbering",
                "warn",
                message,
                spans,
                expected=Decimal(1 if prev is None else prev[0] + 1),
                actual=Decimal(value),
            )
        )
        prev = (value, at, end)
    return out


def _missing_marker_present(text: str, prev: Heading, cur: Heading) -> bool:
    """Whether a number between ``prev`` and ``cur`` is written between them as a marker
    (``3.`` ``3、`` ``(三)`` ``三、`` at a line start or after a sentence end)."""
    between = text[prev.start + len(prev.number) : cur.start]
    return _marker_written(between, prev, range(prev.value + 1, cur.value))


def _marker_written(between: str, like: Heading, values: range) -> bool:
    """Whether one of ``values`` is written in ``between`` as a marker of ``like``'s style."""
    digits = like.number.strip("()") if like.number.strip("()").isdigit() else None
    ordinal = _ORDINAL.fullmatch(like.number.strip())
    for value in values:
        if like.style == SHI_STYLE:  # 一是稳住经济大盘, inside the lead's sentence
            if value >= len(_CN_NUMERALS):
                continue
            pattern = rf"(?:^|[\n。;；:：])\s*{_CN_NUMERALS[value]}是"
        elif ordinal is not None:  # 第一部分 … 第三部分: 第二部分 is the missing marker, not 二、
            if value >= len(_CN_NUMERALS):
                continue
            pattern = (
                rf"(?:^|[\n。;；])\s*第\s*(?:{_CN_NUMERALS[value]}|{value})\s*{ordinal['unit']}"
            )
        elif digits is not None:
            pattern = rf"(?:^|[\n。;；])\s*\(?{value}\s*[.、)]"
        elif value < len(_CN_NUMERALS):
            pattern = rf"(?:^|[\n。;；])\s*\(?{_CN_NUMERALS[value]}\s*[、)]"
        else:
            continue
        if regex.search(pattern, between):
            return True
    return False


# A numbered part, chapter or section: 第一部分, 第三章, 第2节 (its unit names the missing marker).
_ORDINAL = regex.compile(r"第\s*[一二三四五六七八九十百\d]+\s*(?P<unit>部分|章|节|篇|编|条)")
# the outline's style key of 第X章
_CHAPTER_LINE = regex.compile(CHAPTER_LINE, regex.MULTILINE)
if ")章(" not in CHAPTER_LINE:
    raise RuntimeError("_chapter_gaps skips a body without 章: every CHAPTER_LINE must hold one")
# A heading marker inside a heading's title: a multi-column page read as one line.
_EMBEDDED_MARKER = regex.compile(r"[一二三四五六七八九十]{1,3}、|(?<![\d.])\d{1,2}\.(?!\d)")

_CN_NUMERALS = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"] + [
    ("十" if tens == 1 else "一二三四五六七八九"[tens - 1] + "十")
    + ("" if ones == 0 else "一二三四五六七八九"[ones - 1])
    for tens in range(1, 10)
    for ones in range(10)
    if tens * 10 + ones > 10
]


def _scope_sections(a: Analysis) -> dict[str, list[OutlineNode]]:
    sections: dict[str, list[OutlineNode]] = {}
    for node in a.nodes:
        if node.scope is not None and is_scope_root(node):
            sections.setdefault(node.scope, []).append(node)
    return sections


def check_scope_coverage(a: Analysis) -> list[Check]:
    """Every scope named in the overview has its own section."""
    if not a.scopes:
        return []
    sections = _scope_sections(a)
    missing = [s for s in a.scopes if s not in sections]
    spans = []
    for s in missing:
        at = a.tm.text.find(s, *a.overview)
        if at >= 0:
            spans.append(a.tm.span(at, at + len(s)))
    if missing:
        return [
            _check(
                "scope_coverage",
                "warn",
                f"the overview names {len(a.scopes)} scopes ({'、'.join(a.scopes)}) but "
                f"{'、'.join(missing)} {'has' if len(missing) == 1 else 'have'} no section",
                spans,
                expected=str(len(a.scopes)),
                actual=str(len(a.scopes) - len(missing)),
            )
        ]
    return [
        _check(
            "scope_coverage",
            "pass",
            f"every scope has a section: {'、'.join(a.scopes)}",
            [a.tm.span(*a.overview)],
        )
    ]


def check_foreign_scope(a: Analysis) -> list[Check]:
    """A scope's section that names another scope: likely text copied from that scope's section."""
    out: list[Check] = []
    text = a.tm.text
    for scope, tops in _scope_sections(a).items():
        others = [(o, f) for o in a.scopes if o != scope for f in short_forms(o)]
        flagged = False
        for top in tops:
            units = [n for n in a.nodes if n.start >= top.start and n.end <= top.end and n.is_item]
            for unit in units or [top]:
                for other in dict.fromkeys(o for o, _ in others):
                    forms = [f for o, f in others if o == other]
                    hits = sorted(
                        i for f in forms for i in _find_all(text, f, unit.start, unit.end)
                    )
                    if not hits:
                        continue
                    at = hits[0]
                    form = next(f for f in forms if text.startswith(f, at))
                    flagged = True
                    spans = [a.tm.span(at, at + len(form)), a.tm.span(unit.start, unit.end)]
                    message = (
                        f"the {scope} section, item {unit.heading.number} "
                        f"({unit.heading.title}), names {other}: "
                        f"“{_sentence_around(text, at, unit.start, unit.end)}”"
                    )
                    source = _copied_from(a, at, unit, other)
                    if source is not None:
                        spans.append(a.tm.span(*source))
                        message += f"; the same words stand in the {other} section"
                    out.append(
                        _check(
                            "foreign_scope", "warn", message, spans, expected=scope, actual=other
                        )
                    )
        if not flagged:
            out.append(
                _check(
                    "foreign_scope",
                    "pass",
                    f"the {scope} section names no other scope",
                    [a.tm.span(tops[0].start, tops[-1].end)],
                )
            )
    return out


_CLAUSE_BREAKS = ",，。;；!?！？\n"


def _clause(text: str, at: int, start: int, end: int) -> tuple[int, int]:
    """The clause (between commas or sentence ends) around ``at``, within ``[start, end)``."""
    a = max(text.rfind(c, start, at) for c in _CLAUSE_BREAKS) + 1
    ends = [i for i in (text.find(c, at, end) for c in _CLAUSE_BREAKS) if i >= 0]
    return max(a, start), min(ends) if ends else end


def _copied_from(a: Analysis, at: int, unit: OutlineNode, other: str) -> tuple[int, int] | None:
    """Where the clause naming ``other`` also stands in ``other``'s own section, if it does."""
    text = a.tm.text
    c0, c1 = _clause(text, at, unit.start, unit.end)
    clause = text[c0:c1]
    if len(clause) < 6:
        return None
    for node in a.nodes:
        if is_scope_root(node) and node.scope == other:
            i = text.find(clause, node.start, node.end)
            if i >= 0:
                return i, i + len(clause)
    return None


def _find_all(text: str, needle: str, start: int, end: int) -> list[int]:
    out, i = [], text.find(needle, start, end)
    while i >= 0:
        out.append(i)
        i = text.find(needle, i + 1, end)
    return out


def _sentence_around(text: str, at: int, start: int, end: int) -> str:
    a = max(text.rfind(c, start, at) for c in "。;!?\n")
    b_candidates = [i for i in (text.find(c, at, end) for c in "。;!?\n") if i >= 0]
    b = min(b_candidates) if b_candidates else end
    return text[max(a + 1, start) : b].strip()


_SIGNATURE = regex.compile(closings.SIGNATURE_LINE)
_DATE = regex.compile(closings.DATE_LINE)


def _closes(text: str, start: int, line_start: int, end: int) -> bool:
    """Whether the body's last line is a way a plan ends without a full stop: the office's
    signature or its date, or the title of an attachment listed earlier."""
    line = unspaced(text[line_start:end])
    if _SIGNATURE.fullmatch(line) or _DATE.fullmatch(line):
        return True
    listed = closings.ATTACHMENT_LIST_PREFIX + regex.escape(text[line_start:end].strip())
    return regex.search(listed, text, pos=start, endpos=line_start) is not None


def check_truncated(a: Analysis) -> list[Check]:
    """The body stops mid-sentence or mid-list."""
    text = a.tm.text
    start, end = a.body
    while end > start and text[end - 1].isspace():
        end -= 1
    if end <= start:
        return []
    line_start = text.rfind("\n", start, end) + 1 or start
    if (
        text[end - 1] in SENTENCE_END
        or _ENDS_TABLE_OR_LIST.fullmatch(text, max(line_start, start), end)
        or _closes(text, start, max(line_start, start), end)
    ):
        return [
            _check(
                "truncated",
                "pass",
                "the body ends with a complete sentence, a table, a list, a signature or an "
                "attachment's title",
                [a.tm.span(end - 1, end)],
            )
        ]
    m = _LAST_SENTENCE.search(text, start, end)
    s = m.start() if m else max(start, end - 40)
    tail = text[s:end].strip()
    spans = [a.tm.span(s, end)]
    message = f"the body stops mid-sentence: “…{tail[-60:]}”"
    # A stop inside text repeated from elsewhere in the plan: show how the passage goes on there.
    c0, _ = _clause(text, end - 1, s, end)
    clause = text[c0:end]
    earlier = text.find(clause, start, c0) if len(clause) >= 6 else -1
    if earlier >= 0:
        _, stop = _clause(text, earlier + len(clause), earlier, a.body[1])
        spans.append(a.tm.span(earlier, stop))
        message += f"; the same passage earlier reads “{text[earlier:stop]}”"
    return [_check("truncated", "warn", message, spans)]
