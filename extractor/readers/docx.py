"""DOCX: body paragraphs and tables in order, with Word's automatic numbering written in.

A Chinese plan's `一、` `（一）` `1.` often live in ``numbering.xml``, not in the text, so
plain python-docx loses the outline. Here each numbered paragraph gets the label Word shows:
the level's ``lvlText`` (`%1、`, `（%1）`, `第%1条`, `%1.%2`) with every ``%n`` written in
its level's ``numFmt`` (tables/docx_numbering.py). Counters follow Word: instances sharing an
abstract definition continue one list, ``startOverride`` restarts it, and a level restarts
when a higher level is used (``lvlRestart`` can change that).

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
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import regex

from extractor.errors import ReadError
from extractor.limits import DEFAULT_LIMITS, Limits, over_limit
from extractor.readers.base import RawCell, RawTable, RawText
from extractor.tables import docx_numbering as fmt

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def _w(tag: str) -> str:
    return f"{{{_W}}}{tag}"


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
_LABEL_ENDS_IN_PUNCTUATION = regex.compile(r"[\p{P}\p{S}\p{No}]$")  # 、 ） . ①
_LEVEL_REF = regex.compile(r"%([1-9])")
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
# Numbering


@dataclass(frozen=True)
class _Level:
    start: int
    format: str
    text: str | None  # lvlText; None when absent
    restart: int | None  # lvlRestart: None = after any higher level; 0 = never
    legal: bool  # isLgl: every %n in decimal
    suffix: str


def _val(element: Any, tag: str) -> str | None:
    child = element.find(_w(tag)) if element is not None else None
    return None if child is None else child.get(_w("val"))


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _parse_level(lvl: Any) -> _Level:
    restart = _val(lvl, "lvlRestart")
    legal = lvl.find(_w("isLgl"))
    return _Level(
        start=_int(_val(lvl, "start"), 0),
        format=_val(lvl, "numFmt") or "decimal",
        text=_val(lvl, "lvlText"),
        restart=None if restart is None else _int(restart, 0),
        legal=legal is not None and legal.get(_w("val"), "true") not in ("0", "false", "off"),
        suffix=_val(lvl, "suff") or "tab",
    )


class _Numbering:
    """numbering.xml plus the counters of the lists met so far."""

    def __init__(self, numbering: Any, styles: Any, name: str, limits: Limits) -> None:
        self.name = name
        self.limits = limits
        self.abstract: dict[str, dict[int, _Level]] = {}
        self.style_links: dict[str, str] = {}  # abstractNum id -> numStyleLink style
        self.nums: dict[str, tuple[str, dict[int, int], dict[int, _Level]]] = {}
        self.styles: dict[str, tuple[str | None, str | None, str | None]] = {}
        self.counters: dict[str, dict[int, int]] = {}
        self.started: set[str] = set()
        if numbering is not None:
            for node in numbering.iterchildren(_w("abstractNum")):
                key = node.get(_w("abstractNumId"))
                self.abstract[key] = {
                    _int(lvl.get(_w("ilvl")), 0): _parse_level(lvl)
                    for lvl in node.iterchildren(_w("lvl"))
                }
                link = _val(node, "numStyleLink")
                if link:
                    self.style_links[key] = link
            for node in numbering.iterchildren(_w("num")):
                starts: dict[int, int] = {}
                levels: dict[int, _Level] = {}
                for override in node.iterchildren(_w("lvlOverride")):
                    ilvl = _int(override.get(_w("ilvl")), 0)
                    start = _val(override, "startOverride")
                    if start is not None:
                        starts[ilvl] = _int(start, 1)
                    lvl = override.find(_w("lvl"))
                    if lvl is not None:
                        levels[ilvl] = _parse_level(lvl)
                self.nums[node.get(_w("numId"))] = (
                    _val(node, "abstractNumId") or "",
                    starts,
                    levels,
                )
        if styles is not None:
            for style in styles.iterchildren(_w("style")):
                num_pr = style.find(f"{_w('pPr')}/{_w('numPr')}")
                self.styles[style.get(_w("styleId"))] = (
                    _val(num_pr, "numId"),
                    _val(num_pr, "ilvl"),
                    _val(style, "basedOn"),
                )

    def _style_numbering(self, style_id: str | None) -> tuple[str | None, str | None]:
        seen: set[str] = set()
        while style_id and style_id not in seen:
            seen.add(style_id)
            num_id, ilvl, based_on = self.styles.get(style_id, (None, None, None))
            if num_id is not None:
                return num_id, ilvl
            style_id = based_on
        return None, None

    def _levels(self, abstract_id: str) -> dict[int, _Level]:
        levels = self.abstract.get(abstract_id, {})
        link = self.style_links.get(abstract_id)
        if not any(level.text is not None for level in levels.values()) and link:
            num_id, _ = self._style_numbering(link)
            if num_id in self.nums and self.nums[num_id][0] != abstract_id:
                return self.abstract.get(self.nums[num_id][0], levels)
        return levels

    def label(self, paragraph: Any) -> str:
        """The label Word shows before this paragraph ('' if none), advancing the counters."""
        p_pr = paragraph.find(_w("pPr"))
        num_pr = p_pr.find(_w("numPr")) if p_pr is not None else None
        num_id = _val(num_pr, "numId")
        ilvl_text = _val(num_pr, "ilvl")
        if num_id is None:
            style_num, style_ilvl = self._style_numbering(_val(p_pr, "pStyle"))
            num_id = style_num
            ilvl_text = ilvl_text or style_ilvl
        if num_id is None or num_id == "0" or num_id not in self.nums:
            return ""
        abstract_id, starts, override_levels = self.nums[num_id]
        levels = {**self._levels(abstract_id), **override_levels}
        ilvl = _int(ilvl_text, 0)
        level = levels.get(ilvl)
        if level is None:
            return ""
        counters = self.counters.setdefault(abstract_id, {})
        if num_id not in self.started:
            self.started.add(num_id)
            for restarted, start in starts.items():
                counters[restarted] = start - 1
        for deeper in [k for k in counters if k > ilvl]:
            rule = levels[deeper].restart if deeper in levels else None
            if rule is None or (rule > 0 and ilvl <= rule - 1):
                del counters[deeper]
        counters[ilvl] = counters.get(ilvl, level.start - 1) + 1
        if level.format == "none" or not level.text:
            return ""
        if level.format == "bullet":
            return ""  # a bullet glyph (often a private-use Symbol character) is not outline
        limits = self.limits
        if len(level.text) > limits.level_text_chars:
            raise over_limit(
                self.name, "level_text_chars", len(level.text), limits.level_text_chars, "a lvlText"
            )

        def number(match: regex.Match[str]) -> str:
            k = int(match.group(1)) - 1
            other = levels.get(k)
            value = counters.get(k, other.start if other else 1)
            if abs(value) > limits.list_counter:
                raise over_limit(
                    self.name, "list_counter", abs(value), limits.list_counter, "a list counter"
                )
            name = "decimal" if (level.legal and k != ilvl) or other is None else other.format
            return format_number(value, name)

        label = _LEVEL_REF.sub(number, level.text)
        if len(label) > limits.label_chars:
            raise over_limit(
                self.name, "label_chars", len(label), limits.label_chars, "a numbering label"
            )
        if not label:
            return ""
        separator = fmt.SUFFIX_SEPARATOR.get(level.suffix, " ")
        if _LABEL_ENDS_IN_PUNCTUATION.search(label):
            separator = ""
        return label + separator


def format_number(value: int, name: str) -> str:
    """Write a counter the way Word's ``numFmt`` named ``name`` does.

    >>> [format_number(n, "chineseCounting") for n in (1, 10, 11, 20, 101)]
    ['一', '十', '十一', '二十', '一百零一']
    >>> format_number(3, "decimalEnclosedCircle"), format_number(2, "ideographTraditional")
    ('③', '乙')
    >>> format_number(14, "upperRoman"), format_number(28, "lowerLetter")
    ('XIV', 'bb')
    """
    if name in fmt.SEQUENCES:
        sequence = fmt.SEQUENCES[name]
        return sequence[value - 1] if 1 <= value <= len(sequence) else str(value)
    if name in fmt.COUNTING and value >= 0:
        digits, units, short_ten = fmt.COUNTING[name]
        return _counting(value, digits, units, short_ten)
    if name in fmt.DIGITWISE and value >= 0:
        digits = fmt.DIGITWISE[name]
        return "".join(digits[int(d)] for d in str(value))
    if name == "decimalZero":
        return f"{value:02d}"
    if name in ("upperRoman", "lowerRoman") and 0 < value < 4000:
        roman = _roman(value)
        return roman if name == "upperRoman" else roman.lower()
    if name in ("upperLetter", "lowerLetter") and value > 0:
        letter = chr(ord("A") + (value - 1) % 26) * ((value - 1) // 26 + 1)
        return letter if name == "upperLetter" else letter.lower()
    return str(value)


def _roman(value: int) -> str:
    out = []
    for amount, letters in fmt.ROMAN:
        count, value = divmod(value, amount)
        out.append(letters * count)
    return "".join(out)


def _counting(value: int, digits: str, units: tuple[str, ...], short_ten: bool) -> str:
    if value == 0:
        return digits[0]
    if value >= 10**4:
        high, low = divmod(value, 10**4)
        head = _counting(high, digits, units, short_ten) + fmt.TEN_THOUSAND
        if low == 0:
            return head
        gap = fmt.ZERO_IN_COUNTING if low < 1000 else ""
        return head + gap + _counting(low, digits, units, short_ten=False)
    out: list[str] = []
    text = str(value)
    zero_pending = False
    for position, char in enumerate(text):
        power = len(text) - 1 - position
        d = int(char)
        if d == 0:
            zero_pending = bool(out)
            continue
        if zero_pending:
            out.append(fmt.ZERO_IN_COUNTING if digits is fmt.CHINESE_DIGITS else digits[0])
            zero_pending = False
        out.append(digits[d] + units[power])
    result = "".join(out)
    if short_ten and 10 <= value < 20:
        result = result[1:]  # 十一, not 一十一
    return result


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
