"""Growth rates, completion rates, shares of money, changes and direction words
(rules ``percentage``, ``change``, ``direction``), on real sentences of 部门决算, 部门预算 and
政府工作报告, on the same sentences with one number or word planted, and on negatives."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractor import extract_text
from extractor.model import Check, Document
from tests.rate_cases import FROM_CORPUS, NEGATIVE, PLANTED, SYNTHETIC
from tests.shared_docs import SHARED

RULES = ("percentage", "change", "direction")
PDF = SHARED / "corpus" / "pdf"


def _checks(text: str, rule: str) -> list[Check]:
    return [c for c in extract_text(text, "case.txt").checks if c.rule == rule]


def _found(checks: list[Check]) -> list[tuple[str, Decimal | str | None, Decimal | str | None]]:
    return [(c.status, c.expected, c.actual) for c in checks]


def _sentence(table: Sequence[tuple[Any, ...]], fragment: str, rule: str | None = None) -> str:
    """The one sentence of a case table that contains ``fragment`` (in a case of ``rule``)."""
    (found,) = {c[1] for c in table if fragment in c[1] and rule in (None, *c)}
    return str(found)


def _covers(c: Check, start: int, end: int) -> bool:
    return any(s.start < end and start < s.end for s in c.spans)


def _findings(doc: Document) -> list[tuple[str, str, str]]:
    return [(c.rule, c.status, c.message) for c in doc.checks if c.status != "pass"]


# ---- FROM_CORPUS and SYNTHETIC ------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "sentence", "rule", "want"),
    FROM_CORPUS + SYNTHETIC,
    ids=[f"{c[0]}:{c[1][:24]}" for c in FROM_CORPUS + SYNTHETIC],
)
def test_rule_on_a_real_sentence(
    source: str,
    sentence: str,
    rule: str,
    want: list[tuple[str, Decimal | str | None, Decimal | str | None]],
) -> None:
    assert _found(_checks(sentence, rule)) == want


def test_base_zero_message_names_the_convention() -> None:
    # party-2024: "机关运行经费支出 10.23 万元，比 2023 年度增加 10.23 万元，增长 100.00%"
    (c,) = _checks(_sentence(FROM_CORPUS, "增加 10.23 万元，增长 100.00%"), "percentage")
    assert "previous value is 0" in c.message
    assert "convention" in c.message


def test_completion_against_the_other_budget_says_so() -> None:
    # party-2024: 年初预算为0万元，全年预算为321.02万元 … 完成年初预算的95.89% (= 307.82 / 321.02)
    (c,) = _checks(_sentence(FROM_CORPUS, "完成年初预算的95.89%。", "percentage"), "percentage")
    assert c.message.endswith(
        "307.82万元 / 321.02万元 = 95.89%, against 全年预算 rather than the 年初预算 it names"
        " (年初预算 0万元)"
    )


def test_growth_quotes_both_sides() -> None:
    sentence = _sentence(FROM_CORPUS, "增加1062.85万元，增长12.08%。主要原因")
    (c,) = _checks(sentence, "percentage")
    quoted = [sentence[s.start : s.end] for s in c.spans]
    assert quoted == ["12.08%", "增加", "9859.38万元", "1062.85万元"]
    assert c.message.startswith("上海市普陀区规划和自然资源局2024年度收入支出总计9859.38万元。")


# ---- PLANTED --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "sentence", "old", "new", "rule"),
    PLANTED,
    ids=[f"{c[0]}:{c[2]}->{c[3]}" for c in PLANTED],
)
def test_planted_error_fails_at_its_place(
    source: str, sentence: str, old: str, new: str, rule: str
) -> None:
    statuses = [c.status for c in _checks(sentence, rule)]
    assert statuses
    assert set(statuses) == {"pass"}
    at = sentence.index(old)
    planted = sentence[:at] + new + sentence[at + len(old) :]
    failed = [c for c in _checks(planted, rule) if c.status == "fail"]
    assert failed, f"no {rule} failure for {new}"
    assert all(_covers(c, at, at + len(new)) for c in failed)


def test_planted_direction_word_says_what_the_numbers_do() -> None:
    # party-2024 item 2, 决算数小于全年预算数 turned into 大于
    planted = _sentence(PLANTED, "支出决算为 11.31 万元").replace("小于", "大于")
    (c,) = _checks(planted, "direction")
    assert c.message == "决算数大于全年预算数, but 支出决算11.31 万元 小于 全年预算17.68 万元"
    assert (c.expected, c.actual) == ("大于", "小于")


def test_flipped_verb_with_the_change_only_is_named() -> None:
    # planning-2024: 142.80万元，比2023年度减少13.52万元，下降8.65% with 减少 read as 增加
    sentence = "机关运行经费支出142.80万元，比2023年度增加13.52万元，下降8.65%。"
    (c,) = _checks(sentence, "percentage")
    assert c.status == "fail"
    assert "holds if the change is the other way" in c.message


# ---- NEGATIVE -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "sentence", "rule"), NEGATIVE, ids=[f"{c[0]}:{c[1][:24]}" for c in NEGATIVE]
)
def test_no_false_alarm(source: str, sentence: str, rule: str) -> None:
    assert [c.message for c in _checks(sentence, rule) if c.status != "pass"] == []


def test_negatives_outnumber_positives() -> None:
    assert len(NEGATIVE) >= len(FROM_CORPUS) + len(SYNTHETIC)


# ---- the grammar table and hostile text -----------------------------------------------------


def _grammar() -> dict[str, list[str]]:
    from extractor.tables import rates

    found = {}
    for name in dir(rates):
        value = getattr(rates, name)
        if name.isupper() and isinstance(value, (dict, tuple)):
            found[name] = list(value)
    return found


@pytest.mark.parametrize(("name", "entries"), list(_grammar().items()), ids=list(_grammar()))
def test_rates_table_is_well_formed(name: str, entries: list[str]) -> None:
    assert entries, f"{name} is empty"
    assert all(isinstance(e, str) and e and e.strip() == e for e in entries), name
    assert len(entries) == len(set(entries)), f"{name} has duplicates"


_PIECES = [
    "比上年", "与2023年度相比，", "同比", "增加", "减少", "增长", "下降", "持平", "提高",
    "从", "由", "到", "至", "其中：", "主要用于：", "占", "的", "，", "。", "；", "\n", " ",
    "年初预算为", "全年预算为", "支出决算为", "决算数小于预算数", "决算数与全年预算数持平",
    "完成年初预算的", "收入支出总计", "307.82万元", "0万元", "100.00%", "12.08%", "2.5个百分点",
    "约", "以上", "-3.8%", "0\ue0102元", "1,062.85万元", "|",
]  # fmt: skip


@given(st.lists(st.sampled_from(_PIECES), max_size=40))
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_any_mix_of_the_grammar_gives_checks_inside_the_text(pieces: list[str]) -> None:
    text = "".join(pieces)
    doc = extract_text(text, "mix.txt")
    for c in doc.checks:
        if c.rule in RULES:
            assert c.status in ("pass", "fail")
            assert all(0 <= s.start < s.end <= len(text) for s in c.spans), c
