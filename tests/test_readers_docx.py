"""DOCX reader: Word files generated here with python-docx carrying real automatic numbering
(numbering.xml definitions), plus the real files in ../shared/corpus/docx."""

from __future__ import annotations

import io
import shutil
import subprocess
import zipfile
from functools import cache
from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from extractor.errors import ReadError
from extractor.limits import Limits
from extractor.readers import RawText, read_bytes
from extractor.readers.docx import read_docx
from extractor.readers.docx_numbering import format_number
from extractor.tables import docx_numbering

CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus" / "docx"

# --- building numbering.xml ------------------------------------------------------------------


def _abstract(abstract_id: int, levels: list[tuple[str, str]], extra: str = "") -> str:
    """An abstractNum with one ``(numFmt, lvlText)`` per level, all starting at 1."""
    body = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/>{extra}</w:lvl>'
        for i, (fmt, text) in enumerate(levels)
    )
    return (
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">'
        f'<w:multiLevelType w:val="multilevel"/>{body}</w:abstractNum>'
    )


def _num(num_id: int, abstract_id: int, restart_level: int | None = None) -> str:
    override = (
        f'<w:lvlOverride w:ilvl="{restart_level}"><w:startOverride w:val="1"/></w:lvlOverride>'
        if restart_level is not None
        else ""
    )
    return (
        f'<w:num {nsdecls("w")} w:numId="{num_id}">'
        f'<w:abstractNumId w:val="{abstract_id}"/>{override}</w:num>'
    )


OUTLINE = 90  # 一、 / （一） / 1. / ①
ARTICLES = 95  # 第一条
LEGAL = 96  # 1. / 1.1
STYLED = 98  # 甲、 through a paragraph style


def _add_numbering(document: docx.document.Document) -> None:
    numbering = document.part.numbering_part.element
    first_num = numbering.find(f"{{{numbering.nsmap['w']}}}num")
    abstracts = [
        _abstract(
            OUTLINE,
            [
                ("chineseCounting", "%1、"),
                ("chineseCounting", "（%2）"),
                ("decimal", "%3."),
                ("decimalEnclosedCircle", "%4"),
            ],
        ),
        _abstract(ARTICLES, [("chineseCounting", "第%1条")], extra='<w:suff w:val="space"/>'),
        _abstract(LEGAL, [("decimal", "%1."), ("decimal", "%1.%2")]),
        _abstract(STYLED, [("ideographTraditional", "%1、")]),
    ]
    for xml in abstracts:
        first_num.addprevious(parse_xml(xml))
    for xml in (
        _num(91, OUTLINE),
        _num(92, OUTLINE, restart_level=0),
        _num(94, ARTICLES),
        _num(97, LEGAL),
        _num(99, STYLED),
    ):
        numbering.append(parse_xml(xml))


def _numbered(document: docx.document.Document, text: str, num_id: int, ilvl: int = 0) -> None:
    paragraph = document.add_paragraph(text)
    paragraph._p.get_or_add_pPr().append(
        parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'
        )
    )


def _styled_numbering(document: docx.document.Document) -> str:
    style = document.styles.add_style("PlanItem", docx.enum.style.WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = document.styles["Normal"]
    style.element.get_or_add_pPr().append(
        parse_xml(f'<w:numPr {nsdecls("w")}><w:numId w:val="99"/></w:numPr>')
    )
    return style.name


def _plan_docx() -> bytes:
    document = docx.Document()
    _add_numbering(document)
    section = document.sections[0]
    section.header.paragraphs[0].text = "页眉：某区扶贫办"
    section.footer.paragraphs[0].text = "页脚：第1页"
    document.add_paragraph("某区2018年精准扶贫工作计划")
    _numbered(document, "总体要求", 91, 0)
    _numbered(document, "工作目标", 91, 1)
    document.add_paragraph("目前共有建档立卡贫困人口17869户、46818人。")
    _numbered(document, "帮扶原则", 91, 1)
    _numbered(document, "坚持精准扶贫", 91, 2)
    _numbered(document, "注重带动成效", 91, 2)
    _numbered(document, "落实到户", 91, 3)
    _numbered(document, "主要任务", 91, 0)
    _numbered(document, "精准助学", 91, 1)
    _numbered(document, "资助贫困学生500名", 91, 2)

    table = document.add_table(rows=3, cols=3)
    for r, row in enumerate(
        (
            ("序号", "工作任务", "责任单位"),
            ("1", "开展精准助学", "区教委"),
            ("2", "实施精准救治", "区卫生健康委"),
        )
    ):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    table.cell(2, 2).add_paragraph("区民政局")  # two paragraphs in one cell
    merged = table.cell(1, 0).merge(table.cell(2, 0))  # vertical merge: 序号 spans two rows
    merged.paragraphs[0].text = "1"
    for extra in merged.paragraphs[1:]:
        extra._p.getparent().remove(extra._p)

    tracked = document.add_paragraph("资金用于")
    w = nsdecls("w")
    tracked._p.append(
        parse_xml(
            f'<w:del {w} w:id="1" w:author="a">'
            "<w:r><w:delText>已删除的文字</w:delText></w:r></w:del>"
        )
    )
    tracked._p.append(
        parse_xml(f'<w:ins {w} w:id="2" w:author="a"><w:r><w:t>精准扶贫</w:t></w:r></w:ins>')
    )
    commented = document.add_paragraph()
    run = commented.add_run("加强组织领导。")
    if hasattr(document, "add_comment"):
        document.add_comment(run, text="批注：请核实", author="审稿人")
    broken = document.add_paragraph("来源：区政府")
    broken.runs[0].add_break()
    broken.add_run("2018年5月")

    _numbered(document, "附件说明", 92, 0)  # a second list: restarts at 一
    _numbered(document, "本计划自印发之日起施行。", 94)
    _numbered(document, "本计划由区扶贫办负责解释。", 94)
    _numbered(document, "总则", 97, 0)
    _numbered(document, "目的", 97, 1)
    _numbered(document, "依据", 97, 1)
    document.add_paragraph("第一批帮扶村", style=_styled_numbering(document))
    document.add_paragraph("第二批帮扶村", style="PlanItem")

    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


EXPECTED_LINES = [
    "某区2018年精准扶贫工作计划",
    "一、总体要求",
    "（一）工作目标",
    "目前共有建档立卡贫困人口17869户、46818人。",
    "（二）帮扶原则",
    "1.坚持精准扶贫",
    "2.注重带动成效",
    "①落实到户",
    "二、主要任务",
    "（一）精准助学",
    "1.资助贫困学生500名",
    "序号 | 工作任务 | 责任单位",
    "1 | 开展精准助学 | 区教委",
    " | 实施精准救治 | 区卫生健康委 区民政局",
    "资金用于精准扶贫",
    "加强组织领导。",
    "来源：区政府",
    "2018年5月",
    "一、附件说明",
    "第一条 本计划自印发之日起施行。",
    "第二条 本计划由区扶贫办负责解释。",
    "1.总则",
    "1.1 目的",
    "1.2 依据",
    "甲、第一批帮扶村",
    "乙、第二批帮扶村",
]


@cache
def _read_plan() -> RawText:
    return read_docx(_plan_docx(), "plan.docx")


# --- synthetic ----------------------------------------------------------------------------


def test_automatic_numbering_reconstructed() -> None:
    assert _read_plan().text.split("\n") == [*EXPECTED_LINES, ""]


def test_plain_python_docx_loses_the_numbering() -> None:
    """The premise: the labels are not in the paragraph text."""
    plain = [p.text for p in docx.Document(io.BytesIO(_plan_docx())).paragraphs]
    assert "总体要求" in plain
    assert "一、总体要求" not in plain


def test_headers_footers_comments_deletions_left_out() -> None:
    text = _read_plan().text
    for absent in ("页眉", "页脚", "批注", "已删除的文字"):
        assert absent not in text


def test_table_rows_and_offsets() -> None:
    raw = _read_plan()
    assert len(raw.tables) == 1
    table = raw.tables[0]
    assert [[c.text for c in row] for row in table.rows] == [
        ["序号", "工作任务", "责任单位"],
        ["1", "开展精准助学", "区教委"],
        ["", "实施精准救治", "区卫生健康委 区民政局"],
    ]
    for row in table.rows:
        for cell in row:
            assert raw.text[cell.start : cell.end] == cell.text
    assert raw.text[table.start : table.end] == "\n".join(EXPECTED_LINES[11:14])


def test_metadata() -> None:
    raw = _read_plan()
    assert raw.format == "docx"
    assert raw.pages is None
    assert raw.page_starts == ()
    assert raw.warnings == ()


def test_read_bytes_dispatches_docx() -> None:
    assert read_bytes(_plan_docx(), "plan.DOCX").text == _read_plan().text


FORMATS = [
    (1, "chineseCounting", "一"),
    (10, "chineseCounting", "十"),
    (11, "chineseCounting", "十一"),
    (20, "chineseCounting", "二十"),
    (35, "chineseCounting", "三十五"),
    (100, "chineseCounting", "一百"),
    (105, "chineseCounting", "一百零五"),
    (110, "chineseCounting", "一百一十"),
    (12, "chineseCountingThousand", "十二"),
    (1001, "chineseCountingThousand", "一千零一"),
    (3, "chineseLegalSimplified", "叁"),
    (12, "chineseLegalSimplified", "壹拾贰"),
    (10, "ideographDigital", "一〇"),
    (1, "ideographTraditional", "甲"),
    (10, "ideographTraditional", "癸"),
    (11, "ideographTraditional", "11"),
    (2, "ideographZodiac", "丑"),
    (1, "decimalEnclosedCircle", "①"),
    (20, "decimalEnclosedCircleChinese", "⑳"),
    (21, "decimalEnclosedCircle", "21"),
    (3, "decimalEnclosedParen", "⑶"),
    (3, "decimalEnclosedFullstop", "⒊"),
    (7, "decimal", "7"),
    (7, "decimalZero", "07"),
    (12, "decimalFullWidth", "１２"),
    (4, "upperRoman", "IV"),
    (9, "lowerRoman", "ix"),
    (3, "upperLetter", "C"),
    (27, "lowerLetter", "aa"),
    (5, "someFutureFormat", "5"),
]


@pytest.mark.parametrize(
    ("value", "name", "expected"), FORMATS, ids=[f"{n}-{v}" for v, n, _ in FORMATS]
)
def test_format_number(value: int, name: str, expected: str) -> None:
    assert format_number(value, name) == expected


def test_numbering_tables_well_formed() -> None:
    names = [
        *docx_numbering.SEQUENCES,
        *docx_numbering.COUNTING,
        *docx_numbering.DIGITWISE,
        *docx_numbering.COMPUTED_FORMATS,
    ]
    assert len(names) == len(set(names))
    for sequence in docx_numbering.SEQUENCES.values():
        assert len(set(sequence)) == len(sequence) > 0
    for digits in docx_numbering.DIGITWISE.values():
        assert len(digits) == 10
    for digits, units, _ in docx_numbering.COUNTING.values():
        assert len(digits) == 10
        assert len(units) == 4


# --- what cannot be read --------------------------------------------------------------------


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def test_zip_bomb_refused() -> None:
    bomb = _zip({"word/document.xml": b"<w:document/>", "word/media/x.bin": bytes(30 * 2**20)})
    assert len(bomb) < 2**20
    with pytest.raises(ReadError, match=r"^bomb\.docx: refused: .* \(zip bomb\?\)"):
        read_docx(bomb, "bomb.docx")


def test_absurd_unpacked_size_refused() -> None:
    with pytest.raises(ReadError, match=r"^big\.docx: over the limit archive_bytes \(the archive"):
        read_docx(_plan_docx(), "big.docx", Limits(archive_bytes=1000))


def test_truncated_docx_refused() -> None:
    data = _plan_docx()
    with pytest.raises(ReadError, match=r"^cut\.docx: not a valid \.docx \(corrupt zip archive\)"):
        read_docx(data[: len(data) // 2], "cut.docx")


def test_damaged_member_refused() -> None:
    data = bytearray(
        _zip({"word/document.xml": "<w:document>一、总体要求</w:document>".encode() * 50})
    )
    data[60] ^= 0xFF  # inside the compressed document.xml
    with pytest.raises(ReadError, match=r"^bad\.docx: (corrupt \.docx|not a valid)"):
        read_docx(bytes(data), "bad.docx")


@pytest.mark.parametrize(
    ("data", "pattern"),
    [
        (b"", r"corrupt zip"),
        (b"not a zip", r"corrupt zip"),
        (_zip({"content.xml": b"<x/>"}), r"not a Word document \(no word/document\.xml\)"),
        (_zip({"word/document.xml": b"<not xml"}), r"not a readable Word document"),
    ],
    ids=["empty", "text", "odt-like", "bad-xml"],
)
def test_not_a_docx_refused(data: bytes, pattern: str) -> None:
    with pytest.raises(ReadError, match=pattern) as info:
        read_docx(data, "x.docx")
    assert "\n" not in str(info.value)
    assert str(info.value).startswith("x.docx: ")


def test_legacy_doc_without_libreoffice(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("shutil.which", lambda name: None)
    with pytest.raises(
        ReadError,
        match=r"^old\.doc: .*LibreOffice \(soffice\).*save the file as "
        r"\.docx",
    ):
        read_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100), "old.doc")


def test_docx_saved_as_doc_is_read() -> None:
    raw = read_bytes(_plan_docx(), "misnamed.wps")
    assert raw.format == "doc"
    assert raw.text == _read_plan().text


# --- the real corpus ------------------------------------------------------------------------

REAL = sorted(CORPUS.glob("*.docx")) if CORPUS.is_dir() else []
needs_corpus = pytest.mark.skipif(not REAL, reason="../shared/corpus/docx is absent")


@needs_corpus
@pytest.mark.parametrize("path", REAL, ids=[p.name for p in REAL])
def test_real_docx_matches_plain_paragraphs(path: Path) -> None:
    """No numbering, tables or tracked changes in these: the text is python-docx's paragraphs."""
    raw = read_docx(path.read_bytes(), path.name)
    reference = path.with_name(path.name + ".txt").read_text(encoding="utf-8")
    assert [x for x in raw.text.split("\n") if x.strip()] == [
        x for x in reference.split("\n") if x.strip()
    ]
    assert raw.tables == ()


@needs_corpus
def test_real_jiangxi_soft_break_kept() -> None:
    # jiangxi-2025-gov-work-report.docx, paragraph 2:
    # "来源：江西省人民政府" <w:br/> "2025年1月17日在…"
    path = CORPUS / "jiangxi-2025-gov-work-report.docx"
    if not path.exists():
        pytest.skip(f"{path.name} is absent")
    lines = read_docx(path.read_bytes(), path.name).text.split("\n")
    at = lines.index("来源：江西省人民政府")
    assert lines[at + 1].startswith("2025年1月17日在")


@needs_corpus
def test_real_guangdong_headings_present() -> None:
    # guangdong-2025-gov-work-report.docx: top-level "一、2024年工作回顾",
    # behind two ideographic spaces
    path = CORPUS / "guangdong-2025-gov-work-report.docx"
    if not path.exists():
        pytest.skip(f"{path.name} is absent")
    text = read_docx(path.read_bytes(), path.name).text
    assert "一、2024年工作回顾" in text
    assert "二、2025年工作安排" in text


@pytest.mark.skipif(
    shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed"
)
def test_legacy_doc_converted_through_libreoffice(tmp_path: Path) -> None:
    source = tmp_path / "plan.docx"
    source.write_bytes(_plan_docx())
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "doc", "--outdir", str(tmp_path), str(source)],
        check=True,
        capture_output=True,
        timeout=180,
    )
    raw = read_bytes((tmp_path / "plan.doc").read_bytes(), "plan.doc")
    assert raw.format == "doc"
    assert "converted to .docx by LibreOffice" in raw.warnings
    # Word's automatic numbering survives the round trip through the legacy format
    assert [ln for ln in raw.text.splitlines() if ln.startswith(("一、", "（一）"))][:2] == [
        ln for ln in _read_plan().text.splitlines() if ln.startswith(("一、", "（一）"))
    ][:2]
