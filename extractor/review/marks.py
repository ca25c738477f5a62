"""Source text as HTML with marked spans, every character escaped, overlaps split cleanly.

A ``Mark`` is a ``<span>`` over ``[start, end)``. Marks may nest or cross; the
output is always well nested: a mark of a lower ``rank`` stays outside marks of
a higher rank (items outside agencies), and a mark that crosses another is
closed and reopened around it. Only the first piece carries the mark's ``id`` and
its tab stop, so a link lands on the start of the span and the keyboard stops once;
every piece carries its classes and data attributes, so a script can light up the
whole span.
"""

from __future__ import annotations

from bisect import insort
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from html import escape


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    rank: int  # lower ranks wrap higher ones
    classes: str
    attrs: tuple[tuple[str, str], ...] = ()  # values are plain text: escaped here
    id: str | None = None
    focusable: bool = False


@dataclass(frozen=True)
class Point:
    """Markup at one offset with no text of its own (a page marker, an anchor)."""

    at: int
    html: str  # already safe markup, built by the caller with ``escape``


def attr(name: str, value: str) -> str:
    """`` name="value"`` with the value escaped for an attribute.

    >>> attr("title", '"><img onerror=x>')
    ' title="&quot;&gt;&lt;img onerror=x&gt;"'
    """
    return f' {name}="{escape(value, quote=True)}"'


def _open_tag(mark: Mark, first: bool) -> str:
    parts = ["<span", attr("class", mark.classes)]
    if first and mark.id:
        parts.append(attr("id", mark.id))
    parts += [attr(k, v) for k, v in mark.attrs]
    if mark.focusable and first:
        parts.append(' tabindex="0"')  # one tab stop per mark, however many pieces it has
    return "".join(parts) + ">"


def render_marked(text: str, marks: Iterable[Mark], points: Sequence[Point] = ()) -> str:
    """``text`` escaped, with ``marks`` as nested spans and ``points`` inserted.

    >>> render_marked("a<b>c", [Mark(1, 4, 1, "m")])
    'a<span class="m">&lt;b&gt;</span>c'
    >>> render_marked("abcd", [Mark(0, 3, 1, "x", id="x1"), Mark(2, 4, 0, "y")])
    '<span class="x" id="x1">ab</span><span class="y"><span class="x">c</span>d</span>'
    >>> render_marked("ab", [], [Point(1, "<i></i>")])
    'a<i></i>b'
    """
    kept = [m for m in marks if 0 <= m.start < m.end <= len(text)]
    starts: dict[int, list[tuple[tuple[int, int, int, int], Mark]]] = {}
    for n, m in enumerate(kept):
        starts.setdefault(m.start, []).append(((m.rank, m.start, -m.end, n), m))
    at_point: dict[int, list[str]] = {}
    for p in points:
        if 0 <= p.at <= len(text):
            at_point.setdefault(p.at, []).append(p.html)
    bounds = sorted({0, len(text)} | set(starts) | {m.end for m in kept} | set(at_point))
    active: list[tuple[tuple[int, int, int, int], Mark]] = []  # kept sorted: outermost first
    stack: list[Mark] = []  # the spans open now, outermost first
    opened: set[int] = set()  # id() of the marks already opened once
    out: list[str] = []
    for i, pos in enumerate(bounds):
        active = [entry for entry in active if entry[1].end > pos]
        for entry in starts.get(pos, ()):
            insort(active, entry, key=lambda e: e[0])
        keep = 0
        while keep < min(len(stack), len(active)) and stack[keep] is active[keep][1]:
            keep += 1
        out.append("</span>" * (len(stack) - keep))
        out += at_point.get(pos, [])
        for _, m in active[keep:]:
            first = id(m) not in opened  # only the first piece carries the id
            out.append(_open_tag(m, first))
            opened.add(id(m))
        stack = [m for _, m in active]
        if i + 1 < len(bounds):
            out.append(escape(text[pos : bounds[i + 1]], quote=False))
    out.append("</span>" * len(stack))
    return "".join(out)
