"""PDF reader speed against bare pdfplumber ``extract_text`` over the same pages.

Usage: python bench/bench_pdf.py [PDF or folder ...]   (default: ../shared/corpus/pdf)

Each file is timed best-of-N for both: pdfplumber opening the file and calling
``page.extract_text()`` on every page, and ``extractor.readers.pdf.read_pdf`` (tables included).
The budget (issue 4) is a total ratio of at most 1.5.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import pdfplumber

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))  # run from a checkout without installing

from extractor.readers.pdf import read_pdf  # noqa: E402

DEFAULT = REPO.parent / "shared" / "corpus" / "pdf"
BUDGET = 1.5


def bare(path: Path) -> None:
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_text()
            page.flush_cache()


def ours(path: Path) -> None:
    read_pdf(path.read_bytes(), path.name)


def best_of(fn, path: Path, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn(path)
        times.append(time.perf_counter() - start)
    return min(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path, default=[DEFAULT])
    parser.add_argument("-n", "--repeat", type=int, default=3, help="best of N runs (default 3)")
    args = parser.parse_args(argv)
    files = sorted(p for arg in args.paths for p in ([arg] if arg.is_file() else arg.glob("*.pdf")))
    if not files:
        print("no PDF files found", file=sys.stderr)
        return 2
    total_bare = total_ours = 0.0
    print(f"{'file':<58} {'pages':>5} {'bare s':>7} {'ours s':>7} {'ratio':>6}")
    for path in files:
        with pdfplumber.open(path) as pdf:
            pages = len(pdf.pages)
        b = best_of(bare, path, args.repeat)
        o = best_of(ours, path, args.repeat)
        total_bare += b
        total_ours += o
        print(f"{path.name[:58]:<58} {pages:>5} {b:>7.2f} {o:>7.2f} {o / b:>6.2f}")
    ratio = total_ours / total_bare
    print(f"{'total':<58} {'':>5} {total_bare:>7.2f} {total_ours:>7.2f} {ratio:>6.2f}")
    print(f"budget {BUDGET}x: {'within' if ratio <= BUDGET else 'OVER'}")
    return 0 if ratio <= BUDGET else 1


if __name__ == "__main__":
    sys.exit(main())
