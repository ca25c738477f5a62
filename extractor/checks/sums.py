"""Sums: a figure's parts against its total, agencies' allocations against the item's project
count, a declared grand total against the items.

Values are compared as intervals (each value ± half the step it was written to, as XBRL
calculation checks do), so rounding is never a mismatch; a value with a bound (余, 以上…) or a
range can confirm a rule but never fail it, and one said to be rounded (约, 左右) fails only
when the sum is more than a whole rounding step off. Parts that fall short of their total fail
only when the form says the list is the whole (an itemised 其中：, a 小计 total, a
classification, a residual 其他, as many parts as announced, classes that split every whole):
其中 alone may pick some parts out. When a check is not sure what a number is about it stays
silent: a false alarm costs a reviewer's trust as much as a miss.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal

import regex

from extractor.checks.base import make_check as _check
from extractor.checks.text import ANNOUNCED, number_value, plain, scope_at, sentence_start, words
from extractor.facts import Analysis, FigureMatch, QuantityMatch
from extractor.intervals import common_units, half_step, intervals_overlap, is_exact, within
from extractor.model import Check
from extractor.tables import figures as T

# 共/合计/总计/累计 opening a declared grand total.
# It must stand right before the amount, at most a few words apart (共安排帮扶资金157万元).
_GRAND = regex.compile(
    r"(?:共计|合计|总计|累计|(?<![公总])共(?![同享建商治赢识])(?:安排|投入|完成|实施|开展|涉及|有|计划)?)"
    r"\p{Han}{0,8}$"
)
_PROJECT_AFTER = regex.compile(r"\s*(?:\p{Han}{0,4})?项目")
_PROJECT_BEFORE = regex.compile(r"项目(?:共|总数|数)?\s*$")


def _complete(a: Analysis, fig: FigureMatch) -> bool:
    """Signs in the form that the parts are meant to be the whole, whatever they add up to: the
    figure's own (a table's 合计 row, an itemised 其中：, a 小计 total, a classification), a
    residual part (其他…), as many parts as the text announces (我区四个…地区, 分三年), every
    scope of the plan, or two classes that split every whole (``_partition``)."""
    if fig.complete or fig.parts[-1].label.startswith(T.RESIDUAL_PART_PREFIXES):
        return True
    text = a.tm.text
    lead_from = max(a.body[0], fig.start - 30)
    s = sentence_start(text, fig.start, lead_from)
    for m in ANNOUNCED.finditer(text, s, fig.total[0].start):
        if number_value(m["n"] or m["m"]) == len(fig.parts):
            return True
    labels = {p.label for p in fig.parts}
    return (
        (bool(a.scopes) and labels == set(a.scopes))
        or _partition([p.label for p in fig.parts])
        or _split_by_level(fig.label, [p.label for p in fig.parts])
        or _classified([p.label for p in fig.parts])
    )


def _classified(labels: Sequence[str]) -> bool:
    """Many distinct parts named by one classifying ending: 因病致贫, 因残致贫, … (T.CLASSIFIED_*).

    >>> _classified(["因病致贫", "因残致贫", "因学致贫", "因灾致贫"])
    True
    >>> _classified(["因病致贫", "因残致贫"]), _classified(["高铁", "普铁", "公路", "水运"])
    (False, False)
    """
    n = T.CLASSIFIED_ENDING_CHARS
    if len(labels) < T.CLASSIFIED_MIN_PARTS or len(set(labels)) < len(labels):
        return False
    endings = {lab[-n:] for lab in labels}
    return len(endings) == 1 and all(len(lab) > n for lab in labels)


def _split_by_level(total: str, labels: Sequence[str]) -> bool:
    """Two parts that are the total's own label under each of a pair of ``T.TOTAL_PARTITIONS``:
    财政赤字 as 中央财政赤字 and 地方财政赤字.

    >>> _split_by_level("财政赤字", ["中央财政赤字", "地方财政赤字"])
    True
    >>> _split_by_level("总投资", ["中央资金", "地方资金"])
    False
    >>> _split_by_level("财政赤字", ["中央财政赤字"])
    False
    """
    return bool(total) and any(
        sorted(labels) == sorted(level + total for level in pair) for pair in T.TOTAL_PARTITIONS
    )


def _partition(labels: Sequence[str]) -> bool:
    """Two parts whose labels name classes that split every whole: 预期性指标 / 约束性指标 (a
    pair of ``T.PARTITIONS`` in the same frame), 计容面积 / 不计容面积 (one the other negated).

    >>> _partition(["预期性指标", "约束性指标"]), _partition(["计容面积", "不计容面积"])
    (True, True)
    >>> _partition(["水电", "核电"]), _partition(["预期性指标", "约束性任务"])
    (False, False)
    """
    if len(labels) != 2:
        return False
    a, b = labels
    for pair in T.PARTITIONS:
        for x, y in (pair, pair[::-1]):
            if x in a and y in b and a.replace(x, "", 1) == b.replace(y, "", 1):
                return True
    return any(_negated(a, b, n) or _negated(b, a, n) for n in T.NEGATIONS)


def _negated(a: str, b: str, negation: str) -> bool:
    """``b`` is ``a`` with the negation inserted once: 计容面积 / 不计容面积."""
    i = b.find(negation)
    return bool(a) and i >= 0 and b[:i] + b[i + len(negation) :] == a


def _adds_up_exactly(fig: FigureMatch, unit: str) -> bool:
    total = next(q for q in fig.total if q.unit == unit)
    parts = [next(q for q in p.values if q.unit == unit) for p in fig.parts]
    values = [q.value for q in (total, *parts)]
    if any(v is None for v in values) or not all(map(is_exact, (total, *parts))):
        return False
    return sum((v for v in values[1:] if v is not None), Decimal(0)) == values[0]


def _multiplier(a: Analysis, q: QuantityMatch) -> str:
    """The multiplier a money amount is written with: 亿元, 万元 or 元."""
    written = a.tm.text[q.start : q.end]
    return next((m + "元" for m in ("亿", "万") if m in written), "元")


_SCALE = {"元": Decimal(1), "万元": Decimal(10**4), "亿元": Decimal(10**8)}


_BARE_NUMBER = regex.compile(r"\d+(?:\.\d+)?")


def _as_written(a: Analysis, total: QuantityMatch, amount: Decimal, unit: str) -> str:
    """``amount`` in the unit its total is read in: a table cell written bare (``62.63`` under
    ``单位：万元``) gives ``11.31万元``, not ``113100元``; anything else as it is."""
    written = a.tm.text[total.start : total.end].strip()
    if unit == "元" and total.value and _BARE_NUMBER.fullmatch(written):
        scale = total.value / Decimal(written)
        name = next((k for k, v in _SCALE.items() if v == scale), None)
        if name is not None:
            return f"{plain(amount / scale)}{name}"
    return f"{plain(amount)}{unit}"


def _odd_multiplier(
    a: Analysis, total: QuantityMatch, parts: Sequence[QuantityMatch]
) -> tuple[int, str, str] | None:
    """A money part written with another multiplier than all its siblings (乙1500元 among parts
    in 万元) such that, read with theirs, the parts add up: (its index, its, theirs)."""
    if total.kind != "money" or len(parts) < 3:
        return None
    written = [_multiplier(a, q) for q in parts]
    for i, w in enumerate(written):
        others = {x for j, x in enumerate(written) if j != i}
        if len(others) != 1 or w in others:
            continue
        other = next(iter(others))
        q = parts[i]
        if q.value is None:
            return None
        scaled = q.value * _SCALE[other] / _SCALE[w]
        fixed = [*parts[:i], replace(q, value=scaled, precision=None), *parts[i + 1 :]]
        if intervals_overlap(total, fixed):
            return i, w, other
    return None


def _rounding_step(q: QuantityMatch) -> Decimal:
    """The step a 约/左右 value was rounded to, its last non-zero digit's: 约1300亩 -> 100.

    >>> from decimal import Decimal as D
    >>> q = lambda v: QuantityMatch(0, 1, D(v), "亩", "measure", "约", D(1))
    >>> _rounding_step(q(1300)), _rounding_step(q(1350)), _rounding_step(q("2.5"))
    (Decimal('100'), Decimal('10'), Decimal('1'))
    """
    step = q.precision or Decimal(1)
    if not q.value:
        return step
    exponent = q.value.normalize().as_tuple().exponent
    return max(step, Decimal(10) ** exponent) if isinstance(exponent, int) else step


def _roughly_agrees(total: QuantityMatch, parts: Sequence[QuantityMatch]) -> bool | None:
    """For a figure hedged only by 约/左右: whether the parts' sum lies within one whole rounding
    step of each such value (twice the rounding itself), so that only a sum far off fails
    (约1300亩 against 300亩 + 2000亩). None when a bound hedges it (余, 以上, 超过): those
    never fail."""
    values = [total, *parts]
    if any(q.qualifier not in (None, *T.APPROXIMATE_QUALIFIERS) for q in values):
        return None
    assert total.value is not None
    diff = abs(sum((q.value or Decimal(0) for q in parts), Decimal(0)) - total.value)
    slack = sum((_rounding_step(q) if q.qualifier else half_step(q) for q in values), Decimal(0))
    return within(diff, slack)


def check_parts_sum(a: Analysis) -> list[Check]:
    """A figure's parts add up to its total, per unit that every part gives."""
    out: list[Check] = []
    for fig in a.figures:
        units = common_units(fig.total, [p.values for p in fig.parts])
        # The same parts adding up exactly in one unit say the list is the whole: a shortfall in
        # another unit (5130户 against a stated 5230户) is then a real mismatch.
        whole_in_some_unit = any(_adds_up_exactly(fig, unit) for unit in units)
        for unit in units:
            total = next(q for q in fig.total if q.unit == unit)
            parts = [next(q for q in p.values if q.unit == unit) for p in fig.parts]
            if total.value is None or any(q.value is None for q in parts):
                continue  # a range: no sum to compare
            actual = sum((q.value or Decimal(0) for q in parts), Decimal(0))
            ok = intervals_overlap(total, parts)
            hedged = not is_exact(total) or not all(map(is_exact, parts))
            what = f"{fig.label} {words(a, total.start, total.end)}"
            terms = " + ".join(
                f"{p.label}{words(a, q.start, q.end)}"
                for p, q in zip(fig.parts, parts, strict=True)
            )
            spans = [a.tm.span(fig.start, fig.end), a.tm.span(total.start, total.end)]
            if ok:
                out.append(
                    _check(
                        "parts_sum",
                        "pass",
                        f"{what}: {terms} = {_as_written(a, total, actual, unit)}",
                        spans,
                        total.value,
                        actual,
                        unit,
                    )
                )
                continue
            if hedged and _roughly_agrees(total, parts) is not False:
                continue  # 余/以上, or 约 within its rounding: never a mismatch
            odd = _odd_multiplier(a, total, parts)
            if actual < total.value and not (whole_in_some_unit or _complete(a, fig) or odd):
                continue  # 其中 may list only some parts of the whole
            message = (
                f"{what}, but its parts add up to {_as_written(a, total, actual, unit)}: {terms}"
            )
            if odd is not None:
                i, written, others = odd
                message += (
                    f"; {fig.parts[i].label}{words(a, parts[i].start, parts[i].end)} is written"
                    f" in {written} among parts in {others}, and read in {others} they add up"
                )
            out.append(
                _check(
                    "parts_sum",
                    "fail",
                    message,
                    spans + [a.tm.span(q.start, q.end) for q in parts],
                    total.value,
                    actual,
                    unit,
                )
            )
    return out


# ---- allocation_sum ----------------------------------------------------------------------


def check_allocation_sum(a: Analysis) -> list[Check]:
    """Per-agency allocations (区发改委(2)、区集体经济办(5)…) add up to the item's project count."""
    out: list[Check] = []
    for it in a.items:
        given = [ag for ag in it.agencies if ag.projects is not None]
        if it.project_count is None or it.project_count_at is None or not given:
            continue
        total = sum(ag.projects or 0 for ag in given)
        h = it.node.heading
        spans = [a.tm.span(h.start, h.title_end), a.tm.span(*it.project_count_at)]
        spans += [a.tm.span(ag.start, ag.end) for ag in given]
        stated = words(a, *it.project_count_at)
        terms = "、".join(f"{ag.name}({ag.projects})" for ag in given)
        if total == it.project_count:
            msg = f"{h.number} {h.title}: {terms} = {total}, as stated ({stated})"
            out.append(
                _check(
                    "allocation_sum",
                    "pass",
                    msg,
                    spans,
                    Decimal(it.project_count),
                    Decimal(total),
                    "个",
                )
            )
        elif len(given) == len(it.agencies) or total > it.project_count:
            msg = (
                f"{h.number} {h.title}: {stated}, but the agencies' shares add to {total} ({terms})"
            )
            out.append(
                _check(
                    "allocation_sum",
                    "fail",
                    msg,
                    spans,
                    Decimal(it.project_count),
                    Decimal(total),
                    "个",
                )
            )
    return out


def _is_allocation(text: str, q: QuantityMatch) -> bool:
    before = text[max(0, q.start - 8) : q.start]
    after = text[q.end : q.end + 6]
    return any(v in before for v in T.ALLOCATION_VERBS) or "资金" in after


def check_declared_total(a: Analysis) -> list[Check]:
    """A stated grand total (``共安排资金…万元``, ``共…个项目``) equals the sum over the items."""
    text = a.tm.text
    out: list[Check] = []
    if text.find("共", *a.body) < 0 and text.find("计", *a.body) < 0:
        return out  # every _GRAND holds 共 or 计: a body with neither needs no pass at all
    for q in a.quantities:
        if q.value is None or not (a.body[0] <= q.start < a.body[1]):
            continue
        near = text[max(a.body[0], q.start - 14) : q.start]
        if "共" not in near and "计" not in near:
            continue  # every _GRAND holds 共 or 计: most numbers need no sentence and no regex
        s = sentence_start(text, q.start, a.body[0])
        if not _GRAND.search(text[max(s, q.start - 14) : q.start]):
            continue
        own = a.item_at(q.start)
        if own is not None and any(
            it is not own and it.node.parent is own.node.parent and it.project_count is not None
            for it in a.items
        ):
            continue  # a work item among work items: its 共完成N个项目 is its own count
        projects = (
            q.kind == "count"
            and q.unit in ("个", "项")
            and (_PROJECT_AFTER.match(text, q.end) or _PROJECT_BEFORE.search(text[s : q.start]))
        )
        money = q.kind == "money" and "资金" in text[max(s, q.start - 10) : q.end + 4]
        if not (projects or money):
            continue
        scope = scope_at(a, q.start)
        items = [
            it for it in a.items if it is not own and (scope is None or it.node.scope == scope)
        ]
        if not items:
            continue
        if projects:
            counts = [it.project_count for it in items]
            if any(c is None for c in counts):
                continue
            actual = Decimal(sum(c or 0 for c in counts))
            what = f"the {len(items)} items' project counts add up to {plain(actual)}"
            parts_hedged = False
            agree = abs(actual - q.value) <= half_step(q)
        else:
            amounts = [
                m
                for m in a.quantities
                if m.kind == "money" and any(it.node.start <= m.start < it.node.end for it in items)
            ]
            allocations = [m for m in amounts if _is_allocation(text, m)]
            if not allocations:
                continue
            # Other money in the items (an income target, a sales figure) is not part of the
            # total: sum the allocations, but only a full set of allocations can fail.
            partial = len(allocations) < len(amounts)
            parts_hedged = not all(map(is_exact, allocations)) or partial
            actual = sum((m.value or Decimal(0) for m in allocations), Decimal(0))
            what = f"the items' funds add up to {plain(actual)}元"
            agree = intervals_overlap(q, allocations) if all(map(is_exact, allocations)) else False
        said = words(a, max(s, q.start - 30), q.end)
        spans = [a.tm.span(max(s, q.start - 30), q.end)]
        if agree:
            out.append(
                _check("declared_total", "pass", f"{said}: {what}", spans, q.value, actual, q.unit)
            )
        elif is_exact(q) and not parts_hedged:
            out.append(
                _check(
                    "declared_total", "fail", f"{said}, but {what}", spans, q.value, actual, q.unit
                )
            )
    return out
