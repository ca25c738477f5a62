"""What belongs to each item, worked out from spans alone: its quantities, money and findings."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from extractor.model import Check, Document, Item, Quantity, Span

MONEY_UNIT = "元"


@dataclass(frozen=True)
class ItemFacts:
    """One item with the facts whose spans fall inside it."""

    item: Item
    quantities: tuple[Quantity, ...]
    findings: tuple[Check, ...]  # failed and warned checks with a span inside the item

    @property
    def money(self) -> tuple[Quantity, ...]:
        return tuple(q for q in self.quantities if q.kind == "money")

    @property
    def money_total(self) -> Decimal | None:
        """The sum of the item's amounts in yuan (ranges and other currencies left out)."""
        values = [q.value for q in self.money if q.unit == MONEY_UNIT and q.value is not None]
        return sum(values, Decimal(0)) if values else None


class ItemIndex:
    """Find the item holding an offset by bisection over the items' starts."""

    def __init__(self, items: Sequence[Item]) -> None:
        self._items = sorted(enumerate(items), key=lambda pair: pair[1].span.start)
        self._starts = [it.span.start for _, it in self._items]

    def at(self, span: Span) -> int | None:
        """The index (in document order) of the item whose span holds ``span``'s start, or None.

        >>> from extractor.model import Item, Span
        >>> def item(a: int, b: int) -> Item:
        ...     return Item(id=str(a), number="1", title="t", text="x", section=None, scope=None,
        ...                 agencies=[], project_count=None, span=Span(start=a, end=b))
        >>> index = ItemIndex([item(10, 20), item(20, 35)])
        >>> [index.at(Span(start=s, end=s + 1)) for s in (5, 10, 19, 20, 40)]
        [None, 0, 0, 1, None]
        """
        i = bisect_right(self._starts, span.start) - 1
        if i < 0:
            return None
        index, item = self._items[i]
        return index if span.start < item.span.end else None


def item_facts(doc: Document) -> list[ItemFacts]:
    """Every item of ``doc`` in order, with its quantities and findings."""
    index = ItemIndex(doc.items)
    quantities: list[list[Quantity]] = [[] for _ in doc.items]
    findings: list[list[Check]] = [[] for _ in doc.items]
    for q in doc.quantities:
        i = index.at(q.span)
        if i is not None:
            quantities[i].append(q)
    for check in doc.checks:
        if check.status == "pass":
            continue
        touched = sorted({i for s in check.spans if (i := index.at(s)) is not None})
        for i in touched:
            findings[i].append(check)
    return [
        ItemFacts(item, tuple(qs), tuple(fs))
        for item, qs, fs in zip(doc.items, quantities, findings, strict=True)
    ]
