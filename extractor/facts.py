"""Typed values that pass between stages, before they become output models.

Every offset here (``start``, ``end``) indexes the *normalised* text
(``TextMap.text``); ``assemble`` maps them to original ``Span``s at the end, so
no stage ever builds a span by hand.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property
from typing import TYPE_CHECKING, Literal

from extractor.frozen import quick_init
from extractor.tables.headings import ANNEX_STYLE, GLOSSARY_TITLES, UNNUMBERED_STYLE
from extractor.textmap import TextMap

if TYPE_CHECKING:
    from extractor.checks.prose import Prose
    from extractor.figure_parts import Group

Kind = Literal["money", "percent", "count", "measure"]
Role = Literal["lead", "support"]


@quick_init
@dataclass(frozen=True)
class QuantityMatch:
    """One numeric mention: ``100万元`` -> value 1000000, unit 元, kind money.

    A range (``10—15万元``) has ``value`` None and ``low``/``high`` set.
    ``precision`` is the step the number was written to (``2.5亿`` -> 10000000).
    """

    start: int
    end: int
    value: Decimal | None
    unit: str
    kind: Kind
    qualifier: str | None = None
    precision: Decimal | None = None
    low: Decimal | None = None
    high: Decimal | None = None

    @property
    def approximate(self) -> bool:
        """True when the text hedges the number (约, 近, 余, 以上 ...): never a strict equality."""
        return self.qualifier is not None


@quick_init
@dataclass(frozen=True)
class AgencyMatch:
    """A responsible unit named for an item: ``区发改委(2)`` -> projects 2; 牵头 -> lead."""

    name: str
    start: int
    end: int
    projects: int | None = None
    role: Role | None = None


@quick_init
@dataclass(frozen=True)
class Heading:
    """A numbered (or part) heading found in the text."""

    start: int  # where the number starts
    end: int  # end of the heading line (or of the lead phrase when the line runs on)
    number: str  # as written, normalised: "一", "(一)", "1", "①", "第一章"
    value: int  # the number's integer value (一 -> 1, ① -> 1)
    style: str  # key into tables.headings.HEADING_STYLES, e.g. "cn-dun" for 一、
    title: str  # the lead phrase
    title_start: int
    title_end: int


@dataclass
class OutlineNode:
    """A numbered unit: a section when it has numbered children, else an item."""

    heading: Heading
    level: int
    start: int
    end: int  # up to the next unit of the same or higher level, or the body end
    parent: OutlineNode | None = None
    children: list[OutlineNode] = field(default_factory=list)
    id: str = ""
    scope: str | None = None

    @property
    def is_leaf(self) -> bool:
        return not self.children

    # Computed once per node (the stages and checks ask it about every node, some many
    # times): the outline is complete before anyone asks, and nobody changes it after.
    @cached_property
    def is_item(self) -> bool:
        """A leaf that is a work item. An annex (附件1 / 附件) and an unnumbered heading are parts
        of the document, never items, even when nothing numbered follows them; the entries of
        a glossary (名词解释: （一）财政拨款收入：是…) are notes on words, not items."""
        if self.children or self.heading.style in (ANNEX_STYLE, UNNUMBERED_STYLE):
            return False
        return self.parent is None or not self.parent.in_glossary

    @cached_property
    def in_glossary(self) -> bool:
        """Whether this unit or one above it is a glossary (its title says 名词解释): read
        from the parent's answer, not by walking up from every node."""
        if any(g in self.heading.title for g in GLOSSARY_TITLES):
            return True
        return self.parent is not None and self.parent.in_glossary


@quick_init
@dataclass(frozen=True)
class ItemFacts:
    """A work item with what the items stage found in it."""

    node: OutlineNode
    agencies: tuple[AgencyMatch, ...]
    project_count: int | None
    project_count_at: tuple[int, int] | None  # where "完成11个扶贫项目" says it


@quick_init
@dataclass(frozen=True)
class FigurePartMatch:
    label: str
    values: tuple[QuantityMatch, ...]
    start: int
    end: int


@dataclass(frozen=True)
class FigureMatch:
    """A total and its parts: ``共有…17869户、46818人,其中称多县2686户、9256人,…``."""

    label: str
    total: tuple[QuantityMatch, ...]
    parts: tuple[FigurePartMatch, ...]
    start: int
    end: int
    # the parts are the whole by form: a table's 合计 row, an itemised 其中：, a 小计 total
    complete: bool = False


@dataclass(frozen=True)
class TableCell:
    """One number in a totalled table, with the names a sentence would call it by: its row's
    label (``社会保障和就业支出``) and its column's header (``基本支出``)."""

    table: int  # which table of the document (1, 2, …; a table continued counts once)
    title: str  # the table's title, spaces removed, or ""
    side: int  # 0, or 1 for the right side of a 收入 | 支出 table
    row: str  # the row's label, spaces removed
    column: str  # the column's header, spaces removed
    first: bool  # the row's first value column in its unit: what the row's label names
    column_named: bool  # a total row's cell among several columns: what the header names
    total_row: bool  # a 合计/总计 row
    value: QuantityMatch


@dataclass
class TableFacts:
    items: list[ItemFacts] = field(default_factory=list)
    figures: list[FigureMatch] = field(default_factory=list)
    quantities: list[QuantityMatch] = field(default_factory=list)
    containers: set[int] = field(default_factory=set)  # id() of outline leaves holding task rows
    # per table, in the order given: its title (normalised span) and the unit it states
    captions: list[tuple[tuple[int, int] | None, str | None]] = field(default_factory=list)
    cells: list[TableCell] = field(default_factory=list)  # the numbers of totalled tables


@dataclass(frozen=True)
class Analysis:
    """Everything the checks look at."""

    tm: TextMap
    body: tuple[int, int]
    overview: tuple[int, int]  # the text before the first scope section (or the whole body)
    nodes: tuple[OutlineNode, ...]  # every numbered unit in document order
    items: tuple[ItemFacts, ...]
    scopes: tuple[str, ...]
    quantities: tuple[QuantityMatch, ...]
    figures: tuple[FigureMatch, ...]
    truncated_at: int | None = None  # where the body stops mid-sentence, if it does
    year: int | None = None  # the document's own year (Layout.year)
    title_at: tuple[int, int] | None = None  # where its title stands
    cells: tuple[TableCell, ...] = ()  # the numbers of its totalled tables
    # the body's quantities grouped as the figures stage grouped them (figures.prose_groups),
    # handed over so restated_figure does not group them again; None: not handed over
    groups: tuple[Group, ...] | None = None

    @cached_property
    def prose(self) -> Prose:
        """The compact view the rate, change and direction checks read, built once for all
        five of them (it was a tenth of the time on number-dense text, built five times)."""
        from extractor.checks.prose import Prose

        return Prose(self)

    def drop_prose(self) -> None:
        """Forget the compact view once the checks are done: it refers back to the analysis,
        a cycle only the garbage collector would free, and it is as large as the body."""
        self.__dict__.pop("prose", None)

    @cached_property
    def _node_starts(self) -> list[int]:
        return [n.start for n in self.nodes]

    @cached_property
    def heading_ends(self) -> list[int]:
        """Where each numbered unit's heading ends, in document order (so, sorted)."""
        return [n.heading.end for n in self.nodes]

    @cached_property
    def _items_by_start(self) -> tuple[list[int], list[ItemFacts]]:
        ordered = sorted(self.items, key=lambda it: it.node.start)
        return [it.node.start for it in ordered], ordered

    def node_at(self, pos: int) -> OutlineNode | None:
        """The innermost numbered unit containing ``pos`` (units nest, so walk up from the
        last one starting at or before it)."""
        k = bisect.bisect_right(self._node_starts, pos) - 1
        node = self.nodes[k] if k >= 0 else None
        while node is not None and not node.start <= pos < node.end:
            node = node.parent
        return node

    def item_at(self, pos: int) -> ItemFacts | None:
        """The work item whose span contains ``pos``, if any (items never overlap)."""
        starts, ordered = self._items_by_start
        k = bisect.bisect_right(starts, pos) - 1
        if k >= 0 and pos < ordered[k].node.end:
            return ordered[k]
        return None
