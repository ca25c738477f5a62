"""Write the review views of a batch: HTML pages and index."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from extractor.output import write_atomic
from extractor.report import Result
from extractor.review.document import document_page
from extractor.review.index import index_href, index_page


def write_pages(out: Path, results: Sequence[Result]) -> None:
    """``OUT/<path>.html`` for every document read, and ``OUT/index.html``."""
    for r in results:
        if r.document is not None and r.text is not None:
            page = document_page(r.document, r.text, index_href=index_href(r.path))
            write_atomic(out / f"{r.path}.html", page)
    write_atomic(out / "index.html", index_page(results))
