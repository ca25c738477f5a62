"""The consistency report: ``report.json`` for machines, ``report.md`` for people.

Both list, per document, its failed and warned checks with the quoted source
sentence and its line number, plus each document's status (ok, or failed to
read with the error). Passed checks stay in the per-document JSON. The
Markdown ends with the corpus view: responsible units and rules across all
documents (``review/corpus.py``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from extractor.model import SCHEMA_VERSION, Check, Document
from extractor.review.corpus import corpus_md

_SENTENCE_ENDS = "。!?！？;；\n"
_QUOTE_MAX = 160


@dataclass(frozen=True)
class Result:
    """One document of a batch: its output, or why it could not be read."""

    path: str  # relative to the corpus folder, with forward slashes
    document: Document | None = None
    text: str | None = None  # the text spans index into
    error: str | None = None


def line_of(text: str, offset: int) -> int:
    """1-based line number of a character offset.

    >>> line_of("a\\nb\\nc", 4)
    3
    """
    return text.count("\n", 0, offset) + 1


def quote(text: str, start: int, end: int) -> str:
    """The sentence around ``[start, end)``, cut to a readable length.

    >>> quote("甲。乙丙丁。戊", 3, 4)
    '乙丙丁。'
    """
    a = max(text.rfind(c, 0, start) for c in _SENTENCE_ENDS) + 1
    ends = [i for i in (text.find(c, end) for c in _SENTENCE_ENDS) if i >= 0]
    b = min(ends) + 1 if ends else len(text)
    if text[b - 1 : b] == "\n":
        b -= 1
    s = text[a:b].strip()
    if len(s) > _QUOTE_MAX:
        centre = start - a
        lo = max(0, centre - _QUOTE_MAX // 2)
        s = ("…" if lo else "") + s[lo : lo + _QUOTE_MAX] + "…"
    return s


def _finding(check: Check, text: str) -> dict[str, Any]:
    first = check.spans[0] if check.spans else None
    return {
        "rule": check.rule,
        "status": check.status,
        "message": check.message,
        "line": line_of(text, first.start) if first else None,
        "quote": quote(text, first.start, first.end) if first else None,
        "expected": check.model_dump(mode="python")["expected"],
        "actual": check.model_dump(mode="python")["actual"],
        "unit": check.unit,
        "spans": [s.model_dump(mode="python") for s in check.spans],
    }


def _findings(doc: Document) -> list[Check]:
    return [c for c in doc.checks if c.status != "pass"]


def report_json(results: list[Result]) -> dict[str, Any]:
    docs: list[dict[str, Any]] = []
    for r in results:
        if r.document is None:
            docs.append({"path": r.path, "status": "failed to read", "error": r.error})
            continue
        doc, text = r.document, r.text or ""
        docs.append(
            {
                "path": r.path,
                "status": "ok",
                "title": doc.title,
                "items": len(doc.items),
                "checks": _count(doc.checks),
                "findings": [_finding(c, text) for c in _findings(doc)],
            }
        )
    return {"schema_version": SCHEMA_VERSION, "summary": summary(results), "documents": docs}


def _count(checks: list[Check]) -> dict[str, int]:
    out = {"pass": 0, "fail": 0, "warn": 0}
    for c in checks:
        out[c.status] += 1
    return out


def summary(results: list[Result]) -> dict[str, int]:
    ok = [r.document for r in results if r.document is not None]
    counts = _count([c for d in ok for c in d.checks])
    return {
        "documents": len(results),
        "ok": len(ok),
        "failed_to_read": len(results) - len(ok),
        "items": sum(len(d.items) for d in ok),
        "checks_failed": counts["fail"],
        "checks_warned": counts["warn"],
        "checks_passed": counts["pass"],
    }


def report_md(results: list[Result]) -> str:
    s = summary(results)
    lines = [
        "# Consistency report",
        "",
        f"{s['documents']} documents: {s['ok']} ok, {s['failed_to_read']} failed to read; "
        f"{s['items']} items; checks: {s['checks_failed']} failed, {s['checks_warned']} warned, "
        f"{s['checks_passed']} passed.",
        "",
        "| document | status | items | fail | warn | pass |",
        "| --- | --- | ---: | ---: | ---: | ---: |",
    ]
    for r in results:
        if r.document is None:
            lines.append(f"| {_cell(r.path)} | failed to read | | | | |")
        else:
            c = _count(r.document.checks)
            lines.append(
                f"| {_cell(r.path)} | ok | {len(r.document.items)} | {c['fail']} | {c['warn']} | "
                f"{c['pass']} |"
            )
    for r in results:
        lines += ["", f"## {r.path}", ""]
        if r.document is None:
            lines.append(f"Failed to read: {r.error}")
            continue
        if r.document.title:
            lines += [f"*{r.document.title}*", ""]
        found = _findings(r.document)
        if not found:
            lines.append("No failed or warned checks.")
            continue
        for check in found:
            f = _finding(check, r.text or "")
            where = f"line {f['line']}" if f["line"] else "whole document"
            lines.append(f"- **{check.status}** `{check.rule}` ({where}): {_cell(check.message)}")
            if f["quote"]:
                lines.append(f"  > {_cell(f['quote'])}")
    lines += ["", *corpus_md([r.document for r in results if r.document is not None])]
    return "\n".join(lines) + "\n"


def _cell(s: str) -> str:
    return s.replace("|", "\\|").replace("\n", " ")
