"""The report: quotes and line numbers from one index per document, in linear time."""

from __future__ import annotations

import gc
import time

import pytest

from extractor.escaping import markdown, visible
from extractor.line_index import LineIndex

SENTENCE = "两县共有建档立卡贫困人口5000户、15000人，其中甲县2000户、6000人。\n"


def _old_quote(text: str, start: int, end: int) -> str:
    """The quote as report.py found it before the index (a scan per finding)."""
    ends = "。!?！？;；\n"
    a = max(text.rfind(c, 0, start) for c in ends) + 1
    found = [i for i in (text.find(c, end) for c in ends) if i >= 0]
    b = min(found) + 1 if found else len(text)
    if text[b - 1 : b] == "\n":
        b -= 1
    s = text[a:b].strip()
    if len(s) > 160:
        lo = max(0, start - a - 80)
        s = ("…" if lo else "") + s[lo : lo + 160] + "…"
    return s


@pytest.mark.parametrize(
    "text", [SENTENCE * 3, "甲。乙丙丁。戊", "无标点的一行", "a\n\nb;c", "长" * 400 + "。"]
)
def test_the_index_quotes_as_the_scan_did(text: str) -> None:
    index = LineIndex(text)
    for start in range(len(text)):
        for end in (start, min(len(text), start + 3)):
            assert index.quote(start, end) == _old_quote(text, start, end)
        assert index.line_of(start) == text.count("\n", 0, start) + 1


def _cpu(text: str, findings: int) -> float:
    best = float("inf")
    for _ in range(3):
        gc.collect()
        t0 = time.process_time()
        index = LineIndex(text)
        step = max(1, len(text) // findings)
        for offset in range(0, len(text), step):
            index.quote(offset, offset + 2)
            index.line_of(offset)
        best = min(best, time.process_time() - t0)
    return best


def test_a_report_is_linear_in_text_and_findings() -> None:
    """A finding per 100 characters at 200 KB and at 1.6 MB: linear gives a ratio near 8;
    the scan per finding gave 64 (about 90 s of a 30 MB run)."""
    small = SENTENCE.replace("\n", "") * (200_000 // len(SENTENCE))  # one long line
    large = small * 8
    ratio = _cpu(large, len(large) // 100) / max(_cpu(small, len(small) // 100), 1e-3)
    assert ratio < 24


def test_escapes() -> None:
    assert visible("a\x00b\x9bc\u2028") == "a\\x00b\\x9bc\\u2028"
    assert markdown("a|b") == "a\\|b"
    assert markdown("1. 列表\r\n2. 第二") == "1. 列表 2. 第二"


def test_streamed_reports_are_the_bytes_of_the_whole() -> None:
    from extractor.output import to_json
    from extractor.pipeline import extract_text
    from extractor.report import (
        RowStore,
        document_row,
        failed_row,
        report_json,
        report_json_chunks,
        report_md,
        report_md_chunks,
        skipped_row,
    )
    from tests.shared_docs import seed_text

    text = seed_text()
    rows = [
        document_row("seed.txt", extract_text(text), text),
        failed_row("bad.txt", "bad.txt: empty file (no text to extract)"),
        skipped_row("pipe", "not a regular file (FIFO)"),
    ]
    store = RowStore(len(rows) + 1)
    for i, row in enumerate(rows):
        store.put(i + 1 if i else 0, row)
    assert list(store) == rows
    assert "".join(report_json_chunks(store, 2, "1.1")) == to_json(report_json(rows, 2, "1.1"))
    assert "".join(report_json_chunks([], 0, "1.1")) == to_json(report_json([], 0, "1.1"))
    assert "".join(report_md_chunks(store, 2)) == report_md(rows, 2)
