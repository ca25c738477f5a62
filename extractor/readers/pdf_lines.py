"""PDF characters grouped into lines, each with the measures paragraph joining needs.

Characters are grouped into lines (pdfplumber's tolerances), keeping the x of the first
character *including* leading spaces, since some producers indent with spaces. A gap next to a
CJK character is a space only when wide (autospace and CJK justification are not). Each line
also records the width of its first unbreakable piece (``贫,639``), against which the line
above is judged full.
"""

from __future__ import annotations

import itertools
import statistics
import unicodedata
from dataclasses import dataclass
from typing import Any

from extractor.tables import pdf_layout as layout


@dataclass
class Line:
    text: str
    x0: float  # first character, leading spaces included
    x1: float
    top: float
    bottom: float
    size: float  # median character size
    lead: float = 0.0  # width of the first piece the layout could not break (_lead_width)


def chars_to_lines(chars: list[dict[str, Any]]) -> list[Line]:
    """Group characters into lines, top to bottom, each left to right."""
    groups: list[list[dict[str, Any]]] = []
    line_top = None
    for char in sorted(chars, key=lambda c: (c["top"], c["x0"])):
        if line_top is None or char["top"] - line_top > layout.Y_TOLERANCE:
            groups.append([])
            line_top = char["top"]
        groups[-1].append(char)
    lines: list[Line] = []
    for group in groups:
        group.sort(key=lambda c: c["x0"])
        parts: list[str] = []
        pending_space = False
        last: dict[str, Any] | None = None
        tracking, wide_tracking = _tracking(group)
        space_gap = layout.X_TOLERANCE + tracking
        for char in group:
            text = char["text"]
            if text.isspace():
                pending_space = True
                continue
            if last is not None and (
                pending_space or _gap_is_space(last, char, space_gap, wide_tracking)
            ):
                parts.append(" ")
            parts.append(text)
            pending_space = False
            last = char
        if not parts:
            continue
        visible = [c for c in group if not c["text"].isspace()]
        lines.append(
            Line(
                text="".join(parts),
                x0=group[0]["x0"],
                x1=visible[-1]["x1"],
                top=min(c["top"] for c in group),
                bottom=max(c["bottom"] for c in group),
                size=statistics.median(c["size"] for c in visible),
                lead=_lead_width(group),
            )
        )
    return lines


def _wide(text: str) -> bool:
    """A CJK character (ideograph, kana, full-width form or CJK punctuation)."""
    return bool(text) and unicodedata.east_asian_width(text[0]) in "WF"


def _gap_is_space(
    left: dict[str, Any], right: dict[str, Any], space_gap: float, wide_tracking: float
) -> bool:
    """Is the gap between two characters of a line (no space character between them) a space?
    Next to CJK text only a wide one is: autospace and CJK justification put gaps there that
    are no spaces (``17869 户``, ``本 文 链 接``); ``wide_tracking`` is what justification
    added to the gaps next to CJK characters on this line."""
    gap = float(right["x0"]) - float(left["x1"])
    if gap <= space_gap:
        return False
    wide = _wide(left["text"]) + _wide(right["text"])
    if not wide:
        return True
    share = layout.CJK_SPACE if wide == 2 else layout.CJK_LATIN_SPACE
    return gap > wide_tracking + share * float(right["size"])


def _lead_width(group: list[dict[str, Any]]) -> float:
    """The width of the line's first unbreakable piece (``贫,639``: no break before a comma,
    none inside Latin text; ``“扶``: none after an opening quote). Layouts break lines only
    where they may, so a line above that ends short of the edge by less than this was full."""
    start: float | None = None
    end = 0.0
    before = ""
    for char in group:
        text = char["text"]
        if text.isspace():
            if start is None:
                continue
            break
        if start is None:
            start = float(char["x0"])
        elif not _no_break(before, text):
            break
        end = float(char["x1"])
        before = text
    return end - start if start is not None else 0.0


def _no_break(before: str, after: str) -> bool:
    """May a line not break between these two characters?"""
    if before[-1] in layout.NO_LINE_END or after[0] in layout.NO_LINE_START:
        return True
    if before[-1] in layout.NO_BREAK_AROUND or after[0] in layout.NO_BREAK_AROUND:
        return True
    if not after.isascii():
        return False
    # Latin text, or Latin text after punctuation (LibreOffice keeps ``系，2018`` together)
    return (before.isascii() or before[-1] in layout.NO_LINE_START) and (
        before[-1] not in layout.LATIN_BREAK_AFTER
    )


def _tracking(group: list[dict[str, Any]]) -> tuple[float, float]:
    """The spacing a justified line adds between its characters (the median gap), over the whole
    line and over the gaps next to CJK characters, which CJK justification widens while a URL
    beside them stays tight: so that a short line stretched to the margin ("本文链接：" before a
    long URL) is not read as spaced out letters; only a gap wider than the line's own is a space."""
    visible = [c for c in group if not c["text"].isspace()]
    if len(visible) < layout.TRACKING_MIN_CHARS:
        return 0.0, 0.0
    gaps: list[float] = []
    wide_gaps: list[float] = []
    for a, b in itertools.pairwise(visible):
        gap = float(b["x0"]) - float(a["x1"])
        gaps.append(gap)
        if _wide(a["text"]) or _wide(b["text"]):
            wide_gaps.append(gap)
    overall = max(0.0, statistics.median(gaps))
    if len(wide_gaps) < layout.TRACKING_MIN_CHARS - 1:
        return overall, overall
    return overall, max(0.0, statistics.median(wide_gaps))
