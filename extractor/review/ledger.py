"""The task ledger: one row per item, as a spreadsheet (``--xlsx``) or CSV (``--csv``).

Columns: where the item is, who is responsible (lead, support and agencies
whose role the plan does not state, each with its allocation), how many
projects, how much money, by when, on which page, and the findings that touch
it. The workbook is written with fixed timestamps so the same input gives the
same bytes. Text from a document never becomes a formula: a cell starting with
``=`` is stored as text in the workbook, and CSV cells that would start a formula
get a leading ``'``.
"""

from __future__ import annotations

import csv
import io
import re
import shutil
import tempfile
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, BinaryIO

from extractor.model import Agency, Document
from extractor.review.deadline import item_deadline
from extractor.review.itemfacts import ItemFacts, item_facts

Cell = str | int | float | None


@dataclass(frozen=True)
class Column:
    name: str
    width: int  # characters, for the spreadsheet
    number_format: str | None = None


COLUMNS = (
    Column("document", 30),
    Column("id", 10),
    Column("section", 12),
    Column("scope", 10),
    Column("number", 7),
    Column("title", 36),
    Column("lead", 24),
    Column("lead allocation", 10),
    Column("support", 28),
    Column("support allocation", 10),
    Column("agencies, role not stated", 30),
    Column("allocation, role not stated", 12),
    Column("project count", 9, "0"),
    Column("money total (元)", 16, "#,##0"),
    Column("amounts", 24),
    Column("deadline", 16),
    Column("page", 6, "0"),
    Column("findings", 40),
)
HEADER = [c.name for c in COLUMNS]
_LIST = "、"


def _agency_cells(agencies: Sequence[Agency]) -> tuple[str, str]:
    """Names and allocations, aligned; allocations empty when none is given.

    >>> from extractor.model import Agency, Span
    >>> a = [Agency(name=n, key=n, projects=p, role=None, span=Span(start=0, end=1))
    ...      for n, p in (("区发改委", 2), ("区科委", None))]
    >>> _agency_cells(a)
    ('区发改委、区科委', '2、-')
    """
    names = _LIST.join(a.name for a in agencies)
    if all(a.projects is None for a in agencies):
        return names, ""
    return names, _LIST.join("-" if a.projects is None else str(a.projects) for a in agencies)


def _number(value: Decimal | None) -> int | float | None:
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


def _row(doc: Document, facts: ItemFacts) -> list[Cell]:
    item = facts.item
    by_role: dict[str | None, list[Agency]] = {"lead": [], "support": [], None: []}
    for a in item.agencies:
        by_role[a.role].append(a)
    lead, support, other = (_agency_cells(by_role[r]) for r in ("lead", "support", None))
    findings = "\n".join(f"{c.status} {c.rule}: {c.message}" for c in facts.findings)
    cells: list[Cell] = [
        doc.source.path,
        item.id,
        item.section,
        item.scope,
        item.number,
        item.title,
        *lead,
        *support,
        *other,
        item.project_count,
        _number(facts.money_total),
        _LIST.join(q.text for q in facts.money),
        item_deadline(doc, item),
        item.span.page,
        findings,
    ]
    return [None if c == "" else c for c in cells]  # an empty cell is no cell


def ledger_rows(documents: Iterable[Document]) -> Iterator[list[Cell]]:
    """One row per item of every document, in document order, matching ``HEADER``."""
    for doc in documents:
        for facts in item_facts(doc):
            yield _row(doc, facts)


# A cell a spreadsheet would read as a formula (CSV injection): ``=``, ``+``, ``-``, ``@``, and a
# tab or carriage return before one of them.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: Cell) -> str:
    """A value as a CSV cell that no spreadsheet runs: text that would start a formula gets a
    leading ``'`` (numbers stay numbers).

    >>> [csv_cell(v) for v in ("=1+2", "-3万元", -3, None, "区财政局")]
    ["'=1+2", "'-3万元", '-3', '', '区财政局']
    """
    if value is None:
        return ""
    if isinstance(value, str):
        return "'" + value if value.startswith(_FORMULA_START) else value
    return str(value)


def ledger_csv_chunks(documents: Iterable[Document]) -> Iterator[str]:
    """The ledger as CSV with a header row, a few rows at a time (write it as UTF-8 with a
    BOM for Excel)."""
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(HEADER)
    for n, row in enumerate(ledger_rows(documents), start=1):
        writer.writerow([csv_cell(v) for v in row])
        if n % _ROWS_PER_CHUNK == 0:
            yield buf.getvalue()
            buf.seek(0)
            buf.truncate()
    yield buf.getvalue()


def ledger_csv(documents: Iterable[Document]) -> str:
    """``ledger_csv_chunks`` as one string."""
    return "".join(ledger_csv_chunks(documents))


def ledger_xlsx(documents: Iterable[Document]) -> bytes:
    """``write_xlsx`` into memory."""
    buf = io.BytesIO()
    write_xlsx(documents, buf)
    return buf.getvalue()


def write_xlsx(documents: Iterable[Document], sink: BinaryIO) -> None:
    """The ledger as an .xlsx workbook: frozen header, filters, column widths, money formats.

    Written in openpyxl's write-only mode, which streams rows to a temporary file instead of
    keeping a cell object for every value (a corpus of ten thousand items costs a second, not
    six), then copied into ``sink`` with fixed dates, part by part.
    """
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("items")
    ws.freeze_panes = "A2"  # the sheet's view and columns are written before its first row
    for i, col in enumerate(COLUMNS, start=1):
        ws.column_dimensions[get_column_letter(i)].width = col.width
    bold, fill = Font(bold=True), PatternFill("solid", fgColor="DCE6F2")
    header = []
    for name in HEADER:
        cell = WriteOnlyCell(ws, value=name)
        cell.font, cell.fill = bold, fill
        header.append(cell)
    ws.append(header)
    wrap = Alignment(wrap_text=True, vertical="top")
    findings = HEADER.index("findings")
    formats = [c.number_format for c in COLUMNS]
    n_rows = 1
    for row in ledger_rows(documents):
        # control characters a PDF left in the text cannot go into a sheet
        row = [ILLEGAL_CHARACTERS_RE.sub("", v) if isinstance(v, str) else v for v in row]
        out: list[Any] = list(row)  # values, and styled cells where a format applies
        for i, value in enumerate(row):
            fmt = formats[i]
            formula = isinstance(value, str) and value.startswith("=")
            if value is None or (fmt is None and i != findings and not formula):
                continue
            cell = WriteOnlyCell(ws, value=value)
            if formula:
                cell.data_type = "s"  # text from a document is never a formula
            if fmt is None:
                if i == findings:
                    cell.alignment = wrap
            elif isinstance(value, float) and not value.is_integer() and fmt == "#,##0":
                cell.number_format = "#,##0.00"
            else:
                cell.number_format = fmt
            out[i] = cell
        ws.append(out)
        n_rows += 1
    ws.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}{n_rows}"
    with tempfile.TemporaryFile() as raw:
        wb.save(raw)
        raw.seek(0)
        _stable_zip(raw, sink)


_STAMP = re.compile(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)")
_EPOCH = b"1980-01-01T00:00:00Z"
_ROWS_PER_CHUNK = 256


def _stable_zip(source: BinaryIO, sink: BinaryIO) -> None:
    """The same workbook with its save time and the zip entries' dates fixed, copied a part
    at a time (a sheet of many rows is never whole in memory)."""
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(sink, "w") as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o600 << 16
            if info.filename == "docProps/core.xml":
                content = _STAMP.sub(rb"\g<1>" + _EPOCH + rb"\g<2>", src.read(info.filename))
                dst.writestr(fixed, content)
                continue
            with src.open(info) as part, dst.open(fixed, "w") as copy:
                shutil.copyfileobj(part, copy, _COPY_CHUNK)


_COPY_CHUNK = 1 << 20
