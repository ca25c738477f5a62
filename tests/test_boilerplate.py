"""Body, title, year and metadata on real plans and scraped pages."""

from __future__ import annotations

import pytest

from extractor import boilerplate
from extractor.boilerplate import find_layout
from extractor.line_starts import line_bounds
from extractor.textmap import TextMap
from tests.shared_docs import SHARED, seed_text, shared_text


def layout_of(text: str):  # type: ignore[no-untyped-def]
    tm = TextMap.build(text)
    return tm, find_layout(tm.text)


def test_seed_title_prefers_the_real_name_over_the_anonymised_copy() -> None:
    _tm, lay = layout_of(seed_text())
    assert lay.title == "石景山区2018年精准扶贫工作计划"
    assert lay.year == 2018


def test_seed_body_stops_before_the_site_tail() -> None:
    text = seed_text()
    _tm, lay = layout_of(text)
    body = text[lay.body[0] : lay.body[1]]
    assert body.startswith("某区2018年精准扶贫工作计划")
    assert body.endswith("进一步促进石景山区与称多县两地商")
    assert "本文链接" not in body
    assert ".docx" not in body


def test_two_line_title_and_issuing_block() -> None:
    text = shared_text("corpus/real/guowuyuan-xiaofei-fupin-zhidao-yijian-2018.txt")
    tm, lay = layout_of(text)
    assert lay.title == "国务院办公厅关于深入开展消费扶贫助力打赢脱贫攻坚战的指导意见"
    assert lay.year == 2018  # no year in the title: the signature date 2018年12月30日
    kinds = {kind: tm.text[a:b] for kind, a, b in lay.metadata}
    assert kinds["doc_number"] == "国办发〔2018〕129号"
    assert kinds["issuer"] == "国务院办公厅"
    assert kinds["date"] == "2018年12月30日"
    assert kinds["note"] == "(此件公开发布)"
    assert tm.text[: lay.body[1]].endswith("各有关省级人民政府负责)")


def test_cc_block_is_metadata_and_year_comes_from_it() -> None:
    # jinan 2019 ends "　抄送：市委各部门…\n各民主党派市委。\n"
    #                 "　济南市人民政府办公厅 2019年１月３日印发"
    text = shared_text("corpus/real/jinan-xianjin-zhizaoye-shuzi-jingji-zhengce-cuoshi-2019.txt")
    tm, lay = layout_of(text)
    assert lay.title is None  # the text has no title line: better none than a wrong one
    assert lay.year == 2019
    assert [k for k, _, _ in lay.metadata] == ["cc", "cc", "issuer"]
    assert tm.text[: lay.body[1]].endswith("各项奖励补助资金具体管理办法另行制定。")


def test_wikisource_licence_footer_is_not_body() -> None:
    text = shared_text("corpus/real/national-zhengfu-gongzuo-baogao-2019-wikisource.txt")
    tm, lay = layout_of(text)
    assert tm.text[: lay.body[1]].endswith("中国梦不懈奋斗!")


@pytest.mark.parametrize(
    ("text", "title", "year"),
    [
        pytest.param(
            "数字山东2021行动方案\n\n一、目标\n",
            "数字山东2021行动方案",
            2021,
            id="year-inside-name",
        ),
        pytest.param(
            "山东省行动计划（2025—2027年）\n一、目标\n",
            "山东省行动计划(2025—2027年)",
            2025,
            id="period-takes-first-year",
        ),
        pytest.param(
            "各位代表:\n现在,我代表国务院作报告。\n", None, None, id="speech-has-no-title"
        ),
        pytest.param("", None, None, id="empty"),
    ],
)
def test_title_and_year(text: str, title: str | None, year: int | None) -> None:
    assert (layout_of(text)[1].title, layout_of(text)[1].year) == (title, year)


def test_attachment_list_at_the_end_is_metadata() -> None:
    text = "某县工作方案\n一、任务\n1.做好培训。\n2.做好宣传。\n附件:1.任务分工表\n2.项目清单\n"
    tm, lay = layout_of(text)
    assert [k for k, _, _ in lay.metadata] == ["attachment", "attachment"]
    assert tm.text[: lay.body[1]].endswith("2.做好宣传。")


def test_glossary_annex_is_metadata_not_body() -> None:
    # jiangxi 2025 ends "附件\n《政府工作报告》有关内容名词注释\n1.“两重”、“两新”：…"
    text = shared_text("corpus/docx/jiangxi-2025-gov-work-report.docx.txt")
    tm, lay = layout_of(text)
    assert "名词注释" not in tm.text[lay.body[0] : lay.body[1]]
    glossary = [tm.text[a:b] for k, a, b in lay.metadata if k == "attachment"]
    assert glossary == ["附件", "《政府工作报告》有关内容名词注释"]


def test_site_navigation_and_article_stamps_around_the_title() -> None:
    page = (
        "首页 | 政务公开 | 政策文件 | 互动交流 | 办事服务\n"
        "当前位置：首页 > 政务公开 > 计划总结\n"
        "字号：大 中 小　　打印本页　　关闭窗口\n"
        "某县2021年巩固拓展脱贫攻坚成果工作计划\n"
        "发布时间：2021-03-18 10:24　来源：县乡村振兴局　浏览次数：1536\n"
        "一、工作目标\n全县脱贫人口人均纯收入增长10%以上。\n"
    )
    tm, lay = layout_of(page)
    assert lay.title == "某县2021年巩固拓展脱贫攻坚成果工作计划"
    assert lay.year == 2021
    assert tm.text[lay.body[0] :].startswith("某县2021年")


def test_a_news_sites_byline_ends_the_body() -> None:
    """jiangxi-bodyonly-art-18825-1496018-2020 ends "…打赢这场疫情防控阻击战！" / "稿源：省消保委
    秘书处" / "通讯员：章熊": the site's credits, not the text."""
    text = shared_text("corpus/wild/jiangxi-bodyonly-art-18825-1496018-2020.txt")
    tm, lay = layout_of(text)
    body = tm.text[lay.body[0] : lay.body[1]].rstrip()
    assert body.endswith("打赢这场疫情防控阻击战!")
    assert "稿源" not in body


def test_a_line_that_only_mentions_a_source_is_body() -> None:
    # a 稿源 or 通讯员 inside a sentence is text, not a credit line
    page = (
        "某县2021年宣传工作要点\n一、工作目标\n全年向省级媒体报送稿源100篇以上，培训通讯员50人。\n"
    )
    tm, lay = layout_of(page)
    assert tm.text[lay.body[0] : lay.body[1]].rstrip().endswith("培训通讯员50人。")


def test_a_link_to_a_special_page_ends_the_body() -> None:
    """yunnan 2026 ends "…而努力奋斗！" / "》》点击图片进入专题《《": a link, not the report."""
    text = shared_text("corpus/wild/yunnan-zhengfu-gongzuo-baogao-2026.txt")
    tm, lay = layout_of(text)
    assert "点击图片进入专题" not in tm.text[lay.body[0] : lay.body[1]]
    page = (
        "某县2021年工作要点\n一、工作目标\n点击进入专题页面的人数达到1万人次。\n"
        "二、措施\n（一）加强宣传。\n"
    )
    tm, lay = layout_of(page)
    assert "二、措施" in tm.text[lay.body[0] : lay.body[1]]


@pytest.mark.parametrize(
    ("document", "last_words", "glossary"),
    [
        # the report's closing words, then "名词解释" alone and 20 numbered definitions
        (
            "corpus/wild/sichuan-zhengfu-gongzuo-baogao-2026.txt",
            "四川新篇章不懈奋斗!",  # the NFKC view
            "名词解释",
        ),
        # "注释" alone, then ［1］一降三减：…
        ("corpus/wild/hainan-zhengfu-gongzuo-baogao-2026.txt", "海南篇章!", "注释"),
    ],
)
def test_a_lone_glossary_title_at_the_end_ends_the_body(
    document: str, last_words: str, glossary: str
) -> None:
    text = shared_text(document)
    tm, lay = layout_of(text)
    body = tm.text[lay.body[0] : lay.body[1]].rstrip()
    assert body.endswith(last_words)
    assert tm.text[lay.body[1] :].lstrip().startswith(glossary)


@pytest.mark.parametrize(
    "text",
    [
        # a 部门预算's 名词解释 part, with more of the document after it
        "2026年部门预算\n一、主要职能\n区司法局主管本区司法行政工作。\n名词解释\n"
        "（一）财政拨款收入：是从本级财政取得的拨款。\n"
        + "2026年部门预算编制说明\n收入预算9628.22万元。\n"
        * 30,
        # the title inside a table's cell lines (no sentence before it)
        "某县项目表\n"
        + "一、建设内容\n新建道路3公里。\n" * 30
        + "|\n序号\n|  |\n注释\n|\n|\n1\n|  |\n说明\n|\n",
    ],
)
def test_a_glossary_title_that_does_not_end_the_body(text: str) -> None:
    tm, lay = layout_of(text)
    assert lay.body[1] >= len(tm.text.rstrip()) - 2


def _shared_corpus_texts() -> list[str]:
    """Every text of ../shared/corpus, normalised as the pipeline reads it (or skip)."""
    paths = sorted((SHARED / "corpus").rglob("*.txt"))
    if not paths:
        pytest.skip("../shared/corpus is absent: no real texts to compare the scans on")
    return [TextMap.build(p.read_text(encoding="utf-8")).text for p in paths]


def test_tail_hint_finds_the_line_every_match_finds() -> None:
    """_tail_line matches only the lines holding a _TAIL_HINT hit: it finds the same first
    tail line as matching _TAIL at every line, over every text of ../shared/corpus."""
    found = 0
    for text in _shared_corpus_texts():
        lines = line_bounds(text)
        for first in (0, len(lines) // 3):
            plain = next(
                (i for i in range(first, len(lines)) if boilerplate._TAIL.match(text, *lines[i])),
                len(lines),
            )
            assert boilerplate._tail_line(text, lines, first) == plain
            found += plain < len(lines)
    assert found > 50
