"""Rows counted by the group heading above them: a project list's ``一、南昌市（8个）`` over the
table rows it holds (jiangxi 2020 重大产业项目入库名单: eleven cities, 64 projects)."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from extractor.checks.lists import NUMBER, Enumeration, alternatives
from extractor.checks.text import number_value
from extractor.facts import Analysis, OutlineNode
from extractor.tables import enumerations as E
from extractor.tabular import TABLE_ITEM_STYLE

_GROUP_COUNT = regex.compile(
    rf"[(（]\s*(?P<n>{NUMBER})\s*(?:{alternatives(E.GROUP_COUNT_CLASSIFIERS)})\s*[)）]\s*$"
)


def table_groups(a: Analysis) -> Iterator[Enumeration]:
    """Each heading whose title ends in a bracketed count, over the table rows it holds."""
    rows: dict[int, list[OutlineNode]] = {}
    for it in a.items:
        node = it.node
        if node.heading.style == TABLE_ITEM_STYLE and node.parent is not None:
            rows.setdefault(id(node.parent), []).append(node)
    if not rows:
        return
    text = a.tm.text
    for parent in a.nodes:
        held = rows.get(id(parent))
        if held is None:
            continue
        h = parent.heading
        m = _GROUP_COUNT.search(text, h.title_start, h.title_end)
        n = number_value(m["n"]) if m is not None else None
        if m is None or n is None:
            continue
        yield Enumeration(
            form="rows",
            announced=n,
            number=(m.start("n"), m.end("n")),
            phrase=(h.title_start, h.title_end),
            items=tuple((r.heading.start, r.heading.title_end) for r in held),
            counts=frozenset({len(held)}),
            sure=True,
        )
