"""Prose against tables: a number the text states under a table's name agrees with the table.

Rule ``restated_figure`` (OUTPUT.md: "prose against a table cell"). A sentence names a table's
number by the label of its row or the header of its column, right before it
(extractor/tables/restated.py). A name that only says "the total" (总计, 合计) counts when the
words before it are in the table's title. The number is compared with every cell of the most
specific name it matched: it passes when one of them agrees at the written precision, and fails
when none does, quoting both sides. A hedged number, another year's number and a number inside
a table are not compared.

The same rule holds a 收入 | 支出 table's two totals to each other (收入总计 = 支出总计).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

import regex

from extractor.checks.base import make_check
from extractor.checks.text import CLAUSE, sentence_start, words
from extractor.facts import Analysis, QuantityMatch, TableCell
from extractor.intervals import is_exact, same_amount
from extractor.model import Check
from extractor.tables import restated as R
from extractor.tables import tabular as TABULAR

RULE = "restated_figure"
_LINK = regex.compile(R.LINK_WORDS)
_LEVEL = regex.compile(R.CLASS_LEVEL)
_MARKER = regex.compile(R.ROW_MARKER)
_SPACES = regex.compile(r"\s+")
_CLAUSE_BACK = regex.compile(CLAUSE.pattern, regex.REVERSE)
_YEAR = regex.compile(r"(?<!\d)((?:19|20)\d{2})\s*年")


_UNIT_NOTE = regex.compile(TABULAR.UNIT_NOTE)


def name_of(label: str) -> str:
    """A row label or header as a sentence would write it: ``一、一般公共预算财政拨款收入`` ->
    ``一般公共预算财政拨款收入``; ``城乡社区支出(类)`` -> ``城乡社区支出``."""
    name = _MARKER.sub("", _LEVEL.sub("", _SPACES.sub("", label)))
    return _UNIT_NOTE.sub("", name)  # 投资规模(亿元): the unit is the cell's, not its name


def _names(cell: TableCell) -> list[str]:
    out = []
    if cell.first:
        out.append(name_of(cell.row))
    if cell.column_named:
        out.append(name_of(cell.column))
    return [n for n in out if len(n) >= R.MIN_NAME_CHARS]


def _is_generic(name: str) -> bool:
    return name in R.GENERIC_NAMES


def _said_name(text: str, q: QuantityMatch, floor: int) -> str:
    """The words right before a number, back to its clause's start, as a name."""
    lo = max(floor, q.start - R.MAX_LABEL_CHARS)
    m = _CLAUSE_BACK.search(text, lo, q.start)
    start = m.end() if m else lo
    said = text[start : q.start]
    said = said[: _LINK.search(said).start()]  # type: ignore[union-attr]
    return name_of(said)


def _specificity(said: str, name: str, title: str) -> int:
    """How much of what the sentence says the name covers; 0 when it does not name the cell."""
    if not said.endswith(name):
        return 0
    if not _is_generic(name):
        return len(name)
    before = said[: -len(name)]
    for n in range(len(before), R.MIN_QUALIFIER_CHARS - 1, -1):
        if before[-n:] in title:
            return n + len(name)
    return 0


def _other_year(a: Analysis, q: QuantityMatch) -> bool:
    text = a.tm.text
    s = sentence_start(text, q.start, a.body[0])  # its end is not read
    clause = text[s : q.start]
    if any(w in clause for w in R.OTHER_YEAR_WORDS):
        return True
    years = {int(y) for y in _YEAR.findall(clause)}
    return bool(years) and (a.year is None or years != {a.year})


def _agrees(q: QuantityMatch, cell: QuantityMatch) -> bool:
    return same_amount(q, cell)


def _cell_words(a: Analysis, cell: TableCell) -> str:
    where = " ".join(p for p in (cell.title, cell.row, cell.column) if p)
    return f"{where} {words(a, cell.value.start, cell.value.end)}"


def _in_table(text: str, q: QuantityMatch, cell_starts: set[int]) -> bool:
    if q.start in cell_starts:
        return True
    line_start = text.rfind("\n", 0, q.start) + 1
    line_end = text.find("\n", q.end)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    return "|" in line or "\t" in line


def check_table_cells(a: Analysis) -> list[Check]:
    """Every number the prose states under a table's name, against that table."""
    if not a.cells:
        return []
    text = a.tm.text
    by_unit: dict[str, list[TableCell]] = defaultdict(list)
    for cell in a.cells:
        if is_exact(cell.value):
            by_unit[cell.value.unit].append(cell)
    cell_starts = {c.value.start for c in a.cells}
    out: list[Check] = []
    for q in a.quantities:
        if not a.body[0] <= q.start < a.body[1] or q.kind == "percent" or not is_exact(q):
            continue
        cells = by_unit.get(q.unit)
        if not cells or _in_table(text, q, cell_starts):
            continue
        said = _said_name(text, q, a.body[0])
        if not said:
            continue
        best: list[TableCell] = []
        score = 0
        for cell in cells:
            for name in _names(cell):
                n = _specificity(said, name, cell.title)
                if n > score:
                    best, score = [cell], n
                elif n and n == score and cell not in best:
                    best.append(cell)
        if not best or _other_year(a, q):
            continue
        best = _of_its_coverage(a, q.start, said, best)
        out.append(_compare(a, q, said, _of_its_section(a, q.start, best)))
    return out + _balances(a)


def _pairs(s: str) -> set[str]:
    return {s[k : k + 2] for k in range(len(s) - 1)}


def _sources(*said: str) -> frozenset[str]:
    return frozenset(w for w in R.SOURCE_WORDS if any(w in s for s in said))


def _of_its_coverage(
    a: Analysis, pos: int, said: str, cells: Sequence[TableCell]
) -> list[TableCell]:
    """The cells of the tables that count the money the sentence counts: the source words
    (tables/restated.py SOURCE_WORDS) of its words and its headings, against those of a cell's
    title, row and column. A table of the same sources is preferred, then the most in common;
    a table with no title is kept, as its sources are unknown."""
    headings = []
    node = a.node_at(pos)
    while node is not None:
        headings.append(node.heading.title)
        node = node.parent
    prose = _sources(said, *headings)

    def fit(c: TableCell) -> tuple[bool, int]:
        own = _sources(c.title, c.row, c.column)
        return own == prose, len(own & prose)

    titled = [fit(c) for c in cells if c.title]
    if not titled or max(titled) == (False, 0):
        return list(cells)
    best = max(titled)
    return [c for c in cells if not c.title or fit(c) == best]


def _of_its_section(a: Analysis, pos: int, cells: Sequence[TableCell]) -> list[TableCell]:
    """Cells of one name in several tables, those of the table the prose's section explains
    first: the most pairs of characters its title shares with the headings above ``pos``
    ("五、一般公共预算财政拨款支出决算情况说明" explains the 财政拨款收入支出决算总表's
    社会保障和就业支出, not the 收入支出决算总表's: putuo 2024 部门决算)."""
    said: set[str] = set()
    node = a.node_at(pos)
    while node is not None:
        said |= _pairs(_SPACES.sub("", node.heading.title))
        node = node.parent
    share = [len(said & _pairs(c.title)) for c in cells]
    order = sorted(range(len(cells)), key=lambda k: -share[k])  # stable: then table order
    return [cells[k] for k in order]


def _compare(a: Analysis, q: QuantityMatch, said: str, cells: Sequence[TableCell]) -> Check:
    stated = f"{said}{words(a, q.start, q.end)}"
    agreeing = next((c for c in cells if _agrees(q, c.value)), None)
    if agreeing is not None:
        return make_check(
            RULE,
            "pass",
            f"{stated} agrees with the table: {_cell_words(a, agreeing)}",
            [a.tm.span(q.start, q.end), a.tm.span(agreeing.value.start, agreeing.value.end)],
        )
    cell = cells[0]
    others = "" if len(cells) == 1 else f" (and {len(cells) - 1} more cells of that name)"
    return make_check(
        RULE,
        "fail",
        f"{stated} in the text, but the table says {_cell_words(a, cell)}{others}",
        [a.tm.span(q.start, q.end), a.tm.span(cell.value.start, cell.value.end)],
        cell.value.value,
        q.value,
        q.unit,
    )


def _balances(a: Analysis) -> list[Check]:
    """A 收入 | 支出 table's two 总计 agree."""
    sides: dict[tuple[int, int], TableCell] = {}
    for cell in a.cells:
        if cell.first and cell.total_row and name_of(cell.row).endswith(R.BALANCE_ENDING):
            sides.setdefault((cell.table, cell.side), cell)  # the first 总计 of each side
    out = []
    for (table, side), income in sorted(sides.items()):
        spending = sides.get((table, 1))
        if side != 0 or spending is None or income.value.unit != spending.value.unit:
            continue
        if not (is_exact(income.value) and is_exact(spending.value)):
            continue
        a_words = f"{income.row} {words(a, income.value.start, income.value.end)}"
        b_words = f"{spending.row} {words(a, spending.value.start, spending.value.end)}"
        spans = [
            a.tm.span(income.value.start, income.value.end),
            a.tm.span(spending.value.start, spending.value.end),
        ]
        where = f"{income.title}: " if income.title else ""
        if _agrees(income.value, spending.value):
            out.append(make_check(RULE, "pass", f"{where}{a_words} = {b_words}", spans))
        else:
            out.append(
                make_check(
                    RULE,
                    "fail",
                    f"{where}{a_words}, but {b_words}",
                    spans,
                    income.value.value,
                    spending.value.value,
                    income.value.unit,
                )
            )
    return out
