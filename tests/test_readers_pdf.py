"""PDF reader: PDFs generated here with reportlab, plus the real PDFs in ../shared/corpus/pdf."""

from __future__ import annotations

import bisect
import io
import sys
from functools import cache
from pathlib import Path

import pdfplumber
import pytest
import regex
from PIL import Image  # reportlab depends on Pillow
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

from extractor.errors import ReadError
from extractor.readers import RawText, read_bytes
from extractor.readers.pdf import read_pdf
from extractor.tables import pdf_layout

pytestmark = pytest.mark.pdf

CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus" / "pdf"

# --- a small layout engine: a 公文-like plan, drawn line by line -------------------------------

FONT = "STSong-Light"
SIZE = 12.0
LEFT = 72.0
PITCH = 20.0
FIRST_Y = 130.0  # from the top
LAST_Y = 760.0
WIDTH, HEIGHT = A4
HEADER = "某区2018年精准扶贫工作计划"
pdfmetrics.registerFont(UnicodeCIDFont(FONT))  # built into reportlab: no font file needed

# A paragraph that the layout breaks inside 17869: the right edge is set so that line 1 ends in "1".
SPLIT_PREFIX = "目前，我区四个携手奔小康地区共有建档立卡贫困人口"
P1 = (
    SPLIT_PREFIX + "17869户、46818人，其中称多县2686户、9256人，顺平县3496户、7072人，"
    "宁城县8792户、23171人。"
)
# A paragraph long enough to run from page 1 onto page 2.
P2 = "".join(
    f"第{n}项，坚持精准扶贫、注重成效，把解决贫困群众最热切期盼的问题作为重中之重。"
    for n in range(1, 30)
)
P3 = "各单位要加强组织领导，确保各项任务落到实处，按期完成全年目标。"
P4 = "附：本计划由区扶贫协作办公室负责解释。"
TABLE = (
    ("序号", "工作任务", "责任单位"),
    ("1", "开展精准助学，资助贫困学生500名", "区教委"),
    ("2", "实施精准救治", "区卫生健康委、区民政局"),
)


def _width(text: str, size: float = SIZE) -> float:
    return pdfmetrics.stringWidth(text, FONT, size)


RIGHT = LEFT + 2 * SIZE + _width(SPLIT_PREFIX + "1") + 0.5


class _Plan:
    def __init__(self, footer: str = "— {n} —", encrypt: str | None = None) -> None:
        self.buffer = io.BytesIO()
        self.canvas = canvas.Canvas(self.buffer, pagesize=A4, encrypt=encrypt)
        self.footer = footer
        self.page = 1
        self.y = FIRST_Y
        self.total = 4

    def _furniture(self) -> None:
        c = self.canvas
        c.setFont(FONT, 9)
        c.drawCentredString(WIDTH / 2, HEIGHT - 50, HEADER)
        c.drawCentredString(WIDTH / 2, 40, self.footer.format(n=self.page, total=self.total))

    def new_page(self) -> None:
        self._furniture()
        self.canvas.showPage()
        self.page += 1
        self.y = FIRST_Y

    def line(self, text: str, x: float, size: float = SIZE) -> None:
        if self.y > LAST_Y:
            self.new_page()
        self.canvas.setFont(FONT, size)
        self.canvas.drawString(x, HEIGHT - self.y, text)
        self.y += PITCH if size == SIZE else size * 1.8

    def paragraph(self, text: str, indent: float = 2 * SIZE) -> None:
        x = LEFT + indent
        current = ""
        for char in text:
            if x + _width(current + char) > RIGHT:
                self.line(current, x)
                x, current = LEFT, ""
            current += char
        if current:
            self.line(current, x)

    def table(self, rows: tuple[tuple[str, ...], ...], widths: tuple[float, ...]) -> None:
        c = self.canvas
        height = 24.0
        top = self.y
        xs = [LEFT]
        for w in widths:
            xs.append(xs[-1] + w)
        for r in range(len(rows) + 1):
            c.line(xs[0], HEIGHT - (top + r * height), xs[-1], HEIGHT - (top + r * height))
        for x in xs:
            c.line(x, HEIGHT - top, x, HEIGHT - (top + len(rows) * height))
        c.setFont(FONT, 10)
        for r, row in enumerate(rows):
            for x, cell in zip(xs, row, strict=False):
                c.drawString(x + 4, HEIGHT - (top + r * height + 16), cell)
        self.y = top + len(rows) * height + PITCH

    def image_page(self) -> None:
        """A page with a picture only, as a scanned page looks."""
        self.canvas.drawImage(ImageReader(Image.new("L", (60, 80), 200)), 72, 300, 400, 500)
        self.canvas.showPage()
        self.page += 1

    def save(self) -> bytes:
        self._furniture()
        self.canvas.save()
        return self.buffer.getvalue()


def _plan_pdf(footer: str = "— {n} —") -> bytes:
    plan = _Plan(footer)
    plan.canvas.setTitle(HEADER)
    title_width = _width(HEADER, 16)
    plan.line(HEADER, (LEFT + RIGHT - title_width) / 2, size=16)
    plan.line("一、总体要求", LEFT + 2 * SIZE)
    plan.line("（一）工作目标", LEFT + 2 * SIZE)
    plan.paragraph(P1)
    plan.line("（二）帮扶原则", LEFT + 2 * SIZE)
    plan.paragraph(P2)
    plan.line("二、主要任务", LEFT + 2 * SIZE)
    plan.table(TABLE, (40, 200, 140))
    plan.paragraph(P3)
    plan.new_page()  # page 3: a scanned page inside a text PDF
    plan._furniture = lambda: None  # type: ignore[method-assign]
    plan.image_page()
    plan._furniture = lambda: _Plan._furniture(plan)  # type: ignore[method-assign]
    plan.y = FIRST_Y
    plan.paragraph(P4)
    return plan.save()


@cache
def _read_plan(footer: str = "— {n} —") -> RawText:
    return read_pdf(_plan_pdf(footer), "plan.pdf")


def _page_of(raw: RawText, offset: int) -> int:
    return bisect.bisect_right(raw.page_starts, offset) + 1


# --- synthetic ----------------------------------------------------------------------------


def test_pages_and_page_starts() -> None:
    raw = _read_plan()
    assert raw.format == "pdf"
    assert raw.pages == 4
    assert len(raw.page_starts) == 3
    assert list(raw.page_starts) == sorted(raw.page_starts)
    assert _page_of(raw, raw.text.index(P4)) == 4
    assert _page_of(raw, raw.text.index("实施精准救治")) == 2


def test_running_header_and_page_numbers_removed() -> None:
    raw = _read_plan()
    assert raw.text.count(HEADER) == 1  # the title stays, the running header goes
    assert raw.text.startswith(HEADER + "\n")
    assert "—" not in raw.text


@pytest.mark.parametrize(
    "footer",
    ["- {n} -", "第{n}页 共{total}页", "{n}/{total}", "{n}"],
    ids=["dash", "第N页共M页", "N/M", "bare"],
)
def test_page_number_styles_removed(footer: str) -> None:
    raw = _read_plan(footer)
    assert raw.text.count(HEADER) == 1
    assert not regex.search(r"(?m)^(?:-\s*\d\s*-|第\d页.*|\d/\d|\d)$", raw.text)
    assert P1 in raw.text.split("\n")


def test_wrapped_paragraph_joined_and_split_number_mended() -> None:
    lines = _read_plan().text.split("\n")
    assert P1 in lines  # "...贫困人口1" / "7869户..." is one line again
    assert "共有建档立卡贫困人口17869户、46818人" in P1


def test_paragraph_joined_across_page_break() -> None:
    raw = _read_plan()
    assert P2 in raw.text.split("\n")
    start = raw.text.index(P2)
    assert start < raw.page_starts[0] < start + len(P2)  # page 2 starts inside the paragraph


def test_headings_and_paragraph_breaks_kept() -> None:
    lines = _read_plan().text.split("\n")
    for heading in ("一、总体要求", "（一）工作目标", "（二）帮扶原则", "二、主要任务", P3, P4):
        assert heading in lines


def test_table_rows_cells_and_offsets() -> None:
    raw = _read_plan()
    assert len(raw.tables) == 1
    table = raw.tables[0]
    assert [[c.text for c in row] for row in table.rows] == [list(row) for row in TABLE]
    for row in table.rows:
        for cell in row:
            assert raw.text[cell.start : cell.end] == cell.text
    assert "1 | 开展精准助学，资助贫困学生500名 | 区教委" in raw.text.split("\n")
    assert raw.text[table.start : table.end].startswith("序号 | 工作任务 | 责任单位")
    assert raw.text.count("区卫生健康委、区民政局") == 1  # not also written as running text


def test_image_only_page_warns() -> None:
    warnings = _read_plan().warnings
    assert any("page(s) 3" in w and "OCR" in w for w in warnings)


def test_read_bytes_dispatches_pdf() -> None:
    assert read_bytes(_plan_pdf(), "x.PDF").text == _read_plan().text


SEED = CORPUS.parent / "seed" / "shijingshan-fupin-plan-2018.txt"


@pytest.mark.skipif(not SEED.exists(), reason="../shared/corpus/seed is absent")
def test_seed_printed_to_pdf_round_trips(monkeypatch: pytest.MonkeyPatch) -> None:
    """The seed plan laid out on a 451 pt text block over several pages (running header,
    page numbers, every paragraph wrapped, CJK-style breaks even inside Latin words such as
    "...(02-19).d" / "ocx") comes back paragraph for paragraph."""
    lines = [line.strip() for line in SEED.read_text(encoding="utf-8").split("\n") if line.strip()]
    monkeypatch.setattr(sys.modules[__name__], "RIGHT", LEFT + 451)
    plan = _Plan()
    for line in lines:
        plan.paragraph(line)
    raw = read_pdf(plan.save(), "seed.pdf")
    assert raw.pages is not None
    assert raw.pages > 3
    assert [line for line in raw.text.split("\n") if line] == lines


# --- what cannot be read --------------------------------------------------------------------


def _one_page(text: str | None, encrypt: str | None = None) -> bytes:
    plan = _Plan(encrypt=encrypt)
    plan._furniture = lambda: None  # type: ignore[method-assign]
    if text is None:
        plan.image_page()
    else:
        plan.line(text, LEFT)
    return plan.save()


def test_scanned_pdf_refused() -> None:
    with pytest.raises(ReadError, match=r"^scan\.pdf: no text layer: scanned image\? OCR it first"):
        read_pdf(_one_page(None), "scan.pdf")


def test_encrypted_pdf_refused() -> None:
    with pytest.raises(ReadError, match=r"^locked\.pdf: the PDF is encrypted"):
        read_pdf(_one_page("一、总体要求", encrypt="secret"), "locked.pdf")


def test_cid_garbage_refused() -> None:
    # The same page with its CID font's encoding and ordering made unknown: (cid:N) for every glyph.
    data = _one_page("一、总体要求 目前共有17869户")
    garbled = data.replace(b"/UniGB-UCS2-H", b"/Identity-H  ").replace(b"(GB1)", b"(XYZ)")
    assert garbled != data
    with pytest.raises(ReadError, match=r"\(cid:N\)"):
        read_pdf(garbled, "cid.pdf")


@pytest.mark.parametrize(
    "data", [b"", b"%PDF-1.4\n garbage", b"not a pdf at all"], ids=["empty", "truncated", "text"]
)
def test_not_a_pdf_refused(data: bytes) -> None:
    with pytest.raises(ReadError, match=r"^bad\.pdf: ") as info:
        read_pdf(data, "bad.pdf")
    assert "\n" not in str(info.value)


# --- the layout tables -----------------------------------------------------------------------

PAGE_NUMBERS = [
    "— 3 —",
    "- 3 -",
    "－3－",
    "第3页 共10页",
    "第 3 页",
    "共10页 第3页",
    "3/10",
    "Page 3 of 10",
    "173",
]
NOT_PAGE_NUMBERS = ["2018年", "一、总体要求", "— 关于 —", "3.5万元", "第三章", "12345"]


@pytest.mark.parametrize("line", PAGE_NUMBERS)
def test_page_number_pattern(line: str) -> None:
    from extractor.readers.pdf import _PAGE_NUMBER

    assert _PAGE_NUMBER.fullmatch(line)


@pytest.mark.parametrize("line", NOT_PAGE_NUMBERS)
def test_not_page_number(line: str) -> None:
    from extractor.readers.pdf import _PAGE_NUMBER

    assert not _PAGE_NUMBER.fullmatch(line)


@pytest.mark.parametrize(
    "line",
    [
        "一、总体要求",
        "（二）指导思想",
        "(三)保障",
        "1.加强领导",
        "4．完善",
        "（1）组织",
        "①落实",
        "第三条 本办法",
        "一是加强",
        "附件2：",
    ],
)
def test_paragraph_start_pattern(line: str) -> None:
    from extractor.readers.pdf import _PARAGRAPH_START

    assert _PARAGRAPH_START.match(line)


@pytest.mark.parametrize(
    "line", ["7869户、46818人", "2018年计划", "1.5亿元", "万元，增长12%", "动态管理"]
)
def test_not_paragraph_start(line: str) -> None:
    from extractor.readers.pdf import _PARAGRAPH_START

    assert not _PARAGRAPH_START.match(line)


def test_layout_tables_well_formed() -> None:
    for table in (pdf_layout.PAGE_NUMBER_PATTERNS, pdf_layout.PARAGRAPH_START_PATTERNS):
        assert len(set(table)) == len(table)
        for pattern in table:
            assert pattern
            regex.compile(pattern)
    assert 0 < pdf_layout.MARGIN_BAND < 0.5
    assert 0 < pdf_layout.REPEAT_SHARE <= 1


# --- the real corpus ------------------------------------------------------------------------

REAL = sorted(CORPUS.glob("*.pdf")) if CORPUS.is_dir() else []
needs_corpus = pytest.mark.skipif(not REAL, reason="../shared/corpus/pdf is absent")


@cache
def _read_real(name: str) -> RawText:
    path = CORPUS / name
    return read_pdf(path.read_bytes(), name)


def _plumber_text(name: str) -> str:
    return (CORPUS / name).with_suffix(".pdfplumber.txt").read_text(encoding="utf-8")


@needs_corpus
@pytest.mark.parametrize("name", [p.name for p in REAL])
def test_real_pdf_pages_and_offsets(name: str) -> None:
    raw = _read_real(name)
    pages = _plumber_text(name).count("\f") + 1
    assert raw.pages == pages
    assert len(raw.page_starts) == pages - 1
    assert list(raw.page_starts) == sorted(raw.page_starts)
    for table in raw.tables:
        for row in table.rows:
            for cell in row:
                assert raw.text[cell.start : cell.end] == cell.text
                assert "\n" not in cell.text


@needs_corpus
@pytest.mark.parametrize("name", [p.name for p in REAL])
def test_real_pdf_keeps_the_text(name: str) -> None:
    """Ours holds nearly every character pdfplumber gives; what goes is page furniture."""

    def count(text: str) -> int:
        return len(regex.sub(r"[\s|]", "", text))

    ours, plain = count(_read_real(name).text), count(_plumber_text(name))
    assert 0.97 * plain <= ours <= plain


@needs_corpus
@pytest.mark.slow
@pytest.mark.parametrize("name", [p.name for p in REAL])
def test_real_pdf_tables_where_pdfplumber_sees_them(name: str) -> None:
    raw = _read_real(name)
    with pdfplumber.open(CORPUS / name) as pdf:
        expected = {
            n
            for n, page in enumerate(pdf.pages, 1)
            if any(cell for table in page.extract_tables() for row in table for cell in row)
        }
    assert {_page_of(raw, table.start) for table in raw.tables} == expected


@needs_corpus
def test_real_ndrc_notice_footer_dropped_and_page_join() -> None:
    # ndrc-sat-pit-credit-notice-2019.pdf, page 1 ends "…推动" + footer "— 1 —",
    # page 2 starts "经济发展、惠及百姓民生作出的一项重大决策部署。"
    name = "ndrc-sat-pit-credit-notice-2019.pdf"
    if not (CORPUS / name).exists():
        pytest.skip(f"{name} is absent")
    raw = _read_real(name)
    assert "— 1 —" not in raw.text
    assert "— 5 —" not in raw.text
    assert "着眼于优化税收制度、推动经济发展、惠及百姓民生作出的一项重大决策部署。" in raw.text
    lines = raw.text.split("\n")
    assert "一、总体要求" in lines
    assert "（一）全面实施个人所得税申报信用承诺制" in lines
    assert (
        "关于加强个人所得税纳税信用建设的通知" in lines
    )  # the title is not run into the addressees
    assert _page_of(raw, raw.text.index("经济发展、惠及百姓民生")) == 2


@needs_corpus
def test_real_putuo_amount_split_from_unit_mended() -> None:
    # putuo-planning-resources-bureau-2024-final-accounts.pdf, a wrapped line:
    # "收入支出总计增加 1062.85" / "万元，增长 12.08%"
    name = "putuo-planning-resources-bureau-2024-final-accounts.pdf"
    if not (CORPUS / name).exists():
        pytest.skip(f"{name} is absent")
    raw = _read_real(name)
    assert "收入支出总计增加 1062.85万元，增长 12.08%" in raw.text
    assert "序号 | 单位名称 | 备注" in raw.text.split("\n")


@needs_corpus
def test_real_anhui_bare_page_number_dropped() -> None:
    # anhui-construction-land-standard-2020-p173.pdf: the page ends with a bare "173".
    name = "anhui-construction-land-standard-2020-p173.pdf"
    if not (CORPUS / name).exists():
        pytest.skip(f"{name} is absent")
    raw = _read_real(name)
    assert "173" not in raw.text.split("\n")
    assert len(raw.tables) == 3
