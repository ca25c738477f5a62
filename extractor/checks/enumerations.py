"""Enumerations: 四类… / 五大工程 / 三项工作：①②③ name as many things as the number says.

``checks/lists.py`` finds each announcement and its list by form; here the two are compared.
A list whose form leaves it in doubt is only confirmed, never accused.
"""

from __future__ import annotations

from decimal import Decimal

from extractor.checks.base import make_check as _check
from extractor.checks.lists import JOINER, Enumeration
from extractor.checks.lists_after import announced, figure_years, ordinals
from extractor.checks.lists_before import listed_before, pairs
from extractor.checks.lists_rows import table_groups
from extractor.facts import Analysis
from extractor.model import Check, CheckStatus

_RULE = "enumeration_count"
_SHOWN_PIECES = 3  # how many named things a message quotes at each end


def find_enumerations(a: Analysis) -> list[Enumeration]:
    """Every announcement whose list the text's form shows, in document order. A number is
    read once, by the first form that finds a list for it (a list after 即 before the same
    number read as the end of a list before it)."""
    claimed: set[int] = set()  # where the numbers already read stand
    out: list[Enumeration] = []
    forms = (announced, ordinals, pairs, listed_before, figure_years, table_groups)
    for e in (e for form in forms for e in form(a)):
        if e.number[0] in claimed or not e.items:
            continue
        claimed.add(e.number[0])
        if e.restated is not None:
            claimed.add(e.restated[0])
        out.append(e)
    return sorted(out, key=lambda e: (e.number[0], e.form))


def _balanced(phrase: str) -> str:
    """The announcing words with their quotes closed: 五大工程” -> 五大工程, 三个一”目标 ->
    “三个一”目标."""
    phrase = phrase.rstrip("”") if phrase.count("”") > phrase.count("“") else phrase
    if phrase.count("”") > phrase.count("“"):
        phrase = "“" + phrase
    return phrase.rstrip("“")


def _nth(k: int) -> str:
    return {1: "1st", 2: "2nd", 3: "3rd"}.get(k, f"{k}th")


def _what(a: Analysis, e: Enumeration) -> str:
    if e.form == "pair":  # “三改一整”: the 改 pieces and the 整 pieces
        return f"named with {a.tm.text[e.number[1]]}"
    return {
        "points": "marked points",
        "headings": "headings under it",
        "rows": "rows under it",
        "ordinals": "named in order",
        "figure": "parts",
    }.get(e.form, "named")


def _listed(a: Analysis, e: Enumeration) -> str:
    """The list in the document's words, cut in the middle when long."""
    names = [a.tm.source(s, t).strip() for s, t in e.items]
    if len(names) > 2 * _SHOWN_PIECES:
        names = [*names[:_SHOWN_PIECES], "…", *names[-_SHOWN_PIECES:]]
    return "、".join(names)


def _other_reading(a: Analysis, e: Enumeration) -> str:
    """Why the list may count otherwise than its pieces, for the message ("" when it cannot): a
    和 (及, 与) that may join two named things in one piece, or a first level that may belong to
    the word before it (全市县乡村)."""
    if len(e.counts) < 2:
        return ""
    if e.form == "levels":
        return ", the first level may belong to the word before"
    found = (JOINER.search(a.tm.text, s, t) for s, t in e.items)
    joiner = next((m.group() for m in found if m is not None), "和")
    return f", with {joiner} joining two"


def _spans(a: Analysis, e: Enumeration) -> list[tuple[int, int]]:
    """The announcing words and the list: one span over a list written in one run, one per
    heading or point that opens a line (a span over whole sections would cover their text)."""
    places = [e.phrase]
    if e.form in ("headings", "points") and "\n" in a.tm.text[e.extent[0] : e.extent[1]]:
        places += list(e.items)
    else:
        places.append(e.extent)
    if e.restated is not None:
        places.append(e.restated)
    return sorted(set(places))


def _verdict(a: Analysis, e: Enumeration) -> tuple[CheckStatus, str, int, int] | None:
    """(status, message, expected, actual), or None when the list cannot say."""
    phrase = _balanced(a.tm.source(*e.phrase).strip())
    n, count = e.announced, e.count
    if e.sure and e.marks:
        for k, mark in enumerate(e.marks, 1):
            if mark != k:
                shown = a.tm.source(*e.items[k - 1]).strip()
                message = f"{phrase}: the {_nth(k)} of {count} is marked {shown}"
                return "fail", message, k, mark if mark is not None else 0
    if e.sure and e.restated is not None and e.restated_value not in (None, n):
        again = a.tm.source(*e.restated).strip()
        message = f"{phrase}, but restated as {again} after naming {count}: {_listed(a, e)}"
        return "fail", message, n, e.restated_value or 0
    low, high = min(e.counts), max(e.counts)
    joined = _other_reading(a, e)
    if n in e.counts and n != count:  # 软件信息、科技服务和商务服务三大: 和 joins two
        return "pass", f"{phrase}: {n} {_what(a, e)}{joined}", n, n
    if n in e.counts or (e.bound == "at_least" and high >= n):
        return "pass", f"{phrase}: {count} {_what(a, e)}", n, count
    if e.bound == "at_most" and low < n:
        return None  # 等十大: a list that may stop short
    if not e.sure:
        return None
    listed = f"{count} {'is' if count == 1 else 'are'} {_what(a, e)}"
    if joined:
        other = high if e.form != "levels" else low
        listed += f" ({other}{joined})"
    return "fail", f"{phrase}, but {listed}: {_listed(a, e)}", n, count


def check_enumeration_count(a: Analysis) -> list[Check]:
    """``四类贫困人口即…`` / ``省、市、县、乡四级`` / ``十个方面工作：`` and the headings under it
    name as many things as the number says."""
    out: list[Check] = []
    for e in find_enumerations(a):
        found = _verdict(a, e)
        if found is None:
            continue
        status, message, expected, actual = found
        spans = [a.tm.span(s, t) for s, t in _spans(a, e)]
        out.append(_check(_RULE, status, message, spans, Decimal(expected), Decimal(actual)))
    return out
