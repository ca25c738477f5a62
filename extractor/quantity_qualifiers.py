"""The qualifier words around a quantity: 约, 超过, 不少于 before the number, 以上, 左右
after its unit (they widen the span), or a bound one verb away (最高给予500万元).

The words are the tables of `extractor.tables.units`; `extractor.quantities` calls these
for each quantity it keeps.

>>> qualifier_after("50家左右", 3, 5, "家")
(5, '左右')
>>> qualifier_before("每家最高给予500万元", 6, 0, None)
(6, '最高')
"""

from __future__ import annotations

import regex

from extractor.quantity_rules import SPACES, alternation
from extractor.quantity_scanner import DURATIONS
from extractor.tables.units import (
    BOUND_VERBS,
    BOUNDS_BEFORE_VERB,
    INCLUSIVE_MARKS,
    QUALIFIER_AFTER_BLOCKED_BEFORE,
    QUALIFIER_BLOCKED_AFTER,
    QUALIFIERS_AFTER,
    QUALIFIERS_AFTER_DURATION,
    QUALIFIERS_BEFORE,
)

__all__ = ["AFTER_FIRST", "BEFORE", "BEFORE_LAST", "qualifier_after", "qualifier_before"]

_BOUND_VERB = regex.compile(
    rf"(?P<bound>{alternation(BOUNDS_BEFORE_VERB)})(?:{alternation(BOUND_VERBS)})$"
)
_BOUND_REACH = max(map(len, BOUNDS_BEFORE_VERB)) + max(map(len, BOUND_VERBS))
_BOUND_VERB_WORDS = tuple(BOUND_VERBS)
# _verb_before can only hold where the character before is a verb's last one or a newline.
_VERB_LAST_OR_NL = frozenset(w[-1] for w in BOUND_VERBS) | {"\n"}
BEFORE = sorted(QUALIFIERS_BEFORE, key=len, reverse=True)
_BEFORE_WORDS = tuple(BEFORE)
_BEFORE_LAST = frozenset(w[-1] for w in QUALIFIERS_BEFORE)
_AFTER = tuple(sorted(QUALIFIERS_AFTER, key=len, reverse=True))
_AFTER_DURATION = sorted(QUALIFIERS_AFTER_DURATION, key=len, reverse=True)
_AFTER_ANY_DURATION = (*_AFTER_DURATION, *_AFTER)  # after a duration: its own words first
# Where qualifier_before can find a word or a verb: the character before the number.
BEFORE_LAST = _BEFORE_LAST | _VERB_LAST_OR_NL
# Where qualifier_after can find a word: a space, 含's bracket or a word's first character.
AFTER_FIRST = frozenset(SPACES) | frozenset("(（") | frozenset(w[0] for w in _AFTER_ANY_DURATION)


def qualifier_before(
    text: str, s: int, last_end: int, qualifier: str | None
) -> tuple[int, str | None]:
    """约, 超过, 不少于 right before the number (they widen the span), or a bound one verb away."""
    if s > last_end and text[s - 1] in _BEFORE_LAST:
        q = _qualifier_word(text, s, last_end)
        if q is not None:
            return q if q[1] is not None else (s, qualifier)
    if (
        qualifier is not None
        or s <= last_end  # lo below is at least last_end and below s
        or text[s - 1] not in _VERB_LAST_OR_NL  # spares the rest for most numbers
    ):
        return s, qualifier
    lo = max(last_end, s - _BOUND_REACH)
    if not _verb_before(text, lo, s):
        return s, qualifier
    bound = _BOUND_VERB.search(text, lo, s)
    if bound is not None:
        return s, bound.group("bound")  # 每家最高给予500万元: span stays on the number
    return s, qualifier


def _verb_before(text: str, lo: int, s: int) -> bool:
    """Whether a bound verb ends at ``s`` (or before a line break there: ``$`` matches
    before a final newline), which _BOUND_VERB needs: one test rules most numbers out."""
    if text.endswith(_BOUND_VERB_WORDS, lo, s):
        return True
    return s > lo and text[s - 1] == "\n" and text.endswith(_BOUND_VERB_WORDS, lo, s - 1)


def _qualifier_word(text: str, s: int, last_end: int) -> tuple[int, str | None] | None:
    """The qualifier word that ends at ``s`` (start, word); word None when it is blocked."""
    if not text.endswith(_BEFORE_WORDS, last_end, s):
        return None  # one C call rules out most numbers whose last character fits a word
    for w in BEFORE:
        q0 = s - len(w)
        if q0 >= last_end and text.startswith(w, q0, s):
            prev_c = text[q0 - 1] if q0 > 0 else ""
            if not prev_c or prev_c not in QUALIFIER_BLOCKED_AFTER.get(w, ""):
                return q0, w
            return s, None  # 通过100个: 过 belongs to 通过
    return None


def qualifier_after(text: str, e: int, n: int, unit: str) -> tuple[int, str | None]:
    """The qualifier after the unit (70% 以上 may have a space) and the new end of the span."""
    j = e
    while j < n and text[j] in SPACES:
        j += 1
    if j < n and text[j] in "(（":
        for mark in INCLUSIVE_MARKS:  # 50万元（含）以上
            if text.startswith(mark, j, n):
                j += len(mark)
                break
    words = _AFTER_ANY_DURATION if unit in DURATIONS else _AFTER
    if not text.startswith(words, j, n):
        return e, None  # no qualifier after: the common case, one test
    for w in words:
        if text.startswith(w, j, n):
            k = j + len(w)
            if k < n and text[k] in QUALIFIER_AFTER_BLOCKED_BEFORE.get(w, ""):
                break  # 一份多式联运: 多 starts a word
            return k, w
    return e, None
