"""The peer's planted-error 决算, rebuilt (issue 8): what the extractor flags of the eight
errors ``tests/peer_plants.py`` plants in each real 2024 部门决算.

    .venv/bin/python bench/bench_peer.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.peer_plants import PLANTS, run  # noqa: E402


def main() -> int:
    for copy in PLANTS:
        result = run(copy)
        print(f"{copy[0]} (copy {copy[1]}): {result.caught} of {result.planted}")
        for v in result.verdicts:
            print(f"  {'caught' if v.caught else 'MISSED'}  {v.kind:11} {v.label}")
            for line in v.found:
                print(f"      {line[:160]}")
        for line in result.elsewhere:
            print(f"  elsewhere: {line[:160]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
