"""The corpus view at the end of report.md: units and rules across all documents."""

from __future__ import annotations

from decimal import Decimal

from extractor.model import Document
from extractor.pipeline import extract
from extractor.review.corpus import corpus_md, corpus_totals, document_summary
from tests.shared_docs import CORPUS, ROOT


def _docs() -> list[Document]:
    return [
        extract(p, name=p.relative_to(CORPUS).as_posix()) for p in sorted(CORPUS.rglob("*.txt"))
    ]


def test_units_across_the_committed_corpus() -> None:
    """Each document reduced to its summary (as the batch's workers do), then added up."""
    units, rules = corpus_totals(document_summary(doc) for doc in _docs())
    # 区教委: the seed's items 1–5 of both counties, 17 and 19 (区人保局(3)、区教委(1)), and
    # 1．开展教育帮扶 … 安排助学资金80万元 …（区教委（2）、区团委（1））
    #   (corpus/samples/figure-mismatch-plan-2021)
    edu = units["区教委"]
    assert (edu.documents, edu.items, edu.lead, edu.support) == (2, 13, 0, 0)
    assert edu.projects == 1 + 2
    assert edu.money == Decimal(
        1_000_000 + 1_000_000 + 800_000
    )  # 100万 twice (5.开展精准助学工程), 80万
    # （牵头单位：市大数据局；配合单位：市政府办公室、各区县政府） and （市大数据局牵头，…配合）
    data = units["市大数据局"]
    assert (data.items, data.lead, data.support) == (4, 2, 0)
    assert units["市公安局"].support == 1
    # parts_sum: 两县共有建档立卡贫困人口5000户 … 其中甲县2000户 … 乙县2500户 fails; 10 pass
    assert rules["parts_sum"] == [1, 0, 10]


def test_report_md_ends_with_the_corpus_view() -> None:
    report = (ROOT / "outputs" / "report.md").read_text(encoding="utf-8")
    tail = report.split("## Responsible units across all documents", 1)[1]
    assert "| 区教委 | 2 | 13 | 0 | 0 | 3 | 2,800,000 |" in tail
    assert "| `parts_sum` | 11 | 1 | 0 | 10 |" in tail.split("## Checks by rule", 1)[1]
    assert report.index("## shijingshan-fupin-plan-2018.txt") < report.index("## Responsible units")


def test_no_units_no_checks() -> None:
    lines = list(corpus_md([]))
    assert "No item names a responsible unit." in lines
    assert lines[-1] == "No checks ran."
