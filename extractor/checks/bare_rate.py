"""A rate written without its %: ``增加1193.20万元，增长13.95。`` (rule ``percentage``, warn).

A 决算's growth sentence states the change and then its rate; when the rate's ``%`` is lost
the number reads as no quantity at all, so no check compares it and the slip is silent. The
grammar (tables/rates.py ``BARE_RATE_*``): a rate verb, a decimal, and the clause's end, right
after a change in money in the same sentence. A number with any unit (``增长2倍``, ``下降3个
百分点``, ``增长13.95万元``) is not matched.
"""

from __future__ import annotations

import re

import regex

from extractor.checks.base import make_check
from extractor.checks.prose import Prose
from extractor.checks.text import opened_matches
from extractor.facts import Analysis
from extractor.model import Check
from extractor.tables import rates as T


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


_BARE = regex.compile(rf"(?:{_alternation(T.BARE_RATE_VERBS)})(?P<n>\d+\.\d+)(?=[,;。!?\n]|$)")
# _BARE whole in one stdlib scan, the regex tried only where it matches (opened_matches): a verb
# alone let every 增长 and 提高 through, each a failed regex call. stdlib's \d is the regex
# module's on the BMP (tests/test_number_filters.py); an astral character is let through.
_DIGIT = r"[\d\U00010000-\U0010ffff]"
_BARE_OPENING = re.compile(
    rf"(?:{'|'.join(map(re.escape, T.BARE_RATE_VERBS))}){_DIGIT}+\.{_DIGIT}+(?=[,;。!?\n]|$)"
)
_CHANGE = regex.compile(rf"(?:{_alternation(T.BARE_RATE_CHANGE)})$")


def check_bare_rate(a: Analysis) -> list[Check]:
    """Every rate after a change whose % is missing."""
    p: Prose = a.prose
    out = []
    for m in opened_matches(_BARE, _BARE_OPENING, p.text, 0, len(p.text)):
        s = p.sentence_start(m.start())
        change = next(
            (
                x
                for x in p.between(s, m.start())
                if x.q.kind == "money" and _CHANGE.search(p.text, s, x.start)
            ),
            None,
        )
        if change is None or p.at(m.start("n")) is not None:
            continue
        start, end = p.span(m.start("n"), m.end("n"))
        said = p.words(s, m.end())
        out.append(
            make_check(
                "percentage",
                "warn",
                f"a rate without its %: “{p.words(m.start(), m.end())}” in “{said}”",
                [a.tm.span(start, end), a.tm.span(change.q.start, change.q.end)],
                actual=p.words(m.start("n"), m.end("n")),
            )
        )
    return out
