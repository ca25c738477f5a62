"""Direction words against the two numbers they compare (rule ``direction``).

- An outturn against its budget: ``全年预算为17.68万元，支出决算为11.31万元。决算数小于全年预算数
  的主要原因…`` (部门决算), ``决算数同预算数持平``, ``决算数与全年预算数持平``.
- A change against the two years' values: ``2025年当年预算执行数为43269.3万元，2026年预算安排
  3845.49万元，比2025年预算执行数增加17.62%`` (增加, but the value fell).
- A move: ``从1832户增加到3382户``, ``由52.23%提高到58.08%``.

Values are intervals at their written precision: 增加 fails only when the current value is
surely below the previous one, 持平 only when the two surely differ. With several stated
budgets and a word that names none (决算数小于预算数), the sentence passes when it holds against
any of them and fails when it holds against none; a budget of 0 (年初预算为0万元，全年预算为
321.02万元: the unit was set up during the year) is left out when another is stated.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from extractor.checks.base import make_check as _check
from extractor.checks.completion import BudgetStatement, budget_statements, last_before
from extractor.checks.prose import (
    Interval,
    Located,
    Prose,
    alternation,
    amount,
    clean_all,
    interval,
    point,
)
from extractor.checks.statements import find_statements
from extractor.checks.text import opened_matches, word_opening
from extractor.facts import Analysis, QuantityMatch
from extractor.model import Check, Span
from extractor.tables import rates as T

_BUDGET = alternation(T.BUDGET_WORDS)
# 决算数小于全年预算数 / 支出决算数大于预算数 / 决算数同预算数持平 / 决算数与全年预算数持平
_OUTTURN_VS_BUDGET = regex.compile(
    rf"""
    (?P<left>{alternation(T.OUTTURN_WORDS)})
    (?:
        (?P<cmp>{alternation((*T.GREATER, *T.LESS, *T.EQUAL))})(?P<right>{_BUDGET})
      | (?:{alternation(T.WITH)})(?P<wright>{_BUDGET})(?P<closer>{alternation(T.EQUAL_CLOSERS)})
    )
    """,
    regex.VERBOSE,
)
_WORD_DIRECTION: dict[str, T.Direction] = {
    **dict.fromkeys(T.GREATER, "up"),
    **dict.fromkeys(T.LESS, "down"),
    **dict.fromkeys((*T.EQUAL, *T.EQUAL_CLOSERS), "flat"),
}
_RELATION_WORD = {"up": "大于", "down": "小于", "flat": "等于"}


def relation(a: Interval, b: Interval) -> T.Direction | None:
    """How ``a`` stands to ``b`` when the written values settle it: up (surely greater),
    down (surely less), flat (the same written figure), or None (they may be either)."""
    if a.lo > b.hi:
        return "up"
    if a.hi < b.lo:
        return "down"
    if a == b:
        return "flat"
    return None


def _holds(word: T.Direction, a: Interval, b: Interval) -> bool | None:
    """True / False when the written values settle whether ``a word b``; None when unsure."""
    rel = relation(a, b)
    if word == "flat":
        return a.overlaps(b)
    if rel is None:
        return None
    return rel == word  # the same written figure is neither greater nor less


def _pair_for(p: Prose, at: int, found: Sequence[BudgetStatement]) -> BudgetStatement | None:
    """The budget statement a comparison sentence is about: the last one before it, close by
    and in the same numbered unit."""
    a = p.analysis
    node = a.node_at(p.normal(at))
    best = last_before(found, at)
    if best is None or at - best.actual.end > T.MAX_PAIR_DISTANCE:
        return None
    if a.node_at(p.normal(best.actual.start)) is not node:
        return None
    return best


def _outturn_checks(p: Prose) -> list[Check]:
    found = budget_statements(p)
    if not found:
        return []
    out = []
    for m in _OUTTURN_VS_BUDGET.finditer(p.text):
        st = _pair_for(p, m.start(), found)
        if st is None:
            continue
        word = m["cmp"] or m["closer"]
        direction = _WORD_DIRECTION[word]
        kind = T.BUDGET_WORDS[m["right"] or m["wright"]]
        named = [b for k, b in st.budgets if kind is None or k in (kind, "预算")]
        candidates = named or [b for _, b in st.budgets]
        if len(candidates) > 1 and any(b.q.value for b in candidates):
            # 年初预算为0万元 (a unit set up during the year) is no budget to compare with
            candidates = [b for b in candidates if b.q.value]
        actual = interval(st.actual.q)
        verdicts = [(b, _holds(direction, actual, interval(b.q))) for b in candidates]
        said = p.words(m.start(), m.end())
        spans = [p.analysis.tm.span(*p.span(m.start(), m.end()))]
        spans.append(p.analysis.tm.span(st.actual.q.start, st.actual.q.end))
        actual_words = f"{p.label(st.actual)}{amount(p, st.actual)}"
        good = [b for b, v in verdicts if v is True]
        if good:
            b = good[0]
            msg = f"{said}: {actual_words} {word} {p.label(b)}{amount(p, b)}"
            spans.append(p.analysis.tm.span(b.q.start, b.q.end))
            out.append(_check("direction", "pass", msg, spans, word, word))
        elif verdicts and all(v is False for _, v in verdicts):
            rels = []
            for b, _ in verdicts:
                rel = relation(actual, interval(b.q)) or "flat"
                rels.append(f"{actual_words} {_RELATION_WORD[rel]} {p.label(b)}{amount(p, b)}")
                spans.append(p.analysis.tm.span(b.q.start, b.q.end))
            first = relation(actual, interval(verdicts[0][0].q)) or "flat"
            msg = f"{said}, but {'; '.join(rels)}"
            out.append(_check("direction", "fail", msg, spans, word, _RELATION_WORD[first]))
    return out


def _as_compared(a: QuantityMatch, b: QuantityMatch) -> tuple[Interval, Interval]:
    """The two values of one statement (从2.9万亿元增至3.8万亿元) as they compare. Written to the
    same step, in the same unit and unhedged, they were rounded (or cut) alike, so their order is
    the written one: 从2.9万亿元增至2.8万亿元 surely fell, though a 2.8 cut from 2.89 and a 2.9
    rounded from 2.86 would not have (``interval`` allows both). Otherwise each stands for every
    number it may round or truncate from."""
    alike = a.precision == b.precision and a.unit == b.unit and not a.qualifier and not b.qualifier
    if alike and a.precision is not None:
        return point(a), point(b)
    return interval(a), interval(b)


def _change_checks(p: Prose) -> list[Check]:
    out = []
    tm = p.analysis.tm
    for st in find_statements(p):
        if st.current is None or st.previous is None:
            continue
        cur, prev = _as_compared(st.current.q, st.previous.q)
        verdict = _holds(st.direction, cur, prev)
        if verdict is None:
            continue
        said = p.words(st.start, st.end)
        spans = [tm.span(*p.span(*st.verb_at)), *_spans(p, st.current, st.previous)]
        rel = relation(cur, prev) or "flat"
        shown = f"{amount(p, st.current)} {_RELATION_WORD[rel]} {amount(p, st.previous)}"
        if verdict:
            out.append(_check("direction", "pass", f"{said}: {shown}", spans, st.verb, st.verb))
        else:
            msg = f"{said}, but {shown}"
            out.append(_check("direction", "fail", msg, spans, st.verb, _RELATION_WORD[rel]))
    return out


# 减少0.15万元，下降27.78%: a change and its rate, one verb each (the change's amount between).
_VERB = regex.compile(alternation(tuple(T.CHANGE_VERBS)))
_VERB_OPENING = word_opening(T.CHANGE_VERBS)  # tried only there: a fifth of a regex-module scan
# the rate's verb, not a template's choice of both (下降（增长）27.78% is placeholder's)
_RATE_VERB = regex.compile(rf",(?P<verb>{alternation(tuple(T.CHANGE_VERBS))})(?!\()")


def _verb_pair_checks(p: Prose) -> list[Check]:
    """A change and its rate that go opposite ways: ``公务接待费支出决算增加0.15万元，下降
    27.78%`` (the 三公 section of a 决算 with one verb turned round). Only the contradiction is a
    finding; a pair that agrees is what every other sentence says and adds no check."""
    out = []
    tm = p.analysis.tm
    for m in opened_matches(_VERB, _VERB_OPENING, p.text, 0, len(p.text)):
        change = p.at(m.end())
        if change is None or change.q.kind not in ("money", "count", "measure"):
            continue
        second = _RATE_VERB.match(p.text, change.end)
        rate = p.at(second.end()) if second else None
        if second is None or rate is None or rate.q.unit != "%":
            continue
        first, then = T.CHANGE_VERBS[m.group()], T.CHANGE_VERBS[second["verb"]]
        if first == then or not clean_all(p, [change, rate]):
            continue
        said = p.words(m.start(), rate.end)
        spans = [tm.span(*p.span(m.start(), m.end())), tm.span(*p.span(*second.span("verb")))]
        spans += _spans(p, change, rate)
        msg = f"{said}: the change says {m.group()} and its rate says {second['verb']}"
        out.append(_check("direction", "fail", msg, spans, m.group(), second["verb"]))
    return out


def _spans(p: Prose, *xs: Located) -> list[Span]:
    return [p.analysis.tm.span(x.q.start, x.q.end) for x in xs]


def check_direction(a: Analysis) -> list[Check]:
    """Every comparison word whose two numbers are stated, in document order."""
    p = a.prose
    found = _outturn_checks(p) + _change_checks(p) + _verb_pair_checks(p)
    return sorted(found, key=lambda c: (c.spans[0].start, c.spans[0].end))
