"""Other projects' test inputs (tests/outside_cases.py): every in-scope case, and the score.

The cases are Recognizers-Text's, jionlp's and cn2an's inputs with our expected values;
issue 9 set the bar: at least 90 % exactly right, no silently wrong value, and no
quantity found in an input that holds none.
"""

from __future__ import annotations

import sys
from decimal import Decimal

import pytest

from extractor.numbers import parse_number
from extractor.quantities import find_quantities
from tests import outside_score
from tests.outside_cases import NUMBERS, OUT_OF_SCOPE, QUANTITIES, OutsideCase
from tests.quantity_cases import render


@pytest.mark.parametrize(
    ("source", "text", "value"), NUMBERS, ids=[f"{c[0]}:{c[1]}" for c in NUMBERS]
)
def test_number(source: str, text: str, value: str | None) -> None:
    assert parse_number(text) == (None if value is None else Decimal(value))


@pytest.mark.parametrize("case", QUANTITIES, ids=[c.id for c in QUANTITIES])
def test_quantity(case: OutsideCase) -> None:
    assert tuple(render(case.text, q) for q in find_quantities(case.text)) == case.expected


def test_the_score_meets_issue_9() -> None:
    total = outside_score.totals()["all"]
    assert total.cases == len(NUMBERS) + len(QUANTITIES)
    assert total.exact / total.cases >= 0.9
    assert total.wrong == 0
    assert total.in_none == 0


def test_the_scorer_counts_wrong_values_and_finds_in_none() -> None:
    """The score is no tautology: a wrong value and a find in an empty input are counted."""
    wrong = outside_score.score_quantity(OutsideCase("t", "投资100万元", ("100万元=1 元 money",)))
    assert (wrong.exact, wrong.wrong, wrong.missed) == (0, 1, 1)
    in_none = outside_score.score_quantity(OutsideCase("t", "投资100万元", ()))
    assert (in_none.exact, in_none.in_none) == (0, 1)
    number = outside_score.score_number("t", "一百", "99")
    assert (number.exact, number.wrong) == (0, 1)


def test_cases_are_in_scope_and_sourced() -> None:
    sources = {c.source for c in QUANTITIES} | {s for s, _, _ in NUMBERS}
    named = vars(sys.modules["tests.outside_cases"]).items()
    assert sources <= {v for k, v in named if k.isupper() and isinstance(v, str)}
    assert all(reason for _, _, reason in OUT_OF_SCOPE)
    texts = {c.text for c in QUANTITIES} | {t for _, t, _ in NUMBERS}
    assert not texts & {t for _, t, _ in OUT_OF_SCOPE}
