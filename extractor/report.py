"""The consistency report: ``report.json`` for machines, ``report.md`` for people.

Both list, per document, its failed and warned checks, failures first, each
quoting every sentence it compares (a total and its parts, a prose figure and
its table cell) with its line and page; how many checks of each rule ran; and
the document's status (ok, failed to read with the error, failed to write, or
skipped with the reason). A document on which no check ran says so: a clean
result is never only "no failed checks". Passed checks stay in the
per-document JSON.

A batch keeps one *row* per document (``document_row``: the report.json entry,
findings included, plus the document's share of the corpus view that ends
report.md, ``review/corpus.py``), never the documents themselves, so its memory
does not grow with the size of the corpus. Everything that comes from a document
or a file name is escaped in report.md (``escaping.markdown``); the sentences quoted
and their line numbers come from ``line_index.LineIndex``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from extractor.escaping import markdown
from extractor.line_index import LineIndex

if TYPE_CHECKING:  # rows are plain data: building the report needs no model
    from extractor.model import Check, Document

Row = dict[str, Any]

OK = "ok"
FAILED = "failed to read"
UNWRITTEN = "failed to write"
SKIPPED = "skipped"

# Row keys that serve the batch's other views and stay out of report.json: the document's
# share of the corpus view (``review.corpus.document_summary``), and why its review page
# could not be made.
CORPUS = "corpus"
PAGE_ERROR = "page_error"
_PRIVATE = (CORPUS, PAGE_ERROR)


# The rules that compare numbers; a document none of them ran on had no figure verified.
NUMERIC_RULES = frozenset(
    {
        "allocation_sum",
        "declared_total",
        "direction",
        "enumeration_count",
        "parts_sum",
        "percentage",
        "restated_figure",
    }
)
_PLACES_MAX = 6  # places quoted under one finding; the rest are counted
_STATUS_ORDER = {"fail": 0, "warn": 1, "pass": 2}


def _places(spans: list[dict[str, Any]], index: LineIndex) -> list[dict[str, Any]]:
    """Each sentence the spans fall in, the finding's own first: both sides of a comparison
    (a total and its parts, a prose figure and its table cell) are quoted where they stand.
    A span whose sentence overlaps one already quoted adds nothing."""
    out: list[dict[str, Any]] = []
    kept: list[tuple[int, int]] = []
    for span in spans:
        a, b = index.sentence(span["start"], span["end"])
        if any((a < kb and ka < b) or a == ka for ka, kb in kept):
            continue
        kept.append((a, b))
        text = index.quote(span["start"], span["end"])
        place: dict[str, Any] = {"line": index.line_of(span["start"])}
        if span.get("page") is not None:
            place["page"] = span["page"]
        place["quote"] = text
        out.append(place)
    return out


def _finding(check: Check, index: LineIndex) -> dict[str, Any]:
    first = check.spans[0] if check.spans else None
    dumped = check.model_dump(mode="python")
    return {
        "rule": check.rule,
        "status": check.status,
        "message": check.message,
        "line": index.line_of(first.start) if first else None,
        "quote": index.quote(first.start, first.end) if first else None,
        "places": _places(dumped["spans"], index),
        "expected": dumped["expected"],
        "actual": dumped["actual"],
        "unit": check.unit,
        "spans": dumped["spans"],
    }


def _rules(checks: list[Check]) -> dict[str, dict[str, int]]:
    """How many checks of each rule ran on a document, by status, rules in name order."""
    out: dict[str, dict[str, int]] = {}
    for c in checks:
        out.setdefault(c.rule, {"pass": 0, "fail": 0, "warn": 0})[c.status] += 1
    return dict(sorted(out.items()))


def document_row(path: str, doc: Document, text: str) -> Row:
    """A document's entry in report.json (its counts and its failed and warned checks), and
    its share of the corpus view."""
    from extractor.review.corpus import document_summary

    index = LineIndex(text)
    return {
        "path": path,
        "status": OK,
        "title": doc.title,
        "items": len(doc.items),
        "checks": _count(doc.checks),
        "rules": _rules(doc.checks),
        "findings": [
            _finding(c, index)
            for c in sorted(doc.checks, key=lambda c: _STATUS_ORDER[c.status])
            if c.status != "pass"
        ],
        CORPUS: document_summary(doc),
    }


def public(row: Row) -> Row:
    """The row as report.json gives it."""
    return {k: v for k, v in row.items() if k not in _PRIVATE}


def failed_row(path: str, error: str, status: str = FAILED) -> Row:
    return {"path": path, "status": status, "error": error}


def skipped_row(path: str, reason: str) -> Row:
    return {"path": path, "status": SKIPPED, "reason": reason}


def pack(row: Row) -> str:
    """A row as compact JSON, as the batch keeps it and the cache stores it."""
    return json.dumps(row, ensure_ascii=False, separators=(",", ":"))


# What the summary and the terminal lines need of a row: kept unpacked beside it.
_BRIEF = ("path", "status", "error", "reason", "items", "checks")


def brief(row: Row) -> Row:
    """The row's path, status, error or reason, and counts (enough for ``summary``)."""
    return {k: row[k] for k in _BRIEF if k in row}


class RowStore:
    """A batch's rows in input order, each kept as compact JSON: a tenth of the memory of the
    dicts, so 10,000 documents' rows fit in a few megabytes. Iterating decodes them again;
    ``briefs`` gives the few fields of each that the summary and the terminal need, without
    decoding."""

    def __init__(self, size: int) -> None:
        self._packed: list[str | None] = [None] * size
        self._briefs: list[Row | None] = [None] * size

    def put(self, index: int, row: Row) -> str:
        """Keep ``row``; its packed form."""
        packed = pack(row)
        self.put_packed(index, packed, brief(row))
        return packed

    def put_packed(self, index: int, packed: str, row_brief: Row) -> None:
        """Keep a row already packed (from the cache), with its ``brief``."""
        self._packed[index] = packed
        self._briefs[index] = row_brief

    def __iter__(self) -> Iterator[Row]:
        for packed in self._packed:
            if packed is not None:
                row: Row = json.loads(packed)
                yield row

    def packed(self) -> Iterator[str]:
        return (packed for packed in self._packed if packed is not None)

    def briefs(self) -> Iterator[Row]:
        return (b for b in self._briefs if b is not None)

    def __len__(self) -> int:
        return sum(packed is not None for packed in self._packed)


def _schema(schema_version: str | None) -> str:
    if schema_version is not None:
        return schema_version
    from extractor.model import SCHEMA_VERSION

    return SCHEMA_VERSION


def report_json(
    rows: Iterable[Row], hidden: int = 0, schema_version: str | None = None
) -> dict[str, Any]:
    rows = list(rows)
    return {
        "schema_version": _schema(schema_version),
        "summary": summary(rows, hidden),
        "documents": [public(row) for row in rows],
    }


def report_json_chunks(
    rows: Iterable[Row], hidden: int = 0, schema_version: str | None = None
) -> Iterator[str]:
    """report.json as ``to_json(report_json(...))`` writes it, a row at a time.

    >>> rows = [skipped_row("a", "broken link")]
    >>> from extractor.output import to_json
    >>> "".join(report_json_chunks(rows, 1, "1.1")) == to_json(report_json(rows, 1, "1.1"))
    True
    """
    head = json.dumps(
        {"schema_version": _schema(schema_version), "summary": summary(rows, hidden)},
        ensure_ascii=False,
        indent=2,
    )
    yield head[: -len("\n}")] + ',\n  "documents": ['
    first = True
    for row in rows:
        body = json.dumps(public(row), ensure_ascii=False, indent=2).replace("\n", "\n    ")
        yield ("\n    " if first else ",\n    ") + body
        first = False
    yield "]\n}\n" if first else "\n  ]\n}\n"


def _count(checks: list[Check]) -> dict[str, int]:
    out = {"pass": 0, "fail": 0, "warn": 0}
    for c in checks:
        out[c.status] += 1
    return out


def summary(rows: Iterable[Row], hidden: int = 0) -> dict[str, int]:
    s = dict.fromkeys(("documents", "ok", "failed_to_read", "failed_to_write", "skipped"), 0)
    s["hidden"] = hidden
    s.update(dict.fromkeys(("items", "checks_failed", "checks_warned", "checks_passed"), 0))
    for r in rows:
        status = r["status"]
        if status == SKIPPED:
            s["skipped"] += 1
            continue
        s["documents"] += 1
        if status == OK:
            s["ok"] += 1
            s["items"] += r["items"]
            for key, count in (("fail", "checks_failed"), ("warn", "checks_warned")):
                s[count] += r["checks"][key]
            s["checks_passed"] += r["checks"]["pass"]
        elif status == FAILED:
            s["failed_to_read"] += 1
        else:
            s["failed_to_write"] += 1
    return s


def summary_line(s: dict[str, int]) -> str:
    """The batch's one line on the terminal.

    >>> summary_line({"documents": 2, "ok": 1, "failed_to_read": 1, "failed_to_write": 0,
    ...     "skipped": 1, "hidden": 0, "items": 3, "checks_failed": 0, "checks_warned": 1})
    '2 documents: 1 ok, 1 failed to read; 3 items; 0 checks failed, 1 warned; 1 skipped'
    """
    line = (
        f"{s['documents']} documents: {s['ok']} ok, {s['failed_to_read']} failed to read"
        + (f", {s['failed_to_write']} failed to write" if s["failed_to_write"] else "")
        + f"; {s['items']} items; {s['checks_failed']} checks failed, {s['checks_warned']} warned"
    )
    extra = [f"{s[k]} {k}" for k in ("skipped", "hidden") if s[k]]
    return line + ("; " + ", ".join(extra) if extra else "")


def report_md(rows: Iterable[Row], hidden: int = 0) -> str:
    return "".join(report_md_chunks(list(rows), hidden))


def report_md_chunks(rows: Iterable[Row], hidden: int = 0) -> Iterator[str]:
    """report.md a few lines at a time (``rows`` is iterated four times): the summary, a table
    of documents, a section per document, then the corpus view (``review.corpus``)."""
    from extractor.review.corpus import corpus_md

    s = summary(rows, hidden)
    lines = [
        "# Consistency report",
        "",
        f"{s['documents']} documents: {s['ok']} ok, {s['failed_to_read']} failed to read; "
        f"{s['items']} items; checks: {s['checks_failed']} failed, {s['checks_warned']} warned, "
        f"{s['checks_passed']} passed.",
    ]
    extra = [
        f"{s[k]} {k.replace('_', ' ')}" for k in ("failed_to_write", "skipped", "hidden") if s[k]
    ]
    if extra:
        lines.append("Also: " + ", ".join(extra) + ".")
    lines += [
        "",
        "| document | status | items | fail | warn | pass |",
        "| --- | --- | ---: | ---: | ---: | ---: |",
    ]
    yield from _flush(lines)
    for r in rows:
        path = markdown(r["path"])
        if r["status"] == OK:
            c = r["checks"]
            lines.append(
                f"| {path} | ok | {r['items']} | {c['fail']} | {c['warn']} | {c['pass']} |"
            )
        else:
            lines.append(f"| {path} | {r['status']} | | | | |")
        yield from _flush(lines)
    for r in rows:
        yield from _flush(lines)
        lines += ["", f"## {markdown(r['path'])}", ""]
        if r["status"] == SKIPPED:
            lines.append(f"Skipped: {markdown(r['reason'])}")
            continue
        if r["status"] != OK:
            lines.append(f"{r['status'].capitalize()}: {markdown(r['error'])}")
            continue
        if r["title"]:
            lines += [f"*{markdown(r['title'])}*", ""]
        lines += _document_md(r)
    lines.append("")
    for line in corpus_md(r[CORPUS] for r in rows if r["status"] == OK):
        lines.append(line)
        if len(lines) >= _LINES_PER_CHUNK:
            yield from _flush(lines)
    yield from _flush(lines)


_LINES_PER_CHUNK = 256


def _where(place: dict[str, Any]) -> str:
    line = f"line {place['line']}"
    return f"page {place['page']}, {line}" if place.get("page") is not None else line


def _document_md(r: Row) -> list[str]:
    """A document's findings, failures first, each quoting every place it compares, then a
    line saying which checks ran, so that a clean result says what it rests on."""
    lines: list[str] = []
    for f in r["findings"]:
        places = f.get("places") or []
        where = _where(places[0]) if places else "whole document"
        if len(places) > 1:
            where += f" and {_n(len(places) - 1, 'other place')}"
        lines.append(f"- **{f['status']}** `{f['rule']}` ({where}): {markdown(f['message'])}")
        if len(places) == 1:
            lines.append(f"  > {markdown(places[0]['quote'])}")
        for place in places[:_PLACES_MAX] if len(places) > 1 else []:
            lines.append(f"  - {_where(place)}: “{markdown(place['quote'])}”")
        if len(places) > _PLACES_MAX:
            lines.append(f"  - and {_n(len(places) - _PLACES_MAX, 'more place')}")
    return [*lines, "", _ran_line(r)] if lines else [_ran_line(r)]


def _ran_line(r: Row) -> str:
    """``Checks run: 7 (1 failed, 2 warned): `parts_sum` 3 (1 failed), …`` or, when nothing
    could be checked, a sentence that says so rather than a clean bill."""
    rules: dict[str, dict[str, int]] = r.get("rules", {})
    total = sum(sum(c.values()) for c in rules.values())
    if not total:
        return (
            "No checks ran: the text has no total with parts, restated figure, rate, count, "
            "numbered list or scope that a check could compare. Nothing here was verified."
        )
    c = r["checks"]
    head = f"Checks run: {total}"
    if not c["fail"] and not c["warn"]:
        head = f"No failed or warned checks. {head}, all passed"
    else:
        head += f" ({_outcome(c)})"
    per_rule = ", ".join(
        f"`{rule}` {sum(n.values())}" + (f" ({_outcome(n)})" if n["fail"] or n["warn"] else "")
        for rule, n in rules.items()
    )
    line = f"{head}: {per_rule}."
    if not NUMERIC_RULES & rules.keys():
        line += (
            " No numbers were compared: no total with parts, restated figure, rate or stated "
            "count was found."
        )
    return line


def _outcome(c: dict[str, int]) -> str:
    parts = [f"{c['fail']} failed"] if c["fail"] else []
    parts += [f"{c['warn']} warned"] if c["warn"] else []
    return ", ".join(parts)


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}" + ("" if count == 1 else "s")


def _flush(lines: list[str]) -> Iterator[str]:
    if lines:
        yield "".join(line + "\n" for line in lines)
        lines.clear()
