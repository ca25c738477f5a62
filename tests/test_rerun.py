"""A re-run over an unchanged corpus does no extraction and writes nothing (issue 12, part 3).

Its cost is fixed: starting, reading the cache, walking and hashing the corpus. These tests count
the work instead of timing it: which modules a cached re-run imports (no extraction stage, no
pydantic model, no worker pool, no progress bar), and which files it writes (none: every output,
report and the cache itself keeps its inode and its modification time), while a changed input or
a damaged report is written again with the bytes a fresh run gives.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from extractor.cache import CACHE_NAME
from extractor.cli import EXIT_OK, EXIT_UNREAD, main
from tests.shared_docs import seed_text

# What a cached re-run must not import: the pipeline and its stages, the readers, the model and
# its libraries, the worker pool, the progress bar.
_EXTRACTION = (
    "extractor.pipeline",
    "extractor.model",
    "extractor.quantities",
    "extractor.agencies",
    "extractor.outline",
    "extractor.checks",
    "extractor.items",
    "extractor.readers",
    "extractor.workers",
    "pydantic",
    "jieba",
    "regex",
    "multiprocessing",
    "tqdm",
)


def _corpus(folder: Path) -> Path:
    """Three versions of the seed plan, an empty file (a row that failed to read) in a
    subfolder, and a hidden file."""
    folder.mkdir()
    text = seed_text()
    for i in range(3):
        (folder / f"plan{i}.txt").write_text(text.replace("2018", str(2010 + i)), "utf-8")
    (folder / "sub").mkdir()
    (folder / "sub" / "empty.txt").write_bytes(b"")
    (folder / ".hidden.txt").write_text(text, "utf-8")
    return folder


def _state(out: Path) -> dict[str, tuple[int, int, bytes]]:
    """Every file under OUT, the cache included: inode, modification time, bytes."""
    return {
        p.relative_to(out).as_posix(): (p.stat().st_ino, p.stat().st_mtime_ns, p.read_bytes())
        for p in sorted(out.rglob("*"))
        if p.is_file()
    }


def _bytes(out: Path) -> dict[str, bytes]:
    return {name: data for name, (_, _, data) in _state(out).items() if name != CACHE_NAME}


def test_a_cached_rerun_imports_no_extraction_stage(tmp_path: Path) -> None:
    corpus, out = _corpus(tmp_path / "in"), tmp_path / "out"
    args = [str(corpus), "-o", str(out), "-j", "2"]
    assert main([*args, "-q"]) == EXIT_UNREAD  # the empty file
    probe = (
        "import json, sys\n"
        "from extractor.cli import main\n"
        "code = main(sys.argv[1:])\n"
        "print(json.dumps([code, sorted(sys.modules)]))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe, *args], capture_output=True, text=True, check=True
    )
    code, modules = json.loads(done.stdout)
    assert code == EXIT_UNREAD
    assert "4 documents: 3 ok, 1 failed to read" in done.stderr
    imported = [m for m in modules if m.split(".")[0] in {"pydantic", "jieba", "regex", "tqdm"}]
    imported += [m for m in modules if m.startswith(_EXTRACTION)]
    assert imported == []
    assert "extractor.cache" in modules  # the probe did run the batch
    # the same probe with one input changed extracts it, so the list above can fail
    (corpus / "plan1.txt").write_text(seed_text(), "utf-8")
    again = subprocess.run(
        [sys.executable, "-c", probe, *args], capture_output=True, text=True, check=True
    )
    assert "extractor.pipeline" in json.loads(again.stdout)[1]


@pytest.mark.parametrize("option", ["--save-text", "--html"])
def test_a_rerun_over_an_unchanged_corpus_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], option: str
) -> None:
    corpus, out = _corpus(tmp_path / "in"), tmp_path / "out"
    args = [str(corpus), "-o", str(out), "-q", option]
    assert main(args) == EXIT_UNREAD
    first_lines = capsys.readouterr().err
    before = _state(out)
    view = {"--save-text": "plan0.txt.txt", "--html": "index.html"}[option]
    assert {"report.json", "report.md", CACHE_NAME, "plan0.txt.json", view} <= set(before)
    assert main(args) == EXIT_UNREAD
    assert capsys.readouterr().err == first_lines  # the failed row and the summary, as before
    assert "failed to read: sub/empty.txt" in first_lines
    assert _state(out) == before  # not one file written again, the cache included

    # a damaged report (or index) is written again with its bytes; the others are left alone
    for damaged in ("report.md", "index.html" if option == "--html" else "report.md"):
        (out / damaged).write_text("edited by hand\n", "utf-8")
        assert main(args) == EXIT_UNREAD
        after = _state(out)
        assert after[damaged][2] == before[damaged][2]
        assert after["report.json"] == before["report.json"]
        assert after[CACHE_NAME][2] == before[CACHE_NAME][2]

    # --force extracts everything again and rewrites every file with the same bytes
    assert main([*args, "--force"]) == EXIT_UNREAD
    forced = _state(out)
    assert {name: data for name, (_, _, data) in forced.items()} == {
        name: data for name, (_, _, data) in before.items()
    }
    assert forced["plan0.txt.json"][:2] != before["plan0.txt.json"][:2]

    # a changed input: its outputs and both reports are those of a fresh run
    (corpus / "plan2.txt").write_text(seed_text().replace("2018", "2030"), "utf-8")
    assert main(args) == EXIT_UNREAD
    changed = _state(out)
    assert changed["plan0.txt.json"] == forced["plan0.txt.json"]  # unchanged input: untouched
    assert changed["report.json"][2] != forced["report.json"][2]
    assert main([str(corpus), "-o", str(tmp_path / "fresh"), "-q", option]) == EXIT_UNREAD
    assert _bytes(out) == _bytes(tmp_path / "fresh")


def test_a_report_from_the_cache_is_left_alone_only_for_the_same_rows(tmp_path: Path) -> None:
    """A removed input changes the rows: the reports are made again, without it."""
    corpus, out = _corpus(tmp_path / "in"), tmp_path / "out"
    args = [str(corpus), "-o", str(out), "-q"]
    main(args)
    os.unlink(corpus / "plan0.txt")
    os.unlink(out / "plan0.txt.json")
    assert main(args) == EXIT_UNREAD
    assert main([str(corpus), "-o", str(tmp_path / "fresh"), "-q"]) == EXIT_UNREAD
    assert _bytes(out) == _bytes(tmp_path / "fresh")
    assert "plan0.txt" not in (out / "report.md").read_text("utf-8")
    cached = json.loads((out / CACHE_NAME).read_text("utf-8"))
    assert sorted(cached["documents"]) == ["plan1.txt", "plan2.txt", "sub/empty.txt"]


def test_an_ok_corpus_rerun_exits_zero(tmp_path: Path) -> None:
    corpus, out = tmp_path / "in", tmp_path / "out"
    corpus.mkdir()
    (corpus / "plan.txt").write_text(seed_text(), "utf-8")
    assert main([str(corpus), "-o", str(out), "-q"]) == EXIT_OK
    assert main([str(corpus), "-o", str(out), "-q"]) == EXIT_OK
