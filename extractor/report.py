"""The consistency report: ``report.json`` for machines, ``report.md`` for people.

Both list, per document, its failed and warned checks with the quoted source
sentence and its line number, plus each document's status (ok, failed to read
with the error, failed to write, or skipped with the reason). Passed checks
stay in the per-document JSON.

A batch keeps one *row* per document (``document_row``: the report.json entry,
findings included, plus the document's share of the corpus view that ends
report.md, ``review/corpus.py``), never the documents themselves, so its memory
does not grow with the size of the corpus. Everything that comes from a document
or a file name is escaped in report.md (``markdown``) and on the terminal
(``visible``).
"""

from __future__ import annotations

import bisect
import json
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

import regex

if TYPE_CHECKING:  # rows are plain data: building the report needs no model
    from extractor.model import Check, Document

_SENTENCE_ENDS = "。!?！？;；\n"
_QUOTE_MAX = 160

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


class LineIndex:
    """Line numbers and sentence bounds of one text, found once (a report stays linear).

    >>> index = LineIndex("甲。乙丙丁。戊\\n己")
    >>> index.line_of(8), index.quote(3, 4)
    (2, '乙丙丁。')
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.newlines = [m.start() for m in regex.finditer("\n", text)]
        self.ends = [m.start() for m in regex.finditer(f"[{_SENTENCE_ENDS}]", text)]

    def line_of(self, offset: int) -> int:
        """1-based line number of a character offset."""
        return bisect.bisect_left(self.newlines, offset) + 1

    def quote(self, start: int, end: int) -> str:
        """The sentence around ``[start, end)``, cut to a readable length."""
        text = self.text
        before = bisect.bisect_left(self.ends, start)
        a = self.ends[before - 1] + 1 if before else 0
        after = bisect.bisect_left(self.ends, end)
        b = self.ends[after] + 1 if after < len(self.ends) else len(text)
        if text[b - 1 : b] == "\n":
            b -= 1
        s = text[a:b].strip()
        if len(s) > _QUOTE_MAX:
            centre = start - a
            lo = max(0, centre - _QUOTE_MAX // 2)
            s = ("…" if lo else "") + s[lo : lo + _QUOTE_MAX] + "…"
        return s


def line_of(text: str, offset: int) -> int:
    """1-based line number of a character offset.

    >>> line_of("a\\nb\\nc", 4)
    3
    """
    return LineIndex(text).line_of(offset)


def quote(text: str, start: int, end: int) -> str:
    """The sentence around ``[start, end)``, cut to a readable length.

    >>> quote("甲。乙丙丁。戊", 3, 4)
    '乙丙丁。'
    """
    return LineIndex(text).quote(start, end)


def _finding(check: Check, index: LineIndex) -> dict[str, Any]:
    first = check.spans[0] if check.spans else None
    dumped = check.model_dump(mode="python")
    return {
        "rule": check.rule,
        "status": check.status,
        "message": check.message,
        "line": index.line_of(first.start) if first else None,
        "quote": index.quote(first.start, first.end) if first else None,
        "expected": dumped["expected"],
        "actual": dumped["actual"],
        "unit": check.unit,
        "spans": dumped["spans"],
    }


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
        "findings": [_finding(c, index) for c in doc.checks if c.status != "pass"],
        CORPUS: document_summary(doc),
    }


def public(row: Row) -> Row:
    """The row as report.json gives it."""
    return {k: v for k, v in row.items() if k not in _PRIVATE}


def failed_row(path: str, error: str, status: str = FAILED) -> Row:
    return {"path": path, "status": status, "error": error}


def skipped_row(path: str, reason: str) -> Row:
    return {"path": path, "status": SKIPPED, "reason": reason}


class RowStore:
    """A batch's rows in input order, each kept as compact JSON: a tenth of the memory of the
    dicts, so 10,000 documents' rows fit in a few megabytes. Iterating decodes them again."""

    def __init__(self, size: int) -> None:
        self._packed: list[str | None] = [None] * size

    def put(self, index: int, row: Row) -> None:
        self._packed[index] = json.dumps(row, ensure_ascii=False, separators=(",", ":"))

    def __iter__(self) -> Iterator[Row]:
        for packed in self._packed:
            if packed is not None:
                row: Row = json.loads(packed)
                yield row

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
        if not r["findings"]:
            lines.append("No failed or warned checks.")
            continue
        for f in r["findings"]:
            where = f"line {f['line']}" if f["line"] else "whole document"
            lines.append(f"- **{f['status']}** `{f['rule']}` ({where}): {markdown(f['message'])}")
            if f["quote"]:
                lines.append(f"  > {markdown(f['quote'])}")
    lines.append("")
    for line in corpus_md(r[CORPUS] for r in rows if r["status"] == OK):
        lines.append(line)
        if len(lines) >= _LINES_PER_CHUNK:
            yield from _flush(lines)
    yield from _flush(lines)


_LINES_PER_CHUNK = 256


def _flush(lines: list[str]) -> Iterator[str]:
    if lines:
        yield "".join(line + "\n" for line in lines)
        lines.clear()


# --- escaping ----------------------------------------------------------------------------------

# Characters that make no mark of their own and can hide or reorder text: C0/C1 controls, bidi
# embeddings and overrides, line and paragraph separators, lone surrogates.
_INVISIBLE = regex.compile(r"[\p{Cc}\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069\p{Cs}]")
# Markdown's active characters inline (CommonMark escapes any ASCII punctuation with a backslash).
_MARKDOWN = regex.compile(r"([\\`*_\[\]<>&|~#!])")


def visible(s: str) -> str:
    r"""``s`` with control and direction characters written as escapes, for a terminal.

    >>> visible("a\x1b[31mb\nc\u202e")
    'a\\x1b[31mb\\nc\\u202e'
    """
    return _INVISIBLE.sub(_escape, s)


def _escape(m: regex.Match[str]) -> str:
    c = m[0]
    if c == "\n":
        return "\\n"
    if c == "\t":
        return "\\t"
    if 0xDC80 <= ord(c) <= 0xDCFF:
        return f"\\x{ord(c) - 0xDC00:02x}"  # an undecodable byte of a file name
    return f"\\x{ord(c):02x}" if ord(c) < 0x100 else f"\\u{ord(c):04x}"


def markdown(s: str) -> str:
    r"""``s`` as inert Markdown text on one line: no HTML, no links, no emphasis, no line break.

    >>> print(markdown("<img src=x onerror=alert(1)> [a](javascript:x) *b*\n- **fail**"))
    \<img src=x onerror=alert(1)\> \[a\](javascript:x) \*b\* - \*\*fail\*\*
    """
    return _MARKDOWN.sub(r"\\\1", visible(s.replace("\r\n", " ").replace("\n", " ")))
