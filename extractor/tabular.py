"""Tables the readers found: task-division tables become work items, totalled tables figures.

A task table (``序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限``) gives one item per
row, its agencies from the unit columns with the role the header gives. A table that
continues on the next page without repeating its header continues the table before it.
A totalled table is read into figures by extractor/table_figures.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import regex

from extractor.agencies import agencies_in_cell
from extractor.facts import Heading, ItemFacts, OutlineNode, TableFacts
from extractor.items import find_project_count
from extractor.outline import cn_small_int
from extractor.readers.base import RawTable
from extractor.table_figures import _cell_quantity, _figures
from extractor.table_grid import (
    _caption_cell_unit,
    _Cell,
    _cells,
    _has_total_label,
    _header_row_count,
    _header_unit,
    _key,
    _numeric,
)
from extractor.tables import tabular as t
from extractor.tables.headings import ANNEX_STYLE
from extractor.textmap import TextMap

_CAPTION_UNIT = regex.compile(t.CAPTION_UNIT)
_COMPILER_LINE = regex.compile(t.COMPILER_LINE)
_TITLE_END = regex.compile(r"[。;；!?！？\n]")

TABLE_ITEM_STYLE = "table-row"


@dataclass(frozen=True)
class _TaskColumns:
    task: int
    number: int | None
    agencies: tuple[tuple[int, str | None], ...]  # (column, role)
    width: int
    projects: bool  # the task column names projects (项目名称), not the text's tasks
    amounts: tuple[tuple[int, str], ...]  # (column, unit): 投资总额（亿元）


def _task_columns(header: list[_Cell]) -> _TaskColumns | None:
    task = number = None
    agencies: list[tuple[int, str | None]] = []
    amounts: list[tuple[int, str]] = []
    for i, cell in enumerate(header):
        k = _key(cell.text)
        if not k:
            continue
        if (unit := _header_unit(k)) is not None:
            amounts.append((i, unit))
        role_words = [w for w in t.AGENCY_HEADERS if w in k]
        if any(w in k for w in t.PERSON_HEADERS):
            role_words = []  # 牵头领导, 责任人: people
        if role_words:
            agencies.append((i, t.AGENCY_HEADERS[max(role_words, key=len)]))
        elif number is None and k in t.NUMBER_HEADERS:
            number = i
        elif task is None and any(w in k for w in t.TASK_HEADERS):
            task = i
    if task is None or not agencies:
        return None
    projects = any(w in _key(header[task].text) for w in t.PROJECT_HEADERS)
    return _TaskColumns(task, number, tuple(agencies), len(header), projects, tuple(amounts))


def _row_number(cell: _Cell | None, fallback: int) -> tuple[str, int]:
    if cell is not None:
        k = _key(cell.text).strip("().、")
        value = cn_small_int(k) if k else None
        if value:
            return k, value
    return str(fallback), fallback


def _container(nodes: Sequence[OutlineNode], pos: int) -> OutlineNode | None:
    best = None
    for n in nodes:
        if n.start <= pos < n.end and (best is None or n.level > best.level):
            best = n
    return best


def _task_items(
    rows: list[list[_Cell]],
    cols: _TaskColumns,
    k: int,
    text: str,
    nodes: Sequence[OutlineNode],
    facts: TableFacts,
    first_row: int,
) -> None:
    index = 0
    for row in rows[first_row:]:
        if len(row) <= cols.task or not _key(row[cols.task].text):
            continue
        index += 1
        task = row[cols.task]
        number, value = _row_number(
            row[cols.number] if cols.number is not None and cols.number < len(row) else None, index
        )
        lead = task.start + len(task.text) - len(task.text.lstrip())
        m = _TITLE_END.search(text, lead, task.end)
        title_end = m.start() if m else task.end
        while title_end > lead and text[title_end - 1].isspace():
            title_end -= 1
        start, end = row[0].start, row[-1].end
        parent = _container(nodes, start)
        heading = Heading(
            start=start,
            end=title_end,
            number=number,
            value=value,
            style=TABLE_ITEM_STYLE,
            title=text[lead:title_end],
            title_start=lead,
            title_end=title_end,
        )
        node = OutlineNode(
            heading=heading,
            level=(parent.level + 1) if parent else 1,
            start=start,
            end=end,
            parent=parent,
            id=f"表{k}.{number}",
            scope=parent.scope if parent else None,
        )
        agencies = []
        for col, role in cols.agencies:
            if col < len(row):
                agencies += agencies_in_cell(text, row[col].start, row[col].end, role)  # type: ignore[arg-type]
        for col, unit in cols.amounts:
            if col < len(row) and col != cols.task:
                q = _cell_quantity(text, row[col], unit)
                facts.quantities += [q] if q is not None else []
        count = find_project_count(text, start, end)
        facts.items.append(
            ItemFacts(
                node=node,
                agencies=tuple(agencies),
                project_count=count[0] if count else None,
                project_count_at=count[1] if count else None,
            )
        )
        if parent is not None and parent.is_item:
            facts.containers.add(id(parent))


def _table_title(text: str, start: int) -> tuple[int, int] | None:
    """The line above a table that names it ("重点任务分工及进度安排表"), past a "单位：万元"
    line and the pipe line that opens a web page's flattened table."""
    pos = start
    for _ in range(3):
        end = text.rfind("\n", 0, pos)
        if end < 0:
            return None
        line_start = text.rfind("\n", 0, end) + 1
        a, b = line_start, end
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        line = text[a:b]
        pos = line_start
        if not line.strip("|｜ ") or _CAPTION_UNIT.fullmatch(line) or _COMPILER_LINE.match(line):
            continue
        if len(line) <= t.MAX_TABLE_TITLE_CHARS and not _TITLE_END.search(line) and "|" not in line:
            return a, b
        return None
    return None


def _attached_copy(nodes: Sequence[OutlineNode], pos: int) -> bool:
    """A task table in an annex of a document whose own text already numbers its items
    (jkfp 2016: 四（一）…（四）, then 附件 重点任务分工及进度安排表) restates them; its rows are
    not items of their own. A 任务分工 notice whose table is all there is keeps them."""
    in_annex = any(n.heading.style == ANNEX_STYLE and n.start <= pos < n.end for n in nodes)
    return in_annex and any(n.is_item and n.end <= pos for n in nodes)


def _continues(text: str, before: list[list[_Cell]], rows: list[list[_Cell]]) -> bool:
    """A table that goes on from the one before it on the next page: nothing but a line break
    between them, as many columns, and no header of its own: its first row holds a number, or
    the table before never reached a total row and this one does (财政拨款收入支出决算总表,
    putuo 2024, breaks between two rows of 支出 labels with no numbers)."""
    if not before or not rows or not before[-1] or not rows[0]:
        return False
    gap = text[before[-1][-1].end : rows[0][0].start]
    same_width = max(len(r) for r in before) == max(len(r) for r in rows)
    if gap.strip() or not same_width:
        return False
    if any(_numeric(c) for c in rows[0]):
        return True
    unfinished = not any(_has_total_label(r) for r in before)
    repeated = repeated_header(before, rows)
    if repeated:  # the page repeats the header exactly, and the table goes on to its total
        return unfinished and any(_has_total_label(r) for r in rows[repeated:])
    header = {_key(c.text) for h in before[: _header_row_count(before)] for c in h} - {""}
    repeats_header = any(_key(c.text) in header for c in rows[0])
    return unfinished and any(_has_total_label(r) for r in rows) and not repeats_header


def repeated_header(before: list[list[_Cell]], rows: list[list[_Cell]]) -> int:
    """How many rows at the top of ``rows`` repeat the header of ``before`` cell for cell, or 0:
    a table continued on a new page under its header printed again, with no title
    (2026年部门一般公共预算支出功能分类预算表, putuo justice budget: ``项目 | 一般公共预算支出``
    over ``科目编码 | 科目名称 | 合计 | 基本支出 | 项目支出`` on both pages)."""
    n = _header_row_count(before)
    if n == 0 or len(rows) <= n:
        return 0
    for h, r in zip(before[:n], rows[:n], strict=True):
        if [_key(c.text) for c in h] != [_key(c.text) for c in r]:
            return 0
    return n


def read_tables(
    tm: TextMap, tables: Sequence[RawTable], nodes: Sequence[OutlineNode]
) -> TableFacts:
    """Items from task tables and figures from totalled tables, in document order."""
    facts = TableFacts()
    text = tm.text
    previous: _TaskColumns | None = None
    all_rows = [_cells(tm, table) for table in tables]
    continues = [
        k > 0 and _continues(text, all_rows[k - 1], all_rows[k]) for k in range(len(tables))
    ]
    for k in range(1, len(tables) + 1):
        rows = all_rows[k - 1]
        if not rows:
            facts.captions.append((None, None))
            continue
        if continues[k - 1] and previous is None:
            facts.captions.append((None, None))  # its rows were read with the page before
            continue
        start = rows[0][0].start if rows[0] else 0
        captions = list(_CAPTION_UNIT.finditer(text, max(0, start - t.CAPTION_REACH), start))
        title_at = _table_title(text, start)
        title = text[title_at[0] : title_at[1]] if title_at else None
        unit = captions[-1].group("unit") if captions else None
        unit = unit or (_header_unit(title) if title else None)
        unit = unit or _caption_cell_unit(rows, _header_row_count(rows))
        facts.captions.append((title_at, unit))
        cols = None
        first = 0
        for h in range(min(3, len(rows))):
            cols = _task_columns(rows[h])
            if cols is not None:
                first = h + 1
                break
        if cols is None and previous is not None and max(len(r) for r in rows) == previous.width:
            cols, first = previous, 0  # a task table continued on the next page
        if cols is not None:
            if cols.projects or not _attached_copy(nodes, rows[0][0].start if rows[0] else 0):
                _task_items(rows, cols, k, text, nodes, facts, first)
            previous = cols
            continue
        previous = None
        for later in range(k, len(tables)):  # the same table continued over the next pages
            if not continues[later]:
                break
            rows = rows + all_rows[later][repeated_header(all_rows[later - 1], all_rows[later]) :]
        _figures(rows, text, unit, facts, title, k)
    seen = set()
    unique = []
    for q in sorted(facts.quantities, key=lambda q: q.start):
        if q.start not in seen:
            seen.add(q.start)
            unique.append(q)
    facts.quantities = unique
    return facts
