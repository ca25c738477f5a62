"""Consistency checks, one function per rule (OUTPUT.md "checks"), run in table order."""

from __future__ import annotations

from collections.abc import Callable

from extractor.checks.numeric import (
    check_allocation_sum,
    check_declared_total,
    check_parts_sum,
    check_percentage,
    check_restated_figure,
)
from extractor.checks.structure import (
    check_foreign_scope,
    check_numbering,
    check_scope_coverage,
    check_truncated,
)
from extractor.facts import Analysis
from extractor.model import Check

# rule name -> function; the order is the order of the report.
CHECKS: dict[str, Callable[[Analysis], list[Check]]] = {
    "parts_sum": check_parts_sum,
    "allocation_sum": check_allocation_sum,
    "restated_figure": check_restated_figure,
    "percentage": check_percentage,
    "declared_total": check_declared_total,
    "numbering": check_numbering,
    "scope_coverage": check_scope_coverage,
    "foreign_scope": check_foreign_scope,
    "truncated": check_truncated,
}


def run_checks(a: Analysis) -> list[Check]:
    """Every rule over the analysed document, sorted by where each finding points."""
    found: list[Check] = []
    for check in CHECKS.values():
        found.extend(check(a))
    return found
