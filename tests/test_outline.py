"""Outline: headings, inferred levels, item/section split, ids, joined lines."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.heading_markers import _MARKER, _RUN_ON_DOT, HAN_MARKER_STARTS, IDEOGRAPHS
from extractor.outline import (
    _LEADING_SPACE,
    _candidates,
    cn_small_int,
    find_headings,
    find_outline,
    section_path,
)
from extractor.tables.headings import MIDLINE_BEFORE
from extractor.textmap import TextMap
from tests.shared_docs import SHARED, seed_text, shared_text


def outline_of(text: str) -> list[tuple[int, str, str, bool]]:
    t = TextMap.build(text).text
    return [(n.level, n.id, n.heading.title, n.is_item) for n in find_outline(t, 0, len(t))]


def test_seed_outline_levels_ids_and_items() -> None:
    nodes = outline_of(seed_text())
    assert nodes[:3] == [
        (1, "一", "总体要求", False),
        (2, "一.一", "工作目标", True),
        (2, "一.二", "指导思想", True),
    ]
    items = [n for n in nodes if n[3]]
    assert len(items) == 33  # (一)(二)(三) of 一, 1.–20. for 称多县, 1.–10. for 顺平县
    assert (3, "二.13", "开展产业带动工程", True) in nodes
    assert (3, "三.10", "开展对口地区农超对接", True) in nodes
    assert (2, "二.三", "开展产业帮扶和产业带动工程", False) in nodes


def test_seed_section_path() -> None:
    t = seed_text()
    nodes = find_outline(t, 0, len(t))
    item13 = next(n for n in nodes if n.id == "二.13")
    assert section_path(item13) == "二/(三)"
    assert t[item13.start :].startswith("13.开展产业带动工程")
    assert t[item13.end - 12 : item13.end].strip().endswith("区投促局(2))")


def test_midline_heading_continues_numbering() -> None:
    # jinan 2019: "…（责任单位：市经济和信息化委、市科技局、市发改委）１０．大力培育平台型企业…"
    text = shared_text("corpus/real/jinan-xianjin-zhizaoye-shuzi-jingji-zhengce-cuoshi-2019.txt")
    nodes = outline_of(text)
    items = [n for n in nodes if n[3]]
    assert [n[1].split(".")[-1] for n in items] == [str(i) for i in range(1, 28)]
    assert (2, "三.10", "大力培育平台型企业和平台经济", True) in nodes


def test_leading_em_spaces_and_sections() -> None:
    # shandong 2019: lines start with U+2003 em spaces: "  1.推动政务服务数字化转型。…"
    text = shared_text("corpus/real/shandong-shuzi-shandong-xingdong-fangan-2019.txt")
    nodes = outline_of(text)
    assert [n[2] for n in nodes if not n[3]] == [
        "打造协同高效的数字政府",
        "培育富有活力的数字经济",
        "构建智慧便民的数字社会",
        "夯实坚实可靠的数字基础",
    ] or len([n for n in nodes if not n[3]]) == 4
    assert len([n for n in nodes if n[3]]) == 21


def test_paren_items_directly_under_parts() -> None:
    # guowuyuan 2018 消费扶贫: （一）… carry the tasks directly, so they are the items
    text = shared_text("corpus/real/guowuyuan-xiaofei-fupin-zhidao-yijian-2018.txt")
    nodes = outline_of(text)
    items = [n for n in nodes if n[3]]
    assert items[0] == (1, "一", "总体要求", True)  # 一、总体要求 has no numbered children
    assert items[1][2] == "推动各级机关和国有企事业单位等带头参与消费扶贫"
    assert len(items) == 18


def test_year_after_marker_is_a_heading() -> None:
    # wikisource 2019 政府工作报告: "一、2018年工作回顾"
    text = shared_text("corpus/real/national-zhengfu-gongzuo-baogao-2019-wikisource.txt")
    assert outline_of(text)[0][:3] == (1, "一", "2018年工作回顾")


def test_joined_lines_still_segment() -> None:
    # the seed as a scrape that lost every line break
    joined = seed_text().replace("\n", "")
    nodes = outline_of(joined)
    items = [n for n in nodes if n[3]]
    numbers = [n[1] for n in items]
    assert "二.13" in numbers
    assert "三.10" in numbers
    assert len(items) == 33


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        pytest.param(
            "一、目标\n(一)总体\n1.做好\n2.做强\n(二)分项\n",
            ["一", "(一)", "1", "2", "(二)"],
            id="cn-paren-ar",
        ),
        pytest.param(
            "第一章 总则\n第一条 目的\n第二条 范围\n第二章 任务\n",
            ["第一章", "第一条", "第二条", "第二章"],
            id="chapter-article",
        ),
        pytest.param(
            "1.总体\n(1)甲\n(2)乙\n①细\n2.分项\n",
            ["1", "(1)", "(2)", "①", "2"],
            id="ar-paren-circled",
        ),
        pytest.param("一是加强领导。二是强化保障。\n", [], id="yi-shi-is-prose"),
        pytest.param("增长5.56万人。\n2018年计划\n", [], id="decimal-and-year-not-headings"),
        pytest.param("一、二、三级医院\n", [], id="enumeration-not-heading"),
        pytest.param("完成目标。3.开展培训\n", [], id="midline-needs-a-sequence"),
        # FROM_CORPUS
        pytest.param(  # gonganbu-gonganjiguanbanlixingshi-2020: six numeral characters
            "第一百一十条 对犯罪嫌疑人监视居住,应当制作呈请监视居住报告书。\n"
            "第一百一十一条 监视居住应当在犯罪嫌疑人、被告人住处执行;\n",
            ["第一百一十条", "第一百一十一条"],
            id="article-111",
        ),
        pytest.param(  # weifangshi-zhengwufuwubianminrexian-2021: a number after 第X条
            "第一条 为了规范热线工作,制定本条例。\n"
            "第二条 12345政务服务便民热线(以下简称12345热线),是指本市设立的热线。\n",
            ["第一条", "第二条"],
            id="article-then-digits",
        ),
        pytest.param(  # fujian-zhengfu-gongzuo-baogao-2026: 一、 followed by 一年…
            "一、一年接着一年干,新福建建设持续取得新进展新成效\n"
            "二、一张蓝图绘到底,奋力谱写中国式现代化福建篇章\n",
            ["一", "二"],
            id="cn-dun-then-numeral-word",
        ),
        pytest.param("加快发展第一、二、三产业融合\n", [], id="enumeration-inside-a-word"),
        # the "8.6个重大科技专项" after item 7: item 8, whose text starts with 6个
        pytest.param(
            "7.实施重点研发计划。\n8.6个重大科技专项。\n", ["7", "8"], id="run-on-number-continues"
        ),
        pytest.param("1.5万元用于培训。\n", [], id="decimal-at-line-start"),
        pytest.param("3.做好培训。\n5.5万元用于宣传。\n", ["3"], id="decimal-that-skips"),
        pytest.param("二、三级医院\n", [], id="enumeration-of-levels"),
        # putuo-planning-resources-bureau-2024-final-accounts.pdfplumber.txt: a page break
        pytest.param(
            "五、一般公共预算财政拨款支出决算情况说明\f(一)一般公共预算财政拨款支出决算总体情况\n"
            "一般公共预算财政拨款支出 9746.50 万元。\n",
            ["五", "(一)"],
            id="form-feed-starts-a-line",
        ),
        pytest.param(
            "主要由于上海市普陀区自然资源确权登记\f事务中心办公大楼装修等。\n",
            [],
            id="form-feed-in-prose",
        ),
    ],
)
def test_heading_forms(text: str, numbers: list[str]) -> None:
    assert [h.number for h in find_headings(text)] == numbers


_SHI_PARAGRAPH = (
    "认真落实“绿色、共享、开放、廉洁”的办赛理念,向全国人民奉献了一场彰显中国特色的体育盛会。"
)


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        # guangdong-zhengfu-gongzuo-baogao-2026: 一是 alone on its line, its paragraph below
        pytest.param(
            f"一是联合港澳承办十五运会和残特奥会。\n{_SHI_PARAGRAPH}\n"
            f"二是推动全省经济运行稳中有进、稳中向好。\n{_SHI_PARAGRAPH}\n",
            ["一", "二"],
            id="shi-lines-over-paragraphs",
        ),
        # national-zhengfu-gongzuo-baogao-2011-wikisource: blank lines between
        pytest.param(
            f"一是必须坚持科学发展。\n\n{_SHI_PARAGRAPH}\n\n二是必须坚持统筹国内国际两个大局。\n"
            f"\n{_SHI_PARAGRAPH}\n",
            ["一", "二"],
            id="shi-lines-blank-lines-between",
        ),
        # gansu 2025 report: no full stop after the heading
        pytest.param(
            "一是聚焦全方位扩大内需，着力提消费促投资\n大力提振消费需求。全面落实“两新”政策和提振"
            "消费专项行动，实施服务业企业三年倍增计划。\n",
            ["一"],
            id="shi-line-without-full-stop",
        ),
        # heilongjiang-zhengfu-gongzuo-baogao-2026: a paragraph that opens with 一是 is prose
        pytest.param(
            "一是奋力推进产业振兴，巩固壮大实体经济根基，建设更具竞争力的现代化产业体系。现代化"
            "产业体系是现代化国家的物质技术基础。\n二是奋力推进科教振兴，以科技创新引领新质生产力"
            "发展。\n",
            [],
            id="shi-paragraph-is-prose",
        ),
        # short 是-lines one under another are a list in prose, not headings
        pytest.param(
            f"一是加强组织领导。\n二是强化资金保障。\n三是严格督查考核。\n{_SHI_PARAGRAPH}\n",
            [],
            id="shi-list-of-short-lines",
        ),
        # a hard-wrapped paragraph (PDF text) whose first line opens with 一是
        pytest.param(
            "一是加强组织领导，各级各部门要把这项工作\n摆上重要议事日程，主要负责同志亲自抓，分管\n"
            "负责同志具体抓。\n",
            [],
            id="shi-wrapped-paragraph",
        ),
        # a 是-line with nothing after it, or with a short line after it
        pytest.param("一是必须坚持科学发展。\n", [], id="shi-line-at-the-end"),
        pytest.param("一是必须坚持科学发展。\n附件:名单\n", [], id="shi-line-short-next"),
        # 一是指…: a definition, not a point
        pytest.param(f"一是指本市行政区域。\n{_SHI_PARAGRAPH}\n", [], id="shi-zhi-definition"),
    ],
)
def test_shi_point_headings(text: str, numbers: list[str]) -> None:
    assert [h.number for h in find_headings(text)] == numbers


def test_shi_headings_of_a_real_report() -> None:
    text = TextMap.build(shared_text("corpus/wild/guangdong-zhengfu-gongzuo-baogao-2026.txt")).text
    nodes = find_outline(text, 0, len(text))
    shi = [
        (n.parent.heading.number if n.parent else None, n.heading.title)
        for n in nodes
        if n.heading.style == "cn-shi"
    ]
    assert len(shi) == 11  # 一是…六是 under 一、, 一是…五是 under 二、
    assert shi[0] == ("一", "联合港澳承办十五运会和残特奥会")
    assert shi[6] == ("二", "聚焦经济建设这一中心工作")


def test_restarted_numbering_gets_unique_ids() -> None:
    text = "一、甲\n(一)子\n1.做\n(二)子\n1.做\n二、乙\n1.做\n"
    ids = [n[1] for n in outline_of(text)]
    assert len(ids) == len(set(ids))


def test_no_marker_starts_with_an_ideograph_the_shortcut_skips() -> None:
    # _heading_at returns None at once for an ideograph outside HAN_MARKER_STARTS: no style's
    # marker may start with one (a partial match is the prefix of some match)
    starts = {
        chr(c) for c in range(0x4E00, 0xA000) if _MARKER.match(chr(c), partial=True) is not None
    }
    assert starts <= HAN_MARKER_STARTS
    found = find_headings("第一章 总则\n附件1\n名单\n一、目标\n北京\n")
    assert [h.number for h in found] == ["第一章", "附件1", "一"]


@pytest.mark.parametrize(
    ("s", "v"), [("一", 1), ("十", 10), ("十九", 19), ("二十", 20), ("三十五", 35)]
)
def test_cn_small_int(s: str, v: int) -> None:
    assert cn_small_int(s) == v


def test_annex_opens_a_new_top_level_part() -> None:
    text = "一、任务\n(一)甲\n(二)乙\n附件1\n十件民生实事\n一、为老年人服务。\n二、提升保障。\n"
    nodes = outline_of(text)
    assert (1, "附件1", "十件民生实事", False) in nodes
    assert (2, "附件1.一", "为老年人服务", True) in nodes


def test_annex_list_and_prose_are_not_annex_headings() -> None:
    assert [h.number for h in find_headings("附件:1.任务分工表\n")] == []
    assert [
        h.number
        for h in find_headings("附件中的项目均已完成审核并报送市政府备案,请各单位对照执行。\n")
    ] == []


def test_annexes_of_a_real_report() -> None:
    # guangdong 2025: "附件1\n2025年省十件民生实事\n　　一、为老年人提供…" after the report's (十二)
    text = shared_text("corpus/docx/guangdong-2025-gov-work-report.docx.txt")
    nodes = outline_of(text)
    annex = [n for n in nodes if n[1].startswith("附件1.")]
    assert len(annex) == 10
    assert all(n[3] for n in annex)


# ---- FROM_CORPUS: plans that lost every line break ----------------------------------------


def test_paragraph_indents_of_a_joined_notice_start_headings() -> None:
    """guowuyuan-bangongtingguanyugaishannong-2014-oneline: the scrape kept only the
    paragraphs' two U+3000 indents: "一、总体要求　　（一）指导思想。以邓小平理论…"."""
    text = shared_text("corpus/wild/guowuyuan-bangongtingguanyugaishannong-2014-oneline.txt")
    assert text.count("\n") <= 1
    items = [n for n in outline_of(text) if n[3]]
    assert [(n[1], n[2]) for n in items[:4]] == [
        ("一.一", "指导思想"),
        ("一.二", "基本原则"),
        ("一.三", "目标任务"),
        ("二.一", "加快编制村庄规划"),
    ]
    assert len(items) == 13


def test_articles_run_into_a_chapter_title() -> None:
    """anshun-shiji-chubeiliang-guanli-banfa-2023 is one line: "第一章  总    则第一条  为加强…"."""
    text = shared_text("corpus/real/anshun-shiji-chubeiliang-guanli-banfa-2023.txt")
    nodes = outline_of(text)
    numbers = [n[1] for n in nodes]
    assert numbers[:3] == ["第一章", "第一章.第一条", "第一章.第二条"]
    assert nodes[0][2].replace(" ", "") == "总则"
    articles = [n for n in numbers if n.count("条") == 1 and "(" not in n and "（" not in n]
    assert len([a for a in articles if a.endswith("条")]) == 46
    # an article's first sentence is its title, not cut at a title-final word (保障, 管理);
    # the outline reads the NFKC view, where "，（）" are ",()"
    titles = {n[1]: n[2] for n in nodes}
    assert titles["第一章.第一条"].endswith("结合安顺实际,制定本办法")
    assert titles["第一章.第五条"] == (
        "市发展改革委(市粮食和物资储备局)负责市级储备粮行政管理,"
        "对市级储备粮的数量、质量和储存安全实施监督检查"
    )
    # while a chapter's title still ends at its last word: 总    则 then 第一条
    assert titles["第一章"].replace(" ", "") == "总则"


def test_joined_paragraph_spaces_do_not_open_headings_in_prose() -> None:
    """Two spaces before a number in running text are not a heading: 比上年增长3.5%。"""
    body = "总体目标。" + "推进各项工作。" * 200 + "预计增长  3.5%,完成  2.开展培训"
    assert [h.number for h in find_headings(body)] == []


def test_item_whose_text_starts_with_a_number() -> None:
    """guangzhou-rencai-jiju-shishi-yijian-2012: "　　11.121人才梯队项目。" follows item 10."""
    text = shared_text("corpus/real/guangzhou-rencai-jiju-shishi-yijian-2012.txt")
    titles = {n[1].split(".")[-1]: n[2] for n in outline_of(text) if n[3]}
    assert titles["11"] == "121人才梯队项目"
    assert titles["10"] == "“羊城学者”特聘岗位项目"


# ---- FROM_CORPUS: a 部门预算 with a contents page, unnumbered parts and a glossary -----------


def _items_and_parts(text: str) -> tuple[list[str], list[str]]:
    from extractor import extract_text

    doc = extract_text(text)
    return [i.id for i in doc.items], [s.heading for s in doc.sections if not s.number]


BUDGET = (  # putuo-justice-bureau-2026-dept-budget.pdf as the reader gives it, abridged
    "上海市普陀区2026年区级部门预算\n预算主管部门：上海市普陀区司法局\n目 录\n"
    "一、部门主要职能 …………………………………………………………\n"
    "二、部门机构设置 …………………………………………………………\n"
    "三、名词解释 ……………………………………………………………\n"
    "四、部门预算编制说明 ……………………………………………………\n"
    "上海市普陀区司法局主要职能\n"
    "上海市普陀区司法局是主管本区司法和法制工作的区政府工作部门，主要职责是：\n"
    "（一）贯彻执行国家和本市有关司法行政工作的法律、法规、规章和方针、政策。\n"
    "（二）承担区委全面依法治区委员会办公室日常工作。\n"
    "上海市普陀区司法局机构设置\n"
    "上海市普陀区司法局部门预算是包括区司法局本部以及下属1家单位的预算。\n"
    "具体包括： 1. 普陀区司法局本部\n2. 普陀区法律援助中心\n"
    "名词解释\n"
    "（一）财政拨款收入：是区级预算主管部门及所属预算单位从本级财政部门取得的财政拨款。\n"
    "（二）事业收入：指事业单位开展专业业务活动及其辅助活动取得的收入。\n"
    "2026年部门预算编制说明\n"
    "2026年，上海市普陀区司法局收入预算9628.22万元，其中：财政拨款收入9628.22万元。\n"
    "三、实施主体\n上海市普陀区司法局\n四、实施方案\n1.与区人民调解协会签订合同，委托其提供专业服务；\n"
)


def test_contents_page_is_not_the_outline() -> None:
    items, _ = _items_and_parts(BUDGET)
    assert "一" not in items  # 一、部门主要职能 ……… is an entry of the contents page
    assert items[:2] == ["§1.一", "§1.二"]


def test_unnumbered_parts_bound_the_items() -> None:
    _, parts = _items_and_parts(BUDGET)
    assert parts == [
        "上海市普陀区司法局主要职能",
        "上海市普陀区司法局机构设置",
        "名词解释",
        "2026年部门预算编制说明",
    ]
    assert "上海市普陀区司法局" not in parts  # the text of 三、实施主体, not a heading


def test_glossary_entries_and_a_list_inside_a_sentence_are_not_items() -> None:
    items, _ = _items_and_parts(BUDGET)
    assert not [i for i in items if i.startswith("§3")]  # 名词解释: （一）财政拨款收入：是…
    assert not [i for i in items if i.startswith("§2")]  # 具体包括： 1. … 2. 普陀区法律援助中心


def test_a_marker_alone_takes_its_title_from_the_next_line() -> None:
    """jkfp-weishengbuguanyuyinfashierwu-2011: "（二）" / "深化改革，夯实基础。将深化医药…"."""
    text = shared_text("corpus/wild/jkfp-weishengbuguanyuyinfashierwu-2011.txt")
    titles = [n[2] for n in outline_of(text) if n[3]]
    assert titles[1:5] == [
        "以人为本,维护健康",
        "深化改革,夯实基础",
        "分类指导,协调发展",
        "强化硬件,提高能力",
    ]


def test_a_line_between_two_chapters_is_a_part_whose_number_was_lost() -> None:
    """hebishi-dixiashuibaohutiaoli-2019 lost its 第二章 markers: "规划与利用" / "第七条 …"."""
    text = shared_text("corpus/wild/hebishi-dixiashuibaohutiaoli-2019.txt")
    _, parts = _items_and_parts(text)
    assert "规划与利用" in parts
    assert "保护与管理" in parts


# Where headings are tried, as one lookbehind pattern (what _candidates replaced: it tested
# every position), less the characters no marker starts with; the two must agree on any text
# and any window.
# (a form feed, the PDF text's page break, starts a line too)
_LOOKBEHIND_CANDIDATE = regex.compile(
    r"(?:^|(?<=[\f" + regex.escape(MIDLINE_BEFORE) + r"]))[ \t]*(?=\S)", regex.MULTILINE
)
_SPACE = regex.compile(r"\s")


def _may_start(text: str, at: int) -> bool:
    """What _candidates lets through at ``at`` (a non-space), read off its regex twin."""
    return _LEADING_SPACE.match(text, at) is not None


def _plain_candidates(text: str, start: int = 0, end: int | None = None) -> list[int]:
    found = _LOOKBEHIND_CANDIDATE.finditer(text, start, len(text) if end is None else end)
    return [m.end() for m in found]


def _lookbehind_candidates(text: str, start: int = 0, end: int | None = None) -> list[int]:
    return [at for at in _plain_candidates(text, start, end) if _may_start(text, at)]


def test_no_marker_starts_with_a_character_the_candidates_leave_out() -> None:
    """Partial matching proves it: no text that starts with such a character (or with a
    bracket before it) can ever match a marker, nor the dotted number of _run_on_heading."""
    for code in range(0x110000):
        c = chr(code)
        if "\ud800" <= c <= "\udfff" or _SPACE.match(c):
            continue
        if not _may_start(c, 0):
            assert _MARKER.match(c, partial=True) is None, hex(code)
            assert _RUN_ON_DOT.match(c, partial=True) is None, hex(code)
        if not _may_start("(" + c, 0):
            assert _MARKER.match("(" + c, partial=True) is None, hex(code)


@settings(max_examples=400, deadline=None)
@given(
    st.text(
        alphabet="a 。\t\n)）:：一做第1.\u3000\u2028\x0b\r\x1c\x85\f(A“〇\U00010d40", max_size=20
    ),
    st.integers(0, 16),
    st.integers(0, 16),
)
def test_candidates_are_the_lookbehind_patterns(text: str, a: int, b: int) -> None:
    start, end = min(a, b, len(text)), min(max(a, b), len(text))
    # the scan's look-ahead stops at ``end``, as _may_start's must: '11:(做' cut before 做
    # leaves a bracket that may still open 一
    assert _candidates(text, start, end) == _lookbehind_candidates(text[:end], start, end)


def test_candidates_on_the_shared_corpus() -> None:
    """_candidates scans with the stdlib re: it finds what the lookbehind pattern finds on
    every text of ../shared/corpus."""
    paths = sorted((SHARED / "corpus").rglob("*.txt"))
    if not paths:
        pytest.skip("../shared/corpus is absent: no real texts to compare the scans on")
    for path in paths:
        text = TextMap.build(path.read_text(encoding="utf-8-sig")).text
        assert _candidates(text, 0, len(text)) == _lookbehind_candidates(text), path.name
        for at in set(_plain_candidates(text)).difference(_candidates(text, 0, len(text))):
            # a position left out holds no marker, even with the rest of the text to match in
            assert _MARKER.match(text, at) is None, (path.name, at)
            assert _RUN_ON_DOT.match(text, at) is None, (path.name, at)


def test_candidates_on_the_seed() -> None:
    text = TextMap.build(seed_text()).text
    expected = _lookbehind_candidates(text)
    assert _candidates(text, 0, len(text)) == expected
    # the title, on the second line, is no candidate (no marker starts with 石); 一、 is
    assert text.index("\n石景山区") + 1 not in expected
    assert text.index("\n一、总体要求") + 1 in expected


def test_the_tail_of_a_wrapped_bracket_is_no_unnumbered_heading() -> None:
    """jkfp-guowuyuanbangongtingguanyuyinfa-2016 is wrapped at 70 characters:
    "…中医药健康服务。（中医药局、发展改革委、卫生" / "计生委负责）" / "（四）贯彻落实…". The
    short line closes a bracket the line before opened: it ends 九、（三）, it opens nothing."""
    text = shared_text("corpus/wild/jkfp-guowuyuanbangongtingguanyuyinfa-2016.txt")
    nodes = outline_of(text)
    assert not [n for n in nodes if n[2].startswith("计生委负责")]
    ninth = [n[1] for n in nodes if n[1].startswith("九.")]
    assert ninth == ["九.一", "九.二", "九.三", "九.四", "九.五"]


def test_a_heading_line_with_its_own_brackets_is_still_a_heading() -> None:
    # a part's heading may hold a bracket pair of its own (written here, not from a document)
    text = (
        "目录……………1\n概况。\n上海市普陀区司法局（本级）主要职能\n"
        + "本局是区政府主管司法行政工作的部门。" * 3
    )
    assert any(n[2] == "上海市普陀区司法局(本级)主要职能" for n in outline_of(text))


def test_a_label_broken_over_two_lines_is_one_heading() -> None:
    """yunnan 2026: "（" / "三）改革开放持续深化、互促共进。" — the scrape broke the label; (三)
    stands between (二) and (四), so the numbering runs on."""
    text = shared_text("corpus/wild/yunnan-zhengfu-gongzuo-baogao-2026.txt")
    titles = [n[2] for n in outline_of(text)]
    assert any(t.startswith("改革开放持续深化") for t in titles)
    lone = "一、工作回顾\n（\n这一行不是标题，只是一个括号后的正文。\n"
    assert not [n for n in outline_of(lone) if n[2].startswith("这一行")]


def test_ideographs_tested_by_character_are_han_for_regex() -> None:
    """_heading_at takes a title starting in IDEOGRAPHS without the after-marker regex: every
    character of that range must be one the regex's [\\p{Han}\\p{L}…] takes."""
    lo, hi = (ord(c) for c in IDEOGRAPHS)
    chars = "".join(map(chr, range(lo, hi + 1)))
    assert regex.fullmatch(r"\p{Han}+", chars) is not None
