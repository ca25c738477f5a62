"""A peer's planted-error 决算, rebuilt from the real ones (issue 8, "A peer's test file").

A public budget-checking project ships a 部门决算 with eight planted errors: a year that
contradicts the cover, a 总计 in the prose that differs from the table, a changed growth rate,
``大于/小于预算数`` wording that contradicts the numbers, an ``XX`` placeholder and moved table
cells. That file is not ours to read, so this module plants errors of those classes, eight at
once, in each 2024 部门决算 of ``../shared/corpus/pdf`` (same series and template as the peer's),
in two copies per document that put every class in another place, and judges what the extractor
flags.

**Where.** In the reader's text and in the table cells that hold it, as
``tests/checker_mutations.py`` does (``RawText`` in, the pipeline's stages after it), since
writing into a PDF's content streams means re-encoding subset fonts. Unlike a mutation there,
a plant here may change the length of the text (``××``, a moved cell), so ``rewrite`` shifts
every later offset: pages, tables, cells.

**Judged.** A plant is *caught* when a failing or warning check that the clean document does
not have puts a span over the planted text (for a moved cell, over one of its cells) on the
plant's page: for a year, its first span, since every ``stale_year`` finding also points at the
title it compares with. A new failing or warning check whose spans cover no plant is a *flag
elsewhere*. ``bench/bench_peer.py`` prints the verdicts; ``tests/test_peer_style.py``
holds it to its floor.
"""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import regex

from extractor.model import Check, Document
from extractor.pipeline import _stages
from extractor.readers import RawText
from extractor.readers import read as read_file
from extractor.readers.base import RawCell, RawTable
from tests.shared_docs import SHARED

PDF = SHARED / "corpus" / "pdf"


@dataclass(frozen=True)
class Edit:
    """``text[start:end]`` replaced by ``new``."""

    start: int
    end: int
    new: str


def _shift(edits: Sequence[Edit], at: int, *, owns_insertion: bool = False) -> int:
    """Where offset ``at`` of the old text lands in the new one: moved by every edit that starts
    before it, and by an insertion right at it when ``owns_insertion`` (the end of an empty
    cell the insertion fills). Edits lie inside one cell or in the prose, never across."""
    moved = at
    for e in edits:
        if e.start < at or (owns_insertion and e.start == e.end == at):
            moved += len(e.new) - (e.end - e.start)
    return moved


def rewrite(raw: RawText, edits: Iterable[Edit]) -> RawText:
    """``raw`` with every edit applied (they must not overlap), its pages, tables and cells
    moved with the text and the cells that hold an edit rewritten."""
    ordered = sorted(edits, key=lambda e: e.start)
    for a, b in itertools.pairwise(ordered):
        assert a.end <= b.start, f"overlapping edits {a} {b}"
    parts: list[str] = []
    last = 0
    for e in ordered:
        parts += [raw.text[last : e.start], e.new]
        last = e.end
    text = "".join(parts) + raw.text[last:]

    def cell(c: RawCell) -> RawCell:
        start = _shift(ordered, c.start)
        end = _shift(ordered, c.end, owns_insertion=c.start == c.end)
        return RawCell(text[start:end], start, end)

    tables = tuple(
        RawTable(
            tuple(tuple(cell(c) for c in row) for row in t.rows),
            _shift(ordered, t.start),
            _shift(ordered, t.end),
        )
        for t in raw.tables
    )
    pages = tuple(_shift(ordered, p) for p in raw.page_starts)
    return dataclasses.replace(raw, text=text, tables=tables, page_starts=pages)


@dataclass(frozen=True)
class Plant:
    """One planted error: in the one place of the text that reads ``anchor`` (with the marks
    taken out), the part marked ``⟦…⟧`` becomes ``new``. A moved cell is several plants of one
    ``label``, one per cell it rewrites."""

    kind: str  # year, total, growth, direction, placeholder, cells
    label: str
    anchor: str
    new: str
    where: str = ""  # which part of the document: the cover, a heading, 截至, a table


def moved(label: str, where: str, context: str, news: tuple[str, ...]) -> list[Plant]:
    """A moved cell: each cell marked in ``context`` written over with its entry of ``news``
    (one plant per cell, the other marks read as plain text)."""
    marked = list(regex.finditer(r"⟦([^⟧]*)⟧", context))
    assert len(marked) == len(news)
    out = []
    for k, new in enumerate(news):
        anchor = (
            "".join(
                piece
                for j, m in enumerate(marked)
                for piece in (
                    context[marked[j - 1].end() if j else 0 : m.start()],
                    m.group() if j == k else m[1],
                )
            )
            + context[marked[-1].end() :]
        )
        out.append(Plant("cells", label, anchor, new, where))
    return out


def locate(text: str, plant: Plant) -> Edit:
    """The edit ``plant`` makes in ``text``; the anchor must occur once."""
    head, rest = plant.anchor.split("⟦")
    old, tail = rest.split("⟧")
    anchor = head + old + tail
    at = text.find(anchor)
    assert at >= 0, f"{plant.label}: anchor not found: {anchor!r}"
    assert text.find(anchor, at + 1) < 0, f"{plant.label}: anchor not unique: {anchor!r}"
    return Edit(at + len(head), at + len(head) + len(old), plant.new)


@dataclass(frozen=True)
class Verdict:
    label: str
    kind: str
    caught: bool
    found: tuple[str, ...]  # the new findings whose first span covers it


@dataclass(frozen=True)
class Result:
    document: str
    verdicts: tuple[Verdict, ...]
    elsewhere: tuple[str, ...]  # new findings that cover no plant

    @property
    def caught(self) -> int:
        """Planted errors caught: a moved cell (its plants share a label) counts once."""
        labels = {v.label for v in self.verdicts}
        return sum(any(v.caught for v in self.verdicts if v.label == x) for x in labels)

    @property
    def planted(self) -> int:
        return len({v.label for v in self.verdicts})


def _page(raw: RawText, at: int) -> int:
    return 1 + sum(1 for p in raw.page_starts if p <= at)


def findings(doc: Document) -> list[Check]:
    return [c for c in doc.checks if c.status != "pass"]


def _key(c: Check) -> tuple[object, ...]:
    return (c.rule, c.status, c.message)


def extract(raw: RawText, name: str) -> Document:
    return _stages(raw, name, "0" * 64)  # (no check reads the hash)


def judge(name: str, raw: RawText, plants: Sequence[Plant]) -> Result:
    """Plant every error of ``plants`` at once in ``raw`` and judge what the checks flag."""
    base = extract(raw, name)
    edits = [locate(raw.text, p) for p in plants]
    # a finding of the clean document is the same finding when its words or its places are
    # (a warning that quotes a planted heading is not new)
    before = {_key(c) for c in findings(base)} | {
        (c.rule, c.status, tuple((_shift(edits, s.start), _shift(edits, s.end)) for s in c.spans))
        for c in findings(base)
    }
    planted = rewrite(raw, edits)
    after = extract(planted, name)
    new = [
        c
        for c in findings(after)
        if _key(c) not in before
        and (c.rule, c.status, tuple((s.start, s.end) for s in c.spans)) not in before
    ]
    ranges = []
    for e in edits:
        start = _shift(edits, e.start)
        ranges.append((start, start + max(1, len(e.new))))  # (a deleted cell: where it was)
    verdicts = []
    for p, (start, end) in zip(plants, ranges, strict=True):
        page = _page(planted, start)
        found = tuple(
            f"{c.rule}:{c.status} {c.message}"
            for c in new
            if any(
                s.start < end and start < s.end and s.page in (None, page)
                for s in (c.spans[:1] if p.kind == "year" else c.spans)
            )
        )
        verdicts.append(Verdict(p.label, p.kind, bool(found), found))
    elsewhere = tuple(
        f"{c.rule}:{c.status} {c.message}"
        for c in new
        if not any(s.start < end and start < s.end for s in c.spans for start, end in ranges)
    )
    return Result(name, tuple(verdicts), elsewhere)


def read(document: str) -> RawText:
    return read_file(PDF / document)


# Eight errors per copy over the peer's classes, two copies of each document, varied between
# them: the cover year, a heading's year and a 截至 date; the 总计 of 一、收入支出决算总体情况, of
# 四、财政拨款收入支出决算总体情况 and of 五、(一); growth rates of the 财政拨款 explanations and
# of 机关运行经费; 大于/小于/持平 sentences of 五、(三); XX, ×× and XX.XX in an agency's name and
# in an amount; a cell moved to the next column or down a row, and two rows' cells swapped.
# Both documents state their assets 截至2024年12月31日.
_YEAR_END = Plant("year", "截至 date", "截至⟦2024⟧年12月31日", "2023", "(三) 国有资产")
_PARTY = "putuo-party-social-work-dept-2024-final-accounts.pdf"
_PLANNING = "putuo-planning-resources-bureau-2024-final-accounts.pdf"

PLANTS: dict[tuple[str, int], tuple[Plant, ...]] = {
    (_PARTY, 1): (
        Plant(
            "year",
            "heading year",
            "社会工作部⟦2024⟧年度部门决算情况\n说明",
            "2023",
            "第三部分's heading",
        ),
        _YEAR_END,
        Plant(
            "total",
            "财政拨款收入支出总计",
            "2024年度财政拨款收入支出总计⟦307.82⟧万元",
            "370.82",
            "四、",
        ),
        Plant(
            "growth",
            "growth rate",
            "一般公共预算财政拨款支出增加307.82万元，增长⟦100.00⟧%",
            "10.00",
            "五、(一)",
        ),
        Plant(
            "direction",
            "小于 -> 大于",
            "支出决算为11.31万元。决算数⟦小于⟧全年预算数",
            "大于",
            "五、(三) 2",
        ),
        Plant(
            "placeholder",
            "XX in a unit's name",
            "2 | 上海市普陀区⟦社会工作发展⟧服务中心",
            "XX",
            "the units table",
        ),
        *moved(
            "cell moved a column",
            "支出决算表",
            "2013901 | 行政运行 | 51.32 | ⟦51.32⟧ | ⟦⟧ |  |  | \n2013950 | 事业运行 | 11.31 |",
            ("", "51.32"),
        ),
        *moved(
            "rows' cells swapped",
            "一般公共预算财政拨款支出决算表",
            "2101101 | 行政单位医疗 | ⟦2.22⟧ | 2.22 | \n"
            "2101102 | 事业单位医疗 | ⟦0.49⟧ | 0.49 | \n221",
            ("0.49", "2.22"),
        ),
    ),
    (_PLANNING, 1): (
        Plant("year", "cover year", "资源局\n⟦2024⟧年度部门决算\n目 录", "2023", "the cover"),
        Plant("total", "收入支出总计", "2024 年度收入支出总计⟦9859.38⟧ 万元", "9895.38", "一、"),
        Plant(
            "growth",
            "growth rate",
            "财政拨款收入支出总计增加1193.20万元，增长⟦13.95⟧%",
            "15.93",
            "四、",
        ),
        Plant(
            "growth",
            "growth rate, a fall",
            "比2023年度减少13.52万元，下降⟦8.65⟧%",
            "6.85",
            "十一、(一) 机关运行经费",
        ),
        Plant(
            "direction",
            "小于 -> 大于",
            "支出决算为196.29万元，完成年初预算的99.94%。决算数⟦小于⟧预算数",
            "大于",
            "五、(三) 7",
        ),
        Plant(
            "placeholder",
            "×× in an amount",
            "成交的，采购金额 ⟦225.10⟧ 万元",
            "××",
            "(二) 政府采购",
        ),
        *moved(
            "cells swapped in a row",
            "收入支出决算总表",
            "年初结转和结余 | ⟦112.88⟧ | 年末结转和结余 | ⟦100.00⟧",
            ("100.00", "112.88"),
        ),
        *moved(
            "rows' cells swapped",
            "一般公共预算财政拨款支出决算表",
            "2080501 | 行政单位离退休 | 54.53 | ⟦54.53⟧ | 0.00\n"
            "2080502 | 事业单位离退休 | 28.11 | ⟦28.11⟧ | 0.00\n2080505",
            ("28.11", "54.53"),
        ),
    ),
    # The second copy of each moves every class elsewhere: the cover against a heading and a
    # 截至 date, the other section's 总计, the other growth rate, 持平 wording, X in a decimal
    # amount and a 局's name, a row's values moved down a row or swapped within a row.
    (_PARTY, 2): (
        Plant("year", "cover year", "中共上海市普陀区委\n社会工作部⟦2024⟧年度\n部门决算", "2023"),
        Plant(
            "total", "收入支出总计", "社会工作部2024年度收入支出总计⟦307.82⟧万元", "307.28", "一、"
        ),
        Plant(
            "growth",
            "growth rate",
            "机关运行经费支出10.23万元，比2023年度增加10.23万元，增长⟦100.00⟧%",
            "12.50",
            "十一、(一)",
        ),
        Plant(
            "direction",
            "持平 -> 小于",
            "全年预算为202.24万元，支出决算为202.24万元。决算数⟦与全年预算数持平⟧",
            "小于全年预算数",
            "五、(三) 3",
        ),
        Plant(
            "placeholder",
            "XX.XX in an amount",
            "政府采购金额（以合同签订为准）为⟦21.07⟧万元",
            "XX.XX",
            "(二) 政府采购",
        ),
        *moved(
            "rows' cells swapped",
            "收入决算表",
            "2013901 | 行政运行 | ⟦51.32⟧ | 51.32 |  |  |  |  | \n"
            "2013950 | 事业运行 | ⟦11.31⟧ | 11.31 |",
            ("11.31", "51.32"),
        ),
        *moved(
            "cell moved down a row",
            "收入支出决算总表",
            "九、卫生健康支出 | ⟦2.71⟧\n |  | 十、节能环保支出 | ⟦⟧\n",
            ("", "2.71"),
        ),
        Plant(
            "total",
            "财政拨款支出 in 五、(一)",
            "（一）一般公共预算财政拨款支出决算总体情况\n一般公共预算财政拨款支出⟦307.82⟧万元",
            "308.72",
            "五、(一)",
        ),
    ),
    (_PLANNING, 2): (
        Plant(
            "year",
            "heading year",
            "第三部分 上海市普陀区规划和自然资源局⟦2024⟧年度部门决算\n情况说明",
            "2023",
            "第三部分's heading",
        ),
        _YEAR_END,
        Plant(
            "total",
            "财政拨款收入支出总计",
            "2024 年度财政拨款收入支出总计 ⟦9746.50⟧ 万元",
            "9746.05",
            "四、",
        ),
        Plant(
            "growth",
            "growth rate",
            "收入支出总计增加 1062.85万元，增长 ⟦12.08⟧%",
            "21.08",
            "一、",
        ),
        Plant(
            "direction",
            "持平 -> 小于",
            "年初预算为54.53万元，支出决算为54.53万元，完成年初预算的100.00%。决算数⟦同预算数持平⟧",
            "小于预算数",
            "五、(三) 1",
        ),
        Plant(
            "placeholder",
            "XX局 in a sentence",
            "上海市普陀区⟦规划与自然资源局⟧ 2024 年度无政府性基金",
            "XX局",
            "八、",
        ),
        *moved(
            "cells swapped in a row",
            "支出决算表",
            "2120101 | 行政运行 | 1105.68 | ⟦1096.91⟧ | ⟦8.77⟧ |",
            ("8.77", "1096.91"),
        ),
        *moved(
            "rows swapped",
            "收入决算表",
            "2101101 | 行政单位医疗 | ⟦40.35⟧ | ⟦40.35⟧ |  |  |  |  | \n"
            "2101102 | 事业单位医疗 | ⟦196.29⟧ | ⟦196.29⟧ |",
            ("196.29", "196.29", "40.35", "40.35"),
        ),
    ),
}


def run(copy: tuple[str, int]) -> Result:
    """The planted copy ``copy`` (a document and which of its copies) judged."""
    document, _ = copy
    return judge(document, read(document), PLANTS[copy])
