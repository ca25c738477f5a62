"""DOCX: body paragraphs and tables in order, with Word's automatic numbering written in.

A Chinese plan's `一、` `（一）` `1.` often live in ``numbering.xml``, not in the text;
each numbered paragraph gets the label Word shows, from ``extractor.readers.docx_numbering``.

Left out: headers, footers, comments, footnotes (none is in the body), deleted tracked
changes (``w:del``, ``w:moveFrom``), field codes, and text boxes. Inserted changes are kept.
Tables are written one row per line, cells joined by `` | ``; a cell's paragraphs are joined
by a space; a vertically merged continuation cell is empty.

``.doc``/``.wps`` files are converted to DOCX by LibreOffice (``soffice``) when it is installed.
"""

from __future__ import annotations

import dataclasses
import io
import shutil
import subprocess
import tempfile
import zipfile
import zlib
from pathlib import Path
from typing import Any

from extractor.errors import ReadError
from extractor.limits import DEFAULT_LIMITS, Limits, over_limit
from extractor.readers.base import RawCell, RawTable, RawText
from extractor.readers.docx_numbering import Numbering as _Numbering
from extractor.readers.docx_numbering import w_tag as _w
from extractor.tables import docx_numbering as fmt

_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"


# Elements whose content is not part of the visible text.
_SKIP = frozenset(
    {
        _w("pPr"),
        _w("rPr"),
        _w("del"),
        _w("moveFrom"),
        _w("delText"),
        _w("instrText"),
        _w("delInstrText"),
        _w("drawing"),
        _w("pict"),
        _w("object"),
        _w("footnoteReference"),
        _w("endnoteReference"),
        _w("commentReference"),
        _w("sectPr"),
        _w("tblPr"),
        _w("trPr"),
        _w("tcPr"),
        _w("tblGrid"),
        f"{{{_MC}}}AlternateContent",
    }
)
_BREAKS = frozenset({_w("cr")})
_SOFFICE_TIMEOUT = 180  # seconds for one conversion


# ---------------------------------------------------------------------------------------------
# Entry points


def read_docx(data: bytes, name: str, limits: Limits = DEFAULT_LIMITS) -> RawText:
    """Read a .docx: refuse corrupt archives and zip bombs, then walk the body."""
    _check_archive(data, name, limits)
    import docx  # python-docx; imported here so that reading .txt never pays for it

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as e:  # python-docx raises KeyError, ValueError, lxml errors...
        raise ReadError(
            f"{name}: not a readable Word document ({type(e).__name__}: "
            f"{str(e).splitlines()[0][:100] if str(e) else ''}); "
            "open and re-save it as .docx"
        ) from None
    numbering = _Numbering(
        _part_element(document.part, "numbering_part"),
        _part_element(document.part, "_styles_part"),
        name,
        limits,
    )
    writer = _Writer()
    _walk_blocks(document.element.body, numbering, writer)
    text = "".join(writer.out)
    if text and not text.endswith("\n"):
        text += "\n"
    return RawText(
        text=text, format="docx", tables=tuple(writer.tables), warnings=tuple(writer.warnings)
    )


def read_legacy_word(data: bytes, name: str, limits: Limits = DEFAULT_LIMITS) -> RawText:
    """Read a .doc/.wps by converting it to .docx with LibreOffice (``soffice``), if installed."""
    if data.startswith(b"PK\x03\x04"):  # a .docx saved under an old extension
        return dataclasses.replace(read_docx(data, name, limits), format="doc")
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise ReadError(
            f"{name}: legacy Word/WPS file needs LibreOffice (soffice) to convert, "
            "and it is not installed; install it or save the file as .docx"
        )
    with tempfile.TemporaryDirectory(prefix="extractor-") as tmp:
        source = Path(tmp) / ("input" + Path(name).suffix.lower())
        source.write_bytes(data)
        try:
            subprocess.run(
                [
                    soffice,
                    "--headless",
                    f"-env:UserInstallation=file://{tmp}/profile",
                    "--convert-to",
                    "docx",
                    "--outdir",
                    tmp,
                    str(source),
                ],
                check=False,
                capture_output=True,
                timeout=_SOFFICE_TIMEOUT,
            )
        except subprocess.TimeoutExpired:
            raise ReadError(
                f"{name}: LibreOffice did not convert it within "
                f"{_SOFFICE_TIMEOUT} s; save it as .docx by hand"
            ) from None
        converted = Path(tmp) / "input.docx"
        if not converted.exists():
            raise ReadError(
                f"{name}: LibreOffice could not convert it to .docx "
                "(corrupt or not a Word file?); open and re-save it as .docx"
            )
        result = read_docx(converted.read_bytes(), name, limits)
    return dataclasses.replace(
        result, format="doc", warnings=("converted to .docx by LibreOffice", *result.warnings)
    )


def _check_archive(data: bytes, name: str, limits: Limits) -> None:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError):
        raise ReadError(
            f"{name}: not a valid .docx (corrupt zip archive); "
            "open and re-save it in Word or LibreOffice"
        ) from None
    with archive:
        members = archive.infolist()
        unpacked = sum(member.file_size for member in members)
        if unpacked > limits.archive_bytes:
            raise over_limit(name, "archive_bytes", unpacked, limits.archive_bytes, "the archive")
        for member in members:
            # zipfile stops at the declared size, so a member cannot unpack to more than this.
            if member.filename.endswith((".xml", ".rels")) and (
                member.file_size > limits.xml_part_bytes
            ):
                raise over_limit(
                    name,
                    "xml_part_bytes",
                    member.file_size,
                    limits.xml_part_bytes,
                    _printable(member.filename),
                )
        if unpacked > fmt.RATIO_FLOOR_BYTES and unpacked > fmt.MAX_RATIO * max(len(data), 1):
            raise ReadError(
                f"{name}: refused: the archive unpacks to {unpacked // 2**20} MiB from "
                f"{max(len(data) // 1024, 1)} KiB (zip bomb?); check where it came from"
            )
        if "word/document.xml" not in {member.filename for member in members}:
            raise ReadError(
                f"{name}: a zip archive but not a Word document (no word/document.xml); "
                "check the file type"
            )
        try:
            bad = archive.testzip()
        except NotImplementedError as e:  # "zip file version 9.9", an unknown compression
            raise ReadError(
                f"{name}: a .docx packed in a way this reader cannot unpack ({e}); "
                "open and re-save it in Word or LibreOffice"
            ) from None
        except (zipfile.BadZipFile, OSError, ValueError, EOFError, zlib.error) as e:
            bad = str(e) or "?"
        if bad is not None:
            raise ReadError(
                f"{name}: corrupt .docx (damaged member {bad}); "
                "open and re-save it in Word or LibreOffice"
            )


def _printable(member: str) -> str:
    """A member name for a message: no control characters, at most 80 characters."""
    return "".join(c if c.isprintable() else "?" for c in member[:80])


def _part_element(part: Any, attribute: str) -> Any:
    try:
        return getattr(part, attribute).element
    except (KeyError, NotImplementedError, AttributeError):
        return None


# ---------------------------------------------------------------------------------------------
# Body


class _Writer:
    def __init__(self) -> None:
        self.out: list[str] = []
        self.length = 0
        self.tables: list[RawTable] = []
        self.warnings: list[str] = []

    def write(self, piece: str) -> int:
        start = self.length
        if piece:
            self.out.append(piece)
            self.length += len(piece)
        return start

    def newline(self) -> None:
        if self.length:
            self.write("\n")


def _walk_blocks(container: Any, numbering: _Numbering, writer: _Writer) -> None:
    for child in container.iterchildren():
        tag = child.tag
        if tag == _w("p"):
            text = _paragraph_text(child)
            label = numbering.label(child)
            if not text and _mark_deleted(child):
                continue  # a paragraph deleted with tracked changes on
            writer.newline()
            writer.write(label + text)
        elif tag == _w("tbl"):
            _write_table(child, numbering, writer)
        elif tag in (_w("sdt"), _w("customXml"), _w("ins"), _w("moveTo")):
            inner = child.find(_w("sdtContent")) if tag == _w("sdt") else child
            if inner is not None:
                _walk_blocks(inner, numbering, writer)


def _mark_deleted(paragraph: Any) -> bool:
    return paragraph.find(f"{_w('pPr')}/{_w('rPr')}/{_w('del')}") is not None


def _paragraph_text(element: Any) -> str:
    parts: list[str] = []
    _collect(element, parts)
    return "".join(parts)


def _collect(element: Any, parts: list[str]) -> None:
    for child in element.iterchildren():
        tag = child.tag
        if not isinstance(tag, str) or tag in _SKIP:
            continue
        if tag == _w("t"):
            parts.append(child.text or "")
        elif tag == _w("tab") or tag == _w("ptab"):
            parts.append("\t")
        elif tag == _w("br"):
            if child.get(_w("type"), "textWrapping") == "textWrapping":
                parts.append("\n")
        elif tag in _BREAKS:
            parts.append("\n")
        elif tag == _w("noBreakHyphen"):
            parts.append("-")
        elif tag == _w("tbl"):
            continue  # a nested table inside a cell paragraph is handled by the cell
        else:
            _collect(child, parts)


def _cell_text(cell: Any, numbering: _Numbering) -> str:
    pieces: list[str] = []
    for child in cell.iter(_w("p")):
        if any(ancestor.tag == _w("tbl") for ancestor in _ancestors(child, cell)):
            continue  # nested tables are flattened through their own cells below
        text = _paragraph_text(child).replace("\n", " ")
        label = numbering.label(child)
        if text or label:
            pieces.append((label + text).strip())
    for nested in cell.iterchildren(_w("tbl")):
        for row in nested.iterchildren(_w("tr")):
            for inner in row.iterchildren(_w("tc")):
                inner_text = _cell_text(inner, numbering)
                if inner_text:
                    pieces.append(inner_text)
    return " ".join(piece for piece in pieces if piece).replace("\t", " ")


def _ancestors(element: Any, stop: Any) -> list[Any]:
    out = []
    parent = element.getparent()
    while parent is not None and parent is not stop:
        out.append(parent)
        parent = parent.getparent()
    return out


def _write_table(table: Any, numbering: _Numbering, writer: _Writer) -> None:
    rows: list[list[str]] = []
    for row in table.iterchildren(_w("tr")):
        cells: list[str] = []
        for cell in row.iterchildren(_w("tc")):
            merge = cell.find(f"{_w('tcPr')}/{_w('vMerge')}")
            continued = merge is not None and merge.get(_w("val"), "continue") == "continue"
            cells.append("" if continued else _cell_text(cell, numbering))
        if any(cells):
            rows.append(cells)
    if not rows:
        return
    writer.newline()
    raw_rows: list[tuple[RawCell, ...]] = []
    table_start = writer.length
    for r, cells in enumerate(rows):
        if r:
            writer.write("\n")
        raw: list[RawCell] = []
        for c, cell in enumerate(cells):
            if c:
                writer.write(" | ")
            start = writer.write(cell)
            raw.append(RawCell(text=cell, start=start, end=start + len(cell)))
        raw_rows.append(tuple(raw))
    writer.tables.append(RawTable(rows=tuple(raw_rows), start=table_start, end=writer.length))
