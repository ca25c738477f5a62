"""What a totalled table's rows and columns sum to: the figures a budget table makes.

A table's body is read as rows of a label, an optional classification code and values (one
per numeric column, already in their units). Then:

- **Total rows** close blocks: each 合计/小计/总计 row totals the rows since the last total row;
  a later total row counts the earlier one as a part (``本年收入合计`` then ``使用非财政拨款结余``,
  ``年初结转和结余`` and ``总计``). A 合计 row at the top totals every row below it.
- **Levels** are read from the rows' form, never from their values, so that a slip in a
  table is a finding and not a reason to stop summing it. Codes (功能分类科目编码 201 / 20139 /
  2013901) say which rows hold which: a block's total sums the rows with the shortest code, and
  every coded row with longer codes below it sums them. List markers do the same (一、 over 1.,
  each marked row holding the rows marked otherwise below it); a block with some rows marked
  and some not is not summed. Rows of a table whose label column names the classes of a
  classification (科目名称: 类, 款 and 项 at once) and that carry neither codes, markers nor a
  number in a 序号 column are not summed either: which level each is, nothing says. The rows
  of any other table (项目 | 决算数, 单位 | 安置任务) are one level, whatever they add up to.
- **Total columns**: a column headed 合计 / 本年支出合计 totals the columns right of it in the
  same unit, row by row (``合计 | 307.82 | 105.58 | 202.24`` for 基本支出 and 项目支出).

The putuo 部门决算 tables in ../shared/corpus/pdf are all three at once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

import regex

from extractor.facts import FigureMatch, FigurePartMatch, QuantityMatch
from extractor.squeeze import unspaced
from extractor.tables import tabular as t
from extractor.tables.figures import TABLE_TOTAL_LABELS

_CODE = regex.compile(t.CLASSIFICATION_CODE)
_MARKER_STYLES = [regex.compile(rf"^\s*(?:{m})") for m in t.ROW_MARKER_STYLES]


@dataclass(frozen=True)
class BodyRow:
    label: str
    code: str | None
    values: tuple[QuantityMatch | None, ...]  # one per summed column, None where blank
    start: int
    end: int
    serial: int | None = None  # the row's number in a 序号 column before its label, if any

    @property
    def is_total(self) -> bool:
        key = unspaced(self.label)
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


def _figure(
    label: str, total: BodyRow, rows: Sequence[BodyRow], alone: bool = False
) -> FigureMatch | None:
    """``total`` over ``rows``; ``alone``: one row is a whole breakdown (a code's one child)."""
    totals = tuple(q for q in total.values if q is not None)
    parts = tuple(p for r in rows if (p := _part(r)) is not None)
    if not totals or not parts or (len(parts) < 2 and len(rows) < 2 and not alone):
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


def _block_figures(
    label: str, total: BodyRow, block: Sequence[BodyRow], classes: bool
) -> list[FigureMatch]:
    coded = [r for r in block if r.code is not None]
    out: list[FigureMatch] = []
    if coded:
        shortest = min(len(r.code or "") for r in coded)
        top = [r for r in block if r.code is None or len(r.code) == shortest]
        if (fig := _figure(label, total, top)) is not None:
            out.append(fig)
        for parent in coded:
            kids = _children(coded, parent)
            # a code's only child is all of it: 21201 城乡社区管理事务 over 2120101 行政运行 alone
            # (支出决算表, putuo planning bureau 2024 决算), so a cell moved in one shows
            if (fig := _figure(label_of(label, parent.label), parent, kids, True)) is not None:
                out.append(fig)
        return out
    styles = [marker_style(r.label) for r in block]
    if any(x is not None for x in styles):
        if None in styles:
            return []  # some rows marked, some not: not ours to guess which the total counts
        return _marked_levels(label, total, block)
    if classes and not _numbered(block):
        return []  # a classification's rows (科目) with nothing to say their levels
    fig = _figure(label, total, block)
    return [] if fig is None else [fig]


def marker_style(label: str) -> int | None:
    """Which of the row markers (一、 / (一) / 1.) opens ``label``, if any."""
    return next((k for k, m in enumerate(_MARKER_STYLES) if m.match(label)), None)


def _marked_levels(label: str, total: BodyRow, rows: Sequence[BodyRow]) -> list[FigureMatch]:
    """Rows all marked: those marked like the first are the total's parts, and each of them
    holds the rows marked otherwise up to the next one (一、财政拨款收入 over 1.一般公共预算,
    2.政府性基金预算; 二、事业收入 …)."""
    top = marker_style(rows[0].label)
    heads = [k for k, r in enumerate(rows) if marker_style(r.label) == top]
    out = []
    if (fig := _figure(label, total, [rows[k] for k in heads])) is not None:
        out.append(fig)
    for a, b in pairwise([*heads, len(rows)]):
        if b - a > 1:
            out += _marked_levels(label_of(label, rows[a].label), rows[a], rows[a + 1 : b])
    return out


def _numbered(rows: Sequence[BodyRow]) -> bool:
    """Rows numbered one by one in a 序号 column (1, 2, 3 …): entries of one level, whatever
    their values (lishui 2023: 29 安置单位 with their 安置任务, 合计 29)."""
    numbers = [r.serial for r in rows if r.serial is not None]
    return len(numbers) == len(rows) >= 2 and all(b == a + 1 for a, b in pairwise(numbers))


def row_figures(label: str, rows: Sequence[BodyRow], classes: bool = False) -> list[FigureMatch]:
    """The figures of a table's rows: each total row over its block (see the module doc).
    ``classes``: the label column names classes of a classification (科目名称), whose rows are
    of several levels."""
    out: list[FigureMatch] = []
    if rows and rows[0].is_total and not any(r.is_total for r in rows[1:]):
        return _block_figures(label_of(label), rows[0], rows[1:], classes)  # 合计 at the top
    block: list[BodyRow] = []
    for r in rows:
        if not r.is_total:
            block.append(r)
            continue
        out += _block_figures(label_of(label, r.label), r, block, classes)
        block = [r]  # the next total counts this one as a part
    return out


def _blank_among(blank_after: Sequence[bool], total: int, members: Sequence[int]) -> bool:
    return any(k < len(blank_after) and blank_after[k] for k in (total, *members))


def column_figures(
    label: str,
    headers: Sequence[str],
    rows: Sequence[BodyRow],
    units: Sequence[str],
    blank_after: Sequence[bool] = (),
) -> list[FigureMatch]:
    """Per row, a total column (合计, 本年支出合计) over the columns right of it in its unit;
    one such column is enough when ``blank_after`` says columns with no value at all stand among
    them (收入决算表: 本年收入合计 over 财政拨款收入 and the blank 上级补助收入 … 其他收入).
    A member left blank is none of it: a budget table leaves blank what it has nothing for, so
    ``行政单位医疗 | 2.22 | 2.22 |`` says 合计 2.22 is 基本支出 2.22 and no 项目支出 (一般公共预算
    财政拨款支出决算表, putuo 2024 决算), a sum of one part."""
    out: list[FigureMatch] = []
    for i, header in enumerate(headers):
        key = unspaced(header)
        if not (key in TABLE_TOTAL_LABELS or key.endswith(t.TOTAL_ROW_ENDINGS)):
            continue
        members = []
        for j in range(i + 1, len(headers)):
            h = unspaced(headers[j])
            if h in TABLE_TOTAL_LABELS or h.endswith(t.TOTAL_ROW_ENDINGS) or units[j] != units[i]:
                break
            members.append(j)
        if len(members) < 2 and not (members and _blank_among(blank_after, i, members)):
            continue
        for r in rows:
            total = r.values[i]
            parts = [
                FigurePartMatch(headers[j], (q,), q.start, q.end)
                for j in members
                if (q := r.values[j]) is not None
            ]
            if total is None or not parts:
                continue  # (one part and the others blank: 合计 is that part alone)
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
