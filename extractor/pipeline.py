"""The pipeline: read -> normalise -> layout -> outline -> quantities -> items -> figures -> checks.

``extract(path)``, ``extract_bytes(data, name)`` and ``extract_text(text, name)`` are pure: no
global state is read or written, so a batch can run them per file in any order or process. Only
``ExtractorError`` escapes them: an unexpected exception becomes ``InternalError`` (the original
is its ``__cause__``), and text a reader cannot encode (lone surrogates) is replaced and warned.
"""

from __future__ import annotations

import dataclasses
import hashlib
import itertools
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import regex

from extractor import model
from extractor.agencies import agency_key
from extractor.boilerplate import find_layout
from extractor.checks import run_checks
from extractor.errors import ExtractorError, InternalError, ReadError
from extractor.facts import Analysis, FigureMatch, ItemFacts, OutlineNode, QuantityMatch
from extractor.figure_parts import Group
from extractor.figures import find_figures, prose_groups
from extractor.items import find_items
from extractor.limits import DEFAULT_LIMITS, Limits, over_limit
from extractor.model import built, trusted, trusted_span
from extractor.names import SURROGATE, safe_name
from extractor.outline import find_outline
from extractor.quantities import find_quantities
from extractor.readers import RawText, read_bytes
from extractor.readers.base import RawTable
from extractor.scopes import find_scopes
from extractor.tables.headings import ANNEX_STYLE, UNNUMBERED_STYLE
from extractor.tabular import TABLE_ITEM_STYLE, read_tables
from extractor.textmap import TextMap
from extractor.texttables import find_text_tables
from extractor.wrapping import wrap_width


def extract(
    path: str | Path, *, name: str | None = None, limits: Limits = DEFAULT_LIMITS
) -> model.Document:
    """Extract one file. ``name`` is the path recorded in ``source.path`` (default: the file name).

    Raises ``ReadError`` or ``UnsupportedFormat`` when the file cannot be read.
    """
    path = Path(path)
    own = safe_name(path.name)
    try:
        data = path.read_bytes()
    except OSError as e:
        raise ReadError(f"{own}: cannot read file ({e.strerror or e})") from e
    shown = safe_name(name or path.name)
    sha256 = hashlib.sha256(data).hexdigest()
    return guarded(shown, lambda: extract_raw(read_bytes(data, own, limits), shown, sha256, limits))


def extract_bytes(data: bytes, name: str, limits: Limits = DEFAULT_LIMITS) -> model.Document:
    """Extract a file given as bytes; ``name`` gives the extension and ``source.path``."""
    return extract_with_text(data, name, limits)[0]


def extract_with_text(
    data: bytes, name: str, limits: Limits = DEFAULT_LIMITS
) -> tuple[model.Document, str]:
    """``extract_bytes``, and the text the spans index into (what ``--save-text`` writes)."""
    shown = safe_name(name)
    sha256 = hashlib.sha256(data).hexdigest()
    return guarded(shown, lambda: _extract(read_bytes(data, shown, limits), shown, sha256, limits))


def extract_text(
    text: str, name: str = "<text>", limits: Limits = DEFAULT_LIMITS
) -> model.Document:
    """Extract a plan given as a string (newlines are normalised to ``\\n``)."""
    shown = safe_name(name)

    def run() -> model.Document:
        lines = text.replace("\r\n", "\n").replace("\r", "\n").removeprefix("\ufeff")
        clean, warnings = _replace_surrogates(lines)
        raw = RawText(text=clean, format="txt", encoding=None, warnings=warnings)
        return extract_raw(raw, shown, hashlib.sha256(clean.encode("utf-8")).hexdigest(), limits)

    return guarded(shown, run)


_T = TypeVar("_T")


def guarded(name: str, run: Callable[[], _T]) -> _T:
    """Run one document's work so that only ``ExtractorError`` leaves it."""
    try:
        return run()
    except ExtractorError:
        raise
    except RecursionError as e:
        raise InternalError(f"{name}: internal error: nesting too deep (RecursionError)") from e
    except MemoryError as e:
        raise ReadError(
            f"{name}: over the limit memory_bytes (ran out of memory); "
            "raise it with --limit memory_bytes=N if the file is trusted"
        ) from e
    except Exception as e:
        first = str(e).splitlines()[0][:200] if str(e) else ""
        raise InternalError(
            f"{name}: internal error: {type(e).__name__}: {safe_name(first)}"
        ) from e


_SHOWN_OFFSETS = 5
# SURROGATE's class, for the test whether there is one: regex finds a range of code points in
# a whole text eight times faster than re
_ANY_SURROGATE = regex.compile("[\\ud800-\\udfff]")


def _replace_surrogates(text: str) -> tuple[str, tuple[str, ...]]:
    """Lone surrogates (no UTF-8 for them) replaced one for one by U+FFFD, so spans still hold."""
    if _ANY_SURROGATE.search(text) is None:
        return text, ()
    offsets = [m.start() for m in SURROGATE.finditer(text)]
    if not offsets:
        return text, ()
    shown = ", ".join(str(o) for o in offsets[:_SHOWN_OFFSETS])
    more = ", …" if len(offsets) > _SHOWN_OFFSETS else ""
    return SURROGATE.sub("\ufffd", text), (
        f"{len(offsets)} unencodable character{'s' if len(offsets) > 1 else ''} (lone "
        f"surrogates) replaced with U+FFFD at offset{'s' if len(offsets) > 1 else ''} "
        f"{shown}{more}",
    )


def extract_raw(
    raw: RawText, name: str, sha256: str, limits: Limits = DEFAULT_LIMITS
) -> model.Document:
    """Run every stage over a reader's output."""
    return _extract(raw, name, sha256, limits)[0]


def _extract(raw: RawText, name: str, sha256: str, limits: Limits) -> tuple[model.Document, str]:
    if len(raw.text) > limits.document_chars:
        raise over_limit(name, "document_chars", len(raw.text), limits.document_chars, "the text")
    clean, replaced = _replace_surrogates(raw.text)
    if replaced:
        raw = dataclasses.replace(raw, text=clean, warnings=(*raw.warnings, *replaced))
    return _stages(raw, name, sha256), raw.text


def _stages(raw: RawText, name: str, sha256: str) -> model.Document:
    tm = TextMap.build(raw.text, raw.page_starts, paged=bool(raw.pages))
    text = tm.text
    layout = find_layout(text)
    body = layout.body
    nodes = find_outline(text, *body)
    scopes, overview = find_scopes(text, nodes, body, layout.title)
    quantities = find_quantities(text, *body)
    raw_tables = raw.tables or _text_tables(tm, body)
    tables = read_tables(tm, raw_tables, nodes)
    leaves = [n for n in nodes if id(n) not in tables.containers]
    wrap = wrap_width(text, *body)
    items = sorted(find_items(text, leaves, wrap) + tables.items, key=lambda it: it.node.start)
    quantities = _merge_quantities(quantities, tables.quantities)
    groups = prose_groups(text, quantities, *body)
    found = find_figures(text, quantities, *body, groups)
    figures = sorted(found + tables.figures, key=lambda f: f.start)
    analysis = Analysis(
        tm=tm,
        body=body,
        overview=overview,
        nodes=tuple(nodes),
        items=tuple(items),
        scopes=tuple(scopes),
        quantities=tuple(quantities),
        figures=tuple(figures),
        year=layout.year,
        title_at=layout.title_at,
        cells=tuple(tables.cells),
        groups=_handed_groups(quantities, body, groups),
    )
    checks = run_checks(analysis)
    source = model.Source(
        path=name,
        format=raw.format,
        sha256=sha256,
        encoding=raw.encoding,
        pages=raw.pages,
        chars=len(raw.text),
        warnings=list(raw.warnings),
    )
    return model.Document(
        source=source,
        title=_title(tm, layout.title_at),
        year=layout.year,
        body=tm.span(*body),
        sections=[_section(tm, n) for n in nodes if _is_section(n) or id(n) in tables.containers],
        scopes=scopes,
        items=_items(tm, items),
        quantities=[_quantity(tm, q) for q in quantities],
        figures=[_figure(tm, f) for f in figures],
        checks=checks,
        metadata=[
            model.Meta(kind=kind, text=tm.source(a, b), span=tm.span(a, b))
            for kind, a, b in layout.metadata
        ],
        pages=_pages(raw, tm),
        tables=[
            model.Table(
                title=tm.source(*title_at) if title_at else None,
                title_span=tm.span(*title_at) if title_at else None,
                unit=unit,
                rows=[
                    [
                        trusted(model.Cell, text=c.text, span=_raw_span(tm, c.start, c.end))
                        for c in row
                    ]
                    for row in table.rows
                ],
                span=_raw_span(tm, table.start, table.end),
            )
            for table, (title_at, unit) in zip(raw_tables, tables.captions, strict=True)
        ],
    )


def _handed_groups(
    quantities: list[QuantityMatch], body: tuple[int, int], groups: list[Group]
) -> tuple[Group, ...] | None:
    """The figures stage's groups for restated_figure, which groups the quantities that start
    in the body: the same ones unless one runs past its end (then it groups its own)."""
    end = body[1]
    if any(q.start < end < q.end for q in quantities):
        return None
    return tuple(groups)


def _is_section(node: OutlineNode) -> bool:
    """A numbered unit with units below it, or a part of its own (附件, an unnumbered heading);
    a glossary's entries are neither items nor sections."""
    return bool(node.children) or node.heading.style in (ANNEX_STYLE, UNNUMBERED_STYLE)


def _text_tables(tm: TextMap, body: tuple[int, int]) -> tuple[RawTable, ...]:
    """Tables written as text (for a reader that gave none), within the body."""
    start, end = tm.to_original(body[0]), tm.to_original(body[1], end=True)
    return tuple(t for t in find_text_tables(tm.original) if start <= t.start and t.end <= end)


def _merge_quantities(
    found: list[QuantityMatch], from_tables: list[QuantityMatch]
) -> list[QuantityMatch]:
    """Add the table cells a header gave a unit to, where the text scan found nothing."""
    taken = [(q.start, q.end) for q in found]
    extra = [q for q in from_tables if not any(a < q.end and q.start < b for a, b in taken)]
    return sorted(found + extra, key=lambda q: q.start)


def _raw_span(tm: TextMap, start: int, end: int) -> model.Span:
    """A span given in original offsets (readers report those)."""
    return trusted_span(start, end, tm.page_of(start))


def _pages(raw: RawText, tm: TextMap) -> list[model.Span]:
    if not raw.page_starts and not raw.pages:
        return []
    bounds = [0, *raw.page_starts, len(raw.text)]
    return [trusted_span(a, b, i + 1) for i, (a, b) in enumerate(itertools.pairwise(bounds))]


def _number(tm: TextMap, node: OutlineNode) -> str:
    h = node.heading
    if h.style == TABLE_ITEM_STYLE:
        return h.number  # the 序号 cell, or the row's place in the table
    return tm.source(h.start, h.start + len(h.number))


def _section(tm: TextMap, node: OutlineNode) -> model.Section:
    h = node.heading
    return built(  # every field, in order: see model.built
        model.Section,
        {
            "id": node.id,
            "number": _number(tm, node),
            "heading": _one_line(tm.source(h.title_start, h.title_end)),
            "level": node.level,
            "scope": node.scope,
            "span": tm.span(node.start, node.end),
        },
    )


def _items(tm: TextMap, items: list[ItemFacts]) -> list[model.Item]:
    """The items' models; the path of a section is written once for all its items."""
    paths: dict[int, str] = {}
    return [_item(tm, it, paths) for it in items]


def _written_path(tm: TextMap, node: OutlineNode, paths: dict[int, str]) -> str:
    """The numbers of ``node``'s ancestors as written, joined by ``/`` ("" at the top level),
    remembered in ``paths`` by the parent (saves walking every item's ancestors)."""
    parent = node.parent
    if parent is None:
        return ""
    if (path := paths.get(id(parent))) is None:
        number = _number(tm, parent)
        path = paths[id(parent)] = (
            f"{_written_path(tm, parent, paths)}/{number}" if parent.parent is not None else number
        )
    return path


def _item(tm: TextMap, it: ItemFacts, paths: dict[int, str]) -> model.Item:
    node = it.node
    h = node.heading
    end = node.end
    norm = tm.text
    while end > node.start and norm[end - 1].isspace():
        end -= 1
    # section_path(node) as written: empty (None) exactly where section_path is
    path = _written_path(tm, node, paths) or None
    text, span = tm.quote(node.start, end)
    agencies = []
    for a in it.agencies:
        written, at = tm.quote(a.start, a.end)
        agencies.append(
            built(
                model.Agency,
                {
                    "name": written,
                    "key": agency_key(a.name),
                    "projects": a.projects,
                    "role": a.role,
                    "span": at,
                },
            )
        )
    return built(
        model.Item,
        {
            "id": node.id,
            "number": _number(tm, node),
            "title": _one_line(tm.source(h.title_start, h.title_end)),
            "text": text,
            "section": path,
            "scope": node.scope,
            "agencies": agencies,
            "project_count": it.project_count,
            "span": span,
        },
    )


def _title(tm: TextMap, at: tuple[int, int] | None) -> str | None:
    """The title as written; a title broken over lines is joined."""
    if at is None:
        return None
    return _one_line(tm.source(*at))


def _one_line(s: str) -> str:
    """Text broken over lines (a title, a heading continued over a PDF's wrap) joined."""
    return "".join(line.strip() for line in s.split("\n")) if "\n" in s else s


def _quantity(tm: TextMap, q: QuantityMatch) -> model.Quantity:
    text, span = tm.quote(q.start, q.end)
    return built(
        model.Quantity,
        {
            "text": text,
            "value": q.value,
            "unit": q.unit,
            "kind": q.kind,
            "qualifier": q.qualifier,
            "precision": q.precision,
            "low": q.low,
            "high": q.high,
            "span": span,
        },
    )


def _values(tm: TextMap, qs: tuple[QuantityMatch, ...]) -> list[model.Value]:
    return [
        built(model.Value, {"value": q.value, "unit": q.unit, "span": tm.span(q.start, q.end)})
        for q in qs
        if q.value is not None
    ]


def _figure(tm: TextMap, f: FigureMatch) -> model.Figure:
    parts = [
        built(
            model.FigurePart,
            {"label": p.label, "values": _values(tm, p.values), "span": tm.span(p.start, p.end)},
        )
        for p in f.parts
    ]
    return built(
        model.Figure,
        {
            "label": f.label,
            "total": _values(tm, f.total),
            "parts": parts,
            "span": tm.span(f.start, f.end),
        },
    )
