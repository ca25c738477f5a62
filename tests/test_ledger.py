"""The task ledger: the xlsx opens with openpyxl and holds every item with its agencies."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from extractor.cli import main
from extractor.pipeline import extract, extract_text
from extractor.review.deadline import find_deadlines, item_deadline
from extractor.review.ledger import HEADER, ledger_csv, ledger_rows, ledger_xlsx
from tests.shared_docs import CORPUS, SEED
from tests.test_tabular import _plan_docx


@pytest.fixture(scope="module")
def ledger(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    out = tmp_path_factory.mktemp("ledger")
    xlsx, table = out / "tasks.xlsx", out / "tasks.csv"
    assert main([str(SEED), "-o", str(out), "-q", "--xlsx", str(xlsx), "--csv", str(table)]) == 0
    return out, xlsx


def _names(agencies: list[dict[str, object]], role: str | None) -> str:
    return "、".join(str(a["name"]) for a in agencies if a["role"] == role)


def test_xlsx_holds_the_seeds_33_items_with_their_agencies(ledger: tuple[Path, Path]) -> None:
    out, xlsx = ledger
    doc = json.loads((out / f"{SEED.name}.json").read_text(encoding="utf-8"))
    ws = load_workbook(xlsx)["items"]
    rows = list(ws.iter_rows(values_only=True))
    assert list(rows[0]) == HEADER
    assert len(rows) == 1 + 33
    col = {name: i for i, name in enumerate(HEADER)}
    for row, item in zip(rows[1:], doc["items"], strict=True):
        assert row[col["id"]] == item["id"]
        assert row[col["title"]] == item["title"]
        assert (row[col["agencies, role not stated"]] or "") == _names(item["agencies"], None)
        assert (row[col["lead"]] or "") == _names(item["agencies"], "lead")
        assert row[col["project count"]] == item["project_count"]
    # 13.开展产业带动工程 … 安排产业带动资金100万元 …
    #   (区发改委(2)、区集体经济办(5)、区商务委(1)、区旅游委(1)、区投促局(2))
    row13 = next(r for r in rows if r[col["id"]] == "二.13")
    assert (
        row13[col["agencies, role not stated"]]
        == "区发改委、区集体经济办、区商务委、区旅游委、区投促局"
    )
    assert row13[col["allocation, role not stated"]] == "2、5、1、1、2"
    assert row13[col["money total (元)"]] == 1000000
    assert row13[col["amounts"]] == "100万元"
    # 10.开展对口地区农超对接 (顺平县): the seed's two warnings cite it
    row10 = next(r for r in rows if r[col["id"]] == "三.10")
    assert str(row10[col["findings"]]).startswith("warn foreign_scope: the 顺平县 section")


def test_xlsx_is_a_usable_sheet(ledger: tuple[Path, Path]) -> None:
    ws = load_workbook(ledger[1])["items"]
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == f"A1:R{1 + 33}"
    assert ws.column_dimensions["F"].width == 36  # title
    money = HEADER.index("money total (元)") + 1
    assert ws.cell(2 + 15, money).number_format == "#,##0"  # 二.13's row
    assert ws.cell(1, 1).font.bold


def test_csv_matches_the_xlsx(ledger: tuple[Path, Path]) -> None:
    out, xlsx = ledger
    data = (out / "tasks.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # a BOM, so Excel reads UTF-8
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    sheet = list(load_workbook(xlsx)["items"].iter_rows(values_only=True))
    assert len(rows) == len(sheet)
    assert [r[:6] for r in rows] == [["" if v is None else str(v) for v in s[:6]] for s in sheet]


def test_same_input_same_bytes(tmp_path: Path) -> None:
    docs = [extract(p, name=p.name) for p in sorted(CORPUS.rglob("*.txt"))]
    assert ledger_xlsx(docs) == ledger_xlsx(docs)
    assert ledger_csv(docs) == ledger_csv(docs)
    assert (
        main([str(CORPUS), "-o", str(tmp_path / "a"), "-q", "--xlsx", str(tmp_path / "a.xlsx")])
        == 0
    )
    assert (
        main([str(CORPUS), "-o", str(tmp_path / "b"), "-q", "--xlsx", str(tmp_path / "b.xlsx")])
        == 0
    )
    assert (tmp_path / "a.xlsx").read_bytes() == (tmp_path / "b.xlsx").read_bytes()


def test_control_characters_a_pdf_left_do_not_break_the_sheet(tmp_path: Path) -> None:
    # seen in ../shared/corpus/pdf/putuo-justice-bureau-2026-dept-budget.pdf: a form feed
    # inside a heading (普陀区法律援助中心名词解释) made openpyxl refuse the whole workbook
    doc = extract_text(
        "某区2026年部门预算\n一、说明\n1.法律援助中心\x0c名词解释。安排资金5万元。\n"
    )
    path = tmp_path / "tasks.xlsx"
    path.write_bytes(ledger_xlsx([doc]))
    rows = list(load_workbook(path)["items"].iter_rows(values_only=True))
    assert [r[HEADER.index("title")] for r in rows[1:]] == ["法律援助中心名词解释"]


def test_task_table_rows_carry_roles_and_their_deadline_column(tmp_path: Path) -> None:
    # 序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限 (the task table of tests/test_tabular.py)
    doc = extract(_plan_docx(tmp_path, "300.5"))
    rows = [r for r in ledger_rows([doc]) if str(r[1]).startswith("表")]
    col = {name: i for i, name in enumerate(HEADER)}
    assert [(r[col["lead"]], r[col["support"]], r[col["deadline"]]) for r in rows] == [
        ("县大数据局", "县政府办、各乡镇政府", "2020年底"),
        ("县财政局", "县大数据局", "2020年6月"),
    ]
    prose = [i for i in doc.items if not i.id.startswith("表")]
    assert prose
    assert [item_deadline(doc, i) for i in prose] == [None] * len(prose)


FROM_CORPUS = [
    # guowuyuan-zhenzhua-shigan-jili-tongzhi-2018
    ("于2018年12月31日前报送国务院办公厅", ["2018年12月31日前"]),
    ("从2019年起，各有关部门于每年2月底前，根据上一年度工作成效", ["每年2月底前"]),
    # guangzhou-rencai-jiju-shishi-yijian-2012
    ("各区（县级市）要于2012年底前制定完成具体实施方案", ["2012年底前"]),
    ("会同配合单位于2012年10月底前牵头制定完成具体实施", ["2012年10月底前"]),
    # wild/ziboshi-zhidingdifangxingfaguitiao-2017
    ("市人民政府应当于每年十月底前向常务委员会提出下一年度", ["每年十月底前"]),
    # corpus/samples/lead-support-work-points-2020.txt
    ("（一）推进一网通办。年底前，市级政务服务事项网上可办率达到90%以上", ["年底前"]),
]
SYNTHETIC = [
    # the labelled form of a realistic plan's tag (tests/test_agencies.py)
    ("责任单位:区人民银行支行(牵头)、区财政局、区税务局;完成时限:2021年6月\n", ["2021年6月"]),
    ("(责任单位：县住房城乡建设局；完成时限：2021年底)", ["2021年底"]),
    ("完成时间：6月30日前。时间节点：2020年9月", ["6月30日前", "2020年9月"]),
]
NEGATIVE = [
    # guowuyuan-xiaofei-fupin-zhidao-yijian-2018: 国家扶贫日前后
    "在国家扶贫日前后积极开展消费扶贫活动",
    # national-zhengfu-gongzuo-baogao-2019: 比五年前增加
    "农村贫困人口比五年前减少6800多万",
    # the seed: 目前,我区四个携手奔小康地区
    "目前,我区四个携手奔小康地区共有建档立卡贫困人口 17869户",
    "提前谋划,此前已完成的项目继续推进",
    "2018年称多县、宁城县、顺平县计划脱贫摘帽",
    "明确时间节点，细化工作任务",  # wild/jiangxi…: 时间节点 named, none given
    "进一步明晰工作责任和完成时限。",
    "前期工作已经启动,2019年4月完成验收",
    "每年5月起协同结对县编制好年度扶贫协作项目计划",
]


@pytest.mark.parametrize(("text", "expected"), FROM_CORPUS + SYNTHETIC)
def test_deadlines_found(text: str, expected: list[str]) -> None:
    assert find_deadlines(text) == expected


@pytest.mark.parametrize("text", NEGATIVE)
def test_no_deadline(text: str) -> None:
    assert find_deadlines(text) == []


def test_deadline_tables_well_formed() -> None:
    from extractor.tables import deadlines as t

    for words in (t.LABELS, t.COLUMN_WORDS):
        assert len(set(words)) == len(words)
        assert all(w.strip() == w and w for w in words)
