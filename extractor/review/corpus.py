"""The corpus view at the end of ``report.md``: responsible units and rules across all documents."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from extractor.model import Document
from extractor.review.itemfacts import format_number, item_facts


@dataclass
class UnitTotals:
    """What one responsible unit (by its normalised ``key``) is named for across the corpus."""

    documents: set[str] = field(default_factory=set)
    items: int = 0
    lead: int = 0
    support: int = 0
    projects: int = 0
    money: Decimal = Decimal(0)


def unit_totals(documents: Sequence[Document]) -> dict[str, UnitTotals]:
    """Per unit: items naming it, as lead and as support, its allocated projects and the money
    of the items naming it (an item naming two units counts for both)."""
    units: dict[str, UnitTotals] = {}
    for doc in documents:
        for facts in item_facts(doc):
            money = facts.money_total or Decimal(0)
            roles: dict[str, set[str | None]] = {}
            projects: Counter[str] = Counter()
            for a in facts.item.agencies:
                roles.setdefault(a.key, set()).add(a.role)
                projects[a.key] += a.projects or 0
            for key, named_as in roles.items():
                u = units.setdefault(key, UnitTotals())
                u.documents.add(doc.source.path)
                u.items += 1
                u.lead += "lead" in named_as
                u.support += "support" in named_as
                u.projects += projects[key]
                u.money += money
    return units


def _cell(s: str) -> str:
    return s.replace("|", "\\|").replace("\n", " ")


def corpus_md(documents: Sequence[Document]) -> list[str]:
    """Markdown lines: a table of responsible units, then one of checks per rule."""
    units = unit_totals(documents)
    lines = [
        "## Responsible units across all documents",
        "",
        "Items naming each unit, as lead (牵头) and as support (配合), the projects allocated "
        "to it, and the money of the items naming it (an item naming several units counts "
        "for each).",
        "",
    ]
    if units:
        lines += [
            "| unit | documents | items | lead | support | projects | money in its items (元) |",
            "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
        ]
        for key, u in sorted(units.items(), key=lambda kv: (-kv[1].items, kv[0])):
            money = format_number(u.money) if u.money else ""
            lines.append(
                f"| {_cell(key)} | {len(u.documents)} | {u.items} | {u.lead} | {u.support} | "
                f"{u.projects or ''} | {money} |"
            )
    else:
        lines.append("No item names a responsible unit.")
    runs: Counter[tuple[str, str]] = Counter(
        (c.rule, c.status) for doc in documents for c in doc.checks
    )
    rules = sorted({rule for rule, _ in runs})
    lines += ["", "## Checks by rule", ""]
    if not rules:
        return [*lines, "No checks ran."]
    lines += ["| rule | run | failed | warned | passed |", "| --- | ---: | ---: | ---: | ---: |"]
    for rule in rules:
        fail, warn, ok = (runs[(rule, s)] for s in ("fail", "warn", "pass"))
        lines.append(f"| `{rule}` | {fail + warn + ok} | {fail} | {warn} | {ok} |")
    return lines
