"""Quality floor for the seed plan as it is published: printed to PDF, saved as Word, on a web page.

Issue 4, "How it will be measured": the seed (shijingshan-fupin-plan-2018.txt) printed to a
multi-page PDF and saved as a DOCX whose 一、 （一） 1. live in Word's automatic numbering
scores >= 0.95 on every figure of ../shared/tools/score.py with no false alarm, the gold
anchors looked up in the text the CLI saves with --save-text. Each file is built here:

- PDF: A4, reportlab's built-in STSong-Light; a running header over a rule and page numbers on
  every page; titles centred (wrapped inside the text block when too wide); every other line of
  the seed a paragraph broken anywhere, inside numbers too, with 避头尾 (no line opens with
  `，。、）`, none ends with `（“`). The web boilerplate tail stays, as in the seed. Layouts
  (PDF_LAYOUTS): 公文 (三号, 28 characters a line, first-line indent of two characters,
  justified, `— N —` in the outer corner, a header repeating the first title line); a report
  (小四, ragged right, no indent, space after paragraphs, full-width punctuation,
  `第N页 共M页`); a cover page; a narrow column (`- N -`).
- DOCX: python-docx, every `一、` `(一)` `1.` taken out of the text and given by numbering.xml
  (chineseCounting `%1、`, `（%n）`, decimal `%n.`), restarting as the seed does: items 1-20 of
  二 continue across its (一)...(六) and restart at 1 under 三. Three ways Word files do it: one
  multilevel list (level 3 restarts only after level 1), three single-level lists restarted by
  new list instances with ``startOverride``, or the list linked to paragraph styles. Text is cut
  into short runs, with bookmarks and proofing marks between them, as Word leaves it.
- HTML: the seed inside a site's navigation, breadcrumb and footer, as <p> paragraphs or as one
  block of <br>-separated lines with the related-document tail as a link list.

The gold file is the shared one with ``document`` pointing at the generated file and
``text_from_output`` set, scored with the shared scorer's own functions.
"""

from __future__ import annotations

import html
import io
import itertools
import json
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import regex

from extractor.cli import main
from tests.shared_docs import SHARED, load_scorer

SEED_GOLD = SHARED / "gold" / "shijingshan-fupin-plan-2018.gold.json"

FLOOR = 0.95
MAX_FALSE_ALARMS = 0
UNSCORED = ("false_alarms", "bonus")


# --- scoring ---------------------------------------------------------------------------------


def _scorer() -> ModuleType:
    if not SEED_GOLD.is_file():
        pytest.skip(f"{SEED_GOLD} not found: the quality floor needs ../shared")
    return load_scorer()


def _seed_lines() -> list[str]:
    gold = json.loads(SEED_GOLD.read_text(encoding="utf-8"))
    text = (SHARED / gold["document"]).read_text(encoding="utf-8-sig")
    return [line.strip() for line in text.replace("\r\n", "\n").split("\n") if line.strip()]


def _score_saved(
    score: ModuleType, corpus: Path, name: str, out: Path
) -> tuple[dict[str, float], list[str]]:
    """Run the CLI with --save-text and score the saved text as score.py does for
    ``text_from_output`` gold files."""
    assert main([str(corpus), "-o", str(out), "-q", "--save-text"]) == 0
    gold = json.loads(SEED_GOLD.read_text(encoding="utf-8"))
    gold["document"] = f"corpus/{name}"
    gold["text_from_output"] = True
    gold_file = corpus.parent / f"{name}.gold.json"
    gold_file.write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")

    raw = (corpus.parent / gold["document"]).read_bytes()
    doc = score.load_outputs(out).get(score.hashlib.sha256(raw).hexdigest())
    assert doc is not None, f"no output JSON for {name}"
    saved = Path(doc["_json_path"][: -len(".json")] + ".txt")
    assert saved.is_file(), f"--save-text wrote no {saved.name}"
    text = score.Text(saved.read_text(encoding="utf-8"))
    text.loose = True
    tally, notes = score.Tally(), list[str]()
    score.score_doc(json.loads(gold_file.read_text(encoding="utf-8")), text, doc, tally, notes)
    result = {k: tally.ratio(k) for k in score.KEYS if tally.ratio(k) is not None}
    result["false_alarms"] = tally.c["false_alarms"]
    return result, notes


def _assert_floor(result: dict[str, float], notes: list[str]) -> None:
    low = {k: v for k, v in result.items() if k not in UNSCORED and v < FLOOR}
    assert low == {}, notes
    assert result["false_alarms"] <= MAX_FALSE_ALARMS, notes


# --- the seed printed to PDF -----------------------------------------------------------------

FONT = "STSong-Light"
PAGE_W, PAGE_H = 595.28, 841.89  # A4
NO_LINE_START = set("，。、；：？！）》」』”’,.;:?!)%")  # 避头: never opens a line
NO_LINE_END = set("（《「『“‘(")  # 避尾: never closes one
_WIDE = {ord(c): ord(c) + 0xFEE0 for c in ",():;"}  # how most plans write their punctuation


@dataclass(frozen=True)
class _Layout:
    """How a word processor printed the plan."""

    size: float = 16.0  # 三号
    chars_per_line: int = 28  # 公文: 28 characters a line, 22 lines a page
    pitch: float = 28.9
    indent: int = 2  # first-line indent, in characters
    justify: bool = True
    paragraph_gap: float = 0.0  # extra space after each paragraph
    header: str = "{title}"  # {title}: the plan's title; {site}: the seed's first line
    page_number: str = "— {n} —"
    number_at: str = "outer"  # outer corner (公文), or centre
    widen: bool = False  # full-width punctuation, as most published plans
    cover: bool = False  # the titles alone on a cover page with no header or page number
    keep_words: bool = False  # never break inside a number or a Latin word (Word's default)


PDF_LAYOUTS = {
    # 公文 (GB/T 9704): 三号 type, 28 x 22, justified, page numbers in the outer corner.
    # The running header repeats the first title line word for word, in small type.
    "gongwen": _Layout(header="{site}"),
    # A report layout: 小四, 1.5 lines, ragged right, no indent, space between paragraphs,
    # full-width punctuation, 第N页 共M页 centred, the issuing office as running header.
    "report": _Layout(
        size=12.0,
        chars_per_line=36,
        pitch=21.0,
        indent=0,
        justify=False,
        paragraph_gap=8.0,
        header="石景山区扶贫协作和支援合作工作领导小组办公室",
        page_number="第{n}页 共{total}页",
        number_at="centre",
        widen=True,
    ),
    # As Word justifies: numbers and URLs kept whole, so short lines are stretched wide.
    "word": _Layout(keep_words=True, chars_per_line=21, page_number="- {n} -"),
    # A cover page with the titles low on it; numbering starts on the page after it.
    "cover": _Layout(cover=True, header="石景山区精准扶贫工作", page_number="{n}"),
    # A narrow column (a two-up print or a phone-sized PDF): 20 characters a line, - N -.
    "narrow": _Layout(
        size=14.0,
        chars_per_line=20,
        pitch=24.0,
        page_number="- {n} -",
        widen=True,
    ),
}


def _width(text: str, size: float) -> float:
    from reportlab.pdfbase import pdfmetrics

    return float(pdfmetrics.stringWidth(text, FONT, size))


_WORD = regex.compile(
    r"[A-Za-z0-9.:/\-+%_]+|.", regex.DOTALL
)  # a Latin word or a number, or a char


def _break_lines(
    text: str, width: float, first_indent: float, size: float, keep_words: bool = False
) -> list[str]:
    """Greedy breaking with 避头尾: the lines of one paragraph. Punctuation that may not open a
    line stays on the one before (squeezed in when justified, else hanging). ``keep_words``
    breaks as Word does, never inside a Latin word or a number unless it fills a line alone."""
    lines: list[str] = []
    current = ""
    room = width - first_indent
    pieces = _WORD.findall(text) if keep_words else list(text)
    for piece in pieces:
        if current and piece[0] not in NO_LINE_START and _width(current + piece, size) > room:
            carried = ""
            while len(current) > 1 and current[-1] in NO_LINE_END:
                carried = current[-1] + carried
                current = current[:-1]
            lines.append(current)
            current, room = carried, width
        if _width(piece, size) > width:  # a word longer than a line: cut it
            for char in piece:
                if current and _width(current + char, size) > room:
                    lines.append(current)
                    current, room = "", width
                current += char
            continue
        current += piece
    if current:
        lines.append(current)
    return lines


class _Printer:
    def __init__(self, layout: _Layout, site: str, title: str, total: int = 0) -> None:
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.cidfonts import UnicodeCIDFont
        from reportlab.pdfgen import canvas

        pdfmetrics.registerFont(UnicodeCIDFont(FONT))  # built in: no font file
        self.layout = layout
        self.width = layout.chars_per_line * layout.size
        self.left = (PAGE_W - self.width) / 2
        self.right = self.left + self.width
        self.top = 105.0  # first baseline, from the top of the page
        self.bottom = PAGE_H - 100.0
        self.buffer = io.BytesIO()
        self.canvas = canvas.Canvas(self.buffer, pagesize=(PAGE_W, PAGE_H))
        self.canvas.setTitle(title)
        self.header = layout.header.format(site=site, title=title)
        self.total = total
        self.page = 1
        self.y = self.top
        self.printed: list[str] = []

    def _furniture(self) -> None:
        c = self.canvas
        if self.layout.cover and self.page == 1:
            return
        c.setFont(FONT, 10.5)
        c.drawCentredString(PAGE_W / 2, PAGE_H - 50, self.header)
        c.setLineWidth(0.5)
        c.line(self.left, PAGE_H - 56, self.right, PAGE_H - 56)
        c.setFont(FONT, 14 if self.layout.number_at == "outer" else 10.5)
        shown = self.page - 1 if self.layout.cover else self.page
        number = self.layout.page_number.format(n=shown, total=self.total)
        if self.layout.number_at == "centre":
            c.drawCentredString(PAGE_W / 2, 50, number)
        elif self.page % 2:  # 公文: odd pages right, even pages left
            c.drawRightString(self.right - self.layout.size, 50, number)
        else:
            c.drawString(self.left + self.layout.size, 50, number)

    def _room(self, pitch: float, new_page: bool = False) -> None:
        if new_page or self.y + pitch > self.bottom:
            self._furniture()
            self.canvas.showPage()
            self.page += 1
            self.y = self.top

    def centred(self, text: str, size: float) -> None:
        """A title line, centred; a title wider than the text block wraps inside it."""
        for line in _break_lines(text, self.width, 0.0, size):
            self._room(size * 1.6)
            self.canvas.setFont(FONT, size)
            self.canvas.drawCentredString(PAGE_W / 2, PAGE_H - self.y, line)
            self.y += size * 1.6
            self.printed.append(line)

    def paragraph(self, text: str) -> None:
        size = self.layout.size
        indent = self.layout.indent * size
        lines = _break_lines(text, self.width, indent, size, self.layout.keep_words)
        for n, line in enumerate(lines):
            self._room(self.layout.pitch)
            x = self.left + (indent if n == 0 else 0)
            text_object = self.canvas.beginText(x, PAGE_H - self.y)
            text_object.setFont(FONT, size)
            if self.layout.justify and n < len(lines) - 1 and len(line) > 1:
                spare = self.right - x - _width(line, size)
                text_object.setCharSpace(spare / (len(line) - 1))  # justified
            text_object.textOut(line)
            self.canvas.drawText(text_object)
            self.y += self.layout.pitch
        self.y += self.layout.paragraph_gap
        self.printed += lines

    def save(self) -> bytes:
        self._furniture()
        self.canvas.save()
        return self.buffer.getvalue()


def _seed_pdf(lines: list[str], layout: _Layout) -> _Printer:
    """The seed printed: two centred title lines, then one paragraph per line."""
    if layout.widen:
        lines = [line.translate(_WIDE) for line in lines]
    total = 0
    for _ in range(2):  # the second pass knows the page count (第N页 共M页)
        printer = _Printer(layout, site=lines[0], title=lines[1], total=total)
        if layout.cover:
            printer.y = PAGE_H / 3
        for n, line in enumerate(lines):
            if n < 2:
                printer.centred(line, 22.0)  # 二号
                continue
            if n == 2 and layout.cover:
                printer._room(0, new_page=True)
            printer.paragraph(line)
        printer.save()
        total = printer.page - layout.cover
    return printer


@pytest.mark.parametrize("layout", list(PDF_LAYOUTS))
def test_seed_printed_to_pdf_meets_the_floor(layout: str, tmp_path: Path) -> None:
    score = _scorer()
    pytest.importorskip("reportlab")
    printer = _seed_pdf(_seed_lines(), PDF_LAYOUTS[layout])
    printed = printer.printed
    # The layout does what the test claims: several pages, lines broken inside numbers.
    assert printer.page > 3
    split = any(a[-1].isdigit() and b[0].isdigit() for a, b in itertools.pairwise(printed))
    assert split != PDF_LAYOUTS[layout].keep_words
    assert not any(line[0] in NO_LINE_START for line in printed)
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "seed.pdf").write_bytes(printer.buffer.getvalue())
    result, notes = _score_saved(score, tmp_path / "corpus", "seed.pdf", tmp_path / "out")
    doc = json.loads((tmp_path / "out" / "seed.pdf.json").read_text(encoding="utf-8"))
    assert doc["source"]["pages"] == printer.page
    saved = (tmp_path / "out" / "seed.pdf.txt").read_text(encoding="utf-8")
    assert "本文链接" in saved  # a short line stretched to the margin is not spaced out
    _assert_floor(result, notes)


def test_stretched_line_is_not_spaced_out() -> None:
    """Word justifies a line cut short by a long URL or number by spacing its characters out;
    the reader writes the words, not one letter per space."""
    pytest.importorskip("reportlab")
    from extractor.readers.pdf import read_pdf

    printer = _Printer(_Layout(), site="", title="某区工作计划")
    for n, (text, spacing) in enumerate(
        [("本文链接：", 60.0), ("https://www.wenmi123.com/article/308217.html", 0.0)]
    ):
        text_object = printer.canvas.beginText(printer.left, PAGE_H - printer.top - n * 30)
        text_object.setFont(FONT, 16.0)
        text_object.setCharSpace(spacing)
        text_object.textOut(text)
        printer.canvas.drawText(text_object)
    lines = read_pdf(printer.save(), "stretched.pdf").text.split("\n")
    assert "本文链接：" in lines
    assert "https://www.wenmi123.com/article/308217.html" in lines


# --- the seed saved as Word with automatic numbering -----------------------------------------

# Marker -> list level: 一、 (一) 1. as the seed writes them (half-width brackets and full stop).
MARKERS = (
    (0, regex.compile(r"^[一二三四五六七八九十]+、")),
    (1, regex.compile(r"^[(（][一二三四五六七八九十]+[)）]")),
    (2, regex.compile(r"^\d{1,2}\.(?!\d)")),
)


def _marker(line: str) -> tuple[int, str] | None:
    for level, pattern in MARKERS:
        m = pattern.match(line)
        if m:
            return level, line[m.end() :]
    return None


def _lvl(ilvl: int, fmt: str, text: str, restart: int | None = None) -> str:
    restart_xml = f'<w:lvlRestart w:val="{restart}"/>' if restart is not None else ""
    return (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>{restart_xml}'
        f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
        f'<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>'
    )


def _add_runs(paragraph: Any, text: str) -> None:
    """Text in short runs, as Word leaves it after editing: cut anywhere, inside numbers too,
    with a spelling-check mark between two of them."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    for n, start in enumerate(range(0, len(text), 7)):
        paragraph.add_run(text[start : start + 7])
        if n == 1:
            paragraph._p.append(parse_xml(f'<w:proofErr {nsdecls("w")} w:type="gramStart"/>'))


def _seed_docx(lines: list[str], style: str) -> bytes:
    """The seed as Word: markers out of the text, into numbering.xml."""
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    w = nsdecls("w")
    document = docx.Document()
    numbering = document.part.numbering_part.element
    anchor = numbering.find(f"{{{numbering.nsmap['w']}}}num")
    section = document.sections[0]
    section.header.paragraphs[0].text = lines[1]
    section.footer.paragraphs[0].text = "— 1 —"

    def abstract(abstract_id: int, levels: str) -> None:
        xml = (
            f'<w:abstractNum {w} w:abstractNumId="{abstract_id}">'
            f'<w:multiLevelType w:val="multilevel"/>{levels}</w:abstractNum>'
        )
        if anchor is not None:
            anchor.addprevious(parse_xml(xml))
        else:
            numbering.append(parse_xml(xml))

    next_num = [200]

    def num(abstract_id: int, restart: bool) -> int:
        next_num[0] += 1
        override = (
            '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>'
            if restart
            else ""
        )
        numbering.append(
            parse_xml(
                f'<w:num {w} w:numId="{next_num[0]}"><w:abstractNumId w:val="{abstract_id}"/>'
                f"{override}</w:num>"
            )
        )
        return next_num[0]

    # level -> (numId, ilvl) for the paragraph about to be written
    if style == "multilevel":
        abstract(
            100,
            _lvl(0, "chineseCounting", "%1、")
            + _lvl(1, "chineseCounting", "（%2）")
            + _lvl(2, "decimal", "%3.", restart=1),  # after 一、 only: (一)...(六) continue it
        )
        outline = num(100, restart=False)

        def numbering_for(level: int) -> tuple[int, int]:
            return outline, level

    elif style == "heading styles":
        # Word's outline numbering linked to styles: 标题 1 / 标题 2 carry the list in their
        # own numPr; the paragraphs name only their style.
        abstract(
            104,
            _lvl(0, "chineseCounting", "%1、")
            + _lvl(1, "chineseCounting", "（%2）")
            + _lvl(2, "decimal", "%3.", restart=1),
        )
        linked = num(104, restart=False)
        styles = ["Heading 1", "Heading 2", "List Number"]
        for level, name in enumerate(styles):
            p_pr = document.styles[name].element.get_or_add_pPr()
            for old in p_pr.findall(f"{{{p_pr.nsmap['w']}}}numPr"):
                p_pr.remove(old)  # the template's own list for List Number
            p_pr.append(
                parse_xml(
                    f'<w:numPr {w}><w:ilvl w:val="{level}"/><w:numId w:val="{linked}"/></w:numPr>'
                )
            )

        def numbering_for(level: int) -> tuple[int, int]:
            return -1, level  # through the style

    else:
        abstract(101, _lvl(0, "chineseCounting", "%1、"))
        abstract(102, _lvl(0, "chineseCounting", "（%1）"))
        abstract(103, _lvl(0, "decimal", "%1."))
        chapters = num(101, restart=False)
        current = {1: 0, 2: 0}

        def numbering_for(level: int) -> tuple[int, int]:
            if level == 0:
                current[1] = current[2] = 0  # a new 一、: the lower lists restart
                return chapters, 0
            if not current[level]:
                current[level] = num(101 + level, restart=True)
            return current[level], 0

    for n, line in enumerate(lines):
        found = _marker(line) if n >= 2 else None
        if found is None:
            paragraph = document.add_paragraph()
            _add_runs(paragraph, line)
            if n < 2:
                paragraph.alignment = docx.enum.text.WD_ALIGN_PARAGRAPH.CENTER  # the titles
            else:
                paragraph.paragraph_format.first_line_indent = docx.shared.Pt(32)
            continue
        level, rest = found
        num_id, ilvl = numbering_for(level)
        if num_id < 0:
            paragraph = document.add_paragraph(style=styles[ilvl])
        else:
            paragraph = document.add_paragraph()
            paragraph._p.get_or_add_pPr().append(
                parse_xml(
                    f'<w:numPr {w}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'
                )
            )
        if level < 2:  # Word's table-of-contents bookmark around a heading
            paragraph._p.append(parse_xml(f'<w:bookmarkStart {w} w:id="{n}" w:name="_Toc{n}"/>'))
        _add_runs(paragraph, rest)
        if level < 2:
            paragraph._p.append(parse_xml(f'<w:bookmarkEnd {w} w:id="{n}"/>'))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize("style", ["multilevel", "single-level lists", "heading styles"])
def test_seed_saved_as_word_meets_the_floor(style: str, tmp_path: Path) -> None:
    score = _scorer()
    lines = _seed_lines()
    data = _seed_docx(lines, style)
    # No marker left in the paragraphs' own text: the outline is all in numbering.xml.
    import docx

    texts = [p.text for p in docx.Document(io.BytesIO(data)).paragraphs]
    assert not any(_marker(t) for t in texts[2:])
    assert "开展慈善捐助。" in "".join(texts)
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "seed.docx").write_bytes(data)
    result, notes = _score_saved(score, tmp_path / "corpus", "seed.docx", tmp_path / "out")
    saved = (tmp_path / "out" / "seed.docx.txt").read_text(encoding="utf-8").split("\n")
    for label in ("二、称多县基本情况和扶贫任务", "（六）开展社会帮扶工程", "20.开展慈善捐助。"):
        assert any(line.startswith(label) for line in saved), label
    assert any(
        line.startswith("1.加大学校结对帮扶")
        for line in saved[saved.index("三、顺平县基本情况和扶贫任务") :]
    )
    _assert_floor(result, notes)


# --- the seed on a web page ------------------------------------------------------------------

NAV = (
    "<div class='top'><a href='/'>网站首页</a> | <a href='/login'>登录</a> | "
    "<a href='/reg'>注册</a></div>"
    "<div class='nav'><ul><li><a href='/'>首页</a></li><li><a href='/gzjh'>工作计划</a></li>"
    "<li><a href='/gzzj'>工作总结</a></li><li><a href='/fyc'>发言材料</a></li>"
    "<li><a href='/sbbg'>述职报告</a></li></ul></div>"
    "<div class='crumb'>当前位置：<a href='/'>首页</a> &gt; <a href='/gzjh'>工作计划</a></div>"
)
FOOTER = (
    "<div class='footer'><p>关于我们 | 联系我们 | 免责声明 | 网站地图</p>"
    "<p>Copyright © 2018 文秘网 版权所有 京ICP备12345678号</p></div>"
)


def _seed_html(lines: list[str], markup: str) -> bytes:
    """The seed on a page: one <p> per line (GBK), or one block of lines separated by <br>
    with &emsp; indents and the related-document tail as a list of links (UTF-8)."""
    title = html.escape(lines[0])
    if markup == "paragraphs":
        body = "".join(f"<p>{html.escape(line)}</p>\n" for line in lines[1:])
        page = (
            f'<!DOCTYPE html><html><head><meta charset="gbk"><title>{title}_文秘网</title></head>'
            f"<body>{NAV}<div class='article'><h1>{title}</h1><div class='content'>{body}</div>"
            f"</div>{FOOTER}</body></html>"
        )
        return page.encode("gb18030")
    related = next(n for n, line in enumerate(lines) if line.startswith("- "))
    body = "<br/>\n".join("&emsp;&emsp;" + html.escape(line) for line in lines[1:related])
    links = "".join(
        f"<li><a href='/article/{n}.html'>{html.escape(line[2:])}</a></li>"
        for n, line in enumerate(lines[related:])
    )
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        f"<title>{title}</title></head><body>{NAV}<div class='main'><h1>{title}</h1>"
        f"<div class='info'>来源：文秘网 时间：2018-06-14</div><div id='content'>{body}</div>"
        f"<div class='related'><h3>相关文章</h3><ul>{links}</ul></div></div>{FOOTER}</body></html>"
    )
    return page.encode("utf-8")


@pytest.mark.parametrize("markup", ["paragraphs", "line breaks"])
def test_seed_on_a_web_page_meets_the_floor(markup: str, tmp_path: Path) -> None:
    score = _scorer()
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "seed.html").write_bytes(_seed_html(_seed_lines(), markup))
    result, notes = _score_saved(score, tmp_path / "corpus", "seed.html", tmp_path / "out")
    saved = (tmp_path / "out" / "seed.html.txt").read_text(encoding="utf-8")
    for word in ("网站首页", "当前位置", "免责声明", "ICP备"):
        assert word not in saved
    assert "（一）开展教育帮扶和精准助学工程" in saved.translate(_WIDE).split("\n")
    _assert_floor(result, notes)
