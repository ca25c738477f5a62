"""Readers: one file in, ``RawText`` out. ``read(path)`` picks the reader by extension.

Every reader returns the text that spans index into (OUTPUT.md "Offsets"):
newlines normalised to ``\\n``, no byte-order mark. Paged formats also give
where each page starts; table-bearing formats give their tables as cells with
offsets into that same text.
"""

from __future__ import annotations

from pathlib import Path

from extractor.errors import UnsupportedFormat
from extractor.limits import DEFAULT_LIMITS, Limits, over_limit
from extractor.readers.base import RawCell, RawTable, RawText
from extractor.readers.txt import read_txt

__all__ = ["RawCell", "RawTable", "RawText", "read", "read_bytes"]

# Extension -> reader name. Later formats register here; order does not matter.
_READERS = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "txt",
    ".pdf": "pdf",
    ".docx": "docx",
    ".html": "html",
    ".htm": "html",
    ".doc": "doc",  # legacy Word: converted to .docx through LibreOffice when installed
    ".wps": "doc",  # WPS Writer: the same
}


def read(path: Path, limits: Limits = DEFAULT_LIMITS) -> RawText:
    """Read one file into text; ``ReadError``/``UnsupportedFormat`` give a one-line reason."""
    data = path.read_bytes()
    return read_bytes(data, path.name, limits)


def read_bytes(data: bytes, name: str, limits: Limits = DEFAULT_LIMITS) -> RawText:
    """Read a file's bytes; ``name`` supplies the extension and the name used in messages."""
    suffix = Path(name).suffix.lower()
    kind = _READERS.get(suffix)
    if kind is not None and len(data) > limits.file_bytes:
        raise over_limit(name, "file_bytes", len(data), limits.file_bytes, "the file")
    if kind == "txt":
        return read_txt(data, name)
    # The heavier readers import their libraries (pdfplumber, python-docx, trafilatura) on use.
    if kind == "pdf":
        from extractor.readers.pdf import read_pdf

        return read_pdf(data, name, limits)
    if kind == "docx":
        from extractor.readers.docx import read_docx

        return read_docx(data, name, limits)
    if kind == "doc":
        from extractor.readers.docx import read_legacy_word

        return read_legacy_word(data, name, limits)
    if kind == "html":
        from extractor.readers.html import read_html

        return read_html(data, name, limits)
    raise UnsupportedFormat(f"{name}: unsupported file type {suffix or '(none)'!r}")
