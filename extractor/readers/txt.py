"""Plain text: detect the encoding, drop the BOM, normalise line ends.

Web-scraped plans arrive as UTF-8 (with or without BOM), GB18030/GBK, UTF-16
with a BOM, or Big5. A BOM decides; otherwise strict UTF-8; otherwise
charset-normalizer chooses among the Chinese legacy encodings only (left to
itself it calls short GBK text cp1252 or Turkish). Whatever we decode must
then look like text, so that a binary file gets an error and not garbage items.
"""

from __future__ import annotations

import codecs

import charset_normalizer
import regex

from extractor.errors import ReadError
from extractor.readers.base import RawText

MAX_TXT_BYTES = 64 * 1024 * 1024  # a plan is tens of KB; 64 MiB is a dump, not a plan

# Byte-order marks, longest first (UTF-32 LE starts with the UTF-16 LE mark).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32"),
    (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
)

# Legacy encodings a Chinese plan comes in when it is not Unicode, most likely first.
_LEGACY = ("gb18030", "big5", "big5hkscs")

# Characters a real text is made of; anything else (controls, private use, replacement) is noise.
_NOISE = regex.compile(r"[^\p{Han}\p{L}\p{N}\p{P}\p{S}\p{Zs}\n\t\u3000]")
_MAX_NOISE_SHARE = 0.02


def read_txt(data: bytes, name: str) -> RawText:
    """Decode a text file.

    >>> read_txt("一、总体要求\\r\\n".encode("gbk"), "a.txt").text
    '一、总体要求\\n'
    >>> read_txt(codecs.BOM_UTF8 + "计划".encode(), "a.txt").encoding
    'utf-8-sig'
    """
    if len(data) > MAX_TXT_BYTES:
        raise ReadError(
            f"{name}: file is {len(data) // 2**20} MiB, over the {MAX_TXT_BYTES // 2**20} MiB "
            "limit for a text plan; split it first"
        )
    text, encoding = _decode(data, name)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    _require_text(text, name)
    return RawText(text=text, format="txt", encoding=encoding)


def _decode(data: bytes, name: str) -> tuple[str, str]:
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(codec), label
            except UnicodeDecodeError as e:
                raise ReadError(
                    f"{name}: starts with a {label} byte-order mark but does not decode "
                    f"as {label} ({e.reason} at byte {e.start})"
                ) from None
    if b"\x00" in data:
        raise ReadError(
            f"{name}: binary file (NUL bytes, no UTF-16 byte-order mark); not a text plan"
        )
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(data, cp_isolation=list(_LEGACY)).best()
    if best is not None:
        encoding = _canonical(best.encoding)
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            pass
    for encoding in _LEGACY:
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise ReadError(f"{name}: cannot decode as UTF-8, GB18030 or Big5; save it as UTF-8 and retry")


def _canonical(encoding: str) -> str:
    """charset-normalizer's names, as Python codec names we record."""
    name = codecs.lookup(encoding).name
    return {"gb18030": "gb18030", "big5": "big5", "big5hkscs": "big5hkscs"}.get(name, name)


def _require_text(text: str, name: str) -> None:
    if not text.strip():
        raise ReadError(f"{name}: empty file (no text to extract)")
    sample = text[:200_000]
    noise = len(_NOISE.findall(sample))
    if noise > _MAX_NOISE_SHARE * len(sample):
        raise ReadError(
            f"{name}: does not look like text ({noise} control or unprintable characters "
            f"in the first {len(sample)}); is it binary?"
        )
