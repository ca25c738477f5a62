"""Numeric checks: sums, allocations, restated figures, percentages, declared totals, counts.

Each function takes the ``Analysis`` and returns its ``Check``s: ``pass`` when the
numbers agree, ``fail`` when they surely disagree. Values are compared as intervals
(each value ± half the step it was written to, as XBRL calculation checks do), so
rounding is never a mismatch; a value with a qualifier (约, 余, 以上…) or a range can
confirm a rule but never fail it. When a check is not sure what a number is about it
stays silent: a false alarm costs a reviewer's trust as much as a miss.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

import regex

from extractor.checks.base import make_check as _check
from extractor.facts import Analysis, FigureMatch, QuantityMatch
from extractor.figures import (
    Group,
    common_units,
    group_quantities,
    half_step,
    intervals_overlap,
    is_exact,
    within,
)
from extractor.model import Check
from extractor.outline import cn_small_int
from extractor.tables import figures as T

_CN = "".join(T.COUNT_NUMERALS)
_YEAR = regex.compile(r"(?<!\d)(?:19|20)\d{2}年")
_SENTENCE = regex.compile(r"[。!?\n;]")
_SENTENCE_BACK = regex.compile(r"[。!?\n;]", regex.REVERSE)
_CLAUSE = regex.compile(r"[,;:。!?\n]")
# 我区四个携手奔小康地区 / 分三年: how many parts a total announces.
_ANNOUNCED = regex.compile(
    rf"(?:(?P<n>{T.COUNT_NUMBER})(?:个|类|项|大)|分(?P<m>{T.COUNT_NUMBER})年)"
)
# 占所有行政村的53% / 占总人口比例为53%
_SHARE = regex.compile(r"占(?P<base>\p{Han}{1,12}?)(?:的|比例|比重)(?:为|达到|达)?\s*$")
# 共/合计/总计/累计 opening a declared grand total.
# It must stand right before the amount, at most a few words apart (共安排帮扶资金157万元).
_GRAND = regex.compile(
    r"(?:共计|合计|总计|累计|(?<![公总])共(?![同享建商治赢识])(?:安排|投入|完成|实施|开展|涉及|有|计划)?)"
    r"\p{Han}{0,8}$"
)
_PROJECT_AFTER = regex.compile(r"\s*(?:\p{Han}{0,4})?项目")
_PROJECT_BEFORE = regex.compile(r"项目(?:共|总数|数)?\s*$")
# 四类贫困人口即… / 五大工程即… / 八个到位即“…”
_ENUM_HEAD = regex.compile(
    rf"(?P<n>{T.COUNT_NUMBER})(?P<cls>类|大|个|项|方面)(?P<noun>\p{{Han}}{{1,6}}?)即"
)
# 省、市、县、乡四级 / …和电子证照6大基础信息资源库 / 县乡村三级
_ENUM_TAIL = regex.compile(rf"(?P<n>{T.COUNT_NUMBER})(?P<cls>级|大)")
# 改厨、改厕、改客房、整理院落“三改一整”: three pieces start with 改, one with 整
_ENUM_PAIR = regex.compile(rf"“(?P<n1>[{_CN}])(?P<x>\p{{Han}})(?P<n2>[{_CN}])(?P<y>\p{{Han}})”")
_LEVELS = "省市县区乡镇村组"
# 重点抓好三项工作:①…;②…;③… / 做好四个方面:一是…二是… — a count announced before a colon
# and the marked points that follow it in the same paragraph.
_ENUM_COLON = regex.compile(
    rf"(?P<n>{T.COUNT_NUMBER})(?P<cls>项|个|类|大|件|条|方面)(?P<noun>\p{{Han}}{{0,8}}?)[:：]"
)
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_SHI_POINT = regex.compile(r"([一二三四五六七八九十]{1,2})是")
_HAN_RUN = regex.compile(r"\p{Han}{1,10}")
_HAN_TAIL = regex.compile(r"\p{Han}{1,30}$")


def _words(a: Analysis, start: int, end: int) -> str:
    """The document's own words for normalised ``[start, end)``."""
    return a.tm.source(start, end).strip()


def _n(value: Decimal) -> str:
    """``Decimal('600000.0')`` -> ``600000``."""
    text = format(value.normalize(), "f")
    return text


def _number_value(s: str) -> int | None:
    """``四`` -> 4, ``十一`` -> 11, ``12`` -> 12; None for anything that is not a small number
    (document text reaches here, so a numeral the table lacks must not raise)."""
    return cn_small_int(s)


def _scope_at(a: Analysis, pos: int) -> str | None:
    node = a.node_at(pos)
    while node is not None:
        if node.scope:
            return node.scope
        node = node.parent
    return None


def _sentence(text: str, start: int, end: int, floor: int = 0) -> tuple[int, int]:
    """The sentence around ``[start, end)``, not starting before ``floor``; at most
    ``MAX_SENTENCE_CHARS`` each way, so text with no stops does not cost quadratic time.

    >>> _sentence("甲。乙丙,丁。戊", 3, 4)
    (2, 6)
    """
    a = start
    if start > floor:
        lo = max(floor, start - T.MAX_SENTENCE_CHARS)
        m = _SENTENCE_BACK.search(text, lo, start)
        a = m.end() if m else lo
    hi = min(len(text), end + T.MAX_SENTENCE_CHARS)
    m = _SENTENCE.search(text, end, hi) if end < hi else None
    return a, m.start() if m else max(end, hi)


# ---- parts_sum ---------------------------------------------------------------------------


def _complete(a: Analysis, fig: FigureMatch) -> bool:
    """Signs that the parts are meant to be the whole: a residual part (其他…), as many parts
    as the text announces (我区四个…地区, 分三年), or every scope of the plan; a table's
    合计 row totals the rows above it by construction."""
    if fig.complete or fig.parts[-1].label.startswith(T.RESIDUAL_PART_PREFIXES):
        return True
    text = a.tm.text
    lead_from = max(a.body[0], fig.start - 30)
    s, _ = _sentence(text, fig.start, fig.start, lead_from)
    for m in _ANNOUNCED.finditer(text, s, fig.total[0].start):
        if _number_value(m["n"] or m["m"]) == len(fig.parts):
            return True
    labels = {p.label for p in fig.parts}
    return bool(a.scopes) and labels == set(a.scopes)


def _adds_up_exactly(fig: FigureMatch, unit: str) -> bool:
    total = next(q for q in fig.total if q.unit == unit)
    parts = [next(q for q in p.values if q.unit == unit) for p in fig.parts]
    values = [q.value for q in (total, *parts)]
    if any(v is None for v in values) or not all(map(is_exact, (total, *parts))):
        return False
    return sum((v for v in values[1:] if v is not None), Decimal(0)) == values[0]


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
            what = f"{fig.label} {_words(a, total.start, total.end)}"
            terms = " + ".join(
                f"{p.label}{_words(a, q.start, q.end)}"
                for p, q in zip(fig.parts, parts, strict=True)
            )
            spans = [a.tm.span(fig.start, fig.end), a.tm.span(total.start, total.end)]
            if ok:
                out.append(
                    _check(
                        "parts_sum",
                        "pass",
                        f"{what}: {terms} = {_n(actual)}{unit}",
                        spans,
                        total.value,
                        actual,
                        unit,
                    )
                )
                continue
            if hedged:
                continue  # 约/余/以上: never a mismatch
            if actual < total.value and not (whole_in_some_unit or _complete(a, fig)):
                continue  # 其中 may list only some parts of the whole
            out.append(
                _check(
                    "parts_sum",
                    "fail",
                    f"{what}, but its parts add up to {_n(actual)}{unit}: {terms}",
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
        stated = _words(a, *it.project_count_at)
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


# ---- restated_figure ---------------------------------------------------------------------


def _context(text: str, g: Group, floor: int) -> str:
    """The words around a group: its clause before it and the words after it up to a comma."""
    a = g.start
    while a > floor and a > g.start - 30 and not _CLAUSE.match(text, a - 1):
        a -= 1
    b = g.end
    while b < len(text) and b < g.end + 12 and not _CLAUSE.match(text, b):
        b += 1
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
    s, e = _sentence(text, start, end)
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
    scopes = [_scope_at(a, g.start) for g in groups]
    for fig in a.figures:
        head = _head(a, fig.label)
        fig_scope = _scope_at(a, fig.start)
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
            said = f"{label}{_words(a, values[0].start, values[-1].end)}"
            if agreeing:
                g = agreeing[0]
                key = tuple(sorted((s_start, g.start)))
                if key in seen:
                    continue
                seen.add(key)  # type: ignore[arg-type]
                again = _words(a, g.start, g.end)
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
                again = _words(a, g.start, g.end)
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
        s, _ = _sentence(text, zhan, zhan, a.body[0])
        before = [q for q in counts if s <= q.start and q.end <= zhan]
        if not before:
            continue
        num = before[-1]
        subject = text[num.end : zhan].rstrip(", ")
        if not subject or _CLAUSE.search(subject) or subject[-1] != base[-1]:
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
        words = _words(a, num.start, pct.end)
        spans = [a.tm.span(num.start, pct.end), a.tm.span(den.start, den.end)]
        ratio_txt = f"{_n(num.value)}/{_n(den.value)} = {ratio.quantize(Decimal('0.1'))}%"
        if ok:
            out.append(
                _check(
                    "percentage",
                    "pass",
                    f"{words}: {ratio_txt}",
                    spans,
                    pct.value,
                    ratio.quantize(Decimal("0.01")),
                    "%",
                )
            )
        elif not hedged:
            msg = f"{words}, but {ratio_txt} (with {_words(a, den.start, den.end)}{base})"
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


def _is_allocation(text: str, q: QuantityMatch) -> bool:
    before = text[max(0, q.start - 8) : q.start]
    after = text[q.end : q.end + 6]
    return any(v in before for v in T.ALLOCATION_VERBS) or "资金" in after


def check_declared_total(a: Analysis) -> list[Check]:
    """A stated grand total (``共安排资金…万元``, ``共…个项目``) equals the sum over the items."""
    text = a.tm.text
    out: list[Check] = []
    for q in a.quantities:
        if q.value is None or not (a.body[0] <= q.start < a.body[1]):
            continue
        s, _ = _sentence(text, q.start, q.end, a.body[0])
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
        scope = _scope_at(a, q.start)
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
            what = f"the {len(items)} items' project counts add up to {_n(actual)}"
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
            what = f"the items' funds add up to {_n(actual)}元"
            agree = intervals_overlap(q, allocations) if all(map(is_exact, allocations)) else False
        words = _words(a, max(s, q.start - 30), q.end)
        spans = [a.tm.span(max(s, q.start - 30), q.end)]
        if agree:
            out.append(
                _check("declared_total", "pass", f"{words}: {what}", spans, q.value, actual, q.unit)
            )
        elif is_exact(q) and not parts_hedged:
            out.append(
                _check(
                    "declared_total", "fail", f"{words}, but {what}", spans, q.value, actual, q.unit
                )
            )
    return out


# ---- enumeration_count -------------------------------------------------------------------


def _count_pieces(segment: str) -> int:
    pieces = [p for p in regex.split(r"[、,]", segment.strip(" “”\"'")) if p.strip(" “”\"'")]
    return len(pieces)


def _list_before(text: str, lo: int, end: int) -> tuple[int, int] | None:
    """The 、-list that ends at ``end``: (where it starts, how many pieces), or None.

    ``健全完善省、市、县、乡`` -> 4 (the first piece is cut to its last words);
    ``宏观经济、空间地理和电子证照`` -> the last piece splits on 和/及.
    """
    pieces = text[lo:end].split("、")
    k = len(pieces) - 1
    while k > 0 and _HAN_RUN.fullmatch(pieces[k]):
        k -= 1
    pieces = pieces[k:]
    if len(pieces) < 2 or any(not _HAN_RUN.fullmatch(p) for p in pieces[1:]):
        return None
    first = _HAN_TAIL.search(pieces[0])
    if first is None:
        return None
    count = len(pieces)
    if regex.search(r"\p{Han}[和及]\p{Han}", pieces[-1]):
        count += 1
    first_len = min(len(first.group()), 6)
    start = end - len("、".join(pieces[1:])) - 1 - first_len
    return start, count


def _marked_points(segment: str) -> int:
    """How many points ①②③… or 一是、二是… run from the first one on, in order (0 if none)."""
    circled = [c for c in segment if c in _CIRCLED]
    seq: list[int | None]
    if circled:
        seq = [_CIRCLED.index(c) + 1 for c in circled]
    else:
        seq = [_number_value(m.group(1)) for m in _SHI_POINT.finditer(segment)]
    if not seq or seq[0] != 1 or seq != list(range(1, len(seq) + 1)):
        return 0  # not one clean run of points: nothing to count
    return len(seq)


def check_enumeration_count(a: Analysis) -> list[Check]:
    """``四类贫困人口即…`` / ``省、市、县、乡四级`` name as many things as the number says."""
    text = a.tm.text
    lo, hi = a.body
    out: list[Check] = []
    for m in _ENUM_HEAD.finditer(text, lo, hi):
        n = _number_value(m["n"])
        if n is None:
            continue
        end = m.end()
        while end < hi and text[end] not in "。;\n":
            end += 1
        segment = text[m.end() : end]
        restated = segment.find(m["n"] + m["cls"])
        quoted = regex.match(r"\s*“([^”]+)”", segment)
        if restated > 0:
            segment, sure = segment[:restated], True
        elif quoted:
            segment, sure = quoted.group(1), True
        else:
            continue
        count = _count_pieces(segment.removesuffix("的"))
        spans = [a.tm.span(m.start(), m.end() + len(segment) + (2 if quoted else 0))]
        what = _words(a, m.start(), m.end() - 1)
        if count == n:
            out.append(
                _check(
                    "enumeration_count",
                    "pass",
                    f"{what}: {count} named",
                    spans,
                    Decimal(n),
                    Decimal(count),
                    None,
                )
            )
        elif sure and n > 1:
            out.append(
                _check(
                    "enumeration_count",
                    "fail",
                    f"{what}, but {count} are named",
                    spans,
                    Decimal(n),
                    Decimal(count),
                    None,
                )
            )
    for m in _ENUM_TAIL.finditer(text, lo, hi):
        n = _number_value(m["n"])
        if n is None:
            continue
        listed = _list_before(text, max(lo, m.start() - 60), m.start())
        if listed is not None:
            start, count = listed
        elif m.start() - n >= lo and all(ch in _LEVELS for ch in text[m.start() - n : m.start()]):
            start, count = m.start() - n, n  # 县乡村三级
        else:
            continue
        if count != n or n < 2:
            continue  # a list before a number is a guess: confirm, never accuse
        out.append(
            _check(
                "enumeration_count",
                "pass",
                f"{_words(a, max(lo, start), m.end())}: {n} named",
                [a.tm.span(max(lo, start), m.end())],
                Decimal(n),
                Decimal(count),
                None,
            )
        )
    for m in _ENUM_COLON.finditer(text, lo, hi):
        n = _number_value(m["n"])
        if n is None:
            continue
        stop = text.find("\n", m.end(), hi)
        stop = hi if stop < 0 else stop
        count = _marked_points(text[m.end() : stop])
        if count < 2 or n < 2:
            continue
        what = _words(a, m.start(), m.end() - 1)
        spans = [a.tm.span(m.start(), stop)]
        if count == n:
            out.append(
                _check(
                    "enumeration_count",
                    "pass",
                    f"{what}: {count} marked points",
                    spans,
                    Decimal(n),
                    Decimal(count),
                    None,
                )
            )
        else:
            out.append(
                _check(
                    "enumeration_count",
                    "fail",
                    f"{what}, but {count} points are marked",
                    spans,
                    Decimal(n),
                    Decimal(count),
                    None,
                )
            )
    for m in _ENUM_PAIR.finditer(text, lo, hi):
        listed = _list_before(text, max(lo, m.start() - 60), m.start())
        if listed is None:
            continue
        start, _ = listed
        pieces = text[start : m.start()].split("、")
        n1, n2 = _number_value(m["n1"]), _number_value(m["n2"])
        if n1 is None or n2 is None:
            continue
        want = (n1, n2)
        got = (
            sum(p.startswith(m["x"]) for p in pieces[1:]) + (m["x"] in pieces[0]),
            sum(p.startswith(m["y"]) for p in pieces[1:]) + (m["y"] in pieces[0]),
        )
        if got == want and sum(got) == len(pieces):
            what = _words(a, start, m.end())
            out.append(
                _check(
                    "enumeration_count",
                    "pass",
                    f"{what}: {want[0]}+{want[1]} named",
                    [a.tm.span(start, m.end())],
                    Decimal(sum(want)),
                    Decimal(sum(got)),
                    None,
                )
            )
    for fig in a.figures:
        s, _ = _sentence(text, fig.start, fig.start, lo)
        for m in _ANNOUNCED.finditer(text, s, fig.total[0].start):
            if m["m"] and _number_value(m["m"]) == len(fig.parts):
                spans = [a.tm.span(m.start(), fig.end)]
                out.append(
                    _check(
                        "enumeration_count",
                        "pass",
                        f"{_words(a, m.start(), m.end())}: {len(fig.parts)} parts",
                        spans,
                        Decimal(len(fig.parts)),
                        Decimal(len(fig.parts)),
                        None,
                    )
                )
    return out
