"""HTML: the main text of a saved web page, one paragraph per line, tables as `` | `` rows.

Bytes are decoded by the byte-order mark, as UTF-8 if they are valid UTF-8, then by the page's
own ``<meta charset>`` (gb2312 and
gbk are read as their superset gb18030), then as the text reader does (UTF-8, else
charset-normalizer among the Chinese encodings). trafilatura then drops navigation, breadcrumb
trails, related-article lists and footers; its XML output keeps paragraphs, list items and
table cells apart, which is what we need to write lines and table rows. The page title it finds
is written as the first line unless the text already starts with it. A page where trafilatura
finds no main text keeps all its visible text, with a warning.
"""

from __future__ import annotations

import codecs
from typing import Any

import regex

from extractor.errors import ReadError
from extractor.limits import DEFAULT_LIMITS, Limits, over_limit
from extractor.readers.base import RawCell, RawTable, RawText
from extractor.readers.txt import decode_text

# <meta charset="gbk"> or <meta http-equiv="Content-Type" content="text/html; charset=gb2312">
_META_CHARSET = regex.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", regex.IGNORECASE
)
_META_WINDOW = 4096  # the HTML spec says the declaration must be in the first 1024 bytes
# Labels pages use for encodings that Python decodes better under a superset.
_SUPERSETS = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "big5": "big5hkscs"}
_SPACES = regex.compile(r"[ \t\u00a0]+")
_BLOCKS = frozenset({"p", "head", "quote", "code", "item", "list", "table", "div"})
# HTML elements that end a line when the page is read without trafilatura.
_HTML_BLOCKS = frozenset(
    {
        "p",
        "div",
        "br",
        "li",
        "tr",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "table",
        "section",
        "article",
        "header",
        "footer",
        "nav",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "blockquote",
        "pre",
        "title",
        "td",
        "th",
    }
)


def read_html(data: bytes, name: str, limits: Limits = DEFAULT_LIMITS) -> RawText:
    """Read a saved web page's main text."""
    if len(data) > limits.html_bytes:
        raise over_limit(name, "html_bytes", len(data), limits.html_bytes, "the web page")
    page, encoding, damage = _decode_html(data, name)
    import trafilatura  # imported on use: it is slow to import

    warnings: list[str] = list(damage)
    xml = trafilatura.extract(
        page,
        output_format="xml",
        include_tables=True,
        include_comments=False,
        include_images=False,
        include_links=False,
        with_metadata=True,
    )
    lines: list[str | list[str]] = []
    if xml:
        from lxml import etree

        root = etree.fromstring(xml.encode("utf-8"))
        main = root.find("main")
        if main is not None:
            _blocks(main, lines)
        title = _clean(root.get("title") or "")
        first = next((line for line in lines if isinstance(line, str)), "")
        if title and not first.startswith(title):
            lines.insert(0, title)
    if not lines:
        lines = [*_visible_lines(page)]
        if not lines:
            raise ReadError(
                f"{name}: the web page has no text; check that it is the saved "
                "article and not a frame or script page"
            )
        warnings.append("no main text found; kept all of the page's text")
    return _assemble(lines, encoding, warnings)


def _decode_html(data: bytes, name: str) -> tuple[str, str, tuple[str, ...]]:
    if not data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-8"), "utf-8", ()  # valid UTF-8 is UTF-8, whatever it says
        except UnicodeDecodeError:
            pass
        match = _META_CHARSET.search(data[:_META_WINDOW])
        if match:
            label = match.group(1).decode("ascii").lower()
            label = _SUPERSETS.get(label, label)
            try:
                return data.decode(label), label, ()
            except (LookupError, UnicodeDecodeError):
                pass  # a wrong or unknown declaration, or damage: detect instead
    return decode_text(data, name)


def _visible_lines(page: str) -> list[str]:
    """All the page's visible text, a line per block element (the fallback)."""
    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.fromstring(
            page.encode("utf-8"),
            parser=lxml.html.HTMLParser(encoding="utf-8", remove_comments=True),
        )
    except (etree.ParserError, ValueError):
        return []
    etree.strip_elements(root, "script", "style", "noscript", "template", with_tail=False)
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag.lower() in _HTML_BLOCKS:
            element.tail = "\n" + (element.tail or "")
    return _split(root.text_content())


def _clean(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def _inline_text(element: Any) -> str:
    """An element's text with ``<lb/>`` as newline."""
    parts: list[str] = [element.text or ""]
    for child in element:
        if child.tag == "lb":
            parts.append("\n")
        else:
            parts.append(_inline_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _blocks(container: Any, lines: list[str | list[str]]) -> None:
    for child in container:
        tag = child.tag
        if tag == "table":
            rows = []
            for row in child.iter("row"):
                cells = [
                    _clean(_inline_text(cell).replace("\n", " "))
                    for cell in row
                    if cell.tag == "cell"
                ]
                if any(cells):
                    rows.append(cells)
            lines.extend(rows)
        elif tag == "list":
            for item in child.iterchildren("item"):
                nested = [c for c in item if c.tag in _BLOCKS]
                if nested:
                    head = _clean(item.text or "")
                    if head:
                        lines.append(head)
                    _blocks(item, lines)
                else:
                    lines.extend(_split(_inline_text(item)))
        elif tag == "graphic":
            continue
        elif any(c.tag in _BLOCKS for c in child):
            _blocks(child, lines)
        else:
            lines.extend(_split(_inline_text(child)))


def _split(text: str) -> list[str]:
    return [line for line in (_clean(x) for x in text.split("\n")) if line]


def _assemble(lines: list[str | list[str]], encoding: str, warnings: list[str]) -> RawText:
    out: list[str] = []
    length = 0
    tables: list[RawTable] = []
    rows: list[tuple[RawCell, ...]] = []
    table_start = 0

    def close_table() -> None:
        if rows:
            tables.append(RawTable(rows=tuple(rows), start=table_start, end=rows[-1][-1].end))
            rows.clear()

    for line in lines:
        if isinstance(line, str):
            close_table()
            out.append(line + "\n")
            length += len(line) + 1
            continue
        if not rows:
            table_start = length
        cells: list[RawCell] = []
        for c, cell in enumerate(line):
            if c:
                out.append(" | ")
                length += 3
            cells.append(RawCell(text=cell, start=length, end=length + len(cell)))
            out.append(cell)
            length += len(cell)
        out.append("\n")
        length += 1
        rows.append(tuple(cells))
    close_table()
    return RawText(
        text="".join(out),
        format="html",
        encoding=encoding,
        tables=tuple(tables),
        warnings=tuple(warnings),
    )
