"""The review page of one document: its text with every fact marked, the outline, the findings.

The text is the one the spans index into (what ``--save-text`` writes). Items are boxed,
agencies, money, counts, percentages and figures are marked each in their own
style with the parsed value on hover (``title``) and on focus; every span a
check used is a target a finding links to.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator, Sequence
from decimal import Decimal
from html import escape

from extractor.line_index import LineIndex
from extractor.model import Agency, Check, Document, Figure, Span, Value
from extractor.review.formats import format_number, format_quantity
from extractor.review.itemfacts import ItemFacts, item_facts
from extractor.review.marks import Mark, Point, attr, render_marked
from extractor.review.page import html_page
from extractor.review.page import text as t

_STATUS_ORDER = {"fail": 0, "warn": 1, "pass": 2}
_QUOTE_MAX = 90

# ranks: outer marks first (see marks.Mark)
_BLOCK, _FIGURE, _TARGET, _TOKEN = 0, 1, 2, 3


def target_key(span: Span) -> str:
    return f"{span.start}-{span.end}"


def _agency_note(a: Agency) -> str:
    parts = [a.name]
    if a.key != a.name:
        parts.append(f"as {a.key}")
    if a.role:
        parts.append({"lead": "lead (牵头)", "support": "support (配合)"}[a.role])
    if a.projects is not None:
        parts.append(f"{a.projects} project{'s' if a.projects != 1 else ''}")
    return "agency: " + " · ".join(parts)


def _values(values: list[Value]) -> str:
    return "、".join(f"{format_number(v.value)} {v.unit}" for v in values)


def figure_note(f: Figure) -> str:
    """One line: the figure's total and its parts with their parsed values."""
    total = _values(f.total)
    parts = "; ".join(f"{p.label} {_values(p.values)}" for p in f.parts)
    return f"figure: {f.label} {total}" + (f" = {parts}" if parts else "")


def _marks(doc: Document, text: str, facts: Sequence[ItemFacts]) -> Iterator[Mark]:
    n = len(text)
    if doc.body.start > 0:
        yield Mark(0, doc.body.start, _BLOCK, "outside", (("title", "outside the plan's body"),))
    if doc.body.end < n:
        yield Mark(doc.body.end, n, _BLOCK, "outside", (("title", "outside the plan's body"),))
    starts = sorted({s.span.start for s in doc.sections} | {i.span.start for i in doc.items})
    for k, sec in enumerate(doc.sections):
        i = bisect_right(starts, sec.span.start)
        nxt = starts[i] if i < len(starts) else sec.span.end
        end = min(nxt, sec.span.end)
        newline = text.find("\n", sec.span.start, end)
        end = newline if newline >= 0 else end
        yield Mark(sec.span.start, end, _BLOCK, "heading", id=f"s{k}")
    for k, f in enumerate(facts):
        statuses = {c.status for c in f.findings}
        cls = "item" + "".join(f" has-{s}" for s in ("fail", "warn") if s in statuses)
        a, b = f.item.span.start, f.item.span.end
        end = a + len(text[a:b].rstrip("\n"))
        yield Mark(a, end, _BLOCK, cls, (("data-id", f.item.id),), id=f"i{k}")
        # a box ends its line: the newline after it would add an empty one
        after = end + 1 if text[end : end + 1] == "\n" else end
        if after > end:
            yield Mark(end, after, _BLOCK, "nl")
    for fig in doc.figures:
        yield Mark(fig.span.start, fig.span.end, _FIGURE, "fig", (("title", figure_note(fig)),))
    for span in sorted({(s.start, s.end) for c in doc.checks for s in c.spans}):
        key = f"{span[0]}-{span[1]}"
        yield Mark(span[0], span[1], _TARGET, "tgt", (("data-t", key),), id=f"t{key}")
    for item in doc.items:
        for agency in item.agencies:
            note = _agency_note(agency)
            cls = "ag" + (f" {agency.role}" if agency.role else "")
            attrs = (("title", note), ("data-v", note))
            yield Mark(agency.span.start, agency.span.end, _TOKEN, cls, attrs, focusable=True)
    for q in doc.quantities:
        note = f"{q.kind}: {format_quantity(q)}"
        attrs = (("title", note), ("data-v", note))
        yield Mark(q.span.start, q.span.end, _TOKEN, f"q {q.kind}", attrs, focusable=True)


def _points(doc: Document) -> list[Point]:
    return [
        Point(p.start, f'<span class="page"{attr("data-page", str(p.page))}></span>')
        for p in doc.pages
        if p.page is not None
    ]


def _outline(doc: Document, facts: Sequence[ItemFacts]) -> str:
    entries: list[tuple[int, int, str]] = []
    for k, s in enumerate(doc.sections):
        label = f"{s.number} {s.heading}".strip()
        link = f'<a href="#s{k}">{t(label)}</a>'
        entries.append((s.span.start, 0, f'<li class="o-sec lvl-{s.level}">{link}</li>'))
    for k, f in enumerate(facts):
        item = f.item
        parent = len(item.section.split("/")) if item.section else 0
        counts = Counter(c.status for c in f.findings)
        badges = "".join(
            f'<span class="badge {s}" title="{counts[s]} {s}">{counts[s]}</span>'
            for s in ("fail", "warn")
            if counts[s]
        )
        label = f"{item.number} {item.title}".strip()
        link = f'<a href="#i{k}"{attr("title", item.id)}>{t(label)}</a>'
        entries.append(
            (item.span.start, 1, f'<li class="o-item lvl-{parent + 1}">{link}{badges}</li>')
        )
    entries.sort(key=lambda e: (e[0], e[1]))
    if not entries:
        return '<p class="none">No outline.</p>'
    return "<ol>\n" + "\n".join(e[2] for e in entries) + "\n</ol>"


def _side(label: str, value: Decimal | str | None, unit: str | None) -> str:
    if value is None:
        return ""
    shown = value if isinstance(value, str) else format_number(value)
    return f"<dt>{t(label)}</dt><dd>{t(shown)}{' ' + t(unit) if unit else ''}</dd>"


def _excerpt(text: str, span: Span) -> str:
    s = text[span.start : span.end].replace("\n", " ")
    return s if len(s) <= _QUOTE_MAX else s[: _QUOTE_MAX - 1] + "…"


def finding_html(check: Check, text: str, lines: LineIndex) -> str:
    """One finding: status, rule, message, both sides, and a link to each of its spans."""
    keys = " ".join(target_key(s) for s in check.spans)
    where = f"line {lines.line_of(check.spans[0].start)}" if check.spans else "whole document"
    sides = _side("expected", check.expected, check.unit) + _side(
        "actual", check.actual, check.unit
    )
    spans = "".join(
        f'<li><a href="#t{target_key(s)}"{attr("data-t", target_key(s))}>line '
        f"{lines.line_of(s.start)}{f', page {s.page}' if s.page else ''}</a> "
        f"<q>{t(_excerpt(text, s))}</q></li>"
        for s in check.spans
    )
    return (
        f'<li class="finding {check.status}" tabindex="0"{attr("data-rule", check.rule)}'
        f"{attr('data-status', check.status)}{attr('data-spans', keys)}>"
        f'<div><span class="status">{t(check.status)}</span><code>{t(check.rule)}</code> '
        f'<span class="where">{t(where)}</span></div>'
        f'<p class="msg">{t(check.message)}</p>'
        + (f'<dl class="sides">{sides}</dl>' if sides else "")
        + (f'<ul class="spans">{spans}</ul>' if spans else "")
        + "</li>"
    )


def _findings(doc: Document, text: str) -> str:
    lines = LineIndex(text)
    ordered = sorted(
        enumerate(doc.checks), key=lambda pair: (_STATUS_ORDER[pair[1].status], pair[0])
    )
    found = [finding_html(c, text, lines) for _, c in ordered if c.status != "pass"]
    passed = [finding_html(c, text, lines) for _, c in ordered if c.status == "pass"]
    rules = Counter(c.rule for c in doc.checks)
    status = Counter(c.status for c in doc.checks)
    options = "".join(
        f'<option value="{escape(r)}">{t(r)} ({rules[r]})</option>' for r in sorted(rules)
    )
    boxes = "".join(
        f'<label><input type="checkbox" checked data-status="{s}"> {s} ({status[s]})</label>'
        for s in ("fail", "warn", "pass")
    )
    parts = [
        '<h2 id="findings">Findings</h2>',
        f'<div class="filters"><label>rule <select id="f-rule"><option value="">all rules'
        f"</option>{options}</select></label>{boxes}</div>",
        f'<ol class="found">{"".join(found)}</ol>'
        if found
        else '<p class="none">No failed or warned checks.</p>'
        if doc.checks
        else '<p class="none">No checks ran: nothing in this text could be compared, so '
        "nothing here was verified.</p>",
    ]
    if passed:
        parts.append(
            f'<details class="passes"><summary>{len(passed)} passed</summary>'
            f"<ol>{''.join(passed)}</ol></details>"
        )
    return "\n".join(parts)


_LEGEND = (
    '<p class="legend"><span class="item-key">boxes: items</span>'
    '<span class="ag">agency</span><span class="ag lead">lead</span>'
    '<span class="q money">money</span><span class="q count">count</span>'
    '<span class="q percent">percentage</span><span class="q measure">measure</span>'
    '<span class="fig">figure</span> · hover or focus a mark for its parsed value</p>'
)


def _header(doc: Document, index_href: str | None) -> str:
    src = doc.source
    status = Counter(c.status for c in doc.checks)
    facts = [
        src.path,
        src.format,
        f"{src.chars:,} characters",
        *([f"{src.pages} pages"] if src.pages else []),
        f"{len(doc.items)} items",
        f"{status['fail']} failed, {status['warn']} warned, {status['pass']} passed",
    ]
    crumbs = (
        f'<p class="crumbs"><a href="{escape(index_href)}">← all documents</a></p>'
        if index_href
        else ""
    )
    warnings = "".join(f'<p class="warnings">{t(w)}</p>' for w in src.warnings)
    return (
        '<header class="top">'
        + crumbs
        + f"<h1>{t(doc.title or src.path)}</h1>"
        + f'<p class="meta">{t(" · ".join(facts))}</p>'
        + warnings
        + _LEGEND
        + "</header>"
    )


def document_page(doc: Document, text: str, *, index_href: str | None = None) -> str:
    """The whole review page of ``doc``; ``text`` is the text its spans index into."""
    facts = item_facts(doc)
    marked = render_marked(text, _marks(doc, text, facts), _points(doc))
    body = (
        _header(doc, index_href)
        + '\n<main class="doc">\n'
        + '<nav class="outline" aria-label="outline"><h2>Outline</h2>'
        + f"{_outline(doc, facts)}</nav>\n"
        + f'<article class="text" id="text"><div class="src">{marked}</div></article>\n'
        + f'<aside class="findings" aria-label="findings">{_findings(doc, text)}</aside>\n'
        + "</main>"
    )
    return html_page(doc.title or doc.source.path, body)
