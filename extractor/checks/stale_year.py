"""Stale years: a year written where the document's own year belongs, and it is another one.

A template copied from last year keeps last year's number in places: a 2024 final account
whose heading still reads ``2023年度部门决算情况说明``, whose assets stand
``截至2023年12月31日``, or whose text says
``…自然资源局2023年度收入支出总计9859.38万元``. The document's year is its title's (one year,
no period), the first source ``years.py`` trusts. Other years are named for good reasons
(``与2023年度相比``, ``2019年以来``, ``到2025年``, ``2024年工作回顾`` in a 2025 report), so
only the document's own frames count, the grammar in ``tables/stale_year.py``:

- **the title restated**: a heading or short line that repeats the title's words after its
  year with another year (``2017年精准扶贫工作计划`` in ``石景山区2018年精准扶贫工作计划``);
- in a report on its year (决算, 年度报告, 总结), also **its year-end date**
  (``截至2023年12月31日``), **a heading of its year**
  (``二、2023年度收入支出决算总体情况说明``) and **its own figures**: a clause that starts with
  an earlier year, alone or after the issuer (``本部门``, the title's issuer), and is about
  the report's own year (``2023年度收入支出总计9859.38万元``).

When those frames name one other year more often than the title's (at least twice), the title
is the stale one, a cover set back a year over a body that kept its own: one ``warn`` at the
title's year, quoting the frames, stands for them. Each is a ``warn``; one ``pass`` when the
rule ran and found nothing.
"""

from __future__ import annotations

import regex

from extractor.checks.base import make_check as _check
from extractor.checks.text import sentence, words
from extractor.facts import Analysis
from extractor.model import Check
from extractor.tables import stale_year as T

_YEAR = regex.compile(r"(?<![\d.])(?P<year>(?:19|20)\d{2})\s*年(?P<du>\s*度)?")
_YEAR_END = regex.compile(T.YEAR_END)
_TITLE_YEAR = regex.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
_PERIOD = regex.compile(r"(?:19|20)\d{2}\s*年?\s*[—–\-~～至到]")
_SPACE = regex.compile(r"\s+")
_CLAUSE_BACK = regex.compile(r"[,，;；:：。!?！？](?=[^,，;；:：。!?！？]*$)")
_CLAUSE = regex.compile(r"[,，;；:：。!?！？]")
# A heading's number before the year: 一、 (一) 1. 第三部分
_MARKER = regex.compile(
    r"(?:第[一二三四五六七八九十\d]{1,3}[部分章节条]+|[一二三四五六七八九十]{1,3}、"
    r"|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.、．])?"
)
_MONTH = regex.compile(r"\s*\d{1,2}\s*月")
_PROJECT_PERIOD = regex.compile(T.PROJECT_PERIOD)


def _squeeze(s: str) -> str:
    return _SPACE.sub("", s)


class _Own:
    """The document's own year and the frames its title gives."""

    def __init__(self, a: Analysis) -> None:
        assert a.title_at is not None
        assert a.year is not None
        self.year = a.year
        self.title_at = a.title_at
        self.title = _squeeze(a.tm.text[a.title_at[0] : a.title_at[1]])
        m = _TITLE_YEAR.search(self.title)
        assert m is not None
        rest = self.title[m.end() :].removeprefix("年").removeprefix("度")
        self.suffix = rest[:8]  # the words after the title's year: 精准扶贫工作计划, 部门决算
        self.prefix = self.title[: m.start()]  # the issuer: 上海市普陀区规划和自然资源局
        self.report = any(g in self.title for g in T.REPORT_GENRES)
        self.budget = not self.report and any(g in self.title for g in T.BUDGET_GENRES)


def _own_year(a: Analysis) -> _Own | None:
    """The document's year when its title names it, once and not as a period."""
    if a.year is None or a.title_at is None:
        return None
    title = _squeeze(a.tm.text[a.title_at[0] : a.title_at[1]])
    years = {int(y) for y in _TITLE_YEAR.findall(title)}
    if years != {a.year} or len(_TITLE_YEAR.findall(title)) != 1 or _PERIOD.search(title):
        return None
    return _Own(a)


def _starts_line(a: Analysis, pos: int) -> bool:
    """Whether the line at ``pos`` starts a paragraph or a heading rather than continuing a
    paragraph the layout wrapped: the line before is empty, short, ends a sentence or is a
    heading (a PDF's text breaks every ~30 characters, mid-word)."""
    text = a.tm.text
    if pos <= a.body[0]:
        return True
    prev_start = text.rfind("\n", a.body[0], pos - 1) + 1 or a.body[0]
    prev = text[prev_start : pos - 1].strip()
    if not prev or len(prev) <= T.SHORT_LINE_CHARS or prev[-1] in T.SENTENCE_ENDS:
        return True
    node = a.node_at(prev_start)
    return node is not None and prev_start <= node.heading.start < pos


def _line(a: Analysis, at: int) -> tuple[int, int]:
    """The logical line around ``at``: from the start of its paragraph's line (past the lines a
    layout wrapped) or the last full stop, to the end of its physical line."""
    text = a.tm.text
    lo, hi = a.body
    start = text.rfind("\n", lo, at) + 1 or lo
    while start > lo and not _starts_line(a, start):
        start = text.rfind("\n", lo, start - 1) + 1 or lo
    stop = text.rfind("。", start, at)
    start = max(start, stop + 1, lo)
    end = text.find("\n", at, hi)
    return start, hi if end < 0 else end


def _in_quotes(text: str, line_start: int, at: int) -> bool:
    """Inside 《…》 or “…”: the name of another document."""
    before = text[line_start:at]
    return before.count("《") > before.count("》") or before.count("“") > before.count("”")


def _common_suffix(x: str, y: str) -> int:
    n = 0
    while n < min(len(x), len(y)) and x[-1 - n] == y[-1 - n]:
        n += 1
    return n


def _names_issuer(lead: str, own: _Own) -> bool:
    """Whether ``lead`` ends with the title's issuer (…规划和自然资源局, …规划与自然资源局)."""
    return _common_suffix(lead, own.prefix) >= T.ISSUER_TAIL_CHARS


def _compared(lead: str, own: _Own) -> bool:
    """Whether the words just before a year compare with it (与 2023 年度相比, 比2023年); the
    issuer's name is not read for them (自然资源局 is no 自)."""
    if _names_issuer(lead, own):
        at = lead.rfind(own.prefix[:3])
        lead = lead[:at] if at >= 0 else lead[: -_common_suffix(lead, own.prefix)]
    return any(w in lead[-6:] for w in T.COMPARING_BEFORE)


def _heading_like(a: Analysis, at: int, line: tuple[int, int]) -> bool:
    """A heading of the outline, or a short line of its own: a table's title, a cover line."""
    node = a.node_at(at)
    if node is not None and node.heading.start <= at < node.heading.title_end:
        return True
    raw = a.tm.text[line[0] : line[1]]
    shown = _squeeze(raw)
    if "|" in shown or "\t" in raw:
        return False  # a table's row: a 2023年度决算数 column compares
    return len(shown) <= T.HEADING_LINE_CHARS and _starts_line(a, line[0])


def _reviews(s: str) -> bool:
    return any(w in s for w in T.REVIEW_WORDS)


def check_stale_year(a: Analysis) -> list[Check]:
    """A year written in the document's own frame that is not the document's year."""
    own = _own_year(a)
    if own is None:
        return []
    text = a.tm.text
    lo, hi = a.body
    found: dict[int, Check] = {}
    title_span = a.tm.span(*own.title_at)

    def warn(start: int, end: int, year: str, what: str, expected: int | None = None) -> None:
        if start in found:
            return
        s, e = sentence(text, start, end, lo)
        message = (
            f"the document's year is {own.year} (“{own.title}”), but {what} {year}: "
            f"“{_squeeze(words(a, s, e))}”"
        )
        found[start] = _check(
            "stale_year",
            "warn",
            message,
            [a.tm.span(start, end), title_span],
            expected=str(own.year if expected is None else expected),
            actual=year,
        )

    frames: list[tuple[int, int, int]] = []  # the title's frames restated: (year, start, end)
    if own.report:
        for m in _YEAR_END.finditer(text, lo, hi):
            frames.append((int(m["year"]), m.start(), m.end()))
            if int(m["year"]) != own.year:
                warn(m.start(), m.end(), m["year"], "its accounts stand at the end of")
    if own.budget:
        for m in _PROJECT_PERIOD.finditer(text, lo, hi):
            if int(m["year"]) < own.year:
                at = m.start("year")
                warn(at, m.end(), m["year"], "a project it budgets for ends in")
    restates = len(own.suffix) >= T.MIN_FRAME_CHARS
    for m in _YEAR.finditer(text, lo, hi):
        year = int(m["year"])
        rest = _squeeze(text[m.end() : min(hi, m.end() + 40)])
        if own.title_at[0] <= m.start() < own.title_at[1]:
            continue
        if year == own.year and own.budget and _compares_own_budget(a, own, m):
            what = "it compares its budget with the budget of"
            warn(m.start(), m.end(), m["year"], what, expected=own.year - 1)
            continue
        if year == own.year and not (restates and rest.startswith(own.suffix)):
            continue  # (the own year is read only to count the title's frames)
        line = _line(a, m.start())
        lead = _squeeze(text[line[0] : m.start()])
        if (
            _in_quotes(text, line[0], m.start())
            or rest.startswith(T.NOT_OWN_AFTER)
            or _MONTH.match(text, m.end())
            or _compared(lead, own)
            or _reviews(_squeeze(text[line[0] : line[1]]))
            or any(w in _squeeze(text[m.end() : line[1]]) for w in T.COMPARING_AFTER)
        ):
            continue
        heading = _heading_like(a, m.start(), line)
        if (heading or own.report) and restates and rest.startswith(own.suffix):
            frames.append((year, m.start(), m.end()))
            if year != own.year:
                warn(m.start(), m.end(), m["year"], "its title's words are repeated with the year")
        elif year == own.year or not own.report or year > own.year:
            continue
        elif heading and m["du"]:
            warn(m.start(), m.end(), m["year"], "its own heading names the year")
        elif _own_statement(a, own, lead, m):
            warn(m.start(), m.end(), m["year"], "it states its own figures for")
    cover = _stale_title(a, own, frames)
    if cover is not None:  # one finding at the title for the frames it disagrees with
        stale = {start for year, start, _ in frames if year != own.year}
        return [cover] + [found[k] for k in sorted(found) if k not in stale]
    if found:
        return [found[k] for k in sorted(found)]
    return [
        _check(
            "stale_year",
            "pass",
            f"every year the document states as its own is {own.year}",
            [title_span],
            expected=str(own.year),
            actual=str(own.year),
        )
    ]


def _compares_own_budget(a: Analysis, own: _Own, m: regex.Match[str]) -> bool:
    """``比2026年预算增加`` in a 2026 budget: the comparison's year is the budget's own."""
    text = a.tm.text
    line = _line(a, m.start())
    lead = _squeeze(text[line[0] : m.start()])
    rest = _squeeze(text[m.end() : min(a.body[1], m.end() + 8)])
    return _compared(lead, own) and rest.startswith(T.OWN_BUDGET_AFTER)


def _own_statement(a: Analysis, own: _Own, lead: str, m: regex.Match[str]) -> bool:
    """A clause that opens with the year, alone or after the issuer, and is the report's own:
    ``上海市普陀区规划和自然资源局 2023 年度收入支出总计9859.38 万元`` (a quantity follows),
    ``2023年度“三公”经费支出决算数小于预算数`` (年度 says it), ``2023年，上海市普陀区规划与自然
    资源局所属各预算单位…`` (the issuer follows)."""
    text = a.tm.text
    back = _CLAUSE_BACK.search(lead)
    lead = lead[back.end() :] if back else lead
    marker = _MARKER.match(lead)
    lead = lead[marker.end() :] if marker else lead
    if lead and not lead.endswith(T.SELF_WORDS) and not _names_issuer(lead, own):
        return False
    stop = _CLAUSE.search(text, m.end(), min(a.body[1], m.end() + T.CLAUSE_CHARS))
    clause_end = stop.start() if stop else min(a.body[1], m.end() + T.CLAUSE_CHARS)
    rest = _squeeze(text[m.end() : clause_end])
    if _reviews(rest) or any(w in rest for w in T.COMPARING_AFTER):
        return False
    if m["du"] or any(
        m.end() <= q.start < clause_end and q.value is not None for q in a.quantities
    ):
        return True
    if rest or stop is None or stop.group() not in ",，":
        return False
    following = _squeeze(text[stop.end() : stop.end() + 40])
    return following.startswith(T.SELF_WORDS) or (
        len(own.prefix) >= T.ISSUER_TAIL_CHARS and following.startswith(own.prefix[:4])
    )


def _stale_title(a: Analysis, own: _Own, frames: list[tuple[int, int, int]]) -> Check | None:
    """The title is the one that is stale: the frames that restate it (its words after a year,
    a report's year-end date) name one other year, at least ``T.MIN_FRAMES_AGAINST_TITLE`` times
    and more often than the title's own (a cover reading ``2023年度部门决算`` over headings
    ``第二部分 …2024年度部门决算表``, ``…2024年度部门决算情况说明`` and ``截至2024年12月31日``)."""
    against = sorted((f for f in frames if f[0] != own.year), key=lambda f: f[1])
    agree = len(frames) - len(against)
    years = {f[0] for f in against}
    if len(years) != 1 or len(against) < T.MIN_FRAMES_AGAINST_TITLE or len(against) <= agree:
        return None
    (body_year,) = years
    tm = a.tm
    start, end = own.title_at
    m = _TITLE_YEAR.search(tm.text, start, end)
    at = (m.start(), m.end()) if m else (start, end)
    quoted = "; ".join(
        f"“{_squeeze(words(a, *sentence(tm.text, s, e, a.body[0])))[:40]}”"
        for _, s, e in against[:3]
    )
    more = f" and {len(against) - 3} more" if len(against) > 3 else ""
    return _check(
        "stale_year",
        "warn",
        f"the title names {own.year} (“{own.title}”), but the document's own headings and dates "
        f"name {body_year} {len(against)} times and {own.year} {agree} times: {quoted}{more}",
        [tm.span(*at), *(tm.span(s, e) for _, s, e in against)],
        expected=str(body_year),
        actual=str(own.year),
    )
