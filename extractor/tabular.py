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

import regex

from extractor.agencies import agencies_in_cell
from extractor.facts import (
    FigureMatch,
    Heading,
    ItemFacts,
    OutlineNode,
    QuantityMatch,
    TableCell,
)
from extractor.items import find_project_count
from extractor.numbers import parse_number
from extractor.outline import cn_small_int
from extractor.quantities import find_quantities
from extractor.readers.base import RawTable
from extractor.tables import tabular as t
from extractor.tables.figures import TABLE_TOTAL_LABELS
from extractor.tables.headings import ANNEX_STYLE
from extractor.tablesums import BodyRow, column_figures, is_code, row_figures
from extractor.textmap import TextMap

_HEADER_UNIT = regex.compile(t.HEADER_UNIT)
_CAPTION_UNIT = regex.compile(t.CAPTION_UNIT)
_COMPILER_LINE = regex.compile(t.COMPILER_LINE)
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
    cells: list[TableCell] = field(default_factory=list)  # the numbers of totalled tables


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
        if not line.strip("|｜ ") or _CAPTION_UNIT.fullmatch(line) or _COMPILER_LINE.match(line):
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


def _code_columns(grid: list[list[_Cell | None]], head: list[list[_Cell | None]]) -> list[int]:
    """The columns of classification codes: one (201 / 20139 / 2013901) or one per level
    (类 204 | 款 06 | 项 01, putuo 2026 部门预算), if the table has them."""
    width = len(grid[0]) if grid else 0
    for col in range(width):
        header = "".join(_key(_text(h[col])) for h in head)
        cells = [_key(_text(r[col])) for r in grid if _key(_text(r[col]))]
        coded = sum(1 for c in cells if is_code(c))
        headed = any(w in header for w in t.CODE_HEADERS)
        if coded < 2 or not (headed or coded == len(cells)) or coded * 10 < len(cells) * 6:
            continue
        cols = [col]
        for nxt in range(col + 1, width):  # 款, 项: two digits each, or blank
            level = [_key(_text(r[nxt])) for r in grid]
            if any(v and not _LEVEL_CODE.fullmatch(v) for v in level) or not any(level):
                break
            cols.append(nxt)
        return cols
    return []


_LEVEL_CODE = regex.compile(r"\d{2}")


def _split_sides(rows: list[list[_Cell]], header_rows: int) -> list[list[list[_Cell]]]:
    """A 收入支出 table set side by side (项目 | 决算数 | 项目 | 决算数): each side a table."""
    for h in rows[:header_rows]:
        keys = [_key(c.text) for c in h]
        for cut in range(2, len(keys)):
            if keys[cut] and keys[cut] == keys[0] and keys[:cut].count(keys[0]) == 1:
                return [[r[:cut] for r in rows], [r[cut:] for r in rows]]
    return [rows]


def _figures(
    rows: list[list[_Cell]],
    text: str,
    caption_unit: str | None,
    facts: TableFacts,
    title: str | None = None,
    table: int = 0,
    side: int = 0,
) -> None:
    """The figures of a totalled table: per group of numeric columns with distinct units
    (项目个数（项）and 投资规模（亿元） total the same rows), what its total rows and total
    columns sum (see extractor/tablesums.py)."""
    header_rows = _header_row_count(rows)
    if header_rows == 0 or header_rows >= len(rows):
        return
    sides = _split_sides(rows, header_rows)
    if len(sides) > 1:
        for k, half in enumerate(sides):
            _figures(half, text, caption_unit, facts, title, table, k)
        return
    body = rows[header_rows:]
    if not any(_has_total_label(r) for r in body) and not any(
        _is_total_header(c) for h in rows[:header_rows] for c in h
    ):
        return
    headers = rows[:header_rows]
    if (cell_unit := _caption_cell_unit(rows, header_rows)) is not None:
        caption_unit = cell_unit
        headers = [h[1:] for h in headers]
    width = max(*(len(r) for r in body), *(len(h) for h in headers))
    grid = _aligned(body, width)
    head = _aligned(headers, width)
    code_cols = _code_columns(grid, head)
    columns: list[tuple[int, int, str]] = []  # (column, label column, unit)
    for col in range(1, width):
        if col in code_cols:
            continue
        cells = [c for r in grid if (c := r[col]) is not None and _key(c.text)]
        if not cells or not all(_numeric(c) for c in cells):
            continue
        label_col = next(
            (
                c
                for c in range(col - 1, -1, -1)
                if c not in code_cols and not any(_numeric(r[c]) for r in grid)
            ),
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
        body_rows = _body_rows(grid, group, code_cols, text)
        facts.quantities += [q for r in body_rows for q in r.values if q is not None]
        label = title if len(groups) == 1 and title else _group_header(head, group) or "合计"
        names = "".join(_key(_text(h[group[0][1]])) for h in head)
        classes = any(w in names for w in t.CLASS_HEADERS)
        facts.figures += row_figures(label, body_rows, classes)
    if columns:
        all_rows = _body_rows(grid, columns, code_cols, text)
        headers_text = [" ".join(_text(h[col]) for h in head).strip() for col, _, _ in columns]
        units = [_probe_unit(u) for _, _, u in columns]
        blank = _blank_columns(grid, head, columns, width)
        facts.figures += column_figures(title or "", headers_text, all_rows, units, blank)
        facts.cells += _table_cells(title or "", table, side, headers_text, all_rows, units)


def _blank_columns(
    grid: list[list[_Cell | None]],
    head: list[list[_Cell | None]],
    columns: list[tuple[int, int, str]],
    width: int,
) -> list[bool]:
    """Per summed column, whether columns with a header and no value in any row stand right of
    it before the next summed one (收入决算表: 本年收入合计 | 财政拨款收入 | 上级补助收入 | 事业收入
    …, the last ones blank): a total column then has more members than the ones it shows."""
    out = []
    for k, (col, _, _) in enumerate(columns):
        stop = columns[k + 1][0] if k + 1 < len(columns) else width
        out.append(
            any(
                " ".join(_text(h[c]) for h in head).strip()
                and not any(_key(_text(r[c])) for r in grid)
                for c in range(col + 1, stop)
            )
        )
    return out


def _table_cells(
    title: str, table: int, side: int, headers: list[str], rows: list[BodyRow], units: list[str]
) -> list[TableCell]:
    """Every number of a totalled table with its row's and column's names."""
    firsts = {units.index(u) for u in units}
    # a column's header names its cell of a total row only among several columns in one unit
    # (支出决算表: 本年支出合计 | 基本支出 | 项目支出); a lone 预算数 / 决算数 names nothing
    named = {j for j, u in enumerate(units) if units.count(u) >= 2 or _names_a_quantity(headers[j])}
    out = []
    for r in rows:
        for j, q in enumerate(r.values):
            if q is not None:
                out.append(
                    TableCell(
                        table,
                        _key(title),
                        side,
                        r.label,
                        _key(headers[j]),
                        j in firsts,
                        r.is_total and j in named,
                        r.is_total,
                        q,
                    )
                )
    return out


_UNIT_NOTE = regex.compile(t.UNIT_NOTE)


def _names_a_quantity(header: str) -> bool:
    """A lone column's header that names what it counts: 投资规模（亿元）, not 决算数."""
    name = _UNIT_NOTE.sub("", _key(header))
    return len(name) >= 2 and not any(w in name for w in t.LONE_COLUMN_STAGES)


def _has_total_label(row: list[_Cell]) -> bool:
    """A body row labelled as a total: 合计, or one that ends so (收入总计, 本年支出合计)."""
    return any(_is_total_header(c) for c in row[:3])


def _is_total_header(cell: _Cell) -> bool:
    key = _key(cell.text)
    return key in TABLE_TOTAL_LABELS or key.endswith(t.TOTAL_ROW_ENDINGS)


def _group_header(head: list[list[_Cell | None]], group: list[tuple[int, int, str]]) -> str:
    return " ".join(_key(_text(h[col])) for col, _, _ in group for h in head if h[col])


def _body_rows(
    grid: list[list[_Cell | None]],
    group: list[tuple[int, int, str]],
    code_cols: list[int],
    text: str,
) -> list[BodyRow]:
    """The table's body as rows of a label, a code and the group's values."""
    label_col = group[0][1]
    out = []
    for r in grid:
        label_cell = r[label_col]
        label = _key(label_cell.text) if label_cell is not None else ""
        cells = [c for c in r if c is not None]
        if not cells:
            continue
        if not label and _is_total_row(cells):
            label = next(_key(c.text) for c in cells if _key(c.text) in TABLE_TOTAL_LABELS)
        code = "".join(_key(_text(r[c])) for c in code_cols)
        if not label:
            if not is_code(code):
                continue
            label = code
        values = tuple(
            _cell_quantity(text, cell, unit) if (cell := r[col]) is not None else None
            for col, _, unit in group
        )
        first = _key(_text(r[0])) if label_col > 0 and 0 not in code_cols else ""
        serial = int(first) if _WHOLE.fullmatch(first) else None
        out.append(
            BodyRow(
                label,
                code if is_code(code) else None,
                values,
                cells[0].start,
                cells[-1].end,
                serial,
            )
        )
    return out


def _probe_unit(unit: str) -> str:
    """The unit a cell ends up in: 万元 and 亿元 are both 元."""
    probe = find_quantities(f"1{unit}")
    return probe[0].unit if len(probe) == 1 else unit


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
            if not _attached_copy(nodes, rows[0][0].start if rows[0] else 0):
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
