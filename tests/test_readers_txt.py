"""Text files as they arrive: UTF-8 with or without BOM, GB18030/GBK, UTF-16, Big5, CR/CRLF."""

from __future__ import annotations

import codecs

import pytest

from extractor.errors import ReadError
from extractor.pipeline import extract
from extractor.readers.txt import read_txt
from tests.shared_docs import SEED, seed_text

TRADITIONAL = (
    "石景山區2018年精準扶貧工作計劃\n一、總體要求\n（一）工作目標\n共有建檔立卡貧困人口17869戶。\n"
)


@pytest.mark.parametrize(
    ("encoding", "label"),
    [
        ("utf-8", "utf-8"),
        ("utf-8-sig", "utf-8-sig"),
        ("gbk", "gb18030"),
        ("gb18030", "gb18030"),
        ("utf-16", "utf-16"),
    ],
)
def test_seed_in_every_encoding_decodes_to_the_same_text(encoding: str, label: str) -> None:
    text = seed_text()
    raw = read_txt(text.encode(encoding), "seed.txt")
    assert raw.text == text
    assert raw.encoding == label


def test_big5() -> None:
    raw = read_txt(TRADITIONAL.encode("big5"), "tw.txt")
    assert raw.text == TRADITIONAL
    assert raw.encoding.startswith("big5")


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_line_ends_become_newlines(newline: str) -> None:
    text = seed_text()
    assert read_txt(text.replace("\n", newline).encode("utf-8"), "a.txt").text == text


def test_gbk_seed_scores_like_utf8(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "seed-gbk.txt"
    path.write_bytes(seed_text().encode("gbk"))
    a, b = extract(SEED), extract(path)
    assert [i.model_dump() for i in a.items] == [i.model_dump() for i in b.items]
    assert a.checks == b.checks


@pytest.mark.parametrize(
    ("data", "message"),
    [
        pytest.param(b"", "empty file", id="empty"),
        pytest.param(b"  \n\n ", "empty file", id="blank"),
        pytest.param(b"PK\x03\x04\x00\x00binary", "binary file", id="nul-bytes"),
        pytest.param(bytes([0x81, 0x20, 0xFF, 0x7F]) * 100, "cannot decode", id="undecodable"),
        pytest.param(codecs.BOM_UTF16_LE + b"\x00\xd8", "byte-order mark", id="bad-utf16"),
        pytest.param(
            b"\x01\x02\x03\x04 abc \x05\x06" * 50, "does not look like text", id="controls"
        ),
    ],
)
def test_unreadable_text_gets_a_one_line_error(data: bytes, message: str) -> None:
    with pytest.raises(ReadError) as e:
        read_txt(data, "bad.txt")
    assert str(e.value).startswith("bad.txt: ")
    assert message in str(e.value)
    assert "\n" not in str(e.value)
