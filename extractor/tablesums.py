"""What a totalled table's rows and columns sum to: the figures a budget table makes.

A table's body is read as rows of a label, an optional classification code and values (one
per numeric column, already in their units). Then:

- **Total rows** close blocks: each 合计/小计/总计 row totals the rows since the last total row;
  a later total row counts the earlier one as a part (``本年收入合计`` then ``使用非财政拨款结余``,
  ``年初结转和结余`` and ``总计``). A 合计 row at the top totals every row below it.
- **Codes** (功能分类科目编码 201 / 20139 / 2013901) say which rows hold which: a block's total
  sums the rows with the shortest code, and every coded row with longer codes below it sums
  them. Rows of several levels without codes are not summed at all (which rows the total
  counts is not ours to guess), unless every row is marked alike (一、 二、 …).
- **Total columns**: a column headed 合计 / 本年支出合计 totals the columns right of it in the
  same unit, row by row (``合计 | 307.82 | 105.58 | 202.24`` for 基本支出 and 项目支出).

The putuo 部门决算 tables in ../shared/corpus/pdf are all three at once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

import regex

from extractor.facts import FigureMatch, FigurePartMatch, QuantityMatch
from extractor.tables import tabular as t
from extractor.tables.figures import TABLE_TOTAL_LABELS

_CODE = regex.compile(t.CLASSIFICATION_CODE)
_ROW_MARKER = regex.compile(t.ROW_MARKER)


@dataclass(frozen=True)
class BodyRow:
    label: str
    code: str | None
    values: tuple[QuantityMatch | None, ...]  # one per summed column, None where blank
    start: int
    end: int

    @property
    def is_total(self) -> bool:
        key = regex.sub(r"\s+", "", self.label)
        return key in TABLE_TOTAL_LABELS or key.endswith(t.TOTAL_ROW_ENDINGS)


def is_code(text: str) -> bool:
    """A classification code: 201, 20139, 2013901 (功能分类科目编码, 经济分类)."""
    return _CODE.fullmatch(text.strip()) is not None


def label_of(*parts: str) -> str:
    """A figure's label from the table's, the row's and the column's names, spaces collapsed and
    a name said twice in a row said once (``合计`` column, ``合计`` row)."""
    words: list[str] = []
    for part in parts:
        for word in part.split():
            if not words or words[-1] != word:
                words.append(word)
    return " ".join(words)


def _part(row: BodyRow) -> FigurePartMatch | None:
    values = tuple(q for q in row.values if q is not None)
    if not values:
        return None
    return FigurePartMatch(row.label, values, row.start, row.end)


def _figure(label: str, total: BodyRow, rows: Sequence[BodyRow]) -> FigureMatch | None:
    totals = tuple(q for q in total.values if q is not None)
    parts = tuple(p for r in rows if (p := _part(r)) is not None)
    if not totals or not parts or (len(parts) < 2 and len(rows) < 2):
        return None  # (one part among blank rows: 总计 restates 本年收入合计)
    start = min(total.start, *(r.start for r in rows))
    end = max(total.end, *(r.end for r in rows))
    return FigureMatch(label, totals, parts, start, end, complete=True)


def _children(rows: Sequence[BodyRow], parent: BodyRow) -> list[BodyRow]:
    """The coded rows one level below ``parent``: its code and two more digits."""
    assert parent.code is not None
    return [
        r
        for r in rows
        if r.code is not None
        and r.code.startswith(parent.code)
        and len(r.code) == len(parent.code) + t.CODE_STEP
    ]


def _block_figures(label: str, total: BodyRow, block: Sequence[BodyRow]) -> list[FigureMatch]:
    coded = [r for r in block if r.code is not None]
    out: list[FigureMatch] = []
    if coded:
        shortest = min(len(r.code or "") for r in coded)
        top = [r for r in block if r.code is None or len(r.code) == shortest]
        if (fig := _figure(label, total, top)) is not None:
            out.append(fig)
        for parent in coded:
            kids = _children(coded, parent)
            if (fig := _figure(label_of(label, parent.label), parent, kids)) is not None:
                out.append(fig)
        return out
    marked = [r for r in block if _ROW_MARKER.match(r.label)]
    if marked and len(marked) != len(block):
        return []  # several levels without codes: not ours to guess which the total counts
    fig = _figure(label, total, block)
    if fig is None or _nested(fig):
        return []  # rows that hold other rows, with no codes to say which
    return [fig]


def _nested(fig: FigureMatch) -> bool:
    """Rows that hold other rows: one equals the sum of two or more rows right after it, or all
    of them add up to a whole multiple of the total (every level of a hierarchy totals it)."""
    unit = fig.total[0].unit
    total = fig.total[0].value
    vs = [
        v
        for p in fig.parts
        if (v := next((q.value for q in p.values if q.unit == unit), None)) is not None
    ]
    for i, head in enumerate(vs):
        run = Decimal(0)
        for n, v in enumerate(vs[i + 1 :], 1):
            run += v
            if run == head and head != 0 and n >= 2:
                return True
    whole = sum(vs, Decimal(0))
    return bool(total) and total is not None and whole != total and whole % total == 0


def row_figures(label: str, rows: Sequence[BodyRow]) -> list[FigureMatch]:
    """The figures of a table's rows: each total row over its block (see the module doc)."""
    out: list[FigureMatch] = []
    if rows and rows[0].is_total and not any(r.is_total for r in rows[1:]):
        return _block_figures(label_of(label), rows[0], rows[1:])  # 合计 at the top of the table
    block: list[BodyRow] = []
    for r in rows:
        if not r.is_total:
            block.append(r)
            continue
        out += _block_figures(label_of(label, r.label), r, block)
        block = [r]  # the next total counts this one as a part
    return out


def column_figures(
    label: str, headers: Sequence[str], rows: Sequence[BodyRow], units: Sequence[str]
) -> list[FigureMatch]:
    """Per row, a total column (合计, 本年支出合计) over the columns right of it in its unit."""
    out: list[FigureMatch] = []
    for i, header in enumerate(headers):
        key = regex.sub(r"\s+", "", header)
        if not (key in TABLE_TOTAL_LABELS or key.endswith(t.TOTAL_ROW_ENDINGS)):
            continue
        members = []
        for j in range(i + 1, len(headers)):
            h = regex.sub(r"\s+", "", headers[j])
            if h in TABLE_TOTAL_LABELS or h.endswith(t.TOTAL_ROW_ENDINGS) or units[j] != units[i]:
                break
            members.append(j)
        if len(members) < 2:
            continue
        for r in rows:
            total = r.values[i]
            parts = [
                FigurePartMatch(headers[j], (q,), q.start, q.end)
                for j in members
                if (q := r.values[j]) is not None
            ]
            if total is None or len(parts) < 2:
                continue
            out.append(
                FigureMatch(
                    label_of(label, r.label, key),
                    (total,),
                    tuple(parts),
                    r.start,
                    r.end,
                    complete=True,
                )
            )
    return out
