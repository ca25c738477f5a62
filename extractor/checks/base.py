"""What every rule builds its findings with."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from extractor.model import Check, CheckStatus, Span, trusted


def make_check(
    rule: str,
    status: CheckStatus,
    message: str,
    spans: Sequence[Span],
    expected: Decimal | str | None = None,
    actual: Decimal | str | None = None,
    unit: str | None = None,
) -> Check:
    """One finding: the rule, pass/fail/warn, the document's own words, and where."""
    return trusted(
        Check,
        rule=rule,
        status=status,
        message=message,
        expected=expected,
        actual=actual,
        unit=unit,
        spans=list(spans),
    )
