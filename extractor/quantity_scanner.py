"""The candidate scanner of `extractor.quantities`: one compiled regex that finds number
runs with what can follow them (range, qualifier, unit, rate), and the look-up of the
units it knows.

Built from named pieces over the tables of `extractor.tables.numerals` and
`extractor.tables.units`; works on the NFKC view and on raw full-width text.

>>> m = CANDIDATE.search("安排产业带动资金100万元")
>>> (m.group("num"), m.group("unit"))
('100万', '元')
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import regex

from extractor.facts import Kind
from extractor.quantity_rules import CN_DIGIT_CHARS, WIDE, alternation
from extractor.tables.numerals import CN_ALL, CN_START, DIGITS, FRACTION_MARK, HALF
from extractor.tables.units import (
    BARE_MULTIPLIER_AFTER,
    BARE_MULTIPLIER_BEFORE,
    BARE_VAGUE_BEFORE,
    COUNT_ALIASES,
    COUNT_UNITS,
    DURATION_UNITS,
    HALF_BEFORE_UNITS,
    HALF_BLOCKED_AFTER,
    INCLUSIVE_MARKS,
    JIAO_FEN_BLOCKED_BEFORE,
    MEASURE_UNITS,
    MONEY_UNITS,
    PERCENT_PREFIXES,
    PERCENT_UNITS,
    QUALIFIER_BLOCKED_AFTER,
    QUALIFIERS_INSIDE,
    RATE_DENOMINATORS,
)

__all__ = [
    "BARE_START",
    "CANDIDATE",
    "DURATIONS",
    "NUM",
    "UNITS",
    "UNIT_RANGE",
    "candidates",
    "unit_kind",
]

# --- unit look-up: written form -> (unit as output, kind) ----------------------------
UNITS: dict[str, tuple[str, Kind]] = {}
UNITS.update({w: (u, "money") for w, u in MONEY_UNITS.items()})
UNITS.update({w: (u, "percent") for w, u in PERCENT_UNITS.items()})
UNITS.update({w: (COUNT_ALIASES.get(w, w), "count") for w in COUNT_UNITS})
UNITS.update({w: (u, "measure") for w, u in MEASURE_UNITS.items()})
UNITS.update({w: (u, "measure") for w, u in DURATION_UNITS.items()})
# ASCII units also in full width (３０ｋｍ), which NFKC folds to the ASCII form.
UNITS.update(
    {
        w.translate(WIDE): v
        for w, v in list(UNITS.items())
        if w.isascii() and w.isalnum() and w.translate(WIDE) != w
    }
)
DURATIONS = frozenset(DURATION_UNITS.values())


def unit_kind(written: str) -> tuple[str, Kind] | None:
    """The output unit and kind of a written unit: ``万元`` is handled by the number.

    >>> unit_kind("美元")
    ('USD', 'money')
    >>> unit_kind("个百分点")
    ('百分点', 'percent')
    """
    return UNITS.get(written)


# --- the candidate scanner -------------------------------------------------------------
_D = "0-9０-９"
_SP = r"[\x20\u3000\t]"  # stray spaces inside scraped numbers (１０ 亿元); never a newline
_ARABIC = (
    rf"[{_D}]{{1,3}}(?:[,，][{_D}]{{3}})+(?![{_D}])(?:[.．][{_D}]+)?"  # 1,200,000.5
    rf"|[{_D}]{{1,3}}(?:\x20[{_D}]{{3}})+(?![{_D}])"  # 2 000 (PDF text)
    rf"|[{_D}]+(?:[.．][{_D}]+)?"  # 17869, 8.99
)
# A multiplier inside a number; 千瓦/千米/千克 and 百分点 keep their first character.
_MULT = r"(?:千(?![瓦米克伏卡帕])|百(?!分)|[十万亿拾佰仟萬億])"
_CN_DIG = "".join(sorted(CN_DIGIT_CHARS))
_CN_RUN = rf"[{CN_START}](?:[{_CN_DIG}]|{_MULT}|[点點](?=[{_CN_DIG}]))*"
# After a multiplier, Arabic digits are a literal of 3+ digits (3万4000), digits before
# another multiplier (1亿2000万, 2千5百) or one elided digit (1万5); 390万65岁 stops at 万
# and 5万亿两个台阶 at 亿 (a Chinese digit never continues an Arabic number).
_AFTER_MULT = (
    rf"[{_D}]{{3,}}(?:[.．][{_D}]+)?(?![{_D}])"
    rf"|[{_D}]+(?:[.．][{_D}]+)?(?={_SP}*{_MULT})"
    rf"|[{_D}](?![{_D}.．])"
)
_MIXED = rf"(?:{_ARABIC})(?:{_SP}*{_MULT}(?:{_MULT}|{_AFTER_MULT})*)?"
NUM = rf"(?:{_MIXED}|{_CN_RUN})"
# A bare multiplier after 超/过/突破…: 超万亿元, 过千亿 (read as 一千亿).
_BARE_AFTER = "|".join(
    rf"(?<![{QUALIFIER_BLOCKED_AFTER[w]}]){w}" if w in QUALIFIER_BLOCKED_AFTER else w
    for w in sorted(BARE_MULTIPLIER_AFTER, key=len, reverse=True)
)  # 通过万家乐: 过 after 通 is no qualifier, so 万 is no number
_BARE = (
    rf"(?<=(?:{_BARE_AFTER}))[百千]?(?:万亿|[万亿萬億])"
    rf"|(?<![{_D}.．{CN_ALL}{BARE_VAGUE_BEFORE}])[百千]?(?:万亿|[亿億])"
    rf"(?={alternation(BARE_MULTIPLIER_BEFORE)})"
)
BARE_START = frozenset("百千万亿萬億")
_SEP = r"(?:[-－~～〜—–]+|至|到)"
# A candidate never starts after these: inside a number, a code, a version, a %xx.
_NOT_AFTER = f"{_D}.．%％A-Za-zＡ-Ｚａ-ｚ"
_PCT_FIRST = "百千佰仟"
_PCT_PRE = alternation(PERCENT_PREFIXES)

_PCT_NUM = rf"(?:{NUM}|零[点點][{_CN_DIG}]+|百(?![分万亿萬億]))"  # 百分之百, 百分之零点九
_HALF_NUM = rf"{HALF}(?<![{HALF_BLOCKED_AFTER}]{HALF})(?=(?:{alternation(HALF_BEFORE_UNITS)}))"
_INCL = "|".join(regex.escape(w) for w in INCLUSIVE_MARKS)
_JF_DIGIT = "0-9０-９" + "".join(d for d in DIGITS if d not in "零〇○两兩")
_UNIT_ALT = alternation(UNITS)
# Tried after every number: a lookahead on the units' first characters fails at once where no
# unit follows (a tenth of the scanner's time on plan text). In CANDIDATE only: the set costs
# a few milliseconds to compile, and UNIT_RANGE runs only where a unit is followed by a range.
_UNIT_FIRST = "(?=[{}])".format(regex.escape("".join(sorted({w[0] for w in UNITS}))))

# What a range after a number may start with (a space, %, 含's bracket, a dash, 至/到): the
# range group, tried after every number, fails at once elsewhere.
_RANGE_FIRST = "(?=[{}])".format(
    regex.escape(
        "".join(sorted(set(" \u3000\t%％-－~～〜—–至到") | {w[0] for w in INCLUSIVE_MARKS}))
    )
)


def _candidate(unit_range: bool) -> regex.Pattern[str]:
    """The scanner; with ``unit_range`` the variant for ranges with a unit on both ends
    (1万元--5万元, 四十米到五十米), tried only where a unit is followed by a range mark."""
    unit1 = rf"(?P<unit1>{_UNIT_ALT})" if unit_range else r"(?P<unit1>(?!))?"
    unit_first = "" if unit_range else _UNIT_FIRST
    range_opt = "" if unit_range else "?"
    range_first = "" if unit_range else _RANGE_FIRST
    return regex.compile(
        rf"""
    (?<![{_NOT_AFTER}])                        # not inside a number, a code, a version, a %xx
    (?:
      (?=[{_PCT_FIRST}])(?<![{CN_ALL}])(?P<pctpre>{_PCT_PRE})(?P<pnum>{_PCT_NUM})  # 百分之八十
      (?:{_SP}*{_SEP}{_SP}*(?:{_PCT_PRE})?(?P<pnum2>{_PCT_NUM}))?          # (not 五百分之2)
    |
      (?P<num>{NUM}|{_BARE}|{_HALF_NUM})            # 100万, 一百二十, 1亿2千万, 超[万亿], 半
      (?:{FRACTION_MARK}(?P<fnum>{NUM}))?           # 三分之一
      (?:{range_first}{_SP}*(?:{unit1}|[%％]?){_SP}*(?:{_INCL})?
         {_SP}*(?P<sep>{_SEP}){_SP}*(?P<num2>{NUM})){range_opt}   # range: 1-2, 5%-10%
      (?P<mid>{"|".join(QUALIFIERS_INSIDE)})?        # 5万余元, 100多万元
      (?:(?=[个個万亿萬億])
        (?:(?P<ge>[个個])(?=[亿億](?![元万萬级台大关])))?  # 两个亿, not 8个万亿元级产业
        (?P<mult2>[万亿萬億]+)?)?
      {_SP}*
      (?P<unit>(?(unit1)(?P=unit1)|{unit_first}{_UNIT_ALT}))?
      (?:(?=[{HALF}{_JF_DIGIT}/／\x20\u3000\t])
        (?P<half>{HALF}(?:(?!\p{{Han}})|(?=[的以内左时后])))?   # 一吨半, 三成半
        (?:(?P<jiao>[{_JF_DIGIT}])角)?(?:(?P<fen>[{_JF_DIGIT}])分(?![{JIAO_FEN_BLOCKED_BEFORE}]))?
        (?:{_SP}*[/／]{_SP}*(?P<per>{alternation(RATE_DENOMINATORS)}))?)?   # 元/亩
    )
    """,
        regex.VERBOSE,
    )


CANDIDATE = _candidate(unit_range=False)
UNIT_RANGE = _candidate(unit_range=True)

# Both scanners number their groups alike: extractor.quantities reads groups by number.
if CANDIDATE.groupindex != UNIT_RANGE.groupindex:
    raise RuntimeError("the two candidate scanners must number their groups alike")

# Where a candidate can start: after none of _NOT_AFTER, the first character of a number (a
# digit, a Chinese numeral, a bare multiplier, 半) or of 百分之.
_START_CHARS = "{}{}".format(
    _D, re.escape("".join(sorted({*CN_START, *BARE_START, HALF, *_PCT_FIRST})))
)
# The set first (stdlib re then skips to it in C), the lookbehind after it, two characters wide.
_START = re.compile(f"[{_START_CHARS}](?<![{_NOT_AFTER}][{_START_CHARS}])")
# The regex module's search tests its set of first characters member by member, some 300
# instructions a character, and a call of CANDIDATE.match costs some 4,700 more than a step
# of its finditer: where more than one character in every _DENSE is an ASCII digit
# (number-dense text), the regex's own search wins. Ten counts in C cost less than counting
# the starts.
_DENSE = 4


def candidates(text: str, start: int, end: int) -> Iterator[regex.Match[str]]:
    """The matches of ``CANDIDATE.finditer(text, start, end)``; in text where numbers are
    sparse (prose), found by trying CANDIDATE only where a candidate can start.

    >>> [m.group() for m in candidates("投入100万元,完成三项", 0, 13)]
    ['100万元', '三项']
    """
    if sum(text.count(d, start, end) for d in "0123456789") * _DENSE > end - start:
        return CANDIDATE.finditer(text, start, end)  # number-dense text: the regex's own search
    return _at_starts(text, start, end)


def _at_starts(text: str, start: int, end: int) -> Iterator[regex.Match[str]]:
    match = CANDIDATE.match
    resume = start  # finditer goes on from the end of the last match
    for c in _START.finditer(text, start, end):
        p = c.start()
        if p >= resume:
            m = match(text, p, end)
            if m is not None:
                resume = m.end()
                yield m
