"""What every reader returns."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class RawCell:
    text: str
    start: int  # offsets into RawText.text
    end: int


@dataclass(frozen=True)
class RawTable:
    rows: tuple[tuple[RawCell, ...], ...]
    start: int
    end: int


@dataclass(frozen=True)
class RawText:
    """The text a reader produced, with what it knows about it."""

    text: str
    format: str  # "txt", "pdf", "docx", "html", "doc"
    encoding: str | None = None
    page_starts: tuple[int, ...] = ()  # offsets where pages 2, 3, ... begin
    pages: int | None = None
    tables: tuple[RawTable, ...] = ()
    warnings: tuple[str, ...] = field(default=())
