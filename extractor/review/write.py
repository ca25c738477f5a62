"""Write the review views of a batch: HTML pages and index, the task ledger."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

from extractor.output import write_atomic
from extractor.report import Result
from extractor.review.document import document_page
from extractor.review.index import index_href, index_page
from extractor.review.ledger import ledger_csv, ledger_xlsx

log = logging.getLogger(__name__)


def write_pages(out: Path, results: Sequence[Result]) -> None:
    """``OUT/<path>.html`` for every document read, and ``OUT/index.html``."""
    for r in results:
        if r.document is None or r.text is None:
            continue
        try:
            page = document_page(r.document, r.text, index_href=index_href(r.path))
        except Exception:  # a bug in one page must not stop the batch
            log.exception("%s: no review page (internal error)", r.path)
            continue
        write_atomic(out / f"{r.path}.html", page)
    write_atomic(out / "index.html", index_page(results))


def write_ledger(results: Sequence[Result], *, xlsx: Path | None, csv: Path | None) -> None:
    docs = [r.document for r in results if r.document is not None]
    if xlsx is not None:
        write_atomic(xlsx, ledger_xlsx(docs))
    if csv is not None:
        write_atomic(csv, ledger_csv(docs).encode("utf-8-sig"))
