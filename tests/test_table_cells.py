"""Prose against tables (extractor/checks/table_cells.py), on the putuo 2024 部门决算 PDFs with
errors planted in their prose and their tables, and the grammar of tables/restated.py."""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from pathlib import Path

import pytest
import regex

from extractor.checks.table_cells import name_of
from extractor.model import Check, Document
from extractor.pipeline import _stages
from extractor.readers import RawText, read
from extractor.readers.base import RawCell, RawTable
from extractor.tables import restated as R
from tests.checker_mutations import plant
from tests.shared_docs import SHARED

PLANNING = SHARED / "corpus" / "pdf" / "putuo-planning-resources-bureau-2024-final-accounts.pdf"
JUSTICE = SHARED / "corpus" / "pdf" / "putuo-justice-bureau-2026-dept-budget.pdf"


def _raw(path: Path) -> RawText:
    if not path.is_file():
        pytest.skip(f"{path} not found: these tests read ../shared next to the repository")
    return read(path)


def _run(raw: RawText) -> Document:
    return _stages(raw, "planted.pdf", "0" * 64)


def _restated(doc: Document, status: str) -> list[Check]:
    return [c for c in doc.checks if c.rule == "restated_figure" and c.status == status]


# The planning bureau's own mismatches (test_the_prose_states_the_tables_of_its_money).
_REAL_MISMATCHES = (
    "一般公共预算财政拨款基本支出5377.64万元 in the text, but the table says "
    "一般公共预算财政拨款支出决算表 合计 基本支出 5364.75",
)


def _planted(doc: Document) -> list[Check]:
    """The failures beside the document's own."""
    return [c for c in _restated(doc, "fail") if c.message not in _REAL_MISMATCHES]


@pytest.fixture(scope="module")
def planning() -> RawText:
    return _raw(PLANNING)


@pytest.fixture(scope="module")
def planning_doc(planning: RawText) -> Document:
    return _run(planning)


# ---- REAL: what the 决算说明 restates from its tables --------------------------------------


def test_the_prose_totals_agree_with_the_tables(planning_doc: Document) -> None:
    agreeing = [c.message for c in _restated(planning_doc, "pass") if "agrees with" in c.message]
    said = [m.split(" agrees with")[0] for m in agreeing]
    assert "上海市普陀区规划和自然资源局2024年度收入支出总计9859.38 万元" in said
    assert "本年支出合计9759.38万元" in said
    assert "基本支出5377.64万元" in said
    assert "社会保障和就业支出754.75万元" in said
    # 财政拨款收入支出总计 is the 财政拨款收入支出决算总表's 总计 (9746.50), not the first table's
    (fiscal,) = [m for m in agreeing if "财政拨款收入支出总计9746.50" in m]
    assert "财政拨款收入支出决算总表 总计" in fiscal


def test_the_prose_states_the_tables_of_its_money(planning_doc: Document) -> None:
    """Under “六、一般公共预算财政拨款基本支出决算情况说明” the prose says “一般公共预算财政拨款基本
    支出 5377.64 万元”: that is the 支出决算表's 基本支出, all the money; the 一般公共预算财政拨款
    支出决算表 says 5364.75 (12.89 of it is other money): a real mismatch, which a blind audit of
    this file found. Under “五、一般公共预算财政拨款支出决算情况说明” the prose's 卫生健康支出
    236.63 meets the 一般公共预算财政拨款支出决算表's 236.64: two roundings of one amount
    (2,366,350 元), which is no finding."""
    fails = [c.message for c in _restated(planning_doc, "fail")]
    assert fails == list(_REAL_MISMATCHES)
    # the all-money 基本支出 under “四、支出决算情况说明” still agrees with the all-money table
    passes = [c.message for c in _restated(planning_doc, "pass")]
    assert "基本支出5377.64万元 agrees with the table: 支出决算表 合计 基本支出 5377.64" in passes
    health = (
        "卫生健康支出236.63万元 agrees with the table: 一般公共预算财政拨款支出决算表 卫生健康支出"
    )
    assert [m for m in passes if m.startswith(health)] == [f"{health} 合计 236.64"]


def test_the_two_sides_of_each_summary_table_balance(planning_doc: Document) -> None:
    balances = [c.message for c in _restated(planning_doc, "pass") if ": 总计 " in c.message]
    assert balances == [
        "收入支出决算总表: 总计 9859.38 = 总计 9859.38",
        "财政拨款收入支出决算总表: 总计 9746.50 = 总计 9746.50",
    ]


# ---- PLANTED: one number changed, caught where it was changed ------------------------------


def test_a_changed_prose_total_fails_at_the_prose(planning: RawText) -> None:
    at = planning.text.index("9859.38", planning.text.index("年度收入支出总计"))
    doc = _run(plant(planning, at, "9869.38"))
    (fail,) = _planted(doc)
    assert fail.message.startswith("上海市普陀区规划和自然资源局2024年度收入支出总计9869.38")
    assert "收入支出决算总表 总计 决算数 9859.38" in fail.message
    assert (fail.expected, fail.actual, fail.unit) == (Decimal(98593800), Decimal(98693800), "元")
    prose = fail.spans[0]  # spans are offsets into the source text, as ``at`` is
    assert prose.start <= at < prose.end


def test_a_changed_column_part_in_the_prose_fails(planning: RawText) -> None:
    at = planning.text.index("5377.64万元")
    doc = _run(plant(planning, at, "5477.64"))
    fails = _planted(doc)
    assert len(fails) == 1
    said = "基本支出5477.64万元 in the text"
    assert fails[0].message.startswith(said)
    assert "the table says 支出决算表 合计 基本支出 5377.64" in fails[0].message


def test_a_changed_total_on_one_side_breaks_the_balance() -> None:
    raw = _raw(JUSTICE)
    row = raw.text.index("收入总计")
    at = raw.text.index("96,282,213.44", row)
    doc = _run(plant(raw, at, "97"))
    balance = [c for c in _restated(doc, "fail") if "支出总计" in c.message]
    assert [c.message for c in balance][:1] == [
        "2026年部门财务收支预算总表: 收入总计 97,282,213.44, but 支出总计 96,282,213.44"
    ]


# ---- NEGATIVE: what is not compared ------------------------------------------------------


def _prose_doc(planning: RawText, sentence: str) -> Document:
    """The planning document with one more sentence in its 收入支出决算总体情况说明."""
    at = planning.text.index("与 2023 年度相比")
    raw = planning
    text = raw.text[:at] + sentence + raw.text[at:]
    shift = len(sentence)

    def moved(c: RawCell) -> RawCell:
        return c if c.start < at else RawCell(c.text, c.start + shift, c.end + shift)

    tables = tuple(
        RawTable(
            tuple(tuple(moved(c) for c in row) for row in t.rows),
            t.start + (shift if t.start >= at else 0),
            t.end + (shift if t.end >= at else 0),
        )
        for t in raw.tables
    )
    starts = tuple(s + shift if s >= at else s for s in raw.page_starts)
    return _run(dataclasses.replace(raw, text=text, tables=tables, page_starts=starts))


@pytest.mark.parametrize(
    "sentence",
    [
        "2023年度收入支出总计8796.53万元。",  # another year's
        "上年本年支出合计8566.18万元。",  # 上年
        "收入支出总计约9800万元。",  # hedged
        "“三公”经费预算数37.91万元。",  # a lone 预算数 column names nothing
        "其中基本支出增加214.04万元。",  # a change, not the amount
    ],
)
def test_not_compared(planning: RawText, sentence: str) -> None:
    doc = _prose_doc(planning, sentence)
    assert _planted(doc) == []


def test_a_stated_total_added_to_the_prose_is_compared(planning: RawText) -> None:
    """The positive twin of the negatives: the same place, this year's number, compared."""
    doc = _prose_doc(planning, "本年支出合计9795.38万元。")
    (fail,) = _planted(doc)
    assert fail.message.startswith("本年支出合计9795.38万元 in the text")


# ---- GRAMMAR ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("label", "name"),
    [
        ("一、一般公共预算财政拨款收入", "一般公共预算财政拨款收入"),  # 收入支出决算总表 row
        ("城乡社区支出(类)", "城乡社区支出"),  # 决算说明 prose
        ("1. 一般公共预算", "一般公共预算"),  # 财务收支预算总表 row
        ("本年 支出合计", "本年支出合计"),
    ],
)
def test_name_of(label: str, name: str) -> None:
    assert name_of(label) == name


@pytest.mark.parametrize(
    "label", ["2024年度收入支出总计", "卫生健康支出", "2.5亿元", "十一届全会", "(项目)支出"]
)
def test_name_of_leaves_names_alone(label: str) -> None:
    """A year, a name, a number, a 届 and a bracket that is not a level are not markers."""
    assert name_of(label) == label


@pytest.mark.parametrize("said", ["收入支出总计为", "总计:", "达到", "合计是 "])
def test_link_words_end_a_name(said: str) -> None:
    assert regex.search(R.LINK_WORDS, said).start() < len(said)  # type: ignore[union-attr]


@pytest.mark.parametrize("said", ["收入支出总计", "增加", "为民服务", "达标率"])
def test_not_link_words(said: str) -> None:
    assert regex.search(R.LINK_WORDS, said).start() == len(said)  # type: ignore[union-attr]
