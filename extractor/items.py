"""Work items: the leaves of the outline, with their agencies and project counts."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import regex

from extractor.agencies import find_agencies
from extractor.facts import AgencyMatch, ItemFacts, OutlineNode
from extractor.outline import cn_small_int
from extractor.tables.agencies import FIRST_LISTED_LEADS
from extractor.tables.items import PROJECT_COUNT

_PROJECT_COUNT = regex.compile(PROJECT_COUNT, regex.VERBOSE)


def find_project_count(text: str, start: int, end: int) -> tuple[int, tuple[int, int]] | None:
    """The item's own project count: the last ``完成N个…项目`` in it.

    >>> find_project_count("实现9个产业帮扶项目。完成11个扶贫项目。", 0, 21)
    (11, (11, 20))
    """
    found = None
    for m in _PROJECT_COUNT.finditer(text, start, end):
        value = cn_small_int(m.group("n"))
        if value is not None:
            found = (value, (m.start(), m.end()))
    return found


def first_listed_lead_from(text: str) -> int | None:
    """Where the plan declares that the first unit of each tag leads (列第一位者为牵头单位)."""
    found = [i for i in (text.find(p) for p in FIRST_LISTED_LEADS) if i >= 0]
    return min(found) if found else None


def item_agencies(text: str, start: int, end: int, declared: int | None) -> list[AgencyMatch]:
    """The agencies of the item ``text[start:end]``; when the plan declared at ``declared``
    (``first_listed_lead_from``) that the first unit leads, and the item does not end before
    that, its first unit leads unless the item gives roles itself."""
    agencies = find_agencies(text, start, end)
    if declared is None or end <= declared or not agencies:
        return agencies
    if any(a.role is not None for a in agencies):
        return agencies
    return [replace(agencies[0], role="lead"), *agencies[1:]]


def find_items(text: str, nodes: Sequence[OutlineNode]) -> list[ItemFacts]:
    """Every leaf of the outline as a work item, in document order."""
    items = []
    declared = first_listed_lead_from(text)
    for node in nodes:
        if not node.is_item:
            continue
        count = find_project_count(text, node.start, node.end)
        agencies = item_agencies(text, node.start, node.end, declared)
        items.append(
            ItemFacts(
                node=node,
                agencies=tuple(agencies),
                project_count=count[0] if count else None,
                project_count_at=count[1] if count else None,
            )
        )
    return items
