"""A finding a reviewer can act on (issue 8, part 7): failures first, both sides quoted with
their lines and pages, and a line per document saying which checks ran."""

from __future__ import annotations

from typing import Any

from extractor import extract_text
from extractor.report import document_row, report_md
from tests.shared_docs import seed_text

# 石景山区2018年精准扶贫工作计划 (seed), one cause made larger: "因病致贫的共1365户" → 2365.
SLIP = ("因病致贫的共1365户", "因病致贫的共2365户")


def _row(text: str, name: str = "seed.txt") -> dict[str, Any]:
    return document_row(name, extract_text(text, name), text)


def _section(md: str, name: str) -> list[str]:
    lines = md.split("\n")
    start = lines.index(f"## {name}")
    end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("## ")), len(lines))
    return lines[start:end]


def test_failures_come_before_warnings() -> None:
    row = _row(seed_text().replace(*SLIP))
    statuses = [f["status"] for f in row["findings"]]
    assert "fail" in statuses
    assert "warn" in statuses
    assert statuses == sorted(statuses, key=["fail", "warn"].index)
    section = _section(report_md([row]), "seed.txt")
    marks = [line.split("**")[1] for line in section if line.startswith("- **")]
    assert marks == statuses


def test_a_comparison_quotes_both_places_with_their_lines() -> None:
    # The seed's 顺平县 item 10 repeats the 称多县 item word for word (line 59 against line 30):
    # the reviewer must see both passages, not only the one the finding is anchored on.
    row = _row(seed_text())
    [copied] = [f for f in row["findings"] if f["rule"] == "foreign_scope"]
    assert [p["line"] for p in copied["places"]] == [59, 30]
    assert "帮助称多特色产品拓宽进京销售渠道" in copied["places"][1]["quote"]
    section = _section(report_md([row]), "seed.txt")
    [head] = [line for line in section if "`foreign_scope` (" in line]
    assert "(line 59 and 1 other place)" in head
    assert any(line.startswith("  - line 30: “") for line in section)


def test_parts_in_the_sentence_of_their_total_are_quoted_once() -> None:
    row = _row(seed_text().replace(*SLIP))
    [slip] = [f for f in row["findings"] if f["rule"] == "parts_sum"]
    assert len(slip["places"]) == 1
    assert "因病致贫的共2365户" in slip["places"][0]["quote"]


def test_each_document_ends_with_the_checks_that_ran() -> None:
    row = _row(seed_text())
    last = [line for line in _section(report_md([row]), "seed.txt") if line][-1]
    assert last.startswith("Checks run: 24 (3 warned): `allocation_sum` 2, ")
    assert "`scope_coverage` 1 (1 warned)" in last
    assert "`parts_sum` 7," in last


def test_a_clean_document_says_what_its_verdict_rests_on() -> None:
    # A plan with a list and no figures: the structural checks pass, and the report says no
    # number was compared instead of only "no failed checks".
    text = (
        "某区2020年社区治理工作要点\n一、加强组织领导\n各街道要落实主体责任。\n"
        "二、强化督促检查\n区委督查室定期通报进展。\n"
    )
    row = _row(text, "points.txt")
    assert not row["findings"]
    assert row["rules"]
    [line] = [s for s in _section(report_md([row]), "points.txt") if s.startswith("No ")]
    assert line.startswith("No failed or warned checks. Checks run: ")
    assert line.endswith(
        "No numbers were compared: no total with parts, restated figure, "
        "rate or stated count was found."
    )
    seed = [s for s in _section(report_md([_row(seed_text())]), "seed.txt") if s]
    assert "No numbers were compared" not in seed[-1]


def test_a_document_no_check_ran_on_says_nothing_was_verified() -> None:
    row = _row("", "empty.txt")
    row["rules"], row["findings"] = {}, []
    row["checks"] = {"pass": 0, "fail": 0, "warn": 0}
    section = _section(report_md([row]), "empty.txt")
    assert "No checks ran" in section[-2]
    assert "Nothing here was verified." in section[-2]
    assert not any(line.startswith("No failed") for line in section)


def test_a_place_on_a_page_names_the_page() -> None:
    row = _row(seed_text().replace(*SLIP))
    for f in row["findings"]:
        for place in f["places"]:
            assert "page" not in place  # a text file has no pages
    [slip] = [f for f in row["findings"] if f["rule"] == "parts_sum"]
    slip["places"] = [dict(slip["places"][0], page=3), dict(slip["places"][0], line=70, page=4)]
    section = _section(report_md([row]), "seed.txt")
    [head] = [line for line in section if "`parts_sum` (" in line]
    assert f"(page 3, line {slip['places'][0]['line']} and 1 other place)" in head
    assert any(line.startswith("  - page 4, line 70: “") for line in section)
