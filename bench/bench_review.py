"""What the review views cost: a whole corpus run with ``--html --xlsx`` against the JSON-only run.

Usage: python bench/bench_review.py [CORPUS] [--repeat N] [-j N] [--rss-docs N]
(default CORPUS: ../shared/corpus, else corpus/)

Each run is the command line a user types, in a fresh process and a fresh OUT (so
the cache never serves a document): ``python -m extractor CORPUS -o TMP -q -j N
--timeout 0`` and the same with ``--html --xlsx TMP/tasks.xlsx``, one after the other,
N rounds. No time limit, so that on a loaded machine a slow PDF is not stopped in one
run and read in the other: both runs must read the same documents.
Pages are made in the batch's workers, the index and the ledger in the parent
after the batch. Each round's ratio compares CPU times (user + system time of
the run and of its worker processes) measured back to back, under the same load
from the rest of the machine; the figure is the median round, and the ratio of
the best times is printed beside it, with wall times. The budget (issue 11) is 1.3.

``--rss-docs N`` measures memory instead: N small documents (bench_pipeline.py's), the
batch with and without every view (``--html --xlsx --csv``), peak RSS of the parent and
of the largest worker: the views must keep the parent's memory flat in corpus size.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "corpus"
DEFAULT = SHARED if SHARED.is_dir() else REPO / "corpus"
BUDGET = 1.3


def run(corpus: Path, views: bool, jobs: int) -> tuple[float, float]:
    """(cpu seconds, wall seconds) of one run in a fresh process."""
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [sys.executable, "-m", "extractor", str(corpus), "-o", tmp, "-q", "-j", str(jobs)]
        cmd += ["--timeout", "0"]
        if views:
            cmd += ["--html", "--xlsx", os.path.join(tmp, "tasks.xlsx")]
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        done = subprocess.run(cmd, cwd=REPO, check=False, stderr=subprocess.PIPE, text=True)
        if done.returncode > 1 or "Traceback" in done.stderr:  # 1: a file could not be read
            sys.exit(f"{' '.join(cmd)} failed:\n{done.stderr[-2000:]}")
        wall = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        summary = json.loads((Path(tmp) / "report.json").read_text(encoding="utf-8"))["summary"]
        print(f"  {summary['ok']} documents read, {summary['items']} items", file=sys.stderr)
        if views:
            pages = sum(1 for _ in Path(tmp).rglob("*.html"))
            rows = sum(1 for p in Path(tmp).rglob("*.json") if not p.name.startswith(".")) - 1
            assert (Path(tmp) / "tasks.xlsx").is_file()
            assert (Path(tmp) / "report.md").is_file()
            print(f"  views run wrote {pages} pages, a ledger of {rows} documents", file=sys.stderr)
    return cpu, wall


def memory(count: int, jobs: int) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from bench_pipeline import _cli, _write_corpus, plan_bodies

    with tempfile.TemporaryDirectory(prefix="extractor-bench-") as tmp:
        corpus = Path(tmp) / "corpus"
        chars = _write_corpus(corpus, plan_bodies(), count, cut=1500)
        print(f"batch of {count} small documents ({chars:,} chars), -j {jobs}:")
        for label, extra in (
            ("JSON only", []),
            ("--html --xlsx --csv", ["--html", "--xlsx", f"{tmp}/t.xlsx", "--csv", f"{tmp}/t.csv"]),
        ):
            out = str(Path(tmp) / label.replace(" ", ""))
            seconds, rss = _cli([str(corpus), "-o", out, "-q", "-j", str(jobs), *extra])
            print(
                f"  {label:<20} {seconds:6.0f} s wall; peak RSS parent {rss['parent']:.0f} MB, "
                f"largest worker {rss['worker']:.0f} MB"
            )


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("corpus", nargs="?", type=Path, default=DEFAULT)
    p.add_argument("--repeat", type=int, default=3)
    p.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1, help="worker processes")
    p.add_argument("--rss-docs", type=int, default=0, help="measure memory over N documents")
    args = p.parse_args()
    if args.rss_docs:
        memory(args.rss_docs, args.jobs)
        return 0
    plain: list[tuple[float, float]] = []
    views: list[tuple[float, float]] = []
    for n in range(args.repeat):
        plain.append(run(args.corpus, views=False, jobs=args.jobs))
        views.append(run(args.corpus, views=True, jobs=args.jobs))
        print(
            f"round {n + 1}: JSON only {plain[-1][0]:.1f} s cpu, "
            f"--html --xlsx {views[-1][0]:.1f} s cpu",
            file=sys.stderr,
        )
    cpu_plain, cpu_views = min(c for c, _ in plain), min(c for c, _ in views)
    wall_plain, wall_views = min(w for _, w in plain), min(w for _, w in views)
    rounds = sorted(v[0] / p[0] for p, v in zip(plain, views, strict=True))
    ratio = statistics.median(rounds)
    print(f"corpus: {args.corpus}, -j {args.jobs}")
    print(f"JSON only (best):     {cpu_plain:7.1f} s cpu  {wall_plain:7.1f} s wall")
    print(f"--html --xlsx (best): {cpu_views:7.1f} s cpu  {wall_views:7.1f} s wall")
    print(
        f"ratio (cpu, median of {len(rounds)} rounds): {ratio:.2f}   rounds "
        f"{', '.join(f'{r:.2f}' for r in rounds)}; best times {cpu_views / cpu_plain:.2f}; "
        f"wall {wall_views / wall_plain:.2f}; budget {BUDGET}"
    )
    return 0 if ratio <= BUDGET else 1


if __name__ == "__main__":
    sys.exit(main())
