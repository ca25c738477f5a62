"""Nothing a file, a name or a folder contains can stop, hang or fool a batch (issue 10).

Each reproducer of the hostile-input run is here: names in GBK bytes and names too long for an
output suffix, OUT that is a file or fills up, FIFOs, broken links, link loops, links out of the
corpus, unlistable folders, a parser that never returns or kills its process, hostile titles
and names in report.md and on the terminal. Worker processes are forked, so a monkeypatched
function reaches them; no test asserts how long anything takes.
"""

from __future__ import annotations

import errno
import json
import os
import shutil
import signal
import time
from pathlib import Path
from typing import Any

import pytest
from markdown_it import MarkdownIt

from extractor import batch as batch_module
from extractor import pipeline
from extractor import walk as walk_module
from extractor.cache import CACHE_NAME
from extractor.cli import EXIT_OK, EXIT_OUT, EXIT_UNREAD, main
from extractor.escaping import markdown
from tests.shared_docs import SEED, seed_text


def _report(out: Path) -> dict[str, dict[str, object]]:
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    return {d["path"]: d for d in report["documents"]}


def _summary(out: Path) -> dict[str, int]:
    summary: dict[str, int] = json.loads((out / "report.json").read_text(encoding="utf-8"))[
        "summary"
    ]
    return summary


def _small_plan(title: str = "某区2018年工作计划") -> str:
    return f"{title}\n一、总体要求\n1.开展培训。完成2个项目。(区教委)\n"


# --- names -------------------------------------------------------------------------------------


def test_a_file_name_in_gbk_bytes(tmp_path: Path) -> None:
    """As unzipped from a Windows archive: the name is not UTF-8 (UnicodeEncodeError before)."""
    corpus, out = tmp_path / "in", tmp_path / "out"
    corpus.mkdir()
    raw_name = "计划".encode("gbk") + b".txt"
    with open(os.fsencode(corpus) + b"/" + raw_name, "wb") as f:
        f.write(_small_plan().encode())
    shutil.copy(SEED, corpus / "seed.txt")
    assert main([str(corpus), "-o", str(out), "-q"]) == EXIT_OK
    shown = raw_name.decode("utf-8", "backslashreplace")  # bc c6bb ae: c6bb is UTF-8 (ƻ)
    assert shown == "\\xbcƻ\\xae.txt"
    assert set(_report(out)) == {shown, "seed.txt"}
    assert _report(out)[shown]["items"] == 1
    written = os.listdir(os.fsencode(out))
    assert raw_name + b".json" in written
    with open(os.fsencode(out) + b"/" + raw_name + b".json", "rb") as f:
        doc = json.loads(f.read())
    assert doc["source"]["path"] == shown


def test_a_name_too_long_once_the_suffix_is_added(tmp_path: Path) -> None:
    """83 Chinese characters: 253 bytes with .txt, 258 with .json (ENAMETOOLONG before)."""
    corpus, out = tmp_path / "in", tmp_path / "out"
    corpus.mkdir()
    name = "关于印发" * 20 + "实施方" + ".txt"
    assert len(name.encode()) == 253
    (corpus / name).write_text(_small_plan(), encoding="utf-8")
    assert main([str(corpus), "-o", str(out), "-q", "--save-text"]) == EXIT_OK
    row = _report(out)[name]
    output = row["output"]
    assert isinstance(output, str)
    assert output.endswith(".txt.json")
    assert len(output.encode()) <= 255
    assert json.loads((out / output).read_text(encoding="utf-8"))["source"]["path"] == name
    assert len([p for p in out.iterdir() if p.suffix == ".txt"]) == 1  # the saved text too


def test_hostile_names_and_titles_stay_text_in_report_md(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus, out = tmp_path / "in", tmp_path / "out"
    corpus.mkdir()
    names = [
        "x\n- **fail** `parts_sum` (line 1): forged.txt",
        "<img src=x onerror=alert(1)>.txt",
        "[click](javascript:alert(1)).txt",
        "\x1b[31mred\x1b[0m.txt",
        "# heading | cell.txt",
    ]
    titles = [
        "<script>alert(1)</script>工作计划",
        "[某区](javascript:alert(1))工作计划",
        "**某区**`工作`_计划_ <b>粗</b>",
        "某区\u202e工作计划",
        "&lt;img src=x&gt;工作计划",
    ]
    for name, title in zip(names, titles, strict=True):
        (corpus / name).write_text(_small_plan(title) + "加强培训。" * 20, encoding="utf-8")
    assert main([str(corpus), "-o", str(out), "-q"]) == EXIT_OK
    whole = (out / "report.md").read_text(encoding="utf-8")
    # the documents' part; the corpus view after it holds no name or title (see below)
    text, corpus_view = whole.split("\n## Responsible units across all documents\n")
    tokens = MarkdownIt("commonmark").enable("table").parse(text)
    kinds = {t.type for t in tokens} | {c.type for t in tokens for c in t.children or []}
    assert not kinds & {"html_inline", "html_block", "link_open", "image", "strong_open"}
    inline = [c for t in tokens for c in t.children or []]
    assert sum(c.type == "em_open" for c in inline) <= len(titles)  # our *title* only
    # no finding here: the only code spans are the rule names of the checks-run lines
    ran = {rule for row in _report(out).values() for rule in row["rules"]}
    assert {c.content for c in inline if c.type == "code_inline"} == ran
    headings = [t for t in tokens if t.type == "heading_open" and t.tag == "h2"]
    assert len(headings) == len(names)
    assert "- **fail**" not in text
    assert not [t for t in tokens if t.type == "bullet_list_open"]  # no finding, no forged one
    assert "\x1b" not in whole
    assert "\u202e" not in whole
    for title in titles:
        assert markdown(title) not in corpus_view
    tail = MarkdownIt("commonmark").enable("table").parse(corpus_view)
    kinds = {t.type for t in tail} | {c.type for t in tail for c in t.children or []}
    assert not kinds & {"html_inline", "html_block", "link_open", "image", "strong_open"}
    assert "| 区教委 | 5 | 5 | 0 | 0 |  |  |" in corpus_view.splitlines()  # one per document
    err = capsys.readouterr().err
    assert "\x1b" not in err


def test_terminal_lines_escape_control_characters(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus, out = tmp_path / "in", tmp_path / "out"
    corpus.mkdir()
    (corpus / "\x1b]0;pwned\x07bad\nname.txt").write_bytes(b"")
    assert main([str(corpus), "-o", str(out), "-q"]) == EXIT_UNREAD
    err = capsys.readouterr().err
    assert "\x1b" not in err
    assert "\x07" not in err
    assert "failed to read: \\x1b]0;pwned\\x07bad\\nname.txt: empty file" in err


# --- OUT ---------------------------------------------------------------------------------------


def test_out_that_is_a_file_has_its_own_exit_code(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    out.write_text("not a folder")
    assert main([str(SEED), "-o", str(out), "-q"]) == EXIT_OUT
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"extractor: {out}: cannot write output (exists and is not a folder)"]


def test_a_full_disk_is_an_out_failure_and_the_batch_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus, out = tmp_path / "in", tmp_path / "out"
    corpus.mkdir()
    for name in ("a.txt", "b.txt"):
        (corpus / name).write_text(_small_plan(), encoding="utf-8")
    real = batch_module.write_atomic

    def full(path: Path, content: str | bytes, **options: Any) -> int:
        if path.name == "a.txt.json":
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real(path, content, **options)

    monkeypatch.setattr(batch_module, "write_atomic", full)
    assert main([str(corpus), "-o", str(out), "-q"]) == EXIT_OUT
    rows = _report(out)
    assert rows["a.txt"]["status"] == "failed to write"
    assert (
        rows["a.txt"]["error"] == "a.txt: cannot write a.txt.json in OUT (No space left on device)"
    )
    assert rows["b.txt"]["status"] == "ok"
    err = capsys.readouterr().err
    assert "extractor: a.txt: cannot write a.txt.json in OUT (No space left on device)" in err


def test_outputs_follow_the_umask(tmp_path: Path) -> None:
    old = os.umask(0o027)
    try:
        main([str(SEED), "-o", str(tmp_path / "out"), "-q"])
    finally:
        os.umask(old)
    for path in (tmp_path / "out").iterdir():
        assert path.stat().st_mode & 0o777 == 0o640, path.name


def test_the_batch_files_are_synced_after_they_are_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The documents' outputs are synced while the reports are made; a last sync follows the
    reports and the cache, so nothing the batch wrote is left out of it."""
    out = tmp_path / "out"
    seen: list[set[str]] = []
    monkeypatch.setattr(os, "sync", lambda: seen.append({p.name for p in out.iterdir()}))
    (tmp_path / "in").mkdir()
    for i in range(3):
        (tmp_path / "in" / f"p{i}.txt").write_text(_small_plan(), encoding="utf-8")
    assert main([str(tmp_path / "in"), "-o", str(out), "-q"]) == EXIT_OK
    assert len(seen) == 2
    assert {"p0.txt.json", "p1.txt.json", "p2.txt.json"} <= seen[0]
    assert {"report.json", "report.md", CACHE_NAME} <= seen[-1]
    seen.clear()
    assert main([str(tmp_path / "in"), "-o", str(out), "-q"]) == EXIT_OK
    assert seen == []  # a re-run that writes nothing syncs nothing


def test_workers_start_with_the_modules_frozen(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The parent freezes what it imported before it forks (the workers' collections skip
    it), and thaws it once the pool is done."""
    import gc

    def frozen(job: batch_module.Job, entry: walk_module.Entry) -> batch_module.Outcome:
        return batch_module.Outcome({"path": entry.rel, "frozen": gc.get_freeze_count()})

    monkeypatch.setattr(batch_module, "process_file", frozen)  # inherited by the fork
    entry = walk_module.Entry(str(tmp_path / "a.txt"), "a.txt")
    run = batch_module.local_runner(1)
    [(index, outcome)] = list(run(batch_module.Job(out=str(tmp_path / "out")), [entry]))
    assert index == 0
    assert outcome.row["frozen"] > 1000
    assert gc.get_freeze_count() == 0


def test_the_largest_files_start_first(tmp_path: Path) -> None:
    sizes = {"a.txt": 10, "b.pdf": 300, "c.txt": 200, "d.txt": 200}
    entries = []
    for name, size in sizes.items():
        (tmp_path / name).write_bytes(b"x" * size)
        entries.append(walk_module.Entry(str(tmp_path / name), name))
    entries.append(walk_module.Entry(str(tmp_path / "gone.txt"), "gone.txt"))
    order = batch_module.largest_first(entries)
    assert [entries[i].rel for i in order] == ["b.pdf", "c.txt", "d.txt", "a.txt", "gone.txt"]


# --- every file accounted for -----------------------------------------------------------------


def test_every_entry_of_the_folder_is_accounted_for(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus, out, outside = tmp_path / "in", tmp_path / "out", tmp_path / "secret"
    (corpus / "sub").mkdir(parents=True)
    outside.mkdir()
    (outside / "secret.txt").write_text(_small_plan("机密文件"), encoding="utf-8")
    shutil.copy(SEED, corpus / "sub" / "seed.txt")
    os.mkfifo(corpus / "pipe.txt")
    (corpus / "broken.txt").symlink_to(tmp_path / "nowhere.txt")
    (corpus / "loop.txt").symlink_to(corpus / "loop.txt")
    (corpus / "out-link.txt").symlink_to(outside / "secret.txt")
    (corpus / "in-link.txt").symlink_to(corpus / "sub" / "seed.txt")
    (corpus / "folder-link").symlink_to(corpus / "sub")
    (corpus / ".hidden.txt").write_text("x")
    (corpus / ".git").mkdir()
    assert main([str(corpus), "-o", str(out), "-q"]) == EXIT_OK
    rows = _report(out)
    assert {p: r.get("reason") for p, r in rows.items() if r["status"] == "skipped"} == {
        "pipe.txt": "not a regular file (FIFO)",
        "broken.txt": "broken link",
        "loop.txt": "link loop or bad link (Too many levels of symbolic links)",
        "out-link.txt": "link leaves the corpus (--follow-links reads it)",
        "folder-link/": "link to a folder (--follow-links walks it)",
    }
    assert rows["in-link.txt"]["status"] == rows["sub/seed.txt"]["status"] == "ok"
    summary = _summary(out)
    assert (summary["documents"], summary["skipped"], summary["hidden"]) == (2, 5, 2)
    assert "机密" not in (out / "report.md").read_text(encoding="utf-8")
    err = capsys.readouterr().err
    assert "skipped: pipe.txt: not a regular file (FIFO)" in err
    assert err.strip().splitlines()[-1].endswith("; 5 skipped, 2 hidden")

    out2 = tmp_path / "out2"
    assert main([str(corpus), "-o", str(out2), "-q", "--follow-links"]) == EXIT_OK
    rows = _report(out2)
    assert (rows["out-link.txt"]["status"], rows["out-link.txt"]["items"]) == ("ok", 1)
    assert rows["folder-link/seed.txt"]["status"] == "ok"  # walked first: f < s
    assert rows["sub/"]["reason"] == "folder already walked (a link loop or a second link)"


def test_an_unlistable_folder_is_a_line_and_exit_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Run as root, chmod 000 does not stop listing; the denial is simulated."""
    corpus, out = tmp_path / "in", tmp_path / "out"
    (corpus / "locked").mkdir(parents=True)
    shutil.copy(SEED, corpus / "seed.txt")
    real = os.scandir

    def scandir(path: str) -> object:
        if str(path).endswith("locked"):
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), path)
        return real(path)

    monkeypatch.setattr(walk_module.os, "scandir", scandir)
    assert main([str(corpus), "-o", str(out), "-q"]) == EXIT_UNREAD
    row = _report(out)["locked/"]
    assert row == {
        "path": "locked/",
        "status": "skipped",
        "reason": "cannot list folder (Permission denied)",
    }


def test_a_fifo_given_as_the_corpus_does_not_hang(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    assert main([str(tmp_path / "pipe.txt"), "-o", str(tmp_path / "out"), "-q"]) == EXIT_OK
    assert _report(tmp_path / "out")["pipe.txt"]["reason"] == "not a regular file (FIFO)"


# --- runaway documents -------------------------------------------------------------------------


def _hang_on(name: str, monkeypatch: pytest.MonkeyPatch, how: str = "sleep") -> None:
    real = pipeline.extract_with_text

    def runaway(data: bytes, rel: str, limits: object) -> object:
        if rel == name:
            if how == "kill":
                os.kill(os.getpid(), signal.SIGKILL)
            while how == "spin":  # a parser in a loop: stopped by its processor time
                pass
            while True:  # a parser that never returns
                time.sleep(60)
        return real(data, rel, limits)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "extract_with_text", runaway)


def test_a_document_that_never_finishes_is_stopped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus, out = tmp_path / "in", tmp_path / "out"
    corpus.mkdir()
    (corpus / "hang.txt").write_text(_small_plan(), encoding="utf-8")
    _hang_on("hang.txt", monkeypatch)
    assert main([str(corpus), "-o", str(out), "-q", "--timeout", "0.5"]) == EXIT_UNREAD
    assert _report(out)["hang.txt"]["error"] == (
        "hang.txt: over the limit timeout (still running after 0.5 s of processor time, or twice "
        "that on the clock without running, stopped); "
        "raise it with --timeout S if the file is trusted"
    )
    assert not [p for p in out.iterdir() if p.suffix == ".tmp"]


def test_a_document_that_spins_is_stopped_by_its_processor_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus, out = tmp_path / "in", tmp_path / "out"
    corpus.mkdir()
    (corpus / "spin.txt").write_text(_small_plan(), encoding="utf-8")
    (corpus / "fine.txt").write_text(_small_plan(), encoding="utf-8")
    _hang_on("spin.txt", monkeypatch, how="spin")
    assert main([str(corpus), "-o", str(out), "-q", "--timeout", "0.5"]) == EXIT_UNREAD
    report = _report(out)
    assert "over the limit timeout" in report["spin.txt"]["error"]
    assert report["fine.txt"]["status"] == "ok"


def test_processor_time_is_read_from_proc() -> None:
    from extractor.workers import _cpu_seconds

    before = _cpu_seconds(os.getpid())
    if before is None:
        pytest.skip("no /proc on this platform: the clock alone limits a worker")
    t0 = time.process_time()
    while time.process_time() - t0 < 0.3:
        pass
    after = _cpu_seconds(os.getpid())
    assert after is not None
    assert after - before >= 0.2


def test_the_batch_goes_on_after_a_stopped_or_dead_worker(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus, out = tmp_path / "in", tmp_path / "out"
    corpus.mkdir()
    for name in ("a.txt", "dies.txt", "c.txt", "d.txt"):
        (corpus / name).write_text(_small_plan(), encoding="utf-8")
    _hang_on("dies.txt", monkeypatch, how="kill")
    assert main([str(corpus), "-o", str(out), "-q", "-j", "2"]) == EXIT_UNREAD
    rows = _report(out)
    assert [p for p, r in rows.items() if r["status"] == "ok"] == ["a.txt", "c.txt", "d.txt"]
    assert rows["dies.txt"]["error"] == (
        "dies.txt: internal error: died: the worker process was killed by SIGKILL (out of memory?)"
    )


# --- parallel and incremental -----------------------------------------------------------------


def _corpus_of(folder: Path, copies: int) -> None:
    folder.mkdir()
    text = seed_text()
    for i in range(copies):
        (folder / f"plan{i:02d}.txt").write_text(text.replace("2018", str(2000 + i)), "utf-8")


def _files(out: Path) -> dict[str, bytes]:
    return {
        p.relative_to(out).as_posix(): p.read_bytes()
        for p in out.rglob("*")
        if p.is_file() and p.name != CACHE_NAME
    }


def test_the_output_does_not_depend_on_the_number_of_workers(tmp_path: Path) -> None:
    _corpus_of(tmp_path / "in", 6)
    main([str(tmp_path / "in"), "-o", str(tmp_path / "one"), "-q", "-j", "1", "--save-text"])
    main([str(tmp_path / "in"), "-o", str(tmp_path / "two"), "-q", "-j", "3", "--save-text"])
    assert _files(tmp_path / "one") == _files(tmp_path / "two")
    assert len(_files(tmp_path / "one")) == 6 * 2 + 2


def test_an_unchanged_corpus_is_not_extracted_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus, out = tmp_path / "in", tmp_path / "out"
    _corpus_of(corpus, 3)
    args = [str(corpus), "-o", str(out), "-q"]
    assert main(args) == EXIT_OK
    first = _files(out)
    calls = tmp_path / "calls"
    calls.mkdir()
    real = pipeline.extract_with_text

    def counted(data: bytes, rel: str, limits: object) -> object:
        (calls / rel).touch()  # workers are processes: count on disk
        return real(data, rel, limits)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "extract_with_text", counted)
    assert main(args) == EXIT_OK
    assert _files(out) == first
    assert os.listdir(calls) == []
    (corpus / "plan01.txt").write_text(_small_plan(), encoding="utf-8")
    (out / "plan02.txt.json").unlink()
    assert main(args) == EXIT_OK
    assert sorted(os.listdir(calls)) == ["plan01.txt", "plan02.txt"]
    assert _report(out)["plan01.txt"]["items"] == 1
    assert main([*args, "--force"]) == EXIT_OK
    assert sorted(os.listdir(calls)) == ["plan00.txt", "plan01.txt", "plan02.txt"]


def test_a_slowed_worker_is_not_stopped_by_the_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    """A worker that keeps running at a small share of a processor (a loaded machine) is past
    twice its limit on the clock but not blocked: the clock waits, up to ten times the limit;
    one that uses no processor time (a read that blocks) is stopped at twice the limit."""
    from types import SimpleNamespace

    from extractor import workers as W

    spent = {"cpu": 3.0}
    monkeypatch.setattr(W, "_cpu_seconds", lambda pid: spent["cpu"])
    pool = SimpleNamespace(timeout=10.0)
    worker = SimpleNamespace(
        process=SimpleNamespace(pid=1), cpu_start=0.0, deadline=20.0, started=0.0
    )

    def over(now: float) -> bool:
        return W.Pool._over(pool, worker, now)  # type: ignore[arg-type]

    assert not over(21.0)  # 3 s of processor time in 21 s: running, slowed by the load
    assert worker.deadline == 31.0
    spent["cpu"] = 3.2
    assert over(99.0)  # 3.2 s in 99 s: under 5%, blocked
    spent["cpu"] = 9.0
    worker.deadline = 99.0
    assert over(100.0)  # still running, but at ten times the limit
    spent["cpu"] = 10.0
    worker.deadline = 1e9
    assert over(11.0)  # its processor time is used up
