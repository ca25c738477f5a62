"""A totalled table read into figures: which columns hold numbers, in what unit, under
which label, and every number as a cell with its row's and column's names.

A table with a 合计/总计 row or column gives a figure per group of numeric columns, each
cell read with the unit its header or caption gives (``投资(万元)``, ``单位:万元``). What the
rows and columns sum to is extractor/tablesums.py's.
"""

from __future__ import annotations

import functools

import regex

from extractor.facts import QuantityMatch, TableCell, TableFacts
from extractor.numbers import parse_number
from extractor.quantities import find_quantities
from extractor.table_grid import (
    _NUMBER_CELL,
    _caption_cell_unit,
    _Cell,
    _has_total_label,
    _header_row_count,
    _header_unit,
    _is_total_header,
    _is_total_row,
    _key,
    _numeric,
)
from extractor.tables import tabular as t
from extractor.tables.figures import TABLE_TOTAL_LABELS
from extractor.tablesums import BodyRow, column_figures, is_code, row_figures

_WHOLE = regex.compile(r"\d{1,9}")


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


def _column_unit(header: str, cells: list[_Cell], caption_unit: str | None) -> str | None:
    """The unit of a numeric column: its header's, else the caption's; a column of whole
    numbers under a header with no unit counts things (个)."""
    unit = _header_unit(header) or caption_unit
    if unit is not None:
        return unit
    if cells and all(_WHOLE.fullmatch(_key(c.text)) for c in cells):
        return t.COUNT_UNIT
    return None


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
    # each cell read once though the group's rows and all the columns' rows both hold it
    read: dict[tuple[int, int, str], QuantityMatch | None] = {}
    for group in groups:
        body_rows = _body_rows(grid, group, code_cols, text, read)
        facts.quantities += [q for r in body_rows for q in r.values if q is not None]
        label = title if len(groups) == 1 and title else _group_header(head, group) or "合计"
        names = "".join(_key(_text(h[group[0][1]])) for h in head)
        classes = any(w in names for w in t.CLASS_HEADERS)
        facts.figures += row_figures(label, body_rows, classes)
    if columns:
        all_rows = _body_rows(grid, columns, code_cols, text, read)
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


def _group_header(head: list[list[_Cell | None]], group: list[tuple[int, int, str]]) -> str:
    return " ".join(_key(_text(h[col])) for col, _, _ in group for h in head if h[col])


def _body_rows(
    grid: list[list[_Cell | None]],
    group: list[tuple[int, int, str]],
    code_cols: list[int],
    text: str,
    read: dict[tuple[int, int, str], QuantityMatch | None],
) -> list[BodyRow]:
    """The table's body as rows of a label, a code and the group's values; ``read`` holds the
    cells read already (by span and unit), and takes the ones read here."""
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
            _read_cell(text, cell, unit, read) if (cell := r[col]) is not None else None
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


def _read_cell(
    text: str, cell: _Cell, unit: str, read: dict[tuple[int, int, str], QuantityMatch | None]
) -> QuantityMatch | None:
    """``_cell_quantity``, once per cell and unit (a find_quantities call each)."""
    key = (cell.start, cell.end, unit)
    if key not in read:
        read[key] = _cell_quantity(text, cell, unit)
    return read[key]


@functools.lru_cache(maxsize=256)  # a table's units are few and asked for per column pair
def _probe_unit(unit: str) -> str:
    """The unit a cell ends up in: 万元 and 亿元 are both 元."""
    probe = find_quantities(f"1{unit}")
    return probe[0].unit if len(probe) == 1 else unit
