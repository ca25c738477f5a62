"""Scopes: the areas a plan is organised by, at whatever level its sections name them."""

from __future__ import annotations

import pytest

from extractor import extract_text
from extractor.scopes import overview_scopes, short_forms
from tests.shared_docs import seed_text, shared_text

SECOND_LEVEL = """某区2019年对口帮扶工作计划
一、总体目标
我区与甲县、乙县、丙县结对帮扶，其中甲县贫困人口2000人，乙县3000人，丙县1000人。
二、帮扶任务
（一）甲县帮扶任务
1.开展教育帮扶。完成1个扶贫项目。（区教委）
2.开展医疗帮扶。完成2个扶贫项目。（区卫健委）
（二）乙县帮扶任务
1.开展产业帮扶。帮助甲县特色产品进京销售。完成1个扶贫项目。（区商务局）
"""


def test_seed_scopes_in_order_with_the_alias() -> None:
    doc = extract_text(seed_text())
    assert doc.scopes == ["称多县", "顺平县", "宁城县", "莫旗"]  # 莫旗: (以下简称莫旗)
    assert {s.scope for s in doc.sections if s.level == 1} == {None, "称多县", "顺平县"}


def test_scope_sections_one_level_down() -> None:
    doc = extract_text(SECOND_LEVEL)
    assert doc.scopes == ["甲县", "乙县", "丙县"]
    assert [(i.id, i.scope) for i in doc.items] == [
        ("一", None),
        ("二.一.1", "甲县"),
        ("二.一.2", "甲县"),
        ("二.二.1", "乙县"),
    ]
    flagged = {(c.rule, c.status) for c in doc.checks if c.status != "pass"}
    assert flagged == {("scope_coverage", "warn"), ("foreign_scope", "warn")}


def test_a_plan_not_organised_by_scope_has_none() -> None:
    doc = extract_text("某市工作要点\n一、加强领导\n(一)建立机制。\n二、强化保障\n(一)落实资金。\n")
    assert doc.scopes == []


def test_overview_list_members() -> None:
    text = "共有贫困人口100户,其中甲县20户,乙县30户,丙旗50户。2018年甲县计划脱贫。"
    assert overview_scopes(text, 0, len(text), ["甲县", "乙县"]) == ["甲县", "乙县", "丙旗"]


def test_short_forms() -> None:
    assert short_forms("莫力达瓦达斡尔族自治旗") == ["莫力达瓦达斡尔族自治旗", "莫力达瓦达斡尔族"]
    assert short_forms("宁城县") == ["宁城县", "宁城"]


ZONES = """某县传统村落保护条例
第一条 为了加强传统村落保护，制定本条例。
第二条 {a}的保护应当遵守下列规定：
（一）保持传统格局。
第三条 {b}的保护应当遵守下列规定：
（一）保证{a}轮廓线不受影响。
"""


@pytest.mark.parametrize(
    ("a", "b", "scopes"),
    [
        # xinyangshi-chuantongcunluobaohutiaoli-2016: 第二十二条 核心保护区的保护… / 第二十四条
        # 风貌协调区的保护…: zones of every village, not two places
        ("核心保护区", "风貌协调区", []),
        ("生态保护红线核心区", "缓冲区", []),
        ("重点景区", "工业园区", []),
        # places written with 区 stay places
        ("石景山区", "朝阳区", ["石景山区", "朝阳区"]),
        ("雄安新区", "阿里地区", ["雄安新区", "阿里地区"]),
        ("东城社区", "西城社区", ["东城社区", "西城社区"]),
        ("东城区", "门头沟区", ["东城区", "门头沟区"]),
    ],
)
def test_a_zone_is_not_a_place(a: str, b: str, scopes: list[str]) -> None:
    doc = extract_text(ZONES.format(a=a, b=b))
    assert doc.scopes == scopes
    warned = [c.rule for c in doc.checks if c.status == "warn"]
    # the second zone's item names the first: a copy-paste slip only between two places
    assert ("foreign_scope" in warned) == bool(scopes)


@pytest.mark.parametrize(
    ("document", "subjects"),
    [
        # 第十条 省和片区所在地设区的市人民政府有关部门…;
        # 第四十一条 省人民政府和青岛市、烟台市人民政府…
        (
            "shandong-zhongguoziyoumaoyishiyan-2020.txt",
            ["省和片区所在地设区", "省人民政府和青岛市"],
        ),
        # 在城市… / 在乡、镇… articles of a 城乡规划条例
        ("xuchangshi-chengxiangguihuatiaoli-2021.txt", ["在城市", "在乡"]),
        # 环境卫生责任区的… articles: a kind of area, as 核心保护区 is
        ("sanmenxiashi-chengshihuanjingweishengguanli-2019.txt", ["责任区", "环境卫生责任区"]),
    ],
)
def test_an_article_opening_with_a_place_is_no_scope(document: str, subjects: list[str]) -> None:
    """A 条例's articles name their subject first; they are no sections of a place."""
    text = shared_text(f"corpus/wild/{document}")
    doc = extract_text(text)
    assert doc.scopes == []
    assert all(s.scope is None for s in doc.sections)
    for subject in subjects:
        assert subject in text
