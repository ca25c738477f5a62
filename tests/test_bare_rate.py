"""A rate written without its % (extractor/checks/bare_rate.py), on real sentences."""

from __future__ import annotations

import pytest

from extractor.pipeline import extract_text

_DOC = (
    "上海市普陀区规划和自然资源局2024年度部门决算\n一、收支情况\n{}\n二、其他\n本部门无下属单位。\n"
)


def _warned(sentence: str) -> list[str]:
    doc = extract_text(_DOC.format(sentence))
    return [
        c.message
        for c in doc.checks
        if c.rule == "percentage" and c.status == "warn" and "without its %" in c.message
    ]


BARE = [
    # putuo planning bureau 2024 决算, 五（一）, as published (its 四 writes 增长13.95%)
    "一般公共预算财政拨款支出9746.50万元。与2023年度相比，一般公共预算财政拨款支出增加1193.20万元，增长13.95。主要原因：项目支出增加。",
    # the same with a fall
    "机关运行经费支出142.80万元，比2023年度减少13.52万元，下降8.65，主要原因是压减开支。",
]
NOT_BARE = [
    # ibid., 四: the rate with its %
    "本年支出合计9759.38万元。与2023年度相比，增加1193.20万元，增长13.95%。",
    # units of their own: times, points, an amount
    "收入增加1193.20万元，增长1.5倍。",
    "支出减少13.52万元，占比下降3.25个百分点。",
    "收入增加1193.20万元，增长13.95万元的部分为项目支出。",
    # no change in money before it: a report's growth figure, a decimal of its own
    "地区生产总值增长5.2。",
    "支出增加1193.20万元。全市人口增长0.35。",
]


@pytest.mark.parametrize("sentence", BARE)
def test_a_rate_without_its_percent_sign_is_a_warning(sentence: str) -> None:
    (message,) = _warned(sentence)
    assert message.startswith("a rate without its %: “")


@pytest.mark.parametrize("sentence", NOT_BARE)
def test_not_a_bare_rate(sentence: str) -> None:
    assert _warned(sentence) == []


def test_negatives_outnumber_positives() -> None:
    assert len(NOT_BARE) >= len(BARE)
