"""The peer's planted-error 决算, rebuilt (issue 8): eight errors of the peer's classes planted
at once in each real 2024 部门决算 of ../shared/corpus/pdf (tests/peer_plants.py), each flagged
at its place, nothing flagged elsewhere, and nothing on the clean original but its real slips.
"""

from __future__ import annotations

from functools import cache

import pytest

from extractor.readers import RawText
from extractor.readers.base import RawCell, RawTable
from tests.peer_plants import (
    _PARTY,
    _PLANNING,
    PDF,
    PLANTS,
    Edit,
    Plant,
    Result,
    extract,
    findings,
    read,
    rewrite,
)
from tests.peer_plants import run as run_plants

# What each planted copy still misses, by plant label: a ratchet, emptied as the checks learn.
# Both are cells moved where every sum still holds and only another table (or the prose, which
# another table agrees with) says otherwise: restated_figure's table against table.
MISSES: dict[tuple[str, int], set[str]] = {
    (_PARTY, 1): set(),
    (_PLANNING, 1): set(),
    (_PARTY, 2): {"cell moved down a row"},
    (_PLANNING, 2): {"rows swapped"},
}

# The clean originals' findings, every one a real slip of the document: the tables part has
# no 第二部分 heading of its own (its pages open with “…2024年度部门决算表”), and the planning
# bureau's text keeps both wordings of the template's choice (“下降（增长）27.78%”).
_SKIP = "heading 第三部分 ({}2024年度部门决算{}) skips after 第一部分 ({}概况)"
# The originals' own slips, each also in the blind audit of these files (README, "A blind audit
# of the budget PDFs") but 第三部分 after 第一部分.
REAL: dict[str, list[tuple[str, str]]] = {
    _PARTY: [
        # 完成年初预算的95.89% with a 年初预算 of 0: the rate is the 全年预算's
        ("percentage", "一般公共预算财政拨款支出年初预算为0万元，全年预算为321.02万元"),
        (
            "numbering",
            _SKIP.format("中共上海市普陀区委社会工作部", "情况", "中共上海市普陀区委社会工作部"),
        ),
        # the template's instruction under the two empty tables
        ("placeholder", "template text left in: “仍保留该表格式” in “无政府性基金预算"),
        ("placeholder", "template text left in: “仍保留该表格式” in “无国有资本经营预算"),
    ],
    _PLANNING: [
        # the prose's 一般公共预算 基本支出 is the all-money table's
        ("restated_figure", "一般公共预算财政拨款基本支出5377.64万元 in the text, but the table"),
        # 五（一）: “增加1193.20 万元，增长 13.95。”, its % lost
        ("percentage", "a rate without its %: “增长 13.95”"),
        (
            "numbering",
            _SKIP.format("上海市普陀区规划和自然资源局", "", "上海市普陀区规划和自然资源局"),
        ),
        ("placeholder", "template text left in: “下降（增长）” in “2024年度“三公”经费"),
    ],
}


def _need(document: str) -> None:
    if not (PDF / document).is_file():
        pytest.skip(
            f"{PDF / document} not found: these tests read ../shared next to the repository"
        )


@cache
def _result(copy: tuple[str, int]) -> Result:
    return run_plants(copy)


def _copy_id(copy: tuple[str, int]) -> str:
    return f"{copy[0].removeprefix('putuo-').split('-2024')[0]}-{copy[1]}"


COPIES = pytest.mark.parametrize("copy", sorted(PLANTS), ids=_copy_id)


@COPIES
def test_each_planted_error_is_flagged_at_its_place(copy: tuple[str, int]) -> None:
    _need(copy[0])
    result = _result(copy)
    missed = {v.label for v in result.verdicts if not v.caught}
    missed = {
        label for label in missed if not any(v.caught for v in result.verdicts if v.label == label)
    }
    assert missed == MISSES[copy]
    assert result.planted == 8
    assert result.caught == 8 - len(MISSES[copy])


@COPIES
def test_the_plants_flag_nothing_elsewhere(copy: tuple[str, int]) -> None:
    _need(copy[0])
    assert _result(copy).elsewhere == ()


@pytest.mark.parametrize("document", sorted(REAL))
def test_the_clean_original_has_only_its_real_slips(document: str) -> None:
    _need(document)
    doc = extract(read(document), document)
    found = [(c.rule, c.message) for c in findings(doc)]
    assert len(found) == len(REAL[document]), found
    for (rule, message), (want_rule, want_start) in zip(found, REAL[document], strict=True):
        assert rule == want_rule
        assert message == want_start if rule == "numbering" else message.startswith(want_start)


def _raw(text: str, cells: list[tuple[int, int]]) -> RawText:
    row = tuple(RawCell(text[s:e], s, e) for s, e in cells)
    return RawText(
        text, "pdf", page_starts=(len(text) - 1,), pages=2, tables=(RawTable((row,), 0, 9),)
    )


def test_rewrite_moves_cells_pages_and_fills_an_empty_cell() -> None:
    # “行政运行 | 51.32 | 51.32 |  ” with the 基本支出 cell moved to 项目支出: a cell emptied, an
    # empty one filled
    text = "行政运行 | 51.32 | 51.32 | \n注"
    raw = _raw(text, [(0, 4), (7, 12), (15, 20), (23, 23)])
    out = rewrite(raw, [Edit(15, 20, ""), Edit(23, 23, "51.32")])
    assert out.text == "行政运行 | 51.32 |  | 51.32\n注"
    assert [c.text for c in out.tables[0].rows[0]] == ["行政运行", "51.32", "", "51.32"]
    assert out.page_starts == (len(out.text) - 1,)


def test_rewrite_shifts_what_follows_a_longer_or_shorter_edit() -> None:
    text = "采购金额 225.10 万元 | 9 | 8\n注"
    raw = _raw(text, [(17, 18), (21, 22)])
    out = rewrite(raw, [Edit(5, 11, "××")])
    assert out.text == "采购金额 ×× 万元 | 9 | 8\n注"
    assert [c.text for c in out.tables[0].rows[0]] == ["9", "8"]


def test_a_plant_needs_one_place_in_the_text() -> None:
    from tests.peer_plants import locate

    assert locate("比上年增长5%，比上年增长6%", Plant("growth", "x", "增长⟦6⟧%", "9")) == Edit(
        13, 14, "9"
    )
    with pytest.raises(AssertionError, match="not unique"):
        locate("增长5%，增长5%", Plant("growth", "x", "增长⟦5⟧%", "9"))
