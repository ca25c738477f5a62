"""The review views of a batch: a page per document (in the worker), the index and the ledger.

A page is one of a document's output files, made where its JSON is made (``render_page``, called
by ``batch.render``). The index and the ledger span the batch, so the parent makes them after
every row is in (``write_views``): the index from the rows alone, the ledger by reading each
document's JSON back from OUT, one document at a time. Either way nothing holds the corpus, and
the bytes do not depend on ``-j``, the cache or the scheduler.
"""

from __future__ import annotations

import hashlib
import logging
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from extractor.output import output_name, write_atomic
from extractor.report import OK, PAGE_ERROR, Row

if TYPE_CHECKING:
    from extractor.batch import Job, Ledger
    from extractor.model import Document
    from extractor.walk import Entry

log = logging.getLogger(__name__)

_COPY_CHUNK = 1 << 20


def render_page(doc: Document, text: str, rel: str) -> bytes | str:
    """The review page of a document at corpus path ``rel``, or why there is none: a bug in
    one page must cost that page, not the document or the batch."""
    from extractor.names import safe_name
    from extractor.review.document import document_page
    from extractor.review.index import index_href

    try:
        return document_page(doc, text, index_href=index_href(rel)).encode("utf-8")
    except Exception as e:
        log.exception("%s: no review page (internal error)", safe_name(rel))
        return f"internal error: {type(e).__name__}"


def write_views(
    rows: Iterable[Row],
    entries: Sequence[Entry],
    hidden: int,
    job: Job,
    ledger: Ledger | None,
    *,
    index: bool = True,
    wrote: Callable[[str, str], None] | None = None,
) -> list[str]:
    """``OUT/index.html`` (with ``job.html``, unless ``index`` is false: the batch found it
    intact) and the ledger's files; the failures to write. ``wrote`` is told the sha256 of the
    index as written."""
    errors: list[str] = []
    targets: list[tuple[Path, Iterable[str] | Iterable[bytes]]] = []
    out = Path(job.out)
    if job.html and index:
        from extractor.review.index import index_chunks, page_href

        hrefs = (
            page_href(output_name(entry.rel, ".html"))
            if row["status"] == OK and PAGE_ERROR not in row
            else None
            for entry, row in zip(entries, rows, strict=True)
        )
        targets.append((out / "index.html", index_chunks(rows, hrefs, hidden)))
    if ledger is not None and ledger.csv is not None:
        from extractor.review.ledger import ledger_csv_chunks

        documents = _documents(rows, entries, out)
        targets.append((ledger.csv, _bom(ledger_csv_chunks(documents))))
    for target, content in targets:
        digest = hashlib.sha256()
        try:
            write_atomic(target, content, fsync=job.fsync, digest=digest)
        except (OSError, LedgerError) as e:
            errors.append(_cannot(target, e))
            continue
        if wrote is not None and target == out / "index.html":
            wrote("index.html", digest.hexdigest())
    if ledger is not None and ledger.xlsx is not None:
        try:
            _write_xlsx(ledger.xlsx, _documents(rows, entries, out), fsync=job.fsync)
        except (OSError, LedgerError) as e:
            errors.append(_cannot(ledger.xlsx, e))
    return errors


class LedgerError(Exception):
    """A document's JSON could not be read back for the ledger."""


def _cannot(target: Path, e: Exception) -> str:
    why = (e.strerror or str(e)) if isinstance(e, OSError) else str(e)
    return f"cannot write {target} ({why})"


def _documents(rows: Iterable[Row], entries: Sequence[Entry], out: Path) -> Iterator[Document]:
    """The documents of the rows that were read, loaded back from their JSON one at a time."""
    from pydantic import ValidationError

    from extractor.model import Document
    from extractor.names import safe_name

    for entry, row in zip(entries, rows, strict=True):
        if row["status"] != OK:
            continue
        name = output_name(entry.rel, ".json")
        try:
            data = (out / name).read_bytes()
            yield Document.model_validate_json(data)
        except (OSError, ValidationError) as e:
            why = e.strerror if isinstance(e, OSError) else "not an extractor document"
            raise LedgerError(f"{safe_name(name)} in OUT cannot be read back: {why}") from e


def _bom(chunks: Iterable[str]) -> Iterator[str]:
    """UTF-8 with a byte-order mark, so that Excel reads the CSV as UTF-8."""
    yield "\ufeff"
    yield from chunks


def _write_xlsx(target: Path, documents: Iterable[Document], *, fsync: bool) -> None:
    """The workbook built in a temporary file, then copied into place atomically."""
    from extractor.review.ledger import write_xlsx

    with tempfile.TemporaryFile() as staged:
        write_xlsx(documents, staged)
        staged.seek(0)
        write_atomic(target, iter(lambda: staged.read(_COPY_CHUNK), b""), fsync=fsync)
