"""The diff command: load both sides, compare them, write Markdown, JSON or HTML, exit 0/1/2.

OLD and NEW are two output folders (the ``.json`` of each document, paired by
path) or two documents: each a document's ``.json`` or a source file, which is
run through the pipeline first.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

from pydantic import ValidationError

from extractor.diff.compare import diff_documents
from extractor.diff.model import DiffReport, MissingDocument
from extractor.errors import ExtractorError
from extractor.escaping import visible
from extractor.model import Document
from extractor.names import safe_name
from extractor.output import to_json, write_atomic
from extractor.review.diffview import diff_html, diff_md, diff_summary

REPORT = "report.json"


class DiffTrouble(Exception):
    """A side could not be read: exit status 2."""


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m extractor diff",
        description=(
            "Compare two output folders (two runs) or two documents (two versions of a plan): "
            "items added, removed and changed (title, agencies, money, project count, wording), "
            "figures changed, findings new and resolved. Items are paired by section, number and "
            "title, then by similarity, so a renumbering reads as one. Exit status 0 when there "
            "are no differences, 1 when there are, 2 on trouble."
        ),
        epilog="example: python -m extractor diff old-outputs/ outputs/ > diff.md",
    )
    p.add_argument("old", type=Path, help="output folder, document .json or source document")
    p.add_argument("new", type=Path, help="the same kind as OLD")
    fmt = p.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true", help="JSON for machines")
    fmt.add_argument("--html", action="store_true", help="an HTML page")
    p.add_argument("-o", "--out", type=Path, metavar="FILE", help="write here, not to stdout")
    return p


def _load_json(path: Path) -> Document:
    try:
        return Document.model_validate(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise DiffTrouble(f"{path}: cannot read: {e}") from e
    except ValidationError as e:
        first = e.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise DiffTrouble(f"{path}: not an extractor document ({where}: {first['msg']})") from e


def load_document(path: Path) -> Document:
    """A document's output JSON, or a source document run through the pipeline."""
    if path.suffix == ".json":
        return _load_json(path)
    from extractor.pipeline import extract

    try:
        return extract(path)
    except ExtractorError as e:
        raise DiffTrouble(str(e)) from e
    except OSError as e:
        raise DiffTrouble(f"{path}: cannot read file ({e.strerror or e})") from e


def load_folder(folder: Path) -> tuple[dict[str, Path], dict[str, str | None]]:
    """The document .json files of an output folder by path (shown with ``safe_name``), and
    the read errors its report.json lists. The documents are read when compared, a pair at a
    time, so a diff of two large runs never holds either run."""
    docs: dict[str, Path] = {}
    for path in sorted(folder.rglob("*.json")):
        rel = path.relative_to(folder)
        if rel.as_posix() == REPORT or any(part.startswith(".") for part in rel.parts):
            continue
        docs[safe_name(rel.as_posix()).removesuffix(".json")] = path
    errors: dict[str, str | None] = {}
    report = folder / REPORT
    if report.is_file():
        try:
            listed = json.loads(report.read_text(encoding="utf-8")).get("documents", [])
        except (OSError, UnicodeDecodeError, json.JSONDecodeError, AttributeError) as e:
            raise DiffTrouble(f"{report}: cannot read: {e}") from e
        for d in listed:
            if isinstance(d, dict) and d.get("status") == "failed to read":
                errors[str(d.get("path"))] = d.get("error")
    return docs, errors


def _shown(path: Path) -> str:
    """A path as given, with bytes that are not UTF-8 written as ``\\xNN``."""
    return safe_name(str(path))


def compare(old: Path, new: Path) -> DiffReport:
    for side in (old, new):
        if not side.exists():
            raise DiffTrouble(f"{side}: no such file or folder")
    if old.is_dir() != new.is_dir():
        raise DiffTrouble(f"{old} and {new}: give two folders or two documents, not one of each")
    if not old.is_dir():
        d = diff_documents(load_document(old), load_document(new), _shown(old), _shown(new))
        return DiffReport(
            old=_shown(old),
            new=_shown(new),
            changed=d.changed,
            documents=[d] if d.changed else [],
            unchanged=0 if d.changed else 1,
        )
    (a, errors_a), (b, errors_b) = load_folder(old), load_folder(new)
    if not a and not b:
        raise DiffTrouble(f"{old} and {new}: no document .json in either folder")
    changed = []
    unchanged = 0
    for k in sorted(a.keys() & b.keys()):
        d = diff_documents(_load_json(a[k]), _load_json(b[k]), k, k)
        if d.changed:
            changed.append(d)
        else:
            unchanged += 1
    added = [MissingDocument(path=k, error=errors_a.get(k)) for k in sorted(b.keys() - a.keys())]
    removed = [MissingDocument(path=k, error=errors_b.get(k)) for k in sorted(a.keys() - b.keys())]
    return DiffReport(
        old=_shown(old),
        new=_shown(new),
        changed=bool(changed or added or removed),
        documents=changed,
        unchanged=unchanged,
        documents_added=added,
        documents_removed=removed,
    )


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.getLogger("jieba").setLevel(logging.ERROR)
    try:
        report = compare(args.old, args.new)
    except DiffTrouble as e:
        print(f"extractor diff: {visible(str(e))}", file=sys.stderr)
        return 2
    if args.json:
        out = to_json(report.model_dump(mode="json"))
    elif args.html:
        out = diff_html(report)
    else:
        out = diff_md(report)
    if args.out is not None:
        write_atomic(args.out, out)
    else:
        sys.stdout.write(out)
    print(diff_summary(report), file=sys.stderr)
    return 1 if report.changed else 0
