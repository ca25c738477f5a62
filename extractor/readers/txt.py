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
from extractor.limits import DEFAULT_LIMITS, Limits, over_limit
from extractor.readers.base import RawText

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
# Damaged text (issue 10): a few bad bytes in a plan are replaced with U+FFFD and reported. A file
# may have 1 bad byte sequence per 200 bytes (at least 2), but never more than 1 per 20 bytes (so
# that a tiny file of garbage is still refused).
_BAD_SHARE = 0.005
_BAD_FLOOR = 2
_BAD_CEILING_SHARE = 0.05
_OFFSETS_SHOWN = 5


def read_txt(data: bytes, name: str, limits: Limits = DEFAULT_LIMITS) -> RawText:
    """Decode a text file.

    >>> read_txt("一、总体要求\\r\\n".encode("gbk"), "a.txt").text
    '一、总体要求\\n'
    >>> read_txt(codecs.BOM_UTF8 + "计划".encode(), "a.txt").encoding
    'utf-8-sig'
    >>> read_txt("一、总体要求".encode() + b"\\xff" + "完成".encode(), "a.txt").warnings
    ('1 undecodable byte sequence replaced with U+FFFD (as utf-8) at byte offset 18',)
    """
    if len(data) > limits.file_bytes:
        raise over_limit(name, "file_bytes", len(data), limits.file_bytes, "the file")
    text, encoding, warnings = decode_text(data, name)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    _require_text(text, name)
    return RawText(text=text, format="txt", encoding=encoding, warnings=warnings)


def decode_text(data: bytes, name: str) -> tuple[str, str, tuple[str, ...]]:
    """Text, the encoding it was read as, and a warning if a few bad bytes were replaced.

    A byte-order mark decides the encoding; otherwise strict UTF-8; otherwise the candidate
    (UTF-8, charset-normalizer's pick among the Chinese encodings, then each of them) that
    decodes with the fewest bad byte sequences, if those are few.
    """
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            body = data[len(bom) :]
            decoded = _tolerant(body, codec)
            if decoded is None:
                raise ReadError(
                    f"{name}: starts with a {label} byte-order mark but does not decode "
                    f"as {label} ({_first_error(body, codec)})"
                )
            return decoded[0], label, _warning(decoded[1], decoded[2], label, len(bom))
    if b"\x00" in data:
        raise ReadError(
            f"{name}: binary file (NUL bytes, no UTF-16 byte-order mark); not a text plan"
        )
    try:
        return data.decode("utf-8"), "utf-8", ()
    except UnicodeDecodeError:
        pass
    candidates = ["utf-8"]
    best = charset_normalizer.from_bytes(data, cp_isolation=list(_LEGACY)).best()
    if best is not None:
        candidates.append(_canonical(best.encoding))
    candidates += [e for e in _LEGACY if e not in candidates]
    found: tuple[str, int, list[int]] | None = None
    chosen = ""
    for encoding in candidates:
        decoded = _tolerant(data, encoding)
        if decoded is not None and (found is None or decoded[1] < found[1]):
            found, chosen = decoded, encoding
            if decoded[1] == 0:
                break
    if found is None:
        raise ReadError(
            f"{name}: cannot decode as UTF-8, GB18030 or Big5; save it as UTF-8 and retry"
        )
    text, bad, offsets = found
    return text, chosen, _warning(bad, offsets, chosen, 0)


def _tolerant(data: bytes, codec: str) -> tuple[str, int, list[int]] | None:
    """``data`` decoded with bad sequences replaced, their count and first offsets; or None
    when there are too many for a damaged text."""
    try:
        return data.decode(codec), 0, []
    except UnicodeDecodeError:
        pass
    except LookupError:
        return None
    replaced = data.decode(codec, "replace")
    bad = len(replaced) - len(data.decode(codec, "ignore"))  # one U+FFFD per bad sequence
    if bad > min(max(_BAD_FLOOR, _BAD_SHARE * len(data)), _BAD_CEILING_SHARE * len(data)):
        return None
    offsets: list[int] = []
    position = 0
    while len(offsets) < _OFFSETS_SHOWN:
        try:
            data[position:].decode(codec)
            break
        except UnicodeDecodeError as e:
            offsets.append(position + e.start)
            position += max(e.end, e.start + 1)
    return replaced, bad, offsets


def _first_error(data: bytes, codec: str) -> str:
    try:
        data.decode(codec)
    except UnicodeDecodeError as e:
        return f"{e.reason} at byte {e.start}"
    return "too many bad bytes"


def _warning(bad: int, offsets: list[int], encoding: str, shift: int) -> tuple[str, ...]:
    if not bad:
        return ()
    where = ", ".join(str(o + shift) for o in offsets) + (", …" if bad > len(offsets) else "")
    plural = "s" if bad > 1 else ""
    return (
        f"{bad} undecodable byte sequence{plural} replaced with U+FFFD (as {encoding}) "
        f"at byte offset{'s' if len(offsets) > 1 else ''} {where}",
    )


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
