"""A seeded mutator over real documents, for the batch fuzz run (bench/fuzz_batch.py and the
slow test in tests/test_fuzz_batch.py).

Seeds: the committed seed plan as UTF-8, GBK and UTF-16 text and as UTF-8 and GBK web pages;
a Word document built from it (mutated as bytes, and inside ``word/document.xml`` and
``word/numbering.xml`` so that the XML reaches the parser); a two-page PDF built from it; and,
where ../shared is present, the smallest real PDF and DOCX there. Mutations: flipped bytes,
truncation, a spliced or repeated chunk, inserted random bytes, and NUL or invalid sequences.
"""

from __future__ import annotations

import io
import random
import zipfile
from collections.abc import Iterator
from pathlib import Path

from tests.shared_docs import SHARED, seed_text
from tests.test_readers_docx import _zip

_NUMBERING = (
    '<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    '<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
    '<w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl></w:abstractNum>'
    '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num></w:numbering>'
)


def _docx(text: str) -> bytes:
    import docx

    document = docx.Document()
    for line in text.splitlines()[:80]:
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    data = buffer.getvalue()
    members = _members(data)
    members["word/numbering.xml"] = _NUMBERING.encode()
    return _zip(members)


def _pdf(text: str) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=A4)
    lines = [line[:40] for line in text.splitlines() if line.strip()][:60]
    for page in (lines[:30], lines[30:]):
        c.setFont("STSong-Light", 11)
        y = 800
        for line in page:
            c.drawString(60, y, line)
            y -= 24
        c.showPage()
    c.save()
    return buffer.getvalue()


def _html(text: str, encoding: str) -> bytes:
    body = "".join(f"<p>{line}</p>" for line in text.splitlines()[:80])
    page = (
        f'<html><head><meta charset="{encoding}"><title>计划</title></head><body>'
        f'<div class="nav">首页 | 通知公告</div><div id="content">{body}</div></body></html>'
    )
    return page.encode(encoding)


def _members(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def seeds() -> list[tuple[str, bytes]]:
    """(extension, bytes) of every seed document."""
    text = seed_text()
    short = "\n".join(text.splitlines()[:40]) + "\n"
    out = [
        ("txt", text.encode("utf-8")),
        ("txt", text.encode("gb18030")),
        ("txt", "\ufeff".encode("utf-16-le") + text.encode("utf-16-le")),
        ("html", _html(short, "utf-8")),
        ("html", _html(short, "gbk")),
        ("docx", _docx(short)),
        ("pdf", _pdf(short)),
    ]
    for folder, suffix in (("pdf", ".pdf"), ("docx", ".docx")):
        found = sorted(
            (SHARED / "corpus" / folder).glob(f"*{suffix}"), key=lambda p: p.stat().st_size
        )
        if found and found[0].stat().st_size < 200_000:
            out.append((suffix[1:], found[0].read_bytes()))
    return out


def mutate(data: bytes, rng: random.Random) -> bytes:
    """One to four random edits of ``data``."""
    out = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        if not out:
            break
        kind = rng.randrange(6)
        at = rng.randrange(len(out))
        if kind == 0:
            out[at] = rng.randrange(256)
        elif kind == 1:
            del out[rng.randrange(len(out)) :]
        elif kind == 2:
            width = rng.randint(1, 200)
            out[at:at] = out[rng.randrange(len(out)) :][:width] * rng.randint(1, 20)
        elif kind == 3:
            out[at:at] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 16)))
        elif kind == 4:
            out[at:at] = rng.choice([b"\x00", b"\xff\xfe", b"\xed\xa0\x80", b"\x81", b"\xc0\xaf"])
        else:
            del out[at : at + rng.randint(1, 64)]
    return bytes(out)


def _mutate_inside(data: bytes, rng: random.Random) -> bytes:
    """Mutate one XML member of a Word file and zip it again (the XML then reaches lxml)."""
    members = _members(data)
    xml = [name for name in members if name.endswith(".xml")]
    name = rng.choice([n for n in xml if n in ("word/document.xml", "word/numbering.xml")] or xml)
    members[name] = mutate(members[name], rng)
    return _zip(members)


def cases(count: int, seed: int = 10) -> Iterator[tuple[str, bytes]]:
    """``count`` (file name, bytes) cases, the same for the same ``seed``."""
    rng = random.Random(seed)
    base = seeds()
    for i in range(count):
        kind, data = base[i % len(base)]
        if kind == "docx" and rng.random() < 0.5:
            mutated = _mutate_inside(data, rng)
        else:
            mutated = mutate(data, rng)
        yield f"case{i:05d}.{kind}", mutated


def write_cases(folder: Path, count: int, seed: int = 10) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    n = 0
    for name, data in cases(count, seed):
        (folder / name).write_bytes(data)
        n += 1
    return n
