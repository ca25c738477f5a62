"""Structural checks on real endings: a body cut mid-sentence warns; a table or a list that ends
a document does not."""

from __future__ import annotations

import pytest

from extractor import extract_text
from tests.shared_docs import seed_text, shared_text


def _truncated(text: str) -> list[str]:
    return [c.status for c in extract_text(text).checks if c.rule == "truncated"]


def test_the_seed_stops_mid_sentence() -> None:
    """shijingshan-fupin-plan-2018 ends "…进一步促进石景山区与称多县两地商"."""
    assert _truncated(seed_text()) == ["warn"]


def test_a_table_that_ends_the_document_is_not_a_cut() -> None:
    """lishui-lishuishirenminzhengfuguanyuxia-2023 ends with its attached table ("|")."""
    text = shared_text("corpus/wild/lishui-lishuishirenminzhengfuguanyuxia-2023.txt")
    assert "warn" not in _truncated(text)


PLAN = "某县2020年工作计划\n一、目标\n（一）做好培训。完成任务。\n（二）做好宣传。完成任务。\n"


@pytest.mark.parametrize(
    ("ending", "status"),
    [
        # guizhou-changshun 2017 ends with a list of its battles, one per line, no full stops
        pytest.param(
            "——打好“七大战役”\n1.农村“组组通”公路建设\n2.产业扶贫三年行动计划\n", "pass", id="list"
        ),
        pytest.param("合计 | 191 | 10.581\n", "pass", id="pipe-row"),
        pytest.param("合计\t191\t10.581\n", "pass", id="tab-row"),
        pytest.param("进一步促进两地商", "warn", id="mid-sentence"),
        pytest.param("各单位要加强领导，确保按期完成各项", "warn", id="mid-clause"),
    ],
)
def test_endings(ending: str, status: str) -> None:
    assert _truncated(PLAN + ending) == [status]
