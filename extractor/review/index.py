"""The index page of a batch: one row per document, sortable, linking each document's page."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from urllib.parse import quote

from extractor.report import Result, summary
from extractor.review.marks import attr
from extractor.review.page import html_page
from extractor.review.page import text as t

_COLUMNS = (
    ("document", "text"),
    ("title", "text"),
    ("status", "text"),
    ("items", "number"),
    ("fail", "number"),
    ("warn", "number"),
    ("pass", "number"),
    ("read error", "text"),
)


def page_href(rel: str) -> str:
    """The link from the index to a document's page, percent-encoded.

    >>> page_href("年度 计划/a#1.txt")
    '%E5%B9%B4%E5%BA%A6%20%E8%AE%A1%E5%88%92/a%231.txt.html'
    """
    return quote(f"{rel}.html")


def index_href(rel: str) -> str:
    """The link from a document's page back to the index.

    >>> index_href("a/b/plan.txt"), index_href("plan.txt")
    ('../../index.html', 'index.html')
    """
    return "../" * rel.count("/") + "index.html"


def _row(order: int, r: Result) -> str:
    doc = r.document
    if doc is None:
        cells = [
            f"<td>{t(r.path)}</td>",
            "<td></td>",
            "<td>failed to read</td>",
            *['<td class="n" data-sort="-1"></td>'] * 4,
            f"<td>{t(r.error or '')}</td>",
        ]
        return f'<tr class="failed" data-order="{order}">{"".join(cells)}</tr>'
    c = Counter(check.status for check in doc.checks)
    cells = [
        f'<td><a href="{page_href(r.path)}">{t(r.path)}</a></td>',
        f"<td>{t(doc.title or '')}</td>",
        "<td>ok</td>",
        f'<td class="n">{len(doc.items)}</td>',
        f'<td class="n{" fail-n" if c["fail"] else ""}">{c["fail"]}</td>',
        f'<td class="n{" warn-n" if c["warn"] else ""}">{c["warn"]}</td>',
        f'<td class="n">{c["pass"]}</td>',
        "<td></td>",
    ]
    return f'<tr data-order="{order}">{"".join(cells)}</tr>'


def index_page(results: Sequence[Result], title: str = "Review") -> str:
    """The index of ``results``: a summary line and a table that sorts by any column."""
    s = summary(list(results))
    line = (
        f"{s['documents']} documents: {s['ok']} ok, {s['failed_to_read']} failed to read; "
        f"{s['items']} items; checks: {s['checks_failed']} failed, {s['checks_warned']} warned, "
        f"{s['checks_passed']} passed. Click a column to sort."
    )
    heads = "".join(
        f'<th scope="col"{attr("data-type", kind)}><button type="button">{t(name)}</button></th>'
        for name, kind in _COLUMNS
    )
    rows = "\n".join(_row(n, r) for n, r in enumerate(results))
    body = (
        f'<header class="top"><h1>{t(title)}</h1><p class="meta">{t(line)}</p></header>\n'
        '<main class="wide">\n<table class="grid sortable" id="documents">'
        f"<thead><tr>{heads}</tr></thead>\n<tbody>\n{rows}\n</tbody></table>\n</main>"
    )
    return html_page(title, body)
