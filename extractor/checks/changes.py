"""Growth rates and changes against the values they are between.

- ``percentage``: a stated rate of change matches the two years' values, or the current value
  and the change: ``收入支出总计9859.38万元。与2023年度相比，收入支出总计增加1062.85万元，增长
  12.08%`` gives 1062.85 / (9859.38 − 1062.85) = 12.08%.
- ``change``: a stated change matches the two values it is between: ``由52.23%提高到58.08%，
  提高5.85个百分点``, ``2025年…为X万元，2026年…Y万元，比2025年…增加Z万元``.

A growth rate from a base of 0 (the unit was set up this year: ``比2023年度增加10.23万元，增长
100.00%`` with 机关运行经费支出10.23万元) is undefined. 部门决算 write 100.00% by the template's
convention, and that passes, saying so; any other rate from a base of 0 fails, since no
previous value makes it true.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from decimal import Decimal

from extractor.checks.base import make_check as _check
from extractor.checks.prose import (
    Interval,
    Located,
    Prose,
    amount,
    interval,
    is_zero,
    like_written,
    mid,
    percent_of,
    plain,
    point,
)
from extractor.checks.statements import Statement, find_statements
from extractor.facts import Analysis, QuantityMatch
from extractor.model import Check, Span
from extractor.tables.rates import Direction

_HUNDRED = Decimal(100)
_CENT = Decimal("0.01")


def _spans(p: Prose, *xs: Located | None) -> list[Span]:
    tm = p.analysis.tm
    return [tm.span(x.q.start, x.q.end) for x in xs if x is not None]


def _said(p: Prose, st: Statement) -> str:
    return p.words(st.start, st.end)


def _growth(
    st: Statement, value: Callable[[QuantityMatch], Interval] = interval
) -> tuple[Interval, Interval, str, Interval] | None:
    """(computed rate, stated rate, how it was computed, previous value) from what the
    statement gives, or None when it gives too little.

    With both years' values the rates are signed (a fall is below 0), so that 增加17.62% from
    43269.3 to 3845.49 fails; from a change and one value the verb fixes the other value.
    """
    assert st.rate is not None
    stated = interval(st.rate.q)
    if st.current is not None and st.previous is not None:
        cur, prev = value(st.current.q), value(st.previous.q)
        formula = "({c} − {p}) / {p}"
        ratio = percent_of(cur, prev)
        computed = None if ratio is None else Interval(ratio.lo - _HUNDRED, ratio.hi - _HUNDRED)
        if st.direction == "down":
            stated = Interval(-stated.hi, -stated.lo)
    elif st.change is not None and st.current is not None:
        cur, change = value(st.current.q), value(st.change.q)
        if st.direction == "up":
            prev, formula = cur - change, "{d} / ({c} − {d})"
        else:
            prev, formula = Interval(cur.lo + change.lo, cur.hi + change.hi), "{d} / ({c} + {d})"
        computed = percent_of(change, prev)
    elif st.change is not None and st.previous is not None:
        prev, change, formula = value(st.previous.q), value(st.change.q), "{d} / {p}"
        computed = percent_of(change, prev)
    else:
        return None
    if is_zero(prev):
        return Interval(_HUNDRED, _HUNDRED), stated, formula, prev
    if computed is None:
        return None  # a base below 0, or a fall bigger than the base
    return computed, stated, formula, prev


def _numbers(p: Prose, st: Statement, formula: str) -> str:
    """The formula in the document's amounts: ``1062.85万元 / (9859.38万元 − 1062.85万元)``."""

    def written(x: Located | None) -> str:
        return amount(p, x) if x is not None else "?"

    return formula.format(c=written(st.current), p=written(st.previous), d=written(st.change))


def _previous_words(p: Prose, st: Statement) -> str:
    """The previous value as the statement gives it: ``10.23万元 − 10.23万元``."""
    if st.previous is not None:
        return f"{p.label(st.previous)}{amount(p, st.previous)}"
    assert st.current is not None
    assert st.change is not None
    sign = "−" if st.direction == "up" else "+"
    return f"{amount(p, st.current)} {sign} {amount(p, st.change)}"


def _flipped(st: Statement) -> Statement:
    """The same statement with the verb the other way (增加 read as 减少)."""
    other: Direction = "down" if st.direction == "up" else "up"
    return dataclasses.replace(st, direction=other)


def _growth_check(p: Prose, st: Statement) -> Check | None:
    assert st.rate is not None
    assert st.rate.q.value is not None
    found = _growth(st)
    if found is None:
        return _below_zero_base(p, st)
    computed, stated, formula, prev = found
    said = _said(p, st)
    verb = p.analysis.tm.span(*p.span(*st.verb_at))
    spans = [*_spans(p, st.rate), verb, *_spans(p, st.current, st.previous, st.change)]
    value = st.rate.q.value
    shown = _numbers(p, st, formula)
    if is_zero(prev):
        base = _previous_words(p, st)
        rate = amount(p, st.rate)
        if st.direction == "up" and value == _HUNDRED:
            msg = (
                f"{said}: the previous value is 0 ({base}), so the rate is undefined; "
                f"{rate} is the 决算 template's convention for a base of 0"
            )
            return _check("percentage", "pass", msg, spans, value, None, "%")
        msg = (
            f"{said}, but the previous value is 0 ({base}): a rate from a base of 0 is "
            f"undefined, and the 决算 template writes 100%, not {rate}"
        )
        return _check("percentage", "fail", msg, spans, value, None, "%")
    shown_rate = _growth(st, point)
    result = mid(shown_rate[0] if shown_rate else computed).quantize(_CENT)
    # expected and actual as the text states them: a fall of 1.07% is 1.07
    signed = st.previous is not None and st.current is not None and st.direction == "down"
    actual = -result if signed else result
    if computed.overlaps(stated):
        msg = f"{said}: {shown} = {plain(result)}%"
        return _check("percentage", "pass", msg, spans, value, actual, "%")
    hint = ""
    if st.previous is None:
        other = _growth(_flipped(st))
        if other is not None and not is_zero(other[3]) and other[0].overlaps(other[1]):
            hint = f"; {plain(value)}% holds if the change is the other way"
    msg = f"{said}, but {shown} = {plain(result)}%{hint}"
    return _check("percentage", "fail", msg, spans, value, actual, "%")


def _below_zero_base(p: Prose, st: Statement) -> Check | None:
    """``增加N万元，增长100.00%`` where N is more than the value it led to: the template's rate
    for a base of 0, from a base surely below 0, so the value or the change is wrong
    (``收入支出总计307.28万元…增加307.82万元，增长100.00%``; a rate other than 100% from a base
    below 0 is a loss that shrank, and is left alone)."""
    assert st.rate is not None
    if st.direction != "up" or st.change is None or st.current is None or st.previous is not None:
        return None
    prev = interval(st.current.q) - interval(st.change.q)
    if prev.hi >= 0 or st.rate.q.value != _HUNDRED:
        return None
    verb = p.analysis.tm.span(*p.span(*st.verb_at))
    spans = [*_spans(p, st.rate), verb, *_spans(p, st.current, st.change)]
    msg = (
        f"{_said(p, st)}, but the previous value would be {_previous_words(p, st)}, below 0: "
        f"{amount(p, st.rate)} is the 决算 template's rate for a base of 0"
    )
    return _check("percentage", "fail", msg, spans, st.rate.q.value, None, "%")


def check_growth_rate(a: Analysis) -> list[Check]:
    """A stated growth or fall (``增长12.08%``, ``减少1.07%``) against both years' values or the
    current value and the change."""
    p = a.prose
    out = []
    for st in find_statements(p):
        if st.rate is None or st.direction == "flat":
            continue
        c = _growth_check(p, st)
        if c is not None:
            out.append(c)
    return out


def check_change(a: Analysis) -> list[Check]:
    """A stated change (``增加793.14万元``, ``提高5.85个百分点``) against the two values it is
    between."""
    p = a.prose
    out = []
    for st in find_statements(p):
        stated = st.points or st.change
        if stated is None or st.current is None or st.previous is None:
            continue
        if st.points is not None and st.current.q.unit != "%":
            continue
        cur, prev = interval(st.current.q), interval(st.previous.q)
        diff = cur - prev if mid(cur) >= mid(prev) else prev - cur
        written = interval(stated.q)
        said = _said(p, st)
        shown = f"{amount(p, st.current)} − {amount(p, st.previous)}"
        if mid(cur) < mid(prev):
            shown = f"{amount(p, st.previous)} − {amount(p, st.current)}"
        assert st.current.q.value is not None
        assert st.previous.q.value is not None
        computed = abs(st.current.q.value - st.previous.q.value)
        unit = "百分点" if st.points is not None else stated.q.unit
        spans = _spans(p, stated, st.current, st.previous)
        value = stated.q.value
        if diff.overlaps(written):
            msg = f"{said}: {shown}"
            out.append(_check("change", "pass", msg, spans, value, computed, unit))
        else:
            msg = f"{said}, but {shown} = {like_written(p, computed, stated)}"
            out.append(_check("change", "fail", msg, spans, value, computed, unit))
    return out
