"""The review views in the batch: pages made in the workers, the index and the ledger made by
the parent from rows and from the JSON on disk; the same bytes whatever ``-j`` and the cache."""

from __future__ import annotations

import csv
import gc
import io
import json
import os
import shutil
import weakref
from pathlib import Path
from urllib.parse import unquote_to_bytes

import pytest
from markdown_it import MarkdownIt
from openpyxl import load_workbook

from extractor import pipeline
from extractor.cache import CACHE_NAME
from extractor.cli import EXIT_OK, EXIT_OUT, EXIT_UNREAD, main
from extractor.model import Document
from extractor.review import document as document_module
from extractor.review.corpus import corpus_md
from extractor.review.ledger import HEADER, ledger_csv, ledger_xlsx
from tests.shared_docs import CORPUS, SEED
from tests.test_review_html import _parse


def _files(*folders: Path) -> dict[str, bytes]:
    return {
        f"{folder.name}/{p.relative_to(folder).as_posix()}": p.read_bytes()
        for folder in folders
        for p in folder.rglob("*")
        if p.is_file() and p.name != CACHE_NAME
    }


def _corpus(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    (corpus / "empty.txt").write_bytes(b"")
    os.mkfifo(corpus / "pipe.txt")
    return corpus


def _run(corpus: Path, views: Path, *extra: str) -> int:
    """A batch with every view: OUT is ``views/out``, the ledger ``views/tasks.*``."""
    return main(
        [
            str(corpus),
            "-o",
            str(views / "out"),
            "-q",
            "--html",
            "--xlsx",
            str(views / "tasks.xlsx"),
            "--csv",
            str(views / "tasks.csv"),
            *extra,
        ]
    )


def test_views_do_not_depend_on_workers_or_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = _corpus(tmp_path)
    one, two = tmp_path / "one", tmp_path / "two"
    assert _run(corpus, one, "-j", "1") == EXIT_UNREAD  # empty.txt
    assert _run(corpus, two, "-j", "2") == EXIT_UNREAD
    first = _files(one)
    assert {k.replace("one/", "", 1): v for k, v in first.items()} == {
        k.replace("two/", "", 1): v for k, v in _files(two).items()
    }
    pages = sorted(k for k in first if k.endswith(".html"))
    assert len(pages) == 4 + 1  # a page per document read, and the index
    index = _parse(first["one/out/index.html"].decode("utf-8"))
    statuses = [a.get("class") for t, a in index.tags if t == "tr" and "data-order" in a]
    assert statuses == ["failed", "skipped", None, None, None, None]  # empty, pipe, 4 plans
    assert "not a regular file (FIFO)" in "".join(index.text)

    calls = tmp_path / "calls"
    calls.mkdir()
    real = pipeline.extract_with_text

    def counted(data: bytes, rel: str, limits: object) -> object:
        (calls / rel.replace("/", "_")).touch()  # workers are processes: count on disk
        return real(data, rel, limits)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "extract_with_text", counted)
    assert _run(corpus, one, "-j", "2") == EXIT_UNREAD
    assert _files(one) == first  # the index and the ledger again, from cached rows and JSON
    assert os.listdir(calls) == []  # nothing extracted again, not even the unreadable one
    (one / "out" / f"{SEED.name}.html").unlink()  # a page gone: that document again
    assert _run(corpus, one, "-j", "2") == EXIT_UNREAD
    assert os.listdir(calls) == [SEED.name]
    assert _files(one) == first


def test_report_json_is_the_same_with_or_without_the_views(tmp_path: Path) -> None:
    plain, views = tmp_path / "plain", tmp_path / "views"
    assert main([str(CORPUS), "-o", str(plain), "-q"]) == EXIT_OK
    assert _run(CORPUS, views) == EXIT_OK
    for name in ("report.json", "report.md"):
        assert (plain / name).read_bytes() == (views / "out" / name).read_bytes()
    report = json.loads((plain / "report.json").read_text(encoding="utf-8"))
    public = {"path", "status", "title", "items", "checks", "rules", "findings"}
    assert all(set(d) == public for d in report["documents"])  # no view's data in report.json
    committed = Path(__file__).resolve().parent.parent / "outputs"
    assert (plain / "report.md").read_bytes() == (committed / "report.md").read_bytes()


def test_a_page_that_cannot_be_made_costs_only_that_page(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = document_module.document_page

    def broken(doc: Document, text: str, *, index_href: str | None = None) -> str:
        if doc.source.path == SEED.name:
            raise RuntimeError("a bug in the page")
        return real(doc, text, index_href=index_href)

    monkeypatch.setattr(document_module, "document_page", broken)
    out = tmp_path / "out"
    assert main([str(CORPUS), "-o", str(out), "-q", "--html", "-j", "2"]) == EXIT_OK
    assert (out / f"{SEED.name}.json").is_file()
    assert not (out / f"{SEED.name}.html").exists()
    index = _parse((out / "index.html").read_text(encoding="utf-8"))
    links = [a["href"] for t, a in index.tags if t == "a"]
    assert len(links) == 3
    assert all(unquote_to_bytes(h).decode() != f"{SEED.name}.html" for h in links if h)
    assert "no review page (internal error: RuntimeError)" in "".join(index.text)


def test_a_name_in_gbk_bytes_links_to_its_page(tmp_path: Path) -> None:
    corpus, out = tmp_path / "in", tmp_path / "out"
    corpus.mkdir()
    raw_name = "计划".encode("gbk") + b".txt"
    with open(os.fsencode(corpus) + b"/" + raw_name, "wb") as f:
        f.write(SEED.read_bytes())
    assert main([str(corpus), "-o", str(out), "-q", "--html"]) == EXIT_OK
    index = _parse((out / "index.html").read_text(encoding="utf-8"))
    [href] = [a["href"] for t, a in index.tags if t == "a"]
    assert href is not None
    assert unquote_to_bytes(href) == raw_name + b".html"
    assert os.path.isfile(os.fsencode(out) + b"/" + unquote_to_bytes(href))
    assert "\\xbcƻ\\xae.txt" in "".join(index.text)  # shown escaped, as in report.md


def test_the_ledger_reads_one_document_at_a_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The parent loads each document's JSON back for the ledger and lets it go before the
    next: at most one is alive at any load."""
    alive: list[weakref.ref[Document]] = []
    most = 0
    real = Document.model_validate_json

    def tracked(data: bytes) -> Document:
        nonlocal most
        gc.collect()
        most = max(most, sum(r() is not None for r in alive))
        doc = real(data)
        alive.append(weakref.ref(doc))
        return doc

    monkeypatch.setattr(Document, "model_validate_json", tracked)
    corpus = tmp_path / "in"
    corpus.mkdir()
    for i in range(5):
        shutil.copy(SEED, corpus / f"plan{i}.txt")
    assert _run(corpus, tmp_path) == EXIT_OK
    assert len(alive) == 2 * 5  # the CSV and the workbook each read every document once
    assert most <= 1
    rows = list(load_workbook(tmp_path / "tasks.xlsx")["items"].iter_rows(values_only=True))
    assert len(rows) == 1 + 5 * 33


def test_document_text_never_becomes_a_formula(tmp_path: Path) -> None:
    doc = pipeline.extract(SEED)
    hostile = ['=HYPERLINK("http://x","点击")', "+1+cmd|' /C calc'!A0", "@SUM(A1)", "-2+3"]
    titled = [it.model_copy(update={"title": t}) for it, t in zip(doc.items, hostile, strict=False)]
    doc = doc.model_copy(update={"items": titled + doc.items[len(hostile) :]})
    path = tmp_path / "tasks.xlsx"
    path.write_bytes(ledger_xlsx([doc]))
    ws = load_workbook(path)["items"]
    title = HEADER.index("title") + 1
    cells = [ws.cell(2 + i, title) for i in range(len(hostile))]
    assert [c.value for c in cells] == hostile
    assert [c.data_type for c in cells] == ["s"] * len(hostile)
    rows = list(csv.reader(io.StringIO(ledger_csv([doc]))))
    assert [r[title - 1] for r in rows[1:5]] == ["'" + t for t in hostile]
    money = HEADER.index("money total (元)")
    assert rows[1 + 15][money] == "1000000"  # 二.13: a number is not text, and keeps its sign


def test_a_ledger_that_cannot_be_written_is_an_out_failure(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out, taken = tmp_path / "out", tmp_path / "taken"
    taken.mkdir()  # a folder where the workbook should go
    args = [str(CORPUS), "-o", str(out), "-q", "--xlsx", str(taken), "--csv", str(taken)]
    assert main(args) == EXIT_OUT
    err = capsys.readouterr().err.splitlines()
    assert [line for line in err if line.startswith("extractor: cannot write")] == [
        f"extractor: cannot write {taken} (Is a directory)"
    ] * 2
    assert (out / "report.json").is_file()  # the reports are there all the same


def test_unit_names_stay_text_in_the_corpus_view() -> None:
    hostile = "<img src=x onerror=alert(1)>|[局](javascript:x)*办*"
    summary = {"units": [[hostile, 1, 1, 0, 2, "100"]], "rules": {"parts_sum": [1, 0, 0]}}
    text = "\n".join(corpus_md([summary, summary])) + "\n"
    tokens = MarkdownIt("commonmark").enable("table").parse(text)
    kinds = {t.type for t in tokens} | {c.type for t in tokens for c in t.children or []}
    assert not kinds & {"html_inline", "html_block", "link_open", "image", "em_open"}
    cells = [t.children[0].content for t in tokens if t.type == "inline" and t.children]
    assert hostile in cells
    row = cells[cells.index(hostile) : cells.index(hostile) + 7]
    assert row == [hostile, "2", "2", "2", "0", "4", "200"]
