"""The hostile-input run as a benchmark: mutated real documents through the whole batch.

    python bench/fuzz_batch.py [--cases 10000] [--jobs 2] [--timeout 30] [--keep DIR]

Writes ``--cases`` mutated files (tests/mutations.py: the seed plan as UTF-8, GBK and UTF-16
text, UTF-8 and GBK web pages, a Word file mutated as bytes and inside its XML, a PDF, and the
smallest real PDF and DOCX of ../shared) into a temporary corpus, runs ``python -m extractor``
over it in-process, and checks what issue 10 promises: the batch finishes with exit status 0
or 1, report.json has a row for every file, every error is one line, no document is an
internal error, and no file took more than the time limit. Prints the counts and the worst
documents; exits 1 when a promise is broken.
"""

from __future__ import annotations

import argparse
import collections
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractor.cli import main as extractor_main  # noqa: E402
from tests.mutations import write_cases  # noqa: E402


def run(cases: int, jobs: int, timeout: float, folder: Path) -> dict[str, object]:
    corpus, out = folder / "corpus", folder / "out"
    written = write_cases(corpus, cases)
    t0 = time.perf_counter()
    code = extractor_main(
        [str(corpus), "-o", str(out), "-q", "-j", str(jobs), "--timeout", str(timeout), "--force"]
    )
    seconds = time.perf_counter() - t0
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    rows = report["documents"]
    errors = [r.get("error", "") for r in rows if r["status"] != "ok"]
    broken = {
        "exit status not 0/1": code not in (0, 1),
        "rows != files": len(rows) != written,
        "multi-line errors": sum("\n" in e for e in errors),
        "internal errors": sum("internal error" in e for e in errors),
        "timeouts": sum("over the limit timeout" in e for e in errors),
    }
    kinds = collections.Counter(
        e.split(": ", 1)[1].split(" (")[0][:60] if ": " in e else e for e in errors
    )
    return {
        "cases": written,
        "ok": sum(r["status"] == "ok" for r in rows),
        "refused": len(errors),
        "seconds": seconds,
        "broken": broken,
        "errors": kinds.most_common(12),
        "internal": [e for e in errors if "internal error" in e][:10],
        "children_peak_rss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cases", type=int, default=10_000)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--timeout", type=float, default=30.0)
    ap.add_argument("--keep", type=Path, help="write the corpus and output here, and keep them")
    args = ap.parse_args()
    if args.keep:
        result = run(args.cases, args.jobs, args.timeout, args.keep)
    else:
        with tempfile.TemporaryDirectory(prefix="extractor-fuzz-") as tmp:
            result = run(args.cases, args.jobs, args.timeout, Path(tmp))
    print(f"cases        {result['cases']}  ({result['seconds']:.0f} s, -j {args.jobs})")
    print(f"read         {result['ok']}")
    print(f"refused      {result['refused']} (one-line errors)")
    print(f"worker peak  {result['children_peak_rss_mb']:.0f} MB RSS")
    for kind, n in result["errors"]:  # type: ignore[attr-defined]
        print(f"  {n:6d}  {kind}")
    broken = {k: v for k, v in result["broken"].items() if v}  # type: ignore[attr-defined]
    for line in result["internal"]:  # type: ignore[attr-defined]
        print(f"  internal: {line}")
    print("promises     " + ("kept" if not broken else f"BROKEN: {broken}"))
    return 1 if broken else 0


if __name__ == "__main__":
    raise SystemExit(main())
