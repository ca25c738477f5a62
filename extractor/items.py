"""Work items: the leaves of the outline, with their agencies and project counts."""

from __future__ import annotations

from collections.abc import Sequence

import regex

from extractor.agencies import find_agencies
from extractor.facts import ItemFacts, OutlineNode
from extractor.outline import cn_small_int
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


def find_items(text: str, nodes: Sequence[OutlineNode]) -> list[ItemFacts]:
    """Every leaf of the outline as a work item, in document order."""
    items = []
    for node in nodes:
        if not node.is_item:
            continue
        count = find_project_count(text, node.start, node.end)
        items.append(
            ItemFacts(
                node=node,
                agencies=tuple(find_agencies(text, node.start, node.end)),
                project_count=count[0] if count else None,
                project_count_at=count[1] if count else None,
            )
        )
    return items
