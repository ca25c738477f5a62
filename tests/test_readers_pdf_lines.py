"""PDF reader: lines joined into paragraphs and gaps read as spaces, as word processors lay out
Chinese text. Synthetic pages drawn with reportlab (characters placed where LibreOffice puts
them), and the seed plan printed by LibreOffice itself when ``soffice`` is installed.
"""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

from extractor.readers.pdf import _PARAGRAPH_START, read_pdf
from tests.shared_docs import SHARED
from tests.test_quality_floor_formats import (
    _WIDE,
    SEED_GOLD,
    _assert_floor,
    _marker,
    _score_saved,
    _scorer,
    _seed_docx,
    _seed_lines,
)

pytestmark = pytest.mark.pdf

FONT = "STSong-Light"
SIZE = 12.0
LEFT = 72.0
EDGE = LEFT + 30 * SIZE  # the text block's right edge: 30 ideographs a line
WIDTH, HEIGHT = A4
pdfmetrics.registerFont(UnicodeCIDFont(FONT))


def _width(text: str) -> float:
    return float(pdfmetrics.stringWidth(text, FONT, SIZE))


def _page(lines: list[list[tuple[float, str]]]) -> bytes:
    """One page; each line a list of (x, text) pieces, lines 20 pt apart."""
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=A4)
    c.setFont(FONT, SIZE)
    for n, pieces in enumerate(lines):
        for x, text in pieces:
            c.drawString(x, HEIGHT - 100 - 20 * n, text)
    c.save()
    return buffer.getvalue()


def _fill(
    prefix: str, x: float = LEFT, limit: float = EDGE, filler: str = "落实精准扶贫任务"
) -> str:
    """``prefix`` plus filler ideographs, as many as end by ``limit``."""
    text = prefix
    while x + _width(text + filler[len(text) % len(filler)]) <= limit + 0.01:
        text += filler[len(text) % len(filler)]
    return text


def _lines(data: bytes) -> list[str]:
    return read_pdf(data, "t.pdf").text.rstrip("\n").split("\n")


def _short(end: str, spare: float) -> str:
    """A line from the left edge ending in ``end``, at least ``spare`` short of the edge."""
    return _fill("", limit=EDGE - spare - _width(end)) + end


# --- joining: the first piece of the next line did not fit -----------------------------------


def test_line_ending_short_joined_when_next_piece_did_not_fit() -> None:
    # LibreOffice, seed printed from Word: "…457户因缺技术致" ends 2.8 characters short of the
    # edge because "贫,639" (no break before a comma, none inside 639) did not fit there.
    short = _short("3户因缺技术致", 25.0)
    tail = "贫,6390户因缺劳力致贫。"
    spare = EDGE - LEFT - _width(short)
    assert 2 * SIZE < spare < _width("贫,6390")  # short by more than two characters
    first = _fill("一是", LEFT + 2 * SIZE)
    lines = _lines(
        _page(
            [
                [(LEFT + 2 * SIZE, first)],
                [(LEFT, short)],
                [(LEFT, tail)],
                [(LEFT + 2 * SIZE, _fill("二是", LEFT + 2 * SIZE))],
                [(LEFT, _fill("完成"))],
                [(LEFT, "完成任务。")],
            ]
        )
    )
    assert lines[0] == first + short + tail
    assert lines[1].startswith("二是")


def test_line_ending_short_with_room_for_the_next_piece_ends_its_paragraph() -> None:
    short = _short("户因缺技术致贫。", 2.5 * SIZE)
    lines = _lines(
        _page(
            [
                [(LEFT + 2 * SIZE, _fill("一是", LEFT + 2 * SIZE))],
                [(LEFT, short)],
                [(LEFT, "我区将全面贯彻落实。")],
                [(LEFT + 2 * SIZE, _fill("二是", LEFT + 2 * SIZE))],
                [(LEFT, "完成任务。")],
            ]
        )
    )
    assert lines[1] == "我区将全面贯彻落实。"


@pytest.mark.parametrize(
    ("opening", "joined"),
    [("我区将全面贯彻落实。", False), ("2018年全面贯彻落实。", True), ("“两不愁”的要求。", True)],
)
def test_sentence_end_near_the_edge_without_indent(opening: str, joined: bool) -> None:
    # No first-line indent: a line ending "。" 1.5 characters short ended its paragraph when
    # the next line's first piece fitted (我), not when it did not (2018; “两: no break after an
    # opening quote).
    end = "率降至8成。"
    short = _short(end, SIZE)
    spare = EDGE - LEFT - _width(short)
    assert SIZE <= spare < min(_width("2018"), _width("“两"))
    assert spare < 2 * SIZE
    lines = _lines(
        _page(
            [
                [(LEFT, _fill("坚持"))],
                [(LEFT, _fill("加强"))],
                [(LEFT, short)],
                [(LEFT, opening)],
                [(LEFT, _fill("建立"))],
                [(LEFT, _fill("完善"))],
            ]
        )
    )
    assert (opening in lines) is not joined
    assert any(line.endswith(short + opening) for line in lines) is joined


def test_hanging_punctuation_does_not_move_the_right_edge() -> None:
    # LibreOffice hangs a closing comma past the edge; the edge is where ideographs end, so
    # "…的作用。" a character short of the hanging commas is still a full line.
    full_stop = _fill("协同")[:-1] + "。"
    lines = _lines(
        _page(
            [
                [(LEFT + 2 * SIZE, _fill("一是", LEFT + 2 * SIZE) + "，")],
                [(LEFT, _fill("协同") + "，")],
                [(LEFT, full_stop)],
                [(LEFT, "完成1个扶贫项目。")],
                [(LEFT + 2 * SIZE, _fill("二是", LEFT + 2 * SIZE))],
                [(LEFT, _fill("建立") + "，")],
                [(LEFT, _fill("完善"))],
                [(LEFT, "实现。")],
            ]
        )
    )
    assert len(lines) == 2
    assert full_stop + "完成1个扶贫项目。" in lines[0]


# --- gaps that are no spaces --------------------------------------------------------------


def _placed(pieces: list[tuple[str, float]], x: float = LEFT) -> list[tuple[float, str]]:
    """Pieces drawn one after another, each followed by a gap of the given size."""
    out = []
    for text, gap in pieces:
        out.append((x, text))
        x += _width(text) + gap
    return out


def test_cjk_latin_autospace_is_no_space() -> None:
    # LibreOffice sets a fifth of an em between digits and ideographs, more on a justified line
    # (3.4 pt at 16 pt): "17869 户" is 17869户.
    auto = 0.28 * SIZE
    assert auto > 3.0  # wider than pdfplumber's x_tolerance
    line = _placed([("共有", auto), ("17869", auto), ("户、", auto), ("46818", auto), ("人", 0)])
    assert _lines(_page([line])) == ["共有17869户、46818人"]


def test_space_character_and_latin_word_gap_kept() -> None:
    line = _placed([("118 户因学致贫，", 0.0), ("Hello", 0.4 * SIZE), ("world", 0)])
    assert _lines(_page([line])) == ["118 户因学致贫，Hello world"]


def test_wide_gap_between_ideographs_is_a_space() -> None:
    line = _placed([("一、", 1.5 * SIZE), ("总体要求", 0)])
    assert _lines(_page([line])) == ["一、 总体要求"]


def test_cjk_justified_line_beside_a_url_not_spaced_out() -> None:
    # LibreOffice justifies "本文链接:https://…/article/" by spacing the ideographs only.
    stretch = 0.8 * SIZE
    line = _placed([(c, stretch) for c in "本文链接"] + [(":https://www.example.cn/a/", 0)])
    assert _lines(_page([line])) == ["本文链接:https://www.example.cn/a/"]


@pytest.mark.parametrize("line", ["- 座谈会发言.docx", "• 加强领导", "● 落实责任"])
def test_bullet_opens_a_paragraph(line: str) -> None:
    assert _PARAGRAPH_START.match(line)


@pytest.mark.parametrize("line", ["-5%", "-1.2万元", "—— 摘自"])
def test_dash_is_not_a_bullet(line: str) -> None:
    assert not _PARAGRAPH_START.match(line)


# --- the real corpus ------------------------------------------------------------------------

REAL = SHARED / "corpus" / "pdf"


def test_real_putuo_justice_amount_wrapped_whole_joined() -> None:
    # putuo-justice-bureau-2026-dept-budget.pdf: "…2025年当年预算执行数为" ends short because
    # "118.46万元" (no break inside 118.46) did not fit after it.
    path = REAL / "putuo-justice-bureau-2026-dept-budget.pdf"
    if not path.is_file():
        pytest.skip(f"{path} is absent")
    text = read_pdf(path.read_bytes(), path.name).text
    assert "2025年当年预算执行数为118.46万元，2026年预算安排124.29万元" in text


# --- the seed printed by LibreOffice --------------------------------------------------------


def _page_field(paragraph: Any, around: str) -> None:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    w = nsdecls("w")
    before, after = around.split("N")
    paragraph.add_run(before)
    for xml in (
        f'<w:r {w}><w:fldChar w:fldCharType="begin"/></w:r>',
        f'<w:r {w}><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>',
        f'<w:r {w}><w:fldChar w:fldCharType="separate"/></w:r>',
        f"<w:r {w}><w:t>1</w:t></w:r>",
        f'<w:r {w}><w:fldChar w:fldCharType="end"/></w:r>',
    ):
        paragraph._p.append(parse_xml(xml))
    paragraph.add_run(after)


def _typed_docx(lines: list[str], layout: dict[str, Any]) -> bytes:
    """The seed typed into Word as plain paragraphs (markers in the text) in a given layout."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    size = layout["size"]
    if layout.get("widen"):
        lines = [line.translate(_WIDE) for line in lines]
    document = docx.Document()
    normal = document.styles["Normal"]
    normal.font.size = Pt(size)
    normal.font.name = layout["font"]
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), layout["font"])
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    side, top = layout["margins"]
    section.left_margin = section.right_margin = Cm(side)
    section.top_margin = section.bottom_margin = Cm(top)
    if "header" in layout:
        section.header.paragraphs[0].text = layout["header"]
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _page_field(footer, layout["page_number"])
    for n, line in enumerate(lines):
        paragraph = document.add_paragraph()
        run = paragraph.add_run(line)
        form = paragraph.paragraph_format
        form.space_after = Pt(layout.get("space_after", 0))
        if "pitch" in layout:
            form.line_spacing = Pt(layout["pitch"])
        if n < 2:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run.font.size = Pt(22)
            continue
        if layout["justify"]:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        if layout["indent"]:
            form.first_line_indent = Pt(layout["indent"] * size)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


# How the seed reaches LibreOffice: Word files with automatic numbering (LibreOffice restarts
# a third-level list under each (二), so only the single-level one scores as the gold numbers
# it), the plain text file itself, and the seed typed into Word in common layouts.
LAYOUTS: dict[str, dict[str, Any]] = {
    # 公文: 仿宋 三号 (16 pt, a font LibreOffice substitutes), 28.9 pt lines, justified,
    # two-character first-line indent, — N — page numbers.
    "gongwen": {
        "font": "仿宋",
        "size": 16,
        "pitch": 28.9,
        "margins": (2.8, 3.7),
        "justify": True,
        "indent": 2,
        "page_number": "— N —",
    },
    # A report: 小四, ragged right, no indent, space after paragraphs, full-width punctuation.
    "report": {
        "font": "宋体",
        "size": 12,
        "margins": (3.2, 2.5),
        "justify": False,
        "indent": 0,
        "space_after": 8,
        "widen": True,
        "header": "石景山区扶贫协作办公室",
        "page_number": "第N页",
    },
    # Narrow margins, small type, ragged right with an indent.
    "ragged": {
        "font": "Noto Sans CJK SC",
        "size": 10.5,
        "margins": (1.5, 1.5),
        "justify": False,
        "indent": 2,
        "page_number": "N",
    },
    # Large type, justified, full-width punctuation.
    "large": {
        "font": "仿宋",
        "size": 18,
        "pitch": 30,
        "margins": (2, 2),
        "justify": True,
        "indent": 2,
        "widen": True,
        "page_number": "- N -",
    },
}
SOURCES = ("docx-single-level", "docx-multilevel", "txt", *LAYOUTS)
SCORED = ("docx-single-level", "txt", *LAYOUTS)
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
needs_soffice = pytest.mark.skipif(
    SOFFICE is None, reason="LibreOffice (soffice) is not installed: no LibreOffice-made PDFs"
)


@pytest.fixture(scope="module")
def libreoffice_pdfs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every source converted to PDF in one soffice run, with a profile of its own."""
    if not SEED_GOLD.is_file():
        pytest.skip(f"{SEED_GOLD} not found: the seed plan needs ../shared")
    assert SOFFICE is not None
    root = tmp_path_factory.mktemp("libreoffice")
    src = root / "src"
    src.mkdir()
    lines = _seed_lines()
    (src / "docx-single-level.docx").write_bytes(_seed_docx(lines, "single-level lists"))
    (src / "docx-multilevel.docx").write_bytes(_seed_docx(lines, "multilevel"))
    gold = json.loads(SEED_GOLD.read_text(encoding="utf-8"))
    seed = (SHARED / gold["document"]).read_text(encoding="utf-8-sig")
    (src / "txt.txt").write_text(seed, encoding="utf-8")
    for name, layout in LAYOUTS.items():
        (src / f"{name}.docx").write_bytes(_typed_docx(lines, layout))
    out = root / "pdf"
    inputs = [str(src / "txt.txt"), *sorted(str(p) for p in src.glob("*.docx"))]
    command = [
        SOFFICE,
        f"-env:UserInstallation={(root / 'profile').as_uri()}",
        "--headless",
        "--infilter=Text (encoded):UTF8,,,",
        "--convert-to",
        "pdf",
        "--outdir",
        str(out),
    ]
    for batch in (inputs[:1], inputs[1:]):  # the text filter applies to the .txt only
        done = subprocess.run(command + batch, capture_output=True, text=True, timeout=300)
        if done.returncode:
            pytest.skip(f"soffice failed ({done.returncode}): {done.stderr[-300:]}")
        command = [part for part in command if not part.startswith("--infilter")]
    missing = [name for name in SOURCES if not (out / f"{name}.pdf").is_file()]
    if missing:
        pytest.skip(f"soffice wrote no PDF for {missing}")
    return out


def _normal(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


@needs_soffice
@pytest.mark.parametrize("source", SOURCES)
def test_libreoffice_pdf_paragraphs_joined(source: str, libreoffice_pdfs: Path) -> None:
    """Every paragraph of the seed is one line of the text read back: none split where
    LibreOffice wrapped it, none run into the next."""
    path = libreoffice_pdfs / f"{source}.pdf"
    raw = read_pdf(path.read_bytes(), path.name)
    assert (raw.pages or 0) > 3
    got = [_normal(line) for line in raw.text.split("\n") if line.strip()]
    numbered = source.startswith("docx")
    want = []
    for n, line in enumerate(_seed_lines()):
        found = _marker(line) if numbered and n >= 2 else None
        want.append(_normal(found[1] if found else line))
    if numbered:  # LibreOffice's own numbers, as the reader sees them
        got = [line[m.end() :] if (m := _PARAGRAPH_START.match(line)) else line for line in got]
    assert [line for line in want if line not in got] == []
    assert len(got) == len(want)


@needs_soffice
@pytest.mark.parametrize("source", SCORED)
def test_libreoffice_pdf_meets_the_floor(
    source: str, libreoffice_pdfs: Path, tmp_path: Path
) -> None:
    score = _scorer()
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(libreoffice_pdfs / f"{source}.pdf", corpus / "seed.pdf")
    result, notes = _score_saved(score, corpus, "seed.pdf", tmp_path / "out")
    _assert_floor(result, notes)
