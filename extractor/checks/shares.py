"""Shares: a stated percentage against the counts or the money it is about.

- Counts: ``126个贫困村,占所有行政村的53%`` against ``237个行政村`` earlier in the section.
- Money with a named base: ``一般公共预算财政拨款支出9746.50万元，占本年支出合计的99.86%``
  against an amount labelled ``本年支出合计`` anywhere in the body (prose or a table row).
- Money or counts in a list after a total: ``本年支出合计9759.38万元，其中：基本支出5377.64万元，
  占55.10%`` (a bare 占: the base is the total before 其中 / 主要用于).

A share passes when it holds against any amount that bears its base's label, and fails when it
holds against none: a document that states 本年支出合计 twice with different values (two tables)
never fails on the choice between them.
"""

from __future__ import annotations

from decimal import Decimal

import regex

from extractor.checks.base import make_check as _check
from extractor.checks.prose import (
    Located,
    Prose,
    alternation,
    amount,
    clean,
    interval,
    percent_of,
    point,
)
from extractor.checks.prose import plain as shown
from extractor.checks.text import CLAUSE, plain, sentence_start, words
from extractor.facts import Analysis, QuantityMatch
from extractor.intervals import half_step, is_exact
from extractor.model import Check
from extractor.tables import figures as T
from extractor.tables import rates as R

# 占所有行政村的53% / 占总人口比例为53%
_SHARE = regex.compile(r"占(?P<base>\p{Han}{1,12}?)(?:的|比例|比重)(?:为|达到|达)?\s*$")
# On the compact view: 占本年支出合计的99.86% / 占55.10% / 占比34.30%
_NAMED_SHARE = regex.compile(
    r"[,、]?占(?P<base>[\p{Han}A-Za-z“”()]{1,20}?)(?:的比重|的比例|的)(?:为|达到|达)?$"
)
_BARE_SHARE = regex.compile(r"[,、]?占(?:比|比重|比例)?(?:为|达到|达)?$")
_LIST_MARKER = regex.compile(alternation(R.SHARE_LIST_MARKERS))


def _noun_after(text: str, q: QuantityMatch) -> str:
    m = regex.match(r"\p{Han}{1,8}", text[q.end : q.end + 8])
    return m.group() if m else ""


def check_percentage(a: Analysis) -> list[Check]:
    """A stated share matches its counts or its money: ``126个贫困村,占所有行政村的53%`` with
    ``237个行政村``; ``基本支出5377.64万元，占55.10%`` of the total before 其中."""
    return sorted(_count_shares(a) + _amount_shares(a), key=lambda c: c.spans[0].start)


def _count_shares(a: Analysis) -> list[Check]:
    text = a.tm.text
    out: list[Check] = []
    counts = [q for q in a.quantities if q.kind == "count" and q.value is not None]
    for pct in a.quantities:
        if pct.kind != "percent" or pct.value is None:
            continue
        lead = text[max(a.body[0], pct.start - 20) : pct.start]
        m = _SHARE.search(lead) if "占" in lead else None  # _SHARE starts with 占
        if not m:
            continue
        zhan = pct.start - len(lead) + m.start()
        base = m["base"]
        for det in T.BASE_DETERMINERS:
            if base.startswith(det) and len(base) > len(det):
                base = base[len(det) :]
                break
        # numerator: the count that is the subject of 占, in the same clause
        s = sentence_start(text, zhan, a.body[0])
        before = [q for q in counts if s <= q.start and q.end <= zhan]
        if not before:
            continue
        num = before[-1]
        subject = text[num.end : zhan].rstrip(", ")
        if not subject or CLAUSE.search(subject) or subject[-1] != base[-1]:
            continue  # 126个贫困村 vs 行政村: both 村
        # denominator: a count of the base noun earlier in the same section
        node = a.node_at(zhan)
        floor = node.start if node is not None else a.body[0]
        dens = [
            q
            for q in counts
            if floor <= q.start < num.start
            and q.unit == num.unit
            and _noun_after(text, q).startswith(base)
        ]
        if len({q.value for q in dens}) != 1:
            continue
        den = dens[-1]
        if not den.value or num.value is None:
            continue
        ratio = num.value / den.value * 100
        lo = (num.value - half_step(num)) / (den.value + half_step(den)) * 100
        hi = (num.value + half_step(num)) / max(den.value - half_step(den), Decimal("1e-9")) * 100
        h = half_step(pct)
        ok = hi >= pct.value - h and lo <= pct.value + h
        if pct.qualifier in T.BOUND_QUALIFIERS and pct.qualifier in (
            "以上",
            "不少于",
            "不低于",
            "至少",
            "超过",
        ):
            ok = hi >= pct.value - h
        hedged = not (is_exact(pct) and is_exact(num) and is_exact(den))
        said = words(a, num.start, pct.end)
        spans = [a.tm.span(num.start, pct.end), a.tm.span(den.start, den.end)]
        ratio_txt = f"{plain(num.value)}/{plain(den.value)} = {ratio.quantize(Decimal('0.1'))}%"
        if ok:
            out.append(
                _check(
                    "percentage",
                    "pass",
                    f"{said}: {ratio_txt}",
                    spans,
                    pct.value,
                    ratio.quantize(Decimal("0.01")),
                    "%",
                )
            )
        elif not hedged:
            msg = f"{said}, but {ratio_txt} (with {words(a, den.start, den.end)}{base})"
            out.append(
                _check(
                    "percentage",
                    "fail",
                    msg,
                    spans,
                    pct.value,
                    ratio.quantize(Decimal("0.01")),
                    "%",
                )
            )
    return out


def _list_totals(p: Prose, num: Located) -> list[Located]:
    """The totals a list of parts may belong to: the amount just before each 其中 / 主要用于 of
    the sentence ahead of the part (``收入合计…，其中：财政拨款…，其中：…`` gives two)."""
    floor = p.sentence_start(num.start, full=True)
    totals = []
    for m in _LIST_MARKER.finditer(p.text, floor, num.start):
        gap = m.start() - 1 if p.text[m.start() - 1 : m.start()] in ",、" else m.start()
        total = p.ending_at(gap)
        if total is not None and total.start >= floor and total.q.unit == num.q.unit:
            totals.append(total)
    return totals


def _named_bases(p: Prose, num: Located, base: str) -> list[Located]:
    """Amounts in the numerator's unit labelled with the base: ``本年支出合计9759.38万元``,
    or a table row ``本年支出合计 | 9759.38``."""
    for det in R.SHARE_BASE_DETERMINERS:
        if base.startswith(det) and len(base) > len(det):
            base = base[len(det) :]
            break
    text = p.analysis.tm.text
    labelled = p.labelled(base)
    if labelled is None:
        return []
    found = [x for x in labelled if x is not num and x.q.unit == num.q.unit]
    if not all(clean(x.q, text) for x in found):
        return []  # 项目总投资约100万元: the base may be the hedged one
    # an amount below the part cannot be its whole: another thing with the same label
    return [x for x in found if x.q.value is not None and x.q.value >= (num.q.value or 0)]


def _amount_shares(a: Analysis) -> list[Check]:
    p = a.prose
    text = a.tm.text
    out = []
    for x in p.quantities:
        if x.q.unit != "%" or not clean(x.q, text):
            continue
        lead = p.text[max(0, x.start - 26) : x.start]
        if "占" not in lead:
            continue  # both patterns hold 占: spares two searches anchored at the end
        named = _NAMED_SHARE.search(lead)
        bare = None if named else _BARE_SHARE.search(lead)
        m = named or bare
        if m is None:
            continue
        num = p.ending_at(x.start - len(lead) + m.start())
        if num is None or not clean(num.q, text):
            continue
        if named:
            if num.q.kind != "money":
                continue  # counts with a named base: _count_shares
            bases = _named_bases(p, num, named["base"])
        else:
            if num.q.kind not in ("money", "count"):
                continue
            bases = _list_totals(p, num)
        c = _share_verdict(p, num, x, bases)
        if c is not None:
            out.append(c)
    return out


def _share_verdict(p: Prose, num: Located, pct: Located, bases: list[Located]) -> Check | None:
    usable = [b for b in bases if b.q.value]
    if not usable:
        return None
    stated = interval(pct.q)
    tm = p.analysis.tm
    said = p.words(p.label_start(num), pct.end)
    spans = [tm.span(pct.q.start, pct.q.end), tm.span(num.q.start, num.q.end)]

    def ratio(b: Located) -> Decimal:
        r = percent_of(point(num.q), point(b.q))
        assert r is not None
        return r.lo.quantize(Decimal("0.01"))

    for b in usable:
        r = percent_of(interval(num.q), interval(b.q))
        if r is not None and r.overlaps(stated):
            msg = f"{said}: {amount(p, num)} / {p.label(b)}{amount(p, b)} = {shown(ratio(b))}%"
            spans.append(tm.span(b.q.start, b.q.end))
            return _check("percentage", "pass", msg, spans, pct.q.value, ratio(b), "%")
    tried = "; ".join(
        f"{amount(p, num)} / {p.label(b)}{amount(p, b)} = {shown(ratio(b))}%" for b in usable
    )
    spans.extend(tm.span(b.q.start, b.q.end) for b in usable)
    msg = f"{said}, but {tried}"
    return _check("percentage", "fail", msg, spans, pct.q.value, ratio(usable[0]), "%")


# ---- declared_total ----------------------------------------------------------------------
