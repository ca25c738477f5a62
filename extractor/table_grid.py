"""A table's cells as spans of the normalised text, and how its rows read.

The tables stage (extractor/tabular.py) and the reading of totalled tables
(extractor/table_figures.py) both work on these: a cell's text without spaces, a number
cell, the header rows above the first number, a total row (合计, 收入总计), the unit a
header or a caption cell states (``投资(万元)``).
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from extractor.readers.base import RawTable
from extractor.tables import tabular as t
from extractor.tables.figures import TABLE_TOTAL_LABELS
from extractor.textmap import TextMap

_HEADER_UNIT = regex.compile(t.HEADER_UNIT)
_NUMBER_CELL = regex.compile(r"^\s*[-+]?[\d,，.\s]+\s*$")
_SPACES = regex.compile(r"\s+")


@dataclass(frozen=True)
class _Cell:
    text: str  # normalised
    start: int  # normalised offsets
    end: int


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


def _header_unit(cell_text: str) -> str | None:
    m = _HEADER_UNIT.search(_key(cell_text))
    return (m.group("unit") or m.group("unit2")) if m else None


def _is_total_row(row: list[_Cell]) -> bool:
    return any(_key(c.text) in TABLE_TOTAL_LABELS for c in row[:3])


def _numeric(cell: _Cell | None) -> bool:
    return cell is not None and bool(_key(cell.text)) and _NUMBER_CELL.match(cell.text) is not None


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


def _has_total_label(row: list[_Cell]) -> bool:
    """A body row labelled as a total: 合计, or one that ends so (收入总计, 本年支出合计)."""
    return any(_is_total_header(c) for c in row[:3])


def _is_total_header(cell: _Cell) -> bool:
    key = _key(cell.text)
    return key in TABLE_TOTAL_LABELS or key.endswith(t.TOTAL_ROW_ENDINGS)
