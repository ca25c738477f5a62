"""Work items: the leaves of the outline, with their agencies and project counts."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import replace

import regex

from extractor.agencies import find_agencies
from extractor.facts import AgencyMatch, ItemFacts, OutlineNode
from extractor.outline import cn_small_int
from extractor.tables.agencies import FIRST_LISTED_LEAD
from extractor.tables.items import PROJECT_COUNT
from extractor.wrapping import wrap_cuts

_PROJECT_COUNT = regex.compile(PROJECT_COUNT, regex.VERBOSE)
_PROJECT_WORD = "项目"  # every PROJECT_COUNT ends with it: an item without it is not scanned
if not PROJECT_COUNT.rstrip().endswith(_PROJECT_WORD):
    raise RuntimeError("PROJECT_COUNT must end with 项目, find_project_count's first test")
_FIRST_LISTED_LEAD = regex.compile(FIRST_LISTED_LEAD, regex.VERBOSE)
if not FIRST_LISTED_LEAD.rstrip().endswith(r"为 \s* 牵 \s* 头"):
    raise RuntimeError("FIRST_LISTED_LEAD must end with 为牵头, first_listed_lead_from's test")


def find_project_count(text: str, start: int, end: int) -> tuple[int, tuple[int, int]] | None:
    """The item's own project count: the last ``完成N个…项目`` in it.

    >>> find_project_count("实现9个产业帮扶项目。完成11个扶贫项目。", 0, 21)
    (11, (11, 20))
    """
    found = None
    if text.find(_PROJECT_WORD, start, end) < 0:
        return None
    for m in _PROJECT_COUNT.finditer(text, start, end):
        value = cn_small_int(m.group("n"))
        if value is not None:
            found = (value, (m.start(), m.end()))
    return found


def first_listed_lead_from(text: str) -> int | None:
    """Where the plan declares that the first unit of each tag leads (列第一位者为牵头单位)."""
    found = _FIRST_LISTED_LEAD.search(text) if _lead_after_wei(text) else None
    return found.start() if found else None


def _lead_after_wei(text: str) -> bool:
    """Whether a 牵 follows a 为 (white space between), as it ends every FIRST_LISTED_LEAD:
    the 牵 of a plan are few, and saves a search of the whole text from every 第 in it."""
    at = text.find("牵")
    while at >= 0:
        before = at - 1
        while before >= 0 and text[before].isspace():  # a superset of the pattern's \s
            before -= 1
        if before >= 0 and text[before] == "为":
            return True
        at = text.find("牵", at + 1)
    return False


def item_agencies(
    text: str,
    start: int,
    end: int,
    declared: int | None,
    wrap: int | None = None,
    body_cuts: Sequence[int] | None = None,
) -> list[AgencyMatch]:
    """The agencies of the item ``text[start:end]``; when the plan declared at ``declared``
    (``first_listed_lead_from``) that the first unit leads, the first unit of each tag after
    that leads unless the tag gives it a role itself (a unit first in one tag and not in
    another has no one role), and so does the item's first unit when none leads. In text
    hard-wrapped at ``wrap``, the lines the wrap cut are read joined (``wrapping.wrap_cuts``;
    ``body_cuts``, when given, are the cuts of a stretch holding the item, in order)."""
    if body_cuts is not None:
        # the item's share of cuts found once for all items (not a width per line per item)
        cuts = list(
            body_cuts[bisect.bisect_left(body_cuts, start) : bisect.bisect_left(body_cuts, end)]
        )
    else:
        cuts = wrap_cuts(text, start, end, wrap) if wrap is not None else []
    if cuts:
        agencies = _across_cuts(text, start, end, cuts, declared)
    else:
        agencies = find_agencies(text, start, end, first_leads_from=declared)
    if declared is None or end <= declared or not agencies:
        return agencies
    if agencies[0].role is not None or any(a.role == "lead" for a in agencies):
        return agencies  # 由A配合、B牵头: the item's own role wins
    return [replace(agencies[0], role="lead"), *agencies[1:]]


def _across_cuts(
    text: str, start: int, end: int, cuts: list[int], declared: int | None
) -> list[AgencyMatch]:
    """``find_agencies`` over ``text[start:end]`` with the line breaks at ``cuts`` taken out
    (``(中医药局、发展改革委、卫生\n计生委负责)``), its offsets mapped back into ``text``."""
    pieces: list[str] = []
    offsets: list[int] = []
    at = start
    for cut in [*cuts, end]:
        pieces.append(text[at:cut])
        offsets.extend(range(at, cut))
        at = cut + 1
    offsets.append(end)
    joined = "".join(pieces)
    leads_from = None if declared is None else bisect.bisect_left(offsets, declared)
    return [  # built, not dataclasses.replace'd (which inspects the fields each time)
        AgencyMatch(a.name, offsets[a.start], offsets[a.end - 1] + 1, a.projects, a.role)
        for a in find_agencies(joined, 0, len(joined), first_leads_from=leads_from)
    ]


def find_items(text: str, nodes: Sequence[OutlineNode], wrap: int | None = None) -> list[ItemFacts]:
    """Every leaf of the outline as a work item, in document order; ``wrap`` is the width
    the text is hard-wrapped at, if it is (``wrapping.wrap_width``)."""
    items = []
    declared = first_listed_lead_from(text)
    # the wrap's cuts over all the nodes at once: a line's cut depends on that line alone
    body_cuts = (
        wrap_cuts(text, min(n.start for n in nodes), max(n.end for n in nodes), wrap)
        if wrap is not None and nodes
        else None
    )
    for node in nodes:
        if not node.is_item:
            continue
        count = find_project_count(text, node.start, node.end)
        agencies = item_agencies(text, node.start, node.end, declared, wrap, body_cuts)
        items.append(
            ItemFacts(
                node=node,
                agencies=tuple(agencies),
                project_count=count[0] if count else None,
                project_count_at=count[1] if count else None,
            )
        )
    return items
