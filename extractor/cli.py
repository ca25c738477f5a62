"""Command line: walk a corpus, extract every file, write JSON, the report, and a summary line."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from extractor import __version__
from extractor.batch import Job, Ledger, Runner, local_runner, run_batch
from extractor.escaping import visible
from extractor.limits import DEFAULT_LIMITS, parse_limit
from extractor.report import FAILED, SKIPPED, summary, summary_line
from extractor.walk import find_inputs

log = logging.getLogger("extractor")

EXAMPLE = (
    "example: python -m extractor corpus/ -o outputs/ --html --xlsx tasks.xlsx\n"
    "compare two runs or two versions of a plan: python -m extractor diff OLD NEW"
)

# pdfminer warns about every damaged stream it recovers from; trafilatura logs an ERROR for a page
# it finds no tree in (the HTML reader then keeps the visible text, or says why not).
_LIBRARY_LOGGERS = ("pdfminer", "trafilatura", "htmldate", "courlan", "charset_normalizer")

EXIT_OK = 0
EXIT_UNREAD = 1  # a document could not be read, or a folder could not be listed
EXIT_USAGE = 2
EXIT_OUT = 3  # OUT itself failed (not a folder, not writable, disk full), or the ledger file


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m extractor",
        description=(
            "Extract Chinese plan documents (.txt, .pdf, .docx, .html) into structured JSON: "
            "outline, work items with agencies, money and project counts, headline figures, "
            "and consistency checks. Writes OUT/<path>.json per document, OUT/report.md and "
            "OUT/report.json. Exit status 0 when every document was read, 1 when any failed "
            "to read or a folder could not be listed (failed checks are findings, not errors), "
            "2 on usage errors, 3 when OUT itself failed (not a folder, not writable, disk full) "
            "or the ledger file could not be written. `python -m extractor diff OLD NEW` "
            "compares two runs or two documents (see its --help)."
        ),
        epilog="limits (--limit NAME=VALUE; VALUE may end in K, M, G):\n  "
        + "\n  ".join(DEFAULT_LIMITS.describe())
        + "\n\n"
        + EXAMPLE,
        formatter_class=_Formatter,
    )
    p.add_argument("corpus", type=Path, help="a folder (walked recursively) or a single file")
    p.add_argument("-o", "--out", type=Path, default=Path("outputs"), help="output folder")
    p.add_argument(
        "--save-text",
        action="store_true",
        help="also write the text the reader produced as OUT/<path>.txt (spans index into it)",
    )
    p.add_argument(
        "--html",
        action="store_true",
        help="also write a review page per document as OUT/<path>.html, and OUT/index.html",
    )
    p.add_argument("--xlsx", type=Path, metavar="FILE", help="write the task ledger (.xlsx)")
    p.add_argument("--csv", type=Path, metavar="FILE", help="write the task ledger as CSV")
    p.add_argument(
        "-j",
        "--jobs",
        type=_positive_int,
        default=default_jobs(),
        help="worker processes (the output does not depend on it)",
    )
    p.add_argument(
        "--timeout",
        type=float,
        default=DEFAULT_LIMITS.timeout,
        help="processor seconds per document before its worker is stopped, or twice that "
        "on the clock without running (0: no limit)",
    )
    p.add_argument(
        "--limit",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="raise (or lower) a resource limit; see the table below",
    )
    p.add_argument(
        "--follow-links",
        action="store_true",
        help="read symbolic links that leave the corpus, and walk links to folders",
    )
    p.add_argument(
        "--fsync", action="store_true", help="fsync every file (default: one sync per batch)"
    )
    p.add_argument(
        "--force", action="store_true", help="extract every document again, ignoring the cache"
    )
    p.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="run on a Dask distributed cluster (tcp://host:8786) instead of local processes",
    )
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    p.add_argument("-v", "--verbose", action="store_true", help="log tracebacks of internal errors")
    p.add_argument("--version", action="version", version=f"extractor {__version__}")
    return p


class _Formatter(argparse.ArgumentDefaultsHelpFormatter, argparse.RawDescriptionHelpFormatter):
    pass


class _VisibleFormatter(logging.Formatter):
    """Log lines with control characters escaped: a document's bytes can reach a message."""

    def format(self, record: logging.LogRecord) -> str:
        return "\n".join(visible(line) for line in super().format(record).split("\n"))


def _positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def default_jobs() -> int:
    """The cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def _prepare_out(out: Path) -> str | None:
    """Create OUT and prove it writable; the reason when it is not."""
    probe = out / f".extractor-probe-{os.getpid()}"
    try:
        out.mkdir(parents=True, exist_ok=True)
        probe.unlink(missing_ok=True)
        os.close(os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        probe.unlink()
    except FileExistsError:
        return "exists and is not a folder"
    except OSError as e:
        return e.strerror or str(e)
    return None


@contextmanager
def _progress(total: int, quiet: bool) -> Iterator[Callable[[], None]]:
    """A progress bar on stderr when it is a terminal; tqdm is imported only then (it takes
    longer to import than a re-run of a cached corpus takes to do its work)."""
    if quiet or not sys.stderr.isatty():
        yield lambda: None
        return
    from tqdm import tqdm

    with tqdm(total=total, unit="doc", file=sys.stderr) as bar:
        yield lambda: bar.update()


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["diff"]:
        from extractor.diff.cli import main as diff_main

        return diff_main(argv[1:])
    parser = build_parser()
    args = parser.parse_args(argv)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_VisibleFormatter("%(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING, handlers=[handler])
    logging.getLogger("jieba").setLevel(logging.ERROR)
    if not args.verbose:  # the readers' libraries log what the reader handles or reports itself
        for name in _LIBRARY_LOGGERS:
            logging.getLogger(name).setLevel(logging.CRITICAL)
    try:
        changes = dict(parse_limit(text) for text in args.limit)
    except ValueError as e:
        parser.error(str(e))
    changes.setdefault("timeout", args.timeout)
    limits = DEFAULT_LIMITS.raised(changes)
    if not os.path.lexists(args.corpus):
        print(f"extractor: {visible(str(args.corpus))}: no such file or folder", file=sys.stderr)
        return EXIT_USAGE
    problem = _prepare_out(args.out)
    if problem is not None:
        print(
            f"extractor: {visible(str(args.out))}: cannot write output ({problem})", file=sys.stderr
        )
        return EXIT_OUT
    inputs = find_inputs(args.corpus, args.out, follow_links=args.follow_links)
    job = Job(
        out=str(args.out),
        save_text=args.save_text,
        fsync=args.fsync,
        limits=limits,
        html=args.html,
    )
    ledger = Ledger(args.xlsx, args.csv) if args.xlsx or args.csv else None
    runner: Runner = local_runner(args.jobs)
    if args.scheduler:
        from extractor.distributed import dask_runner

        runner = dask_runner(args.scheduler)
    with _progress(len(inputs.entries), args.quiet) as progress:
        batch = run_batch(inputs, job, runner, force=args.force, progress=progress, ledger=ledger)
    for row in batch.rows.briefs():
        if row["status"] == SKIPPED:
            print(f"skipped: {visible(row['path'])}: {visible(row['reason'])}", file=sys.stderr)
        elif row["status"] == FAILED:
            print(f"failed to read: {visible(row['error'])}", file=sys.stderr)
    for error in batch.out_errors:
        print(f"extractor: {visible(error)}", file=sys.stderr)
    print(summary_line(summary(batch.rows.briefs(), batch.hidden)), file=sys.stderr)
    if batch.out_errors:
        return EXIT_OUT
    if batch.unlisted or any(row["status"] == FAILED for row in batch.rows.briefs()):
        return EXIT_UNREAD
    return EXIT_OK
