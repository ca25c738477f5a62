"""Mutation testing of the checker over the gold plans and the wild corpus (issue 8, "Method").

    .venv/bin/python bench/bench_mutations.py [-o bench/out] [--limit N] [--rule RULE ...]

Plants every variant ``tests/checker_mutations.py`` makes (one number a passing check covers,
its leading digit one up or down) and prints, per rule: the passing checks tested, the variants,
the share caught at the right place with nothing else changed, the share caught per direction,
and how many variants flagged or moved something elsewhere. Writes every outcome to
``OUT/mutations.jsonl`` and the variants that were missed or changed something elsewhere to
``OUT/mutations-missed.md`` (``bench/out/`` is not committed).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import asdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractor.checks import CHECKS  # noqa: E402
from tests.checker_mutations import Tally, documents, survey, tally  # noqa: E402


def _row(rule: str, passing: int, t: Tally) -> str:
    up = t.by_direction.get("up", [0, 0])
    down = t.by_direction.get("down", [0, 0])

    def share(x: int, n: int) -> str:
        return f"{x / n:.0%} ({x}/{n})" if n else "–"

    return (
        f"| `{rule}` | {passing} | {t.checks} | {share(t.checks_all_caught, t.checks)} "
        f"| {t.variants} | {share(t.caught_clean, t.variants)} "
        f"| {share(up[0], up[1])} | {share(down[0], down[1])} "
        f"| {t.flagged_elsewhere} | {t.moved_elsewhere} |"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--out", type=Path, default=ROOT / "bench" / "out")
    parser.add_argument("--limit", type=int, default=None, help="only the first N documents")
    parser.add_argument("--rule", action="append", help="only variants about this rule's checks")
    args = parser.parse_args()
    names = documents()[: args.limit]
    started = time.process_time()
    result = survey(names, rules=args.rule)
    outcomes = result.outcomes
    seconds = time.process_time() - started
    args.out.mkdir(parents=True, exist_ok=True)
    with (args.out / "mutations.jsonl").open("w", encoding="utf-8") as f:
        for o in outcomes:
            f.write(json.dumps(asdict(o), ensure_ascii=False) + "\n")
    with (args.out / "mutations-missed.md").open("w", encoding="utf-8") as f:
        for o in outcomes:
            if o.clean:
                continue
            what = "missed" if not o.caught else "caught, but something else changed"
            f.write(f"- {what}: `{o.rule}` {o.document} {o.number} ({o.variant.direction})\n")
            for message in o.checks:
                f.write(f"  - passing check: {message}\n")
            for line in o.found:
                f.write(f"  - {line}\n")
        for name, rule, message in result.untested:
            f.write(f"- no variant about it: `{rule}` {name}: {message}\n")
    print(
        f"{len(names)} documents, {len(outcomes)} variants, {seconds:.0f} s CPU\n\n"
        "| rule | passing checks | with a variant about them | checks with every variant caught "
        "| variants | caught, nothing else changed | caught, digit up | caught, digit down "
        "| flagged elsewhere | moved elsewhere |\n"
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
    )
    table = tally(outcomes)
    for rule in sorted(result.passing, key=list(CHECKS).index):
        if args.rule and rule not in args.rule:
            continue
        print(_row(rule, result.passing[rule], table.get(rule, Tally())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
