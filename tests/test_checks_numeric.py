"""Numeric checks over the seed, the real plans and synthetic plans that do not add up."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import pytest

from extractor.boilerplate import find_layout
from extractor.checks.enumerations import check_enumeration_count
from extractor.checks.restated import check_restated_figure
from extractor.checks.shares import check_percentage
from extractor.checks.sums import check_allocation_sum, check_declared_total, check_parts_sum
from extractor.facts import Analysis
from extractor.figures import find_figures
from extractor.items import find_items
from extractor.model import Check
from extractor.outline import find_outline
from extractor.scopes import find_scopes
from extractor.textmap import TextMap
from tests.numeric_cases import REAL, SEED, quantities

NUMERIC: list[Callable[[Analysis], list[Check]]] = [
    check_parts_sum,
    check_allocation_sum,
    check_restated_figure,
    check_percentage,
    check_declared_total,
    check_enumeration_count,
]


def analyse(original: str) -> Analysis:
    """The stages the checks read, run the way the pipeline runs them."""
    tm = TextMap.build(original)
    text = tm.text
    layout = find_layout(text)
    body = layout.body
    nodes = find_outline(text, *body)
    scopes, overview = find_scopes(text, nodes, body)
    qs = [q for q in quantities(text) if body[0] <= q.start and q.end <= body[1]]
    return Analysis(
        tm=tm,
        body=body,
        overview=overview,
        nodes=tuple(nodes),
        items=tuple(find_items(text, nodes)),
        scopes=tuple(scopes),
        quantities=tuple(qs),
        figures=tuple(find_figures(text, qs, *body)),
        year=layout.year,
    )


def run(a: Analysis, *checks: Callable[[Analysis], list[Check]]) -> list[Check]:
    return [c for check in checks or NUMERIC for c in check(a)]


def statuses(checks: list[Check]) -> list[str]:
    return [c.status for c in checks]


@pytest.fixture(scope="module")
def seed() -> Analysis:
    if not SEED.is_file():
        pytest.skip("../shared/corpus/seed is not here")
    return analyse(SEED.read_text(encoding="utf-8"))


def _quoted(a: Analysis, c: Check) -> str:
    return "".join(a.tm.original[s.start : s.end] for s in c.spans)


# ---- FROM_CORPUS: the seed plan (shijingshan-fupin-plan-2018.txt) --------------------------


def test_seed_every_numeric_check_passes(seed: Analysis) -> None:
    found = run(seed)
    assert [c.message for c in found if c.status != "pass"] == []


def test_seed_parts_sum_per_unit(seed: Analysis) -> None:
    found = run(seed, check_parts_sum)
    # 4 figures; 户 and 人 in three of them, only 户 in "其中 328 户因病致贫,109户因残致贫,…"
    assert len(found) == 7
    assert [(c.expected, c.unit) for c in found[:3]] == [
        (Decimal(17869), "户"),
        (Decimal(46818), "人"),
        (Decimal(5459), "户"),
    ]


def test_seed_allocations_of_items_13_and_17(seed: Analysis) -> None:
    # "完成11个扶贫项目。(区发改委(2)、区集体经济办(5)、区商务委(1)、区旅游委(1)、区投促局(2))"
    # "完成4个扶贫项目。(区人保局(3)、区教委(1))"
    found = run(seed, check_allocation_sum)
    assert [(c.status, c.expected) for c in found] == [("pass", 11), ("pass", 4)]
    assert "13" in found[0].message


def test_seed_restated_figures(seed: Analysis) -> None:
    found = run(seed, check_restated_figure)
    quoted = [_quoted(seed, c) for c in found]
    assert statuses(found) == ["pass"] * 3
    assert quoted[0].startswith("称多县2686户、9256人")  # = 建档立卡贫困人口2686户9256人未脱贫
    assert quoted[1] == "缺技术90户280人针对称多县因缺少技术致贫的90户280人"
    assert quoted[2].startswith("顺平县3496户 、7072人")  # = 顺平县现有建档立卡贫困人口3496户7072人


def test_seed_percentage_rounded(seed: Analysis) -> None:
    # "237个行政村" … "顺平县有126个贫困村,占所有行政村的53%": 126/237 = 53.2%
    found = run(seed, check_percentage)
    assert [(c.status, c.expected, c.actual) for c in found] == [
        ("pass", Decimal(53), Decimal("53.16"))
    ]


def test_seed_enumerations(seed: Analysis) -> None:
    found = run(seed, check_enumeration_count)
    msgs = [c.message for c in found if c.status == "pass"]
    assert any(m.startswith("四类贫困人口") for m in msgs)  # 因病、因学、因缺少资金、因缺少技术
    assert any(m.startswith("五大工程") for m in msgs)
    assert any(m.startswith("八个到位") for m in msgs)


def test_seed_without_line_breaks_still_passes(seed: Analysis) -> None:
    joined = analyse(SEED.read_text(encoding="utf-8").replace("\n", ""))
    found = run(joined, check_parts_sum, check_allocation_sum)
    assert statuses(found) == statuses(run(seed, check_parts_sum, check_allocation_sum))


# ---- FROM_CORPUS: real plans: nothing fails or warns -----------------------------------------


@pytest.mark.parametrize(
    "name", sorted(p.name for p in REAL.glob("*.txt")) if REAL.is_dir() else ["(none)"]
)
def test_real_plans_raise_no_false_alarm(name: str) -> None:
    if not REAL.is_dir():
        pytest.skip("../shared/corpus/real is not here")
    a = analyse((REAL / name).read_text(encoding="utf-8"))
    assert [c.message for c in run(a) if c.status != "pass"] == []


def test_jinan_three_year_award_passes() -> None:
    # jinan-xianjin-zhizaoye-shuzi-jingji-zhengce-cuoshi-2019.txt:
    # "分三年共给予６０万元奖励,第一年给予３０万元,第二年给予２０万元,第三年给予１０万元"
    path = REAL / "jinan-xianjin-zhizaoye-shuzi-jingji-zhengce-cuoshi-2019.txt"
    if not path.is_file():
        pytest.skip("../shared/corpus/real is not here")
    a = analyse(path.read_text(encoding="utf-8"))
    found = [c for c in run(a, check_parts_sum) if c.expected == Decimal(600000)]
    assert statuses(found) == ["pass"]
    assert "６０万元" in found[0].message  # the document's own (full-width) words


# ---- SYNTHETIC: plans that do not add up -----------------------------------------------------

OVERVIEW = "一、总体要求\n目前,我区三个结对地区共有建档立卡贫困人口 {total},其中{parts}。\n"


def test_parts_exceeding_the_total_fail() -> None:
    text = OVERVIEW.format(total="1000户、3000人", parts="甲县400户、1200人,乙县700户、1000人")
    found = run(analyse(text), check_parts_sum)
    # 户: 400 + 700 > 1000 fails; 人: 1200 + 1000 < 3000 with two of three areas may be partial
    assert [(c.status, c.unit, c.expected, c.actual) for c in found] == [
        ("fail", "户", Decimal(1000), Decimal(1100))
    ]
    assert statuses(found)[0] == "fail"
    assert "甲县400户" in found[0].message


def test_short_parts_fail_only_when_the_list_is_complete() -> None:
    # 三个…地区 announces three parts, and three are given: a complete list that falls short
    complete = OVERVIEW.format(total="1000户", parts="甲县400户,乙县300户,丙县200户")
    assert statuses(run(analyse(complete), check_parts_sum)) == ["fail"]
    # two of the three: 其中 may list only some parts
    partial = OVERVIEW.format(total="1000户", parts="甲县400户,乙县300户")
    assert statuses(run(analyse(partial), check_parts_sum)) == []
    # a residual part (其他…) closes the list
    residual = "共有贫困人口1000户,其中因病致贫400户,其他原因致贫500户。"
    assert statuses(run(analyse(residual), check_parts_sum)) == ["fail"]


def test_approximate_values_fail_only_past_a_whole_rounding_step() -> None:
    # 约1000 is rounded to the thousand: 1300 is within one step of it
    text = "共有贫困人口约1000户,其中甲县700户,乙县600户。"
    assert statuses(run(analyse(text), check_parts_sum)) == []
    # 余 bounds the value (700 or more): never a mismatch
    text = "共有贫困人口1000户,其中甲县700余户,乙县300户。"
    assert statuses(run(analyse(text), check_parts_sum)) == ["pass"]


# jiangxi-jiangxishengrenminzhengfubangongting-2020-3 (约1300亩 rounded to the hundred)
LAND = (
    "项目总用地约1300亩，其中300亩用于改建新型酶抑制剂及产业链项目，1000亩用于口服药、"
    "注射药全剂型以及生物药生产线及其配套设施建设。"
)


@pytest.mark.parametrize(
    ("number", "slipped", "expected"),
    [
        ("1000亩", "2000亩", ["fail"]),  # 2300 against 约1300: ten steps off
        ("1000亩", "1900亩", ["fail"]),
        ("1000亩", "1100亩", []),  # 1400: one step off, as 约 may be
        ("其中300亩", "其中200亩", []),  # 1200: short by one step, and 其中 may pick
    ],
)
def test_a_rounded_total_against_parts_far_off(
    number: str, slipped: str, expected: list[str]
) -> None:
    assert statuses(run(analyse(LAND), check_parts_sum)) == ["pass"]
    assert LAND.count(number) == 1
    assert statuses(run(analyse(LAND.replace(number, slipped)), check_parts_sum)) == expected


def test_rounded_total_passes() -> None:
    # 2.5亿 + 1.3亿 = 3.8亿 against 3.9亿 written to 0.1亿: within the half-steps
    text = "共安排资金3.9亿元,其中中央资金2.5亿元,地方资金1.3亿元。"
    assert statuses(run(analyse(text), check_parts_sum)) == ["pass"]
    text = "共安排资金4.5亿元,其中中央资金2.5亿元,地方资金1.3亿元,其他资金0.2亿元。"
    assert statuses(run(analyse(text), check_parts_sum)) == ["fail"]


def test_three_year_award_that_does_not_add_up_fails() -> None:
    text = (
        "对新增规模以上工业企业,分三年共给予60万元奖励,"
        "第一年给予30万元,第二年给予20万元,第三年给予20万元。"
    )
    found = run(analyse(text), check_parts_sum)
    assert [(c.status, c.expected, c.actual) for c in found] == [
        ("fail", Decimal(600000), Decimal(700000))
    ]


def test_percentage_that_does_not_match_fails_and_rounding_passes() -> None:
    base = "顺平县辖5镇5乡,237个行政村。顺平县有126个贫困村,占所有行政村的{pct}。"
    assert statuses(run(analyse(base.format(pct="53%")), check_percentage)) == ["pass"]
    assert statuses(run(analyse(base.format(pct="53.2%")), check_percentage)) == ["pass"]
    assert statuses(run(analyse(base.format(pct="63%")), check_percentage)) == ["fail"]
    assert statuses(run(analyse(base.format(pct="约63%")), check_percentage)) == []
    # two different counts of 行政村: ambiguous, no check
    two = "全县237个行政村,其中平原区100个行政村。顺平县有126个贫困村,占所有行政村的63%。"
    assert statuses(run(analyse(two), check_percentage)) == []
    # different nouns (贫困户 vs 行政村): not a share of that base
    other = "全县237个行政村。全县有126个贫困户,占所有行政村的53%。"
    assert statuses(run(analyse(other), check_percentage)) == []


PLAN = """一、总体要求
2018年我区共安排帮扶资金{money}万元,共完成{projects}个扶贫项目。
二、甲县扶贫任务
1.开展精准助学工程。安排100万资金重点解决贫困学生生活费用。完成2个扶贫项目。(区教委)
2.开展精准救助工程。安排50万救助资金,用于义诊和救治。完成3个扶贫项目。(区卫计委)
3.开展慈善捐助。计划捐助善款7万元。完成1个扶贫项目。(民政局)
"""


def test_declared_totals() -> None:
    ok = run(analyse(PLAN.format(money=157, projects=6)), check_declared_total)
    assert [(c.status, c.expected, c.actual) for c in ok] == [
        ("pass", Decimal(1570000), Decimal(1570000)),
        ("pass", Decimal(6), Decimal(6)),
    ]
    bad = run(analyse(PLAN.format(money=200, projects=8)), check_declared_total)
    assert statuses(bad) == ["fail", "fail"]
    assert "共安排帮扶资金200万元" in bad[0].message


def test_allocations_that_do_not_add_up_fail() -> None:
    text = (
        "一、任务\n1.开展产业带动工程。完成11个扶贫项目。"
        "(区发改委(2)、区集体经济办(5)、区商务委(1))\n"
    )
    found = run(analyse(text), check_allocation_sum)
    assert [(c.status, c.expected, c.actual) for c in found] == [("fail", 11, 8)]


def test_restated_figure_that_differs_fails() -> None:
    text = (
        "一、总体要求\n目前,我区两个结对地区共有建档立卡贫困人口 600户、1500人,"
        "其中甲县200户、500人,乙县400户、1000人。\n"
        "二、甲县基本情况\n甲县现有建档立卡贫困人口210户500人。\n1.开展帮扶。完成1个扶贫项目。\n"
        "三、乙县基本情况\n乙县现有建档立卡贫困人口400户1000人。\n1.开展帮扶。完成1个扶贫项目。\n"
    )
    a = analyse(text)
    if list(a.scopes) != ["甲县", "乙县"]:
        pytest.skip(f"the scopes stage reads {a.scopes} here")
    found = run(a, check_restated_figure)
    assert sorted(statuses(found)) == ["fail", "pass"]
    fail = next(c for c in found if c.status == "fail")
    assert (fail.expected, fail.actual, fail.unit) == (Decimal(200), Decimal(210), "户")


def test_enumeration_that_lists_too_few_fails() -> None:
    text = "聚焦四类贫困人口即聚焦因病、因学、因缺少资金致贫的四类贫困人口。"
    assert statuses(run(analyse(text), check_enumeration_count)) == ["fail"]


def test_shortfall_fails_when_another_unit_adds_up_exactly() -> None:
    # the same parts total 11860人 exactly, so the list is the whole: 5130户 is not 5230户
    from extractor import extract_text

    text = (
        "某旗2018年扶贫工作计划\n一、基本情况\n全旗共有建档立卡贫困人口5230户、11860人，"
        "其中甲镇1200户、2750人，乙镇2100户、4620人，丙镇1830户、4490人。\n"
        "二、任务\n1.开展培训。完成1个项目。(旗教育局)\n"
    )
    checks = [c for c in extract_text(text).checks if c.rule == "parts_sum"]
    assert sorted((c.unit, c.status) for c in checks) == [("人", "pass"), ("户", "fail")]


def test_declared_total_sums_the_allocations_only() -> None:
    # income targets and sales figures inside the items are not part of 共安排资金
    from extractor import extract_text

    text = (
        "某区2018年对口帮扶工作方案\n一、总体安排\n2018年共安排对口帮扶资金２０００万元。\n"
        "二、任务\n1.产业帮扶。安排资金６００万元，带动增收３０００元以上。\n"
        "2.教育帮扶。安排资金４００万元。\n"
        "3.就业帮扶。安排资金１０００万元，销售农产品金额达到１５００万元。\n"
    )
    checks = [c for c in extract_text(text).checks if c.rule == "declared_total"]
    assert [(c.status, c.expected, c.actual) for c in checks] == [("pass", 20000000, 20000000)]
    short = text.replace("１０００万元，销售", "９００万元，销售")
    checks = [c for c in extract_text(short).checks if c.rule == "declared_total"]
    assert checks == []  # other money in the items: a shortfall is not sure enough to fail


def test_enumeration_announced_before_marked_points() -> None:
    from extractor import extract_text

    text = (
        "某市2020年工作要点\n一、重点工作\n"
        "（一）推进改革。重点抓好三项工作：①深化放管服；②优化营商环境；③推进数字政府。\n"
        "（二）强化保障。做好四个方面：一是加强领导，二是强化考核，三是落实资金。\n"
    )
    checks = [c for c in extract_text(text).checks if c.rule == "enumeration_count"]
    assert [(c.status, c.expected, c.actual) for c in checks] == [("pass", 3, 3), ("fail", 4, 3)]


def test_points_past_ten_are_counted_not_looked_up() -> None:
    """beijing-zhengfu-gongzuo-baogao-2026.txt runs 一是…十二是; a numeral table that stopped at
    十 raised KeyError: '十一' and lost the document."""
    from extractor import extract_text

    points = "；".join(f"{n}是推进第{k}项" for k, n in enumerate("一二三四五六七八九十", 1))
    text = (
        "某市2026年工作要点\n一、重点工作\n"
        f"（一）推进改革。重点抓好十二项工作：{points}；十一是下足绣花功夫，"
        "提升超大城市治理效能；十二是加强保障。\n（二）强化保障。\n"
    )
    checks = [c for c in extract_text(text).checks if c.rule == "enumeration_count"]
    assert [(c.status, c.expected, c.actual) for c in checks] == [("pass", 12, 12)]
    bad = text.replace("十一是", "十三是")  # one point out of the run is a slip, and named
    checks = [c for c in extract_text(bad).checks if c.rule == "enumeration_count"]
    assert [(c.status, c.expected, c.actual) for c in checks] == [("fail", 11, 13)]
    assert checks[0].message == "十二项工作: the 11th of 12 is marked 十三是"


def test_a_part_written_in_yuan_among_parts_in_wan_yuan() -> None:
    """A part whose written unit differs from its siblings' is a finding of its own (issue 8):
    "乙项目100元" among parts in 万元 — read in 万元 the parts add up, so the slip is named."""
    from extractor import extract_text

    plan = (
        "某县2020年工作计划\n一、资金安排\n"
        "(一)共安排资金300万元,其中甲项目100万元、{}、丙项目100万元。\n(二)做好宣传。\n"
    )
    slip = [c for c in extract_text(plan.format("乙项目100元")).checks if c.rule == "parts_sum"]
    assert [c.status for c in slip] == ["fail"]
    assert "乙项目100元 is written in 元 among parts in 万元" in slip[0].message
    same = [c for c in extract_text(plan.format("乙项目1000000元")).checks if c.rule == "parts_sum"]
    assert [c.status for c in same] == ["pass"]  # a part in 元 that is right is no finding
    partial = extract_text(plan.format("乙项目50万元").replace("、丙项目100万元", ""))
    assert [c.status for c in partial.checks if c.rule == "parts_sum"] == []  # 其中 may be partial
