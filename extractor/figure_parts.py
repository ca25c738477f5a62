"""Figure parts: the pieces a figure is read from in prose, over the NFKC view of the text.

Quantities of one kind and distinct units stated together become a ``Group`` (``17869户、46818人``);
the words before a total name it (``共有建档立卡贫困人口 17869户`` -> 建档立卡贫困人口); and a list
of ``label value(s)`` parts is read from a position on (labels before the numbers, 称多县2686户, or
after them, 328 户因病致贫), until a sentence end, a separator stronger than its own, a part of
another kind or a unit not among the total's ends it. Which shapes make a whole of these is
extractor/figures.py's job.
"""

from __future__ import annotations

import bisect
import operator
from collections.abc import Sequence

import regex

from extractor.facts import FigurePartMatch, QuantityMatch
from extractor.tables import figures as T

# 共 alone only where it is not a word's part (公共, 共同, 共享…).
_TOTAL_MARKER = regex.compile(
    "|".join(
        regex.escape(m) if m != "共" else r"(?<![公总])共(?![同享建商治赢识产青])"
        for m in T.TOTAL_MARKERS
    )
)
# Where a clause starts: after a sentence end, a separator or a colon.
_CLAUSE_BREAK_BACK = regex.compile(r"[,;:。!?\n]", regex.REVERSE)
_DIGIT = regex.compile(r"[0-9]")
_SPACE_SEP = f" \t\u3000:{T.PART_SEPARATORS}"
_SUMMABLE = ("count", "measure", "money")
_START = operator.attrgetter("start")  # a sort key that calls no Python function
# After a part, these open the part's own breakdown (在职人数小计932人，包括行政在职人数236人…).
_NESTED_MARKER = regex.compile("|".join(map(regex.escape, T.NESTED_MARKERS)))


class Group:
    """Quantities of distinct units stated together: ``17869户、46818人``, ``5459户,19507人``.

    A slotted class, not a frozen dataclass: a number-dense text makes one per number, and
    plain attributes are set in half the time (never changed after)."""

    __slots__ = ("end", "start", "values")

    def __init__(self, values: tuple[QuantityMatch, ...]) -> None:
        self.values = values
        self.start = values[0].start
        self.end = values[-1].end

    @property
    def units(self) -> frozenset[str]:
        return frozenset(q.unit for q in self.values)


# ---- grouping ----------------------------------------------------------------------------


def group_quantities(text: str, quantities: Sequence[QuantityMatch]) -> list[Group]:
    """Join neighbouring quantities of one kind and distinct units (``2686户9256人``)."""
    out: list[Group] = []
    run: tuple[QuantityMatch, ...] = ()  # the group being built: one tuple, no lists per number
    for q in sorted(quantities, key=_START):
        if q.kind not in _SUMMABLE or (q.value is None and q.low is None):
            continue
        if run:
            last = run[-1]
            if (  # the attribute tests first: the glue is sliced only between likely partners
                q.kind == last.kind
                and q.unit != last.unit
                and (len(run) == 1 or q.unit not in [p.unit for p in run])
                and (last.end == q.start or not text[last.end : q.start].strip(T.GROUP_GLUE))
            ):
                run += (q,)
                continue
            out.append(Group(run))
        run = (q,)
    if run:
        out.append(Group(run))
    return out


# ---- labels ------------------------------------------------------------------------------


def _clean_label(raw: str) -> tuple[str, int, int]:
    """Trim separators, lead words and tails (的共) off ``raw``; offsets are within ``raw``."""
    a, b = 0, len(raw)
    while a < b and raw[a] in _SPACE_SEP:
        a += 1
    while b > a and raw[b - 1] in _SPACE_SEP:
        b -= 1
    for lead in T.LABEL_LEAD_TRIM:
        if raw.startswith(lead, a, b) and b - a > len(lead):
            a += len(lead)
            while a < b and raw[a] in _SPACE_SEP:
                a += 1
            break
    for tail in T.LABEL_TAIL_TRIM:
        if raw.endswith(tail, a, b) and b - a > len(tail):
            b -= len(tail)
            break
    return raw[a:b], a, b


def _ends_sentence(text: str, start: int, end: int) -> bool:
    """A sentence ends in ``text[start:end]``. A newline inside a long line that does not end
    in punctuation is a soft wrap (PDF text: ``…、应\n急保障用车0辆``), not an end."""
    for i in range(start, end):
        ch = text[i]
        if ch != "\n":
            if ch in T.SENTENCE_END:
                return True
            continue
        line_start = text.rfind("\n", 0, i) + 1
        soft = (
            i - line_start >= T.MIN_WRAPPED_LINE
            and i > 0
            and regex.match(r"[\p{Han}\w、,]", text[i - 1])
            and i + 1 < len(text)
            and not text[i + 1].isspace()
        )
        if not soft:
            return True
    return False


def _is_part_label(label: str) -> bool:
    return (
        0 < len(label) <= T.MAX_LABEL_CHARS
        and not _DIGIT.search(label)
        and not any(w in label for w in T.NOT_PART_WORDS)
        and label not in T.TOTAL_MARKERS  # 其中甲1户,乙2户,共3户: 共 opens a new total
        and not any(ch in label.replace("\n", "") for ch in T.SENTENCE_END)
    )


def _clause_start(text: str, pos: int, floor: int) -> int:
    """Start of the clause that ends at ``pos`` (after the last , ; : 。 or newline)."""
    if pos <= floor:
        return pos
    lo = max(floor, pos - T.MAX_SENTENCE_CHARS)  # a text with no breaks stays linear
    m = _CLAUSE_BREAK_BACK.search(text, lo, pos)
    return m.end() if m else lo


def _total_label(text: str, g: Group, floor: int, prev_end: int) -> tuple[str, int]:
    """The words naming a total: ``共有建档立卡贫困人口 17869户`` -> 建档立卡贫困人口."""
    a = max(_clause_start(text, g.start, floor), prev_end)
    clause = text[a : g.start]
    markers = list(_TOTAL_MARKER.finditer(clause))
    if markers:
        after = clause[markers[-1].end() :]
        label, la, _ = _clean_label(after)
        if len(label) > 2:
            return label, a + markers[-1].end() + la
    label, la, _ = _clean_label(clause)
    return label, a + la


# ---- parts -------------------------------------------------------------------------------


def _read_parts(
    text: str,
    groups: Sequence[Group],
    pos: int,
    limit: int,
    total: Sequence[QuantityMatch] | None,
) -> list[FigurePartMatch]:
    """Read ``label value(s)`` parts from ``pos`` on, separated by , 、 ;, until the list ends.

    Labels stand before the numbers (称多县2686户) or, when the list starts with a number,
    after them (328 户因病致贫). Every part's units must be among the total's (or, with
    no total, equal to the first part's); every part after the first must be built like it
    (``_parallel_pair``), so a clause that only follows the list (…,新增高速公路2600公里) ends
    it. A part's own breakdown (在职人数小计932人，包括行政在职人数236人、…；) is skipped up to
    the next ``;``: its sub-parts are not parts of this whole. Whether the parts add up is
    never looked at here: that is the check's job.
    """
    first = bisect.bisect_left(groups, pos, key=lambda g: g.start)
    if first == len(groups):
        return []
    units = frozenset(q.unit for q in total) if total is not None else groups[first].units
    head, _, _ = _clean_label(text[pos : groups[first].start])
    label_after = not head
    parts: list[FigurePartMatch] = []
    raws: list[str] = []
    nested = False  # inside a part's own breakdown, until the next ;
    separator: str | None = None  # what joins this list's parts (、 , ;)
    k = first
    stop_at = min(len(groups), first + T.MAX_PARTS)
    while k < stop_at:
        g = groups[k]
        if g.end > limit:
            break
        glue = text[pos : g.start]
        if _ends_sentence(text, pos, g.start) or not g.units <= units:
            break
        if total is None and g.units != units:
            break
        if nested:
            if ";" not in glue:
                pos, k = g.end, k + 1  # a sub-part of the part before
                continue
            nested, separator = False, ";"
        elif parts and _NESTED_MARKER.search(glue):
            nested = True  # 在职人数小计932人，包括…: the parts that follow are its own
            pos, k = g.end, k + 1
            continue
        if label_after:
            if glue.strip(_SPACE_SEP):
                break
            tail_end = g.end
            stop = min(limit, g.end + T.MAX_SENTENCE_CHARS)
            while tail_end < stop and text[tail_end] not in T.PART_SEPARATORS + T.SENTENCE_END:
                tail_end += 1
            raw = text[g.end : tail_end]
            label, la, lb = _clean_label(raw)
            if not _is_part_label(label):
                break
            start, end, next_pos = g.start, g.end + lb, tail_end
        else:
            sep = glue.lstrip(" \t\u3000")[:1]
            if parts and sep not in tuple(T.PART_SEPARATORS):
                break
            if len(parts) == 1 and separator is None:
                separator = sep
            elif parts and separator is not None and _stronger(sep, separator):
                break  # "…、自收自支事业编制人数180人；实有人数小计2768人": the next total
            raw = glue
            label, la, _ = _clean_label(glue)
            if not _is_part_label(label):
                break
            start, end, next_pos = pos + la, g.end, g.end
        if parts and not _parallel_pair(parts[0].label, raws[0], label, raw):
            break
        parts.append(FigurePartMatch(label.replace("\n", ""), g.values, start, end))
        raws.append(raw)
        pos, k = next_pos, k + 1
    return parts


def _stronger(sep: str, than: str) -> bool:
    """; is stronger than , which is stronger than 、."""
    order = {"、": 0, ",": 1, ";": 2}
    return order.get(sep, 0) > order.get(than, 0)


def _parallel_pair(first: str, first_raw: str, label: str, raw: str) -> bool:
    """Whether a part may follow the first one in its list. A part whose label opens with a
    verb of its own (…其中高铁370公里，新增高速公路2600公里; …其中南北山绿化工程43万亩，修复治理
    退化草原517万亩) is the next statement of the text, not a part of the whole; any other
    part is (称多县 / 莫旗, 中央 / 地方)."""
    if not first or not label:
        return False
    verb = next((v for v in T.STATEMENT_VERBS if label.startswith(v)), None)
    return verb is None or first.startswith(verb)
