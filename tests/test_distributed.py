"""The distributed run writes the bytes the local run writes (issue 12 part 4).

A local Dask cluster of two worker processes, one thread each, started by the test (workers
that are not daemons, so each document runs under the time limit in a child process as it does
locally). The cluster runs in a process of its own: a scheduler hosted in the test process
leaves it with 600 MB more address space after it closes, which every batch worker the later
tests fork inherits and counts against its memory limit. The corpus holds the committed plans,
a damaged GBK text, an empty file, a FIFO and a document that never finishes.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from extractor.cache import CACHE_NAME
from extractor.cli import main
from tests.shared_docs import CORPUS, seed_text

distributed = pytest.importorskip("distributed")

_CLUSTER = """
import sys

import dask
import distributed

if __name__ == "__main__":
    settings = {"distributed.worker.daemon": False, "distributed.admin.tick.limit": "1h"}
    with dask.config.set(settings), distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as local:
        print(local.scheduler_address, flush=True)
        sys.stdin.read()  # until the test closes our stdin
"""


@pytest.fixture(scope="module")
def cluster() -> Iterator[str]:
    with subprocess.Popen(
        [sys.executable, "-c", _CLUSTER],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    ) as process:
        assert process.stdin is not None
        assert process.stdout is not None
        try:
            address = process.stdout.readline().strip()
            assert address.startswith("tcp://"), "the local cluster did not start"
            yield address
        finally:
            process.stdin.close()  # the cluster closes and its process ends
            try:
                process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                process.kill()


def _files(out: Path) -> dict[str, bytes]:
    return {
        p.relative_to(out).as_posix(): p.read_bytes()
        for p in out.rglob("*")
        if p.is_file() and p.name != CACHE_NAME
    }


def test_the_cluster_writes_the_local_bytes(tmp_path: Path, cluster: str) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    damaged = bytearray(seed_text().encode("gb18030"))
    damaged[5000] = 0xFF
    (corpus / "damaged-gbk.txt").write_bytes(bytes(damaged))
    (corpus / "empty.txt").write_bytes(b"")
    os.mkfifo(corpus / "pipe.txt")
    local, remote = tmp_path / "local", tmp_path / "remote"
    common = ["-q", "--save-text", "--force"]
    assert main([str(corpus), "-o", str(local), *common]) == 1
    assert main([str(corpus), "-o", str(remote), *common, "--scheduler", cluster]) == 1
    assert _files(local) == _files(remote)
    assert len(_files(local)) == 2 * 5 + 2  # 5 documents read, json and txt, and the report


def test_a_runaway_document_on_the_cluster_is_stopped(tmp_path: Path, cluster: str) -> None:
    """The time limit holds on a cluster worker too: a limit of 0.001 s stops even the seed."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(CORPUS / "shijingshan-fupin-plan-2018.txt", corpus / "seed.txt")
    out = tmp_path / "out"
    assert (
        main([str(corpus), "-o", str(out), "-q", "--timeout", "0.001", "--scheduler", cluster]) == 1
    )
    report = (out / "report.json").read_text(encoding="utf-8")
    assert "over the limit timeout (still running after 0.001 s of processor time" in report


def test_the_cluster_writes_the_local_pages_index_and_ledger(tmp_path: Path, cluster: str) -> None:
    """Pages travel back from the cluster's workers as bytes; the index and the ledger are
    made here from the rows and the JSON, as in a local run."""
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    (corpus / "empty.txt").write_bytes(b"")
    for name, extra in (("local", []), ("remote", ["--scheduler", cluster])):
        views = tmp_path / name
        views.mkdir()
        args = ["-q", "--html", "--xlsx", str(views / "tasks.xlsx"), "--csv", str(views / "t.csv")]
        assert main([str(corpus), "-o", str(views / "out"), *args, *extra]) == 1
    assert _files(tmp_path / "local") == _files(tmp_path / "remote")
    assert len(_files(tmp_path / "local")) == 4 * 2 + 2 + 1 + 2  # json and page; index; ledger
