"""The figures stage: totals and their parts, from the seed, real plans and synthetic text."""

from __future__ import annotations

import unicodedata
from decimal import Decimal

import pytest

import extractor.figures as figures_module
from extractor.facts import FigureMatch
from extractor.figure_parts import Group
from extractor.figures import TableRow, find_figures, prose_groups, rows_to_figure
from extractor.intervals import sum_agrees
from tests.numeric_cases import REAL, SEED, quantities, seed_text, stand_in_quantities
from tests.shared_docs import SHARED


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


# ---- FROM_CORPUS: breakdowns found by their form, whether or not they add up --------------


def test_seed_cause_list_is_found_when_it_does_not_add_up() -> None:
    """The issue's case: 顺平县's "主要致贫原因:因病致贫的共1365户…" made 2365 — the breakdown is
    read by its form (a total, then 主要…: and parallel parts), so the mismatch fails."""
    text = seed_text().replace("因病致贫的共1365户", "因病致贫的共2365户")
    figs = [f for f in _figures(text) if f.parts[0].values[0].value == 2365]
    assert len(figs) == 1
    total, parts = _as_dict(figs[0])
    assert total == {"户": 3496, "人": 7072}
    assert [p["户"] for p in parts] == [2365, 872, 512, 747]


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        pytest.param(  # gansu-zhengfu-gongzuo-baogao-2026
            "完成交通投资4999亿元,新增铁路运营里程639公里、其中高铁370公里,"
            "新增高速(一级)公路2600公里、农村公路3000公里、自然村组通硬化路3.66万公里。",
            [],  # 其中 names one part; 新增高速… is the report's next statement
            id="gansu-next-statement-after-one-part",
        ),
        pytest.param(  # xizang-zhengfu-gongzuo-baogao-2026
            "新增营造林148万亩、其中南北山绿化工程43万亩,修复治理退化草原517万亩,治理水土流失23万亩。",
            [],
            id="xizang-verbs-open-new-statements",
        ),
        pytest.param(  # jiangxi-jiangxishengshichangjianduguanliju-2020 (部门预算)
            "实有人数小计2768人,其中:在职人数小计932人,包括行政在职人数236人、参照公务员管理的事业单位"
            "在职人数75人、全部补助事业在职人数436人、部分补助事业在职人数63人、自收自支在职人数122人;"
            "离休人数小计8人;退休人数小计488人;临时工276人;聘用人员1054人;长赡人员1人;遗属人数9人。",
            [
                "在职人数小计",
                "离休人数小计",
                "退休人数小计",
                "临时工",
                "聘用人员",
                "长赡人员",
                "遗属人数",
            ],
            id="jiangxi-a-parts-own-breakdown-is-skipped",
        ),
        pytest.param(  # the same document: the 编制 list ends where ; opens the next total
            "编制人数小计1161人,其中:行政编制人数237人、参照公务员管理的事业编制人数93人、全部补助事业"
            "编制人数569人、部分补助事业编制人数82人、自收自支事业编制人数180人;实有人数小计2768人。",
            [
                "行政编制人数",
                "参照公务员管理的事业编制人数",
                "全部补助事业编制人数",
                "部分补助事业编制人数",
                "自收自支事业编制人数",
            ],
            id="jiangxi-a-stronger-separator-ends-the-list",
        ),
    ],
)
def test_where_a_list_of_parts_ends(text: str, parts: list[str]) -> None:
    figs = _figures(text)
    got = [p.label for p in figs[0].parts] if figs else []
    assert got == parts


def test_breakdowns_by_classification_restate_the_total() -> None:
    """jiangxi 2020 部门预算: "支出预算总额为107744.07万元。其中:\n按支出项目类别划分:基本支出…;
    项目支出…\n按支出功能科目划分:一般公共服务支出…" — each 按…划分 list totals the same sum."""
    path = SHARED / "corpus" / "wild" / "jiangxi-jiangxishengshichangjianduguanliju-2020.txt"
    if not path.is_file():
        pytest.skip(f"{path} not found")
    from extractor import extract

    doc = extract(path)
    grand = [f for f in doc.figures if f.label.endswith("支出预算总额")]
    assert [[p.label for p in f.parts][:2] for f in grand] == [
        ["基本支出", "项目支出"],
        ["一般公共服务支出", "教育支出"],
        ["工资福利支出", "商品和服务支出"],
    ]
    sums = [c for c in doc.checks if c.rule == "parts_sum"]
    assert [c.status for c in sums] == ["pass"] * len(sums)
    assert len(sums) >= 12


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


# putuo party social work dept 2024 决算, 十一、其他重要事项: the 机关运行经费 sentence, its heading
# and the next section's, whose total is stated in the sentence that says 其中
_ACCOUNTS = (
    "机关运行经费支出10.23万元，比2023年度增加10.23万元，增长100.00%。\n"
    "（二）政府采购支出情况\n"
    "中共上海市普陀区委社会工作部2024年度政府采购金额（以合同签订为准）为{}万元，其中：货物采购金额21.07万元、"
    "工程采购金额0万元、服务采购金额0万元。"
)


def test_a_total_in_the_sentence_that_says_qizhong() -> None:
    (fig,) = _figures(unicodedata.normalize("NFKC", _ACCOUNTS.format("21.07")))
    assert _as_dict(fig) == ({"元": 210700}, [{"元": 210700}, {"元": 0}, {"元": 0}])


def test_no_total_from_the_section_before_when_the_sentence_has_none() -> None:
    # the amount left as a template's blank (XX.XX): 增加10.23万元 above is no total of it
    assert _figures(unicodedata.normalize("NFKC", _ACCOUNTS.format("XX.XX"))) == []


# ---- the announced shape's pre-filter ----------------------------------------------------


def _plain_after_marker_last(text: str, groups: list[Group]) -> list[int]:
    return [
        k
        for k, g in enumerate(groups)
        if not figures_module._MARKER_LAST.isdisjoint(text[max(0, g.start - 5) : g.start])
    ]


def _dense_text() -> str:
    # a number-dense text (one quantity per ~6 characters), a group at the very start
    rows = ["3户共5人", "合计7万元、共计2辆", "有4个,累计9户", "总共6人8户共1万元"]
    return "12户" + "\n".join(rows * 40)


@pytest.mark.parametrize("dense_groups", [0, 10**9], ids=["per-group", "search"])
def test_after_marker_last_equals_the_plain_filter(
    dense_groups: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Both ways of finding the groups after a marker's last character (a slice per group,
    one search of the text) pick what a slice per group picks, over the real plans and a
    number-dense text."""
    monkeypatch.setattr(figures_module, "_DENSE_GROUPS", dense_groups)
    texts = [_dense_text()]
    if REAL.is_dir():
        texts += [
            unicodedata.normalize("NFKC", p.read_text(encoding="utf-8"))
            for p in sorted(REAL.glob("*.txt"))[:12]
        ]
    picked = 0
    for text in texts:
        groups = prose_groups(text, quantities(text), 0, len(text))
        plain = _plain_after_marker_last(text, groups)
        assert figures_module._after_marker_last(text, groups) == plain
        picked += len(plain)
    assert picked > 0
