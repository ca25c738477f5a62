"""An item's deadline as the plan states it: a 完成时限 column or label, else its 前 phrases."""

from __future__ import annotations

import regex

from extractor.model import Document, Item, Table
from extractor.tables import deadlines as t

_LABELLED = regex.compile(t.LABELLED.format(labels="|".join(t.LABELS)), regex.VERBOSE)
_PHRASE = regex.compile(t.PHRASE, regex.VERBOSE)


def find_deadlines(text: str) -> list[str]:
    """The deadlines written in ``text``: the labelled ones if any, else the 前 phrases.

    >>> find_deadlines("责任单位:区财政局;完成时限:2021年6月\\n")
    ['2021年6月']
    >>> find_deadlines("于2018年12月31日前报送国务院办公厅,每年2月底前报送")
    ['2018年12月31日前', '每年2月底前']
    >>> find_deadlines("在国家扶贫日前后开展活动,比五年前增加5800人")
    []
    """
    found = [m["deadline"].strip() for m in _LABELLED.finditer(text)]
    if not found:
        found = [m["deadline"] for m in _PHRASE.finditer(text)]
    return list(dict.fromkeys(d for d in found if d))


def _column_deadline(table: Table, item: Item) -> str | None:
    if len(table.rows) < 2:
        return None
    header = table.rows[0]
    columns = [i for i, c in enumerate(header) if any(w in c.text for w in t.COLUMN_WORDS)]
    if not columns:
        return None
    for row in table.rows[1:]:
        if any(item.span.start <= c.span.start < item.span.end for c in row):
            cells = [row[i].text.strip() for i in columns if i < len(row)]
            return "、".join(c for c in cells if c) or None
    return None


def item_deadline(doc: Document, item: Item) -> str | None:
    """The deadline of ``item``: its row's time column in a task table, else from its text."""
    for table in doc.tables:
        if table.span.start <= item.span.start < table.span.end:
            found = _column_deadline(table, item)
            if found:
                return found
    return "、".join(find_deadlines(item.text)) or None
