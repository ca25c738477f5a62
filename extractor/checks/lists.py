"""Announced enumerations: a number that says how many things are named, and where they are.

``find_enumerations`` reads the text by form alone (tables in ``extractor/tables/enumerations.py``):
the announcing phrase (``四类贫困人口``, ``五大工程``, ``十个方面工作``), and the list that goes
with it, after ``即`` or a colon, or before the number. It never looks at whether the count
agrees: an announcement whose number was mistyped is found just as one that is right, and
comparing the two is ``enumeration_count``'s job. Where the form leaves the list in doubt the
enumeration is not ``sure``, and the check only confirms it.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Literal

import regex

from extractor.checks.text import CN_NUMERALS, number_value, sentence
from extractor.facts import Analysis, OutlineNode
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
    words: tuple[str, ...] = field(default=(), compare=False)  # the pieces, for the message

    @property
    def count(self) -> int:
        return len(self.items)

    @property
    def extent(self) -> Place:
        """From the first named thing to the last."""
        return self.items[0][0], self.items[-1][1]


# ---- the regexes, from the tables --------------------------------------------------------


def _alternatives(words: Sequence[str]) -> str:
    return "|".join(regex.escape(w) for w in words)


_NUMBER = rf"(?<![.\d]){F.COUNT_NUMBER}"  # not the tail of 2.6 either
_ANNOUNCE = regex.compile(
    rf"""
    (?P<n>{_NUMBER})
    (?P<cls>{_alternatives(E.CLASSIFIERS)})
    (?P<noun>[\p{{Han}}“”]{{0,{E.MAX_NOUN_CHARS}}}?)
    (?P<intro>{_alternatives(E.INTRODUCERS)}|。(?=\s*(?:{E.SHI_POINT}|[{E.CIRCLED}])))
    """,
    regex.VERBOSE,
)
# a count inside a piece makes the pieces announcements, not names (锁定一个目标、聚焦四类…;
# 横盖五市、纵贯五级)
_ANNOUNCED_INSIDE = regex.compile(
    rf"{_NUMBER}(?:{_alternatives(E.CLASSIFIERS)}|[级位{E.LEVEL_CHARS}])"
)
_NOT_NOUN = regex.compile(_alternatives(E.NOT_NOUNS))
_BOUND_AFTER = regex.compile(_alternatives(E.BOUND_AFTER_NUMBER))

_BEFORE = regex.compile(
    rf"(?P<partial>{_alternatives(E.PARTIAL_BEFORE_NUMBER)})?(?P<open>“)?"
    rf"(?P<n>{_NUMBER})(?P<cls>{_alternatives(E.CLASSIFIERS_AFTER_LIST)})"
)
_SHI = regex.compile(E.SHI_POINT)
_PAREN = regex.compile(E.PAREN_POINT)
_CIRCLED = regex.compile(f"[{E.CIRCLED}]")
_PIECE_BEFORE = regex.compile(rf"[\p{{Han}}“”]{{1,{E.MAX_PIECE_BEFORE}}}")
_HAN_TAIL = regex.compile(r"[\p{Han}“”]{1,30}$")
_NUMERAL_ONLY = regex.compile(rf"[{CN_NUMERALS}\d]+")
_JOINER = regex.compile(rf"(?<=\p{{Han}})(?:{_alternatives(E.JOINERS)})(?=\p{{Han}})")
_ORDINAL_ANNOUNCE = regex.compile(rf"分(?P<n>{_NUMBER})(?P<unit>{_alternatives(E.ORDINAL_UNITS)})")
_PAIR = regex.compile(
    rf"“(?P<n1>[{CN_NUMERALS}])(?P<x>\p{{Han}})(?P<n2>[{CN_NUMERALS}])(?P<y>\p{{Han}})”"
)
_NOUN_AFTER = regex.compile(rf"\p{{Han}}{{1,{E.MAX_NOUN_AFTER_CHARS}}}")
_SENTENCE_END = regex.compile(r"[。;!?\n]")
_CLAUSE_BACK = regex.compile(r"[,;:。!?\n]", regex.REVERSE)
_QUOTES = "“”\"'"


# ---- pieces of a list --------------------------------------------------------------------


def _split(text: str, start: int, end: int, sep: str) -> list[Place]:
    """``text[start:end]`` cut at ``sep``, each piece trimmed of spaces and quotes."""
    out: list[Place] = []
    a = start
    for k in range(start, end + 1):
        if k == end or text[k] == sep:
            b = k
            x, y = a, b
            while x < y and (text[x].isspace() or text[x] in _QUOTES):
                x += 1
            while y > x and (text[y - 1].isspace() or text[y - 1] in _QUOTES + "的"):
                y -= 1
            if x < y:
                out.append((x, y))
            a = k + 1
    return out


def _joined(text: str, piece: Place) -> int:
    """How many joiners (和/及/与) stand inside the piece."""
    return len(_JOINER.findall(text, *piece))


def _counts(text: str, pieces: Sequence[Place]) -> frozenset[int]:
    """What a 、-list counts: its pieces, plus one for a 和 that joins the last two (软件信息、科技
    服务和商务服务), which may also stand inside a name (汽车制造与服务)."""
    n = len(pieces)
    extra = _joined(text, pieces[-1]) + (_joined(text, pieces[0]) if len(pieces) > 1 else 0)
    return frozenset(range(n, n + extra + 1))


def _parallel(text: str, pieces: Sequence[Place]) -> bool:
    """Clauses built alike: 必须维护…,必须维护…,必须遵循… / 搞…的有之,搞…的有之."""
    if len(pieces) < 2 or any(b - a < 3 for a, b in pieces):
        return False
    heads = {text[a : a + 2] for a, _ in pieces}
    tails = {text[b - 2 : b] for _, b in pieces}
    return len(heads) == 1 or len(tails) == 1


def _list_in(text: str, start: int, end: int) -> tuple[list[Place], bool] | None:
    """The named things of ``text[start:end]`` (one sentence after a colon): a 、-list, or clauses
    built alike; (pieces, sure)."""
    if start >= end:
        return None
    if "," not in text[start:end]:
        pieces = _split(text, start, end, "、")
        if len(pieces) < 2 or any(b - a > E.MAX_PIECE_AFTER for a, b in pieces):
            return None
        return pieces, True
    clauses = _split(text, start, end, ",")
    if _parallel(text, clauses):
        return clauses, True
    return None


# ---- points ------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Point:
    start: int
    end: int
    value: int | None


def _points_in(text: str, start: int, end: int) -> list[_Point]:
    """The points of one style marked in ``text[start:end]``: the style of the first marker."""
    found: list[tuple[int, str, _Point]] = []
    for m in _SHI.finditer(text, start, end):
        if m.start() == start or text[m.start() - 1] in E.CLAUSE_OPENERS:
            found.append((m.start(), "shi", _Point(m.start(), m.end(), number_value(m["num"]))))
    for m in _CIRCLED.finditer(text, start, end):
        value = E.CIRCLED.index(m.group()) + 1
        found.append((m.start(), "circled", _Point(m.start(), m.end(), value)))
    for m in _PAREN.finditer(text, start, end):
        found.append((m.start(), "paren", _Point(m.start(), m.end(), number_value(m["num"]))))
    if not found:
        return []
    found.sort(key=lambda f: f[0])
    style = found[0][1]
    return [p for _, s, p in found if s == style]


def _in_order(marks: Sequence[int | None]) -> bool:
    """Points that run 1, 2, 3…, but for at most one (a slip the check names): two lists, or a
    run that does not start at one, are not one list."""
    wrong = sum(v != k for k, v in enumerate(marks, 1))
    return len(marks) >= 2 and wrong <= 1


def _in_a_word(text: str, at: int) -> bool:
    """Whether the numeral at ``at`` is part of a word (统一大市场, 一大批), not a count."""
    return any(text.startswith(w, at - k) for w in E.WORDS_WITH_A_NUMERAL for k in range(len(w)))


def _noun_end(text: str, at: int, hi: int) -> int:
    """Where the noun after a classifier ends, for the message: 三大|先导产业."""
    m = _NOUN_AFTER.match(text, at, hi)
    return m.end() if m else at


def _first_list(points: Sequence[_Point]) -> list[_Point]:
    """The points up to where a second list begins: a point marked 1 after a run 1, 2, … and
    followed by one marked 2. A lone 1 later on is a slip in the one list."""
    for k in range(1, len(points) - 1):
        before = [p.value for p in points[:k]]
        if points[k].value == 1 and points[k + 1].value == 2 and before == list(range(1, k + 1)):
            return list(points[:k])
    return list(points)


@dataclass(frozen=True)
class _List:
    """The list found after an announcement, before it is joined to its number."""

    form: str
    items: tuple[Place, ...]
    counts: frozenset[int]
    sure: bool
    marks: tuple[int | None, ...] = ()
    restated: Place | None = None
    restated_value: int | None = None


def _named(text: str, form: str, pieces: Sequence[Place], sure: bool) -> _List:
    """Named things (a 、-list, a quoted list, parallel clauses)."""
    return _List(form, tuple(pieces), _counts(text, pieces), sure)


def _marked(form: str, marked: Sequence[tuple[Place, int | None]]) -> _List:
    """Points or headings, each with the number it is marked with: sure when they run in order."""
    marks = tuple(v for _, v in marked)
    items = tuple(p for p, _ in marked)
    return _List(form, items, frozenset({len(items)}), _in_order(marks), marks)


# ---- the forms ---------------------------------------------------------------------------


@dataclass
class _Finder:
    a: Analysis
    claimed: set[int] = field(default_factory=set)  # where numbers already announced stand
    out: list[Enumeration] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.a.tm.text

    def line_end(self, pos: int) -> int:
        end = self.text.find("\n", pos, self.a.body[1])
        return self.a.body[1] if end < 0 else end

    def add(self, e: Enumeration) -> None:
        if e.number[0] in self.claimed or not e.items:
            return
        self.claimed.add(e.number[0])
        if e.restated is not None:
            self.claimed.add(e.restated[0])
        self.out.append(e)

    def clause_start(self, pos: int) -> int:
        lo = max(self.a.body[0], pos - E.MAX_PIECE_AFTER)
        m = _CLAUSE_BACK.search(self.text, lo, pos)
        return m.end() if m else lo

    def bound_before(self, pos: int) -> Bound:
        before = self.text[max(self.a.body[0], pos - 4) : pos]
        return "at_least" if any(before.endswith(w) for w in E.AT_LEAST_BEFORE) else "exact"

    # -- 四类贫困人口即… / 五大工程: … / 十个方面工作: --------------------------------------

    def after(self) -> None:
        text, (lo, hi) = self.text, self.a.body
        for m in _ANNOUNCE.finditer(text, lo, hi):
            n = number_value(m["n"])
            if n is None:
                continue
            phrase = (m.start(), m.end("noun"))
            if _in_a_word(text, m.start("n")):
                continue  # 全国统一大市场, 一大批: a word, not a count
            if _NOT_NOUN.match(m["noun"]):
                continue  # 二个月, 一项或者多项, 2.6个百分点
            clause = text[self.clause_start(m.start()) : m.start()]
            if "、" in clause and _ANNOUNCED_INSIDE.search(clause):
                continue  # one of several announcements (两个基地、两个枢纽、两个网络:)
            found = self.list_after(m)
            if found is not None:
                self.add(
                    Enumeration(
                        form=found.form,
                        announced=n,
                        number=(m.start("n"), m.end("n")),
                        phrase=phrase,
                        items=found.items,
                        counts=found.counts,
                        sure=found.sure,
                        bound=self.bound_before(m.start()),
                        marks=found.marks,
                        restated=found.restated,
                        restated_value=found.restated_value,
                        words=tuple(text[a:b] for a, b in found.items),
                    )
                )

    def list_after(self, m: regex.Match[str]) -> _List | None:
        text = self.text
        start = m.end()
        end = self.line_end(start)
        stop_m = _SENTENCE_END.search(text, start, end)
        stop = stop_m.start() if stop_m else end
        rest = text[start:end]
        # a quoted list: 八个到位即“组织领导到位、谋划对接到位、…”
        if rest.lstrip().startswith("“"):
            q = start + rest.index("“") + 1
            close = text.find("”", q, end)
            if close > q:
                pieces = _split(text, q, close, "、")
                if pieces:
                    return _named(text, "quoted", pieces, sure=True)
        # said again after the list: 即聚焦因病、因学、…致贫的四类贫困人口
        again = regex.compile(rf"(?P<n>{_NUMBER}){regex.escape(m['cls'])}")
        r = again.search(text, start, stop)
        if r is not None and m["intro"] == "即":
            pieces = _split(text, start, r.start(), "、")
            if len(pieces) >= 2:
                return _List(
                    "restated",
                    tuple(pieces),
                    _counts(text, pieces),
                    sure=True,
                    restated=(r.start(), r.end("n")),
                    restated_value=number_value(r["n"]),
                )
        # points marked in the paragraph: 三类违法行为:一是…,二是…,三是…
        points = _points_in(text, start, end)
        if points and points[0].start - start <= 2:
            return _marked("points", [((p.start, p.end), p.value) for p in points])
        if not text[start:end].strip():
            return self.list_below(start, end, names=m["intro"] != "。")
        if m["intro"] == "。":
            return None
        found = _list_in(text, start, stop)
        if found is None:
            return None
        return _named(text, "after", *found)

    def list_below(self, colon: int, line_end: int, names: bool = True) -> _List | None:
        """A line that ends in the announcement: the headings under it, the points that open the
        next lines, or (after a colon, ``names``) the next line's 、-list (a glossary's
        ``四大主导产业：`` / ``旅游业、…``)."""
        text, hi = self.text, self.a.body[1]
        nxt = line_end
        while nxt < hi and text[nxt].isspace():
            nxt += 1
        if nxt >= hi:
            return None
        headings = self.headings_after(colon, nxt)
        if headings:
            marked = [((h.heading.start, h.heading.title_end), h.heading.value) for h in headings]
            return _marked("headings", marked)
        points = self.line_points(nxt)
        if points:
            return _marked("points", [((p.start, p.end), p.value) for p in points])
        if not names:
            return None
        end = self.line_end(nxt)
        stop_m = _SENTENCE_END.search(text, nxt, end)
        if stop_m is not None and text[stop_m.end() : end].strip():
            return None  # more than one sentence: prose, not a list
        found = _list_in(text, nxt, stop_m.start() if stop_m else end)
        if found is None:
            return None
        return _named(text, "below", *found)

    def headings_after(self, colon: int, nxt: int) -> list[OutlineNode]:
        """The numbered headings that start on the line after ``colon``, and their siblings."""
        parent = self.a.node_at(colon)
        siblings = (
            parent.children if parent is not None else [n for n in self.a.nodes if not n.parent]
        )
        after = [n for n in siblings if n.start >= nxt]
        if not after or after[0].heading.start != nxt:
            return []
        style = after[0].heading.style
        return [n for n in after if n.heading.style == style]

    def line_points(self, nxt: int) -> list[_Point]:
        """是-points that open the lines from ``nxt`` on, until a heading or a long gap."""
        text, hi = self.text, self.a.body[1]
        heading_starts = {n.heading.start for n in self.a.nodes}
        out: list[_Point] = []
        gap = 0
        pos = nxt
        while pos < hi and gap <= E.MAX_PARAGRAPHS_BETWEEN_POINTS:
            end = self.line_end(pos)
            line = text[pos:end]
            first = pos + len(line) - len(line.lstrip())
            if first in heading_starts:
                break
            m = _SHI.match(text, first, end)
            if m is not None:
                out.append(_Point(m.start(), m.end(), number_value(m["num"])))
                gap = 0
            elif line.strip():
                if not out:
                    return []  # the next line must open the list
                gap += 1
            pos = end + 1
        return _first_list(out)

    # -- 省、市、县、乡四级 / 集成电路、生物医药、人工智能三大 ---------------------------------

    def before(self) -> None:
        text, (lo, hi) = self.text, self.a.body
        for m in _BEFORE.finditer(text, lo, hi):
            if m.start("n") in self.claimed:
                continue
            n = number_value(m["n"])
            if n is None or _in_a_word(text, m.start("n")):
                continue
            if _BOUND_AFTER.match(text, m.end()):
                continue  # 乡乡基本通三级以上公路: a grade and above
            head = m.start()
            grade = m["cls"] == "级" and m["n"] in E.GRADE_NUMBERS
            found = None if grade else self.pieces_before(max(lo, head - 80), head)
            bound: Bound = "at_most" if m["partial"] else self.bound_before(head)
            number = (m.start("n"), m.end("n"))
            phrase = (number[0], _noun_end(text, m.end(), hi))
            if found is not None:
                pieces, sure = found
                self.add(
                    Enumeration(
                        form="before",
                        announced=n,
                        number=number,
                        phrase=phrase,
                        items=tuple(pieces),
                        counts=_counts(text, pieces),
                        sure=sure,
                        bound=bound,
                        words=tuple(text[a:b] for a, b in pieces),
                    )
                )
            elif m["cls"] == "级" and not m["partial"] and not m["open"]:
                self.levels(m, n, number, phrase, fewest=3 if grade else 2)

    def pieces_before(self, lo: int, end: int) -> tuple[list[Place], bool] | None:
        """The 、-list that ends at ``end`` (its first piece cut to its last words), or the
        quoted list that closes there (“文化引领、民生幸福、国际交流”六大); and whether its
        pieces are short enough to be names rather than clauses. None when the pieces are not
        names (a numeral, a count of their own), or the number is not the list's (a 、 or a 和
        right before it begins another piece; 入选全国十大 ranks them)."""
        text = self.text
        q = text.rfind("“", lo, end - 1) if text[end - 1 : end] == "”" else -1
        if q >= 0 and "、" in text[q:end]:  # the list is the quote's
            if "," in text[q:end]:
                return None
            lo, end = q + 1, end - 1
        parts = text[lo:end].split("、")
        k = len(parts) - 1
        while k > 0 and _PIECE_BEFORE.fullmatch(parts[k]):
            k -= 1
        parts = parts[k:]
        if len(parts) < 2 or any(not _PIECE_BEFORE.fullmatch(p) for p in parts[1:]):
            return None
        first = _HAN_TAIL.search(parts[0])
        if first is None:
            return None
        spans: list[Place] = []
        pos = end - len("、".join(parts))
        for k, p in enumerate(parts):
            a = pos + (len(p) - min(len(first.group()), 6) if k == 0 else 0)
            spans.append((a, pos + len(p)))
            pos += len(p) + 1
        for a, b in spans:
            if _NUMERAL_ONLY.fullmatch(text, a, b) or _ANNOUNCED_INSIDE.search(text, a, b):
                return None
        last = text[spans[-1][0] : spans[-1][1]].strip(_QUOTES)
        if not last or any(last.endswith(w) for w in E.JOINERS):
            return None  # 、“五大…” / …及十大…: the number opens a piece of its own
        if any(w in last if len(w) > 1 else last.endswith(w) for w in E.NOT_A_COUNT_OF_THE_LIST):
            return None  # 改建乡道不低于三级: a grade; 入选全国十大: a ranking
        sure = all(b - a <= E.MAX_NAME_CHARS for a, b in spans[1:])
        return spans, sure

    def levels(
        self, m: regex.Match[str], n: int, number: Place, phrase: Place, fewest: int
    ) -> None:
        """省市县乡村五级 / 县乡村三级: one character a level, 乡镇 one level. At least
        ``fewest`` levels: 一级 and 二级 are grades, but not after three levels (村一级 is
        "at the village's level")."""
        text, lo = self.text, self.a.body[0]
        start = m.start()
        while start > lo and text[start - 1] in E.LEVEL_CHARS:
            start -= 1
        items: list[Place] = []
        k = start
        while k < m.start():
            width = 2 if text[k : k + 2] in E.ONE_LEVEL_PAIRS else 1
            items.append((k, k + width))
            k += width
        if len(items) < fewest or len({text[a:b] for a, b in items}) < len(items):
            return
        # the first level may belong to the word before it (全市县乡村…)
        joined = start > lo and regex.match(r"\p{Han}", text[start - 1]) is not None
        counts = frozenset({len(items), len(items) - 1} if joined else {len(items)})
        self.add(
            Enumeration(
                form="levels",
                announced=n,
                number=number,
                phrase=(start, phrase[1]),
                items=tuple(items),
                counts=counts,
                sure=True,
                words=tuple(text[a:b] for a, b in items),
            )
        )

    # -- “三改一整” / 分三年…第一年… / a figure's parts --------------------------------------

    def pairs(self) -> None:
        """改厨、改厕、改客房、整理院落“三改一整”: as many 改 and 整 pieces as the numbers say."""
        text, lo = self.text, self.a.body[0]
        for m in _PAIR.finditer(text, *self.a.body):
            found = self.pieces_before(max(lo, m.start() - 60), m.start())
            n1, n2 = number_value(m["n1"]), number_value(m["n2"])
            if found is None or n1 is None or n2 is None:
                continue
            pieces = found[0]
            words = [text[a:b] for a, b in pieces]
            xs = [p for p, w in zip(pieces, words, strict=True) if w.startswith(m["x"])]
            ys = [p for p, w in zip(pieces, words, strict=True) if w.startswith(m["y"])]
            if len(xs) + len(ys) != len(pieces) or not xs or not ys:
                continue  # not pieces built from the two words
            for value, num, named in ((n1, "n1", xs), (n2, "n2", ys)):
                self.add(
                    Enumeration(
                        form="pair",
                        announced=value,
                        number=(m.start(num), m.end(num)),
                        phrase=(m.start(), m.end()),
                        items=tuple(named),
                        counts=frozenset({len(named)}),
                        sure=True,
                        words=tuple(text[a:b] for a, b in named),
                    )
                )

    def ordinals(self) -> None:
        """分三年…,第一年…,第二年…,第三年…: the ordinals in the same sentence."""
        text, (lo, hi) = self.text, self.a.body
        for m in _ORDINAL_ANNOUNCE.finditer(text, lo, hi):
            n = number_value(m["n"])
            if n is None:
                continue
            _, stop = sentence(text, m.end(), m.end(), lo)
            ordinal = regex.compile(rf"第(?P<num>[{CN_NUMERALS}]{{1,3}}|\d{{1,2}}){m['unit']}")
            found = list(ordinal.finditer(text, m.end(), min(stop, hi)))
            if not found:
                continue
            marks = tuple(number_value(o["num"]) for o in found)
            items = tuple((o.start(), o.end()) for o in found)
            self.add(
                Enumeration(
                    form="ordinals",
                    announced=n,
                    number=(m.start("n"), m.end("n")),
                    phrase=(m.start(), m.end()),
                    items=items,
                    counts=frozenset({len(items)}),
                    sure=marks == tuple(range(1, len(marks) + 1)),  # ordinals are never slips
                    marks=marks,
                    words=tuple(text[a:b] for a, b in items),
                )
            )

    def figures(self) -> None:
        """分三年…,2019年…,2020年…: a figure's parts after 分N年, which the figure may have
        found by their count, so a count that differs says nothing."""
        text, lo = self.text, self.a.body[0]
        announced = regex.compile(rf"分(?P<n>{_NUMBER})年")
        for fig in self.a.figures:
            s, _ = sentence(text, fig.start, fig.start, lo)
            for m in announced.finditer(text, s, fig.total[0].start):
                n = number_value(m["n"])
                if n is None:
                    continue
                self.add(
                    Enumeration(
                        form="figure",
                        announced=n,
                        number=(m.start("n"), m.end("n")),
                        phrase=(m.start(), m.end()),
                        items=tuple((p.start, p.end) for p in fig.parts),
                        counts=frozenset({len(fig.parts)}),
                        sure=False,
                        words=tuple(p.label for p in fig.parts),
                    )
                )


def find_enumerations(a: Analysis) -> list[Enumeration]:
    """Every announcement whose list the text's form shows, in document order."""
    finder = _Finder(a)
    finder.after()
    finder.ordinals()
    finder.pairs()
    finder.before()
    finder.figures()
    return sorted(finder.out, key=lambda e: (e.number[0], e.form))


def iter_sure(found: Sequence[Enumeration]) -> Iterator[Enumeration]:
    """The enumerations a mismatch would fail."""
    return (e for e in found if e.sure)
