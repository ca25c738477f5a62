"""Numbers and quantities the way a reviewer reads them (no model import: the report uses it)."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from extractor.model import Quantity


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
