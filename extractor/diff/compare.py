"""Compare two versions of a document fact by fact, ignoring where in the text each fact moved."""

from __future__ import annotations

from collections import Counter, defaultdict, deque
from collections.abc import Callable, Hashable, Sequence
from decimal import Decimal
from difflib import SequenceMatcher
from typing import Any, TypeVar

from extractor.diff.match import match_items, normalise
from extractor.diff.model import (
    Amount,
    DocumentDiff,
    FieldChange,
    FigureChange,
    FigureRef,
    FindingRef,
    ItemChange,
    ItemRef,
    PartChange,
    TextChange,
)
from extractor.model import Agency, Check, Document, Figure, Item, Quantity, Value
from extractor.review.itemfacts import ItemFacts, ItemIndex, item_facts

T = TypeVar("T")

_CONTEXT = 8  # characters shown around a changed passage
_FRAGMENTS = 3  # changed passages shown per item


def _ref(item: Item) -> ItemRef:
    return ItemRef(
        id=item.id, number=item.number, section=item.section, scope=item.scope, title=item.title
    )


def _num(d: Decimal | None) -> Decimal | None:
    return None if d is None else d.normalize()


def _qkey(q: Quantity) -> tuple[object, ...]:
    return (q.kind, _num(q.value), _num(q.low), _num(q.high), q.unit, q.qualifier)


def _json_number(d: Decimal | None) -> int | float | None:
    if d is None:
        return None
    return int(d) if d == d.to_integral_value() else float(d)


def _amount(q: Quantity) -> dict[str, object]:
    value = _json_number(q.value)
    if value is None and q.low is not None and q.high is not None:
        return {
            "text": q.text,
            "low": _json_number(q.low),
            "high": _json_number(q.high),
            "unit": q.unit,
        }
    return {"text": q.text, "value": value, "unit": q.unit}


def _agency(a: Agency) -> dict[str, object]:
    return {"name": a.name, "role": a.role, "projects": a.projects}


def _agency_change(old: Item, new: Item) -> FieldChange | None:
    def by_key(item: Item) -> dict[str, list[Agency]]:
        out: dict[str, list[Agency]] = defaultdict(list)
        for a in item.agencies:
            out[a.key].append(a)
        return out

    a, b = by_key(old), by_key(new)
    gone: list[Agency] = []
    came: list[Agency] = []
    for key in list(a) + [k for k in b if k not in a]:
        before = sorted(a.get(key, []), key=lambda x: (x.role or "", x.projects or 0))
        after = sorted(b.get(key, []), key=lambda x: (x.role or "", x.projects or 0))
        if [(x.role, x.projects) for x in before] != [(x.role, x.projects) for x in after]:
            gone += before
            came += after
    if not gone and not came:
        return None
    order = {id(x): n for n, x in enumerate(old.agencies + new.agencies)}
    gone.sort(key=lambda x: order[id(x)])
    came.sort(key=lambda x: order[id(x)])
    return FieldChange(
        field="agencies", old=[_agency(x) for x in gone], new=[_agency(x) for x in came]
    )


def _masked(facts: ItemFacts) -> str:
    """The item's text after its title, each agency and quantity replaced by one mark."""
    item = facts.item
    text, base = item.text, item.span.start
    at = text.find(item.title) if item.title else -1
    start = at + len(item.title) if at >= 0 else 0
    spans = sorted(
        (s.start - base, s.end - base)
        for s in [a.span for a in item.agencies] + [q.span for q in facts.quantities]
        if s.start - base >= start
    )
    out, pos = [], start
    for a, b in spans:
        if a < pos:
            continue
        out += [text[pos:a], "\x00"]
        pos = b
    out.append(text[pos:])
    return normalise("".join(out))


def _after_title(item: Item) -> str:
    at = item.text.find(item.title) if item.title else -1
    return item.text[at + len(item.title) :] if at >= 0 else item.text


def _wording(old: ItemFacts, new: ItemFacts) -> FieldChange | None:
    if _masked(old) == _masked(new):
        return None
    a, b = _after_title(old.item), _after_title(new.item)
    gone: list[str] = []
    came: list[str] = []
    ops = SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    for tag, i1, i2, j1, j2 in ops:
        if tag == "equal" or len(gone) >= _FRAGMENTS:
            continue
        left, right = a[max(0, i1 - _CONTEXT) : i1], a[i2 : i2 + _CONTEXT]
        gone.append(f"…{left}[{a[i1:i2]}]{right}…")
        came.append(f"…{b[max(0, j1 - _CONTEXT) : j1]}[{b[j1:j2]}]{b[j2 : j2 + _CONTEXT]}…")
    return FieldChange(field="wording", old=gone, new=came)


def _item_changes(old: ItemFacts, new: ItemFacts) -> list[FieldChange]:
    a, b = old.item, new.item
    out = [
        FieldChange(field=name, old=x, new=y)
        for name, x, y in (
            ("number", a.number, b.number),
            ("section", a.section, b.section),
            ("scope", a.scope, b.scope),
            ("title", a.title, b.title),
        )
        if (normalise(x) if x else x) != (normalise(y) if y else y)
    ]
    agencies = _agency_change(a, b)
    if agencies:
        out.append(agencies)
    if a.project_count != b.project_count:
        out.append(FieldChange(field="project_count", old=a.project_count, new=b.project_count))
    money_a, money_b = old.money, new.money
    if sorted(map(_qkey, money_a), key=repr) != sorted(map(_qkey, money_b), key=repr):
        out.append(
            FieldChange(
                field="money", old=[_amount(q) for q in money_a], new=[_amount(q) for q in money_b]
            )
        )
    rest_a = [q for q in old.quantities if q.kind != "money"]
    rest_b = [q for q in new.quantities if q.kind != "money"]
    gone, came = _multiset_diff(rest_a, rest_b, _qkey)
    if gone or came:
        out.append(
            FieldChange(field="quantities", old=[q.text for q in gone], new=[q.text for q in came])
        )
    wording = _wording(old, new)
    if wording:
        out.append(wording)
    return out


def _multiset_diff(
    old: Sequence[T], new: Sequence[T], key: Callable[[T], Hashable]
) -> tuple[list[T], list[T]]:
    """What only ``old`` has and what only ``new`` has, counting repeats, in their orders.

    >>> _multiset_diff([1, 2, 2, 3], [2, 3, 3], key=lambda x: x)
    ([1, 2], [3])
    """

    def only_in(these: Sequence[T], those: Sequence[T]) -> list[T]:
        left = Counter(key(x) for x in those)
        out = []
        for x in these:
            if left[key(x)] > 0:
                left[key(x)] -= 1
            else:
                out.append(x)
        return out

    return only_in(old, new), only_in(new, old)


def _amounts(values: Sequence[Value]) -> list[Amount]:
    return [Amount(value=v.value, unit=v.unit) for v in values]


def _vkey(values: Sequence[Value]) -> list[tuple[Decimal, str]]:
    return [(v.value.normalize(), v.unit) for v in values]


def _figure_change(a: Figure, b: Figure) -> FigureChange | None:
    parts: list[PartChange] = []
    old_parts = {p.label: p for p in a.parts}
    new_parts = {p.label: p for p in b.parts}
    for label in list(old_parts) + [k for k in new_parts if k not in old_parts]:
        x, y = old_parts.get(label), new_parts.get(label)
        if x is not None and y is not None and _vkey(x.values) == _vkey(y.values):
            continue
        parts.append(
            PartChange(
                label=label,
                old=_amounts(x.values) if x else None,
                new=_amounts(y.values) if y else None,
            )
        )
    if not parts and _vkey(a.total) == _vkey(b.total):
        return None
    return FigureChange(
        label=a.label, old_total=_amounts(a.total), new_total=_amounts(b.total), parts=parts
    )


def _figures(old: Document, new: Document) -> dict[str, list[Any]]:
    by_label: dict[str, deque[Figure]] = defaultdict(deque)
    for f in new.figures:
        by_label[normalise(f.label)].append(f)
    removed: list[FigureRef] = []
    changed: list[FigureChange] = []
    for f in old.figures:
        queue = by_label.get(normalise(f.label))
        if not queue:
            removed.append(FigureRef(label=f.label, total=_amounts(f.total)))
            continue
        change = _figure_change(f, queue.popleft())
        if change:
            changed.append(change)
    left = {id(f) for queue in by_label.values() for f in queue}
    added = [
        FigureRef(label=f.label, total=_amounts(f.total)) for f in new.figures if id(f) in left
    ]
    return {"figures_added": added, "figures_removed": removed, "figures_changed": changed}


def _findings(
    old: Document, new: Document, pairs: list[tuple[int, int]]
) -> tuple[list[FindingRef], list[FindingRef]]:
    """Findings (failed and warned checks) only one side has. A finding stays the same when its
    rule, status and message stay, or its rule and status stay on the same (matched) items."""
    old_index, new_index = ItemIndex(old.items), ItemIndex(new.items)
    to_new = dict(pairs)

    def items_of(check: Check, index: ItemIndex) -> list[int]:
        return sorted({i for s in check.spans if (i := index.at(s)) is not None})

    a = [c for c in old.checks if c.status != "pass"]
    b = [c for c in new.checks if c.status != "pass"]
    gone, came = _multiset_diff(a, b, lambda c: (c.rule, c.status, c.message))
    anchor_old = {id(c): tuple(to_new.get(i, -1 - i) for i in items_of(c, old_index)) for c in gone}
    anchor_new = {id(c): tuple(items_of(c, new_index)) for c in came}
    gone, came = _multiset_diff(
        gone,
        came,
        lambda c: (
            c.rule,
            c.status,
            anchor_old.get(id(c), anchor_new.get(id(c))) or ("message", c.message),
        ),
    )

    def ref(c: Check, doc: Document, index: ItemIndex) -> FindingRef:
        ids = [doc.items[i].id for i in items_of(c, index)]
        return FindingRef(rule=c.rule, status=c.status, message=c.message, items=ids)

    return [ref(c, new, new_index) for c in came], [ref(c, old, old_index) for c in gone]


def _outside_items(doc: Document) -> list[Quantity]:
    index = ItemIndex(doc.items)
    return [q for q in doc.quantities if index.at(q.span) is None]


def _sections(doc: Document) -> list[str]:
    return [f"{s.number} {s.heading}".strip() for s in doc.sections]


def diff_documents(old: Document, new: Document, old_name: str, new_name: str) -> DocumentDiff:
    """Every difference between two versions of one document that a reviewer of a plan reads."""
    pairs = match_items(old.items, new.items)
    facts_old, facts_new = item_facts(old), item_facts(new)
    paired_old, paired_new = {i for i, _ in pairs}, {j for _, j in pairs}
    changed = []
    for i, j in pairs:
        changes = _item_changes(facts_old[i], facts_new[j])
        if changes:
            changed.append(
                ItemChange(old=_ref(old.items[i]), new=_ref(new.items[j]), changes=changes)
            )
    q_gone, q_came = _multiset_diff(_outside_items(old), _outside_items(new), _qkey)
    s_gone, s_came = _multiset_diff(_sections(old), _sections(new), normalise)
    new_findings, resolved = _findings(old, new, pairs)
    return DocumentDiff(
        old=old_name,
        new=new_name,
        title=TextChange(old=old.title, new=new.title) if old.title != new.title else None,
        year=TextChange(old=old.year, new=new.year) if old.year != new.year else None,
        scopes_added=[s for s in new.scopes if s not in old.scopes],
        scopes_removed=[s for s in old.scopes if s not in new.scopes],
        sections_added=s_came,
        sections_removed=s_gone,
        items_added=[_ref(it) for j, it in enumerate(new.items) if j not in paired_new],
        items_removed=[_ref(it) for i, it in enumerate(old.items) if i not in paired_old],
        items_changed=changed,
        **_figures(old, new),
        quantities_added=[q.text for q in q_came],
        quantities_removed=[q.text for q in q_gone],
        findings_new=new_findings,
        findings_resolved=resolved,
    )
