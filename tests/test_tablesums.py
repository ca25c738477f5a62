"""What budget tables sum to (extractor/tablesums.py), on the putuo 部门预算/决算 PDFs and on the
grammar of tables/tabular.py next to the sentences it was seen in."""

from __future__ import annotations

from decimal import Decimal

import pytest
import regex

from extractor import extract
from extractor.facts import QuantityMatch
from extractor.model import Document
from extractor.tables import tabular as t
from extractor.tablesums import (
    BodyRow,
    column_figures,
    is_code,
    label_of,
    marker_style,
    row_figures,
)
from tests.shared_docs import SHARED

PDF = SHARED / "corpus" / "pdf"


def _pdf(name: str) -> Document:
    path = PDF / name
    if not path.is_file():
        pytest.skip(f"{path} not found: these tests read ../shared next to the repository")
    return extract(path)


@pytest.fixture(scope="module")
def planning() -> Document:
    return _pdf("putuo-planning-resources-bureau-2024-final-accounts.pdf")


@pytest.fixture(scope="module")
def justice() -> Document:
    return _pdf("putuo-justice-bureau-2026-dept-budget.pdf")


def _values(doc: Document, label: str) -> list[tuple[list[Decimal], list[tuple[str, Decimal]]]]:
    return [
        ([v.value for v in f.total], [(p.label, p.values[0].value) for p in f.parts])
        for f in doc.figures
        if f.label == label
    ]


# ---- REAL -----------------------------------------------------------------------------------


def test_codes_say_which_rows_a_subtotal_holds(planning: Document) -> None:
    """支出决算表: 22001 自然资源事务 4461.67 over 2200150 事业运行 4416.67 and 2200199 其他
    自然资源事务支出 45.00 (万元); the 220 row's 款 are its parts, not every row below it."""
    (fig,) = _values(planning, "本年支出合计 自然资源事务")
    assert fig == (
        [Decimal(44616700)],
        [("事业运行", Decimal(44166700)), ("其他自然资源事务支出", Decimal(450000))],
    )


def test_both_sides_of_an_income_and_spending_table(planning: Document) -> None:
    """收入支出决算总表 has 收入 on the left and 支出 on the right: each side's 总计 sums its own
    合计 and 结转和结余, and the two 总计 agree."""
    totals = _values(planning, "收入支出决算总表 总计")
    income = [("本年收入合计", Decimal(97465000)), ("年初结转和结余", Decimal(1128800))]
    spending = [("本年支出合计", Decimal(97593800)), ("年末结转和结余", Decimal(1000000))]
    assert totals == [([Decimal(98593800)], income), ([Decimal(98593800)], spending)]


def test_a_code_with_one_child_and_a_total_over_one_filled_column(planning: Document) -> None:
    """支出决算表: 21201 城乡社区管理事务 holds 2120101 行政运行 alone (1096.91 基本支出);
    收入决算表: “2120101 | 行政运行 | 1092.80 | 1092.80 |  |  |  |  | ”, 本年收入合计 over
    财政拨款收入 with 上级补助收入 … 其他收入 blank."""
    assert _values(planning, "基本支出 城乡社区管理事务") == [
        ([Decimal(10969100)], [("行政运行", Decimal(10969100))])
    ]
    assert _values(planning, "收入决算表 行政运行 本年收入合计") == [
        ([Decimal(10928000)], [("财政拨款收入", Decimal(10928000))])
    ]


def test_a_table_sum_is_said_in_the_tables_unit(planning: Document) -> None:
    """The cells are written bare under 单位：万元, so the sum is said in 万元 too."""
    (c,) = [c for c in planning.checks if c.message.startswith("支出决算表 合计 本年支出合计 ")]
    assert c.message.endswith("基本支出5377.64 + 项目支出4381.74 = 9759.38万元")


def test_a_sum_of_amounts_written_with_their_unit_is_said_in_yuan() -> None:
    from extractor import extract_text

    text = "某县2024年工作计划\n一、目标\n总投资5000万元，其中：A项目3000万元、B项目2500万元。\n"
    (c,) = [c for c in extract_text(text).checks if c.rule == "parts_sum"]
    assert c.message.endswith("its parts add up to 55000000元: A项目3000万元 + B项目2500万元")


def test_a_total_column_sums_the_columns_right_of_it(planning: Document) -> None:
    """支出决算表 合计 row: 本年支出合计 9759.38 = 基本支出 5377.64 + 项目支出 4381.74 (万元)."""
    (fig,) = _values(planning, "支出决算表 合计 本年支出合计")
    assert fig == (
        [Decimal(97593800)],
        [("基本支出", Decimal(53776400)), ("项目支出", Decimal(43817400))],
    )


def test_split_code_columns_and_a_table_continued_on_the_next_page(justice: Document) -> None:
    """The 2026 收入预算总表 writes codes as 类 | 款 | 项 (208 | 05 | 06) and runs onto the
    next page: 行政事业单位养老支出 (20805) sums its four 项, one of them past the page break."""
    (fig,) = _values(justice, "收入预算 合计 行政事业单位养老支出")
    assert fig == (
        [Decimal(3343704)],
        [
            ("行政单位离退休", Decimal(578040)),
            ("机关事业单位基本养老保险缴费支出", Decimal(1839485)),
            ("机关事业单位职业年金缴费支出", Decimal(919739)),
            ("其他行政事业单位养老支出", Decimal(6440)),
        ],
    )


def test_list_markers_say_which_rows_a_total_holds(justice: Document) -> None:
    """部门财务收支预算总表: 收入总计 sums 一、财政拨款收入 … 四、其他收入, and 一、 holds
    1.一般公共预算 96,282,213.44, 2.政府性基金预算 0.00, 3.国有资本经营预算 0.00 (元)."""
    label = "2026年部门财务收支预算总表 收入总计"
    (whole,) = _values(justice, label)
    assert [name for name, _ in whole[1]] == [
        "一、财政拨款收入",
        "二、事业收入",
        "三、事业单位经营收入",
        "四、其他收入",
    ]
    (fig,) = _values(justice, f"{label} 一、财政拨款收入")
    assert fig == (
        [Decimal("96282213.44")],
        [
            ("1.一般公共预算", Decimal("96282213.44")),
            ("2.政府性基金预算", Decimal(0)),
            ("3.国有资本经营预算", Decimal(0)),
        ],
    )


def test_a_compiler_line_is_not_the_title(justice: Document) -> None:
    """ "编制部门：上海市普陀区司法局 单位：元" sits between each table and its title."""
    assert not [f.label for f in justice.figures if "编制部门" in f.label]
    assert "2026年部门收入预算总表 公共安全支出 收入预算合计" in {f.label for f in justice.figures}


@pytest.mark.parametrize(
    "name",
    [
        "putuo-planning-resources-bureau-2024-final-accounts.pdf",
        "putuo-party-social-work-dept-2024-final-accounts.pdf",
        "putuo-justice-bureau-2026-dept-budget.pdf",
    ],
)
def test_every_budget_table_sum_passes(name: str) -> None:
    """These published accounts add up: every table figure passes (no false alarm)."""
    doc = _pdf(name)
    sums = [c for c in doc.checks if c.rule == "parts_sum"]
    assert len(sums) >= 40
    assert [c.message for c in sums if c.status != "pass"] == []


def test_the_real_mismatch_in_the_wanli_budget_is_reported_once() -> None:
    """wanli 2025: 地上建筑面积8013平方米，其中计容面积7998平方米、不计容面积105平方米."""
    doc = _pdf("putuo-wanli-subdistrict-2025-dept-budget.pdf")
    fails = [c.message for c in doc.checks if c.rule == "parts_sum" and c.status == "fail"]
    assert len(fails) == 1
    assert "8013平方米" in fails[0]
    assert "8103平方米" in fails[0]


# ---- SYNTHETIC: the shapes, with a planted slip ----------------------------------------------


def _q(value: int, at: int) -> QuantityMatch:
    return QuantityMatch(start=at, end=at + 1, value=Decimal(value), unit="元", kind="money")


def _row(label: str, code: str | None, *values: int | None, at: int = 0) -> BodyRow:
    cells = tuple(None if v is None else _q(v, at + i) for i, v in enumerate(values))
    return BodyRow(label, code, cells, at, at + len(values))


def _plain(figs: list) -> list[tuple[str, int, list[int]]]:  # type: ignore[type-arg]
    return [
        (f.label, int(f.total[0].value), [int(p.values[0].value) for p in f.parts]) for f in figs
    ]


CODED = [
    _row("合计", None, 300, at=0),
    _row("社会保障和就业支出", "208", 200, at=10),
    _row("行政事业单位养老支出", "20805", 200, at=20),
    _row("行政单位离退休", "2080501", 120, at=30),
    _row("事业单位离退休", "2080502", 80, at=40),
    _row("卫生健康支出", "210", 100, at=50),
]


def test_coded_rows_sum_level_by_level() -> None:
    """合计 sums the 类 (208, 210); 20805 sums its 项. 208 holds one 款 only, which is all of it:
    a cell moved in either row (支出决算表 of putuo planning bureau 2024 决算: 21201 城乡社区管理
    事务 over 2120101 行政运行 alone) shows only there."""
    assert _plain(row_figures("支出表", CODED)) == [
        ("支出表", 300, [200, 100]),
        ("支出表 社会保障和就业支出", 200, [200]),
        ("支出表 行政事业单位养老支出", 200, [120, 80]),
    ]
    moved = [*CODED[:2], _row("行政事业单位养老支出", "20805", 120, at=20), *CODED[3:]]
    assert ("支出表 社会保障和就业支出", 200, [120]) in _plain(row_figures("支出表", moved))


def test_a_coded_row_without_children_or_a_child_without_a_value_is_no_figure() -> None:
    # 210 卫生健康支出 has no coded rows below it; a child with no value gives no part
    rows = [_row("合计", None, 300, at=0), _row("卫生健康支出", "210", 100, at=10)]
    assert _plain(row_figures("支出表", rows)) == []
    blank = [*rows, _row("行政事业单位医疗", "21011", None, at=20)]
    assert _plain(row_figures("支出表", blank)) == []


BARE = [BodyRow(r.label, None, r.values, r.start, r.end) for r in CODED]


def test_a_classification_without_codes_is_not_summed() -> None:
    """The same rows with no codes under 功能分类科目名称: 类, 款 and 项 at once, and nothing to
    say which is which. 合计 300 would 'hold' 200+200+120+80+100; rather than guess, no figure,
    however the values fall."""
    assert row_figures("支出表", BARE, classes=True) == []
    slipped = [*BARE[:3], _row("行政单位离退休", None, 100, at=30), *BARE[4:]]
    assert row_figures("支出表", slipped, classes=True) == []


def test_the_rows_of_a_plain_table_are_one_level_whatever_they_add_to() -> None:
    """Outside a classification the rows are entries of one level: their sum is the finding,
    not a reason to stop summing (guizhou-changshun 2017 按项目类型划分投资规模统计表: 交通 |
    水利 | … | 合计)."""
    rows = [
        _row("交通", None, 40, at=0),
        _row("水利", None, 19, at=10),
        _row("农村环境整治", None, 75, at=20),
        _row("合计", None, 134, at=30),
    ]
    assert _plain(row_figures("投资规模", rows)) == [("投资规模 合计", 134, [40, 19, 75])]
    assert _plain(row_figures("支出表", BARE)) == [("支出表", 300, [200, 200, 120, 80, 100])]


def _serial(row: BodyRow, serial: int) -> BodyRow:
    return BodyRow(row.label, row.code, row.values, row.start, row.end, serial)


def test_rows_numbered_in_a_serial_column_are_one_level() -> None:
    """A 序号 column numbering the rows 1, 2, 3 says they are one level even under 科目名称;
    a gap in the numbers, or a row without one, says nothing."""
    rows = [_serial(r, k) for k, r in enumerate(BARE[1:], 1)]
    assert _plain(row_figures("支出表", [BARE[0], *rows], classes=True)) == [
        ("支出表", 300, [200, 200, 120, 80, 100])
    ]
    gap = [*rows[:2], _serial(rows[2], 4), *rows[3:]]
    assert row_figures("支出表", [BARE[0], *gap], classes=True) == []
    unnumbered = [*rows[:2], BARE[3], *rows[3:]]
    assert row_figures("支出表", [BARE[0], *unnumbered], classes=True) == []


# putuo-justice 2026 部门财务收支预算总表: 收入总计 over 一、财政拨款收入 holding 1.一般公共预算,
# 2.政府性基金预算, 3.国有资本经营预算, then 二、事业收入 …
MARKED = [
    _row("一、财政拨款收入", None, 96, at=0),
    _row("1.一般公共预算", None, 90, at=10),
    _row("2.政府性基金预算", None, 6, at=20),
    _row("3.国有资本经营预算", None, 0, at=30),
    _row("二、事业收入", None, 4, at=40),
    _row("三、事业单位经营收入", None, 0, at=50),
    _row("收入总计", None, 100, at=60),
]


def test_marked_rows_sum_level_by_level() -> None:
    """一、 rows are the total's parts; each holds the 1. rows below it."""
    assert _plain(row_figures("收支预算总表", MARKED)) == [
        ("收支预算总表 收入总计", 100, [96, 4, 0]),
        ("收支预算总表 收入总计 一、财政拨款收入", 96, [90, 6, 0]),
    ]


def test_a_slip_in_marked_rows_keeps_both_levels() -> None:
    """A slip (1.一般公共预算 90 -> 80) leaves the levels as they were: the slipped sum is there
    to fail, and the level above still adds up."""
    slipped = [*MARKED[:1], _row("1.一般公共预算", None, 80, at=10), *MARKED[2:]]
    assert _plain(row_figures("收支预算总表", slipped)) == [
        ("收支预算总表 收入总计", 100, [96, 4, 0]),
        ("收支预算总表 收入总计 一、财政拨款收入", 96, [80, 6, 0]),
    ]


def test_some_rows_marked_and_some_not_are_not_summed() -> None:
    """一、财政拨款收入 over unmarked rows: whether 一般公共预算 is its part or the total's,
    nothing says."""
    mixed = [*MARKED[:1], _row("一般公共预算", None, 90, at=10), *MARKED[2:]]
    assert row_figures("收支预算总表", mixed) == []
    assert row_figures("收支预算总表", mixed, classes=True) == []


def test_a_total_row_closes_its_block_and_counts_in_the_next() -> None:
    rows = [
        _row("一般公共预算财政拨款收入", None, 90, at=0),
        _row("政府性基金预算财政拨款收入", None, 10, at=10),
        _row("本年收入合计", None, 100, at=20),
        _row("年初结转和结余", None, 5, at=30),
        _row("总计", None, 105, at=40),
    ]
    assert _plain(row_figures("收入", rows)) == [
        ("收入 本年收入合计", 100, [90, 10]),
        ("收入 总计", 105, [100, 5]),
    ]


def test_a_total_column_holds_its_row() -> None:
    rows = [_row("合计", None, 300, 120, 180, at=0), _row("行政运行", "2010101", 90, 90, 1, at=10)]
    figs = column_figures("支出表", ["本年支出合计", "基本支出", "项目支出"], rows, ["元"] * 3)
    assert _plain(figs) == [
        ("支出表 合计 本年支出合计", 300, [120, 180]),
        ("支出表 行政运行 本年支出合计", 90, [90, 1]),
    ]
    # a column in another unit ends the members: no figure from one column
    assert column_figures("表", ["合计", "基本支出", "人数"], rows, ["元", "元", "人"]) == []


def test_a_blank_member_is_none_of_its_row() -> None:
    # 一般公共预算财政拨款支出决算表, putuo party social work dept 2024 决算:
    # “2101101 | 行政单位医疗 | 2.22 | 2.22 | ” (no 项目支出): 合计 is 基本支出 alone
    headers = ["合计", "基本支出", "项目支出"]
    rows = [
        _row("行政单位医疗", "2101101", 222, 222, None, at=0),
        _row("其他社会工作事务支出", "2013999", 20224, None, 20224, at=10),
    ]
    assert _plain(column_figures("表", headers, rows, ["元"] * 3)) == [
        ("表 行政单位医疗 合计", 222, [222]),
        ("表 其他社会工作事务支出 合计", 20224, [20224]),
    ]
    # the same row with its cells moved (0.49 written where 2.22 was) fails against its part
    moved = [_row("行政单位医疗", "2101101", 49, 222, None, at=0)]
    assert _plain(column_figures("表", headers, moved, ["元"] * 3)) == [
        ("表 行政单位医疗 合计", 49, [222])
    ]


def test_one_member_column_among_blank_ones() -> None:
    # 收入决算表, putuo party social work dept 2024 决算: “本年收入合计 | 财政拨款收入 | 上级补助
    # 收入 | 事业收入 | …”, every column after 财政拨款收入 blank (dropped before summing)
    headers = ["本年收入合计", "财政拨款收入"]
    rows = [_row("行政运行", "2013901", 5132, 1131, at=0)]
    assert _plain(column_figures("收入决算表", headers, rows, ["元"] * 2, [False, True])) == [
        ("收入决算表 行政运行 本年收入合计", 5132, [1131])
    ]
    # without blank columns one member is no breakdown: it may be a 其中 column
    assert column_figures("表", ["合计", "其中：中央资金"], rows, ["元"] * 2, [False, False]) == []
    assert column_figures("表", headers, rows, ["元"] * 2) == []


def test_a_row_with_every_member_blank_or_no_total_gives_nothing() -> None:
    headers = ["合计", "基本支出", "项目支出"]
    # a summary row: 合计 only, its breakdown not given (收入支出决算总表's 总计 rows)
    assert column_figures("表", headers, [_row("总计", None, 300, None, None)], ["元"] * 3) == []
    # no total: parts without their sum
    assert (
        column_figures("表", headers, [_row("行政运行", "2010101", None, 90, 1)], ["元"] * 3) == []
    )


def test_label_of_collapses_spaces_and_repeats() -> None:
    assert label_of("合计 ", " 合计", "行政运行") == "合计 行政运行"
    assert label_of("贵州…投资表", "2016年", "合 计") == "贵州…投资表 2016年 合 计"
    assert label_of("") == ""


# ---- GRAMMAR: each pattern next to where it was seen, with negatives -------------------------


@pytest.mark.parametrize("text", ["201", "20139", "2013901", "208 ", "2200150"])
def test_classification_codes(text: str) -> None:
    assert is_code(text)


@pytest.mark.parametrize("text", ["20", "2013", "201390", "2026年", "一、", "3.5"])
def test_not_classification_codes(text: str) -> None:
    assert not is_code(text)


@pytest.mark.parametrize(
    "line",
    [
        "编制部门：上海市普陀区司法局 单位：元",
        "编制单位: 上海市普陀区万里街道办事处",
        "填报单位：区民政局",
    ],
)
def test_compiler_lines(line: str) -> None:
    assert regex.match(t.COMPILER_LINE, line)


@pytest.mark.parametrize(
    "line",
    ["2026年部门收入预算总表", "部门编制单位情况说明", "单位：万元"],
)
def test_not_compiler_lines(line: str) -> None:
    assert not regex.match(t.COMPILER_LINE, line)


@pytest.mark.parametrize(
    "header",
    [
        "功能分类科目名称",  # putuo 2026 部门预算: 功能分类科目名称 | 合计 | 基本支出 | 项目支出
        "经济分类科目名称",  # putuo 2026 部门预算: 经济分类科目名称 | 合计 | 人员经费 | 公用经费
        "科目名称",  # putuo 2024 部门决算: 科目名称 | 决算数 | 科目名称 | 决算数
    ],
)
def test_class_headers(header: str) -> None:
    assert any(w in header for w in t.CLASS_HEADERS)


@pytest.mark.parametrize(
    "header",
    [
        "项目",  # putuo 2024 收入支出决算总表: 项目 | 决算数 | 项目 | 决算数
        "单位",  # lishui 2023: 序号 | 单位 | 安置任务
        "项目类型",  # guizhou-changshun 2017 按项目类型划分投资规模统计表
    ],
)
def test_not_class_headers(header: str) -> None:
    assert not any(w in header for w in t.CLASS_HEADERS)


@pytest.mark.parametrize(
    ("label", "style"),
    [("一、财政拨款收入", 0), ("(一)一般公共预算", 1), ("1.一般公共预算", 2), ("3、其他收入", 2)],
)
def test_row_marker_styles(label: str, style: int) -> None:
    """putuo 2026 收支预算总表: 一、财政拨款收入 over 1.一般公共预算."""
    assert marker_style(label) == style


@pytest.mark.parametrize("label", ["一般公共预算", "2026年收入", "3.5万元", "十分重要"])
def test_not_row_markers(label: str) -> None:
    assert marker_style(label) is None


def test_total_row_endings() -> None:
    yes = ["本年收入合计", "本年支出合计", "小计", "总计"]
    no = ["合计数说明", "总计划", "收入"]
    assert all(w.endswith(t.TOTAL_ROW_ENDINGS) for w in yes)
    assert not any(w.endswith(t.TOTAL_ROW_ENDINGS) for w in no)
