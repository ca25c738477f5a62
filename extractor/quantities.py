"""Find every numeric mention in plan text: money, percent, count, measure.

Each candidate of `extractor.quantity_scanner` (a number run with what can follow it:
range, qualifier, unit, rate) is classified here with cheap look-ups into the tables of
`extractor.tables.units`, with the checks of `extractor.quantity_rules` and the qualifier
words of `extractor.quantity_qualifiers`; a 万/亿 number with no unit takes one from its
neighbours or its list. Works on the NFKC view and on raw full-width text.

>>> [(q.value, q.unit, q.kind) for q in find_quantities("安排产业带动资金100万元")]
[(Decimal('1000000'), '元', 'money')]
>>> q = find_quantities("县域总面积约1.53万平方公里")[0]
>>> (q.value, q.unit, q.kind, q.qualifier, q.precision)
(Decimal('15300'), '平方公里', 'measure', '约', Decimal('100'))
>>> q = find_quantities("给予50—200万元奖励")[0]
>>> (q.value, q.low, q.high)
(None, Decimal('500000'), Decimal('2000000'))
>>> find_quantities("全面贯彻党的十九大精神,2018年2月")
[]
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from decimal import Decimal, localcontext
from operator import attrgetter

import regex

from extractor.facts import Kind, QuantityMatch
from extractor.numbers import NUMBER_CONTEXT, Numeral, clean_decimal, numeral_in_context
from extractor.quantity_qualifiers import (
    AFTER_FIRST,
    BEFORE,
    BEFORE_LAST,
    qualifier_after,
    qualifier_before,
)
from extractor.quantity_rules import (
    CN_CHARS,
    ESCAPE,
    HEX,
    PREFIX_LAST,
    SPACES,
    URL,
    alternation,
    amend,
    char_before,
    cn_run_continues,
    ends_with,
    has_space,
    inside,
    is_rank,
    is_time_phrase,
    looks_like_code,
    looks_like_name,
    may_be_code,
    money_prefix,
    quoted_label,
    signed,
)
from extractor.quantity_scanner import (
    BARE_START,
    CANDIDATE,
    DURATIONS,
    NUM,
    UNIT_RANGE,
    UNITS,
    candidates,
)
from extractor.tables.numerals import BIG_MULTIPLIERS, FRACTION_MARK, MINUS_SIGNS
from extractor.tables.units import (
    BIG_ONLY_UNITS,
    DAY_AFTER_WORDS,
    DAY_BEFORE_PREP,
    DAY_DATE_BEFORE,
    DAY_NEEDS_AFTER,
    DURATION_UNITS,
    IMPLIED_AFTER,
    IMPLIED_AFTER_GAP,
    IMPLIED_BEFORE,
    IMPLIED_LINKS,
    LABEL_WORDS,
    LIST_JOINERS,
    NAME_MARKS,
    NOT_AFTER,
    ORDINAL_MARKS,
    PERCENT_PREFIXES,
    RANK_UNITS,
    RESTRICTED_UNITS,
    SCALED_UNITS,
    SLOGAN_OPENERS,
    WORD_BEFORE_CN,
    WORD_BEFORE_DURATION,
    YEAR_MIN,
)

__all__ = ["find_quantities"]

# What may follow a unit when the range goes on: 1万元--5万元, 1万(含)-5万元, 四十米到五十米
_RANGE_NEXT = frozenset("-－~～〜—–至到(（")
_PERCENT_SIGNS = frozenset("%％")
_DATE_BEFORE = frozenset(DAY_DATE_BEFORE)  # a set: char_before gives "" at the text's start
_DAY_WORD_REACH = max(map(len, DAY_AFTER_WORDS))
# _classify and _fraction build QuantityMatch by position (a quarter cheaper than by keyword):
# four of its fields are Decimal | None, so a reordered field would pass mypy and swap values.
_POSITIONS = ("start", "end", "value", "unit", "kind", "qualifier", "precision", "low", "high")
if tuple(f.name for f in fields(QuantityMatch)) != _POSITIONS:
    raise RuntimeError("QuantityMatch's fields moved: _classify builds it by position")
_LIST_MARKS = frozenset("".join(LIST_JOINERS))
# Groups by number: the regex module looks a name up five times slower than a number (a
# tenth of the time on number-dense text).
_G = dict(CANDIDATE.groupindex)
_UNIT, _UNIT1, _NUM, _NUM2 = _G["unit"], _G["unit1"], _G["num"], _G["num2"]
# _classify reads m.groups() once (half the cost of m.group() with nine numbers): indexes in it.
_I_UNIT, _I_UNIT1, _I_PCTPRE, _I_NUM, _I_PNUM, _I_NUM2, _I_PNUM2, _I_FNUM, _I_MULT2 = (
    _G[g] - 1 for g in ("unit", "unit1", "pctpre", "num", "pnum", "num2", "pnum2", "fnum", "mult2")
)
_I_MID, _I_GE, _I_PER = _G["mid"] - 1, _G["ge"] - 1, _G["per"] - 1
# ends_with(LABEL_WORDS) can only hold where the character before is a word's last one.
_LABEL_LAST = frozenset(w[-1] for w in LABEL_WORDS)
_CHECKED_UNITS = frozenset(RANK_UNITS) | frozenset(RESTRICTED_UNITS) | frozenset(BIG_ONLY_UNITS)
_START = attrgetter("start")  # the sort key in C, not a lambda per quantity
_BIG_CHARS = frozenset(BIG_MULTIPLIERS)
_PREFIX_OR_SPACE = PREFIX_LAST | frozenset(SPACES)
_HAS_BIG = regex.compile("[{}]".format("".join(BIG_MULTIPLIERS)))
_TRAILING_MULT = regex.compile(r"[十百千万亿拾佰仟萬億\s]+$")
_BIG_TAIL = regex.compile(r"[万亿萬億\s]+$")
_IMPLIED_BEFORE = regex.compile(
    rf"(?P<kw>{alternation(IMPLIED_BEFORE)})(?:{alternation(IMPLIED_LINKS)})?[:：\x20]*$"
)
_IMPLIED_AFTER = regex.compile(
    rf"\p{{Han}}{{0,{IMPLIED_AFTER_GAP}}}?(?P<kw>{alternation(IMPLIED_AFTER)})"
)
_IMPLIED_AFTER_REACH = IMPLIED_AFTER_GAP + max(map(len, IMPLIED_AFTER))
_NOT_AFTER = regex.compile(alternation(NOT_AFTER))
# Their first two characters: a set look-up spares the regex after most units.
_NOT_AFTER_PAIRS = frozenset(w[:2] for w in NOT_AFTER)
if min(map(len, NOT_AFTER)) < 2:
    raise RuntimeError("_NOT_AFTER_PAIRS needs every NOT_AFTER word two characters long or more")
# 四次、五次、六次全会: list members before a NOT_AFTER word share its verdict.
_LIST_TAIL = regex.compile(rf"(?:(?:{alternation(UNITS)})[、和及](?:{NUM}))*")
_CENT = Decimal("0.01")
_ONE_PCT = Decimal(1)


# A minus after these is a range dash or part of a code: 5-10, COVID-19, 0531-8608.
@dataclass
class _Pending:
    """A 万/亿 number with no unit yet, waiting for a list member to lend one (10万、20万元)."""

    start: int
    end: int
    value: Decimal
    precision: Decimal
    low: Decimal | None
    high: Decimal | None
    qualifier: str | None


def find_quantities(text: str, start: int = 0, end: int | None = None) -> list[QuantityMatch]:
    """Every quantity in ``text[start:end]``, in document order, non-overlapping.

    Offsets index ``text``. Years, dates, ordinals, codes and slogans are left out.

    >>> [(q.value, q.unit) for q in find_quantities("人口32万,其中常驻人口7.29万人")]
    [(Decimal('320000'), '人'), (Decimal('72900'), '人')]
    >>> [(q.value, q.unit, q.kind) for q in find_quantities("每亩补助3.6万元/亩")]
    [(Decimal('36000'), '元/亩', 'money')]
    """
    if start < 0:  # the stdlib re scanner and regex read a negative position differently
        raise ValueError(f"start must be 0 or more, not {start}")
    with localcontext(NUMBER_CONTEXT):
        return _find(text, start, len(text) if end is None else min(end, len(text)))


def _find(text: str, start: int, n: int) -> list[QuantityMatch]:
    out: list[QuantityMatch] = []
    carry: list[_Pending] = []
    last_end = start
    prev: QuantityMatch | None = None
    skip = start  # candidates before this lie inside a range read with its units
    urls = []
    if text.find("://", start, n) >= 0 or text.find("www.", start, n) >= 0:
        urls = [(u.start(), u.end()) for u in URL.finditer(text, start, n)]
    for m in candidates(text, start, n):
        s = m.start()
        if s < skip or (urls and inside(urls, s)):
            continue  # inside a range read with its units; http://…?q=30%25: a link
        if m.lastindex == _NUM and _bare(text, m, n, last_end, carry):
            continue  # only a number (no unit, range, multiplier, prefix): spares _classify
        q = None
        e = m.end()
        while e < n and text[e] in SPACES:
            e += 1
        if e < n and text[e] in _RANGE_NEXT and m.group(_UNIT) and m.group(_NUM2) is None:
            r = UNIT_RANGE.match(text, m.start(), n)
            if r is not None:
                q = _classify(text, r, n, last_end, carry, prev)
                if q is not None or char_before(text, s) in ORDINAL_MARKS:
                    skip = r.end()  # 第一项至五项: both ends are ordinals
        if q is None:
            q = _classify(text, m, n, last_end, carry, prev)
        if q is None:
            continue
        if carry:  # the call spared: carry is mostly empty
            out.extend(_lend_unit(text, q, carry))
        out.append(q)
        last_end = q.end
        prev = q
    out.sort(key=_START)
    return out


def _classify(
    text: str,
    m: regex.Match[str],
    n: int,
    last_end: int,
    carry: list[_Pending],
    prev: QuantityMatch | None,
) -> QuantityMatch | None:
    g = m.groups()
    unit1, pct_pre, fnum = g[_I_UNIT1], g[_I_PCTPRE], g[_I_FNUM]
    unit_w = g[_I_UNIT] or unit1
    num = g[_I_NUM] or g[_I_PNUM]
    num2 = g[_I_NUM2] or g[_I_PNUM2]
    mult2 = g[_I_MULT2] or ""
    big = (
        not _BIG_CHARS.isdisjoint(num)
        or bool(mult2)
        or (num2 is not None and not _BIG_CHARS.isdisjoint(num2))
    )
    s, e = m.start(), m.end()
    prefix = None
    if unit_w in (None, "元", "圆") and s > last_end and text[s - 1] in _PREFIX_OR_SPACE:
        prefix = money_prefix(text, s, last_end)
    if unit_w is None and not pct_pre and not big and not fnum and prefix is None:
        if e < n and text[e] == "、" and num2 is None:
            _hold_bare(text, m, num, carry)  # 11.1、11.2个百分点: wait for the unit
        return None  # a bare number: the commonest case, rejected first
    mid, ge, per = g[_I_MID], g[_I_GE], g[_I_PER]
    bare = num[0] in BARE_START  # 超万亿元: a multiplier alone
    cn = num[0] in CN_CHARS
    # the call spared where no space precedes (nearly always)
    before = text[s - 1] if s and text[s - 1] not in SPACES else char_before(text, s)
    if before in ORDINAL_MARKS or before in NAME_MARKS:
        return None
    length = before in WORD_BEFORE_DURATION and unit_w in DURATION_UNITS  # 有效期三年
    if cn and before in WORD_BEFORE_CN and not length:
        return None  # 统一, 之一, 星期一
    if before in _LABEL_LAST and ends_with(text, s, LABEL_WORDS):
        return None  # 附件2 名词解释
    # value
    if fnum:
        return _fraction(text, m, num, fnum, n, last_end)
    high = numeral_in_context(num2 + mult2) if num2 else None
    low = numeral_in_context(("一" + num if bare else num) + ("" if num2 else mult2))
    if low is None or (num2 and high is None):
        return None
    if high is not None:
        low = _spread_multiplier(num, low, num2 or "", high)
    # unit and kind
    u1 = e
    if unit_w is not None and not pct_pre:
        u0 = m.start(_UNIT) if unit1 is None else m.start(_UNIT1)
        u1 = u0 + len(unit_w)
        tail = _LIST_TAIL.match(text, u0, n) if u1 < n and text[u1] in _LIST_MARKS else None
        at = tail.end() if tail else u0
        if text[at : at + 2] in _NOT_AFTER_PAIRS and _NOT_AFTER.match(text, at, n):
            if not big or num2:
                return None
            unit_w, e = None, u0  # 1200亿台阶: not 台; the context may still give a unit
        elif unit_w in _PERCENT_SIGNS and text[u1 : u1 + 1] in HEX and ESCAPE.match(text, u1, n):
            return None  # 30%25: a URL escape
    if pct_pre:
        unit, kind = PERCENT_PREFIXES[pct_pre], "percent"
    elif unit_w is not None:
        unit, kind = UNITS[unit_w]
    elif prefix is not None:
        unit, kind = prefix[0], "money"
    else:
        implied = _implied_unit(text, s, e, n, last_end) or _unit_of_list(text, s, prev)
        if implied is None and ge:
            implied = ("元", "money")  # 两个亿, 3个亿: money in plain speech
        if implied is None:
            if high is None:
                carry.append(_Pending(s, e, low.value, low.precision, None, None, None))
                del carry[:-8]
            return None
        unit, kind = implied
    if prefix is not None and kind == "money" and unit == "元":
        unit = prefix[0]  # 港币两千九百六十元
    if unit == "年" and (low.value >= YEAR_MIN or (high is not None and high.value >= YEAR_MIN)):
        return None  # 2018年, 2018-2022年: years
    if (
        unit_w is not None
        and not bare
        and may_be_code(num, cn, unit_w)  # a call spared
        and looks_like_code(text, m.start(), num, cn, unit_w, u1, num2 is not None)
    ):
        return None
    if unit_w in _CHECKED_UNITS:  # one look-up spares three for the common units
        if unit_w in RANK_UNITS and is_rank(text, s):
            return None  # 居全国前3位, 排名53位: a rank
        if cn and not big and unit_w in RESTRICTED_UNITS:
            return None  # 抓两头, 七匹狼: 头 counts after 6248万 or 500
        if not big and unit_w in BIG_ONLY_UNITS:
            return None  # 30度, 三方: 度 and 方 count after 3000亿 only
    if per:
        unit = f"{unit}/{per}"
    if cn and (
        has_space(num)
        or (len(num) == 1 and has_space(m.group()))
        or cn_run_continues(text, m.end(_last_number_group(m, pct_pre, num2)), n)
        or (kind != "percent" and looks_like_name(text, s, e, n))
    ):
        return None  # 一 批 with spaces is scraped prose, not a number; 百分之五 十
    quoted = not cn and s > 0 and text[s - 1] in SLOGAN_OPENERS
    if quoted and kind != "money" and quoted_label(text, s, n):
        return None  # “3个100万”, “117项目”, “30条”: a programme's name (money stays money)
    if unit_w is not None and (unit_w in SCALED_UNITS or e > u1):
        low, high, unit_end = amend(text, m, low, high, unit_w, unit)
        if unit_end is not None:
            e = unit_end
    # qualifiers widen the span: 约1.53万平方公里, 50家左右
    qualifier = mid
    q_end, after = e, None
    if e < n and text[e] in AFTER_FIRST:  # the call spared where no qualifier can follow
        q_end, after = qualifier_after(text, e, n, unit)
    qualifier = qualifier or after
    days = False
    if unit_w == "日":
        days = _day_count(text, m, s, cn)
        if before == "月" or (after not in DAY_NEEDS_AFTER and not days):
            return None  # 3月1日, 12月31日以上数据: a date; 30日内, 超过十日: a duration
    if unit in DURATIONS and after is None and not days and is_time_phrase(text, s, e, n, unit):
        return None  # 过去一年, 五年来, 三年行动计划
    if s > 0 and text[s - 1] in MINUS_SIGNS:
        s, low = signed(text, s, low, prev)
    if prefix is not None:
        s = prefix[1]
    q_start = s
    if s > last_end and text[s - 1] in BEFORE_LAST:  # the call spared for most quantities
        q_start, qualifier = qualifier_before(text, s, last_end, qualifier)
    value = None if high is not None else low.value
    precision = (high or low).precision
    return QuantityMatch(  # by position: a quarter cheaper than by keyword
        q_start,
        q_end,
        value,
        unit,
        kind,  # type: ignore[arg-type]
        qualifier,
        precision,
        low.value if high is not None else None,
        high.value if high is not None else None,
    )


def _bare(text: str, m: regex.Match[str], n: int, last_end: int, carry: list[_Pending]) -> bool:
    """Whether a candidate whose last group is its number (lastindex) is a bare number, the
    commonest candidate, which _classify would reject first (no 万/亿, no currency before)."""
    num = m.group(_NUM)
    if not _BIG_CHARS.isdisjoint(num):
        return False
    s, e = m.start(), m.end()
    if s > last_end and text[s - 1] in _PREFIX_OR_SPACE and money_prefix(text, s, last_end):
        return False
    if e < n and text[e] == "、":
        _hold_bare(text, m, num, carry)  # 11.1、11.2个百分点: wait for the unit
    return True


def _day_count(text: str, m: regex.Match[str], s: int, cn: bool) -> bool:
    """Whether the 日 of ``m`` counts days by the words around it (超过十日, 三十日前)."""
    if text.endswith(DAY_AFTER_WORDS, max(0, s - _DAY_WORD_REACH), s):
        return True
    end = m.end(_UNIT)
    return cn and text.startswith(DAY_BEFORE_PREP, end) and char_before(text, s) not in _DATE_BEFORE


def _last_number_group(m: regex.Match[str], pct_pre: str | None, num2: str | None) -> int:
    if pct_pre:
        return _G["pnum2"] if num2 else _G["pnum"]
    return _G["num2"] if num2 else _G["num"]


def _fraction(
    text: str, m: regex.Match[str], den: str, num: str, n: int, last_end: int
) -> QuantityMatch | None:
    """三分之一 -> 33.33 %, 二分之一 -> 50 %: a share, in percent, rounded to 0.01."""
    q = numeral_in_context(f"{den}{FRACTION_MARK}{num}")
    d, x = numeral_in_context(den), numeral_in_context(num)
    if q is None or d is None or x is None or d.value < 2 or q.value > 1:
        return None
    exact = x.value * 100 / d.value
    value = exact.quantize(_CENT)
    precision = _CENT if value != exact else _ONE_PCT
    if value == exact and value != value.to_integral_value():
        precision = clean_decimal(Decimal(1).scaleb(value.normalize().as_tuple().exponent))  # type: ignore[arg-type]
    e = m.end("fnum")
    q_end, qualifier = qualifier_after(text, e, n, "%")
    q_start, qualifier = qualifier_before(text, m.start(), last_end, qualifier)
    return QuantityMatch(
        q_start, q_end, clean_decimal(value), "%", "percent", qualifier, clean_decimal(precision)
    )


def _unit_of_list(text: str, s: int, prev: QuantityMatch | None) -> tuple[str, Kind] | None:
    """产值超500亿、1000亿: a later list member takes the unit of the one before it."""
    if prev is None or prev.kind == "percent" or text[prev.end : s] not in LIST_JOINERS:
        return None
    return prev.unit, prev.kind


def _hold_bare(text: str, m: regex.Match[str], num: str, carry: list[_Pending]) -> None:
    """Keep a bare Arabic list member (11.1、11.2个百分点) for the unit that may follow."""
    s = m.start()
    if num[0] in CN_CHARS or char_before(text, s) in ORDINAL_MARKS:
        return
    low = numeral_in_context(num)
    if low is not None:
        e = m.end("num")
        carry.append(_Pending(s, e, low.value, low.precision, None, None, None))
        del carry[:-8]


def _spread_multiplier(low_text: str, low: Numeral, high_text: str, high: Numeral) -> Numeral:
    """50—200万: the multiplier written once applies to both ends (50万—200万)."""
    if high.tail == 1 or _HAS_BIG.search(low_text):
        return low
    tail = _TRAILING_MULT.search(high_text)
    big = _BIG_TAIL.search(high_text)
    for suffix in (tail and tail.group(), big and big.group()):
        if suffix:
            spread = numeral_in_context(low_text + suffix)
            if spread is not None and spread.value < high.value:
                return spread
    return low


def _implied_unit(text: str, s: int, e: int, n: int, last_end: int) -> tuple[str, Kind] | None:
    """安排100万资金, 人口32万: the unit a bare 万/亿 number takes from its neighbours."""
    if e < n and text[e].isascii() and text[e].isalpha():
        return None  # 算力规模5万Q: a unit this table does not know, never money
    lo = max(last_end, s - 12)
    for w in BEFORE:  # 人口约32万: look past the qualifier
        if s >= len(w) and text.startswith(w, s - len(w), s):
            s -= len(w)
            break
    mb = _IMPLIED_BEFORE.search(text, lo, s)
    if mb is not None:
        return IMPLIED_BEFORE[mb.group("kw")], _kind_of(IMPLIED_BEFORE[mb.group("kw")])
    ma = _IMPLIED_AFTER.match(text, e, min(n, e + _IMPLIED_AFTER_REACH))
    if ma is not None:
        return IMPLIED_AFTER[ma.group("kw")], _kind_of(IMPLIED_AFTER[ma.group("kw")])
    return None


def _kind_of(unit: str) -> Kind:
    return "money" if unit == "元" else "count"


def _lend_unit(text: str, q: QuantityMatch, carry: list[_Pending]) -> list[QuantityMatch]:
    """Give waiting list members (10万、20万元) the unit of the member that has one."""
    if not carry:
        return []
    chain: list[_Pending] = []
    edge = q.start
    for p in reversed(carry):
        if text[p.end : edge] not in LIST_JOINERS:
            break
        chain.append(p)
        edge = p.start
    carry.clear()
    if q.kind not in ("money", "count", "measure", "percent"):
        return []
    if q.unit == "年" and any(p.value >= YEAR_MIN for p in chain):
        return []  # 2019、2020年: years
    return [
        QuantityMatch(p.start, p.end, p.value, q.unit, q.kind, None, p.precision)
        for p in reversed(chain)
    ]
