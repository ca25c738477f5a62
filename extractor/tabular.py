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
from extractor.facts import FigureMatch, Heading, ItemFacts, OutlineNode, QuantityMatch
from extractor.figures import TableRow, rows_to_figure, sum_agrees
from extractor.items import find_project_count
from extractor.numbers import parse_number
from extractor.outline import cn_small_int
from extractor.quantities import find_quantities
from extractor.readers.base import RawTable
from extractor.tables import tabular as t
from extractor.tables.figures import TABLE_TOTAL_LABELS
from extractor.textmap import TextMap

_HEADER_UNIT = regex.compile(t.HEADER_UNIT)
_CAPTION_UNIT = regex.compile(t.CAPTION_UNIT)
_ROW_MARKER = regex.compile(t.ROW_MARKER)
_TITLE_END = regex.compile(r"[。;；!?！？\n]")
_NUMBER_CELL = regex.compile(r"^\s*[-+]?[\d,，.\s]+\s*$")
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


def _figures(
    rows: list[list[_Cell]], text: str, caption_unit: str | None, facts: TableFacts
) -> None:
    totals = [
        i
        for i, r in enumerate(rows)
        if r and any(_key(c.text) in TABLE_TOTAL_LABELS for c in r[:3])
    ]
    if len(totals) != 1:
        return
    header_rows = 0
    while header_rows < len(rows) and not any(
        _NUMBER_CELL.match(c.text) and _key(c.text) for c in rows[header_rows]
    ):
        header_rows += 1
    if header_rows == 0 or header_rows >= len(rows):
        return
    width = max(len(r) for r in rows)
    for col in range(1, width):
        header = " ".join(rows[h][col].text for h in range(header_rows) if col < len(rows[h]))
        unit = _header_unit(header) or caption_unit
        label_col = next(
            (
                c
                for c in range(col - 1, -1, -1)
                if not any(
                    _NUMBER_CELL.match(r[c].text)
                    for r in rows[header_rows:]
                    if c < len(r) and _key(r[c].text)
                )
            ),
            None,
        )
        if label_col is None:
            continue
        table_rows = []
        for r in rows[header_rows:]:
            if col >= len(r) or label_col >= len(r):
                continue
            q = _cell_quantity(text, r[col], unit)
            label = _key(r[label_col].text)
            if q is None or not label:
                continue
            table_rows.append(TableRow(label, (q,), r[0].start, r[-1].end))
        labels = [row.label for row in table_rows if row.label not in TABLE_TOTAL_LABELS]
        marked = [lab for lab in labels if _ROW_MARKER.match(lab)]
        if marked and len(marked) != len(labels):
            continue  # a hierarchy of rows: which ones the total sums is not ours to guess
        figure = rows_to_figure(_key(header) or "合计", table_rows)
        if figure is None:
            continue
        facts.quantities += [q for row in table_rows for q in row.values]
        if marked and not sum_agrees(figure.total, [p.values for p in figure.parts]):
            continue
        facts.figures.append(figure)


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
            continue
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
            _task_items(rows, cols, k, text, nodes, facts, first)
            previous = cols
            continue
        previous = None
        start = rows[0][0].start if rows[0] else 0
        captions = list(_CAPTION_UNIT.finditer(text, max(0, start - t.CAPTION_REACH), start))
        _figures(rows, text, captions[-1].group("unit") if captions else None, facts)
    seen = set()
    unique = []
    for q in sorted(facts.quantities, key=lambda q: q.start):
        if q.start not in seen:
            seen.add(q.start)
            unique.append(q)
    facts.quantities = unique
    return facts
