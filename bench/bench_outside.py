"""Score the engine on the outside cases (tests/outside_cases.py): other projects' inputs.

    .venv/bin/python bench/bench_outside.py [-v]

Prints, per table and per source suite: how many cases come out exactly right, how many
values are silently wrong (a value returned that the case does not hold), how many
quantities are found in inputs that hold none, and how many are missed. ``-v`` lists
every case that is not exactly right.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.outside_score import totals  # noqa: E402


def main() -> int:
    verbose = "-v" in sys.argv[1:]
    table = totals()
    head = ("table / source", "cases", "exact", "wrong", "in none", "missed")
    print("{:<32} {:>5} {:>7} {:>6} {:>8} {:>7}".format(*head))
    for name, s in table.items():
        share = s.exact / s.cases if s.cases else 0.0
        print(f"{name:<32} {s.cases:>5} {share:>7.1%} {s.wrong:>6} {s.in_none:>8} {s.missed:>7}")
    if verbose:
        print()
        for line in table["all"].failures:
            print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
