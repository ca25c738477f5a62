"""Lists that end at their number: ``省、市、县、乡四级``, ``集成电路、生物医药、人工智能三大``,
``县乡村三级``, ``改厨、改厕、改客房、整理院落“三改一整”``. See ``checks/lists.py`` for what is
found and why the count is never looked at."""

from __future__ import annotations

import re
from collections.abc import Iterator

import regex

from extractor.checks.lists import (
    ANNOUNCED_INSIDE,
    COUNT_REACH,
    JOINER,
    NOT_NOUN,
    NUMBER,
    QUOTES,
    Bound,
    Enumeration,
    Place,
    alternatives,
    bound_before,
    counts_of,
    in_a_word,
    near_counts,
    noun_end,
)
from extractor.checks.text import CN_NUMERALS, number_value, opened_matches
from extractor.facts import Analysis
from extractor.tables import enumerations as E

# Longer classifiers first: 个方面 before 个, 大类 before 大.
_ANY_CLASSIFIER = sorted({*E.CLASSIFIERS_AFTER_LIST, *E.CLASSIFIERS}, key=lambda w: -len(w))
_BEFORE = regex.compile(
    rf"(?P<partial>{alternatives(E.PARTIAL_BEFORE_NUMBER)})?(?P<open>“)?"
    rf"(?P<n>{NUMBER})(?P<cls>{alternatives(_ANY_CLASSIFIER)})"
)
_NUMBER_GROUP = _BEFORE.groupindex["n"]
# From a match's start to its count's last numeral: 等, “ and the count.
_BEFORE_REACH = max(map(len, E.PARTIAL_BEFORE_NUMBER)) + 1 + COUNT_REACH
_CUE = regex.compile(alternatives(E.LIST_CUES))
_BOUND_AFTER = regex.compile(alternatives(E.BOUND_AFTER_NUMBER))
_PIECE_BEFORE = regex.compile(rf"[\p{{Han}}“”]{{1,{E.MAX_PIECE_BEFORE}}}")
_HAN_TAIL = regex.compile(r"[\p{Han}“”]{1,30}$")
_NUMERAL_ONLY = regex.compile(rf"[{CN_NUMERALS}\d]+")
_PAIR = regex.compile(
    rf"“(?P<n1>[{CN_NUMERALS}])(?P<x>\p{{Han}})(?P<n2>[{CN_NUMERALS}])(?P<y>\p{{Han}})”"
)
# Where a _PAIR opens: its quote and first numeral; the regex is tried only there (one stdlib
# scan, a fifth of the regex module's).
_PAIR_OPENING = re.compile(rf"“(?=[{CN_NUMERALS}])")


def listed_before(a: Analysis) -> Iterator[Enumeration]:
    """Each number with a classifier (四级, 三大, 五类) and the 、-list or the levels before it."""
    text, (lo, hi) = a.tm.text, a.body
    for m in near_counts(_BEFORE, text, lo, hi, _BEFORE_REACH):
        # the groups in one call: the regex module looks a group's name up at each m["n"]
        partial, opened, numeral, cls = m.groups()
        number = m.span(_NUMBER_GROUP)
        n = number_value(numeral)
        if n is None or in_a_word(text, number[0]):
            continue
        end = m.end()
        if _BOUND_AFTER.match(text, end):
            continue  # 乡乡基本通三级以上公路: a grade and above
        if text.startswith(E.CHARACTER_NOUNS, end) or NOT_NOUN.match(text, end):
            continue  # “巩固、增强、提升、畅通”八个字: characters; 三个月内: a span of time
        head = m.start()
        grade = cls in E.GRADED_CLASSIFIERS and numeral in E.GRADE_NUMBERS
        cued = cls not in E.CLASSIFIERS_AFTER_LIST  # 分为…三个: only after a cue
        window = max(lo, head - E.LIST_WINDOW)
        found = None if grade else _pieces_before(text, window, head, cued)
        bound: Bound = "at_most" if partial else bound_before(a, head)
        phrase = (number[0], noun_end(text, end, hi))
        if found is not None:
            pieces, sure = found
            yield Enumeration(
                form="before",
                announced=n,
                number=number,
                phrase=phrase,
                items=tuple(pieces),
                counts=counts_of(text, pieces),
                sure=sure,
                bound=bound,
            )
        elif cls == "级" and not partial and not opened:
            yield from _levels(a, m, n, number, phrase, fewest=3 if grade else 2)


def _pieces_before(
    text: str, lo: int, end: int, cued: bool = False
) -> tuple[list[Place], bool] | None:
    """The 、-list that ends at ``end`` (its first piece cut to its last words, or to the words
    after a cue: 分为|核心区、…), or the quoted list that closes there (“文化引领、民生幸福、国际
    交流”六大); and whether it is sure: no name in it longer than a name. None when the
    pieces are not names (a numeral, a count of their own), the number is not the list's (a 、
    or a 和 right before it begins another piece; 入选全国十大 ranks them), or ``cued`` and no
    cue opens the list."""
    q = text.rfind("“", lo, end - 1) if text[end - 1 : end] == "”" else -1
    quoted = q >= 0 and "、" in text[q:end]
    if quoted:  # the list is the quote's, and the quote closes it
        if "," in text[q:end]:
            return None
        lo, end = q + 1, end - 1
    parts = text[lo:end].split("、")
    k = len(parts) - 1
    while k > 0 and _PIECE_BEFORE.fullmatch(parts[k]):
        k -= 1
    parts = parts[k:]
    if len(parts) < 2 or any(not _PIECE_BEFORE.fullmatch(p) for p in parts[1:]):
        return None
    cues = list(_CUE.finditer(parts[0]))
    cue = cues[-1] if cues else None  # the last cue in the first part
    if cue is not None:
        first_chars = len(parts[0]) - cue.end()
        if not _PIECE_BEFORE.fullmatch(parts[0], cue.end()):
            return None  # 包括地区生产总值年均增长5%左右、…: not a name after the cue
    elif quoted:
        first_chars = len(parts[0])  # “考核、督查、激励”三项机制: the quote opens the first piece
    elif cued:
        return None  # 个, 项 after a bare list may count something else (支持广州、深圳建设2个中心)
    else:
        tail = _HAN_TAIL.search(parts[0])
        if tail is None or parts[0][: tail.start()][-1:].isdigit():
            return None  # 国家级集群5个、优势特色产业集群2个: the first piece is a count's tail
        first_chars = min(len(tail.group()), E.MAX_FIRST_PIECE_CHARS)
    spans: list[Place] = []
    pos = end - len("、".join(parts))
    for k, p in enumerate(parts):
        spans.append((pos + (len(p) - first_chars if k == 0 else 0), pos + len(p)))
        pos += len(p) + 1
    for s, t in spans:
        if _NUMERAL_ONLY.fullmatch(text, s, t) or ANNOUNCED_INSIDE.search(text, s, t):
            return None
    last = text[spans[-1][0] : spans[-1][1]].strip(QUOTES)
    if not last or any(last.endswith(w) for w in E.JOINERS):
        return None  # 、“五大…” / …及十大…: the number opens a piece of its own
    if any(w in last if len(w) > 1 else last.endswith(w) for w in E.NOT_A_COUNT_OF_THE_LIST):
        return None  # 改建乡道不低于三级: a grade; 入选全国十大: a ranking
    if last.endswith(E.VERBS_BEFORE_THE_COUNT):
        return None  # 深入落实“五大战略定位”: the verb's object
    sure = all(_longest_name(text, s, t) <= E.MAX_NAME_CHARS for s, t in spans[1:])
    return spans, sure


def _longest_name(text: str, start: int, end: int) -> int:
    """The longest name in a piece, a piece 和 joins counting as its two halves."""
    cuts = [start, *(x for m in JOINER.finditer(text, start, end) for x in m.span()), end]
    return max(cuts[k + 1] - cuts[k] for k in range(0, len(cuts), 2))


def _levels(
    a: Analysis, m: regex.Match[str], n: int, number: Place, phrase: Place, fewest: int
) -> Iterator[Enumeration]:
    """省市县乡村五级 / 县乡村三级: one character a level, 乡镇 one level. At least ``fewest``
    levels: 一级 and 二级 are grades, but not after three levels (村一级 is "at the village's
    level")."""
    text, lo = a.tm.text, a.body[0]
    start = m.start()
    while start > lo and text[start - 1] in E.LEVEL_CHARS:
        start -= 1
    items: list[Place] = []
    k = start
    while k < m.start():
        width = 2 if text[k : k + 2] in E.ONE_LEVEL_PAIRS else 1
        items.append((k, k + width))
        k += width
    if len(items) < fewest or len({text[s:t] for s, t in items}) < len(items):
        return
    # the first level may belong to the word before it (全市县乡村…)
    joined = start > lo and regex.match(r"\p{Han}", text[start - 1]) is not None
    yield Enumeration(
        form="levels",
        announced=n,
        number=number,
        phrase=(start, phrase[1]),
        items=tuple(items),
        counts=frozenset({len(items), len(items) - 1} if joined else {len(items)}),
        sure=True,
    )


def pairs(a: Analysis) -> Iterator[Enumeration]:
    """改厨、改厕、改客房、整理院落“三改一整”: as many 改 and 整 pieces as the numbers say."""
    text, lo = a.tm.text, a.body[0]
    for m in opened_matches(_PAIR, _PAIR_OPENING, text, *a.body):
        found = _pieces_before(text, max(lo, m.start() - E.LIST_WINDOW), m.start())
        n1, n2 = number_value(m["n1"]), number_value(m["n2"])
        if found is None or n1 is None or n2 is None:
            continue
        pieces = found[0]
        s0, t0 = pieces[0]  # 贫困户实施改厨: the first piece starts at its 改
        at = max(text.rfind(m["x"], s0, t0), text.rfind(m["y"], s0, t0))
        pieces[0] = (max(at, s0), t0)
        words = [text[s:t] for s, t in pieces]
        xs = [p for p, w in zip(pieces, words, strict=True) if w.startswith(m["x"])]
        ys = [p for p, w in zip(pieces, words, strict=True) if w.startswith(m["y"])]
        if len(xs) + len(ys) != len(pieces) or not xs or not ys:
            continue  # not pieces built from the two words
        for value, num, named in ((n1, "n1", xs), (n2, "n2", ys)):
            yield Enumeration(
                form="pair",
                announced=value,
                number=(m.start(num), m.end(num)),
                phrase=(m.start(), m.end()),
                items=tuple(named),
                counts=frozenset({len(named)}),
                sure=True,
            )
