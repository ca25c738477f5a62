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


def format_number(value: Decimal | int | float) -> str:
    """A number with thousands separators, no exponent and no trailing zeros.

    >>> [format_number(v) for v in (Decimal("1000000"), Decimal("8.990"), 53.16, Decimal("1E+6"))]
    ['1,000,000', '8.99', '53.16', '1,000,000']
    """
    d = value if isinstance(value, Decimal) else Decimal(str(value))
    if d == d.to_integral_value():
        return f"{d.quantize(Decimal(1)):,}"
    return f"{d.normalize():,f}"


def format_quantity(q: Quantity) -> str:
    """The parsed value the way a reviewer reads it: ``100万`` → ``1,000,000 元``.

    >>> from extractor.model import Quantity, Span
    >>> def qty(**kw: object) -> Quantity:
    ...     base = dict(text="", value=None, unit="元", kind="money", qualifier=None,
    ...                 precision=None, span=Span(start=0, end=1))
    ...     return Quantity.model_validate(base | kw)
    >>> format_quantity(qty(text="100万", value=Decimal(1000000)))
    '1,000,000 元'
    >>> format_quantity(qty(value=Decimal(53), unit="%", kind="percent", qualifier="约"))
    '约 53%'
    >>> format_quantity(qty(text="50—200万元", low=Decimal(500000), high=Decimal(2000000)))
    '500,000–2,000,000 元'
    """
    if q.value is not None:
        number = format_number(q.value)
    elif q.low is not None and q.high is not None:
        number = f"{format_number(q.low)}–{format_number(q.high)}"
    else:
        number = format_number(q.low if q.low is not None else q.high or 0)
    unit = q.unit if q.unit in ("%", "‰") else f" {q.unit}" if q.unit else ""
    return f"{q.qualifier + ' ' if q.qualifier else ''}{number}{unit}"
