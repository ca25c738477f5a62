"""Mutation testing of the checker (issue 8, "Method"): the harness itself, and a fixed, seeded
sample of planted errors in the gold plans and the wild corpus held to tests/mutation_floors.json.

The whole run is ``bench/bench_mutations.py``; the harness is ``tests/checker_mutations.py``.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from extractor import extract_text
from extractor.checks import CHECKS, NOT_ARITHMETIC
from extractor.model import Check
from tests import mutation_floors
from tests.checker_mutations import (
    SHARED,
    Outcome,
    Source,
    Variant,
    arithmetic,
    judge,
    plan,
    variants_of,
)
from tests.shared_docs import seed_text


def _changes(context: str, number: str) -> list[str]:
    at = context.index(number)
    return [v.shown(context).split("->")[1] for v in variants_of(context, at, at + len(number))]


@pytest.mark.parametrize(
    ("context", "number", "changed"),
    [
        # 石景山区2018年精准扶贫工作计划 (seed): “因病致贫的共1365户2753人”
        pytest.param("因病致贫的共1365户2753人", "1365", ["2365"], id="thousands"),
        pytest.param("其中称多县2686户", "2686", ["3686", "1686"], id="both-ways"),
        pytest.param("占所有行政村的53%", "53", ["63", "43"], id="rate"),
        pytest.param("公务接待费支出决算为0.39万元", "0.39", ["0.49", "0.29"], id="decimal"),
        pytest.param("比2023年度减少 0.15 万元", "0.15", ["0.25", "0.05"], id="after-the-point"),
        pytest.param("完成4个扶贫项目", "4", ["9"], id="one-digit"),
        pytest.param("省市县乡四级", "四", ["九"], id="chinese"),
        pytest.param("市、区两级", "两", ["七"], id="liang"),
        pytest.param("五大工程", "五", ["九", "一"], id="five"),
        pytest.param("共给予奖励６０万元", "６０", ["７０", "５０"], id="full-width"),
        pytest.param("约8万元", "8", ["3"], id="last-step-down"),
        pytest.param("9856户", "9856", ["8856"], id="nine-goes-down"),
    ],
)
def test_variants_change_the_leading_digit_far_outside_rounding(
    context: str, number: str, changed: list[str]
) -> None:
    assert _changes(context, number) == changed


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("某县2020年工作计划\n一、2019年基本情况\n", id="year"),
        pytest.param("某县2020年工作计划\n一、基本情况\n于6月30日前完成。\n", id="date"),
        pytest.param("某县2020年工作计划\n一、基本情况\n见第3条。\n", id="ordinal"),
        pytest.param("某县2020年工作计划\n一、基本情况\n13.开展产业带动工程\n", id="heading"),
    ],
)
def test_numbers_no_check_compares_are_not_planted(text: str) -> None:
    """A year, a date, an ordinal and a heading's number are not changed (a parts_sum pass
    spanning the whole text stands in for any check)."""
    doc = extract_text(text)
    fake = Check(
        rule="parts_sum",
        status="pass",
        message="x",
        expected=Decimal(1),
        actual=Decimal(1),
        unit=None,
        spans=[doc.body],
    )
    planted = plan(text, doc.model_copy(update={"checks": [fake]}))
    assert [v.shown(text) for v in planted] == []


def test_every_rule_that_compares_numbers_is_tested() -> None:
    """Rules come from CHECKS: everything outside NOT_ARITHMETIC, and any rule whose checks carry
    a number as expected/actual (a rule added later is covered without a change)."""

    def check(rule: str, expected: Decimal | str | None) -> Check:
        return Check(
            rule=rule,
            status="pass",
            message="",
            expected=expected,
            actual=None,
            unit=None,
            spans=[],
        )

    assert {r for r in CHECKS if arithmetic(check(r, None))} == set(CHECKS) - NOT_ARITHMETIC
    assert arithmetic(check("a_rule_added_later", Decimal(3)))
    assert not arithmetic(check("foreign_scope", "称多县"))


PLAN = (
    "某县2020年工作计划\n一、基本情况\n2019年，两县共有建档立卡贫困人口4500户，"
    "其中甲县2000户，乙县2500户。\n二、工作措施\n（一）开展教育帮扶。\n"
)


def _judged(text: str, number: str, direction: str) -> list[Outcome]:
    doc = extract_text(text)
    planned = plan(text, doc)
    at = text.index(number)
    (variant,) = [v for v in planned if v.start == at and v.direction == direction]
    return judge(Source("plan", text), doc, variant, planned[variant])


def test_a_part_raised_is_caught_where_it_was_planted() -> None:
    """甲县2000户 -> 3000户: the parts add up to 5500户 against 4500户, at the changed part."""
    (outcome,) = _judged(PLAN, "2000户", "up")
    assert (outcome.rule, outcome.number, outcome.caught) == ("parts_sum", "2000->3000", True)
    assert outcome.clean
    assert "5500户" in outcome.found[0]


def test_a_part_lowered_under_other_parts_is_a_miss() -> None:
    """甲县2000户 -> 1000户: 其中 may list only some parts, so today nothing fails; the harness
    counts it as missed, it does not drop it."""
    (outcome,) = _judged(PLAN, "2000户", "down")
    assert (outcome.rule, outcome.caught) == ("parts_sum", False)


def test_a_number_the_check_never_reads_is_not_about_it() -> None:
    text = PLAN.replace("乙县2500户。", "乙县2500户，占地30平方公里。")
    doc = extract_text(text)
    at = text.index("30平方公里")
    variant = Variant(at, "3", "8", "up", at, at + 2)
    passing = [k for k, c in enumerate(doc.checks) if c.rule == "parts_sum"]
    assert judge(Source("plan", text), doc, variant, passing) == []


def test_issue_8_seed_a_cause_raised_is_caught() -> None:
    """石景山区2018年精准扶贫工作计划: make 顺平县's “因病致贫的共1365户” 2365 instead; the 3496户
    figure used to disappear and nothing failed (the breakdown finder now ignores arithmetic)."""
    outcomes = _judged(seed_text(), "1365户", "up")
    assert any(o.rule == "parts_sum" and o.caught for o in outcomes)


@pytest.fixture(scope="module")
def measured() -> dict[str, dict[str, float]]:
    if not (SHARED / "corpus" / "wild").is_dir():
        pytest.skip(f"{SHARED} not found: the mutation sample reads ../shared")
    return mutation_floors.measure(mutation_floors.load())


def test_the_sample_holds_every_floor(measured: dict[str, dict[str, float]]) -> None:
    """Each rule catches at least its pinned share of the sample's planted errors and flags
    nothing new elsewhere beyond its ceiling."""
    worse, _ = mutation_floors.differences(mutation_floors.load(), measured)
    assert worse == []


def test_the_floors_are_raised_with_the_checker(measured: dict[str, dict[str, float]]) -> None:
    """A rule that does better than pinned moves its floor in the same commit:
    ``python -m tests.mutation_floors``."""
    _, better = mutation_floors.differences(mutation_floors.load(), measured)
    assert better == []
