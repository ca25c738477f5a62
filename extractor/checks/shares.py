"""Shares: a stated percentage against the counts it is about (占…的X%)."""

from __future__ import annotations

from decimal import Decimal

import regex

from extractor.checks.base import make_check as _check
from extractor.checks.text import CLAUSE, plain, sentence, words
from extractor.facts import Analysis, QuantityMatch
from extractor.figures import (
    half_step,
    is_exact,
)
from extractor.model import Check
from extractor.tables import figures as T

# 占所有行政村的53% / 占总人口比例为53%
_SHARE = regex.compile(r"占(?P<base>\p{Han}{1,12}?)(?:的|比例|比重)(?:为|达到|达)?\s*$")


def _noun_after(text: str, q: QuantityMatch) -> str:
    m = regex.match(r"\p{Han}{1,8}", text[q.end : q.end + 8])
    return m.group() if m else ""


def check_percentage(a: Analysis) -> list[Check]:
    """A stated share matches its counts: ``126个贫困村,占所有行政村的53%`` with ``237个行政村``."""
    text = a.tm.text
    out: list[Check] = []
    counts = [q for q in a.quantities if q.kind == "count" and q.value is not None]
    for pct in a.quantities:
        if pct.kind != "percent" or pct.value is None:
            continue
        lead = text[max(a.body[0], pct.start - 20) : pct.start]
        m = _SHARE.search(lead)
        if not m:
            continue
        zhan = pct.start - len(lead) + m.start()
        base = m["base"]
        for det in T.BASE_DETERMINERS:
            if base.startswith(det) and len(base) > len(det):
                base = base[len(det) :]
                break
        # numerator: the count that is the subject of 占, in the same clause
        s, _ = sentence(text, zhan, zhan, a.body[0])
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


# ---- declared_total ----------------------------------------------------------------------
