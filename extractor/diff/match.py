"""Pair the items of two versions of a document, so that a renumbering is not a rewrite.

First the items that kept their section, number and title pair up. The rest
pair by a score in which the title weighs most, then the text, then keeping
the place (section and number) and the scope; the best pairs are taken first
and a pair below ``THRESHOLD`` is no pair: the old item was removed and the
new one added.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict, deque
from collections.abc import Sequence
from difflib import SequenceMatcher

from extractor.model import Item

TITLE_WEIGHT, TEXT_WEIGHT, PLACE_WEIGHT, SCOPE_WEIGHT = 0.45, 0.4, 0.1, 0.05
THRESHOLD = 0.45


def normalise(s: str) -> str:
    """NFKC without spaces: ``（一） 开展`` and ``(一)开展`` compare equal.

    >>> normalise("（一） 开展 帮扶")
    '(一)开展帮扶'
    """
    return "".join(unicodedata.normalize("NFKC", s).split())


def body_text(item: Item) -> str:
    """The item's text after its number and title."""
    text = normalise(item.text)
    title = normalise(item.title)
    at = text.find(title) if title else -1
    return text[at + len(title) :] if at >= 0 else text


def _bigrams(s: str) -> frozenset[str]:
    return frozenset(s[i : i + 2] for i in range(len(s) - 1)) or frozenset([s])


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    union = len(a | b)
    return len(a & b) / union if union else 0.0


def similarity(a: Item, b: Item) -> float:
    """How likely ``b`` is ``a`` in a new version, from 0 to 1.

    >>> from extractor.model import Item, Span
    >>> def item(number: str, title: str, text: str) -> Item:
    ...     return Item(id=number, number=number, title=title, text=f"{number}.{title}。{text}",
    ...                 section="二", scope=None, agencies=[], project_count=None,
    ...                 span=Span(start=0, end=1))
    >>> old = item("13", "开展产业带动工程", "安排产业带动资金100万元,支持援建扶贫车间。")
    >>> renumbered = item("12", "开展产业带动工程", "安排产业带动资金120万元,支持援建扶贫车间。")
    >>> other = item("13", "加强党政干部交流", "延续双方互派领导干部挂职的模式。")
    >>> round(similarity(old, renumbered), 2), round(similarity(old, other), 2)
    (0.84, 0.15)
    """
    return _score(a, b, _bigrams(body_text(a)), _bigrams(body_text(b)))


def _score(a: Item, b: Item, text_a: frozenset[str], text_b: frozenset[str]) -> float:
    text = _jaccard(text_a, text_b)
    place = PLACE_WEIGHT * (a.section == b.section and a.number == b.number)
    scope = SCOPE_WEIGHT * (a.scope == b.scope)
    rest = TEXT_WEIGHT * text + place + scope
    ta, tb = normalise(a.title), normalise(b.title)
    matcher = SequenceMatcher(None, ta, tb, autojunk=False)
    if rest + TITLE_WEIGHT * matcher.quick_ratio() < THRESHOLD:
        return rest  # cannot reach the threshold: skip the exact title ratio
    return rest + TITLE_WEIGHT * matcher.ratio()


def match_items(old: Sequence[Item], new: Sequence[Item]) -> list[tuple[int, int]]:
    """Pairs ``(i, j)``: ``old[i]`` became ``new[j]``; sorted by ``i``."""
    pairs: list[tuple[int, int]] = []
    slots: dict[tuple[str | None, str, str], deque[int]] = defaultdict(deque)
    for j, b in enumerate(new):
        slots[(b.section, b.number, normalise(b.title))].append(j)
    left: list[int] = []
    for i, a in enumerate(old):
        slot = slots.get((a.section, a.number, normalise(a.title)))
        if slot:
            pairs.append((i, slot.popleft()))
        else:
            left.append(i)
    taken = {j for _, j in pairs}
    right = [j for j in range(len(new)) if j not in taken]
    texts_old = {i: _bigrams(body_text(old[i])) for i in left}
    texts_new = {j: _bigrams(body_text(new[j])) for j in right}
    candidates: list[tuple[float, int, int]] = []
    for i in left:
        for j in right:
            score = _score(old[i], new[j], texts_old[i], texts_new[j])
            if score >= THRESHOLD:
                candidates.append((-score, i, j))
    candidates.sort()
    used_old: set[int] = set()
    used_new: set[int] = set()
    for _, i, j in candidates:
        if i not in used_old and j not in used_new:
            pairs.append((i, j))
            used_old.add(i)
            used_new.add(j)
    return sorted(pairs)
