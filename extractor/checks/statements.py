"""Changes stated against a base, read from the compact view (``checks/prose.py``).

Two shapes:

- a change against a base: ``机关运行经费支出10.23万元，比2023年度增加10.23万元，增长100.00%``
  (the current value just before ``比``), ``…收入支出总计9859.38万元。与2023年度相比，收入支出
  总计增加1062.85万元，增长12.08%`` (the subject after ``相比，`` restates the label of the
  current value, in the same sentence or the one before), ``2025年当年预算执行数为1690.69万元，
  2026年预算安排1672.67万元，比2025年预算执行数减少1.07%`` (the base's value stated too);
- a move from one value to another: ``从1832户增加到3382户``, ``由52.23%提高到58.08%``.

Each gives a ``Statement`` with what was found: the current and previous values, the change
(``增加1062.85万元``), the rate (``增长12.08%``) and the change in points (``提高4.5个百分点``).
Only what is written is filled in; the checks decide what they can compare.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass

import regex

from extractor.checks.completion import (
    BudgetStatement,
    budget_statements,
    budget_word,
    last_before,
)
from extractor.checks.prose import Located, Prose, alternation, clean_all
from extractor.checks.text import char_matches, one_of, opened_matches
from extractor.tables import rates as T

_SUMMABLE = ("money", "count", "measure")


_VERB = alternation(T.CHANGE_VERBS)
_FLAT = alternation(T.FLAT_WORDS)
_TIME = rf"(?:(?:19|20)\d{{2}}年度?|{alternation(T.BASE_TIMES)})"
_BASE = rf"{_TIME}[\p{{Han}}\d“”\"]{{0,{T.MAX_BASE_CHARS}}}?"
# 比2023年度增加 / 较上年下降 / 比2024年预算持平 / 与2023年度相比,收入支出总计增加 / 同比增长
_LEAD = regex.compile(
    rf"""
    (?:
        (?:比|较)(?P<base>{_BASE})
      | (?:与|同|和)(?P<wbase>{_BASE})(?:{alternation(T.COMPARED)}),?
        (?P<subject>[^,;:。!?|、]{{0,{T.MAX_SUBJECT_CHARS}}}?)
      | (?:与|同|和)(?P<fbase>{_BASE})(?=(?:{_FLAT}))
      | (?P<same>{T.SAME_PERIOD})
    )
    (?:(?P<verb>{_VERB})|(?P<flat>{_FLAT}))
    """,
    regex.VERBOSE,
)
# Where a _LEAD can open: its word, then a base's first character (比上年, 与2023年度) or 同比's
# second. The regex is tried only there (text.py opened_matches: a fifth of the cost of a scan).
_LEAD_WORDS = "比较与同和" + T.SAME_PERIOD[0]
_BASE_OPENINGS = "12" + "".join(w[0] for w in T.BASE_TIMES) + T.SAME_PERIOD[1]
_LEAD_OPENING = re.compile(f"{one_of(_LEAD_WORDS)}(?={one_of(_BASE_OPENINGS)})")
# ,增长12.08% after 增加1062.85万元; 下降(增长)27.78% carries a template's leftover choice.
_SECOND = regex.compile(rf",?(?P<verb>{_VERB})(?:\((?:{_VERB})\))?")
# 从1832户增加到3382户 / 由上年729万人增加到732万人 / 从2020年的5.2万元提高到2025年的7.4万元
_FROM = regex.compile(rf"(?:从|由)(?:{_TIME}的?|现行的?|原来的?)?")
_FROM_FIRST = "从由"  # where a _FROM starts (text.py char_matches)
_MOVE = regex.compile(
    rf"(?P<verb>{alternation(T.MOVE_VERBS)})(?:{alternation(T.MOVE_TO)})(?:{_TIME}的?)?"
)
# 由52.23%提高到58.08%,提高5.85个百分点: what a move says of itself.
_THEN = regex.compile(rf"[,、]?(?:{_VERB})")
_YEAR_IN = regex.compile(r"(?:19|20)\d{2}年")
_TIME_WORDS = regex.compile(rf"(?:19|20)\d{{2}}年度?|{alternation(T.BASE_TIMES)}|当年|本年|今年")
_NOT_SIMPLE = regex.compile(alternation(T.NOT_SIMPLE))
_OTHER_BASIS = regex.compile(alternation(T.OTHER_BASIS))
_LEADING_YEAR = regex.compile(r"^(?:19|20)\d{2}年度?")
_TIME_HEAD = regex.compile(rf"^{_TIME}")


@dataclass(frozen=True)
class Statement:
    """A change and the values it is between, in compact offsets (``Prose``)."""

    direction: T.Direction
    verb: str
    verb_at: tuple[int, int]
    start: int  # where the statement's words start (the lead, or the current value)
    end: int  # where they end
    base: str  # 上年 / 2023年度 / 2025年预算执行数, or "" for a move
    current: Located | None = None
    previous: Located | None = None
    change: Located | None = None  # 增加1062.85万元
    rate: Located | None = None  # 增长12.08%
    points: Located | None = None  # 提高4.5个百分点


def _kind_fits(x: Located, like: Located | None) -> bool:
    """``x`` can be a value the change is about: a change amount's unit, a rate for a change
    in points (``占比34%，提高1.3个百分点``), else any amount that is not a percentage."""
    if like is not None and like.q.unit == "百分点":
        return x.q.unit == "%"
    if like is not None:
        return x.q.unit == like.q.unit
    return x.q.kind in _SUMMABLE


def _after_verb(p: Prose, end: int) -> tuple[Located | None, Located | None, Located | None, int]:
    """(change, rate, points, end) stated right after a change verb."""
    x = p.at(end)
    if x is None:
        return None, None, None, end
    if x.q.unit == "百分点":
        return None, None, x, x.end
    if x.q.unit == "%":
        return None, x, None, x.end
    if x.q.kind not in _SUMMABLE or x.q.unit == "倍":
        return None, None, None, end
    m = _SECOND.match(p.text, x.end)
    if m:
        r = p.at(m.end())
        if r is not None and r.q.unit == "%":
            return x, r, None, r.end
    return x, None, None, x.end


def _current(p: Prose, lead: int, subject: str, like: Located | None) -> Located | None:
    """The value the change is about: just before the lead (``10.23万元,比2023年度``), or,
    when the lead restates a subject, the nearest value labelled so in this sentence or the
    one before."""
    floor = p.sentence_start(lead)
    if not subject:
        gap_end = lead - 1 if p.text[lead - 1 : lead] == "," else lead
        x = p.ending_at(gap_end)
        if x is not None and x.start >= floor and _kind_fits(x, like):
            return x
        return None
    floor = p.sentence_start(floor - 1) if floor > 0 else floor
    found = None
    for x in p.between(floor, lead):
        if _kind_fits(x, like) and p.label(x, floor).endswith(subject):
            found = x
    return found


def _named_outturn(
    p: Prose, lead: int, like: Located | None, found: Sequence[BudgetStatement]
) -> Located | None:
    """The current value a subject names when no number stands before 比: ``2024年度“三公”经费
    财政拨款支出决算数比2023年度减少0.15万元`` is the outturn of the statement just before it,
    ``“三公”经费财政拨款支出年初预算为2.85万元，支出决算为0.39万元`` (the subject is that
    statement's head, ``“三公”经费财政拨款支出``, and 决算数)."""
    start = p.clause_start(lead)
    subject = _LEADING_YEAR.sub("", p.text[start:lead])
    st = last_before(found, start)
    if st is None or start - st.actual.end > T.MAX_PAIR_DISTANCE:
        return None
    a = p.analysis
    if a.node_at(p.normal(st.actual.start)) is not a.node_at(p.normal(lead)):
        return None
    first = st.budgets[0][1]
    head = p.label(first).removesuffix(budget_word(p, first))
    if not head or subject not in {head + w for w in T.ACTUAL_LABELS}:
        return None
    return st.actual if _kind_fits(st.actual, like) else None


def _previous(p: Prose, base: str, current: Located) -> Located | None:
    """The base's own value, stated in the same sentence before the current one.

    A base with a noun names it: ``2025年当年预算执行数为1690.69万元`` for ``比2025年预算执行数``.
    A bare year or 上年 needs the same label as the current value but for its year:
    ``2023年度收入支出总计8796.53万元，2024年度收入支出总计9859.38万元，比2023年度增加…``.
    """
    head = _TIME_HEAD.match(base)
    if head is None:
        return None
    time = head.group().removesuffix("度")
    noun = base[head.end() :]
    floor = p.sentence_start(current.start)
    own = _timeless(p.label(current, floor))
    found = None
    for x in p.between(floor, current.start):
        if x.q.unit != current.q.unit:
            continue
        label = p.label(x, floor)
        years = set(_YEAR_IN.findall(label))
        if _YEAR_IN.match(time):
            time_ok = years == {time}
        else:
            time_ok = not years and (time in label or "去年" in label)
        if not time_ok:
            continue
        if (noun and label.endswith(noun)) or (not noun and own and _timeless(label) == own):
            found = x
    return found


def _timeless(label: str) -> str:
    """A label without its years and time words: ``2024年度收入支出总计`` -> ``收入支出总计``."""
    return _TIME_WORDS.sub("", label)


def _changes(p: Prose) -> list[Statement]:
    out = []
    outturns: list[BudgetStatement] | None = None  # read once, when a subject needs them
    for m in opened_matches(_LEAD, _LEAD_OPENING, p.text, 0, len(p.text)):
        before = p.text[max(0, m.start() - 3) : m.start()]
        if _NOT_SIMPLE.search(before) or _NOT_SIMPLE.search(m.group()):
            continue
        lo, hi = p.sentence_start(m.start(), full=True), p.sentence_end(m.end())
        if _OTHER_BASIS.search(p.text, lo, hi):
            continue
        word = m["verb"] or m["flat"]
        direction: T.Direction = T.CHANGE_VERBS[word] if m["verb"] else "flat"
        verb_at = (m.start("verb") if m["verb"] else m.start("flat"), m.end())
        change = rate = points = None
        end = m.end()
        if m["verb"]:
            change, rate, points, end = _after_verb(p, m.end())
            if change is None and rate is None and points is None:
                continue
        base = m["base"] or m["wbase"] or m["fbase"] or "上年"
        subject = (m["subject"] or "").strip()
        current = _current(p, m.start(), subject, change or points)
        start = m.start()
        if current is None and not subject and m["base"]:
            if outturns is None:
                outturns = budget_statements(p)
            current = _named_outturn(p, m.start(), change or points, outturns)
            start = p.clause_start(m.start())  # the subject's words, not the statement before
        elif current is not None:
            start = min(start, p.label_start(current))
        previous = _previous(p, base, current) if current is not None else None
        if previous is not None:
            start = min(start, p.label_start(previous))
        found = Statement(direction, word, verb_at, start, end, base, current, previous)
        out.append(dataclasses.replace(found, change=change, rate=rate, points=points))
    return out


def _moves(p: Prose) -> list[Statement]:
    out = []
    for m in char_matches(_FROM, _FROM_FIRST, p.text, 0, len(p.text)):
        before = p.at(m.end())
        if before is None:
            continue
        mv = _MOVE.match(p.text, before.end)
        if mv is None:
            continue
        after = p.at(mv.end())
        if after is None or after.q.unit != before.q.unit:
            continue
        word = mv["verb"]
        change, rate, points, end = None, None, None, after.end
        then = _THEN.match(p.text, after.end)
        if then is not None:
            change, rate, points, then_end = _after_verb(p, then.end())
            if change is not None and change.q.unit != after.q.unit:
                change = None
            if change is not None or rate is not None or points is not None:
                end = then_end
        verb_at = (mv.start("verb"), mv.end("verb"))
        found = Statement(T.MOVE_VERBS[word], word, verb_at, m.start(), end, "", after, before)
        out.append(dataclasses.replace(found, change=change, rate=rate, points=points))
    return out


def find_statements(p: Prose) -> list[Statement]:
    """Every change statement of the body, in document order; values that are hedged
    (约, 余, 以上…) or lost their decimal point are dropped, so no check compares them."""
    return list(p.derived(_find_statements))  # three checks read them: found once, not thrice


def _find_statements(p: Prose) -> list[Statement]:
    found = []
    for st in sorted(_changes(p) + _moves(p), key=lambda s: s.start):
        values = [st.current, st.previous, st.change, st.rate, st.points]
        if not clean_all(p, [v for v in values if v is not None]):
            continue
        stated = [v for v in (st.change, st.rate, st.points) if v is not None]
        if any(v.q.value is not None and v.q.value < 0 for v in stated):
            continue  # 下降-3.8%: the verb and the sign say two things
        found.append(st)
    return found
