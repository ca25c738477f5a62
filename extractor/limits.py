"""Resource limits: one table of how big, how deep and how long one document may be.

A plan is tens of kilobytes, a few hundred list items, a hundred PDF pages. The limits sit far
above that and far below what a crafted file needs to hang a batch or eat the machine (issue 10:
a 2.8 MB DOCX holding 190 MB of ``document.xml``; a list counting from 200,000,000 in letters;
an ``lvlText`` of ``%1`` × 100,000; a Chinese-counting start of 10⁴⁰⁰⁰; a 50 MB web page).
A document over a limit gets a one-line ``ReadError`` that names the limit and how to raise it
(``--limit NAME=VALUE``); the batch goes on.

>>> Limits().pdf_pages
2000
>>> Limits().raised({"pdf_pages": 5000}).pdf_pages
5000
>>> parse_limit("xml_part_bytes=64M")
('xml_part_bytes', 67108864)
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from extractor.errors import ReadError

_MIB = 2**20


def _limit(default: float, unit: str, what: str) -> Any:
    return field(default=default, metadata={"unit": unit, "what": what})


@dataclass(frozen=True)
class Limits:
    """The limits in force for one batch. Field order is the table's order in ``--help``."""

    file_bytes: int = _limit(64 * _MIB, "bytes", "size of one input file")
    html_bytes: int = _limit(16 * _MIB, "bytes", "size of one web page (trafilatura is slow)")
    archive_bytes: int = _limit(200 * _MIB, "bytes", "a .docx archive, all members unpacked")
    xml_part_bytes: int = _limit(32 * _MIB, "bytes", "one XML part of a .docx, unpacked")
    list_counter: int = _limit(100_000, "", "value of a Word list counter (start + items)")
    level_text_chars: int = _limit(64, "chars", "a Word numbering level's lvlText template")
    label_chars: int = _limit(200, "chars", "a numbering label as written out (第一百条、)")
    document_chars: int = _limit(40_000_000, "chars", "text of one document after reading")
    pdf_pages: int = _limit(2000, "pages", "pages of one PDF")
    memory_bytes: int = _limit(1024 * _MIB, "bytes", "address space of a batch worker")
    timeout: float = _limit(30.0, "s", "processor seconds per document in a batch (0: no limit)")

    def raised(self, changes: Mapping[str, float]) -> Limits:
        """A copy with some limits changed (names as in the table)."""
        values: dict[str, Any] = dict(changes)
        return dataclasses.replace(self, **values)

    def describe(self) -> list[str]:
        """One line per limit: name, value, unit, what it bounds."""
        out = []
        for f in dataclasses.fields(self):
            value = getattr(self, f.name)
            unit = f.metadata["unit"]
            shown = _human(value) if unit == "bytes" else _number(value)
            out.append(
                f"{f.name}={shown}{' ' + unit if unit and unit != 'bytes' else ''}: "
                f"{f.metadata['what']}"
            )
        return out


DEFAULT_LIMITS = Limits()
NAMES = tuple(f.name for f in dataclasses.fields(Limits))


def over_limit(name: str, limit: str, actual: float, bound: float, what: str) -> ReadError:
    """The one-line error for document ``name`` over ``limit``.

    >>> e = over_limit("a.docx", "xml_part_bytes", 3 * 2**20, 2**20, "word/document.xml")
    >>> str(e).split(";")[0]
    'a.docx: over the limit xml_part_bytes (word/document.xml is 3 MiB, the limit 1 MiB)'
    """
    unit = Limits.__dataclass_fields__[limit].metadata["unit"]
    if unit == "bytes":
        shown, cap = _human(actual), _human(bound)
    else:
        suffix = f" {unit}" if unit else ""
        shown, cap = _number(actual) + suffix, _number(bound) + suffix
    return ReadError(
        f"{name}: over the limit {limit} ({what} is {shown}, the limit {cap}); "
        f"raise it with --limit {limit}=N if the file is trusted"
    )


_SUFFIXES = {"k": 2**10, "m": 2**20, "g": 2**30}


def parse_limit(text: str) -> tuple[str, float]:
    """``NAME=VALUE`` from the command line; VALUE may end in K, M or G (binary)."""
    name, sep, value = text.partition("=")
    name = name.strip()
    if not sep or name not in NAMES:
        raise ValueError(f"unknown limit {name!r}; known: {', '.join(NAMES)}")
    value = value.strip()
    scale = _SUFFIXES.get(value[-1:].lower(), 1)
    number = value[:-1] if scale != 1 else value
    kind = type(getattr(DEFAULT_LIMITS, name))
    try:
        parsed = float(number) * scale
    except ValueError:
        raise ValueError(f"limit {name}: {value!r} is not a number") from None
    if parsed < 0:
        raise ValueError(f"limit {name}: must not be negative")
    return name, int(parsed) if kind is int else parsed


def _number(n: float) -> str:
    """``12``, ``0.5``, or ``about 10^4000`` for an integer too long to show."""
    if isinstance(n, int) and abs(n) >= 10**15:
        return f"about 10^{int(math.log10(abs(n)))}"
    return f"{n:g}" if isinstance(n, float) else str(n)


def _human(n: float) -> str:
    for unit, size in (("GiB", 2**30), ("MiB", 2**20), ("KiB", 2**10)):
        if n >= size:
            return (
                f"{n / size:.0f} {unit}"
                if n % size == 0 or n >= 10 * size
                else (f"{n / size:.1f} {unit}")
            )
    return f"{n:.0f} bytes"
