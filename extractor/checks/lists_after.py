"""Lists an announcement opens: ``四类贫困人口即…``, ``六大领域：…``, ``十个方面工作：`` and the
headings under it, ``分三年…第一年…``. See ``checks/lists.py`` for what is found and why the count
is never looked at."""

from __future__ import annotations

import re
from collections.abc import Iterator

import regex

from extractor.checks.lists import (
    ANNOUNCED_INSIDE,
    COUNT_REACH,
    NOT_NOUN,
    NUMBER,
    SENTENCE_END,
    SHI,
    Enumeration,
    Listed,
    Point,
    alternatives,
    bound_before,
    counts_of,
    first_list,
    in_a_word,
    line_end,
    list_in,
    marked,
    named,
    near_counts,
    points_in,
    split,
)
from extractor.checks.text import (
    CN_NUMERALS,
    number_value,
    opened_matches,
    sentence,
    sentence_start,
)
from extractor.facts import Analysis, OutlineNode
from extractor.tables import enumerations as E

_PAREN_POINT_AHEAD = E.PAREN_POINT.replace("(?P<num>", "(?:")  # (1), its group unnamed
_ANNOUNCE = regex.compile(
    rf"""
    (?P<n>{NUMBER})
    (?P<cls>{alternatives(E.CLASSIFIERS)})
    (?P<noun>[\p{{Han}}“”]{{0,{E.MAX_NOUN_CHARS}}}?)
    (?P<intro>{alternatives(E.INTRODUCERS)}
      |。(?=\s*(?:{E.SHI_POINT}|[{E.CIRCLED}])|[ \t]*\n|\s*{_PAREN_POINT_AHEAD})
      |(?=[ \t]*\n))
    (?!(?<=即)(?:{alternatives(E.NOT_NAMELY_AFTER_JI)}))
    """,
    regex.VERBOSE,
)
_CLAUSE_BACK = regex.compile(r"[,;:。!?\n]", regex.REVERSE)
_ORDINAL_ANNOUNCE = regex.compile(rf"分(?P<n>{NUMBER})(?P<unit>{alternatives(E.ORDINAL_UNITS)})")
# Where an _ORDINAL_ANNOUNCE opens: 分 and a count's first character (F.COUNT_NUMBER; any astral
# one too, where stdlib's \d may lag the regex module's); the regex is tried only there (one
# stdlib scan, a fifth of the regex module's).
_ORDINAL_OPENING = re.compile("分(?=[一两二三四五六七八九十\\d\U00010000-\U0010ffff])")
_YEARS_ANNOUNCE = regex.compile(rf"分(?P<n>{NUMBER})年")


def _clause_start(a: Analysis, pos: int) -> int:
    lo = max(a.body[0], pos - E.MAX_PIECE_AFTER)
    m = _CLAUSE_BACK.search(a.tm.text, lo, pos)
    return m.end() if m else lo


# ---- 四类贫困人口即… / 五大工程: … / 十个方面工作: ------------------------------------------


def announced(a: Analysis) -> Iterator[Enumeration]:
    """Each announcement (a number, a classifier, a noun, then 即 or a colon) and its list."""
    text, (lo, hi) = a.tm.text, a.body
    for m in near_counts(_ANNOUNCE, text, lo, hi, COUNT_REACH):
        n = number_value(m["n"])
        if n is None:
            continue
        if in_a_word(text, m.start("n")):
            continue  # 全国统一大市场, 一大批: a word, not a count
        if NOT_NOUN.match(m["noun"]):
            continue  # 二个月, 一项或者多项, 2.6个百分点
        clause = text[_clause_start(a, m.start()) : m.start()]
        if "、" in clause and ANNOUNCED_INSIDE.search(clause):
            continue  # one of several announcements (两个基地、两个枢纽、两个网络:)
        found = _list_after(a, m)
        if found is not None:
            yield Enumeration(
                form=found.form,
                announced=n,
                number=(m.start("n"), m.end("n")),
                phrase=(m.start(), m.end("noun")),
                items=found.items,
                counts=found.counts,
                sure=found.sure,
                bound=bound_before(a, m.start()),
                marks=found.marks,
                restated=found.restated,
                restated_value=found.restated_value,
            )


def _list_after(a: Analysis, m: regex.Match[str]) -> Listed | None:
    text = a.tm.text
    start = m.end()
    end = line_end(a, start)
    stop_m = SENTENCE_END.search(text, start, end)
    stop = stop_m.start() if stop_m else end
    rest = text[start:end]
    # a quoted list: 八个到位即“组织领导到位、谋划对接到位、…”
    if rest.lstrip().startswith("“"):
        q = start + rest.index("“") + 1
        close = text.find("”", q, end)
        if close > q:
            pieces = split(text, q, close, "、")
            if pieces:
                return named(text, "quoted", pieces, sure=True)
    # said again after the list: 即聚焦因病、因学、…致贫的四类贫困人口
    again = regex.compile(rf"(?P<n>{NUMBER}){regex.escape(m['cls'])}")
    r = again.search(text, start, stop)
    if r is not None and m["intro"].endswith("即"):
        pieces = split(text, start, r.start(), "、")
        if len(pieces) >= 2:
            return Listed(
                "restated",
                tuple(pieces),
                counts_of(text, pieces),
                sure=True,
                restated=(r.start(), r.end("n")),
                restated_value=number_value(r["n"]),
            )
    # points marked in the paragraph: 三类违法行为:一是…,二是…,三是…
    points = points_in(text, start, end)
    if points and points[0].start - start <= 2:
        after_stop = m["intro"] == "。" and text[points[0].start] == "("
        if after_stop and not _names_its_headings(m["cls"], m["noun"]):
            return None  # (1)… after a full stop: only a count of parts of work
        return marked("points", [((p.start, p.end), p.value) for p in points])
    if not text[start:end].strip():
        stopped = m["intro"] in ("。", "")  # a full stop, or a heading's title, ends the line
        if stopped and not _names_its_headings(m["cls"], m["noun"]):
            return None  # “四类人员”管控。 / (一)所有确诊病例…: the headings are measures
        return _list_below(a, start, end, names=not stopped)
    if m["intro"] in ("。", ""):
        return None
    if m["intro"].endswith((":", "包括")):
        clauses = _semicolon_pieces(text, start, end)
        if clauses is not None:
            return named(text, "after", clauses, sure=True)
    found = list_in(text, start, stop)
    if found is None:
        return None
    return named(text, "after", *found)


def _semicolon_pieces(text: str, start: int, end: int) -> list[tuple[int, int]] | None:
    """The clauses after a colon parted by ; up to the sentence's 。: 包括：完成老旧小区改造600个；
    治理中心城区交通堵乱点60处；…"""
    start += text.startswith(":", start)  # ,包括: the colon after the introducer
    stop = text.find("。", start, end)
    if stop < 0 or text.count(";", start, stop) + 1 < E.MIN_SEMICOLON_PIECES:
        return None
    pieces = split(text, start, stop, ";")
    if any(b - a > E.MAX_SEMICOLON_PIECE_CHARS for a, b in pieces):
        return None
    return pieces


def _names_its_headings(classifier: str, noun: str) -> bool:
    """Whether a sentence that ends its line with the count (重点抓好八个方面工作。) announces
    the headings under it: only a count of the plan's own parts of work does."""
    return classifier in E.FULL_STOP_CLASSIFIERS or noun.rstrip("“”").endswith(E.FULL_STOP_NOUNS)


def _list_below(a: Analysis, colon: int, end_of_line: int, names: bool = True) -> Listed | None:
    """A line that ends in the announcement: the headings under it, the points that open the
    next lines, or (after a colon, ``names``) the next line's 、-list (a glossary's
    ``四大主导产业：`` / ``旅游业、…``)."""
    text, hi = a.tm.text, a.body[1]
    nxt = end_of_line
    while nxt < hi and text[nxt].isspace():
        nxt += 1
    if nxt >= hi:
        return None
    headings = _headings_after(a, colon, nxt)
    if headings:
        heads = [((h.heading.start, h.heading.title_end), h.heading.value) for h in headings]
        return marked("headings", heads)
    points = _line_points(a, nxt)
    if points:
        return marked("points", [((p.start, p.end), p.value) for p in points])
    if not names:
        return None
    end = line_end(a, nxt)
    stop_m = SENTENCE_END.search(text, nxt, end)
    if stop_m is not None and text[stop_m.end() : end].strip():
        return None  # more than one sentence: prose, not a list
    found = list_in(text, nxt, stop_m.start() if stop_m else end)
    if found is None:
        return None
    return named(text, "below", *found)


def _headings_after(a: Analysis, colon: int, nxt: int) -> list[OutlineNode]:
    """The numbered headings that start on the line after ``colon``, and their siblings."""
    parent = a.node_at(colon)
    siblings = parent.children if parent is not None else [n for n in a.nodes if not n.parent]
    after = [n for n in siblings if n.start >= nxt]
    if not after or after[0].heading.start != nxt:
        return []
    style = after[0].heading.style
    return [n for n in after if n.heading.style == style]


def _line_points(a: Analysis, nxt: int) -> list[Point]:
    """是-points that open the lines from ``nxt`` on, until a heading or a long gap."""
    text, hi = a.tm.text, a.body[1]
    heading_starts = {n.heading.start for n in a.nodes}
    out: list[Point] = []
    gap = 0
    pos = nxt
    while pos < hi and gap <= E.MAX_PARAGRAPHS_BETWEEN_POINTS:
        end = line_end(a, pos)
        line = text[pos:end]
        first = pos + len(line) - len(line.lstrip())
        if first in heading_starts:
            break
        m = SHI.match(text, first, end)
        if m is not None:
            out.append(Point(m.start(), m.end(), number_value(m["num"])))
            gap = 0
        elif line.strip():
            if not out:
                return []  # the next line must open the list
            gap += 1
        pos = end + 1
    return first_list(out)


# ---- 分三年…第一年… / a figure's parts -----------------------------------------------------


def ordinals(a: Analysis) -> Iterator[Enumeration]:
    """分三年…,第一年…,第二年…,第三年…: the ordinals in the same sentence."""
    text, (lo, hi) = a.tm.text, a.body
    for m in opened_matches(_ORDINAL_ANNOUNCE, _ORDINAL_OPENING, text, lo, hi):
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
        yield Enumeration(
            form="ordinals",
            announced=n,
            number=(m.start("n"), m.end("n")),
            phrase=(m.start(), m.end()),
            items=items,
            counts=frozenset({len(items)}),
            sure=marks == tuple(range(1, len(marks) + 1)),  # ordinals are never slips
            marks=marks,
        )


def figure_years(a: Analysis) -> Iterator[Enumeration]:
    """分三年…,2019年…,2020年…: a figure's parts after 分N年, which the figure may have
    found by their count, so a count that differs says nothing."""
    text, lo = a.tm.text, a.body[0]
    for fig in a.figures:
        s = sentence_start(text, fig.start, lo)
        for m in _YEARS_ANNOUNCE.finditer(text, s, fig.total[0].start):
            n = number_value(m["n"])
            if n is None:
                continue
            yield Enumeration(
                form="figure",
                announced=n,
                number=(m.start("n"), m.end("n")),
                phrase=(m.start(), m.end()),
                items=tuple((p.start, p.end) for p in fig.parts),
                counts=frozenset({len(fig.parts)}),
                sure=False,
            )
