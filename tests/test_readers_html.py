"""HTML reader: saved web pages with navigation, related-article lists and footers."""

from __future__ import annotations

import html
from pathlib import Path

import pytest

from extractor.errors import ReadError
from extractor.readers import read_bytes
from extractor.readers.html import read_html

SEED = (
    Path(__file__).resolve().parents[1]
    / ".."
    / "shared"
    / "corpus"
    / "seed"
    / "shijingshan-fupin-plan-2018.txt"
)

NAV = (
    "<div class='nav'><ul><li><a href='/'>首页</a></li><li><a href='/zwgk'>政务公开</a></li>"
    "<li><a href='/bsfw'>办事服务</a></li><li><a href='/hdjl'>互动交流</a></li></ul></div>"
    "<div class='crumb'>当前位置：<a href='/'>首页</a> &gt; <a href='/zwgk'>政务公开</a></div>"
)
RELATED = (
    "<div class='related'><h3>相关文章</h3><ul><li><a href='/a1'>区召开扶贫协作工作会</a></li>"
    "<li><a href='/a2'>区领导赴称多县调研</a></li><li><a href='/a3'>我区签订帮扶协议</a></li>"
    "</ul></div>"
)
FOOTER = (
    "<div class='footer'><p>主办：某区人民政府办公室　京ICP备05060933号</p>"
    "<p>版权所有 联系我们 网站地图</p></div>"
)
BOILERPLATE_WORDS = (
    "政务公开",
    "办事服务",
    "当前位置",
    "相关文章",
    "称多县调研",
    "ICP备",
    "版权所有",
)

TITLE = "某区2018年精准扶贫工作计划"
PLAN_LINES = [
    TITLE,
    "为深入贯彻落实习近平总书记在东西部扶贫协作座谈会上的重要讲话精神，结合我区实际，制定本计划。",
    "一、总体要求",
    "（一）工作目标",
    "目前，我区四个携手奔小康地区共有建档立卡贫困人口17869户、46818人，其中称多县2686户、9256人。",
    "二、主要任务",
    "1.实施精准助学工程。全年资助贫困学生500名，投入资金100万元。",
    "2.实施精准救治工程。",
    "序号 | 工作任务 | 责任单位",
    "1 | 精准助学 | 区教委",
    "2 | 精准救治 | 区卫生健康委 区民政局",
    "三、保障措施",
    "各单位要加强组织领导，确保各项任务落到实处。",
]


def _page(charset: str) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{TITLE}_某区人民政府</title></head><body>{NAV}
<div class="article"><h1>{TITLE}</h1>
<div class="content">
<p>{PLAN_LINES[1]}</p>
<p>一、总体要求</p>
<p>（一）工作目标</p>
<p>{PLAN_LINES[4]}</p>
<p>二、主要任务</p>
<p>1.实施精准助学工程。全年资助贫困学生500名，投入资金100万元。<br>2.实施精准救治工程。</p>
<table border="1"><tr><td>序号</td><td>工作任务</td><td>责任单位</td></tr>
<tr><td>1</td><td>精准助学</td><td>区教委</td></tr>
<tr><td>2</td><td>精准救治</td><td><p>区卫生健康委</p><p>区民政局</p></td></tr></table>
<p>三、保障措施</p>
<p>各单位要加强组织领导，确保各项任务落到实处。</p>
</div></div>{RELATED}{FOOTER}
</body></html>"""


@pytest.mark.parametrize(
    ("charset", "encoding", "expected"),
    [
        ("gb2312", "gb18030", "gb18030"),
        ("gbk", "gbk", "gb18030"),
        ("utf-8", "utf-8", "utf-8"),
        ("gb2312", "utf-8", "utf-8"),  # the page says gb2312 but was re-saved as UTF-8
    ],
    ids=["gb2312", "gbk", "utf-8", "wrong-meta"],
)
def test_main_text_lines_and_encoding(charset: str, encoding: str, expected: str) -> None:
    raw = read_html(_page(charset).encode(encoding), "plan.html")
    assert raw.format == "html"
    assert raw.encoding == expected
    assert raw.text.split("\n") == [*PLAN_LINES, ""]
    for word in BOILERPLATE_WORDS:
        assert word not in raw.text


def test_table_cells_and_offsets() -> None:
    raw = read_html(_page("utf-8").encode(), "plan.html")
    assert len(raw.tables) == 1
    table = raw.tables[0]
    assert [[c.text for c in row] for row in table.rows] == [
        ["序号", "工作任务", "责任单位"],
        ["1", "精准助学", "区教委"],
        ["2", "精准救治", "区卫生健康委 区民政局"],
    ]
    for row in table.rows:
        for cell in row:
            assert raw.text[cell.start : cell.end] == cell.text
    assert raw.text[table.start : table.end] == "\n".join(PLAN_LINES[8:11])


def test_no_meta_gbk_detected() -> None:
    page = _page("gbk").replace(
        '<meta http-equiv="Content-Type" content="text/html; charset=gbk">', ""
    )
    raw = read_html(page.encode("gb18030"), "plan.htm")
    assert raw.encoding == "gb18030"
    assert "一、总体要求" in raw.text.split("\n")


def test_read_bytes_dispatches_html() -> None:
    assert read_bytes(_page("utf-8").encode(), "plan.HTM").text.startswith(TITLE + "\n")


def test_short_page_read() -> None:
    page = "<html><body><div>一、总体要求</div><div>加强组织领导。</div></body></html>"
    raw = read_html(page.encode(), "short.html")
    assert "加强组织领导。" in raw.text


def test_no_main_text_keeps_all_text(monkeypatch: pytest.MonkeyPatch) -> None:
    import trafilatura

    monkeypatch.setattr(trafilatura, "extract", lambda *args, **kwargs: None)
    raw = read_html(_page("utf-8").encode(), "plan.html")
    assert "加强组织领导" in raw.text
    assert "版权所有" in raw.text  # nothing was judged boilerplate
    assert raw.warnings == ("no main text found; kept all of the page's text",)


@pytest.mark.parametrize(
    "data",
    [b"", b"<html><body><script>var a=1;</script></body></html>"],
    ids=["empty", "script-only"],
)
def test_empty_page_refused(data: bytes) -> None:
    with pytest.raises(ReadError, match=r"^blank\.html: the web page has no text"):
        read_html(data, "blank.html")


@pytest.mark.skipif(not SEED.exists(), reason="../shared/corpus/seed is absent")
def test_seed_as_a_web_page_round_trips() -> None:
    """The seed plan (shijingshan-fupin-plan-2018.txt), one <p> per line inside site boilerplate,
    comes back line for line."""
    lines = [line.strip() for line in SEED.read_text(encoding="utf-8").split("\n") if line.strip()]
    body = "".join(f"<p>{html.escape(line)}</p>\n" for line in lines[1:])
    page = (
        f'<html><head><meta charset="gbk"><title>{lines[0]}</title></head><body>{NAV}'
        f"<div class='article'><h1>{html.escape(lines[0])}</h1><div class='content'>{body}"
        f"</div></div>{RELATED}{FOOTER}</body></html>"
    )
    raw = read_html(page.encode("gb18030"), "seed.html")
    assert [line for line in raw.text.split("\n") if line] == lines
