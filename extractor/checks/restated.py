"""Restated figures: the same labelled quantity stated twice agrees with itself.

A *statement* is a quantity with the name the text gives it: a figure's total (``共有建档立卡贫困
人口 17869户、46818人``), each of its parts (``称多县2686户、9256人`` is that figure for 称多县;
``缺技术90户280人`` is a part of the 称多县 figure), and a number the prose states on its own after
a name (``建档立卡贫困人口2686户9256人未脱贫``, ``顺平县有126个贫困村``). Two statements are the
same quantity when their form says so, never their values: the same name (years, places and
lead words taken off, tables/restated.py), the same scope (the area a part or a section is
about), the same coverage (财政拨款 or all the money), the same time (the years their sentences
give, or none beside the document's current ones) and a unit in common; a part of a whole only
with a part of a whole of that name, or with a number stated on its own. Two numbers stated on
their own pair only when both state a stock (``共有…``, ``…有126个贫困村``, ``资金总额…``) or
name an amount (``一般公共预算支出``, ``帮扶资金``), never within one sentence (a part after
``其中``, a contrast) and never after another year's words (``上年``, ``同期``).
Each statement is then compared with the nearest earlier one of the same quantity, at the
precision each is written to; a hedged number (约, 余, 以上, a range) is compared with nothing.
Tables are compared with the prose by extractor/checks/table_cells.py.
"""

from __future__ import annotations

import bisect
import functools
import heapq
import operator
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal

import regex

from extractor.checks.base import make_check
from extractor.checks.text import scope_at, scope_of, sentence_start, words
from extractor.facts import Analysis, ItemFacts, OutlineNode, QuantityMatch
from extractor.figure_parts import Group, group_quantities
from extractor.frozen import quick_init
from extractor.intervals import half_step, is_exact, within
from extractor.model import Check
from extractor.tables import restated as R

RULE = "restated_figure"
_YEAR = regex.compile(r"(?<!\d)((?:19|20)\d{2})\s*年(?:底|末|初|度)?")
_CLAUSE_BACK = regex.compile(r"[,;:。!?\n|\t]", regex.REVERSE)
_SPACES = regex.compile(r"\s+")
_LEVEL = regex.compile(R.CLASS_LEVEL)
_MARKER = regex.compile(R.ROW_MARKER)
_DIGIT = regex.compile(r"\d")
_HAVE_NAME = regex.compile(rf"{R.HAVE_WORDS}(?P<name>\p{{Han}}{{2,16}})$")
_HAVE_END = regex.compile(rf"{R.HAVE_WORDS}$")
_TOTAL_SAID = regex.compile(R.TOTAL_WORDS)
_LINK_END = regex.compile(R.LINK_WORDS)
_NAME_AFTER_END = regex.compile(R.NAME_AFTER_END)
_HAN = regex.compile(r"\p{Han}")


def _words_of(pattern: str) -> tuple[str, ...]:
    """The words of a table's ``(?:甲|乙)``, without the lookarounds around them."""
    bare = regex.sub(r"\(\?<?[!=]\[[^]]*\]\)", "", pattern)
    if not (bare.startswith("(?:") and bare.endswith(")")):
        raise RuntimeError(f"not a list of words: {pattern}")
    found = tuple(bare[3:-1].split("|"))
    if not all(regex.fullmatch(r"\p{Han}+", w) for w in found):
        raise RuntimeError(f"not a list of plain words: {pattern}")
    return found


# A name ends in a noun of a total or an amount: one endswith, not a regex anchored at the end
# (names hold no line break, so ``$`` never matched before one).
_TOTAL_ENDS = _words_of(R.TOTAL_NOUNS) + _words_of(R.AMOUNT_NOUNS)
if not all("共" in w or "计" in w for w in _words_of(R.TOTAL_WORDS)):
    raise RuntimeError("_total_said looks for 共 or 计 first: every TOTAL_WORDS word needs one")
_NO_YEARS: frozenset[int] = frozenset()
_PLACE = operator.attrgetter("start", "end")  # a sort key that calls no Python function
_OTHER_YEAR = regex.compile("|".join(regex.escape(w) for w in R.OTHER_YEAR_WORDS))
if not all("年" in w or "期" in w for w in R.OTHER_YEAR_WORDS):
    raise RuntimeError(
        "_other_year looks for 年 or 期 first: every OTHER_YEAR_WORDS word needs one"
    )


@quick_init  # one per number the prose states on its own
@dataclass(frozen=True)
class Statement:
    """A quantity and the name the text gives it (see the module docstring)."""

    name: str  # as compared: 建档立卡贫困人口, 缺技术, 贫困村
    whole: str  # the name of the whole it is a part of, "" for a total or a number on its own
    values: tuple[QuantityMatch, ...]
    start: int  # its words and numbers, for the message and the spans
    end: int
    scope: str | None
    coverage: frozenset[str]
    years: frozenset[int]
    figure: int  # the figure it belongs to, -1 for a number on its own
    stock: bool  # a number on its own in the form of a stock (共有…, …有126个贫困村)
    item: int  # where the work item it stands in starts, -1 outside the items
    sentence: int  # where its sentence starts


def name_of(a: Analysis, label: str) -> str:
    """A label as compared: ``2015年称多县建档立卡贫困人口`` -> ``贫困人口``, ``因缺少技术致贫的``
    -> ``缺技术`` (tables/restated.py has the words taken off)."""
    return _name_of(a.scopes, label)


@functools.lru_cache(maxsize=4096)  # the same labels come line after line (投入, 完成)
def _name_of(scopes_written: tuple[str, ...], label: str) -> str:
    name = _YEAR.sub("", _SPACES.sub("", label))
    name = _MARKER.sub("", _LEVEL.sub("", name))
    for marker in R.NAME_MARKERS:
        k = name.rfind(marker)
        if k >= 0 and len(name) - k - len(marker) >= 2:
            name = name[k + len(marker) :]
    scopes = sorted(scopes_written, key=len, reverse=True)
    changed = True
    while changed:
        changed = False
        for lead in (*scopes, *R.NAME_LEADS):
            if name.startswith(lead) and len(name) > len(lead):
                name, changed = name[len(lead) :], True
        for tail in R.NAME_TAILS:
            if name.endswith(tail) and len(name) > len(tail):
                name, changed = name[: -len(tail)], True
    if name.endswith(R.CAUSE_ENDING) and len(name) > len(R.CAUSE_ENDING):
        name = name[: -len(R.CAUSE_ENDING)].removeprefix(R.CAUSE_LEAD)
    for long, short in (*R.SAME_WORDS, *R.SAME_NAMES):
        name = name.replace(long, short)
    return name


def _sentence_start(a: Analysis, pos: int) -> int:
    """Where the sentence of ``pos`` starts, never before the heading above it: in a text
    that lost its line breaks "…特制定石景山区2018年精准扶贫工作计划,具体如下:一、总体要求(一)
    工作目标目前,…其中称多县2686户" is one sentence, and the plan's name is not the year of
    the number (the seed joined, tests/test_quality_floor.py)."""
    start = sentence_start(a.tm.text, pos, a.body[0])
    k = bisect.bisect_right(a.heading_ends, pos) - 1
    return max(start, a.heading_ends[k]) if k >= 0 else start


def _years(a: Analysis, pos: int, label: str = "", s: int | None = None) -> frozenset[int]:
    """The years written before ``pos`` in its sentence (starting at ``s`` when the caller
    has it), and in its label."""
    text = a.tm.text
    s = _sentence_at(a, pos) if s is None else s
    # a year is written with 年: most sentences and labels have none, and need no regex
    found = _YEAR.findall(text, s, pos) if text.find("年", s, pos) >= 0 else []
    found += _YEAR.findall(label) if "年" in label else []
    return frozenset(map(int, found)) if found else _NO_YEARS  # most have none: no generator


def _sentence_at(a: Analysis, pos: int) -> int:
    return _sentence_start(a, pos)


def _other_year(a: Analysis, pos: int, s: int | None = None) -> bool:
    """Whether the sentence before ``pos`` says its number is another year's (上年, 同期)."""
    s = _sentence_at(a, pos) if s is None else s
    text = a.tm.text
    if text.find("年", s, pos) < 0 and text.find("期", s, pos) < 0:
        return False  # every word holds 年 or 期: most sentences need no search
    return _OTHER_YEAR.search(text, s, pos) is not None  # one search, not a slice per word


def _coverage(a: Analysis, pos: int, *names: str) -> frozenset[str]:
    """The coverage words of the headings around ``pos`` and of ``names``."""
    said = list(names)
    node = a.node_at(pos)
    while node is not None:
        said.append(node.heading.title)
        node = node.parent
    joined = "\n".join(said)  # no coverage word holds a line break: in one of them, or none
    return frozenset(w for w in R.COVERAGE_WORDS if w in joined)


def _headings_coverage(
    node: OutlineNode | None, known: dict[int, frozenset[str]]
) -> frozenset[str]:
    """``_coverage`` with no names, for the unit ``node``: its title's words and those of the
    units around it, each unit's remembered in ``known`` (a dense plan has a unit per line)."""
    if node is None:
        return frozenset()
    found = known.get(id(node))
    if found is None:
        title = node.heading.title
        own = frozenset(w for w in R.COVERAGE_WORDS if w in title)
        found = known[id(node)] = own | _headings_coverage(node.parent, known)
    return found


def _item(a: Analysis, pos: int) -> int:
    """Where the work item around ``pos`` starts: an item under a section (``1.开展帮扶。``), not
    a top-level part that has no items (``三、保障措施``)."""
    item = a.item_at(pos)
    return -1 if item is None or item.node.parent is None else item.node.start


def _is_name(a: Analysis, name: str) -> bool:
    """A name that says what is counted: not only where (全县, 称多县) or a change (计划脱贫)."""
    return _is_name_among(a.scopes, name)


@functools.lru_cache(maxsize=4096)  # asked of the same names line after line, as name_of is
def _is_name_among(scopes: tuple[str, ...], name: str) -> bool:
    return (
        2 <= len(name) <= R.MAX_NAME_CHARS
        and name not in R.NAME_LEADS
        and name not in scopes
        and not _DIGIT.search(name)
        and not any(w in name for w in R.NOT_A_STATEMENT)
    )


def _figure_statements(a: Analysis) -> list[Statement]:
    """The totals and parts of the figures read from the prose (a table's are table_cells')."""
    out: list[Statement] = []
    for k, fig in enumerate(a.figures):
        if fig.complete:
            continue
        name = name_of(a, fig.label)
        total = Statement(
            name,
            "",
            fig.total,
            fig.start,
            fig.total[-1].end,
            scope_at(a, fig.start),
            _coverage(a, fig.start, fig.label),
            _years(a, fig.total[0].start, fig.label),
            k,
            False,
            _item(a, fig.start),
            _sentence_at(a, fig.total[0].start),
        )
        if _other_year(a, fig.total[0].start):
            continue
        found = [total]
        for p in fig.parts:
            part = replace(  # where it stands: a figure's parts may run on past a heading
                total,
                values=p.values,
                start=p.start,
                end=p.end,
                scope=scope_at(a, p.start),
                coverage=_coverage(a, p.start, fig.label),
                item=_item(a, p.start),
                sentence=_sentence_at(a, p.start),
            )
            if p.label in a.scopes:  # 称多县2686户: the whole, for that scope
                found.append(replace(part, scope=p.label))
            else:
                found.append(replace(part, name=name_of(a, p.label), whole=name))
        out += [s for s in found if _is_name(a, s.name)]
    return out


def _name_after(text: str, g: Group) -> str | None:
    """The name after a count: ``126个贫困村,`` -> 贫困村."""
    if len(g.values) != 1 or g.values[0].kind != "count":
        return None
    end = g.end
    stop = min(len(text), g.end + R.MAX_NAME_AFTER_CHARS)
    while end < stop and _HAN.match(text, end) and not _NAME_AFTER_END.match(text, end):
        end += 1
    if end == g.end or (end < len(text) and not _NAME_AFTER_END.match(text, end)):
        return None
    return text[g.end : end]


def _in_table(text: str, start: int, end: int) -> bool:
    """Whether the line of ``[start, end)`` is a table row (cells split by | or a tab)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = line_end if line_end >= 0 else len(text)
    return text.find("|", line_start, line_end) >= 0 or text.find("\t", line_start, line_end) >= 0


# Cheap tests before the regexes anchored at the end of a clause, which the regex module tries
# at every position of it (a twentieth of _lone_statements on number-dense text).
def _unlinked(before: str) -> str:
    """``before`` without the link words it ends in: ``支出总计为`` -> ``支出总计``."""
    last = before[-1:]
    if not last or (last.isalnum() and last not in "为是到达"):
        return before  # every link word ends in a space, a colon or one of 为是到达
    return before[: _LINK_END.search(before).start()]  # type: ignore[union-attr]


def _have_end(before: str) -> bool:
    """``before`` ends in a word of having: ``全县共有``."""
    return before.endswith("有") and _HAVE_END.search(before) is not None  # each ends in 有


def _have_name(before: str) -> regex.Match[str] | None:
    """A word of having and the name after it at the end of ``before``: ``全县共有贫困村``."""
    return _HAVE_NAME.search(before) if "有" in before else None


def _total_said(before: str) -> bool:
    """``before`` says its number is a total: ``2018年共安排对口帮扶资金``."""
    # every word holds 共 or 计 (checked above): most clauses need no search
    return ("共" in before or "计" in before) and _TOTAL_SAID.search(before) is not None


def _lone_statements(a: Analysis, taken: set[int]) -> list[Statement]:
    """Numbers the prose states on their own after a name, or a count before one."""
    text = a.tm.text
    # the figures stage's groups: grouping the quantities again was a tenth of this check
    groups: Sequence[Group] | None = a.groups
    if groups is None:
        body = a.quantities
        groups = group_quantities(text, [q for q in body if a.body[0] <= q.start < a.body[1]])
    out: list[Statement] = []
    # by unit (the headings around give them): its scope and coverage
    about: dict[int, tuple[str | None, frozenset[str]]] = {}
    coverage_in: dict[int, frozenset[str]] = {}
    # by the words before a number: their name if it says what is counted, and whether it
    # names an amount (a dense plan repeats its labels line after line: one look-up, no regex)
    named: dict[str, tuple[str, bool] | None] = {}
    scopes = a.scopes
    tabbed = "|" in text or "\t" in text  # no cell mark at all: no line is a table row
    leaf: OutlineNode | None = None
    in_item: ItemFacts | None = None
    for g in groups:
        g_start, g_end = g.start, g.end
        if g_start in taken or (tabbed and _in_table(text, g_start, g_end)):
            continue
        lo = max(a.body[0], g_start - R.MAX_NAME_CHARS)
        m = _CLAUSE_BACK.search(text, lo, g_start)
        if m is None and lo > a.body[0]:
            continue  # no clause starts near: no name to read
        start = m.end() if m else lo
        before = _unlinked(text[start:g_start])
        end = g_end
        after = _name_after(text, g) if _have_end(before) else None
        have = None
        if after is not None:
            label = after
        else:
            have = _have_name(before)
            label = have.group("name") if have else before
        if label in named:
            known = named[label]
        else:
            name = _name_of(scopes, label)
            known = named[label] = (
                (name, name.endswith(_TOTAL_ENDS)) if _is_name_among(scopes, name) else None
            )
        if known is None:
            continue
        name, total_name = known
        at = _sentence_start(a, g_start)  # found once for the three that read it
        # most sentences hold no 年: no other year's words and no year, with one find, no call
        dated = text.find("年", at, g_start) >= 0
        if (dated or text.find("期", at, g_start) >= 0) and _other_year(a, g_start, at):
            continue
        if after is not None:
            stock, end = True, g_end + len(after)
        else:
            stock = have is not None or total_name or _total_said(before)
        # a number-dense plan has a work item per line and several numbers in it: the unit and
        # the item of the number before are this one's when they hold it (a leaf holds no
        # other unit, and items never overlap), with no bisect for each
        if leaf is None or not leaf.start <= g_start < leaf.end:
            leaf = a.node_at(g_start)
        node = leaf
        if leaf is not None and leaf.children:
            leaf = None
        if in_item is None or not in_item.node.start <= g_start < in_item.node.end:
            in_item = a.item_at(g_start)
        item = -1 if in_item is None or in_item.node.parent is None else in_item.node.start
        unit = about.get(id(node))
        if unit is None:
            unit = about[id(node)] = (scope_of(node), _headings_coverage(node, coverage_in))
        scope = (next((s for s in scopes if s in before), None) if scopes else None) or unit[0]
        years = _years(a, g_start, before, at) if dated or "年" in before else _NO_YEARS
        out.append(
            Statement(name, "", g.values, start, end, scope, unit[1], years, -1, stock, item, at)
        )
    return out


def statements(a: Analysis) -> list[Statement]:
    """Every statement of the text, in document order."""
    figures = _figure_statements(a)
    taken = {q.start for s in figures for q in s.values}
    taken |= {q.start for f in a.figures for q in f.total}
    taken |= {q.start for f in a.figures for p in f.parts for q in p.values}
    return sorted(figures + _lone_statements(a, taken), key=_PLACE)


def _current(a: Analysis) -> frozenset[int]:
    """The years a statement with no year of its own speaks of: the document's and the one
    before it (a 2018 plan states the poor households 截止2017年底)."""
    return frozenset() if a.year is None else frozenset((a.year, a.year - 1))


def _same_time(now: frozenset[int], x: Statement, y: Statement) -> bool:
    if x.years == y.years:
        return True
    stated = x.years or y.years
    return not (x.years and y.years) and stated <= now


def _same_quantity(now: frozenset[int], x: Statement, y: Statement) -> bool:
    """Whether ``y`` restates ``x``: by their form alone (the module docstring)."""
    if x.figure >= 0 and x.figure == y.figure:
        return False
    if x.start < y.end and y.start < x.end:
        return False
    if x.sentence == y.sentence:
        return False  # "涉及资金62104.53万元,其中:…涉及资金56341.30万元": a part, or a contrast
    if x.whole and y.whole and x.whole != y.whole:
        return False
    if x.item >= 0 and y.item >= 0 and x.item != y.item:
        return False  # two work items' numbers: each its own
    if x.figure < 0 and y.figure < 0 and not (x.stock and y.stock):
        return False
    for lone, other in ((x, y), (y, x)):
        if lone.figure < 0 and lone.item >= 0 and not lone.stock and not other.whole:
            return False  # an item's own number restates a part, never the whole
    if not any(p.unit == q.unit for p in x.values for q in y.values):
        return False
    return _same_time(now, x, y)


def _hedged(x: Statement, y: Statement) -> bool:
    shared = [(p, q) for p in x.values for q in y.values if p.unit == q.unit]
    return any(not (is_exact(p) and is_exact(q)) for p, q in shared)


def _first_difference(
    x: Sequence[QuantityMatch], y: Sequence[QuantityMatch]
) -> tuple[str, Decimal, Decimal] | None:
    """The first unit the two disagree in at the precision they are written to, if any."""
    for p in x:
        for q in y:
            if p.unit != q.unit or p.value is None or q.value is None:
                continue
            if not within(abs(p.value - q.value), half_step(p) + half_step(q)):
                return p.unit, p.value, q.value
    return None


class _Earlier:
    """The statements of one name so far, and where each work item's are: a statement in an
    item restates only one in the same item or outside the items (_same_quantity), so only
    those are tried, latest first as before (a number-dense plan has one per line)."""

    def __init__(self) -> None:
        self.all: list[Statement] = []
        self.by_item: dict[int, list[int]] = defaultdict(list)  # item -> indices into all
        self.outside: list[int] = []

    def add(self, y: Statement) -> None:
        (self.by_item[y.item] if y.item >= 0 else self.outside).append(len(self.all))
        self.all.append(y)

    def latest_first(self, y: Statement) -> Iterator[Statement]:
        if y.item < 0:
            return reversed(self.all)
        own = self.by_item.get(y.item, [])
        if not own or not self.outside:  # one list or none: no merge to build
            return (self.all[k] for k in reversed(own or self.outside))
        ks = heapq.merge(reversed(own), reversed(self.outside), reverse=True)
        return (self.all[k] for k in ks)


def check_restated_figure(a: Analysis) -> list[Check]:
    """Each statement against the nearest earlier statement of the same quantity."""
    now = _current(a)
    by_name: dict[tuple[str, str | None, frozenset[str]], _Earlier] = defaultdict(_Earlier)
    out: list[Check] = []
    for y in statements(a):
        earlier = by_name[(y.name, y.scope, y.coverage)]
        x = next((x for x in earlier.latest_first(y) if _same_quantity(now, x, y)), None)
        earlier.add(y)
        if x is None or _hedged(x, y) or all(q.value == 0 for q in (*x.values, *y.values)):
            continue  # 0辆 restated as 0辆 says nothing
        said, again = words(a, x.start, x.end), words(a, y.start, y.end)
        spans = [a.tm.span(x.start, x.end), a.tm.span(y.start, y.end)]
        differs = _first_difference(x.values, y.values)
        if differs is None:
            out.append(make_check(RULE, "pass", f"{said} is restated as {again}", spans))
        else:
            unit, expected, actual = differs
            out.append(
                make_check(
                    RULE,
                    "fail",
                    f"{said} is restated differently as {again}",
                    spans,
                    expected,
                    actual,
                    unit,
                )
            )
    return out
