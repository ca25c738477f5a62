"""One announced list: the record of an enumeration, and how a list's pieces and points read.

An enumeration is a number that says how many things are named (``四类贫困人口``, ``五大工程``,
``十个方面工作``) and the list that names them. ``checks/lists_after.py`` finds the lists an
announcement opens (after ``即`` or a colon, the points and headings below it),
``checks/lists_before.py`` those that end at their number (``省、市、县、乡四级``). Both read the
text by form alone (tables in ``extractor/tables/enumerations.py``) and never look at whether
the count agrees: a mistyped number is found just as one that is right, and comparing the two is
``enumeration_count``'s job. Where the form leaves the list in doubt the enumeration is not
``sure``, and the check only confirms it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Literal

import regex

from extractor.checks.text import number_value
from extractor.facts import Analysis
from extractor.tables import enumerations as E
from extractor.tables import figures as F

Bound = Literal["exact", "at_least", "at_most"]
Place = tuple[int, int]


@dataclass(frozen=True)
class Enumeration:
    """One announcement and its list, as offsets into the normalised text."""

    form: str  # which form found it: "after", "points", "headings", "before", "levels", …
    announced: int  # the number as written: 四 -> 4
    number: Place  # where the number stands
    phrase: Place  # the announcing words: 四类贫困人口, 十个方面工作
    items: tuple[Place, ...]  # each named thing, or each point's marker, or each heading
    counts: frozenset[int]  # how many the list names, every way its form can be read
    sure: bool  # the list is certain enough that a count outside ``counts`` is a slip
    bound: Bound = "exact"  # 至少有十个: at least; 等十大: at most
    marks: tuple[int | None, ...] = ()  # points and headings: the number each is marked with
    restated: Place | None = None  # 即…致贫的四类贫困人口: the number said again after the list
    restated_value: int | None = None

    @property
    def count(self) -> int:
        return len(self.items)

    @property
    def extent(self) -> Place:
        """From the first named thing to the last."""
        return self.items[0][0], self.items[-1][1]


# ---- the regexes, from the tables --------------------------------------------------------


def alternatives(words: Sequence[str]) -> str:
    return "|".join(regex.escape(w) for w in words)


NUMBER = rf"(?<![.\d]){F.COUNT_NUMBER}"  # not the tail of 2.6 either
COUNT_REACH = 2  # from a count's first character to its last: 二十一
# a count inside a piece makes the pieces announcements, not names (锁定一个目标、聚焦四类…;
# 横盖五市、纵贯五级)
ANNOUNCED_INSIDE = regex.compile(
    rf"{NUMBER}(?:{alternatives(E.CLASSIFIERS)}|[级位{E.LEVEL_CHARS}])"
)
# A count's last numeral and the first character of a classifier after it: every announcing
# number (三大, 四级, 十个方面) holds one, so the whole-body regexes only try the starts near one.
_CLASSIFIER_STARTS = sorted({w[0] for w in (*E.CLASSIFIERS, *E.CLASSIFIERS_AFTER_LIST)})
_COUNT_END = regex.compile(
    rf"[一两二三四五六七八九十\d](?=[{''.join(regex.escape(c) for c in _CLASSIFIER_STARTS)}])"
)


# A classifier start after a numeral, in one stdlib re scan: the lookbehind tests the character
# before in C, where one _COUNT_END.match per classifier start cost ~5,000 instructions each.
# stdlib's \d is the regex module's on the BMP (tests/test_number_filters.py); an astral
# character before is let through and _COUNT_END decides.
_COUNT_END_AT = re.compile(
    "[" + "".join(map(re.escape, _CLASSIFIER_STARTS)) + "]"
    "(?<=[一两二三四五六七八九十\\d\U00010000-\U0010ffff].)"
)


@functools.lru_cache(maxsize=1)  # lists_before and lists_after scan the same body in turn
def _count_ends(text: str, lo: int, hi: int) -> tuple[int, ...]:
    """``m.start()`` of each ``_COUNT_END.finditer(text, lo, hi)``."""
    count_end = _COUNT_END.match
    return tuple(
        k
        for m in _COUNT_END_AT.finditer(text, lo + 1, hi)
        if text[k := m.start() - 1] < "\U00010000" or count_end(text, k, hi) is not None
    )


@functools.cache
def _within(pattern: regex.Pattern[str], reach: int) -> regex.Pattern[str]:
    """``pattern`` at the first of the next ``reach + 1`` starts where it matches, in one call:
    a lazy prefix tried shortest first, cut off by \\K (so the match starts where ``pattern``
    does)."""
    return regex.compile(rf"(?s:.{{0,{reach}}}?)\K(?:{pattern.pattern})", pattern.flags)


def near_counts(
    pattern: regex.Pattern[str], text: str, lo: int, hi: int, reach: int
) -> Iterator[regex.Match[str]]:
    """``pattern.finditer(text, lo, hi)`` for a pattern whose every match holds a count and its
    classifier (``_COUNT_END``) at most ``reach`` characters after its start: only those starts
    are tried, not every character of the body (half the cost of the scan), and all of them in
    one match call (a regex call costs ~5,000 instructions before it reads a character)."""
    pos = lo  # where the next match may start, as finditer goes on after the last one
    for k in _count_ends(text, lo, hi):
        s = max(pos, k - reach)
        if s > k:
            continue  # inside the last match: no start left to try
        m = _within(pattern, k - s).match(text, s, hi)
        if m is not None:
            yield m
            pos = m.end()
        else:
            pos = k + 1  # no match starts at or before k


SHI = regex.compile(E.SHI_POINT)
# A noun after a count that makes it a span of time, a rate or a choice (E.NOT_NOUNS).
NOT_NOUN = regex.compile(alternatives(E.NOT_NOUNS))
JOINER = regex.compile(rf"(?<=\p{{Han}})(?:{alternatives(E.JOINERS)})(?=\p{{Han}})")
NOUN_AFTER = regex.compile(rf"\p{{Han}}{{1,{E.MAX_NOUN_AFTER_CHARS}}}")
SENTENCE_END = regex.compile(r"[。;!?\n]")
QUOTES = "“”\"'"


def line_end(a: Analysis, pos: int) -> int:
    """Where the line holding ``pos`` ends (the body's end for the last)."""
    end = a.tm.text.find("\n", pos, a.body[1])
    return a.body[1] if end < 0 else end


def bound_before(a: Analysis, pos: int) -> Bound:
    """至少有十个: the words before a number that make it a bound."""
    before = a.tm.text[max(a.body[0], pos - 4) : pos]
    return "at_least" if any(before.endswith(w) for w in E.AT_LEAST_BEFORE) else "exact"


# ---- pieces of a list --------------------------------------------------------------------


def split(text: str, start: int, end: int, sep: str) -> list[Place]:
    """``text[start:end]`` cut at ``sep``, each piece trimmed of spaces and quotes."""
    out: list[Place] = []
    a = start
    for k in range(start, end + 1):
        if k == end or text[k] == sep:
            b = k
            x, y = a, b
            while x < y and (text[x].isspace() or text[x] in QUOTES):
                x += 1
            while y > x and (text[y - 1].isspace() or text[y - 1] in QUOTES + "的"):
                y -= 1
            if x < y:
                out.append((x, y))
            a = k + 1
    return out


def joined(text: str, piece: Place) -> int:
    """How many joiners (和/及/与) stand inside the piece."""
    return len(JOINER.findall(text, *piece))


def counts_of(text: str, pieces: Sequence[Place]) -> frozenset[int]:
    """What a 、-list counts: its pieces, plus one for a 和 that joins the last two (软件信息、科技
    服务和商务服务), which may also stand inside a name (汽车制造与服务)."""
    n = len(pieces)
    extra = joined(text, pieces[-1]) + (joined(text, pieces[0]) if len(pieces) > 1 else 0)
    return frozenset(range(n, n + extra + 1))


def parallel(text: str, pieces: Sequence[Place]) -> bool:
    """Clauses built alike: 必须维护…,必须维护…,必须遵循… / 搞…的有之,搞…的有之."""
    if len(pieces) < 2 or any(b - a < 3 for a, b in pieces):
        return False
    heads = {text[a : a + 2] for a, _ in pieces}
    tails = {text[b - 2 : b] for _, b in pieces}
    return len(heads) == 1 or len(tails) == 1


def list_in(text: str, start: int, end: int) -> tuple[list[Place], bool] | None:
    """The named things of ``text[start:end]`` (one sentence after a colon): a 、-list, or clauses
    built alike; (pieces, sure). Not pieces with counts of their own: 21个主要指标,包括13个预期性
    指标、8个约束性指标 (xinjiang 2026) are parts that add up, not names."""
    if start >= end:
        return None
    if "," not in text[start:end]:
        pieces = split(text, start, end, "、")
        if len(pieces) < 2 or any(b - a > E.MAX_PIECE_AFTER for a, b in pieces):
            return None
        if any(ANNOUNCED_INSIDE.match(text, a, b) for a, b in pieces):
            return None
        return pieces, True
    clauses = split(text, start, end, ",")
    if parallel(text, clauses):
        return clauses, True
    return None


# ---- points ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Point:
    start: int
    end: int
    value: int | None


# Each style of point: its regex, and whether it must open a clause (see the table).
_POINT_STYLES: tuple[tuple[regex.Pattern[str], bool], ...] = (
    (SHI, True),
    (regex.compile(f"(?P<num>[{E.CIRCLED}])"), False),
    (regex.compile(E.PAREN_POINT), False),
    (regex.compile(E.PAREN_CN_POINT), False),
    (regex.compile(E.DOT_POINT), True),
)


def _point_value(num: str) -> int | None:
    k = E.CIRCLED.find(num)
    return k + 1 if k >= 0 else number_value(num)


def points_in(text: str, start: int, end: int) -> list[Point]:
    """The points of one style marked in ``text[start:end]``: the style of the first marker."""
    found: list[tuple[int, int, Point]] = []
    for style, (pattern, opens_clause) in enumerate(_POINT_STYLES):
        for m in pattern.finditer(text, start, end):
            if opens_clause and m.start() > start and text[m.start() - 1] not in E.CLAUSE_OPENERS:
                continue
            found.append((m.start(), style, Point(m.start(), m.end(), _point_value(m["num"]))))
    if not found:
        return []
    found.sort(key=lambda f: f[0])
    first = found[0][1]
    return [p for _, style, p in found if style == first]


def in_order(marks: Sequence[int | None]) -> bool:
    """Points that run 1, 2, 3…, but for at most one (a slip the check names): two lists, or a
    run that does not start at one, are not one list."""
    wrong = sum(v != k for k, v in enumerate(marks, 1))
    return len(marks) >= 2 and wrong <= 1


def _words_at() -> dict[str, list[tuple[str, int]]]:
    """Each character of a word with a numeral, and the words that hold it where (一: 统一 at 1)."""
    found: dict[str, list[tuple[str, int]]] = {}
    for w in E.WORDS_WITH_A_NUMERAL:
        for k, c in enumerate(w):
            found.setdefault(c, []).append((w, k))
    return found


_WORDS_AT = _words_at()


def in_a_word(text: str, at: int) -> bool:
    """Whether the numeral at ``at`` is part of a word (统一大市场, 一大批), not a count."""
    # only the words with the numeral's own character at k can hold it there: a few, not all
    return any(text.startswith(w, at - k) for w, k in _WORDS_AT.get(text[at : at + 1], ()))


def noun_end(text: str, at: int, hi: int) -> int:
    """Where the noun after a classifier ends, for the message: 三大|先导产业."""
    m = NOUN_AFTER.match(text, at, hi)
    return m.end() if m else at


def first_list(points: Sequence[Point]) -> list[Point]:
    """The points up to where a second list begins: a point marked 1 after a run 1, 2, … and
    followed by one marked 2. A lone 1 later on is a slip in the one list."""
    for k in range(1, len(points) - 1):
        before = [p.value for p in points[:k]]
        if points[k].value == 1 and points[k + 1].value == 2 and before == list(range(1, k + 1)):
            return list(points[:k])
    return list(points)


@dataclass(frozen=True)
class Listed:
    """A list as its form reads, before it is joined to the number that announces it."""

    form: str
    items: tuple[Place, ...]
    counts: frozenset[int]
    sure: bool
    marks: tuple[int | None, ...] = ()
    restated: Place | None = None
    restated_value: int | None = None


def named(text: str, form: str, pieces: Sequence[Place], sure: bool) -> Listed:
    """Named things (a 、-list, a quoted list, parallel clauses)."""
    return Listed(form, tuple(pieces), counts_of(text, pieces), sure)


def marked(form: str, points: Sequence[tuple[Place, int | None]]) -> Listed:
    """Points or headings, each with the number it is marked with: sure when they run in order."""
    marks = tuple(v for _, v in points)
    items = tuple(p for p, _ in points)
    return Listed(form, items, frozenset({len(items)}), in_order(marks), marks)
