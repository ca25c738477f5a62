"""A diff for people: Markdown for a pull-request comment, or an HTML page in the review style.

Both render the same lines (``_document_lines``); document text is escaped for
the target, so a title with ``<script>`` or ``*`` stays text in either.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from decimal import Decimal
from html import escape
from typing import Any

from extractor.diff.model import (
    Amount,
    DiffReport,
    DocumentDiff,
    FieldChange,
    FigureChange,
    FindingRef,
    ItemChange,
    ItemRef,
)
from extractor.escaping import markdown
from extractor.review.formats import format_number
from extractor.review.page import html_page

_ROLES = {"lead": "牵头", "support": "配合"}

Escape = Callable[[object], str]


def md_text(s: object) -> str:
    """Document text for Markdown: no emphasis, links, tables, HTML or line breaks can come out
    of it, and no control character (``escaping.markdown``).

    >>> print(md_text('<img src=x onerror=alert(1)> *a* | b'))
    \\<img src=x onerror=alert(1)\\> \\*a\\* \\| b
    """
    return markdown(str(s))


def html_text(s: object) -> str:
    return escape(str(s), quote=True)


def _amounts(values: list[Amount]) -> str:
    return "、".join(f"{format_number(v.value)} {v.unit}" for v in values) or "none"


def _agency(a: dict[str, Any]) -> str:
    notes = [_ROLES[a["role"]]] if a.get("role") in _ROLES else []
    if a.get("projects") is not None:
        notes.append(str(a["projects"]))
    return str(a["name"]) + (f"({', '.join(notes)})" if notes else "")


def _money(values: list[dict[str, Any]]) -> str:
    def one(q: dict[str, Any]) -> str:
        if q.get("value") is not None:
            return f"{q['text']} = {format_number(Decimal(str(q['value'])))} {q['unit']}"
        return f"{q['text']} ({q['unit']})"

    return "、".join(one(q) for q in values) or "none"


def _field(change: FieldChange, e: Escape) -> str:
    old, new = change.old, change.new
    if change.field == "agencies":
        parts = [f"−{e(_agency(a))}" for a in old] + [f"+{e(_agency(a))}" for a in new]
        return "agencies " + " ".join(parts)
    if change.field == "money":
        return f"money {e(_money(old))} → {e(_money(new))}"
    if change.field == "quantities":
        parts = [f"−{e(q)}" for q in old] + [f"+{e(q)}" for q in new]
        return "quantities " + " ".join(parts)
    if change.field == "wording":
        pairs = [f"“{e(a)}” → “{e(b)}”" for a, b in zip(old, new, strict=False)]
        return "wording " + "; ".join(pairs)
    label = {"project_count": "projects"}.get(change.field, change.field)
    shown = ["—" if v is None else e(v) for v in (old, new)]
    return f"{label} {shown[0]} → {shown[1]}"


def _ref(r: ItemRef, e: Escape) -> str:
    return f"{e(r.id)} {e(r.title)}"


def _item_line(c: ItemChange, e: Escape) -> str:
    ids = e(c.old.id) if c.old.id == c.new.id else f"{e(c.old.id)} → {e(c.new.id)}"
    return f"{ids} {e(c.new.title)}: " + "; ".join(_field(f, e) for f in c.changes)


def _figure_line(f: FigureChange, e: Escape) -> str:
    parts = []
    if [(a.value, a.unit) for a in f.old_total] != [(a.value, a.unit) for a in f.new_total]:
        parts.append(f"total {e(_amounts(f.old_total))} → {e(_amounts(f.new_total))}")
    for p in f.parts:
        if p.old is None:
            parts.append(f"part {e(p.label)} added: {e(_amounts(p.new or []))}")
        elif p.new is None:
            parts.append(f"part {e(p.label)} removed (was {e(_amounts(p.old))})")
        else:
            parts.append(f"part {e(p.label)} {e(_amounts(p.old))} → {e(_amounts(p.new))}")
    return f"{e(f.label)}: " + "; ".join(parts)


def _finding_line(f: FindingRef, e: Escape) -> str:
    where = f" (item {', '.join(e(i) for i in f.items)})" if f.items else ""
    return f"{f.status} {e(f.rule)}{where}: {e(f.message)}"


def _n(count: int, noun: str) -> str:
    """``1 item``, ``2 items``."""
    return f"{count} {noun}{'' if count == 1 else 's'}"


def _counts(d: DocumentDiff) -> str:
    return (
        f"{_n(len(d.items_changed), 'item')} changed, {len(d.items_added)} added, "
        f"{len(d.items_removed)} removed; {_n(len(d.figures_changed), 'figure')} changed, "
        f"{len(d.figures_added)} added, {len(d.figures_removed)} removed; "
        f"{_n(len(d.findings_new), 'finding')} new, {len(d.findings_resolved)} resolved"
    )


def _document_lines(d: DocumentDiff, e: Escape) -> list[tuple[str, list[str]]]:
    """(heading, lines) groups of one document's differences, empty groups left out."""
    doc: list[str] = []
    if d.title:
        doc.append(f"title {e(d.title.old or '—')} → {e(d.title.new or '—')}")
    if d.year:
        doc.append(f"year {e(d.year.old or '—')} → {e(d.year.new or '—')}")
    doc += [f"scope added: {e(s)}" for s in d.scopes_added]
    doc += [f"scope removed: {e(s)}" for s in d.scopes_removed]
    doc += [f"heading added: {e(s)}" for s in d.sections_added]
    doc += [f"heading removed: {e(s)}" for s in d.sections_removed]
    doc += [f"quantity outside items added: {e(s)}" for s in d.quantities_added]
    doc += [f"quantity outside items removed: {e(s)}" for s in d.quantities_removed]
    renumbered = [c for c in d.items_changed if [f.field for f in c.changes] == ["number"]]
    other = [c for c in d.items_changed if c not in renumbered]
    groups = [
        ("Document", doc),
        ("Items changed", [_item_line(c, e) for c in other]),
        ("Items renumbered only", [_item_line(c, e) for c in renumbered]),
        ("Items added", [_ref(r, e) for r in d.items_added]),
        ("Items removed", [_ref(r, e) for r in d.items_removed]),
        ("Figures changed", [_figure_line(f, e) for f in d.figures_changed]),
        ("Figures added", [f"{e(f.label)}: {e(_amounts(f.total))}" for f in d.figures_added]),
        ("Figures removed", [f"{e(f.label)}: {e(_amounts(f.total))}" for f in d.figures_removed]),
        ("Findings new", [_finding_line(f, e) for f in d.findings_new]),
        ("Findings resolved", [_finding_line(f, e) for f in d.findings_resolved]),
    ]
    return [(h, lines) for h, lines in groups if lines]


def diff_summary(r: DiffReport) -> str:
    """One line for stderr."""
    if not r.changed:
        return f"no differences ({_n(r.unchanged, 'document')} compared)"
    return (
        f"{_n(len(r.documents), 'document')} changed, {len(r.documents_added)} added, "
        f"{len(r.documents_removed)} removed, {r.unchanged} unchanged"
    )


def _missing(label: str, docs: Iterable[Any], e: Escape) -> tuple[str, list[str]]:
    return label, [
        e(m.path) + (f" (failed to read: {e(m.error)})" if m.error else "") for m in docs
    ]


def diff_md(r: DiffReport) -> str:
    """The diff as Markdown for a pull-request comment."""
    lines = ["## extractor diff", "", f"{md_text(r.old)} → {md_text(r.new)}: {diff_summary(r)}."]
    for label, docs in (
        _missing("Documents added", r.documents_added, md_text),
        _missing("Documents removed", r.documents_removed, md_text),
    ):
        if docs:
            lines += ["", f"**{label}**", "", *[f"- {d}" for d in docs]]
    for d in r.documents:
        name = md_text(d.new) if d.old == d.new else f"{md_text(d.old)} → {md_text(d.new)}"
        lines += ["", f"### {name}", "", _counts(d) + "."]
        for heading, group in _document_lines(d, md_text):
            lines += ["", f"**{heading}**", "", *[f"- {line}" for line in group]]
    return "\n".join(lines) + "\n"


def diff_html(r: DiffReport) -> str:
    """The diff as a self-contained page."""
    e = html_text
    parts = [
        f'<header class="top"><h1>extractor diff</h1><p class="meta">{e(r.old)} → {e(r.new)}: '
        f"{e(diff_summary(r))}</p></header>",
        '<main class="wide diff">',
    ]
    for label, docs in (
        _missing("Documents added", r.documents_added, e),
        _missing("Documents removed", r.documents_removed, e),
    ):
        if docs:
            parts.append(f"<h2>{label}</h2><ul>" + "".join(f"<li>{d}</li>" for d in docs) + "</ul>")
    for d in r.documents:
        name = e(d.new) if d.old == d.new else f"{e(d.old)} → {e(d.new)}"
        parts.append(f'<section class="document"><h2>{name}</h2><p class="meta">{_counts(d)}</p>')
        for heading, group in _document_lines(d, e):
            items = "".join(f"<li>{line}</li>" for line in group)
            parts.append(f"<h3>{heading}</h3><ul>{items}</ul>")
        parts.append("</section>")
    if not r.changed:
        parts.append('<p class="none">No differences.</p>')
    parts.append("</main>")
    return html_page(f"extractor diff: {r.old} → {r.new}", "\n".join(parts))
