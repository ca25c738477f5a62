"""What the numeric checks share: the document's own words, plain numbers, sentences."""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable, Iterator
from decimal import Decimal

import regex

from extractor.facts import Analysis, OutlineNode
from extractor.outline import cn_small_int
from extractor.tables import figures as T

CN_NUMERALS = "".join(T.COUNT_NUMERALS)
CLAUSE = regex.compile(r"[,;:。!?\n]")
# 我区四个携手奔小康地区 / 分三年: how many parts a total announces.
ANNOUNCED = regex.compile(
    rf"(?:(?P<n>{T.COUNT_NUMBER})(?:个|类|项|大)|分(?P<m>{T.COUNT_NUMBER})年)"
)


def words(a: Analysis, start: int, end: int) -> str:
    """The document's own words for normalised ``[start, end)``."""
    return a.tm.source(start, end).strip()


def plain(value: Decimal) -> str:
    """``Decimal('600000.0')`` -> ``600000``."""
    text = format(value.normalize(), "f")
    return text


def number_value(s: str) -> int | None:
    """``四`` -> 4, ``十一`` -> 11, ``12`` -> 12; None for anything that is not a small number
    (document text reaches here, so a numeral the table lacks must not raise)."""
    return cn_small_int(s)


def scope_at(a: Analysis, pos: int) -> str | None:
    return scope_of(a.node_at(pos))


def scope_of(node: OutlineNode | None) -> str | None:
    """The scope of the innermost unit around ``node`` (itself included) that names one."""
    while node is not None:
        if node.scope:
            return node.scope
        node = node.parent
    return None


# What ends a sentence: found by one stdlib scan of the whole text, once (_stops).
_STOP = re.compile(r"[。!?\n;]")
_MATCH_START = re.Match.start


@functools.lru_cache(maxsize=2)  # every check of a document asks of its one text
def _stops(text: str) -> list[int]:
    """Where each sentence stop of ``text`` stands, in order: the checks ask for hundreds of
    sentences of a document, and a bisect here is cheaper than a regex search each."""
    return list(map(_MATCH_START, _STOP.finditer(text)))  # no Python step per stop


def sentence_start(text: str, start: int, floor: int = 0) -> int:
    """Where the sentence around ``start`` starts: ``sentence(...)[0]`` without its end.

    >>> sentence_start("甲。乙丙,丁。戊", 3)
    2
    """
    if start <= floor:
        return start
    lo = max(floor, start - T.MAX_SENTENCE_CHARS)
    stops = _stops(text)
    k = bisect.bisect_left(stops, start) - 1  # the last stop before ``start``
    return stops[k] + 1 if k >= 0 and stops[k] >= lo else lo


def sentence(text: str, start: int, end: int, floor: int = 0) -> tuple[int, int]:
    """The sentence around ``[start, end)``, not starting before ``floor``; at most
    ``MAX_SENTENCE_CHARS`` each way, so text with no stops does not cost quadratic time.

    >>> sentence("甲。乙丙,丁。戊", 3, 4)
    (2, 6)
    """
    a = sentence_start(text, start, floor)
    hi = min(len(text), end + T.MAX_SENTENCE_CHARS)
    if end >= hi:
        return a, max(end, hi)
    stops = _stops(text)
    k = bisect.bisect_left(stops, end)  # the first stop at or after ``end``
    return a, stops[k] if k < len(stops) and stops[k] < hi else max(end, hi)


def one_of(chars: str) -> str:
    """A stdlib re class of the literal ``chars``: ``[比较]``."""
    return "[" + "".join(map(re.escape, sorted(set(chars)))) + "]"


def word_opening(words: Iterable[str]) -> re.Pattern[str]:
    """Where an alternation of ``words`` (two characters or more) opens, for opened_matches."""
    words = tuple(words)
    if any(len(w) < 2 for w in words):
        raise ValueError(f"an opening needs two characters of each word: {words}")
    return re.compile(
        f"{one_of(''.join(w[0] for w in words))}(?={one_of(''.join(w[1] for w in words))})"
    )


def branch_opening(firsts: str, branches: Iterable[str]) -> re.Pattern[str]:
    """Where any of the stdlib regexes ``branches`` matches, each starting with one of
    ``firsts``, for opened_matches: the scan goes by the first characters at C speed and tests
    the branches only there (a pattern that starts with an alternation is tried whole at every
    character). The match is the first character, the lookbehind putting the branches at it."""
    return re.compile(f"{one_of(firsts)}(?<=(?=(?:{'|'.join(branches)})).)")


def opened_matches(
    pattern: regex.Pattern[str], opening: re.Pattern[str], text: str, lo: int, hi: int
) -> Iterator[regex.Match[str]]:
    """``pattern.finditer(text, lo, hi)`` for a pattern whose every match starts where ``opening``
    matches (its first characters, as one stdlib re class and a lookahead): the pattern is tried
    only there, not at every character, a third of the cost of a scan of a long regex."""
    k = lo
    while (found := opening.search(text, k, hi)) is not None:
        m = pattern.match(text, found.start(), hi)
        if m is None:
            k = found.start() + 1
        else:
            yield m
            k = m.end()


def char_matches(
    pattern: regex.Pattern[str], chars: str, text: str, lo: int, hi: int
) -> Iterator[regex.Match[str]]:
    """``pattern.finditer(text, lo, hi)`` for a pattern whose every match starts with one of
    ``chars``: the pattern is tried only where str.find puts one, a third of the cost of the
    regex's own scan where they are rare (从 and 由 in a plan)."""
    starts = []
    for c in chars:
        k = text.find(c, lo, hi)
        while k >= 0:
            starts.append(k)
            k = text.find(c, k + 1, hi)
    end = lo
    for k in sorted(starts):
        if k >= end and (m := pattern.match(text, k, hi)) is not None:
            yield m
            end = m.end()


# ---- parts_sum ---------------------------------------------------------------------------
