"""Consistency checks, one function per rule (OUTPUT.md "checks"), run in table order."""

from __future__ import annotations

from collections.abc import Callable

from extractor.checks.bare_rate import check_bare_rate
from extractor.checks.changes import check_change, check_growth_rate
from extractor.checks.completion import check_completion_rate
from extractor.checks.direction import check_direction
from extractor.checks.enumerations import check_enumeration_count
from extractor.checks.placeholder import check_placeholder
from extractor.checks.restated import check_restated_figure
from extractor.checks.shares import check_percentage
from extractor.checks.stale_year import check_stale_year
from extractor.checks.structure import (
    check_foreign_scope,
    check_numbering,
    check_scope_coverage,
    check_truncated,
)
from extractor.checks.sums import check_allocation_sum, check_declared_total, check_parts_sum
from extractor.checks.table_cells import check_table_cells
from extractor.checks.table_pairs import check_table_pairs
from extractor.facts import Analysis
from extractor.model import Check


def _restated(a: Analysis) -> list[Check]:
    """A figure stated twice in the text, then the text against its tables, then the tables
    against each other."""
    return check_restated_figure(a) + check_table_cells(a) + check_table_pairs(a)


def _percentages(a: Analysis) -> list[Check]:
    """Shares, growth rates and completion rates, in document order."""
    found = (
        check_percentage(a) + check_growth_rate(a) + check_completion_rate(a) + check_bare_rate(a)
    )
    return sorted(found, key=lambda c: min((s.start for s in c.spans), default=0))


# rule name -> function; the order is the order of the report.
CHECKS: dict[str, Callable[[Analysis], list[Check]]] = {
    "parts_sum": check_parts_sum,
    "allocation_sum": check_allocation_sum,
    "restated_figure": _restated,
    "percentage": _percentages,
    "change": check_change,
    "direction": check_direction,
    "declared_total": check_declared_total,
    "enumeration_count": check_enumeration_count,
    "numbering": check_numbering,
    "scope_coverage": check_scope_coverage,
    "foreign_scope": check_foreign_scope,
    "stale_year": check_stale_year,
    "placeholder": check_placeholder,
    "truncated": check_truncated,
}


# Rules about the shape of a plan; they run only on text that has an outline, so that a
# non-plan file (a README, random text) gets no findings.
STRUCTURAL = {"numbering", "scope_coverage", "foreign_scope", "truncated"}
MIN_NODES_FOR_STRUCTURE = 2
# Slips that are not arithmetic: warnings about the words (a stale year, a template's blank).
SLIPS = {"stale_year", "placeholder"}
# Rules that compare no numbers. Mutation testing (tests/checker_mutations.py) plants an error
# in the numbers of every other rule's passing checks, so a new rule is covered unless listed.
NOT_ARITHMETIC = STRUCTURAL | SLIPS


def run_checks(a: Analysis) -> list[Check]:
    """Every rule over the analysed document, in table order."""
    found: list[Check] = []
    has_outline = len(a.nodes) >= MIN_NODES_FOR_STRUCTURE
    try:
        for rule, check in CHECKS.items():
            if rule in STRUCTURAL and not has_outline:
                continue
            found.extend(check(a))
    finally:
        a.drop_prose()
    return found
