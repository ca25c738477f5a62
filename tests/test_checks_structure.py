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
        # jiangxi-bodyonly-art-14208-1503750-2020 ends on its office, above the date
        pytest.param("省市场监管局法规处\n", "pass", id="signature"),
        # jiangxi-shengshichangjianguanju…-2020: a signature on two lines, then its date
        pytest.param(
            "省市场监管局新型冠状病毒感染的\n肺炎疫情防控工作领导小组\n", "pass", id="signature-2"
        ),
        pytest.param("北京市人民政府办公厅\n2018年3月1日\n", "pass", id="date"),
        pytest.param("二〇二〇年三月九日\n", "pass", id="date-cn"),
        # the same attachment, listed and then given (its body an image): jiangxi 2020
        pytest.param(
            "附件：“助力餐饮复工”系列公益直播江西站直播间二维码\n附件\n"
            "“助力餐饮复工”系列公益直播江西站直播间二维码\n",
            "pass",
            id="attachment-title",
        ),
        pytest.param("进一步促进两地商", "warn", id="mid-sentence"),
        # a clause cut after an office's name is not a signature
        pytest.param("各乡镇于3月底前将材料报送县扶贫办", "warn", id="cut-after-office"),
        pytest.param("请各县区扶贫办", "warn", id="cut-request-to-office"),
        pytest.param("建立健全市、县、乡三级工作机制和领导小组", "warn", id="cut-list-of-offices"),
        pytest.param("2018年3月", "warn", id="cut-date"),
        # an attachment's title that was never listed is not known to be one
        pytest.param("“助力餐饮复工”系列公益直播江西站直播间二维码", "warn", id="unlisted-title"),
        pytest.param("各单位要加强领导，确保按期完成各项", "warn", id="mid-clause"),
    ],
)
def test_endings(ending: str, status: str) -> None:
    assert _truncated(PLAN + ending) == [status]


def test_a_page_credit_after_the_report_ends_the_body() -> None:
    """qinghai-zhengfu-gongzuo-baogao-2026 ends "…不懈奋斗！" then "（来源：青海日报）" and
    "编辑：何继红": credits of the page, outside the body."""
    text = shared_text("corpus/wild/qinghai-zhengfu-gongzuo-baogao-2026.txt")
    assert _truncated(text) == ["pass"]
    doc = extract_text(text)
    assert text[: doc.body.end].rstrip().endswith("青海篇章不懈奋斗！")


@pytest.mark.parametrize(
    "line",
    [
        "（三）编辑出版一批中医药科普读物。",  # a task about editing, not a credit
        "来源地管理：对跨省流动人员实行来源地登记。",  # 来源 as a word of the plan
    ],
)
def test_words_like_a_credit_inside_a_plan_do_not_end_it(line: str) -> None:
    text = PLAN + line + "\n（三）做好总结。完成任务。\n" + "加强培训。" * 40 + "\n"
    doc = extract_text(text)
    assert text[: doc.body.end].rstrip().endswith("加强培训。")


# ---- numbering: where a skipped number is written ------------------------------------------


def test_a_skipped_part_is_not_said_written_when_only_a_subheading_is() -> None:
    """putuo 2024 部门决算: 第一部分 概况 (一、主要职能, 二、部门决算单位构成), the tables with no
    第二部分 heading of their own, then 第三部分: the gap is real, and the 二、 under 第一部分 is
    not the missing 第二部分."""
    text = (
        "某区2024年度部门决算\n第一部分 概况\n一、主要职能\n负责规划。\n二、单位构成\n本级。\n"
        "第三部分 情况说明\n一、收入\n收入307.82万元。\n"
    )
    (c,) = [c for c in extract_text(text).checks if c.rule == "numbering"]
    assert c.message == "heading 第三部分 (情况说明) skips after 第一部分 (概况)"


def _heading(number: str, value: int, start: int) -> object:
    from types import SimpleNamespace

    style = "chapter-" + number[-2:] if number.endswith("部分") else "chapter-" + number[-1]
    return SimpleNamespace(number=number, value=value, start=start, style=style)


@pytest.mark.parametrize(
    ("text", "prev", "cur", "written"),
    [
        # the missing 第二部分 written after a sentence's end, as a table page's caption
        ("第一部分 概况。第二部分 决算表。第三部分", ("第一部分", 1), ("第三部分", 3), True),
        ("第一章 总则\n第2章 规划\n第三章", ("第一章", 1), ("第三章", 3), True),
        # an item of another style between them is not the missing number
        ("第一部分 概况\n二、单位构成\n第三部分", ("第一部分", 1), ("第三部分", 3), False),
        ("第一章 总则\n第二节 规划\n第三章", ("第一章", 1), ("第三章", 3), False),
    ],
)
def test_the_missing_marker_is_looked_for_in_the_headings_style(
    text: str, prev: tuple[str, int], cur: tuple[str, int], written: bool
) -> None:
    from extractor.checks.structure import _missing_marker_present

    p = _heading(prev[0], prev[1], text.index(prev[0]))
    c = _heading(cur[0], cur[1], text.rindex(cur[0]))
    assert _missing_marker_present(text, p, c) is written  # type: ignore[arg-type]


def _numbering(text: str) -> list[tuple[str, str]]:
    return [(c.status, c.message) for c in extract_text(text).checks if c.rule == "numbering"]


RIZHAO = "corpus/wild/rizhaoshi-gongyuantiaoli-2021.txt"  # chapters ## 第一章 … ## 第三章


def test_chapters_that_run_from_the_first_pass() -> None:
    assert [s for s, _ in _numbering(shared_text(RIZHAO))] == ["pass"]


def test_a_copy_whose_chapters_start_at_the_second_warns_there() -> None:
    """jinanshi-shiminfuwurexiantiaoli-2018: its first chapter line is ## 第二章  职责分工."""
    text = shared_text("corpus/wild/jinanshi-shiminfuwurexiantiaoli-2018.txt")
    checks = [c for c in extract_text(text).checks if c.rule == "numbering"]
    assert [c.message for c in checks] == [
        "the first chapter is 第二章 职责分工: no 第一章 before it"
    ]
    at = checks[0].spans[0].start
    assert text[at : at + 3] == "第二章"


@pytest.mark.parametrize(
    ("line", "message", "at"),
    [
        (
            "## 第一章  总则\n",
            "the first chapter is 第二章 规划和建设: no 第一章 before it",
            "第二章",
        ),
        ("## 第二章\u3000规划和建设\n", "第三章 管理和服务 skips after 第一章 总则", "第三章"),
    ],
    ids=["first-chapter-dropped", "second-chapter-dropped"],
)
def test_a_chapter_line_planted_away_is_caught(line: str, message: str, at: str) -> None:
    text = shared_text(RIZHAO)
    assert line in text
    planted = text.replace(line, "", 1)
    checks = [c for c in extract_text(planted).checks if c.rule == "numbering"]
    assert [(c.status, c.message) for c in checks] == [("warn", message)]
    start = checks[0].spans[0].start
    assert planted[start : start + 3] == at


def test_a_list_whose_first_label_is_lost_warns_at_its_second() -> None:
    """yunfushi-youhuayingshanghuanjingtiaoli-2023, 第二十四条: the first measure has no （一）."""
    text = shared_text("corpus/wild/yunfushi-youhuayingshanghuanjingtiaoli-2023.txt")
    found = _numbering(text)
    assert len(found) == 1
    assert found[0][0] == "warn"
    assert found[0][1].startswith("heading (二) (多层次、多渠道开展惠企政策宣传")


def test_a_first_label_planted_away_is_caught() -> None:
    """yunfu 第三条 lists （一）优化营商环境的重要政策措施 …; drop that label."""
    text = shared_text("corpus/wild/yunfushi-youhuayingshanghuanjingtiaoli-2023.txt")
    label = "（一）优化营商环境的重要政策措施"
    assert label in text
    found = _numbering(text.replace(label, label[3:], 1))
    assert len(found) == 2
    assert found[0][1].startswith("heading (二)")


@pytest.mark.parametrize(
    "text",
    [
        # a list that runs on across its parents: 1. 2. under 一、, 3. under 二、
        "某县工作计划\n一、目标\n1.做好培训工作。\n2.做好宣传工作。\n二、措施\n3.做好督查工作。\n",
        # restarts at 1 under each parent
        "某县工作计划\n一、目标\n1.做好培训工作。\n二、措施\n1.做好督查工作。\n",
        # a contents page of chapters, then the text's chapters
        "某市条例\n目录\n第一章 总则\n第二章 管理\n第一章 总则\n第一条 为了规范管理,制定本条例。\n"
        "第二章 管理\n第二条 本市实行统一管理。\n",
    ],
    ids=["runs-on", "restarts", "contents-then-text"],
)
def test_numbering_that_is_in_order_does_not_warn(text: str) -> None:
    assert "warn" not in [s for s, _ in _numbering(text)]


@pytest.mark.parametrize(
    ("text", "message", "expected"),
    [
        # articles run on across chapters: 第三条 is missing, not 第一条
        (
            "某市条例\n第一章 总则\n第一条 为了规范管理,制定本条例。\n第二条 本市实行统一管理。\n"
            "第二章 管理\n第四条 本市实行统一管理。\n",
            "heading 第四条 (本市实行统一管理) skips after 第二条 (本市实行统一管理)",
            3,
        ),
        (
            "某县工作计划\n一、目标\n1.做好培训工作。\n2.做好宣传工作。\n二、措施\n4.做好督查工作。\n",
            "heading 4 (做好督查工作) skips after 2 (做好宣传工作)",
            3,
        ),
    ],
    ids=["articles-across-chapters", "items-across-parts"],
)
def test_a_gap_in_a_list_that_runs_on_is_a_skip(text: str, message: str, expected: int) -> None:
    checks = [c for c in extract_text(text).checks if c.rule == "numbering"]
    assert [(c.status, c.message, c.expected) for c in checks] == [("warn", message, expected)]


def test_a_shi_list_begun_in_its_lead_is_in_order() -> None:
    """过去一年…：一是… in the lead's sentence, then 二是 and 三是 alone over their paragraphs."""
    para = "认真落实“绿色、共享、开放、廉洁”的办赛理念,向全国人民奉献了一场彰显中国特色的体育盛会。"
    text = (
        f"某省政府工作报告\n一、过去一年\n过去一年，我们主要抓了以下工作：一是稳住经济大盘。\n"
        f"二是推动产业升级。\n{para}\n三是保障改善民生。\n{para}\n"
    )
    assert [s for s, _ in _numbering(text)] == ["pass"]
