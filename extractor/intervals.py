"""Values as intervals: each value ± half the step it was written to, as XBRL calculation
checks compare them, so rounding is never a mismatch: what the numeric checks share."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from extractor.facts import QuantityMatch


def half_step(q: QuantityMatch) -> Decimal:
    """Half the step a value was written to: ``53%`` -> 0.5, ``60万元`` -> 5000.

    A whole count written digit for digit (``2686户``) is exact: things are counted, not
    rounded, so its half-step is 0.
    """
    step = q.precision or Decimal(0)
    if q.kind == "count" and step <= 1:
        return Decimal(0)
    return step / 2


def is_exact(q: QuantityMatch) -> bool:
    """A plain value: no qualifier (约, 余, 以上…) and not a range."""
    return q.value is not None and q.qualifier is None


def sum_agrees(total: Sequence[QuantityMatch], parts: Sequence[Sequence[QuantityMatch]]) -> bool:
    """True when, for every unit all parts give, the parts' sum overlaps the total.

    Intervals as XBRL calculation checks use them: each value ± half its step.
    Any qualifier or range makes the answer False (not known to agree).
    """
    units = common_units(total, parts)
    if not units:
        return False
    for unit in units:
        t = _value_of(total, unit)
        ps = [_value_of(p, unit) for p in parts]
        if t is None or not is_exact(t) or any(p is None or not is_exact(p) for p in ps):
            return False
        if not intervals_overlap(t, [p for p in ps if p is not None]):
            return False
    return True


def common_units(
    total: Sequence[QuantityMatch], parts: Sequence[Sequence[QuantityMatch]]
) -> list[str]:
    """Units the total and every part give, in the total's order."""
    return [q.unit for q in total if all(any(v.unit == q.unit for v in part) for part in parts)]


def intervals_overlap(total: QuantityMatch, parts: Sequence[QuantityMatch]) -> bool:
    """Sum of parts ± their half-steps overlaps the total ± its half-step."""
    assert total.value is not None
    s = sum((p.value or Decimal(0) for p in parts), Decimal(0))
    slack = sum((half_step(p) for p in parts), Decimal(0)) + half_step(total)
    return within(abs(s - total.value), slack)


def within(diff: Decimal, slack: Decimal) -> bool:
    """``diff`` inside half-open rounding intervals: 1 and 0, each ± 0.5, do not touch."""
    return diff == 0 or diff < slack


def same_amount(x: QuantityMatch, y: QuantityMatch) -> bool:
    """Whether two printed figures of one quantity can be the same amount, each rounded to the
    step it is written to: ``236.63`` and ``236.64`` (万元) both print 2,366,350 元, and a
    决算's tables round each on its own (putuo planning 2024: the 财政拨款收入支出决算总表 and
    the 一般公共预算财政拨款支出决算表). Unlike a sum, whose parts cannot all sit on the edge,
    two roundings of one amount may meet there, so the intervals are closed."""
    assert x.value is not None
    assert y.value is not None
    diff, slack = abs(x.value - y.value), half_step(x) + half_step(y)
    return diff == 0 or (slack > 0 and diff <= slack)


def _value_of(values: Sequence[QuantityMatch], unit: str) -> QuantityMatch | None:
    return next((q for q in values if q.unit == unit), None)
