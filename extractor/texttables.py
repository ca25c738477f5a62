"""Tables written as text: rows of ``cell | cell`` lines, tab-separated lines, and a page's
table flattened to one cell per line between pipe lines.

A PDF or Word reader hands over its tables; a ``.txt`` that was a web page or a spreadsheet
has them only as text. Three forms are read:

- **pipe rows**: ``项目类型 | 项目个数（项） | 投资规模（亿元）`` — one row per line
  (guizhou-changshun 2017);
- **tab rows**: the same with tabs;
- **cell lines**: a web page's ``<td>`` boundaries written as lines of pipes, each cell's text
  on the lines between them (lishui 2023: ``|`` / ``序号`` / ``|  |`` / ``安置单位名称`` …, a row
  closing with ``|`` and the next opening with ``|``). Where every boundary looks alike
  (jkfp 2016: ``|`` / ``序号`` / ``|`` / ``|`` / ``工作任务`` …), the width is the number of
  header cells before the first row number, and the row numbers must then run 1, 2, 3 at
  every width-th cell, or nothing is read.

The result is the readers' own ``RawTable`` (offsets into the original text), so the tables
stage treats every table alike.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from extractor.line_starts import line_bounds
from extractor.readers.base import RawCell, RawTable
from extractor.tables import tabular as t

_PIPE = "|｜"
# A line of the cell-lines form that is only pipes and spaces: "|" or "|  |".
_SEPARATOR = regex.compile(rf"[ \t\u3000]*[{_PIPE}](?:[ \t\u3000]*[{_PIPE}])*[ \t\u3000]*")
_SPLIT = regex.compile(rf"[{_PIPE}]")
_LINE = regex.compile(r"[^\n]*")
_ROW_NUMBER = regex.compile(r"\s*(?P<n>\d{1,3})\s*")


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def _split_row(text: str, a: int, b: int, sep: str) -> tuple[RawCell, ...]:
    """The cells of one ``a | b | c`` (or tab-separated) line; outer pipes dropped."""
    cells = []
    pos = a
    pieces = [
        m.start() for m in (_SPLIT if sep == "|" else regex.compile("\t")).finditer(text, a, b)
    ]
    for cut in [*pieces, b]:
        x, y = _trim(text, pos, cut)
        cells.append(RawCell(text[x:y], x, y))
        pos = cut + 1
    if sep == "|":  # "| a | b |": the empty cells outside the outer pipes are not cells
        if cells and not cells[0].text and pieces and text[a : pieces[0]].strip() == "":
            cells = cells[1:]
        if cells and not cells[-1].text and pieces and text[pieces[-1] + 1 : b].strip() == "":
            cells = cells[:-1]
    return tuple(cells)


def _row_lines(text: str, lines: list[tuple[int, int]], sep: str) -> Iterator[tuple[int, int]]:
    """Runs of consecutive lines (index range) that are rows of ``sep``-separated cells."""

    def is_row(a: int, b: int) -> bool:
        line = text[a:b]
        if sep == "|":
            return line.count("|") + line.count("｜") >= 1 and " | " in line.replace("｜", "|")
        return line.count("\t") >= 1 and bool(line.strip())

    i = 0
    while i < len(lines):
        if not is_row(*lines[i]):
            i += 1
            continue
        j = i
        while j < len(lines) and is_row(*lines[j]):
            j += 1
        if j - i >= t.MIN_TEXT_TABLE_ROWS:
            yield i, j
        i = j


def _delimited_tables(text: str, lines: list[tuple[int, int]], sep: str) -> list[RawTable]:
    tables = []
    for i, j in _row_lines(text, lines, sep):
        rows = [_split_row(text, *lines[k], sep) for k in range(i, j)]
        rows = [r for r in rows if len(r) >= 2]
        if len(rows) >= t.MIN_TEXT_TABLE_ROWS:
            tables.append(RawTable(tuple(rows), lines[i][0], lines[j - 1][1]))
    return tables


def _cell_line_blocks(text: str, lines: list[tuple[int, int]]) -> Iterator[list[int]]:
    """Runs of lines in the cell-lines form: separators at most a few content lines apart."""
    i = 0
    n = len(lines)
    while i < n:
        if not _SEPARATOR.fullmatch(text, *lines[i]):
            i += 1
            continue
        block = [i]
        gap = 0
        j = i + 1
        while j < n and gap <= t.MAX_LINES_PER_CELL:
            if _SEPARATOR.fullmatch(text, *lines[j]):
                block.append(j)
                gap = 0
            elif text[slice(*lines[j])].strip():
                gap += 1
            j += 1
        if len(block) >= t.MIN_CELL_LINE_SEPARATORS:
            yield list(range(i, block[-1] + 1))
        i = block[-1] + 1


def _cells_of_block(
    text: str, lines: list[tuple[int, int]], block: list[int]
) -> list[tuple[RawCell, bool]]:
    """The block's cells, each with whether it opens a row.

    A cell opens a row unless an inner separator (``|  |``) stands between it and the cell
    before; two separators with nothing between them, the first an inner one, hold an empty
    cell (a 合计 row's blank last column).
    """
    cells: list[tuple[RawCell, bool]] = []
    content: list[int] = []
    inner = False  # an inner separator since the last cell
    last_inner = False  # the previous separator line was an inner one

    def close(x: int, y: int, joined: str) -> None:
        cells.append((RawCell(joined, x, y), not inner or not cells))

    for k in block:
        a, b = lines[k]
        if _SEPARATOR.fullmatch(text, a, b):
            is_inner = len(_SPLIT.findall(text, a, b)) >= 2
            if content:
                x, y = _trim(text, lines[content[0]][0], lines[content[-1]][1])
                close(x, y, "".join(text[slice(*lines[c])].strip() for c in content))
                content, inner = [], False
            elif last_inner and cells:
                close(a, a, "")  # nothing between an inner separator and this one
                inner = False
            inner = inner or is_inner
            last_inner = is_inner
        elif text[a:b].strip():
            content.append(k)
            last_inner = False
    if content:
        x, y = _trim(text, lines[content[0]][0], lines[content[-1]][1])
        close(x, y, "".join(text[slice(*lines[c])].strip() for c in content))
    return cells


def _cell_line_table(text: str, lines: list[tuple[int, int]], block: list[int]) -> RawTable | None:
    cells = _cells_of_block(text, lines, block)
    if len(cells) < 4:
        return None
    has_inner = not all(new_row for _, new_row in cells)
    rows: list[list[RawCell]] = []
    if has_inner:  # lishui: rows are told apart from cells
        for cell, new_row in cells:
            if new_row or not rows:
                rows.append([])
            rows[-1].append(cell)
    else:  # jkfp: every boundary alike; the row numbers give the width
        width = _width_from_row_numbers([c.text for c, _ in cells])
        if width is None:
            return None
        flat = [c for c, _ in cells]
        rows = [flat[k : k + width] for k in range(0, len(flat), width)]
    rows = [r for r in rows if r]
    if len(rows) < t.MIN_TEXT_TABLE_ROWS or max(len(r) for r in rows) < 2:
        return None
    return RawTable(tuple(tuple(r) for r in rows), rows[0][0].start, rows[-1][-1].end)


def _width_from_row_numbers(texts: list[str]) -> int | None:
    """The row width of a flat list of cells whose first column numbers the rows."""
    if not texts or texts[0].replace(" ", "") not in t.NUMBER_HEADERS:
        return None
    first = next((k for k, s in enumerate(texts) if s.strip() == "1"), None)
    if first is None or first < 2:
        return None
    numbered = range(first, len(texts), first)
    expected = 1
    for k in numbered:
        m = _ROW_NUMBER.fullmatch(texts[k])
        if m is None or int(m.group("n")) != expected:
            break
        expected += 1
    return first if expected > 2 else None


def find_text_tables(text: str) -> tuple[RawTable, ...]:
    """Every table written as text in ``text``, in document order."""
    # each form needs its separator: a text without pipes or tabs is not read line by line
    pipes = "|" in text or "｜" in text
    if not pipes and "\t" not in text:
        return ()
    lines = line_bounds(text)
    tables = _delimited_tables(text, lines, "|") if pipes else []
    tables += _delimited_tables(text, lines, "\t") if "\t" in text else []
    for block in _cell_line_blocks(text, lines) if pipes else ():
        table = _cell_line_table(text, lines, block)
        if table is not None:
            tables.append(table)
    tables.sort(key=lambda tb: tb.start)
    out: list[RawTable] = []
    for tb in tables:  # one form per stretch of text
        if not out or tb.start >= out[-1].end:
            out.append(tb)
    return tuple(out)
