"""One batch: every input through a worker, outputs streamed to disk, one summary row each.

``render`` is the pure part (file bytes in, report row and output files out); the local batch
runs it in killable worker processes (``workers.Pool``) that write their own outputs, and the
distributed batch (``extractor.distributed``) runs it on a cluster and writes what comes back.
Either way the parent keeps only summary rows, in input order, so memory does not grow with the
corpus and the output does not depend on ``-j``. Unchanged inputs are taken from the cache
(``extractor.cache``) without extraction.

A document's review page (``--html``) is one of its output files, made by the worker like its
JSON. What spans the batch is made by the parent once every row is in: the reports from the
rows, the review index from the rows too, and the task ledger (``--xlsx``, ``--csv``) by
reading the documents' JSON back one at a time (``review.write``).
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import logging
import os
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from traceback import format_exception

from extractor.cache import CACHE_NAME, Cache, input_digest
from extractor.errors import ExtractorError, InternalError, ReadError
from extractor.limits import DEFAULT_LIMITS, Limits, over_limit
from extractor.names import safe_name
from extractor.output import (
    document_json_chunks,
    output_name,
    sync_all,
    sync_behind,
    temporary_path,
    write_atomic,
)
from extractor.report import (
    PAGE_ERROR,
    UNWRITTEN,
    Row,
    RowStore,
    brief,
    document_row,
    failed_row,
    report_json_chunks,
    report_md_chunks,
    skipped_row,
)
from extractor.walk import Entry, Inputs

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Job:
    """What every document of a batch is done with (picklable: it travels to workers)."""

    out: str
    save_text: bool = False
    fsync: bool = False
    limits: Limits = DEFAULT_LIMITS
    html: bool = False  # a review page per document, and the index

    def suffixes(self) -> tuple[str, ...]:
        return (".json", *((".txt",) if self.save_text else ()), *((".html",) if self.html else ()))


@dataclass(frozen=True)
class Ledger:
    """Where the task ledger goes (files chosen by the user, anywhere)."""

    xlsx: Path | None = None
    csv: Path | None = None


@dataclass(frozen=True)
class Outcome:
    row: Row
    outputs: tuple[tuple[str, int], ...] = ()  # (name under OUT, size) of each file written
    cacheable: bool = True


@dataclass
class Batch:
    rows: RowStore
    hidden: int
    unlisted: int
    out_errors: list[str] = field(default_factory=list)  # failures of OUT itself
    reused: int = 0  # documents taken from the cache
    written: list[str] = field(default_factory=list)  # the batch files written (not kept)


Content = bytes | Iterator[str]  # an output file: bytes, or pieces of text written as they come
Files = list[tuple[str, Content]]


def render(data: bytes, rel: str, job: Job) -> tuple[Row, Files]:
    """A document's report row and its output files (name under OUT, content). Never raises.

    The JSON comes as pieces, encoded while it is written (``files_as_bytes`` for the wire)."""
    from extractor.pipeline import extract_with_text

    shown = safe_name(rel)
    try:
        doc, text = extract_with_text(data, rel, job.limits)
    except ExtractorError as e:
        if isinstance(e, InternalError) and e.__cause__ is not None:
            log.info("%s: internal error\n%s", shown, "".join(format_exception(e.__cause__)))
        return failed_row(shown, str(e)), []
    files: Files = [(output_name(rel, ".json"), document_json_chunks(doc))]
    if job.save_text:
        files.append((output_name(rel, ".txt"), text.encode("utf-8")))
    row = document_row(shown, doc, text)
    if files[0][0] != rel + ".json":
        row["output"] = safe_name(files[0][0])  # shortened to fit the file system
    if job.html:
        from extractor.review.write import render_page

        page = render_page(doc, text, rel)
        if isinstance(page, bytes):
            files.append((output_name(rel, ".html"), page))
        else:
            row[PAGE_ERROR] = page
    return row, files


def read_regular(path: str, name: str, limits: Limits) -> bytes:
    """A regular file's bytes; never blocks on a FIFO, never reads past the size limit."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as e:
        raise ReadError(f"{name}: cannot read file ({e.strerror or e})") from e
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise ReadError(f"{name}: not a regular file any more; skipped")
        if info.st_size > limits.file_bytes:
            raise over_limit(name, "file_bytes", info.st_size, limits.file_bytes, "the file")
        with os.fdopen(fd, "rb", closefd=False) as f:
            data = f.read(limits.file_bytes + 1)
    except OSError as e:
        raise ReadError(f"{name}: cannot read file ({e.strerror or e})") from e
    finally:
        os.close(fd)
    if len(data) > limits.file_bytes:
        raise over_limit(name, "file_bytes", len(data), limits.file_bytes, "the file")
    return data


def files_as_bytes(files: Files) -> list[tuple[str, bytes]]:
    """The files with their content as bytes (to send them back from a cluster worker)."""
    return [
        (name, content if isinstance(content, bytes) else "".join(content).encode("utf-8"))
        for name, content in files
    ]


def write_outputs(row: Row, files: Files, job: Job) -> Outcome:
    """Write a rendered document under OUT; a failure is that document's row, not a crash."""
    written = []
    for name, content in files:
        try:
            size = write_atomic(Path(job.out) / name, content, fsync=job.fsync)
        except OSError as e:
            error = f"{row['path']}: cannot write {safe_name(name)} in OUT ({e.strerror or e})"
            return Outcome(failed_row(row["path"], error, UNWRITTEN), cacheable=False)
        written.append((name, size))
    return Outcome(row, tuple(written))


def process_file(job: Job, entry: Entry) -> Outcome:
    """One input, in a worker: read, extract, write. Every failure becomes the row."""
    shown = safe_name(entry.rel)
    try:
        data = read_regular(entry.path, shown, job.limits)
    except ExtractorError as e:
        return Outcome(failed_row(shown, str(e)))
    row, files = render(data, entry.rel, job)
    return write_outputs(row, files, job)


def lost(job: Job, entry: Entry, why: str) -> Outcome:
    """The row of a document whose worker was stopped or died; its half-written files go."""
    for suffix in job.suffixes():
        target = Path(job.out) / output_name(entry.rel, suffix)
        with contextlib.suppress(OSError):
            temporary_path(target).unlink(missing_ok=True)
    return Outcome(lost_row(job, entry.rel, why), cacheable=False)


def lost_row(job: Job, rel: str, why: str) -> Row:
    """The one-line error of a document stopped at the time limit or lost with its worker."""
    shown = safe_name(rel)
    if why == "timeout":
        error = (
            f"{shown}: over the limit timeout (still running after {job.limits.timeout:g} s of "
            "processor time, or twice that on the clock without running, stopped); raise it with "
            "--timeout S if the file is trusted"
        )
    else:
        error = f"{shown}: internal error: {why}"
    return failed_row(shown, error)


class _Local:
    """``process_file``/``lost`` bound to a job, as the pool's picklable callables."""

    def __init__(self, job: Job) -> None:
        self.job = job

    def __call__(self, entry: Entry) -> Outcome:
        return process_file(self.job, entry)

    def lost(self, entry: Entry, why: str) -> Outcome:
        return lost(self.job, entry, why)


Runner = Callable[[Job, list[Entry]], Iterator[tuple[int, Outcome]]]


def local_runner(jobs: int) -> Runner:
    """Run documents in ``jobs`` local worker processes."""

    def run(job: Job, entries: list[Entry]) -> Iterator[tuple[int, Outcome]]:
        import extractor.pipeline  # noqa: F401  (imported once here, inherited by every worker)
        from extractor.workers import Pool  # not imported by a re-run that has nothing to do

        # What the modules built (compiled patterns, tables, models) lives as long as the
        # process: frozen while the pool runs, a worker's collections never walk it nor write
        # to its pages, which the fork shares (a quarter fewer page faults in the workers of a
        # 400-plan batch).
        gc.freeze()
        try:
            local = _Local(job)
            pool: Pool[Entry, Outcome] = Pool(
                local,
                jobs=jobs,
                timeout=job.limits.timeout,
                memory_bytes=job.limits.memory_bytes,
            )
            order = largest_first(entries)
            for slot, outcome in pool.map([entries[i] for i in order], local.lost):
                yield order[slot], outcome
        finally:
            gc.unfreeze()

    return run


def largest_first(entries: list[Entry]) -> list[int]:
    """The entries' indices, the largest file first (ties in input order): the longest
    documents start first, so that a long one is not the last to start, run on one core while
    the other workers have nothing left. The rows still come out in input order."""
    sizes = []
    for entry in entries:
        try:
            sizes.append(os.stat(entry.path).st_size)
        except OSError:
            sizes.append(0)  # read (and reported) by the worker
    return sorted(range(len(entries)), key=lambda i: -sizes[i])


def run_batch(
    inputs: Inputs,
    job: Job,
    runner: Runner,
    *,
    force: bool = False,
    progress: Callable[[], None] = lambda: None,
    ledger: Ledger | None = None,
) -> Batch:
    """Every entry of ``inputs`` through ``runner`` (or the cache); then the reports, the review
    index (``job.html``) and the ``ledger``."""
    entries = inputs.entries
    rows = RowStore(len(entries))
    cache = Cache.load(Path(job.out), job, fresh=force)
    todo: list[int] = []
    keys: dict[int, str] = {}
    reused = 0
    for i, entry in enumerate(entries):
        if entry.skipped is not None:
            rows.put(i, skipped_row(safe_name(entry.rel), entry.skipped))
            progress()
            continue
        digest = input_digest(entry.path, job.limits.file_bytes)
        if digest is not None:
            keys[i] = digest
            hit = cache.get(entry.rel, digest)
            if hit is not None:
                rows.put_packed(i, *hit)
                reused += 1
                progress()
                continue
        todo.append(i)
    batch = Batch(rows=rows, hidden=inputs.hidden, unlisted=inputs.unlisted, reused=reused)
    if todo:
        for slot, outcome in runner(job, [entries[i] for i in todo]):
            i = todo[slot]
            packed = rows.put(i, outcome.row)
            if outcome.row["status"] == UNWRITTEN:
                batch.out_errors.append(outcome.row["error"])
            if outcome.cacheable and i in keys:
                cache.put(entries[i].rel, keys[i], packed, brief(outcome.row), outcome.outputs)
            progress()
    synced = sync_behind() if todo and not job.fsync else lambda: None
    try:
        _finish(batch, entries, job, cache, ledger)
    finally:
        synced()
    if not job.fsync and (todo or batch.written):
        sync_all()
    return batch


def _finish(
    batch: Batch, entries: list[Entry], job: Job, cache: Cache, ledger: Ledger | None
) -> None:
    """The batch files once every row is in: the reports, the views and the cache."""
    schema = cache.schema_version()
    intact = cache.intact(_rows_key(batch, entries, schema))
    _write_reports(batch, job, cache, schema, intact)
    index = job.html and "index.html" not in intact
    if index or ledger is not None:
        from extractor.review.write import write_views

        batch.out_errors += write_views(
            batch.rows, entries, batch.hidden, job, ledger, index=index, wrote=cache.wrote
        )
        batch.written.append("views")
    try:
        if cache.save():
            batch.written.append(CACHE_NAME)
    except OSError as e:
        batch.out_errors.append(f"cannot write the cache in {job.out} ({e.strerror or e})")


def _rows_key(batch: Batch, entries: list[Entry], schema_version: str) -> str:
    """A hash of everything the reports are made from: the rows in order, the inputs' names,
    the hidden count and the schema version."""
    digest = hashlib.sha256(f"{schema_version}\0{batch.hidden}\0".encode())
    for entry, packed in zip(entries, batch.rows.packed(), strict=True):
        digest.update(entry.rel.encode("utf-8", "surrogateescape") + b"\0")
        digest.update(packed.encode("utf-8", "surrogatepass") + b"\0")
    return digest.hexdigest()


def _write_reports(batch: Batch, job: Job, cache: Cache, schema: str, intact: set[str]) -> None:
    """report.json and report.md, each unless it is ``intact`` (holds already what it would be
    written with)."""
    out = Path(job.out)
    for name, content in (  # generators: nothing is made for a report left alone
        ("report.json", report_json_chunks(batch.rows, batch.hidden, schema)),
        ("report.md", report_md_chunks(batch.rows, batch.hidden)),
    ):
        if name in intact:
            continue
        digest = hashlib.sha256()
        try:
            write_atomic(out / name, content, fsync=job.fsync, digest=digest)
        except OSError as e:
            batch.out_errors.append(f"cannot write {out / name} ({e.strerror or e})")
            continue
        cache.wrote(name, digest.hexdigest())
        batch.written.append(name)
