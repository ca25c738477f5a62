"""A figure stated twice in the text (extractor/checks/restated.py): real sentences, each stated
again elsewhere as the document states it or with a planted error, and as many pairs that are
not one quantity (another scope, coverage, year or act, a part in the same sentence, a target).

The seed is 石景山区2018年精准扶贫工作计划 (corpus/); the other sentences are quoted from the
documents named in each case (../shared/corpus/wild), set under a title and headings of their
kind so that the pipeline reads them as it reads those documents.
"""

from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest

from extractor import extract_text, pipeline
from extractor.checks.restated import check_restated_figure, name_of, statements
from extractor.facts import Analysis
from extractor.tables import restated as R
from tests.shared_docs import SHARED, seed_text
from tests.test_checks_numeric import analyse

Found = list[tuple[str, Decimal | None, Decimal | None]]

# yunnan 2026 政府工作报告: "一般公共预算支出3.4万亿元，74%以上用于民生。"
YUNNAN = (
    "某省2026年政府工作报告\n一、2025年工作回顾\n一般公共预算支出3.4万亿元，74%以上用于民生。\n"
    "二、财政运行情况\n全年一般公共预算支出3.4万亿元，74%以上用于民生。\n"
)
# guangdong 2026 政府工作报告: "新一轮市际横向帮扶协作投入帮扶资金179亿元，…"
GUANGDONG = (
    "某省2026年政府工作报告\n一、2025年工作回顾\n新一轮市际横向帮扶协作投入帮扶资金179亿元，"
    "62个省级纵向支持组团实施重点项目1000多个。\n二、帮扶协作\n"
    "新一轮市际横向帮扶协作投入帮扶资金179亿元。\n"
)
# henan 2026 政府工作报告: last year's training, then this year's plan.
HENAN_ACT = (
    "某省2026年政府工作报告\n一、2025年工作回顾\n高考综合改革“首考”平稳落地，"
    "完成职业技能培训284万人次。\n二、2026年工作安排\n新增农村劳动力转移就业40万人，"
    "完成职业技能培训200万人次。\n"
)
# henan 2026 政府工作报告: last year's harvest, then this year's target.
HENAN_TARGET = (
    "某省2026年政府工作报告\n一、2025年工作回顾\n进出口总值增长14.1%，粮食产量1350.97亿斤，"
    "主要指标增速居全国前列。\n二、2026年工作安排\n居民收入增长与经济增长同步，"
    "粮食产量1300亿斤以上、力争比去年实现更多增长。\n"
)
# jiangxi 2020 市场监督管理局部门预算: all the money, then what the budget pays.
JIANGXI_COVERAGE = (
    "江西省市场监督管理局2020年部门预算\n一、2020年部门预算收支情况说明\n（二）支出预算情况\n"
    "按支出功能科目划分：一般公共服务支出103689.09万元；教育支出1044.5万元；"
    "卫生健康支出934.6万元。\n（三）财政拨款支出情况\n"
    "按支出功能分类划分: 一般公共服务支出46947万元，教育支出429.5万元，卫生健康支出934.6万元。\n"
)
# jiangxi 2020 市场监督管理局部门预算: the funds of a subset, in the same sentence.
JIANGXI_SUBSET = (
    "江西省市场监督管理局2020年部门预算\n（八）一级项目绩效目标设置情况\n"
    "2020年实行绩效目标管理的一级项目6个，涉及资金62104.53万元，其中：二级项目134个"
    "（部门预算中200万元以上的，且进行绩效评审的项目55个，涉及资金56341.30万元）。\n"
)


def _found(text: str) -> Found:
    doc = extract_text(text, "plan.txt")
    return [(c.status, c.expected, c.actual) for c in doc.checks if c.rule == "restated_figure"]


SEED_PASSES: Found = [("pass", None, None)] * 3


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        # "其中称多县2686户、9256人" restated in its section as "建档立卡贫困人口2686户9256人未脱贫"
        pytest.param("其中称多县2686户", "其中称多县2696户", (Decimal(2696), Decimal(2686))),
        # "缺技术90户280人" restated in item 17 as "针对称多县因缺少技术致贫的90户280人"
        pytest.param("缺技术90户280人", "缺技术90户290人", (Decimal(290), Decimal(280))),
        # "顺平县3496户 、7072人" restated as "顺平县现有建档立卡贫困人口3496户7072人"
        pytest.param(
            "现有建档立卡贫困人口3496户",
            "现有建档立卡贫困人口3196户",
            (Decimal(3496), Decimal(3196)),
        ),
    ],
)
def test_a_seed_figure_restated_differently_fails_at_both_places(
    old: str, new: str, expected: tuple[Decimal, Decimal]
) -> None:
    text = seed_text()
    assert _found(text) == SEED_PASSES
    planted = text.replace(old, new, 1)
    doc = extract_text(planted, "plan.txt")
    (fail,) = [c for c in doc.checks if c.rule == "restated_figure" and c.status == "fail"]
    assert (fail.expected, fail.actual) == expected
    quoted = [planted[s.start : s.end] for s in fail.spans]
    said, again = (str(v) for v in expected)
    assert len(quoted) == 2
    assert said in quoted[0]
    assert again in quoted[1]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        pytest.param(YUNNAN, [("pass", None, None)], id="yunnan-budget"),
        pytest.param(
            YUNNAN.replace("全年一般公共预算支出3.4", "全年一般公共预算支出3.9"),
            [("fail", Decimal("3.4E12"), Decimal("3.9E12"))],
            id="yunnan-budget-planted",
        ),
        pytest.param(GUANGDONG, [("pass", None, None)], id="guangdong-funds"),
        pytest.param(
            GUANGDONG.replace("资金179亿元。", "资金189亿元。"),
            [("fail", Decimal("1.79E10"), Decimal("1.89E10"))],
            id="guangdong-funds-planted",
        ),
        # negatives: not one quantity stated twice
        pytest.param(HENAN_ACT, [], id="an-act-each-year"),
        pytest.param(HENAN_TARGET, [], id="a-target-hedged"),
        pytest.param(JIANGXI_COVERAGE, [], id="another-coverage"),
        pytest.param(JIANGXI_SUBSET, [], id="a-subset-in-the-same-sentence"),
    ],
)
def test_a_named_amount_stated_twice(text: str, found: Found) -> None:
    assert _found(text) == found


def test_other_scopes_years_and_items_are_not_restatements() -> None:
    """In the seed: 称多县's 2015 figure (5459户) is not its 2017 one (2686户); 称多县's 9个贫困村
    are not 顺平县's 126个; each item's 完成N个扶贫项目 is its own."""
    a = analyse(seed_text())
    messages = [c.message for c in check_restated_figure(a)]
    assert not any("5459" in m or "贫困村" in m or "扶贫项目" in m for m in messages)
    assert len(messages) == 3


@pytest.mark.parametrize(
    ("label", "name"),
    [
        ("2015年称多县建档立卡贫困人口", "贫困人口"),  # seed
        ("因缺少技术致贫的", "缺技术"),  # seed, item 17
        ("我区四个携手奔小康地区共有建档立卡贫困人口", "贫困人口"),  # seed
        ("全年一般公共预算支出", "一般公共预算支出"),
        # negatives: the words that make another name stay
        ("完成职业技能培训", "完成职业技能培训"),  # henan 2026
        ("新一轮市际横向帮扶协作投入帮扶资金", "新一轮市际横向帮扶协作投入帮扶资金"),
        ("财政拨款支出预算", "财政拨款支出预算"),  # jiangxi 2020
        ("上年收入合计", "上年收入"),  # putuo 2024 部门决算: 合计 said again, 上年 kept
    ],
)
def test_names_as_compared(label: str, name: str) -> None:
    a = analyse(seed_text())
    assert name_of(a, label) == name


def test_every_other_year_word_keeps_a_number_out() -> None:
    """上年, 去年, 同期 … before a number: another year's, never restating this year's."""
    for word in R.OTHER_YEAR_WORDS:
        text = YUNNAN.replace("全年一般公共预算支出3.4", f"{word}一般公共预算支出3.9")
        assert _found(text) == [], word


def _restated(text: str) -> list[tuple[str, str]]:
    return [(c.status, c.message) for c in extract_text(text).checks if c.rule == "restated_figure"]


def test_a_plan_that_lost_its_line_breaks_keeps_its_restatements() -> None:
    """The seed joined: "…特制定石景山区2018年精准扶贫工作计划,具体如下:一、总体要求(一)工作目标
    目前,…其中称多县2686户" is one sentence, and the plan's name lent the overview's numbers its
    year (2018), so they no longer met the sections' 截止2017年底 figures."""
    lines = _restated(seed_text())
    joined = _restated(seed_text().replace("\n", ""))
    assert [s for s, _ in joined] == ["pass", "pass", "pass"]
    assert [m.split(" is ")[0] for _, m in joined] == [m.split(" is ")[0] for _, m in lines]


def test_a_total_row_is_named_by_its_lone_column() -> None:
    """guizhou-changshun 2017: "总投资规模10.581亿元" and the table row "合计 | 191 | 10.581"
    under "投资规模（亿元）": one column in 亿元, whose header names the quantity."""
    from tests.shared_docs import shared_text

    text = shared_text("corpus/real/guizhou-changshun-daihua-jipin-xiangzhen-yaoqiu-2017.txt")
    found = [m for s, m in _restated(text) if s == "pass"]
    assert any(m.startswith("总投资规模10.581亿元 agrees with the table") for m in found)
    # a lone 预算数 / 决算数 column still names nothing (the stage words, tables/tabular.py)
    planted = text.replace("投资规模（亿元）", "预算数（亿元）")
    assert not any("10.581亿元 agrees" in m for _, m in _restated(planted))


def test_handed_groups_read_as_grouping_again(monkeypatch: pytest.MonkeyPatch) -> None:
    """The check reads the groups the figures stage made (pipeline._handed_groups): the same
    statements as grouping the body's quantities again, over the seed, the cases above and the
    real plans of ../shared/corpus/real when it is there."""
    texts = [seed_text(), YUNNAN, GUANGDONG, HENAN_ACT]
    real = SHARED / "corpus" / "real"
    texts += [p.read_text(encoding="utf-8") for p in sorted(real.glob("*.txt"))]
    seen: list[Analysis] = []
    monkeypatch.setattr(pipeline, "run_checks", lambda a: seen.append(a) or [])
    for k, text in enumerate(texts):
        extract_text(text, f"d{k}")
    assert len(seen) == len(texts)
    for a in seen:
        assert a.groups is not None
        assert statements(a) == statements(dataclasses.replace(a, groups=None))
