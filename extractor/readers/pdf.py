"""PDF: text in reading order, page furniture removed, wrapped lines joined, tables as rows.

pdfplumber parses each page once; everything below works from its characters:

1. ``find_tables`` (ruling lines) gives the tables; characters inside them are left out of the
   running text, and each table is written as one line per row, cells joined by `` | ``.
2. The other characters are grouped into lines (``pdf_lines.py``).
3. Running headers and footers are dropped: page-number lines and lines repeated on many pages,
   when they sit among the first or last lines of a page inside the top or bottom margin band.
4. Lines the layout wrapped are joined back: a line that reaches the right edge continues into
   the next unless that one is indented, opens with a heading marker, or sits after a gap.
   "Reaches" is measured against the next line's first unbreakable piece (``贫,639``): a line
   that ends short by less than that piece was full. The right edge ignores punctuation hung
   past it. This also mends a number split over two lines (``1`` / ``7869户``), across pages.
"""

from __future__ import annotations

import io
import itertools
import statistics
from collections import Counter
from dataclasses import dataclass
from typing import Any

import pdfplumber
import regex

from extractor.errors import ReadError
from extractor.limits import DEFAULT_LIMITS, Limits, over_limit
from extractor.readers.base import RawCell, RawTable, RawText
from extractor.readers.pdf_lines import Line as _Line
from extractor.readers.pdf_lines import chars_to_lines as _chars_to_lines
from extractor.tables import pdf_layout as layout

_PAGE_NUMBER = regex.compile("|".join(f"(?:{p})" for p in layout.PAGE_NUMBER_PATTERNS))
_PARAGRAPH_START = regex.compile("|".join(f"(?:{p})" for p in layout.PARAGRAPH_START_PATTERNS))
_DIGITS = regex.compile(r"\d+")
_SPACES = regex.compile(r"\s+")
_LATIN_END = regex.compile(r"[A-Za-z]$")
_LATIN_START = regex.compile(r"^[A-Za-z]")
# A cell's own line breaks: joined without a space between CJK, with one between Latin words.
_CELL_BREAK = regex.compile(r"(?<=[A-Za-z0-9,.;:%])\n(?=[A-Za-z0-9(])")


@dataclass
class _Table:
    top: float
    rows: list[list[str]]


@dataclass
class _Page:
    lines: list[_Line]
    tables: list[_Table]
    height: float
    size: float  # median character size
    left: float = 0.0
    right: float = 0.0


def read_pdf(data: bytes, name: str, limits: Limits = DEFAULT_LIMITS) -> RawText:
    """Read a PDF with a text layer; ``ReadError`` for scanned, encrypted or cid-font files."""
    warnings: list[str] = []
    pages = _parse_pages(data, name, warnings, limits)
    _drop_furniture(pages)
    _set_margins(pages)
    return _assemble(pages, warnings)


# ---------------------------------------------------------------------------------------------
# Parsing


def _parse_pages(data: bytes, name: str, warnings: list[str], limits: Limits) -> list[_Page]:
    try:
        # Pages past the limit are never turned into pdfplumber pages (a page-tree bomb); a
        # range, not the list pdfplumber's hints ask for: it tests ``number in pages`` per page.
        wanted: Any = range(1, limits.pdf_pages + 2)
        pdf = pdfplumber.open(io.BytesIO(data), pages=wanted)
    except Exception as e:  # pdfminer raises many types; all mean "not readable"
        raise _open_error(name, e) from None
    pages: list[_Page] = []
    total = cid = 0
    image_pages: list[int] = []
    # Closing walks the page tree again, so a broken one raises from ``with`` too.
    try:
        with pdf:
            for number, page in enumerate(pdf.pages, 1):
                if number > limits.pdf_pages:
                    raise over_limit(
                        name, "pdf_pages", number, limits.pdf_pages, "the page count so far"
                    )
                chars = page.chars
                total += len(chars)
                page_cid = sum(1 for c in chars if c["text"].startswith("(cid:"))
                cid += page_cid
                if not chars and page.images:
                    image_pages.append(number)
                parsed = _parse_page(page, chars)
                pages.append(parsed)
                page.flush_cache()
    except ReadError:
        raise
    except Exception as e:
        raise _open_error(name, e) from None
    if total == 0:
        if image_pages:
            raise ReadError(
                f"{name}: no text layer: scanned image? OCR it first "
                "(e.g. ocrmypdf) and read the OCR'd PDF"
            )
        raise ReadError(
            f"{name}: the PDF has no text at all ({len(pages)} empty pages); "
            "check that it is the right file"
        )
    if cid > layout.CID_SHARE_LIMIT * total:
        raise ReadError(
            f"{name}: fonts have no Unicode map, text extracts as (cid:N) codes "
            f"({cid} of {total} characters); OCR it or get a text or Word version"
        )
    if cid:
        warnings.append(f"{cid} characters with no Unicode map ((cid:N)) left out")
    if image_pages:
        shown = ", ".join(map(str, image_pages[:10])) + (" ..." if len(image_pages) > 10 else "")
        warnings.append(f"no text layer on page(s) {shown} (image only); OCR them to read them")
    return pages


def _open_error(name: str, error: Exception) -> ReadError:
    detail = f"{type(error).__name__} {error}".lower()
    cause = error.__cause__ or error.__context__
    if cause is not None:
        detail += f" {type(cause).__name__} {cause}".lower()
    if "password" in detail or "encrypt" in detail:
        return ReadError(
            f"{name}: the PDF is encrypted (needs a password); save an unprotected copy and retry"
        )
    first = str(error).splitlines()[0] if str(error) else type(error).__name__
    return ReadError(
        f"{name}: not a readable PDF ({first[:120]}); re-save or print it to PDF and retry"
    )


def _parse_page(page: Any, chars: list[dict[str, Any]]) -> _Page:
    tables: list[_Table] = []
    boxes: list[tuple[float, float, float, float]] = []
    if page.rects or page.lines or page.curves:  # ruled tables need ruling lines
        for table in page.find_tables():
            rows = [
                cells
                for cells in ([_cell_text(c) for c in row] for row in table.extract())
                if any(cells)
            ]  # rows with no text carry nothing
            if not rows:
                continue  # an empty grid (a frame, a blank form)
            tables.append(_Table(top=table.bbox[1], rows=rows))
            boxes.append(table.bbox)
    kept = [c for c in chars if not c["text"].startswith("(cid:")]
    if boxes:
        kept = [c for c in kept if not _inside(c, boxes)]
    sizes = [c["size"] for c in chars if not c["text"].isspace()]
    size = statistics.median(sizes) if sizes else 10.0
    return _Page(lines=_chars_to_lines(kept), tables=tables, height=float(page.height), size=size)


def _cell_text(cell: str | None) -> str:
    if not cell:
        return ""
    text = _CELL_BREAK.sub(" ", cell.strip())
    return _SPACES.sub(" ", text.replace("\n", "")).strip()


def _inside(char: dict[str, Any], boxes: list[tuple[float, float, float, float]]) -> bool:
    x = (char["x0"] + char["x1"]) / 2
    y = (char["top"] + char["bottom"]) / 2
    return any(x0 <= x <= x1 and top <= y <= bottom for x0, top, x1, bottom in boxes)


# ---------------------------------------------------------------------------------------------
# Page furniture


def _signature(line: _Line) -> tuple[str, float]:
    """What a running header or footer keeps from page to page: its words (page numbers
    aside) and its type size, so a title in large type under a header of the same words stays."""
    return _DIGITS.sub("#", _SPACES.sub("", line.text)), round(line.size * 2) / 2


def _edge_lines(page: _Page) -> list[_Line]:
    """The first and last few lines of a page that sit inside the top or bottom margin band."""
    lines = page.lines
    n = layout.EDGE_LINES
    candidates = lines[:n] + lines[max(n, len(lines) - n) :]
    band = layout.MARGIN_BAND * page.height
    tables_top = min((t.top for t in page.tables), default=page.height)
    return [
        line
        for line in candidates
        if (line.bottom <= band and line.bottom <= tables_top + 1) or line.top >= page.height - band
    ]


def _drop_furniture(pages: list[_Page]) -> None:
    edges = [_edge_lines(page) for page in pages]
    seen: Counter[tuple[str, float]] = Counter()
    for page_edges in edges:
        seen.update({_signature(line) for line in page_edges})
    needed = max(layout.MIN_REPEAT_PAGES, layout.REPEAT_SHARE * len(pages))
    for page, page_edges in zip(pages, edges, strict=True):
        drop = {
            id(line)
            for line in page_edges
            if _PAGE_NUMBER.fullmatch(line.text.strip()) or seen[_signature(line)] >= needed
        }
        if drop:
            page.lines = [line for line in page.lines if id(line) not in drop]


# ---------------------------------------------------------------------------------------------
# Paragraphs


def _set_margins(pages: list[_Page]) -> None:
    """The text block's left and right edge per page; sparse pages borrow the typical page's."""
    lefts: list[float] = []
    rights: list[float] = []
    for page in pages:
        if len(page.lines) >= 4:
            page.left = _common_edge([line.x0 for line in page.lines], page.size, low=True)
            page.right = _common_edge(_line_ends(page.lines), page.size, low=False)
            lefts.append(page.left)
            rights.append(page.right)
    default_left = statistics.median(lefts) if lefts else 0.0
    default_right = statistics.median(rights) if rights else 0.0
    for page in pages:
        if len(page.lines) < 4:
            page.left = min([default_left, *[line.x0 for line in page.lines]])
            page.right = max([default_right, *[line.x1 for line in page.lines]])


def _line_ends(lines: list[_Line]) -> list[float]:
    """Where the lines end, for finding the right edge: lines that end in punctuation are left
    out when enough others remain, since layouts hang a closing comma or full stop beyond the
    edge (LibreOffice's hanging punctuation)."""
    ends = [line.x1 for line in lines if line.text[-1] not in layout.NO_LINE_START]
    return ends if len(ends) >= 2 else [line.x1 for line in lines]


def _common_edge(values: list[float], size: float, *, low: bool) -> float:
    """The leftmost (or rightmost) edge shared by at least two lines, else the extreme one."""
    ordered = sorted(values, reverse=not low)
    for a, b in itertools.pairwise(ordered):
        if abs(a - b) <= size / 2:
            return a
    return ordered[0]


def _continues(
    prev: _Line, line: _Line, page_prev: _Page, page: _Page, pitch: float | None
) -> bool:
    """Is ``line`` the wrapped continuation of ``prev``?"""
    size = page_prev.size
    spare = page_prev.right - prev.x1
    if spare >= line.lead and (
        spare > layout.FULL_LINE_SLACK * size or prev.text[-1] in layout.SENTENCE_END
    ):
        return False  # the previous line stopped short with room for this one's start: it ended
    if prev.size > (1 + layout.SIZE_CHANGE) * size:
        # Title type, usually centred: it filled its line only if both margins together leave
        # less than it takes to wrap, counted in its own characters.
        spare = (prev.x0 - page_prev.left) + (page_prev.right - prev.x1)
        if spare >= layout.FULL_LINE_SLACK * prev.size:
            return False
    if line.x0 > page.left + layout.INDENT_MIN * page.size and not _title_runs_on(prev, line, page):
        return False  # indented: a new paragraph (or a centred line)
    if _PARAGRAPH_START.match(line.text):
        return False
    if abs(prev.size - line.size) > layout.SIZE_CHANGE * max(prev.size, line.size):
        return False  # a title above body text, or a note in smaller type
    if pitch is None:
        return True
    pitch *= max(1.0, prev.size / size)  # larger type (a title) sits at a larger pitch
    return line.top - prev.top <= pitch + layout.PARAGRAPH_GAP * max(size, prev.size)


def _title_runs_on(prev: _Line, line: _Line, page: _Page) -> bool:
    """A centred title in large type that filled its line (less than one of its own characters
    to spare) and runs on in a centred line."""
    large = prev.size > (1 + layout.SIZE_CHANGE) * page.size
    filled = (prev.x0 - page.left) + (page.right - prev.x1) < prev.size
    same = abs(prev.size - line.size) <= layout.SIZE_CHANGE * prev.size
    centred = (
        abs((line.x0 - page.left) - (page.right - line.x1)) <= layout.CENTRED_SLACK * page.size
    )
    return large and filled and same and centred


def _pitch(page: _Page) -> float | None:
    """The page's line pitch: the smallest step between body lines that recurs (the step inside
    a paragraph), so that a page of short paragraphs with space between them still shows it."""
    steps = [b.top - a.top for a, b in itertools.pairwise(page.lines) if b.top > a.top]
    if len(steps) < 2:
        return None
    body = sorted(
        b.top - a.top
        for a, b in itertools.pairwise(page.lines)
        if b.top > a.top and max(abs(a.size - page.size), abs(b.size - page.size)) < 0.5
    )
    for a, b in itertools.pairwise(body):
        if b - a <= layout.PITCH_TOLERANCE * page.size:
            return a
    return statistics.median(steps)


def _joiner(prev: _Line, page: _Page, after: str) -> str:
    """A space between two Latin words that a word-wrapping layout broke at a space; nothing
    between CJK characters or digits, or where the line was filled to the edge (mid-word)."""
    if not (_LATIN_END.search(prev.text) and _LATIN_START.search(after)):
        return ""
    return " " if prev.x1 < page.right - layout.LATIN_WRAP_SLACK * page.size else ""


def _assemble(pages: list[_Page], warnings: list[str]) -> RawText:
    out: list[str] = []
    length = 0
    page_starts: list[int] = []
    tables: list[RawTable] = []
    prev: tuple[_Line, _Page] | None = None  # the last text line written, if nothing came after

    def write(piece: str) -> int:
        nonlocal length
        out.append(piece)
        start = length
        length += len(piece)
        return start

    for number, page in enumerate(pages, 1):
        pitch = _pitch(page)
        blocks: list[tuple[float, int, _Line | _Table]] = [
            (line.top, 0, line) for line in page.lines
        ]
        blocks += [(table.top, 1, table) for table in page.tables]
        blocks.sort(key=lambda b: (b[0], b[1]))
        page_started = False
        for _, _, block in blocks:
            if isinstance(block, _Line):
                joined = prev is not None and _continues(
                    prev[0], block, prev[1], page, pitch if prev[1] is page else None
                )
                if joined:
                    assert prev is not None
                    write(_joiner(prev[0], prev[1], block.text))
                elif length:
                    write("\n")
                if not page_started and number > 1:
                    page_starts.append(length)
                page_started = True
                write(block.text)
                prev = (block, page)
            else:
                if length:
                    write("\n")
                if not page_started and number > 1:
                    page_starts.append(length)
                page_started = True
                tables.append(_write_table(block, write))
                prev = None
        if not page_started and number > 1:
            page_starts.append(length)
    text = "".join(out)
    if text and not text.endswith("\n"):
        text += "\n"
    return RawText(
        text=text,
        format="pdf",
        page_starts=tuple(page_starts),
        pages=len(pages),
        tables=tuple(tables),
        warnings=tuple(warnings),
    )


def _write_table(table: _Table, write: Any) -> RawTable:
    rows: list[tuple[RawCell, ...]] = []
    table_start: int | None = None
    for r, row in enumerate(table.rows):
        if r:
            write("\n")
        cells: list[RawCell] = []
        for c, cell in enumerate(row):
            if c:
                write(" | ")
            start = write(cell)
            if table_start is None:
                table_start = start
            cells.append(RawCell(text=cell, start=start, end=start + len(cell)))
        rows.append(tuple(cells))
    assert table_start is not None
    end = rows[-1][-1].end if rows and rows[-1] else table_start
    return RawTable(rows=tuple(rows), start=table_start, end=end)
