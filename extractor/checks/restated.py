"""Restated figures: the same labelled quantity stated twice agrees with itself."""

from __future__ import annotations

from collections.abc import Sequence

import regex

from extractor.checks.base import make_check as _check
from extractor.checks.text import CLAUSE, CLAUSE_BACK, scope_at, sentence, words
from extractor.facts import Analysis, QuantityMatch
from extractor.figures import (
    Group,
    group_quantities,
    half_step,
    is_exact,
    within,
)
from extractor.model import Check

_YEAR = regex.compile(r"(?<!\d)(?:19|20)\d{2}年")


def _context(text: str, g: Group, floor: int) -> str:
    """The words around a group: its clause before it and the words after it up to a comma."""
    a, lo = g.start, max(floor, g.start - 30)
    if lo < a:  # back to just after the last clause break, at most 30 characters
        m = CLAUSE_BACK.search(text, lo, a)
        a = m.end() if m else lo
    b, hi = g.end, min(len(text), g.end + 12)
    if b < hi:  # on to the next clause break, at most 12 characters
        m = CLAUSE.search(text, b, hi)
        b = m.start() if m else hi
    return text[a : g.start] + text[g.end : b]


def _subsequence(needle: str, hay: str) -> bool:
    it = iter(hay)
    return bool(needle) and all(ch in it for ch in needle)


def _head(a: Analysis, label: str) -> str:
    """A figure label without its year, place and lead words: 2015年称多县建档立卡贫困人口 ->
    建档立卡贫困人口."""
    head = _YEAR.sub("", label)
    for scope in sorted(a.scopes, key=len, reverse=True):
        head = head.replace(scope, "")
    for lead in ("现有", "目前", "共有", "还有", "全县", "全市", "全区"):
        head = head.replace(lead, "")
    return head.strip()


def _years(text: str, start: int, end: int) -> set[str]:
    s, e = sentence(text, start, end)
    return set(_YEAR.findall(text, s, e))


def _agree(x: Sequence[QuantityMatch], y: Sequence[QuantityMatch]) -> tuple[bool, bool, int]:
    """(all shared units agree, any value hedged, number of shared units)."""
    shared = [(p, q) for p in x for q in y if p.unit == q.unit]
    ok = True
    hedged = False
    for p, q in shared:
        if p.value is None or q.value is None:
            return False, True, len(shared)
        hedged |= not (is_exact(p) and is_exact(q))
        ok &= within(abs(p.value - q.value), half_step(p) + half_step(q))
    return ok, hedged, len(shared)


def check_restated_figure(a: Analysis) -> list[Check]:
    """A figure (or a part of one) stated again elsewhere agrees with itself.

    A restatement is paired by scope (``称多县2686户、9256人`` and ``建档立卡贫困人口2686户9256人``
    in the 称多县 section) or by label (``缺技术90户280人`` and ``因缺少技术致贫的90户280人``).
    A fail needs a single candidate in the same scope, about the same thing, in the same year.
    """
    text = a.tm.text
    groups = group_quantities(text, [q for q in a.quantities if a.body[0] <= q.start < a.body[1]])
    out: list[Check] = []
    seen: set[tuple[int, int]] = set()
    # Each group's context and scope, computed once: figures x statements x groups is large.
    contexts = [_context(text, g, a.body[0]) for g in groups]
    scopes = [scope_at(a, g.start) for g in groups]
    for fig in a.figures:
        head = _head(a, fig.label)
        fig_scope = scope_at(a, fig.start)
        statements = [(p.label, p.values, p.start, p.end) for p in fig.parts]
        statements.append((fig.label, fig.total, fig.start, fig.total[-1].end))
        for label, values, s_start, s_end in statements:
            if all(q.value == 0 for q in values):
                continue  # 0辆 restated as 0辆 says nothing
            is_scope = label in a.scopes
            scope = label if is_scope else fig_scope
            s_years = _years(text, values[0].start, values[-1].end)
            agreeing: list[Group] = []
            sure_disagreeing: list[Group] = []
            for g, ctx, g_scope in zip(groups, contexts, scopes, strict=True):
                if fig.start <= g.start < fig.end:
                    continue  # the figure itself
                if is_scope or label == fig.label:
                    same = g_scope == scope and bool(head) and head in ctx
                else:
                    same = g_scope == scope and _subsequence(label, ctx)
                if not same:
                    continue
                ok, hedged, shared = _agree(values, g.values)
                if not shared:
                    continue
                one_ok = len(values) == 1 and (is_scope or label == fig.label or label in ctx)
                if ok and (shared >= 2 or one_ok):
                    agreeing.append(g)
                    break  # the first agreeing restatement is the one reported
                elif not ok and not hedged and g.units == frozenset(q.unit for q in values):
                    g_years = _years(text, g.start, g.end)
                    if scope is not None and g_years == s_years:
                        sure_disagreeing.append(g)
            said = f"{label}{words(a, values[0].start, values[-1].end)}"
            if agreeing:
                g = agreeing[0]
                key = tuple(sorted((s_start, g.start)))
                if key in seen:
                    continue
                seen.add(key)  # type: ignore[arg-type]
                again = words(a, g.start, g.end)
                out.append(
                    _check(
                        "restated_figure",
                        "pass",
                        f"{said} is restated as {again}",
                        [a.tm.span(s_start, s_end), a.tm.span(g.start, g.end)],
                        None,
                        None,
                        None,
                    )
                )
            elif len(sure_disagreeing) == 1:
                g = sure_disagreeing[0]
                again = words(a, g.start, g.end)
                unit = next(q.unit for q in values if any(v.unit == q.unit for v in g.values))
                exp = next(q.value for q in values if q.unit == unit)
                act = next(q.value for q in g.values if q.unit == unit)
                out.append(
                    _check(
                        "restated_figure",
                        "fail",
                        f"{said} is restated differently as {again}",
                        [a.tm.span(s_start, s_end), a.tm.span(g.start, g.end)],
                        exp,
                        act,
                        unit,
                    )
                )
    return out


# ---- percentage --------------------------------------------------------------------------
