"""The index page of a batch: one row per corpus entry, sortable, linking each document's page.

Built from the batch's report rows (``report.document_row`` and its kin), never from the
documents, and written a few rows at a time.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from urllib.parse import quote

from extractor.report import OK, PAGE_ERROR, SKIPPED, Row, summary
from extractor.review.marks import attr
from extractor.review.page import html_page_parts
from extractor.review.page import text as t

_COLUMNS = (
    ("document", "text"),
    ("title", "text"),
    ("status", "text"),
    ("items", "number"),
    ("fail", "number"),
    ("warn", "number"),
    ("pass", "number"),
    ("error or reason", "text"),
)
_ROWS_PER_CHUNK = 256


def page_href(name: str) -> str:
    """The link from the index to a document's page (its output name under OUT), percent-encoded
    byte for byte, so a file name that is not UTF-8 links to its page too.

    >>> page_href("年度 计划/a#1.txt.html")
    '%E5%B9%B4%E5%BA%A6%20%E8%AE%A1%E5%88%92/a%231.txt.html'
    >>> page_href("plan\\udcb9.txt.html")
    'plan%B9.txt.html'
    """
    return quote(os.fsencode(name))


def index_href(rel: str) -> str:
    """The link from a document's page back to the index.

    >>> index_href("a/b/plan.txt"), index_href("plan.txt")
    ('../../index.html', 'index.html')
    """
    return "../" * rel.count("/") + "index.html"


def _row(order: int, r: Row, href: str | None) -> str:
    if r["status"] != OK:
        why = r["reason"] if r["status"] == SKIPPED else r["error"]
        cells = [
            f"<td>{t(r['path'])}</td>",
            "<td></td>",
            f"<td>{t(r['status'])}</td>",
            *['<td class="n" data-sort="-1"></td>'] * 4,
            f"<td>{t(why)}</td>",
        ]
        cls = "skipped" if r["status"] == SKIPPED else "failed"
        return f'<tr class="{cls}" data-order="{order}">{"".join(cells)}</tr>'
    c = r["checks"]
    name = f'<a href="{t(href)}">{t(r["path"])}</a>' if href else t(r["path"])
    cells = [
        f"<td>{name}</td>",
        f"<td>{t(r['title'] or '')}</td>",
        "<td>ok</td>",
        f'<td class="n">{r["items"]}</td>',
        f'<td class="n{" fail-n" if c["fail"] else ""}">{c["fail"]}</td>',
        f'<td class="n{" warn-n" if c["warn"] else ""}">{c["warn"]}</td>',
        f'<td class="n">{c["pass"]}</td>',
        f"<td>{t('no review page (' + r[PAGE_ERROR] + ')') if PAGE_ERROR in r else ''}</td>",
    ]
    return f'<tr data-order="{order}">{"".join(cells)}</tr>'


def index_chunks(
    rows: Iterable[Row], hrefs: Iterable[str | None], hidden: int = 0, title: str = "Review"
) -> Iterator[str]:
    """The index of ``rows`` (iterated twice), each linking its ``hrefs`` entry (None: no page):
    a summary line and a table that sorts by any column."""
    s = summary(rows, hidden)
    line = (
        f"{s['documents']} documents: {s['ok']} ok, {s['failed_to_read']} failed to read; "
        f"{s['items']} items; checks: {s['checks_failed']} failed, {s['checks_warned']} warned, "
        f"{s['checks_passed']} passed."
    )
    extra = [
        f"{s[k]} {k.replace('_', ' ')}" for k in ("failed_to_write", "skipped", "hidden") if s[k]
    ]
    if extra:
        line += " Also: " + ", ".join(extra) + "."
    heads = "".join(
        f'<th scope="col"{attr("data-type", kind)}><button type="button">{t(name)}</button></th>'
        for name, kind in _COLUMNS
    )
    head, tail = html_page_parts(title)
    yield (
        head + f'<header class="top"><h1>{t(title)}</h1><p class="meta">{t(line)} '
        "Click a column to sort.</p></header>\n"
        '<main class="wide">\n<table class="grid sortable" id="documents">'
        f"<thead><tr>{heads}</tr></thead>\n<tbody>\n"
    )
    piece: list[str] = []
    for n, (r, href) in enumerate(zip(rows, hrefs, strict=True)):
        piece.append(_row(n, r, href) + "\n")
        if len(piece) >= _ROWS_PER_CHUNK:
            yield "".join(piece)
            piece.clear()
    yield "".join(piece) + "</tbody></table>\n</main>" + tail


def index_page(rows: Iterable[Row], hrefs: Iterable[str | None], hidden: int = 0) -> str:
    """``index_chunks`` as one string."""
    return "".join(index_chunks(list(rows), list(hrefs), hidden))
