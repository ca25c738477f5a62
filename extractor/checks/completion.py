"""Completion rates against the budget they name, and the budget statements they come from.

A 部门决算 states its budgets and outturn together, then the rate: ``一般公共预算财政拨款支出年初
预算为0万元，全年预算为321.02万元，支出决算为307.82万元，完成年初预算的95.89%``. The rate is
read against the budget it names (年初预算, 全年预算, 调整预算, or any stated budget for 预算).

What the ratio is really against decides: 307.82 / 321.02 = 95.89% holds against 全年预算
while the 年初预算 it names is 0 (putuo party 2024 决算). A rate that holds against another
stated budget than the one it names is a ``warn``, and the message says which: the figure is
right, the sentence is not (a blind audit of that 决算 called it a slip). A rate that holds
against none fails, naming them all.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

import regex

from extractor.checks.base import make_check as _check
from extractor.checks.prose import (
    Located,
    Prose,
    alternation,
    amount,
    clean,
    ends_with_any,
    interval,
    percent_of,
    plain,
)
from extractor.facts import Analysis
from extractor.model import Check
from extractor.tables import rates as T

# 完成年初预算的95.89% / 完成全年预算数的98.69% / 完成预算的13.68% / 为年初预算的95%
_COMPLETION = regex.compile(rf"(?:完成|为|占)(?P<base>{alternation(T.COMPLETION_BASES)})(?:数)?的$")
_PARTS = "其中"
_BUDGETS = sorted(T.BUDGET_LABELS, key=len, reverse=True)


@dataclass(frozen=True)
class BudgetStatement:
    """An outturn and the budgets stated before it in the same sentence:
    ``全年预算为52.00万元，支出决算为51.32万元``."""

    actual: Located
    budgets: tuple[tuple[str, Located], ...]  # (budget kind, value), in order
    start: int  # where the statement's words start (compact)


def budget_kind(p: Prose, x: Located, floor: int = 0) -> str | None:
    """年初 / 全年 / 调整 / 预算 for a budget amount (``全年预算为321.02万元``), else None."""
    word = ends_with_any(p.label(x, floor), _BUDGETS)
    return T.BUDGET_LABELS[word] if word is not None else None


def budget_word(p: Prose, x: Located) -> str:
    """The budget's own word: ``全年预算`` for ``…支出全年预算为321.02万元``."""
    return ends_with_any(p.label(x), _BUDGETS) or p.label(x)


def is_actual(p: Prose, x: Located, floor: int = 0) -> bool:
    """An outturn amount: ``支出决算为307.82万元``, ``决算数:…``."""
    return ends_with_any(p.label(x, floor), T.ACTUAL_LABELS) is not None


def _statement(p: Prose, actual: Located) -> BudgetStatement | None:
    floor = p.sentence_start(actual.start)
    parts = p.text.rfind(_PARTS, floor, actual.start)
    if parts >= 0:
        floor = parts + len(_PARTS)
    budgets = []
    text = p.analysis.tm.text
    for x in p.between(floor, actual.start):
        if x.q.unit != actual.q.unit or not clean(x.q, text):
            continue
        kind = budget_kind(p, x, floor)
        if kind is not None:
            budgets.append((kind, x))
    if not budgets:
        return None
    return BudgetStatement(actual, tuple(budgets), p.label_start(budgets[0][1], floor))


def budget_statements(p: Prose) -> list[BudgetStatement]:
    """Every outturn stated with its budgets, in order (found once per document: the
    completion, direction and change checks all read them)."""
    return list(p.derived(_budget_statements))


def _budget_statements(p: Prose) -> list[BudgetStatement]:
    text = p.analysis.tm.text
    out = []
    for x in p.quantities:
        if x.q.kind != "money" or not clean(x.q, text) or not is_actual(p, x):
            continue
        st = _statement(p, x)
        if st is not None:
            out.append(st)
    return out


def last_before(found: Sequence[BudgetStatement], at: int) -> BudgetStatement | None:
    """The last statement whose outturn ends at or before compact ``at`` (``found`` is in
    document order)."""
    k = bisect.bisect_right(found, at, key=lambda st: st.actual.end) - 1
    return found[k] if k >= 0 else None


def _statement_for(p: Prose, rate: Located, found: list[BudgetStatement]) -> BudgetStatement | None:
    """The statement a completion rate is about: in its sentence, or the sentence before
    when its own sentence states no outturn (``…支出决算为0.88万元。完成年初预算的100.00%``)."""
    own = p.sentence_start(rate.start)
    floor = p.sentence_start(own - 1) if own > 0 else own
    best = last_before(found, rate.start)
    if best is None or best.actual.start < floor:
        return None
    # a part after 其中 (其中:因公出国(境)费决算为0.00万元,完成预算的0.00%) has its own outturn
    between = p.text[best.actual.end : rate.start]
    if _PARTS in between:
        return None
    for x in p.between(best.actual.end, rate.start):
        if x.q.kind == "money" and is_actual(p, x):
            return None
    return best


def _ratio_text(p: Prose, actual: Located, budget: Located) -> str:
    return f"{amount(p, actual)} / {amount(p, budget)}"


def check_completion_rate(a: Analysis) -> list[Check]:
    """``完成年初预算的95.89%`` against the outturn and the budget stated before it."""
    p = a.prose
    found = budget_statements(p)
    if not found:
        return []
    text = a.tm.text
    out = []
    for x in p.quantities:
        if x.q.unit != "%" or not clean(x.q, text):
            continue
        m = _COMPLETION.search(p.text, max(0, x.start - 12), x.start)
        if m is None:
            continue
        st = _statement_for(p, x, found)
        if st is None:
            continue
        c = _verdict(p, st, x, T.COMPLETION_BASES[m["base"]], m["base"])
        if c is not None:
            out.append(c)
    return out


def _verdict(p: Prose, st: BudgetStatement, rate: Located, kind: str, base: str) -> Check | None:
    assert rate.q.value is not None
    assert st.actual.q.value is not None
    stated = interval(rate.q)
    named = [b for k, b in st.budgets if kind in ("预算", k) or k == "预算"]
    others = [b for k, b in st.budgets if b not in named]
    said = p.words(st.start, rate.end)
    spans = [p.analysis.tm.span(y.q.start, y.q.end) for y in (rate, st.actual)]

    def holds(b: Located) -> bool:
        r = percent_of(interval(st.actual.q), interval(b.q))
        return r is not None and r.overlaps(stated)

    def value(b: Located) -> Decimal:
        assert b.q.value is not None
        assert st.actual.q.value is not None
        return (st.actual.q.value / b.q.value * 100).quantize(Decimal("0.01"))

    usable = [b for b in named + others if b.q.value]
    if not usable:
        return None  # every budget is 0: no rate can be checked
    for b in named:
        if b.q.value and holds(b):
            msg = f"{said}: {_ratio_text(p, st.actual, b)} = {plain(value(b))}%"
            bspan = p.analysis.tm.span(b.q.start, b.q.end)
            return _check("percentage", "pass", msg, [*spans, bspan], rate.q.value, value(b), "%")
    zeros = "、".join(amount(p, n) for n in named if not n.q.value)
    zero = f" ({base} {zeros})" if zeros else ""
    for b in others:
        if b.q.value and holds(b):
            msg = (
                f"{said}: {_ratio_text(p, st.actual, b)} = {plain(value(b))}%, against "
                f"{budget_word(p, b)} rather than the {base} it names{zero}"
            )
            bspan = p.analysis.tm.span(b.q.start, b.q.end)
            # the rate holds, but not for the budget the sentence names: a slip of wording
            # (or of the base) a reviewer must see, so a warning, not a pass
            return _check("percentage", "warn", msg, [*spans, bspan], rate.q.value, value(b), "%")
    first = next((b for b in named if b.q.value), usable[0])
    tried = "; ".join(
        f"{_ratio_text(p, st.actual, b)} = {plain(value(b))}% against {budget_word(p, b)}"
        for b in usable
    )
    msg = f"{said}, but {tried}" + (f"; the {base} it names is {zeros}" if zeros else "")
    bspans = [p.analysis.tm.span(b.q.start, b.q.end) for b in usable]
    return _check("percentage", "fail", msg, [*spans, *bspans], rate.q.value, value(first), "%")
