"""Enumerations: 四类… / 五大工程 / 三项工作：①②③ name as many things as the number says."""

from __future__ import annotations

from decimal import Decimal

import regex

from extractor.checks.base import make_check as _check
from extractor.checks.text import ANNOUNCED, CN_NUMERALS, number_value, sentence, words
from extractor.facts import Analysis
from extractor.model import Check
from extractor.tables import figures as T

# 四类贫困人口即… / 五大工程即… / 八个到位即“…”
_ENUM_HEAD = regex.compile(
    rf"(?P<n>{T.COUNT_NUMBER})(?P<cls>类|大|个|项|方面)(?P<noun>\p{{Han}}{{1,6}}?)即"
)
# 省、市、县、乡四级 / …和电子证照6大基础信息资源库 / 县乡村三级
_ENUM_TAIL = regex.compile(rf"(?P<n>{T.COUNT_NUMBER})(?P<cls>级|大)")
# 改厨、改厕、改客房、整理院落“三改一整”: three pieces start with 改, one with 整
_ENUM_PAIR = regex.compile(
    rf"“(?P<n1>[{CN_NUMERALS}])(?P<x>\p{{Han}})(?P<n2>[{CN_NUMERALS}])(?P<y>\p{{Han}})”"
)
_LEVELS = "省市县区乡镇村组"
# 重点抓好三项工作:①…;②…;③… / 做好四个方面:一是…二是… — a count announced before a colon
# and the marked points that follow it in the same paragraph.
_ENUM_COLON = regex.compile(
    rf"(?P<n>{T.COUNT_NUMBER})(?P<cls>项|个|类|大|件|条|方面)(?P<noun>\p{{Han}}{{0,8}}?)[:：]"
)
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_SHI_POINT = regex.compile(r"([一二三四五六七八九十]{1,2})是")
_HAN_RUN = regex.compile(r"\p{Han}{1,10}")
_HAN_TAIL = regex.compile(r"\p{Han}{1,30}$")


# ---- enumeration_count -------------------------------------------------------------------


def _count_pieces(segment: str) -> int:
    pieces = [p for p in regex.split(r"[、,]", segment.strip(" “”\"'")) if p.strip(" “”\"'")]
    return len(pieces)


def _list_before(text: str, lo: int, end: int) -> tuple[int, int] | None:
    """The 、-list that ends at ``end``: (where it starts, how many pieces), or None.

    ``健全完善省、市、县、乡`` -> 4 (the first piece is cut to its last words);
    ``宏观经济、空间地理和电子证照`` -> the last piece splits on 和/及.
    """
    pieces = text[lo:end].split("、")
    k = len(pieces) - 1
    while k > 0 and _HAN_RUN.fullmatch(pieces[k]):
        k -= 1
    pieces = pieces[k:]
    if len(pieces) < 2 or any(not _HAN_RUN.fullmatch(p) for p in pieces[1:]):
        return None
    first = _HAN_TAIL.search(pieces[0])
    if first is None:
        return None
    count = len(pieces)
    if regex.search(r"\p{Han}[和及]\p{Han}", pieces[-1]):
        count += 1
    first_len = min(len(first.group()), 6)
    start = end - len("、".join(pieces[1:])) - 1 - first_len
    return start, count


def _marked_points(segment: str) -> int:
    """How many points ①②③… or 一是、二是… run from the first one on, in order (0 if none)."""
    circled = [c for c in segment if c in _CIRCLED]
    seq: list[int | None]
    if circled:
        seq = [_CIRCLED.index(c) + 1 for c in circled]
    else:
        seq = [number_value(m.group(1)) for m in _SHI_POINT.finditer(segment)]
    if not seq or seq[0] != 1 or seq != list(range(1, len(seq) + 1)):
        return 0  # not one clean run of points: nothing to count
    return len(seq)


def check_enumeration_count(a: Analysis) -> list[Check]:
    """``四类贫困人口即…`` / ``省、市、县、乡四级`` name as many things as the number says."""
    text = a.tm.text
    lo, hi = a.body
    out: list[Check] = []
    for m in _ENUM_HEAD.finditer(text, lo, hi):
        n = number_value(m["n"])
        if n is None:
            continue
        end = m.end()
        while end < hi and text[end] not in "。;\n":
            end += 1
        segment = text[m.end() : end]
        restated = segment.find(m["n"] + m["cls"])
        quoted = regex.match(r"\s*“([^”]+)”", segment)
        if restated > 0:
            segment, sure = segment[:restated], True
        elif quoted:
            segment, sure = quoted.group(1), True
        else:
            continue
        count = _count_pieces(segment.removesuffix("的"))
        spans = [a.tm.span(m.start(), m.end() + len(segment) + (2 if quoted else 0))]
        what = words(a, m.start(), m.end() - 1)
        if count == n:
            out.append(
                _check(
                    "enumeration_count",
                    "pass",
                    f"{what}: {count} named",
                    spans,
                    Decimal(n),
                    Decimal(count),
                    None,
                )
            )
        elif sure and n > 1:
            out.append(
                _check(
                    "enumeration_count",
                    "fail",
                    f"{what}, but {count} are named",
                    spans,
                    Decimal(n),
                    Decimal(count),
                    None,
                )
            )
    for m in _ENUM_TAIL.finditer(text, lo, hi):
        n = number_value(m["n"])
        if n is None:
            continue
        listed = _list_before(text, max(lo, m.start() - 60), m.start())
        if listed is not None:
            start, count = listed
        elif m.start() - n >= lo and all(ch in _LEVELS for ch in text[m.start() - n : m.start()]):
            start, count = m.start() - n, n  # 县乡村三级
        else:
            continue
        if count != n or n < 2:
            continue  # a list before a number is a guess: confirm, never accuse
        out.append(
            _check(
                "enumeration_count",
                "pass",
                f"{words(a, max(lo, start), m.end())}: {n} named",
                [a.tm.span(max(lo, start), m.end())],
                Decimal(n),
                Decimal(count),
                None,
            )
        )
    for m in _ENUM_COLON.finditer(text, lo, hi):
        n = number_value(m["n"])
        if n is None:
            continue
        stop = text.find("\n", m.end(), hi)
        stop = hi if stop < 0 else stop
        count = _marked_points(text[m.end() : stop])
        if count < 2 or n < 2:
            continue
        what = words(a, m.start(), m.end() - 1)
        spans = [a.tm.span(m.start(), stop)]
        if count == n:
            out.append(
                _check(
                    "enumeration_count",
                    "pass",
                    f"{what}: {count} marked points",
                    spans,
                    Decimal(n),
                    Decimal(count),
                    None,
                )
            )
        else:
            out.append(
                _check(
                    "enumeration_count",
                    "fail",
                    f"{what}, but {count} points are marked",
                    spans,
                    Decimal(n),
                    Decimal(count),
                    None,
                )
            )
    for m in _ENUM_PAIR.finditer(text, lo, hi):
        listed = _list_before(text, max(lo, m.start() - 60), m.start())
        if listed is None:
            continue
        start, _ = listed
        pieces = text[start : m.start()].split("、")
        n1, n2 = number_value(m["n1"]), number_value(m["n2"])
        if n1 is None or n2 is None:
            continue
        want = (n1, n2)
        got = (
            sum(p.startswith(m["x"]) for p in pieces[1:]) + (m["x"] in pieces[0]),
            sum(p.startswith(m["y"]) for p in pieces[1:]) + (m["y"] in pieces[0]),
        )
        if got == want and sum(got) == len(pieces):
            what = words(a, start, m.end())
            out.append(
                _check(
                    "enumeration_count",
                    "pass",
                    f"{what}: {want[0]}+{want[1]} named",
                    [a.tm.span(start, m.end())],
                    Decimal(sum(want)),
                    Decimal(sum(got)),
                    None,
                )
            )
    for fig in a.figures:
        s, _ = sentence(text, fig.start, fig.start, lo)
        for m in ANNOUNCED.finditer(text, s, fig.total[0].start):
            if m["m"] and number_value(m["m"]) == len(fig.parts):
                spans = [a.tm.span(m.start(), fig.end)]
                out.append(
                    _check(
                        "enumeration_count",
                        "pass",
                        f"{words(a, m.start(), m.end())}: {len(fig.parts)} parts",
                        spans,
                        Decimal(len(fig.parts)),
                        Decimal(len(fig.parts)),
                        None,
                    )
                )
    return out
