"""Tables written as text: pipe rows, tab rows and a web page's table flattened to cell lines."""

from __future__ import annotations

import pytest

from extractor import extract_text
from extractor.texttables import find_text_tables
from tests.shared_docs import shared_text


def _rows(text: str) -> list[list[list[str]]]:
    return [[[c.text for c in row] for row in t.rows] for t in find_text_tables(text)]


# ---- FROM_CORPUS ----------------------------------------------------------------------------


def test_pipe_rows_of_a_real_table() -> None:
    """guizhou-changshun-daihua-jipin-xiangzhen-yaoqiu-2017: "项目类型 | 项目个数（项） | …"."""
    text = shared_text("corpus/real/guizhou-changshun-daihua-jipin-xiangzhen-yaoqiu-2017.txt")
    first, second = _rows(text)
    assert first[:2] == [
        ["项目类型", "项目个数（项）", "投资规模（亿元）", "占总投资比例"],
        ["合计", "191", "10.581", "1"],
    ]
    assert len(first) == 8
    assert second[0][:3] == ["分年度投资计划（万元）", "年度", "合 计"]
    assert second[-1][:2] == ["总计", "105810"]


def test_cell_lines_with_inner_separators() -> None:
    """lishui-lishuishirenminzhengfuguanyuxia-2023: a row opens with "|", its cells are
    separated by "|  |" and a cell may take two lines ("安置" / "任务")."""
    text = shared_text("corpus/wild/lishui-lishuishirenminzhengfuguanyuxia-2023.txt")
    table = next(t for t in _rows(text) if t[0][0] == "序号")
    assert table[0] == ["序号", "安置单位名称", "安置任务", "岗位类别"]
    assert table[1] == ["1", "丽水国家粮食储备库", "1", "事业"]
    assert table[-1] == ["合计", "29", ""]  # 合计 spans 序号 and 名称; the last column is blank
    assert len(table) == 31


def test_cell_lines_whose_width_comes_from_the_row_numbers() -> None:
    """jkfp-guanyushishijiankangfupingongcheng-2020: every boundary is "|" / "|", so the width
    is the number of header cells before row 1."""
    text = shared_text("corpus/wild/jkfp-guanyushishijiankangfupingongcheng-2020.txt")
    (table,) = _rows(text)
    assert table[0] == ["序号", "工作任务", "负责部门", "时间进度"]
    assert [row[0] for row in table[1:]] == ["1", "2", "3", "4", "5", "6"]
    assert table[1][3] == "2016年12月底前完成"


def test_a_totalled_text_table_becomes_a_figure_in_its_units() -> None:
    """The guizhou table totals two columns of different units: one figure, two values; the
    yearly table's caption cell (分年度投资计划（万元）) gives its unit."""
    text = shared_text("corpus/real/guizhou-changshun-daihua-jipin-xiangzhen-yaoqiu-2017.txt")
    doc = extract_text(text)
    first = doc.figures[0]
    assert first.label == "代化镇10.581亿元基金 按项目类型划分投资规模统计表"
    assert [(v.value, v.unit) for v in first.total] == [(191, "项"), (1058100000, "元")]
    assert [p.label for p in first.parts][:2] == ["交通", "水利"]
    yearly = next(f for f in doc.figures if f.label == "合计 总计")  # column 合计, row 总计
    assert [(v.value, v.unit) for v in yearly.total] == [(1058100000, "元")]
    assert [p.label for p in yearly.parts] == ["2016年", "2017年", "2018年"]
    # the 合 计 column totals each year's row across the project types
    row_2017 = next(f for f in doc.figures if f.label.endswith("2017年 合计"))
    assert [(v.value, v.unit) for v in row_2017.total] == [(214770000, "元")]
    assert len(row_2017.parts) == 6
    assert [t.unit for t in doc.tables] == [None, "万元"]
    sums = [c for c in doc.checks if c.rule == "parts_sum"]
    assert sums
    assert all(c.status == "pass" for c in sums)


def test_a_count_column_without_a_unit_counts_things() -> None:
    """lishui 2023: 安置任务 1 … 1, 合计 29 — whole numbers under a header with no unit."""
    text = shared_text("corpus/wild/lishui-lishuishirenminzhengfuguanyuxia-2023.txt")
    doc = extract_text(text)
    (figure,) = doc.figures
    assert [(v.value, v.unit) for v in figure.total] == [(29, "个")]
    assert len(figure.parts) == 29
    assert [c.status for c in doc.checks if c.rule == "parts_sum"] == ["pass"]


# ---- SYNTHETIC and NEGATIVE -----------------------------------------------------------------


def test_tab_separated_rows() -> None:
    text = "资金安排表\n项目\t金额（万元）\n甲\t10\n乙\t20\n合计\t30\n"
    assert _rows(text) == [[["项目", "金额（万元）"], ["甲", "10"], ["乙", "20"], ["合计", "30"]]]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("一行 | 两格\n", id="one-row"),
        pytest.param("它的意思是 A|B 两种\n都可以\n", id="pipe-in-prose"),
        pytest.param("|\n甲\n|\n|\n乙\n|\n|\n丙\n|\n|\n丁\n|\n", id="cells-without-width"),
        pytest.param(
            "|\n序号\n|\n|\n名称\n|\n|\n1\n|\n|\n甲\n|\n|\n3\n|\n|\n乙\n|\n",
            id="numbers-do-not-run",
        ),
    ],
)
def test_not_tables(text: str) -> None:
    assert find_text_tables(text) == ()


def test_a_nested_budget_table_is_not_summed_whole() -> None:
    """功能分类 tables nest 类/款/项: 一般公共服务支出 264.87 holds 社会工作事务 264.87 which holds
    行政运行 51.32 …; adding every row counts each level once more (putuo 2024 final accounts).
    Under 科目名称 with no codes nothing says which row is which level, so none is summed, even
    when only 类 are listed; under 项目 the rows are one level, and a slip among them fails."""
    text = (
        "单位：万元\n科目名称 | 合计\n合计 | 307.82\n一般公共服务支出 | 264.87\n"
        "社会工作事务 | 264.87\n行政运行 | 51.32\n事业运行 | 11.31\n其他社会工作事务支出 | 202.24\n"
        "社会保障和就业支出 | 42.95\n"
    )
    doc = extract_text(text)
    assert [c for c in doc.checks if c.rule == "parts_sum"] == []
    children = "行政运行 | 51.32\n事业运行 | 11.31\n其他社会工作事务支出 | 202.24\n"
    flat = text.replace("社会工作事务 | 264.87\n" + children, "")
    assert [c for c in extract_text(flat).checks if c.rule == "parts_sum"] == []
    plain = flat.replace("科目名称", "项目")
    assert [c.status for c in extract_text(plain).checks if c.rule == "parts_sum"] == ["pass"]
    slipped = plain.replace("42.95", "32.95")
    assert [c.status for c in extract_text(slipped).checks if c.rule == "parts_sum"] == ["fail"]
