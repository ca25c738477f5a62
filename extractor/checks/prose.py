"""What the rate, change and direction checks read: the text without its spaces, the
quantities in it, the labels before them, and the arithmetic of written values.

PDF text puts spaces around numbers and wraps lines anywhere (``增加 1062.85`` / ``万元，增长``
/ ``12.08%``, ``决算数比 2023 年度减`` / ``少``). The grammar of these checks is matched on a
*compact* view, the NFKC text with every whitespace character dropped, and every position is
mapped back to the normalised text before a span is built.

Written values stand for intervals (OUTPUT.md, checks): ``12.08%`` is every number that
rounds or truncates to it, ``[12.075, 12.09)``; a count written digit for digit is exact.
"""

from __future__ import annotations

import bisect
import itertools
import operator
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import cached_property
from typing import TypeVar, cast

import regex

from extractor.facts import Analysis, QuantityMatch
from extractor.frozen import quick_init
from extractor.intervals import half_step
from extractor.tables import rates as T

_SPACE_RUNS = regex.compile(r"(\s+)")  # split keeps the runs: Prose.__init__
# Where a label stops, going back from its number: a clause or sentence break or a cell.
_LABEL_BREAK = regex.compile(r"[,;:。!?|、\n]", regex.REVERSE)
# Where a sentence ends (the compact view keeps only the newlines that end a heading or a
# table row).
_SENTENCE_END = regex.compile(r"[。!?;\n]")
_SENTENCE_END_BACK = regex.compile(r"[。!?;\n]", regex.REVERSE)
_FULL_STOP_BACK = regex.compile(r"[。!?\n]", regex.REVERSE)
_MAX_SENTENCE = 1000  # tables.figures.MAX_SENTENCE_CHARS: text with no stops costs linear time
_MAX_LABEL = 40
# Most amounts one label may name for a share's base to be looked up (the putuo 决算 state
# 本年支出合计 three times: its prose, its 收支总表 and its 财政拨款 table).
MAX_LABELLED = 24
_WRAP = regex.compile(r"[ \t]*\n\s*")
_DIGITS = regex.compile(r"\d[\d,]*(?:\.\d+)?")
_LEADING_ZERO = regex.compile(r"^0\d")
_TAILS = sorted(T.LABEL_TAILS, key=len, reverse=True)
_ZERO = Decimal(0)
_T = TypeVar("_T")
_START = operator.attrgetter("start")  # a sort key that calls no Python function


@quick_init
@dataclass(frozen=True)
class Located:
    """A quantity with its place in the compact view."""

    q: QuantityMatch
    start: int
    end: int


@dataclass(frozen=True)
class Interval:
    """The numbers a written value stands for: ``lo <= x <= hi``."""

    lo: Decimal
    hi: Decimal

    def overlaps(self, other: Interval) -> bool:
        return self.lo <= other.hi and other.lo <= self.hi

    def __sub__(self, other: Interval) -> Interval:
        return Interval(self.lo - other.hi, self.hi - other.lo)

    def ratio(self, other: Interval) -> Interval | None:
        """``self / other`` for a positive ``other``; None when it may be 0 or below."""
        if other.lo <= 0 or self.lo < 0:
            return None
        return Interval(self.lo / other.hi, self.hi / other.lo)

    def scaled(self, k: Decimal) -> Interval:
        return Interval(self.lo * k, self.hi * k)


class Prose:
    """The compact view of a document's body and its quantities."""

    def __init__(self, a: Analysis) -> None:
        text = a.tm.text
        lo, hi = a.body
        # The body cut at its whitespace runs in one C call, kept runs at the even places and
        # the runs dropped at the odd ones; where each starts, by one accumulate (a Python
        # step per run was a tenth of the checks' time).
        parts = _SPACE_RUNS.split(text[lo:hi])
        starts = list(itertools.accumulate(map(len, parts), initial=lo))
        kept, kept_at = parts[0::2], starts[0::2]
        pieces: list[str] = []
        # Compact offset where each run of kept characters starts, and the normalised offset
        # it came from; both sorted.
        n_at: list[int] = []
        done = 0  # the kept runs already in ``pieces``
        for j, newline in self._hard_breaks(a, parts, starts[1:-1:2]):
            # a line break kept after the ``j``th kept run: the runs up to it, then the break
            pieces += kept[done : j + 1]
            n_at += kept_at[done : j + 1]
            pieces.append("\n")
            n_at.append(newline)
            done = j + 1
        pieces += kept[done:]
        n_at += kept_at[done:]
        if pieces and not pieces[-1]:  # the body ends in a space
            del pieces[-1], n_at[-1]
        if pieces and not pieces[0]:  # the body starts with one
            del pieces[0], n_at[0]
        self._n_at = n_at
        self._c_at = list(itertools.accumulate(map(len, pieces), initial=0))[:-1]
        self.text = "".join(pieces)
        self.analysis = a
        located = self._locate(a.quantities, lo, hi)
        located.sort(key=_START)
        self._derived: dict[Callable[[Prose], object], object] = {}
        self.quantities: tuple[Located, ...] = tuple(located)
        self._starts = [x.start for x in located]

    def _locate(self, quantities: Iterable[QuantityMatch], lo: int, hi: int) -> list[Located]:
        """The quantities inside ``[lo, hi)`` with their compact offsets. Most lie within one
        run of kept characters: one bisect serves both ends (a twentieth of the checks' time
        on number-dense text)."""
        n_at, c_at = self._n_at, self._c_at
        run_ends = [*c_at[1:], len(self.text)]  # where each run ends in the compact view
        last = len(n_at) - 1
        compact = self.compact
        out = []
        for q in quantities:
            s, e = q.start, q.end - 1
            if s < lo or q.end > hi:
                continue
            k = bisect.bisect_right(n_at, s) - 1
            if k < 0 or (k < last and e >= n_at[k + 1]):
                out.append(Located(q, compact(s), compact(e) + 1))  # the two ends in two runs
                continue
            c, run_len = c_at[k], run_ends[k] - c_at[k]
            head, tail = s - n_at[k], e - n_at[k]  # offsets into the run, clamped to it below
            head, tail = (
                (head if head < run_len else run_len),
                (tail if tail < run_len else run_len),
            )
            out.append(Located(q, c + head, c + tail + 1))
        return out

    @staticmethod
    def _hard_breaks(a: Analysis, parts: list[str], run_starts: list[int]) -> list[tuple[int, int]]:
        """(``j``, where its newline stands) for each run of spaces ``j`` (``parts[2j+1]``,
        starting at ``run_starts[j]``) whose line break stays: a PDF wraps lines anywhere
        (年 / 初预算为), but a heading's words are not a label of the text after it, nor a
        table row's. The run's first newline stands for it."""
        text, (lo, hi) = a.tm.text, a.body
        found: dict[int, int] = {}
        for end in a.heading_ends:  # a run that starts where a heading ends
            j = bisect.bisect_left(run_starts, end)
            if j < len(run_starts) and run_starts[j] == end:
                newline = parts[2 * j + 1].find("\n")
                if newline >= 0:
                    found[j] = end + newline
        # a line holding a cell mark: the first newline after its mark, from the line of ``lo``
        bar = text.find("|", text.rfind("\n", 0, lo) + 1, hi)
        while bar >= 0:
            newline = text.find("\n", bar, hi)
            if newline < 0:
                break
            found[bisect.bisect_right(run_starts, newline) - 1] = newline
            bar = text.find("|", newline, hi)
        return sorted(found.items())

    # ---- offsets -------------------------------------------------------------------------

    def compact(self, n: int) -> int:
        """The compact offset of normalised offset ``n`` (a dropped space maps to the next
        kept character)."""
        n_at, c_at = self._n_at, self._c_at
        k = bisect.bisect_right(n_at, n) - 1
        if k < 0:
            return 0
        c = c_at[k]
        run_len = (c_at[k + 1] if k + 1 < len(c_at) else len(self.text)) - c
        offset = n - n_at[k]
        return c + (offset if offset < run_len else run_len)

    def derived(self, make: Callable[[Prose], _T]) -> _T:
        """``make(self)``, made once: several checks read the same statements of a document."""
        if make not in self._derived:
            self._derived[make] = make(self)
        return cast(_T, self._derived[make])

    def normal(self, c: int) -> int:
        """The normalised offset of compact offset ``c``."""
        k = bisect.bisect_right(self._c_at, c) - 1
        if k < 0:
            return self.analysis.body[0]
        return self._n_at[k] + c - self._c_at[k]

    def normal_end(self, c: int) -> int:
        """The normalised end offset of a compact range ending at ``c`` (exclusive)."""
        return self.normal(c - 1) + 1 if c > 0 else self.analysis.body[0]

    def words(self, start: int, end: int) -> str:
        """The document's own words for compact ``[start, end)``, with the line breaks a PDF
        put inside them taken out."""
        said = self.analysis.tm.source(self.normal(start), self.normal_end(end))
        return _WRAP.sub("", said).strip()

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Normalised ``(start, end)`` of compact ``[start, end)``."""
        return self.normal(start), self.normal_end(end)

    # ---- quantities ----------------------------------------------------------------------

    def at(self, c: int) -> Located | None:
        """The quantity that starts at compact offset ``c``."""
        k = bisect.bisect_left(self._starts, c)
        if k < len(self._starts) and self._starts[k] == c:
            return self.quantities[k]
        return None

    def ending_at(self, c: int) -> Located | None:
        """The quantity that ends at compact offset ``c``."""
        k = bisect.bisect_left(self._starts, c) - 1
        while k >= 0 and self.quantities[k].end > c:
            k -= 1
        if k >= 0 and self.quantities[k].end == c:
            return self.quantities[k]
        return None

    def between(self, start: int, end: int) -> Iterator[Located]:
        """Quantities inside compact ``[start, end)``, in order."""
        k = bisect.bisect_left(self._starts, start)
        while k < len(self.quantities) and self.quantities[k].start < end:
            if self.quantities[k].end <= end:
                yield self.quantities[k]
            k += 1

    # ---- sentences and labels ------------------------------------------------------------

    def sentence_start(self, c: int, floor: int = 0, *, full: bool = False) -> int:
        """Where the sentence around compact ``c`` starts: after the last ``。!?;`` (with
        ``full``, after the last ``。!?``: a list whose parts ``;`` separates is one sentence)."""
        back = _FULL_STOP_BACK if full else _SENTENCE_END_BACK
        lo = max(floor, c - _MAX_SENTENCE)
        m = back.search(self.text, lo, c)
        return m.end() if m else lo

    def sentence_end(self, c: int) -> int:
        m = _SENTENCE_END.search(self.text, c, c + _MAX_SENTENCE)
        return m.start() if m else min(len(self.text), c + _MAX_SENTENCE)

    def label_start(self, x: Located, floor: int = 0) -> int:
        return self.clause_start(x.start, floor)

    def clause_start(self, c: int, floor: int = 0) -> int:
        """Where the words before compact ``c`` start: after the last clause break."""
        lo = max(floor, c - _MAX_LABEL)
        m = _LABEL_BREAK.search(self.text, lo, c)
        return m.end() if m else lo

    @cached_property
    def _reversed_labels(self) -> tuple[list[str], list[int]]:
        """Every quantity's label reversed, sorted: the labels ending with a suffix are one
        range of it."""
        pairs = sorted((self.label(x)[::-1], k) for k, x in enumerate(self.quantities))
        return [r for r, _ in pairs], [k for _, k in pairs]

    def labelled(self, suffix: str) -> list[Located] | None:
        """Quantities whose label ends with ``suffix`` (``本年支出合计``), in order; None when
        more than ``MAX_LABELLED`` are (a label that common names no one amount)."""
        if not suffix:
            return []
        keys, order = self._reversed_labels
        rev = suffix[::-1]
        lo = bisect.bisect_left(keys, rev)
        hi = bisect.bisect_left(keys, rev + "\U0010ffff", lo)
        if hi - lo > MAX_LABELLED:
            return None
        return [self.quantities[k] for k in sorted(order[lo:hi])]

    def label(self, x: Located, floor: int = 0) -> str:
        """The words before a quantity back to the last clause break, without the link word:
        ``一般公共预算财政拨款支出年初预算为0万元`` -> ``一般公共预算财政拨款支出年初预算``."""
        return strip_tail(self.text[self.label_start(x, floor) : x.start])


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal words, longer first."""
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


def strip_tail(label: str) -> str:
    """``全年预算为`` -> ``全年预算``; ``决算数:`` -> ``决算数``."""
    for tail in _TAILS:
        if label.endswith(tail) and len(label) > len(tail):
            return label[: -len(tail)]
    return label


# ---- written values ------------------------------------------------------------------------


def clean(q: QuantityMatch, text: str) -> bool:
    """A value the checks may compare: exact (no 约, 余, 以上…, not a range) and not a number
    that lost its decimal point (``每立方米02元`` is 0.2 written without its point)."""
    if q.value is None or q.qualifier is not None:
        return False
    if text[q.start] not in "0-+":
        return True  # no leading zero: the common case, no slice and no regex
    return not _LEADING_ZERO.match(text[q.start : q.end].lstrip("-+"))


def clean_all(prose: Prose, xs: Sequence[Located | None]) -> bool:
    text = prose.analysis.tm.text
    return all(x is not None and clean(x.q, text) for x in xs)


def interval(q: QuantityMatch) -> Interval:
    """Every number that rounds or truncates to the written value: ``12.08%`` ->
    ``[12.075, 12.09]``; ``2686户`` -> ``[2686, 2686]``.

    >>> from extractor.facts import QuantityMatch
    >>> interval(QuantityMatch(0, 6, Decimal("12.08"), "%", "percent", precision=Decimal("0.01")))
    Interval(lo=Decimal('12.075'), hi=Decimal('12.090'))
    """
    assert q.value is not None
    h = half_step(q)
    step = h * 2
    if q.value >= 0:
        return Interval(q.value - h, q.value + step)
    return Interval(q.value - step, q.value + h)


def point(q: QuantityMatch) -> Interval:
    """The written value itself, for the figure a message shows."""
    assert q.value is not None
    return Interval(q.value, q.value)


def plain(value: Decimal, places: int = 2) -> str:
    """``Decimal('12.0833')`` -> ``12.08``; ``Decimal('100.000')`` -> ``100``."""
    text = format(value.quantize(Decimal(1).scaleb(-places)), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text or "0"


def amount(prose: Prose, x: Located) -> str:
    """The amount as written, in the document's words: ``307.82万元``."""
    return prose.analysis.tm.source(x.q.start, x.q.end).strip()


def like_written(p: Prose, value: Decimal, like: Located) -> str:
    """``value`` written the way ``like`` is: 10628500 like ``1062.85万元`` -> ``1062.85万元``."""
    written = amount(p, like)
    m = _DIGITS.search(written)
    if m is None or like.q.value is None:
        return plain(value, 4)
    number = Decimal(m.group().replace(",", ""))
    scale = like.q.value / number if number else Decimal(1)
    return plain(value / scale, 4) + written[m.end() :].strip()


def ends_with_any(label: str, words: Sequence[str]) -> str | None:
    """The longest of ``words`` that ``label`` ends with."""
    best = None
    for w in words:
        if label.endswith(w) and (best is None or len(w) > len(best)):
            best = w
    return best


def percent_of(num: Interval, den: Interval) -> Interval | None:
    r = num.ratio(den)
    return r.scaled(Decimal(100)) if r is not None else None


def mid(i: Interval) -> Decimal:
    return (i.lo + i.hi) / 2


def is_zero(i: Interval) -> bool:
    return i.lo <= _ZERO <= i.hi
