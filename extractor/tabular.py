"""Tables the readers found: task-division tables become work items, totalled tables figures.

A task table (``序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限``) gives one item per
row, its agencies from the unit columns with the role the header gives. A table
with a 合计/总计 row gives a figure per numeric column, each cell read with the
unit its header or caption gives (``投资(万元)``, ``单位:万元``). A table that
continues on the next page without repeating its header continues the task table
before it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal

import regex

from extractor.agencies import agencies_in_cell
from extractor.facts import FigureMatch, Heading, ItemFacts, OutlineNode, QuantityMatch
from extractor.figures import TableRow, rows_to_figure, sum_agrees
from extractor.items import find_project_count
from extractor.numbers import parse_number
from extractor.outline import cn_small_int
from extractor.quantities import find_quantities
from extractor.readers.base import RawTable
from extractor.tables import tabular as t
from extractor.tables.figures import TABLE_TOTAL_LABELS
from extractor.tables.headings import ANNEX_STYLE
from extractor.textmap import TextMap

_HEADER_UNIT = regex.compile(t.HEADER_UNIT)
_CAPTION_UNIT = regex.compile(t.CAPTION_UNIT)
_ROW_MARKER = regex.compile(t.ROW_MARKER)
_TITLE_END = regex.compile(r"[。;；!?！？\n]")
_NUMBER_CELL = regex.compile(r"^\s*[-+]?[\d,，.\s]+\s*$")
_WHOLE = regex.compile(r"\d{1,9}")
_SPACES = regex.compile(r"\s+")

TABLE_ITEM_STYLE = "table-row"


@dataclass(frozen=True)
class _Cell:
    text: str  # normalised
    start: int  # normalised offsets
    end: int


@dataclass
class TableFacts:
    items: list[ItemFacts] = field(default_factory=list)
    figures: list[FigureMatch] = field(default_factory=list)
    quantities: list[QuantityMatch] = field(default_factory=list)
    containers: set[int] = field(default_factory=set)  # id() of outline leaves holding task rows
    # per table, in the order given: its title (normalised span) and the unit it states
    captions: list[tuple[tuple[int, int] | None, str | None]] = field(default_factory=list)


@dataclass(frozen=True)
class _TaskColumns:
    task: int
    number: int | None
    agencies: tuple[tuple[int, str | None], ...]  # (column, role)
    width: int


def _key(s: str) -> str:
    return _SPACES.sub("", s)


def _cells(tm: TextMap, table: RawTable) -> list[list[_Cell]]:
    rows = []
    for row in table.rows:
        cells = []
        for c in row:
            a, b = tm.to_normalised(c.start), tm.to_normalised(c.end)
            cells.append(_Cell(tm.text[a:b], a, b))
        rows.append(cells)
    return rows


def _task_columns(header: list[_Cell]) -> _TaskColumns | None:
    task = number = None
    agencies: list[tuple[int, str | None]] = []
    for i, cell in enumerate(header):
        k = _key(cell.text)
        if not k:
            continue
        role_words = [w for w in t.AGENCY_HEADERS if w in k]
        if role_words:
            agencies.append((i, t.AGENCY_HEADERS[max(role_words, key=len)]))
        elif number is None and k in t.NUMBER_HEADERS:
            number = i
        elif task is None and any(w in k for w in t.TASK_HEADERS):
            task = i
    if task is None or not agencies:
        return None
    return _TaskColumns(task, number, tuple(agencies), len(header))


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


def _cell_quantity(text: str, cell: _Cell, unit: str | None) -> QuantityMatch | None:
    """A cell's number with the unit it states, or else the header's."""
    found = find_quantities(text, cell.start, cell.end)
    if len(found) == 1 and found[0].value is not None:
        return found[0]
    if unit is None or not _NUMBER_CELL.match(cell.text) or parse_number(_key(cell.text)) is None:
        return None
    written = _key(cell.text)
    probe = find_quantities(f"{written}{unit}")
    if len(probe) != 1 or probe[0].value is None:
        return None
    q = probe[0]
    lead = cell.start + len(cell.text) - len(cell.text.lstrip())
    return QuantityMatch(
        lead, lead + len(cell.text.strip()), q.value, q.unit, q.kind, precision=q.precision
    )


def _header_unit(cell_text: str) -> str | None:
    m = _HEADER_UNIT.search(_key(cell_text))
    return (m.group("unit") or m.group("unit2")) if m else None


def _is_total_row(row: list[_Cell]) -> bool:
    return any(_key(c.text) in TABLE_TOTAL_LABELS for c in row[:3])


def _aligned(rows: list[list[_Cell]], width: int) -> list[list[_Cell | None]]:
    """Rows padded to ``width``. A short total row's label spans the first columns
    (``合计`` under both 序号 and 名称, lishui 2023): its other cells align from the right."""
    out: list[list[_Cell | None]] = []
    for r in rows:
        padded: list[_Cell | None] = list(r)
        if len(r) < width and _is_total_row(r):
            padded = [r[0], *([None] * (width - len(r))), *r[1:]]
        out.append(padded + [None] * (width - len(padded)))
    return out


def _text(cell: _Cell | None) -> str:
    return "" if cell is None else cell.text


def _numeric(cell: _Cell | None) -> bool:
    return cell is not None and bool(_key(cell.text)) and _NUMBER_CELL.match(cell.text) is not None


def _column_unit(header: str, cells: list[_Cell], caption_unit: str | None) -> str | None:
    """The unit of a numeric column: its header's, else the caption's; a column of whole
    numbers under a header with no unit counts things (个)."""
    unit = _header_unit(header) or caption_unit
    if unit is not None:
        return unit
    if cells and all(_WHOLE.fullmatch(_key(c.text)) for c in cells):
        return t.COUNT_UNIT
    return None


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
        if not line.strip("|｜ ") or _CAPTION_UNIT.fullmatch(line):
            continue
        if len(line) <= t.MAX_TABLE_TITLE_CHARS and not _TITLE_END.search(line) and "|" not in line:
            return a, b
        return None
    return None


def _header_row_count(rows: list[list[_Cell]]) -> int:
    """Rows above the first one with a number in it."""
    n = 0
    while n < len(rows) and not any(_numeric(c) for c in rows[n]):
        n += 1
    return n


def _caption_cell_unit(rows: list[list[_Cell]], header_rows: int) -> str | None:
    """The unit of a header whose first cell is the table's caption, one cell wider than the
    rows below it: 分年度投资计划（万元）| 年度 | 合 计 | 交通 … over 2016年 | 820 | 775 …"""
    body, headers = rows[header_rows:], rows[:header_rows]
    if not body or not headers:
        return None
    width = max(len(r) for r in body)
    if not all(len(h) == width + 1 for h in headers):
        return None
    return _header_unit(headers[0][0].text)


def _figures(
    rows: list[list[_Cell]],
    text: str,
    caption_unit: str | None,
    facts: TableFacts,
    title: str | None = None,
) -> None:
    """One figure per group of numeric columns with distinct units (项目个数（项）and
    投资规模（亿元） total the same rows), from the table's one 合计/小计/总计 row."""
    header_rows = _header_row_count(rows)
    if header_rows == 0 or header_rows >= len(rows):
        return
    body = rows[header_rows:]
    if len([r for r in body if r and _is_total_row(r)]) != 1:
        return
    headers = rows[:header_rows]
    if (cell_unit := _caption_cell_unit(rows, header_rows)) is not None:
        caption_unit = cell_unit
        headers = [h[1:] for h in headers]
    width = max(*(len(r) for r in body), *(len(h) for h in headers))
    grid = _aligned(body, width)
    head = _aligned(headers, width)
    columns: list[tuple[int, int, str]] = []  # (column, label column, unit)
    for col in range(1, width):
        cells = [c for r in grid if (c := r[col]) is not None and _key(c.text)]
        if not cells or not all(_numeric(c) for c in cells):
            continue
        label_col = next(
            (c for c in range(col - 1, -1, -1) if not any(_numeric(r[c]) for r in grid)),
            None,
        )
        if label_col is None:
            continue
        header = " ".join(_text(h[col]) for h in head)
        unit = _column_unit(header, cells, caption_unit)
        if unit is not None:
            columns.append((col, label_col, unit))
    groups: list[list[tuple[int, int, str]]] = []
    for column in columns:
        probe_unit = _probe_unit(column[2])
        home = next(
            (
                g
                for g in groups
                if g[0][1] == column[1] and all(_probe_unit(c[2]) != probe_unit for c in g)
            ),
            None,
        )
        if home is None:
            groups.append([column])
        else:
            home.append(column)
    for group in groups:
        _group_figure(grid, head, group, text, facts, title if len(groups) == 1 else None)


def _probe_unit(unit: str) -> str:
    """The unit a cell ends up in: 万元 and 亿元 are both 元."""
    probe = find_quantities(f"1{unit}")
    return probe[0].unit if len(probe) == 1 else unit


def _nested(figure: FigureMatch) -> bool:
    """Rows that hold other rows: one equals the sum of two or more rows right after it, or all
    of them add up to a whole multiple of the total (every level of a hierarchy totals it)."""
    unit = figure.total[0].unit
    values = [next((q.value for q in p.values if q.unit == unit), None) for p in figure.parts]
    if any(v is None for v in values):
        return False
    vs = [v for v in values if v is not None]
    for i, head in enumerate(vs):
        run = Decimal(0)
        for n, v in enumerate(vs[i + 1 :], 1):
            run += v
            if run == head and head != 0 and n >= 2:
                return True
            if run > head:
                break
    total = figure.total[0].value
    whole = sum(vs, Decimal(0))
    return bool(total) and total is not None and whole != total and whole % total == 0


def _group_figure(
    grid: list[list[_Cell | None]],
    head: list[list[_Cell | None]],
    group: list[tuple[int, int, str]],
    text: str,
    facts: TableFacts,
    title: str | None,
) -> None:
    label_col = group[0][1]
    table_rows = []
    for r in grid:
        label_cell = r[label_col]
        label = _key(label_cell.text) if label_cell is not None else ""
        if not label and _is_total_row([c for c in r if c is not None]):
            label = next(
                _key(c.text) for c in r if c is not None and _key(c.text) in TABLE_TOTAL_LABELS
            )
        values = []
        for col, _, unit in group:
            cell = r[col]
            q = _cell_quantity(text, cell, unit) if cell is not None else None
            if q is not None:
                values.append(q)
        cells = [c for c in r if c is not None]
        if not values or not label or not cells:
            continue
        table_rows.append(TableRow(label, tuple(values), cells[0].start, cells[-1].end))
    labels = [row.label for row in table_rows if row.label not in TABLE_TOTAL_LABELS]
    marked = [lab for lab in labels if _ROW_MARKER.match(lab)]
    if marked and len(marked) != len(labels):
        return  # a hierarchy of rows: which ones the total sums is not ours to guess
    header = " ".join(_key(_text(h[col])) for col, _, _ in group for h in head if h[col])
    figure = rows_to_figure(title or header or "合计", table_rows)
    if figure is None:
        return
    if _nested(figure):
        # 功能分类 tables (类/款/项): 一般公共服务支出 264.87 over 社会工作事务 264.87 over 行政运行
        # 51.32 …; which rows the total sums is not ours to guess, and summing all would
        # count each level once more (putuo 2024 final accounts)
        facts.quantities += [q for row in table_rows for q in row.values]
        return
    facts.quantities += [q for row in table_rows for q in row.values]
    if marked and not sum_agrees(figure.total, [p.values for p in figure.parts]):
        return
    facts.figures.append(figure)


def _attached_copy(nodes: Sequence[OutlineNode], pos: int) -> bool:
    """A task table in an annex of a document whose own text already numbers its items
    (jkfp 2016: 四（一）…（四）, then 附件 重点任务分工及进度安排表) restates them; its rows are
    not items of their own. A 任务分工 notice whose table is all there is keeps them."""
    in_annex = any(n.heading.style == ANNEX_STYLE and n.start <= pos < n.end for n in nodes)
    return in_annex and any(n.is_item and n.end <= pos for n in nodes)


def read_tables(
    tm: TextMap, tables: Sequence[RawTable], nodes: Sequence[OutlineNode]
) -> TableFacts:
    """Items from task tables and figures from totalled tables, in document order."""
    facts = TableFacts()
    text = tm.text
    previous: _TaskColumns | None = None
    for k, table in enumerate(tables, 1):
        rows = _cells(tm, table)
        if not rows:
            facts.captions.append((None, None))
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
            if not _attached_copy(nodes, rows[0][0].start if rows[0] else 0):
                _task_items(rows, cols, k, text, nodes, facts, first)
            previous = cols
            continue
        previous = None
        _figures(rows, text, unit, facts, title)
    seen = set()
    unique = []
    for q in sorted(facts.quantities, key=lambda q: q.start):
        if q.start not in seen:
            seen.add(q.start)
            unique.append(q)
    facts.quantities = unique
    return facts
