"""Table against table: a row two tables of the same money both state agrees with itself.

Rule ``restated_figure``. A 部门预算 or 决算 prints one row in several tables: 行政运行 is in the
部门支出预算总表 (all the money) and in the 一般公共预算支出功能分类预算表 (what the budget
pays; putuo justice 2026 预算). Those are the same amount exactly when the document's money is
all of that source, and that is what the tables' totals say: two spending tables whose totals
agree, one counting all the money and one the 一般公共预算's (or both the same money), count the
same money in every row, for amounts are not negative. So two table sides are compared when:

- their titles name the same flow (收入, or 支出; a 收支 or 收入支出 table's left side is 收入,
  its right 支出)
  and the same part of it (tables/restated.py PART_WORDS: 基本支出, 经济分类, …);
- the money of one is the money of the other or part of it (tables/restated.py SOURCE_WORDS:
  a title with none counts all the money);
- their titles name no other year (a 2025 table beside a 2026 one counts other money);
- their total rows state the same amount.

Then each row name that stands once in both is compared, the later table with the earlier one,
at the precision both are written to. The finder never looks at whether the rows agree; only
their totals decide that two tables count the same money.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import regex

from extractor.checks.base import make_check
from extractor.checks.table_cells import name_of
from extractor.checks.text import words
from extractor.facts import Analysis, TableCell
from extractor.intervals import is_exact, same_amount
from extractor.model import Check
from extractor.tables import restated as R

RULE = "restated_figure"
_YEAR = regex.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


@dataclass(frozen=True)
class _Side:
    """One side of a table: what it counts and its rows' first values by name."""

    table: int
    side: int
    title: str
    flow: str  # 收入 or 支出
    parts: frozenset[str]
    sources: frozenset[str]
    years: frozenset[str]  # the years its title names (2026年部门支出预算总表), often none
    total: TableCell
    rows: dict[str, TableCell]  # the rows whose name stands once on this side


def _flow(title: str, side: int, two_sided: bool) -> str | None:
    income = R.INCOME_WORD in title or R.BOTH_WORDS in title
    spending = R.SPENDING_WORD in title or R.BOTH_WORDS in title
    if income and spending:  # 收支, 收入支出: a table of both, by its sides
        return None if not two_sided else R.INCOME_WORD if side == 0 else R.SPENDING_WORD
    if income == spending:
        return None  # neither: not known
    return R.INCOME_WORD if income else R.SPENDING_WORD


def _sides(a: Analysis) -> list[_Side]:
    by_side: dict[tuple[int, int], list[TableCell]] = defaultdict(list)
    for cell in a.cells:
        if cell.first and cell.title and is_exact(cell.value):
            by_side[(cell.table, cell.side)].append(cell)
    two_sided = {table for table, side in by_side if side == 1}
    out = []
    for (table, side), cells in sorted(by_side.items()):
        title = cells[0].title
        flow = _flow(title, side, table in two_sided)
        totals = [c for c in cells if c.total_row]
        if flow is None or not totals:
            continue
        count: dict[str, int] = defaultdict(int)
        for c in cells:
            count[name_of(c.row)] += 1
        rows = {
            name_of(c.row): c
            for c in cells
            if not c.total_row
            and count[name_of(c.row)] == 1
            and len(name_of(c.row)) >= R.MIN_NAME_CHARS
        }
        out.append(
            _Side(
                table=table,
                side=side,
                title=title,
                flow=flow,
                parts=frozenset(w for w in R.PART_WORDS if w in title),
                sources=frozenset(w for w in R.SOURCE_WORDS if w in title),
                years=frozenset(_YEAR.findall(title)),
                total=totals[0],
                rows=rows,
            )
        )
    return out


def _agrees(x: TableCell, y: TableCell) -> bool:
    return same_amount(x.value, y.value)


def _same_money(x: _Side, y: _Side) -> bool:
    return (
        x.flow == y.flow
        and x.parts == y.parts
        and (x.sources <= y.sources or y.sources <= x.sources)
        and (not x.years or not y.years or x.years == y.years)
        and x.total.value.unit == y.total.value.unit
        and _agrees(x.total, y.total)
    )


def _cell_words(a: Analysis, side: _Side, cell: TableCell) -> str:
    return f"{side.title} {cell.row} {words(a, cell.value.start, cell.value.end)}"


def check_table_pairs(a: Analysis) -> list[Check]:
    """Each row of a table against the same row of the first earlier table of the same money."""
    sides = _sides(a)
    out: list[Check] = []
    for k, later in enumerate(sides):
        done: set[str] = set()
        for earlier in sides[:k]:
            if earlier.table == later.table or not _same_money(earlier, later):
                continue
            for name, cell in later.rows.items():
                first = earlier.rows.get(name)
                if name in done or first is None or first.value.unit != cell.value.unit:
                    continue
                done.add(name)
                out.append(_compare(a, earlier, first, later, cell))
    return sorted(out, key=lambda c: c.spans[0].start)


def _compare(a: Analysis, xs: _Side, x: TableCell, ys: _Side, y: TableCell) -> Check:
    spans = [a.tm.span(y.value.start, y.value.end), a.tm.span(x.value.start, x.value.end)]
    if _agrees(x, y):
        return make_check(RULE, "pass", f"{_cell_words(a, ys, y)} = {_cell_words(a, xs, x)}", spans)
    return make_check(
        RULE,
        "fail",
        f"{_cell_words(a, ys, y)}, but {_cell_words(a, xs, x)} (the tables' totals agree: "
        f"{words(a, xs.total.value.start, xs.total.value.end)})",
        spans,
        x.value.value,
        y.value.value,
        y.value.unit,
    )
