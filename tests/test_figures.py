"""The figures stage: totals and their parts, from the seed, real plans and synthetic text."""

from __future__ import annotations

import unicodedata
from decimal import Decimal

import pytest

from extractor.facts import FigureMatch
from extractor.figures import TableRow, find_figures, rows_to_figure, sum_agrees
from tests.numeric_cases import REAL, SEED, quantities, seed_text, stand_in_quantities


def _figures(text: str, *, stand_in: bool = False) -> list[FigureMatch]:
    qs = stand_in_quantities(text) if stand_in else quantities(text)
    return find_figures(text, qs)


def _as_dict(fig: FigureMatch) -> tuple[dict[str, int], list[dict[str, int]]]:
    total = {q.unit: int(q.value or 0) for q in fig.total}
    parts = [{q.unit: int(q.value or 0) for q in p.values} for p in fig.parts]
    return total, parts


needs_seed = pytest.mark.skipif(not SEED.is_file(), reason="../shared/corpus/seed is not here")


# ---- FROM_CORPUS: the seed plan (shijingshan-fupin-plan-2018.txt) --------------------------


@needs_seed
def test_seed_has_exactly_the_four_figures() -> None:
    figs = _figures(seed_text())
    totals = [_as_dict(f)[0] for f in figs]
    assert totals == [
        {"户": 17869, "人": 46818},  # 共有建档立卡贫困人口 17869户、46818人,其中称多县…
        {"户": 5459, "人": 19507},  # 2015年称多县建档立卡贫困人口5459户,19507人,其中 328 户…
        {"户": 2686, "人": 9256},  # 建档立卡贫困人口2686户9256人未脱贫,其中因病致贫218户850人…
        {"户": 3496, "人": 7072},  # 现有建档立卡贫困人口3496户7072人,…因病致贫的共1365户2753人…
    ]


@needs_seed
def test_seed_overview_parts_are_the_four_areas() -> None:
    # "其中称多县2686户、9256人,顺平县3496户 、7072人,宁城县8792户、23171人,莫旗2895户、7319人"
    fig = _figures(seed_text())[0]
    assert fig.label == "建档立卡贫困人口"
    assert [p.label for p in fig.parts] == ["称多县", "顺平县", "宁城县", "莫旗"]
    assert _as_dict(fig)[1][1] == {"户": 3496, "人": 7072}


@needs_seed
def test_seed_labels_after_numbers_give_only_households() -> None:
    # "其中 328 户因病致贫,109户因残致贫,118 户因学致贫,…124户因自身发展能力不足致贫。"
    fig = _figures(seed_text())[1]
    assert [p.label for p in fig.parts][:3] == ["因病致贫", "因残致贫", "因学致贫"]
    assert fig.parts[-1].label == "因自身发展能力不足致贫"
    assert len(fig.parts) == 10
    assert all([q.unit for q in p.values] == ["户"] for p in fig.parts)


@needs_seed
def test_seed_cause_list_without_qishi() -> None:
    # "因病致贫的共1365户2753人,因残致贫的共872户1748人,缺资金的共512户1090人,
    #  其他致贫原因的共747户1481人"
    fig = _figures(seed_text())[3]
    assert [p.label for p in fig.parts] == ["因病致贫", "因残致贫", "缺资金", "其他致贫原因"]
    assert _as_dict(fig)[1][-1] == {"户": 747, "人": 1481}


@needs_seed
def test_seed_full_width_and_joined_lines_give_the_same_figures() -> None:
    text = seed_text()
    wide = unicodedata.normalize("NFKC", text.translate({c: c + 0xFEE0 for c in range(0x21, 0x7F)}))
    assert [_as_dict(f) for f in _figures(wide)] == [_as_dict(f) for f in _figures(text)]
    joined = text.replace("\n", "")
    assert [_as_dict(f) for f in _figures(joined)] == [_as_dict(f) for f in _figures(text)]


def test_jinan_three_year_award() -> None:
    # jinan-xianjin-zhizaoye-shuzi-jingji-zhengce-cuoshi-2019.txt:
    # "对新增规模以上工业企业,分三年共给予６０万元奖励,第一年给予３０万元,第二年给予２０万元,
    #  第三年给予１０万元。"
    path = REAL / "jinan-xianjin-zhizaoye-shuzi-jingji-zhengce-cuoshi-2019.txt"
    if not path.is_file():
        pytest.skip("../shared/corpus/real is not here")
    text = unicodedata.normalize("NFKC", path.read_text(encoding="utf-8"))
    figs = [f for f in _figures(text) if _as_dict(f)[0] == {"元": 600000}]
    assert len(figs) == 1
    assert _as_dict(figs[0])[1] == [{"元": 300000}, {"元": 200000}, {"元": 100000}]
    assert [p.label[:3] for p in figs[0].parts] == ["第一年", "第二年", "第三年"]


# ---- SYNTHETIC ----------------------------------------------------------------------------


def test_parts_that_do_not_add_up_are_still_a_figure() -> None:
    # a 其中 figure is kept whatever its sum: the parts_sum check decides
    text = "全县共有贫困人口1000户、3000人,其中甲镇400户、1200人,乙镇700户、1800人。"
    figs = _figures(text, stand_in=True)
    assert len(figs) == 1
    assert _as_dict(figs[0]) == (
        {"户": 1000, "人": 3000},
        [{"户": 400, "人": 1200}, {"户": 700, "人": 1800}],
    )
    assert figs[0].label == "贫困人口"


def test_list_stops_at_a_comparison() -> None:
    # national-zhengfu-gongzuo-baogao-2011: "今年拟安排财政赤字9000亿元,其中中央财政赤字7000亿元,
    # 继续代地方发债2000亿元并纳入地方预算,赤字规模比上年预算减少 1500亿元"
    text = (
        "今年拟安排财政赤字9000亿元,其中中央财政赤字7000亿元,地方赤字3000亿元,"
        "赤字规模比上年减少1500亿元。"
    )
    figs = _figures(text, stand_in=True)
    assert [p.label for p in figs[0].parts] == ["中央财政赤字", "地方赤字"]


def test_greedy_stop_when_parts_reach_the_total() -> None:
    text = "财政赤字2.76万亿元,其中中央财政赤字1.83万亿元,地方财政赤字9300亿元,适度提高赤字率。"
    figs = _figures(text)
    if not figs:
        pytest.skip("quantity stage does not read 万亿 yet")
    assert len(figs[0].parts) == 2


def test_money_announced_in_years_without_qishi() -> None:
    text = "分三年共给予90万元奖励,第一年给予30万元,第二年给予30万元,第三年给予10万元。"
    figs = _figures(text, stand_in=True)
    assert len(figs) == 1  # three parallel parts, as announced, even though they do not add up
    assert len(figs[0].parts) == 3


# ---- NEGATIVE: enumerations that are not a whole and its parts ----------------------------


@pytest.mark.parametrize(
    "text",
    [
        # jinan 2019: award levels, no total
        "对主营业务收入首次突破1000亿元、500亿元的法人企业,分别给予1000万元、800万元的奖励。",
        # percentages of different bases
        "保障性安居工程投资占43.7%,自主创新占15.3%,重大基础设施建设占23.6%。",
        # one part only: a subset, not a breakdown
        "全国农机总动力超过10亿千瓦,其中灌排机械动力达到1.2亿千瓦。",
        "新增公路63.9万公里,其中高速公路3.3万公里,新建、改扩建机场33个。",
        # 共 with unrelated clauses after it that do not add up and are not announced
        "共建成10个基地,新增20个园区,培育30个企业。",
        # a list of parts with no total that their sum matches
        "因病致贫的共100户,因残致贫的共50户。",
    ],
    ids=[
        "award-levels",
        "percent-shares",
        "one-part",
        "one-part-then-other-unit",
        "gong-no-sum",
        "no-total",
    ],
)
def test_not_a_figure(text: str) -> None:
    assert _figures(text, stand_in=True) == []


# ---- tables -------------------------------------------------------------------------------


def test_table_total_row_makes_a_figure() -> None:
    text = "甲镇 400户 乙镇 600户 合计 1000户"
    qs = stand_in_quantities(text)
    rows = [
        TableRow(label, (q,), q.start - 3, q.end)
        for label, q in zip(["甲镇", "乙镇", "合计"], qs, strict=True)
    ]
    fig = rows_to_figure("贫困户", rows)
    assert fig is not None
    assert [p.label for p in fig.parts] == ["甲镇", "乙镇"]
    assert sum_agrees(fig.total, [p.values for p in fig.parts])
    assert rows_to_figure("贫困户", rows[:2]) is None  # no 合计 row


def test_rounded_parts_agree_within_their_precision() -> None:
    # 2.5亿 + 1.3亿 = 3.8亿, ± 3 half-steps of 0.05亿: 3.9亿 overlaps, 4.0亿 does not
    text = "共安排资金4.0亿元,其中中央2.5亿元,地方1.3亿元。"
    fig = _figures(text, stand_in=True)[0]
    assert sum_agrees(fig.total, [p.values for p in fig.parts]) is False
    text = "共安排资金3.9亿元,其中中央2.5亿元,地方1.3亿元。"
    fig = _figures(text, stand_in=True)[0]
    assert sum_agrees(fig.total, [p.values for p in fig.parts]) is True
    near = "共安排资金3.8亿元,其中中央2.46亿元,地方1.3亿元。"
    fig = _figures(near, stand_in=True)[0]
    assert sum_agrees(fig.total, [p.values for p in fig.parts]) is True
    assert fig.total[0].value == Decimal("380000000")


def test_pdf_wrapped_line_does_not_end_the_list() -> None:
    # putuo-justice-bureau-2026-dept-budget.pdfplumber.txt, a line wrapped inside 应急保障用车:
    # "共有车辆3辆,其中:部级领导干部用车0辆、主要领导干部用车0辆、机要通信用车0辆、应
    #  急保障用车0辆、执法执勤用车3辆、…"
    text = (
        "截至2025年8月31日,上海市普陀区司法局共有车辆3辆,其中:部级领导干部用车0辆、"
        "主要领导干部用车0辆、机要通信用车0辆、应\n急保障用车0辆、执法执勤用车3辆、其他用车0辆;"
    )
    figs = _figures(text)
    assert len(figs) == 1
    assert [p.label for p in figs[0].parts][3:5] == ["应急保障用车", "执法执勤用车"]
    # a short line is a real break: the list stops there
    short = "共有车辆3辆,其中:部级用车0辆、主要用车0辆、应\n急保障用车3辆。"
    assert [p.label for p in _figures(short)[0].parts] == ["部级用车", "主要用车"]


def test_zeros_do_not_make_an_unmarked_figure() -> None:
    text = "购置车辆0辆。部级领导干部用车0辆、主要领导干部用车0辆。"
    assert _figures(text) == []
