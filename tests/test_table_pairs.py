"""Table against table (extractor/checks/table_pairs.py) on the putuo 部门预算 and 部门决算 PDFs:
the rows that two tables of the same money both state, real and with errors planted."""

from __future__ import annotations

from decimal import Decimal

import pytest

from extractor.model import Check, Document
from extractor.readers import RawText
from tests.checker_mutations import plant
from tests.test_table_cells import JUSTICE, PLANNING, _raw, _run

PARTY = PLANNING.parent / "putuo-party-social-work-dept-2024-final-accounts.pdf"


def _pairs(doc: Document, status: str) -> list[Check]:
    """The table-against-table checks: a table's row beside another's, no prose, no balance."""
    out = []
    for c in doc.checks:
        m = c.message
        if c.rule != "restated_figure" or c.status != status or "agrees with the table" in m:
            continue
        if "the tables' totals agree" in m or (" = " in m and ": " not in m.split(" = ")[0]):
            out.append(c)
    return out


@pytest.fixture(scope="module")
def justice() -> RawText:
    return _raw(JUSTICE)


@pytest.fixture(scope="module")
def justice_doc(justice: RawText) -> Document:
    return _run(justice)


# ---- REAL --------------------------------------------------------------------------------


def test_the_budget_tables_of_one_money_agree_row_by_row(justice_doc: Document) -> None:
    """putuo justice 2026 预算: all of its 96,282,213.44 元 is 一般公共预算 money, so the
    部门支出预算总表 and the 一般公共预算支出功能分类预算表 (continued on a second page under its
    header printed again) state the same 行政运行, 16,726,725.44 元."""
    passes = [c.message for c in _pairs(justice_doc, "pass")]
    assert (
        "2026年部门一般公共预算支出功能分类预算表 行政运行 16726725.44 = "
        "2026年部门支出预算总表 行政运行 16726725.44"
    ) in passes
    assert (
        "2026年部门财政拨款收支预算总表 一、公共安全支出 87,267,272.44 = "
        "2026年部门财务收支预算总表 一、公共安全支出 87,267,272.44"
    ) in passes
    assert len(passes) >= 30
    assert _pairs(justice_doc, "fail") == []


def test_two_roundings_of_one_amount_agree() -> None:
    """putuo planning 2024 决算 prints 卫生健康支出 as 236.63 (收入支出决算总表, 财政拨款收入支出
    决算总表) and as 236.64 (支出决算表, 一般公共预算财政拨款支出决算表): one amount rounded to
    万元 twice. The blind audit marked it doubtful; it is not a finding."""
    doc = _run(_raw(PLANNING))
    passes = [c.message for c in _pairs(doc, "pass")]
    assert "支出决算表 卫生健康支出 236.64 = 收入支出决算总表 九、卫生健康支出 236.63" in passes
    assert _pairs(doc, "fail") == []


def test_tables_of_other_money_are_not_compared() -> None:
    """putuo planning 2024 决算: the 支出决算表 counts 9759.38 万元, the 一般公共预算财政拨款支出
    决算表 9746.50 (12.89 is other money), so their rows are not held to each other, while the
    party department's, whose money is all 一般公共预算 (307.82 both), are."""
    planning = [c.message for c in _pairs(_run(_raw(PLANNING)), "pass")]
    assert not any(
        m.startswith("一般公共预算财政拨款支出决算表") and "= 支出决算表" in m for m in planning
    )
    party = [c.message for c in _pairs(_run(_raw(PARTY)), "pass")]
    assert "一般公共预算财政拨款支出决算表 行政运行 51.32 = 支出决算表 行政运行 51.32" in party


def test_tables_of_another_part_are_not_compared(justice_doc: Document) -> None:
    """住房公积金 is a 功能分类 subject and an 经济分类 one; the 一般公共预算基本支出部门预算经济
    分类预算表 (basic spending only) is held to no 功能分类 table."""
    messages = [c.message for c in _pairs(justice_doc, "pass")]
    assert not any("经济分类预算表" in m for m in messages)


# ---- PLANTED -----------------------------------------------------------------------------


def test_a_changed_row_of_a_continued_table_fails_at_its_cell(justice: RawText) -> None:
    """行政运行 changed in the 一般公共预算支出功能分类预算表 only: the prose still agrees with the
    支出预算总表, and the two tables now disagree at the changed cell."""
    title = justice.text.rindex("2026年部门一般公共预算支出功能分类预算表")  # not the 目录's
    at = justice.text.index("16726725.44", justice.text.index("行政运行", title))
    doc = _run(plant(justice, at, "26726725.44"))
    (fail,) = _pairs(doc, "fail")
    assert fail.message.startswith(
        "2026年部门一般公共预算支出功能分类预算表 行政运行 26726725.44, but "
        "2026年部门支出预算总表 行政运行 16726725.44"
    )
    assert (fail.expected, fail.actual, fail.unit) == (
        Decimal("16726725.44"),
        Decimal("26726725.44"),
        "元",
    )
    assert fail.spans[0].start <= at < fail.spans[0].end


def test_two_cells_moved_between_rows_fail_at_both(justice: RawText) -> None:
    """The peer's "moved table cells": two rows of the 部门支出预算总表 swap their 支出预算合计
    (普法宣传 1242900.00 and 信息化建设 2278800.00); the total is unchanged, both rows fail."""
    title = justice.text.rindex("2026年部门支出预算总表")
    a = justice.text.index("1242900.00", justice.text.index("普法宣传", title))
    b = justice.text.index("2278800.00", justice.text.index("信息化建设", title))
    doc = _run(plant(plant(justice, a, "2278800.00"), b, "1242900.00"))
    fails = [c.message for c in _pairs(doc, "fail")]
    assert any(
        m.startswith(
            "2026年部门一般公共预算支出功能分类预算表 普法宣传 1242900.00, but "
            "2026年部门支出预算总表 普法宣传 2278800.00"
        )
        for m in fails
    )
    assert any(
        m.startswith(
            "2026年部门一般公共预算支出功能分类预算表 信息化建设 2278800.00, but "
            "2026年部门支出预算总表 信息化建设 1242900.00"
        )
        for m in fails
    )


def test_repeated_header_is_the_whole_header_cell_for_cell() -> None:
    from extractor.table_grid import _Cell
    from extractor.tabular import repeated_header

    def rows(*texts: list[str]) -> list[list[_Cell]]:
        return [[_Cell(t, 0, 0) for t in row] for row in texts]

    header = ["项目", "", "一般公共预算支出"], ["科目编码", "科目名称", "合计"]
    before = rows(*header, ["204", "行政运行", "16726725.44"])
    assert repeated_header(before, rows(*header, ["208", "行政单位离退休", "578040.00"])) == 2
    # a header of other words, a header cut short, or a page with nothing but the header
    other = rows(["项目", "", "政府性基金预算支出"], header[1], ["合计", "", "0"])
    assert repeated_header(before, other) == 0
    assert repeated_header(before, rows(header[0], ["208", "行政单位离退休", "578040.00"])) == 0
    assert repeated_header(before, rows(*header)) == 0


def test_tables_of_other_years_are_not_compared() -> None:
    """A 2025 table beside a 2026 one counts other money even when its total happens to agree;
    a title with no year (财政拨款收入支出决算总表) may stand beside one with a year."""
    from extractor.checks.table_pairs import _same_money, _Side
    from extractor.facts import QuantityMatch, TableCell

    def side(title: str) -> _Side:
        total = QuantityMatch(
            0, 11, Decimal("96282213.44"), "元", "money", precision=Decimal("0.01")
        )
        cell = TableCell(1, title, 0, "合计", "支出预算合计", True, True, True, total)
        years = frozenset(y for y in ("2025", "2026") if y in title)
        return _Side(1, 0, title, "支出", frozenset(), frozenset(), years, cell, {})

    this_year = side("2026年部门支出预算总表")
    assert _same_money(this_year, side("2026年部门支出预算总表"))
    assert _same_money(this_year, side("部门支出预算总表"))
    assert not _same_money(this_year, side("2025年部门支出预算总表"))
