"""The corpus view at the end of ``report.md``: responsible units and rules across all documents.

It is built in two steps so that a batch never holds its documents: ``document_summary`` runs
in the worker, beside the document's report row, and reduces one document to what the view
needs (per unit and per rule, a few numbers); ``corpus_md`` adds those summaries up in the
parent, one row at a time. Neither step imports the model, so a batch served from the cache
builds the view from the cached rows alone.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from extractor.escaping import markdown
from extractor.review.formats import format_number

if TYPE_CHECKING:
    from extractor.model import Document

STATUSES = ("fail", "warn", "pass")


@dataclass
class UnitTotals:
    """What one responsible unit (by its normalised ``key``) is named for across the corpus."""

    documents: int = 0
    items: int = 0
    lead: int = 0
    support: int = 0
    projects: int = 0
    money: Decimal = Decimal(0)

    def add(self, other: UnitTotals) -> None:
        self.documents += other.documents
        self.items += other.items
        self.lead += other.lead
        self.support += other.support
        self.projects += other.projects
        self.money += other.money


def document_units(doc: Document) -> dict[str, UnitTotals]:
    """Per unit of one document: items naming it, as lead and as support, its allocated
    projects and the money of the items naming it (an item naming two units counts for both)."""
    from extractor.review.itemfacts import item_facts

    units: dict[str, UnitTotals] = {}
    for facts in item_facts(doc):
        money = facts.money_total or Decimal(0)
        roles: dict[str, set[str | None]] = {}
        projects: Counter[str] = Counter()
        for a in facts.item.agencies:
            roles.setdefault(a.key, set()).add(a.role)
            projects[a.key] += a.projects or 0
        for key, named_as in roles.items():
            u = units.setdefault(key, UnitTotals(documents=1))
            u.items += 1
            u.lead += "lead" in named_as
            u.support += "support" in named_as
            u.projects += projects[key]
            u.money += money
    return units


def document_summary(doc: Document) -> dict[str, Any]:
    """One document's share of the corpus view, as plain JSON data for its report row.

    ``units``: ``[key, items, lead, support, projects, money]`` per unit, by key, money a
    decimal string; ``rules``: ``{rule: [failed, warned, passed]}``.
    """
    units = document_units(doc)
    runs: Counter[tuple[str, str]] = Counter((c.rule, c.status) for c in doc.checks)
    return {
        "units": [
            [key, u.items, u.lead, u.support, u.projects, str(u.money)]
            for key, u in sorted(units.items())
        ],
        "rules": {
            rule: [runs[(rule, s)] for s in STATUSES] for rule in sorted({r for r, _ in runs})
        },
    }


def corpus_totals(
    summaries: Iterable[dict[str, Any]],
) -> tuple[dict[str, UnitTotals], dict[str, list[int]]]:
    """Many ``document_summary`` results added up, in one pass: per unit its totals, per rule
    ``[failed, warned, passed]``."""
    units: dict[str, UnitTotals] = {}
    rules: dict[str, list[int]] = {}
    for summary in summaries:
        for key, items, lead, support, projects, money in summary["units"]:
            one = UnitTotals(1, items, lead, support, projects, Decimal(money))
            units.setdefault(key, UnitTotals()).add(one)
        for rule, counts in summary["rules"].items():
            total = rules.setdefault(rule, [0] * len(STATUSES))
            for i, n in enumerate(counts):
                total[i] += n
    return units, rules


def corpus_md(summaries: Iterable[dict[str, Any]]) -> Iterator[str]:
    """Markdown lines: a table of responsible units, then one of checks per rule.

    Unit names come from documents: they are escaped as inert Markdown (``escaping.markdown``).
    """
    units, rules = corpus_totals(summaries)
    yield from (
        "## Responsible units across all documents",
        "",
        "Items naming each unit, as lead (牵头) and as support (配合), the projects allocated "
        "to it, and the money of the items naming it (an item naming several units counts "
        "for each).",
        "",
    )
    if units:
        yield "| unit | documents | items | lead | support | projects | money in its items (元) |"
        yield "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
        for key, u in sorted(units.items(), key=lambda kv: (-kv[1].items, kv[0])):
            money = format_number(u.money) if u.money else ""
            yield (
                f"| {markdown(key)} | {u.documents} | {u.items} | {u.lead} | {u.support} | "
                f"{u.projects or ''} | {money} |"
            )
    else:
        yield "No item names a responsible unit."
    yield from ("", "## Checks by rule", "")
    if not rules:
        yield "No checks ran."
        return
    yield "| rule | run | failed | warned | passed |"
    yield "| --- | ---: | ---: | ---: | ---: |"
    for rule in sorted(rules):
        fail, warn, ok = rules[rule]
        yield f"| `{rule}` | {fail + warn + ok} | {fail} | {warn} | {ok} |"
