"""The batch: bad files never stop it, writes are whole, exit status and summary tell."""

from __future__ import annotations

import json
import os
import random
import shutil
from pathlib import Path

import pytest

from extractor.cache import CACHE_NAME
from extractor.cli import main
from extractor.output import document_json, document_schema
from extractor.pipeline import extract
from tests.shared_docs import CORPUS, ROOT, SEED


def _bad_batch(folder: Path) -> None:
    shutil.copy(SEED, folder / "seed.txt")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (folder / "undecodable.txt").write_bytes(bytes([0x81, 0x20, 0xFF, 0x7F]) * 500)
    (folder / "fake.pdf").write_bytes(b"%PDF-1.4\nthis is not really a pdf\n")
    rng = random.Random(7)
    words = ["alpha", "beta", "gamma", "12", "3.5", "delta", "数据", "平台"]
    (folder / "noise.txt").write_text(
        " ".join(rng.choice(words) for _ in range(3000)), encoding="utf-8"
    )
    (folder / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(200))


def test_bad_files_do_not_stop_the_batch(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus, out = tmp_path / "in", tmp_path / "out"
    corpus.mkdir()
    _bad_batch(corpus)
    assert main([str(corpus), "-o", str(out), "-q"]) == 1
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    status = {d["path"]: d["status"] for d in report["documents"]}
    assert status == {
        "binary.txt": "failed to read",
        "empty.txt": "failed to read",
        "fake.pdf": "failed to read",
        "image.png": "failed to read",
        "noise.txt": "ok",
        "seed.txt": "ok",
        "undecodable.txt": "failed to read",
    }
    errors = {d["path"]: d["error"] for d in report["documents"] if d["status"] != "ok"}
    assert all(e.startswith(p) and "\n" not in e for p, e in errors.items())
    noise = next(d for d in report["documents"] if d["path"] == "noise.txt")
    assert noise["items"] == 0
    assert noise["findings"] == []
    assert (out / "seed.txt.json").is_file()
    assert not (out / "binary.txt.json").exists()
    assert not list(out.rglob("*.tmp"))
    err = capsys.readouterr().err
    assert err.strip().splitlines()[-1] == (
        "7 documents: 2 ok, 5 failed to read; 33 items; 0 checks failed, 3 warned"
    )


def test_all_good_exits_zero_and_saves_text(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert main([str(SEED), "-o", str(out), "-q", "--save-text"]) == 0
    doc = json.loads((out / f"{SEED.name}.json").read_text(encoding="utf-8"))
    text = (out / f"{SEED.name}.txt").read_text(encoding="utf-8")
    item = doc["items"][3]
    assert text[item["span"]["start"] : item["span"]["end"]] == item["text"]


def test_usage_errors_exit_two(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(tmp_path / "missing")]) == 2
    with pytest.raises(SystemExit) as e:
        main(["--no-such-flag"])
    assert e.value.code == 2


def test_help_explains_the_exit_status(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert "Exit status 0" in out
    assert "--save-text" in out
    assert "example:" in out


def test_committed_outputs_are_what_the_tool_writes(tmp_path: Path) -> None:
    out = tmp_path / "out"
    main([str(CORPUS), "-o", str(out), "-q"])
    committed = sorted(
        p.relative_to(ROOT / "outputs")
        for p in (ROOT / "outputs").rglob("*")
        if p.is_file() and p.name != CACHE_NAME
    )
    fresh = sorted(p.relative_to(out) for p in out.rglob("*") if p.is_file())
    assert (out / CACHE_NAME).is_file()
    fresh.remove(Path(CACHE_NAME))
    assert committed == fresh
    for rel in fresh:
        assert (out / rel).read_bytes() == (ROOT / "outputs" / rel).read_bytes(), (
            f"outputs/{rel} is stale: run `python -m extractor corpus/ -o outputs/` and commit"
        )


def test_schema_is_current() -> None:
    committed = (ROOT / "schemas" / "document.schema.json").read_text(encoding="utf-8")
    assert committed == document_schema(), (
        "schemas/ is stale: python -c 'import extractor.output as o; o.write_schema()'"
    )


def test_same_input_same_bytes() -> None:
    assert document_json(extract(SEED)) == document_json(extract(SEED))
