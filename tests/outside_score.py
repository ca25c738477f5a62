"""Scoring the outside cases (tests/outside_cases.py): exact, wrong values, finds in none.

Shared by tests/test_outside.py and bench/bench_outside.py.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal

from extractor.numbers import parse_number
from extractor.quantities import find_quantities
from tests.outside_cases import NUMBERS, QUANTITIES, OutsideCase
from tests.quantity_cases import render


def value_key(item: str) -> str:
    """``surface=value unit kind[ qualifier]`` -> ``value unit kind``: what a checker uses."""
    _, rest = item.rsplit("=", 1)
    return " ".join(rest.split(" ")[:3])


@dataclass
class Score:
    cases: int = 0
    exact: int = 0
    wrong: int = 0  # values returned that the case does not hold
    in_none: int = 0  # quantities found in an input that holds none
    missed: int = 0  # expected values not returned
    failures: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        self.cases += other.cases
        self.exact += other.exact
        self.wrong += other.wrong
        self.in_none += other.in_none
        self.missed += other.missed
        self.failures += other.failures


def score_quantity(case: OutsideCase) -> Score:
    got = tuple(render(case.text, q) for q in find_quantities(case.text))
    s = Score(cases=1, exact=int(got == case.expected))
    want_keys = Counter(value_key(e) for e in case.expected)
    got_keys = Counter(value_key(g) for g in got)
    extra = sum((got_keys - want_keys).values())
    if case.expected:
        s.wrong = extra
    else:
        s.in_none = extra
    s.missed = sum((want_keys - got_keys).values())
    if not s.exact:
        s.failures.append(f"{case.id}\n    want {case.expected}\n    got  {got}")
    return s


def score_number(source: str, text: str, value: str | None) -> Score:
    got = parse_number(text)
    want = None if value is None else Decimal(value)
    s = Score(cases=1, exact=int(got == want))
    if got is not None and got != want:
        if want is None:
            s.in_none = 1
        else:
            s.wrong = 1
    if want is not None and got != want:
        s.missed = 1
    if not s.exact:
        s.failures.append(f"{source}:{text!r}: want {want}, got {got}")
    return s


def totals() -> dict[str, Score]:
    """Per source, per table: ``{"numbers RT-NumberModel": Score, ...}`` plus "all"."""
    out: dict[str, Score] = {}
    for source, text, value in NUMBERS:
        out.setdefault(f"numbers    {source}", Score()).add(score_number(source, text, value))
    for case in QUANTITIES:
        out.setdefault(f"quantities {case.source}", Score()).add(score_quantity(case))
    everything = Score()
    for s in list(out.values()):
        everything.add(s)
    out["all"] = everything
    return out
