"""Tables as the readers give them: task tables become items, totalled tables figures."""

from __future__ import annotations

import io
from pathlib import Path

import docx

from extractor import extract_text
from extractor.pipeline import extract
from tests.shared_docs import shared_text


def _add_table(d: docx.document.Document, rows: list[tuple[str, ...]]) -> None:
    table = d.add_table(rows=len(rows), cols=len(rows[0]))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.cell(r, c).text = value


def _plan_docx(tmp_path: Path, investment_total: str) -> Path:
    d = docx.Document()
    d.add_paragraph("某县2020年重点工作任务分工方案")
    d.add_paragraph("一、重点任务分工")
    rows = [
        ("序号", "工作任务", "牵头单位", "配合单位", "完成时限"),
        (
            "1",
            "推进政务服务一网通办。完成3个项目。",
            "县大数据局",
            "县政府办、各乡镇政府",
            "2020年底",
        ),
        ("2", "建设县级政务云平台", "县财政局", "县大数据局", "2020年6月"),
    ]
    _add_table(d, rows)
    d.add_paragraph("二、项目投资")
    d.add_paragraph("单位：万元")
    money = [("项目", "投资"), ("甲项目", "100"), ("乙项目", "200.5"), ("合计", investment_total)]
    _add_table(d, money)
    d.add_paragraph("三、保障措施")
    d.add_paragraph("(一)加强组织领导。县政府成立工作专班。")
    buf = io.BytesIO()
    d.save(buf)
    path = tmp_path / "plan.docx"
    path.write_bytes(buf.getvalue())
    return path


def test_task_table_rows_are_items_with_agencies_and_roles(tmp_path: Path) -> None:
    doc = extract(_plan_docx(tmp_path, "300.5"))
    rows = [i for i in doc.items if i.id.startswith("表")]
    assert [(i.number, i.title) for i in rows] == [
        ("1", "推进政务服务一网通办"),
        ("2", "建设县级政务云平台"),
    ]
    assert [(a.name, a.role) for a in rows[0].agencies] == [
        ("县大数据局", "lead"),
        ("县政府办", "support"),
        ("各乡镇政府", "support"),
    ]
    assert rows[0].project_count == 3
    assert rows[0].section == "一"  # the heading above the table
    assert "一" in [s.number for s in doc.sections]  # 一、 holds table rows: a section
    assert doc.tables[0].rows[1][1].text.startswith("推进政务服务")


def test_total_row_gives_a_figure_in_header_units(tmp_path: Path) -> None:
    doc = extract(_plan_docx(tmp_path, "300.5"))
    fig = next(f for f in doc.figures if [p.label for p in f.parts] == ["甲项目", "乙项目"])
    assert [(v.value, v.unit) for v in fig.total] == [(3005000, "元")]
    money = {q.text: q.value for q in doc.quantities if q.kind == "money"}
    assert money["200.5"] == 2005000
    check = next(c for c in doc.checks if c.rule == "parts_sum")
    assert check.status == "pass"


def test_total_row_that_does_not_add_up_fails(tmp_path: Path) -> None:
    doc = extract(_plan_docx(tmp_path, "350"))
    check = next(c for c in doc.checks if c.rule == "parts_sum")
    assert check.status == "fail"
    assert check.expected == 3500000
    assert check.actual == 3005000


# ---- a project list: 项目名称 | 投资总额（亿元） | 牵头领导 | 责任单位 | 责任人 ----------


_PROJECTS = "corpus/wild/jiangxi-jiangxishengrenminzhengfubangongting-2020-3.txt"


def test_a_project_list_in_an_annex_gives_one_item_per_project() -> None:
    """jiangxi 2020 全省部分投资20亿元以上重大产业项目入库名单 (an annex after the notice's own
    四 items): each numbered project is an item, its unit from 责任单位, its money from the
    投资总额（亿元） column; 牵头领导 (an official and their post) and 责任人 name people."""
    doc = extract_text(shared_text(_PROJECTS))
    rows = [i for i in doc.items if i.id.startswith("表")]
    assert len(rows) == 64
    first = rows[0]
    assert (first.number, first.title) == ("1", "江铃新能源汽车新基地及工程研究院建设项目")
    assert [a.name for a in first.agencies] == ["南昌经开区管委会"]  # not 吴国荣（…副主任）
    money = [q for q in doc.quantities if q.kind == "money" and first.span.start <= q.span.start]
    assert (money[0].text, money[0].value) == ("150", 15000000000)
    # "井冈山经开区 管委会": the scrape's space inside one name
    assert [a.name for a in rows[54].agencies] == ["井冈山经开区 管委会"]
    assert [i.number for i in doc.items if not i.id.startswith("表")] == ["一", "二", "三", "四"]


def test_people_columns_and_spaces_between_units(tmp_path: Path) -> None:
    """Negatives: a 负责人 column names no unit; a space between two whole units in a cell still
    parts them (县财政局 县发改委); a 项目 column with no unit column gives no items."""
    d = docx.Document()
    d.add_paragraph("某县2020年重点项目推进方案")
    d.add_paragraph("一、重点项目")
    _add_table(
        d,
        [
            ("序号", "项目名称", "总投资（万元）", "负责人", "责任单位"),
            ("1", "县城污水处理厂扩建", "1200", "张三（县住建局局长）", "县财政局 县发改委"),
            ("2", "农村公路提升", "800", "李四", "县交通运输局"),
        ],
    )
    _add_table(d, [("项目", "投资"), ("甲项目", "100"), ("乙项目", "200")])
    buf = io.BytesIO()
    d.save(buf)
    path = tmp_path / "projects.docx"
    path.write_bytes(buf.getvalue())
    doc = extract(path)
    rows = [i for i in doc.items if i.id.startswith("表")]
    assert [[a.name for a in r.agencies] for r in rows] == [
        ["县财政局", "县发改委"],
        ["县交通运输局"],
    ]
    money = {q.text: q.value for q in doc.quantities if q.kind == "money"}
    assert money == {"1200": 12000000, "800": 8000000}


def test_a_cell_joins_only_a_bare_name_tail_to_the_unit_before() -> None:
    """``井冈山经开区 管委会`` (jiangxi 2020) is one name; ``县委 政府`` and ``县委 县政府`` are two
    units, as is any space between whole names."""
    from extractor.agencies import agencies_in_cell

    def names(cell: str) -> list[str]:
        return [a.name for a in agencies_in_cell(cell, 0, len(cell))]

    assert names("井冈山经开区 管委会") == ["井冈山经开区管委会"]
    assert names("县委 政府") == ["县委", "政府"]
    assert names("县委 县政府") == ["县委", "县政府"]
