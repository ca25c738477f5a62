"""Resource limits and the library's error contract (issue 10).

The bombs are built here: a DOCX whose ``document.xml`` is bigger than the XML part limit but
padded to pass the zip-bomb ratio, Word lists counting from 200,000,000 in letters or from
10**4000 in Chinese, an ``lvlText`` of ``%1`` × 100,000, a web page over the HTML limit, a PDF
over the page limit. Each gets a one-line ``ReadError`` naming the limit. Damaged text keeps its
good bytes. Nothing but ``ExtractorError`` leaves ``extract_text``/``extract_bytes``.
"""

from __future__ import annotations

import contextlib
import io
import os
import zipfile

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractor import pipeline
from extractor.errors import ExtractorError, InternalError, ReadError
from extractor.limits import DEFAULT_LIMITS, NAMES, Limits, parse_limit
from extractor.pipeline import extract_bytes, extract_text
from extractor.readers import read_bytes
from tests.shared_docs import seed_text

ONE_LINE = r"[^\n]*"


def _limit_error(limit: str, call: object) -> str:
    assert callable(call)
    with pytest.raises(ReadError) as e:
        call()
    message = str(e.value)
    assert f"over the limit {limit} " in message
    assert f"--limit {limit}=N" in message
    assert "\n" not in message
    return message


# --- the table ---------------------------------------------------------------------------------


def test_every_limit_is_described_and_positive() -> None:
    lines = DEFAULT_LIMITS.describe()
    assert [line.split("=")[0] for line in lines] == list(NAMES)
    for name in NAMES:
        assert getattr(DEFAULT_LIMITS, name) > 0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("pdf_pages=5000", ("pdf_pages", 5000)),
        ("xml_part_bytes=64M", ("xml_part_bytes", 64 * 2**20)),
        ("html_bytes=1.5k", ("html_bytes", 1536)),
        ("timeout=0.5", ("timeout", 0.5)),
    ],
)
def test_parse_limit(text: str, expected: tuple[str, float]) -> None:
    assert parse_limit(text) == expected


@pytest.mark.parametrize("text", ["pages=5", "pdf_pages", "pdf_pages=many", "timeout=-1"])
def test_parse_limit_refuses(text: str) -> None:
    with pytest.raises(ValueError, match="limit"):
        parse_limit(text)


# --- DOCX bombs --------------------------------------------------------------------------------


def _docx_with_list(fmt: str, start: str, lvl_text: str, items: int = 3) -> bytes:
    document = docx.Document()
    numbering = document.part.numbering_part.element
    numbering.append(
        parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="70"><w:lvl w:ilvl="0">'
            f'<w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{lvl_text}"/></w:lvl></w:abstractNum>'
        )
    )
    numbering.append(
        parse_xml(f'<w:num {nsdecls("w")} w:numId="71"><w:abstractNumId w:val="70"/></w:num>')
    )
    for i in range(items):
        paragraph = document.add_paragraph(f"开展第{i}项工作")
        paragraph._p.get_or_add_pPr().append(
            parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="71"/></w:numPr>')
        )
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("fmt", "start", "lvl_text", "limit"),
    [
        pytest.param("lowerLetter", "200000000", "%1.", "list_counter", id="letters-from-2e8"),
        pytest.param("chineseCounting", "1" + "0" * 4000, "%1、", "list_counter", id="1e4000"),
        pytest.param("decimal", "1", "%1" * 100_000, "level_text_chars", id="lvlText-x100000"),
        pytest.param("lowerLetter", "90000", "%1%1", "label_chars", id="long-letters"),
    ],
)
def test_numbering_bombs_name_their_limit(fmt: str, start: str, lvl_text: str, limit: str) -> None:
    data = _docx_with_list(fmt, start, lvl_text)
    message = _limit_error(limit, lambda: read_bytes(data, "bomb.docx"))
    assert message.startswith("bomb.docx: ")


def test_ordinary_lists_are_under_the_limits() -> None:
    raw = read_bytes(_docx_with_list("chineseCounting", "1", "%1、", items=12), "plan.docx")
    assert "十二、开展第11项工作" in raw.text


def test_a_huge_document_part_padded_past_the_ratio_is_refused() -> None:
    """190 MB of document.xml in 2.8 MB ran for 300 s; here 33 MiB, padded with random bytes so
    that the archive's unpacked/packed ratio looks ordinary."""
    paragraph = b"<w:p><w:r><w:t>" + "一、总体要求".encode() + b"</w:t></w:r></w:p>"
    xml = paragraph * ((33 * 2**20) // len(paragraph) + 1)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", b"<Types/>")
        archive.writestr("word/document.xml", xml)
        archive.writestr("word/media/pad.bin", os.urandom(600_000), zipfile.ZIP_STORED)
    data = buffer.getvalue()
    assert len(xml) / len(data) < 100  # the ratio check alone lets it through
    message = _limit_error("xml_part_bytes", lambda: read_bytes(data, "padded.docx"))
    assert "word/document.xml is 33 MiB" in message


@pytest.mark.parametrize(("offset", "value"), [(6, 99), (10, 99)], ids=["version", "method"])
def test_a_zip_this_reader_cannot_unpack_is_a_read_error(offset: int, value: int) -> None:
    """NotImplementedError ("zip file version 9.9", an unknown compression method) escaped."""
    data = bytearray(_docx_with_list("decimal", "1", "%1."))
    at = data.find(b"PK\x01\x02")  # the central directory's first entry
    while at >= 0:
        data[at + offset : at + offset + 2] = value.to_bytes(2, "little")
        at = data.find(b"PK\x01\x02", at + 4)
    with pytest.raises(ReadError, match=r"^v\.docx: "):
        extract_bytes(bytes(data), "v.docx")


def test_archive_size_limit() -> None:
    data = _docx_with_list("decimal", "1", "%1.")
    _limit_error("archive_bytes", lambda: read_bytes(data, "a.docx", Limits(archive_bytes=1000)))


# --- other formats -----------------------------------------------------------------------------


def test_a_web_page_over_the_html_limit_is_refused_unread() -> None:
    page = b"<html><body>" + b"<p>x</p>" * (DEFAULT_LIMITS.html_bytes // 8 + 1) + b"</body></html>"
    _limit_error("html_bytes", lambda: read_bytes(page, "big.html"))


def test_a_pdf_over_the_page_limit() -> None:
    from tests.test_fuzz import _pdf  # two pages

    _limit_error("pdf_pages", lambda: read_bytes(_pdf(), "long.pdf", Limits(pdf_pages=1)))
    assert read_bytes(_pdf(), "two.pdf", Limits(pdf_pages=2)).pages == 2


def test_file_and_document_size_limits() -> None:
    data = seed_text().encode("utf-8")
    _limit_error("file_bytes", lambda: read_bytes(data, "seed.txt", Limits(file_bytes=1000)))
    _limit_error(
        "document_chars", lambda: extract_text(seed_text(), "seed", Limits(document_chars=1000))
    )


# --- damaged text ------------------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-8", "gb18030"])
def test_a_bad_byte_in_a_plan_is_replaced_and_warned(encoding: str) -> None:
    """One bad byte in the 17 KB seed made the whole file "cannot decode"."""
    data = bytearray(seed_text().encode(encoding))
    at = len(data) // 2
    while data[at] < 0x80:  # inside a Chinese character
        at += 1
    data[at] = 0xFF
    raw = read_bytes(bytes(data), "seed.txt")
    assert raw.encoding == encoding
    bad = raw.text.count("\ufffd")
    assert 1 <= bad <= 3  # the broken character's other bytes may not decode either
    (warning,) = raw.warnings
    assert warning.startswith(f"{bad} undecodable byte sequence")
    offsets = warning.split(" at byte offset")[1].lstrip("s ").split(", ")
    assert min(abs(int(o) - at) for o in offsets) <= 2
    doc = extract_bytes(bytes(data), "seed.txt")
    assert len(doc.items) == len(extract_text(seed_text()).items)
    assert doc.source.warnings == [warning]


def test_a_bad_pair_in_utf16_is_replaced() -> None:
    data = bytearray("\ufeff".encode("utf-16-le") + seed_text().encode("utf-16-le"))
    data[1000:1002] = b"\x00\xd8"  # a high surrogate with no low one after it
    raw = read_bytes(bytes(data), "seed.txt")
    assert raw.encoding == "utf-16"
    assert raw.warnings
    assert raw.warnings[0].startswith("1 undecodable byte sequence")


def test_a_mostly_undecodable_file_is_still_refused() -> None:
    data = bytearray(seed_text().encode("utf-8"))
    for i in range(0, len(data), 50):
        data[i] = 0xFF
    with pytest.raises(ReadError, match=r"^bad\.txt: cannot decode"):
        read_bytes(bytes(data), "bad.txt")


# --- only ExtractorError escapes ---------------------------------------------------------------


def test_lone_surrogates_are_replaced_and_warned() -> None:
    doc = extract_text("一、总体要求\n1.开展培训\ud800。完成2个项目。\udcff\n", "s\udcb9.txt")
    assert doc.source.path == "s\\xb9.txt"
    assert doc.source.warnings == [
        "2 unencodable characters (lone surrogates) replaced with U+FFFD at offsets 13, 22"
    ]
    assert [i.title for i in doc.items] == ["开展培训\ufffd"]


def test_an_internal_error_becomes_an_extractor_error(monkeypatch: pytest.MonkeyPatch) -> None:
    def deep(*args: object) -> object:
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(pipeline, "find_layout", deep)
    with pytest.raises(InternalError, match=r"^x\.txt: internal error: nesting too deep") as e:
        extract_text("一、总体要求\n", "x.txt")
    assert isinstance(e.value.__cause__, RecursionError)


def test_a_missing_file_is_a_read_error(tmp_path: object) -> None:
    with pytest.raises(ReadError, match=r"^gone\.txt: cannot read file"):
        pipeline.extract(f"{tmp_path}/gone.txt")


FUZZ = settings(
    max_examples=int(os.environ.get("FUZZ_EXAMPLES", "40")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@FUZZ
@given(st.text(alphabet=st.characters(codec=None), max_size=300))
def test_any_text_even_unencodable_raises_nothing_else(text: str) -> None:
    try:
        doc = extract_text(text, "any" + text[:3])
    except ExtractorError:
        return
    doc.model_dump_json()  # encodes: no lone surrogate reached the output


@FUZZ
@given(st.binary(max_size=400), st.sampled_from(["txt", "pdf", "docx", "html", "md", "png"]))
def test_any_bytes_in_every_format_raise_nothing_else(data: bytes, kind: str) -> None:
    with contextlib.suppress(ExtractorError):
        extract_bytes(data, f"any.{kind}")
