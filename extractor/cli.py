"""Command line: walk a corpus, extract every file, write JSON, the report, and a summary line."""

from __future__ import annotations

import argparse
import hashlib
import logging
import sys
import traceback
from pathlib import Path

from tqdm import tqdm

from extractor import __version__
from extractor.errors import ExtractorError
from extractor.output import document_json, to_json, write_atomic
from extractor.pipeline import extract_raw
from extractor.readers import read_bytes
from extractor.report import Result, report_json, report_md
from extractor.review.write import write_ledger, write_pages

log = logging.getLogger("extractor")

EXAMPLE = (
    "example: python -m extractor corpus/ -o outputs/ --html --xlsx tasks.xlsx; "
    "compare two runs or two versions: python -m extractor diff OLD NEW"
)


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m extractor",
        description=(
            "Extract Chinese plan documents (.txt, .pdf, .docx, .html) into structured JSON: "
            "outline, work items with agencies, money and project counts, headline figures, "
            "and consistency checks. Writes OUT/<path>.json per document, OUT/report.md and "
            "OUT/report.json. Exit status 0 when every document was read, 1 when any failed "
            "to read (failed checks are findings, not errors), 2 on usage errors."
        ),
        epilog=EXAMPLE,
        formatter_class=argparse.ArgumentDefaultsHelpFormatter,
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
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    p.add_argument("-v", "--verbose", action="store_true", help="log tracebacks of internal errors")
    p.add_argument("--version", action="version", version=f"extractor {__version__}")
    return p


def find_inputs(corpus: Path, out: Path) -> list[tuple[Path, str]]:
    """Files under ``corpus`` as (path, relative name), sorted; hidden files and ``out`` skipped."""
    if corpus.is_file():
        return [(corpus, corpus.name)]
    out_resolved = out.resolve()
    found = []
    for path in corpus.rglob("*"):
        rel = path.relative_to(corpus)
        if any(part.startswith(".") for part in rel.parts) or not path.is_file():
            continue
        resolved = path.resolve()
        if out_resolved == resolved or out_resolved in resolved.parents:
            continue
        found.append((path, rel.as_posix()))
    return sorted(found, key=lambda pair: pair[1])


def process(path: Path, rel: str, *, verbose: bool = False) -> Result:
    """One document; any failure becomes a ``Result`` with a one-line error."""
    try:
        data = path.read_bytes()
        raw = read_bytes(data, path.name)
        doc = extract_raw(raw, rel, hashlib.sha256(data).hexdigest())
        return Result(path=rel, document=doc, text=raw.text)
    except ExtractorError as e:
        return Result(path=rel, error=str(e))
    except OSError as e:
        return Result(path=rel, error=f"{rel}: cannot read file ({e.strerror or e})")
    except Exception as e:  # an extractor bug must not stop the batch
        if verbose:
            log.error("%s: internal error\n%s", rel, traceback.format_exc())
        return Result(path=rel, error=f"{rel}: internal error: {type(e).__name__}: {e}")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["diff"]:
        from extractor.diff.cli import main as diff_main

        return diff_main(argv[1:])
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    logging.getLogger("jieba").setLevel(logging.ERROR)
    if not args.corpus.exists():
        print(f"extractor: {args.corpus}: no such file or folder", file=sys.stderr)
        return 2
    inputs = find_inputs(args.corpus, args.out)
    results: list[Result] = []
    bar = tqdm(inputs, unit="doc", disable=True if args.quiet else None, file=sys.stderr)
    for path, rel in bar:
        result = process(path, rel, verbose=args.verbose)
        results.append(result)
        if result.document is not None:
            write_atomic(args.out / f"{rel}.json", document_json(result.document))
            if args.save_text and result.text is not None:
                write_atomic(args.out / f"{rel}.txt", result.text)
    if args.html:
        write_pages(args.out, results)
    write_ledger(results, xlsx=args.xlsx, csv=args.csv)
    write_atomic(args.out / "report.json", to_json(report_json(results)))
    write_atomic(args.out / "report.md", report_md(results))
    failed = [r for r in results if r.document is None]
    for r in failed:
        print(f"failed to read: {r.error}", file=sys.stderr)
    ok = [r.document for r in results if r.document is not None]
    n_items = sum(len(d.items) for d in ok)
    n_fail = sum(c.status == "fail" for d in ok for c in d.checks)
    n_warn = sum(c.status == "warn" for d in ok for c in d.checks)
    print(
        f"{len(results)} documents: {len(ok)} ok, {len(failed)} failed to read; "
        f"{n_items} items; {n_fail} checks failed, {n_warn} warned",
        file=sys.stderr,
    )
    return 1 if failed else 0
