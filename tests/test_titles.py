"""Title and year: the head of real documents as they were scraped, and what must not be read."""

from __future__ import annotations

import pytest
import regex

from extractor import titles
from extractor.boilerplate import find_layout
from extractor.tables import boilerplate as boilerplate_tables
from extractor.textmap import TextMap
from extractor.titles import is_furniture
from extractor.years import title_year
from tests.shared_docs import SHARED, shared_text
from tests.title_cases import COVER_LINES, FROM_CORPUS


def head_of(text: str) -> tuple[str | None, int | None, str]:
    """Title, year and the body from its start (NFKC view)."""
    tm = TextMap.build(text)
    lay = find_layout(tm.text)
    return lay.title, lay.year, tm.text[lay.body[0] : lay.body[1]]


# The heads above are abridged; the plan that follows them is long in the real page, so a
# tail marker in the head (来源：, 发布时间：) is not taken for the page's end.
_REST = "\n".join(["一、工作任务", *["推进各项工作，确保按期完成。"] * 200]) + "\n"


@pytest.mark.parametrize(("text", "title", "year", "body_starts"), FROM_CORPUS)
def test_title_year_and_body_start(
    text: str, title: str | None, year: int | None, body_starts: str
) -> None:
    got_title, got_year, start = head_of(text + _REST)
    assert (got_title, got_year) == (
        title.replace("（", "(").replace("）", ")") if title else None,
        year,
    )
    assert start.startswith(TextMap.build(body_starts).text)


def test_one_line_notice_ends_its_title_at_its_genre_and_signs_before_the_document() -> None:
    """anshun-shiji-chubeiliang-guanli-banfa-2023: "…关于印发…管理办法的通知" (not "…管理办法"),
    signed "安顺市人民政府2023年9月5日(此件公开发布)" before the 办法 it issues."""
    text = shared_text("corpus/real/anshun-shiji-chubeiliang-guanli-banfa-2023.txt")
    title, year, _ = head_of(text)
    assert (title, year) == ("安顺市人民政府关于印发安顺市市级储备粮管理办法的通知", 2023)


def test_one_line_notice_year_from_its_signature() -> None:
    """guowuyuan-bangongtingguanyugaishannong-2014-oneline ends "…国务院办公厅　　2014年5月16日
    （此件公开发布）"; its number 国办发〔2014〕25号 follows the title."""
    text = shared_text("corpus/wild/guowuyuan-bangongtingguanyugaishannong-2014-oneline.txt")
    tm = TextMap.build(text)
    lay = find_layout(tm.text)
    assert (lay.title, lay.year) == ("国务院办公厅关于改善农村人居环境的指导意见", 2014)
    kinds = {kind: tm.text[a:b] for kind, a, b in lay.metadata}
    assert kinds == {"doc_number": "国办发〔2014〕25号", "date": "2014年5月16日"}


def test_date_alone_before_the_attachments_gives_the_year() -> None:
    """jkfp-guanyushishijiankangfupingongcheng-2020 is signed "2016年6月20日" on its own line,
    and its task table follows with deadlines in 2016."""
    text = shared_text("corpus/wild/jkfp-guanyushishijiankangfupingongcheng-2020.txt")
    assert head_of(text)[:2] == ("关于实施健康扶贫工程的指导意见", 2016)


def test_the_signature_in_the_body_wins_over_the_pages_info_table() -> None:
    """jiangxi-jiangxishengrenminzhengfuguanyufei-2020: a 省政府令 signed "2018年5月9日" on
    its own line, under a page whose info table says "成文日期: 2020-03-11"."""
    text = shared_text("corpus/wild/jiangxi-jiangxishengrenminzhengfuguanyufei-2020.txt")
    assert "成文日期:  2020-03-11" in text
    assert head_of(text)[1] == 2018


def test_the_info_table_gives_the_year_without_a_signature_in_the_body() -> None:
    """The same page with its signature line taken out: the info table's 成文日期 is left."""
    text = shared_text("corpus/wild/jiangxi-jiangxishengrenminzhengfuguanyufei-2020.txt")
    assert "\n2018年5月9日\n" in text
    assert head_of(text.replace("\n2018年5月9日\n", "\n", 1))[1] == 2020


def test_deadlines_give_the_year_when_nothing_else_does() -> None:
    """guangzhou-rencai-jiju-shishi-yijian-2012 has no date or number: "于2012年10月底前…制定"."""
    text = shared_text("corpus/real/guangzhou-rencai-jiju-shishi-yijian-2012.txt")
    assert head_of(text)[:2] == ("关于推进人才集聚工程的实施意见", 2012)


@pytest.mark.parametrize(
    ("document", "year"),
    [
        # "一、2018年工作回顾" … "二、2019年经济社会发展总体要求…" … "三、2019年政府工作任务"
        ("corpus/real/national-zhengfu-gongzuo-baogao-2019-wikisource.txt", 2019),
        # "一、“十一五”时期国民经济和社会发展的回顾" … "三、2011年的工作"
        ("corpus/real/national-zhengfu-gongzuo-baogao-2011-wikisource.txt", 2011),
    ],
)
def test_a_report_without_its_title_takes_the_year_its_headings_plan(
    document: str, year: int
) -> None:
    """The wikisource 政府工作报告 begin "各位代表：" with no title, date or number."""
    assert head_of(shared_text(document))[1] == year


_REPORT = "各位代表：\n现在，我代表国务院，向大会报告政府工作，请予审议。\n"

HEADING_YEARS = [
    pytest.param(
        _REPORT + "一、2018年工作回顾\n过去一年。\n三、2019年政府工作任务\n", 2019, id="plan"
    ),
    pytest.param(
        _REPORT + "一、2025年主要工作和“十四五”发展成就\n二、2026年重点工作\n",
        2026,
        id="review-成就",
    ),
    pytest.param(_REPORT + "一、2017年工作要点\n二、2018年工作计划\n", 2018, id="latest"),
    pytest.param(_REPORT + "一、2018年工作回顾\n过去一年。\n", None, id="review-only"),
    pytest.param(_REPORT + "一、到2025年的主要目标\n", None, id="target-到"),
    pytest.param(_REPORT + "（一）2019年重点任务\n", None, id="subsection"),
    pytest.param(_REPORT + "一、2019年以来的工作成效\n", None, id="since-以来"),
    pytest.param(_REPORT + "一、工作任务\n完成2019年政府工作任务。\n", None, id="prose"),
]


@pytest.mark.parametrize(("text", "year"), HEADING_YEARS)
def test_heading_years(text: str, year: int | None) -> None:
    assert head_of(text + _REST)[1] == year


NOT_A_YEAR = [
    pytest.param(
        "某县工作方案\n一、目标\n到2025年，全县脱贫人口收入增长10%。\n", id="target-到2025年"
    ),
    pytest.param("某县工作方案\n一、回顾\n2019年以来，累计投入资金3亿元。\n", id="review-以来"),
    pytest.param("某县工作方案\n一、目标\n完成2020年度任务。\n", id="year-in-prose"),
]


@pytest.mark.parametrize("text", NOT_A_YEAR)
def test_years_in_prose_are_not_the_plan_year(text: str) -> None:
    assert head_of(text)[1] is None


@pytest.mark.parametrize(
    ("title", "year"),
    [
        pytest.param(
            "山东省科技创新引领人工智能产业发展行动计划（2025—2027年）", 2025, id="period"
        ),
        pytest.param("某县2025年工作总结和2026年工作计划", 2026, id="review-and-plan"),
        pytest.param("数字山东2021行动方案", 2021, id="year-inside-name"),
        pytest.param("石景山区二〇一八年精准扶贫工作计划", 2018, id="chinese-numerals"),
        pytest.param("“十四五”规划纲要", None, id="plan-name-no-year"),
        pytest.param("关于推进1000个项目的通知", None, id="count-not-year"),
    ],
)
def test_title_year(title: str, year: int | None) -> None:
    assert title_year(title) == year


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("【字号：", True),
        ("加大", True),
        ("】", True),
        ("扫一扫在手机打开当前页", True),
        ("3657政务公开/col/col1229218734/index.html政府信息公开", True),
        ("<!-- INFO END -->", True),
        ("政府工作报告。 贵州日报天眼新闻记者 李森 摄", True),
        ("2026年河北省政府工作报告", False),
        ("中小企业发展促进办法", False),
        ("大力发展中小企业", False),
        ("下载并安装全民健康信息平台", False),
    ],
)
def test_furniture_lines(line: str, furniture: bool) -> None:
    assert is_furniture(line) is furniture


@pytest.mark.parametrize(("text", "title", "year"), COVER_LINES)
def test_a_cover_broken_over_lines(text: str, title: str, year: int) -> None:
    got_title, got_year, _ = head_of(text + _REST)
    assert (got_title, got_year) == (title, year)


def _plain_furniture(line: str) -> bool:
    """is_furniture as every head pattern matched in turn and the tool words taken out."""
    if any(regex.match(r"\s*" + p, line) for p in boilerplate_tables.SITE_HEAD_LINES):
        return True
    stripped = line.strip()
    return (
        bool(stripped)
        and titles._TOOL_LEFTOVER.fullmatch(titles._TOOLS.sub("", stripped)) is not None
    )


def test_furniture_shortcuts_agree_with_the_plain_patterns() -> None:
    """is_furniture searches a ``.*`` pattern's rest and passes over a line that starts with
    an ideograph no tool word starts with: the same answer as matching every head pattern and
    taking the tool words out, on every line of every text of ../shared/corpus."""
    paths = sorted((SHARED / "corpus").rglob("*.txt"))
    if not paths:
        pytest.skip("../shared/corpus is absent: no real lines to compare on")
    seen = furniture = 0
    for path in paths:
        text = TextMap.build(path.read_text(encoding="utf-8")).text
        for line in {*text.split("\n")[:60], *text.split("\n")[-30:]}:  # heads and tails
            found = is_furniture(line)
            assert found == _plain_furniture(line), (path.name, line)
            seen += 1
            furniture += found
    assert seen > 10_000
    assert furniture > 100
    assert is_furniture("政务公开/col/col12/index.html 第二行\n") == _plain_furniture(
        "政务公开/col/col12/index.html 第二行\n"
    )
