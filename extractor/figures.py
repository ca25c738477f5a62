"""Figures: a total and its parts, read from the quantities of the text by their form.

The shapes read from prose, all over the NFKC view of the text:

- a total, then ``其中`` or ``包括`` and its parts: ``共有建档立卡贫困人口 17869户、46818人,其中
  称多县2686户、9256人,顺平县3496户 、7072人,…`` (labels before the numbers) or ``…5459户,
  19507人,其中 328 户因病致贫,109户因残致贫,…`` (labels after them);
- a total announced with ``共`` and parts built alike after it: ``分三年共给予60万元奖励,第一年
  给予30万元,第二年给予20万元,第三年给予10万元``;
- a list after a colon that announces a breakdown (``主要致贫原因:``, ``分别为:``, ``按支出功能
  科目划分:``) of a total stated before it in the same units and naming the same thing.

Whether the parts add up is never looked at here — that is the check's job, so a list that
does not add up is a finding and not a missing figure. The quantities grouped, a total's label
and a list of parts (where it ends, what is skipped) are read by extractor/figure_parts.py.

A table with a 合计/小计/总计 row becomes the same ``FigureMatch`` through ``rows_to_figure``.
Enumerations that are not a whole and its parts (``分别给予1000万元、800万元…``, shares in %)
give nothing: percentages never enter a figure, and parts need a total before them.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

import regex

from extractor.facts import FigureMatch, FigurePartMatch, QuantityMatch
from extractor.figure_parts import (
    _DIGIT,
    _SPACE_SEP,
    _TOTAL_MARKER,
    Group,
    _clause_start,
    _read_parts,
    _total_label,
    group_quantities,
)
from extractor.outline import cn_small_int
from extractor.tables import figures as T

_PARTS_MARKER = regex.compile("|".join(map(regex.escape, T.PARTS_MARKERS)))
_HARD_BREAK = regex.compile(r"[:。!?\n]")
# 分三年 / 分3次: a whole announced in so many steps.
_ANNOUNCED = regex.compile(rf"分\s*(?P<n>{T.COUNT_NUMBER})\s*(?:个)?(?:年|次|批|期|阶段|部分)")
_LOOKBACK = 200  # how far before an unmarked list of parts its total may be stated
# The words before a colon that announce a breakdown of a total stated before.
_BREAKDOWN_CUE = regex.compile("|".join(map(regex.escape, T.BREAKDOWN_CUES)))
_CLASSIFIED = regex.compile(r"按\p{Han}{1,12}?(?:划分|分类|分)")
_SENTENCE_BACK = regex.compile(r"[。!?\n]", regex.REVERSE)
_SENTENCE_END = regex.compile(r"[。!?\n]")
_COLON = regex.compile(":")
# The last characters of the total markers: _announced_figures wants one ending at most 4
# characters before the number.
_MARKER_LAST = frozenset(m[-1] for m in T.TOTAL_MARKERS)
_MARKER_LAST_AT = regex.compile("[" + regex.escape("".join(sorted(_MARKER_LAST))) + "]")
_DENSE_GROUPS = 40  # characters per group below which _after_marker_last searches the text


@dataclass(frozen=True)
class TableRow:
    """One row of a table as the readers give it: a label and its quantities, one per column."""

    label: str
    values: tuple[QuantityMatch, ...]
    start: int
    end: int


# ---- parts built alike -------------------------------------------------------------------


def _parallel(labels: Sequence[str]) -> bool:
    """Labels built alike: a shared first or last character (第一年给予 / 第二年给予)."""
    return len({lab[0] for lab in labels}) == 1 or len({lab[-1] for lab in labels}) == 1


def _announced_count(clause: str) -> int | None:
    m = _ANNOUNCED.search(clause)
    if not m:
        return None
    return cn_small_int(m.group("n"))


# ---- the three shapes --------------------------------------------------------------------


def _marked_figures(text: str, groups: Sequence[Group], start: int, end: int) -> list[FigureMatch]:
    """``<total>,其中<part>,<part>…``."""
    out: list[FigureMatch] = []
    for m in _PARTS_MARKER.finditer(text, start, end):
        k = bisect.bisect_right(groups, m.start(), key=lambda g: g.end)  # groups before it
        if not k:
            continue
        t = groups[k - 1]
        gap = text[t.end : m.start()]
        if len(gap) > T.MAX_TOTAL_TO_MARKER or _HARD_BREAK.search(gap) or _DIGIT.search(gap):
            continue
        parts = _read_parts(text, groups, m.end(), end, t.values)
        if len(parts) < 2:
            continue
        prev_end = groups[k - 2].end if k > 1 else start
        label, label_at = _total_label(text, t, start, prev_end)
        whole = _itemised(text, m.end()) or _named_sum(text, t, start, prev_end)
        out.append(_figure(text, groups, end, (label, label_at), t, parts, whole))
    return out


def _figure(
    text: str,
    groups: Sequence[Group],
    end: int,
    named: tuple[str, int],
    t: Group,
    parts: Sequence[FigurePartMatch],
    whole: bool,
) -> FigureMatch:
    """The figure of the total ``t`` named ``named`` (label, where it starts) and its parts:
    ``complete`` when its form says the parts are the whole and the list was not cut short."""
    label, label_at = named
    return FigureMatch(
        label,
        t.values,
        tuple(parts),
        min(label_at, t.start),
        parts[-1].end,
        complete=whole and _closed(text, groups, parts[-1].end, end),
    )


def _itemised(text: str, pos: int) -> bool:
    """A colon right after 其中/包括 at ``pos``: the total itemised (其中：行政编制人数237人、…)."""
    while pos < len(text) and text[pos] in " \t\u3000":
        pos += 1
    return text.startswith(T.ITEMISING_MARK, pos)


def _named_sum(text: str, t: Group, floor: int, prev_end: int) -> bool:
    """The total is named as the sum of its parts: 编制人数小计1161人, 合计为30万元."""
    a = max(_clause_start(text, t.start, floor), prev_end)
    named = text[a : t.start].rstrip(_SPACE_SEP + "为是")
    return named.endswith(T.SUM_WORDS)


def _closed(text: str, groups: Sequence[Group], pos: int, end: int) -> bool:
    """No number the quantity stage left unread follows the list before the next quantity or
    the sentence's end: the list was not cut short (pdfplumber text: "…、政府采购工程预算36.44
    万元、政府采购服务预算1446.32\n万元", whose last amount lost its unit to the line break)."""
    k = bisect.bisect_left(groups, pos, key=lambda g: g.start)
    stop = min(end, pos + T.MAX_SENTENCE_CHARS, groups[k].start if k < len(groups) else end)
    sentence_end = _SENTENCE_END.search(text, pos, stop)
    return not _DIGIT.search(text, pos, sentence_end.start() if sentence_end else stop)


def _announced_figures(
    text: str, groups: Sequence[Group], start: int, end: int, used: set[int]
) -> list[FigureMatch]:
    """``分三年共给予60万元奖励,第一年给予30万元,…``: a total named by 共 and parts after it."""
    out: list[FigureMatch] = []
    for k in _after_marker_last(text, groups):
        t = groups[k]
        if t.start in used:
            continue
        prev_end = groups[k - 1].end if k else start
        a = max(_clause_start(text, t.start, start), prev_end)
        clause = text[a : t.start]
        marker = None
        for found in _TOTAL_MARKER.finditer(clause):
            marker = found
        if marker is None or len(clause) - marker.end() > 4:
            continue  # the marker must stand right before the number (共给予60万元)
        tail = t.end
        while tail < min(end, t.end + 7) and text[tail] not in T.PART_SEPARATORS + T.SENTENCE_END:
            tail += 1  # no further: more than 6 characters on is not a list of parts
        if tail >= end or text[tail] not in T.PART_SEPARATORS or tail - t.end > 6:
            continue
        if _DIGIT.search(text, t.end, tail):
            continue
        parts = _read_parts(text, groups, tail + 1, end, t.values)
        if len(parts) < 2:
            continue
        labels = [p.label for p in parts]
        announced = _announced_count(text[_clause_start(text, t.start, start) : t.start])
        if announced not in (None, len(parts)) or not _parallel(labels):
            continue  # the parts must be built alike, and as many as announced
        label = (clause + text[t.end : tail]).strip(_SPACE_SEP) or labels[0]
        out.append(FigureMatch(label, t.values, tuple(parts), a, parts[-1].end))
    return out


def _after_marker_last(text: str, groups: Sequence[Group]) -> list[int]:
    """The indexes of the groups with a total marker's last character in the 5 characters
    before them, in order: the others cannot follow a marker, and are spared the clause's
    regexes. Where groups are dense (a number-dense text), one search for those characters
    and a bisect per hit beat a slice per group; in prose the slices cost less."""
    if not groups:
        return []
    starts = [g.start for g in groups]
    if (starts[-1] - starts[0]) > _DENSE_GROUPS * len(groups):
        return [
            k for k, a in enumerate(starts) if not _MARKER_LAST.isdisjoint(text[max(0, a - 5) : a])
        ]
    found: set[int] = set()
    for m in _MARKER_LAST_AT.finditer(text, max(0, starts[0] - 5), starts[-1]):
        at = m.start()  # the groups starting 1 to 5 characters after it
        found.update(range(bisect.bisect_left(starts, at + 1), bisect.bisect_right(starts, at + 5)))
    return sorted(found)


def _unmarked_figures(
    text: str,
    groups: Sequence[Group],
    start: int,
    end: int,
    used: set[int],
    parts_of: set[int],
) -> list[FigureMatch]:
    """A list of parts after a colon that announces a breakdown (主要致贫原因：, 分别为：,
    包括：), of the total stated just before in the same units: "现有建档立卡贫困人口3496户
    7072人,…。贫困人口主要致贫原因:因病致贫的共1365户2753人,因残致贫的共872户…". The total
    and the colon's words must name the same thing (贫困人口 in both)."""
    out: list[FigureMatch] = []
    colons = _colons(text, start, end)
    k = 0
    while k < len(groups):
        g = groups[k]
        if g.start in parts_of:
            k += 1
            continue
        c = bisect.bisect_left(colons, g.start) - 1  # the last colon before the group
        if c < 0 or colons[c] < g.start - T.MAX_SENTENCE_CHARS - 1:
            k += 1  # no colon within a clause's reach: a bisect spares _clause_start's regex
            continue
        b = _clause_start(text, g.start, start)
        if b <= start or text[b - 1] != ":":
            k += 1
            continue
        cue_start = _sentence_start(text, b - 1, start)
        cue = text[cue_start : b - 1]
        if not _BREAKDOWN_CUE.search(cue):
            k += 1
            continue
        parts = _read_parts(text, groups, b, end, None)
        if len(parts) < 2 or parts[0].values[0].start in parts_of:
            k += 1  # no list, or one another shape has read already
            continue
        classified = _CLASSIFIED.search(cue) is not None  # 按支出功能科目划分:
        reach = T.CLASSIFIED_LOOKBACK if classified else _LOOKBACK
        floor = max(start, b - reach)
        if cue.strip().endswith(T.PARTS_MARKERS) and cue.strip() not in T.PARTS_MARKERS:
            # "…政府采购金额为XX.XX万元，其中：" states its total in its own sentence: when that
            # one is no number, the amount before it (in the section above) is not the total
            floor = max(floor, cue_start)
        near = bisect.bisect_left(groups, floor, key=lambda t: t.start)
        before = bisect.bisect_right(groups, b, key=lambda t: t.end)  # groups ending before b
        units = frozenset(q.unit for q in parts[0].values)
        total = None
        for t in reversed(groups[near:before]):
            if not t.units >= units or (t.start in used and not classified):
                continue  # (a total several breakdowns restate may be read again)
            if classified and t.start in parts_of:
                continue  # past the other breakdowns' parts, to the total they restate
            j = bisect.bisect_right(groups, t.start, key=lambda x: x.end)
            label, label_at = _total_label(text, t, start, groups[j - 1].end if j else start)
            if _shares_words(label, cue) or cue.strip() in T.PARTS_MARKERS:
                total = (t, label, label_at)  # "…总额为107744.07万元。其中:…" refers back
            break  # only the nearest total in these units may be the whole
        if total is None or not any(q.value for q in total[0].values):
            k += 1  # none, or 0辆 = 0辆 + 0辆: a sum of zeros proves nothing
            continue
        t, label, label_at = total
        whole = classified or cue.strip().endswith(T.PARTS_MARKERS)
        out.append(_figure(text, groups, end, (label, label_at), t, parts, whole))
        used.update(p.values[0].start for p in parts)
        parts_of.update(p.values[0].start for p in parts)
        used.add(t.start)
        k += len(parts)
    return out


def _colons(text: str, start: int, end: int) -> list[int]:
    """Where a colon stands in ``text[start:end]``, in order."""
    return [m.start() for m in _COLON.finditer(text, start, end)]


def _sentence_start(text: str, pos: int, floor: int) -> int:
    """Start of the sentence (or line) that ``pos`` is in."""
    lo = max(floor, pos - T.MAX_SENTENCE_CHARS)
    m = _SENTENCE_BACK.search(text, lo, pos)
    return m.end() if m else lo


def _shares_words(label: str, cue: str) -> bool:
    """Two phrases name the same thing: they share two characters in a row (贫困人口)."""
    return any(label[i : i + 2] in cue for i in range(len(label) - 1))


# ---- public ------------------------------------------------------------------------------


def prose_groups(
    text: str, quantities: Sequence[QuantityMatch], start: int, end: int
) -> list[Group]:
    """The groups of the quantities inside ``text[start:end]``, which figures are read from."""
    return group_quantities(text, [q for q in quantities if start <= q.start and q.end <= end])


def find_figures(
    text: str,
    quantities: Sequence[QuantityMatch],
    start: int = 0,
    end: int | None = None,
    groups: Sequence[Group] | None = None,
) -> list[FigureMatch]:
    """Every total-and-parts figure in ``text[start:end]``, in document order.

    ``quantities`` are the quantity stage's matches over the same (normalised) text;
    ``groups``, their ``prose_groups`` when the caller has them already.
    """
    end = len(text) if end is None else end
    if groups is None:
        groups = prose_groups(text, quantities, start, end)
    figures = _marked_figures(text, groups, start, end)
    used = {q.start for f in figures for q in f.total}
    used |= {p.values[0].start for f in figures for p in f.parts}
    figures += _announced_figures(text, groups, start, end, used)
    used |= {q.start for f in figures for q in f.total}
    used |= {p.values[0].start for f in figures for p in f.parts}
    parts = {p.values[0].start for f in figures for p in f.parts}
    figures += _unmarked_figures(text, groups, start, end, used, parts)
    return sorted(figures, key=lambda f: f.start)


def rows_to_figure(label: str, rows: Sequence[TableRow]) -> FigureMatch | None:
    """A table whose 合计/小计/总计 row totals the other rows, as a figure (None if no such row).

    >>> from decimal import Decimal as D
    >>> q = lambda v, a: QuantityMatch(a, a + 1, D(v), "元", "money", precision=D(1))
    >>> rows = [TableRow("甲", (q(1, 0),), 0, 1), TableRow("乙", (q(2, 2),), 2, 3),
    ...         TableRow("合计", (q(3, 4),), 4, 5)]
    >>> fig = rows_to_figure("资金", rows)
    >>> [p.label for p in fig.parts], fig.total[0].value
    (['甲', '乙'], Decimal('3'))
    """
    totals = [r for r in rows if r.label.strip().replace(" ", "") in T.TABLE_TOTAL_LABELS]
    if len(totals) != 1 or not totals[0].values:
        return None
    t = totals[0]
    parts = tuple(
        FigurePartMatch(r.label.strip(), r.values, r.start, r.end)
        for r in rows
        if r is not t and r.values
    )
    if len(parts) < 2:
        return None
    return FigureMatch(
        label, t.values, parts, min(r.start for r in rows), max(r.end for r in rows), complete=True
    )
