"""Source text as HTML with marked spans, every character escaped, overlaps split cleanly.

A ``Mark`` is a ``<span>`` over ``[start, end)``. Marks may nest or cross; the
output is always well nested: a mark of a lower ``rank`` stays outside marks of
a higher rank (items outside agencies), and a mark that crosses another is
closed and reopened around it. Only the first piece carries the mark's ``id``,
so a link lands on the start of the span; every piece carries its classes and
data attributes, so a script can light up the whole span.
"""

from __future__ import annotations

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
    if mark.focusable:
        parts.append(' tabindex="0"')
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
    keys = {id(m): (m.rank, m.start, -m.end, n) for n, m in enumerate(kept)}
    bounds = sorted({0, len(text)} | {m.start for m in kept} | {m.end for m in kept})
    bounds += [p.at for p in points if 0 <= p.at <= len(text)]
    bounds = sorted(set(bounds))
    starts: dict[int, list[Mark]] = {}
    for m in kept:
        starts.setdefault(m.start, []).append(m)
    at_point: dict[int, list[str]] = {}
    for p in points:
        at_point.setdefault(p.at, []).append(p.html)
    active: list[Mark] = []
    stack: list[Mark] = []  # the spans open now, outermost first
    opened: set[int] = set()
    out: list[str] = []
    for i, pos in enumerate(bounds):
        active = [m for m in active if m.end > pos] + starts.get(pos, [])
        wanted = sorted(active, key=lambda m: keys[id(m)])
        keep = 0
        while keep < min(len(stack), len(wanted)) and stack[keep] is wanted[keep]:
            keep += 1
        out.append("</span>" * (len(stack) - keep))
        out += at_point.get(pos, [])
        for m in wanted[keep:]:
            out.append(_open_tag(m, id(m) not in opened))
            opened.add(id(m))
        stack = wanted
        if i + 1 < len(bounds):
            out.append(escape(text[pos : bounds[i + 1]], quote=False))
    out.append("</span>" * len(stack))
    return "".join(out)
