"""Find every numeric mention in plan text: money, percent, count, measure.

One compiled regex finds candidate number runs with what can follow them (range,
qualifier, unit, rate); each candidate is then classified with cheap look-ups into the
tables of `extractor.tables.units`. Works on the NFKC view and on raw full-width text.

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

from dataclasses import dataclass
from decimal import Decimal

import regex

from extractor.facts import Kind, QuantityMatch
from extractor.numbers import Numeral, parse_numeral
from extractor.tables.numerals import (
    BIG_MULTIPLIERS,
    CN_ALL,
    CN_START,
    DIGITS,
    FINANCIAL,
    TENS,
)
from extractor.tables.units import (
    BARE_MULTIPLIER_AFTER,
    BOUND_VERBS,
    BOUNDS_BEFORE_VERB,
    BRACKET_CODE_UNITS,
    CN_ORDINAL_UNITS,
    CODE_MIN_DIGITS,
    COUNT_UNITS,
    DAY_NEEDS_AFTER,
    DURATION_MARKERS,
    DURATION_UNITS,
    IMPLIED_AFTER,
    IMPLIED_AFTER_GAP,
    IMPLIED_BEFORE,
    IMPLIED_LINKS,
    LABEL_WORDS,
    LIST_JOINERS,
    MEASURE_UNITS,
    MONEY_UNITS,
    NAME_MARKS,
    NOT_AFTER,
    NOT_QUANTITY_PATTERNS,
    NOT_QUANTITY_PHRASES,
    ORDINAL_MARKS,
    PERCENT_PREFIXES,
    PERCENT_UNITS,
    PROGRAMME_REACH,
    PROGRAMME_UNITS,
    PROGRAMME_WORDS,
    QUALIFIER_AFTER_BLOCKED_BEFORE,
    QUALIFIER_BLOCKED_AFTER,
    QUALIFIERS_AFTER,
    QUALIFIERS_AFTER_DURATION,
    QUALIFIERS_BEFORE,
    QUALIFIERS_INSIDE,
    RANK_MARKS,
    RANK_REACH,
    RANK_UNITS,
    RANK_WORDS,
    RATE_DENOMINATORS,
    SLOGAN_CLOSERS,
    SLOGAN_MAX,
    SLOGAN_OPENERS,
    TIME_AFTER,
    TIME_BEFORE,
    WORD_BEFORE_CN,
    YEAR_MIN,
)

__all__ = ["find_quantities", "unit_kind"]

# --- unit look-up: written form -> (unit as output, kind) ----------------------------
_UNITS: dict[str, tuple[str, Kind]] = {}
_UNITS.update({w: (u, "money") for w, u in MONEY_UNITS.items()})
_UNITS.update({w: (u, "percent") for w, u in PERCENT_UNITS.items()})
_UNITS.update({w: (w, "count") for w in COUNT_UNITS})
_UNITS.update({w: (u, "measure") for w, u in MEASURE_UNITS.items()})
_UNITS.update({w: (u, "measure") for w, u in DURATION_UNITS.items()})
_DURATIONS = frozenset(DURATION_UNITS.values())
_CN_DIGIT_CHARS = frozenset(DIGITS) | frozenset(TENS)


def unit_kind(written: str) -> tuple[str, Kind] | None:
    """The output unit and kind of a written unit: ``万元`` is handled by the number.

    >>> unit_kind("美元")
    ('USD', 'money')
    >>> unit_kind("个百分点")
    ('百分点', 'percent')
    """
    return _UNITS.get(written)


def _alternation(words: object) -> str:
    """Longest first, so 个百分点 beats 个 and 美元 beats 元; ASCII units need a word end."""
    parts = []
    for w in sorted(set(words), key=lambda w: (-len(w), w)):  # type: ignore[call-overload]
        esc = regex.escape(w)
        parts.append(esc + r"(?![A-Za-z])" if w.isascii() and w.isalpha() else esc)
    return "|".join(parts)


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
_CN_DIG = "".join(sorted(_CN_DIGIT_CHARS))
_CN_RUN = rf"[{CN_START}](?:[{_CN_DIG}]|{_MULT}|[点點](?=[{_CN_DIG}]))*"
_MIXED = rf"(?:{_ARABIC})(?:{_SP}*{_MULT}(?:{_MULT}|[{_D}]+(?:[.．][{_D}]+)?|[{_CN_DIG}])*)?"
_NUM = rf"(?:{_MIXED}|{_CN_RUN})"
# A bare multiplier after 超/过/突破…: 超万亿元, 过千亿 (read as 一千亿).
_BARE_AFTER = "|".join(
    rf"(?<![{QUALIFIER_BLOCKED_AFTER[w]}]){w}" if w in QUALIFIER_BLOCKED_AFTER else w
    for w in sorted(BARE_MULTIPLIER_AFTER, key=len, reverse=True)
)  # 通过万家乐: 过 after 通 is no qualifier, so 万 is no number
_BARE = rf"(?<=(?:{_BARE_AFTER}))[百千]?(?:万亿|[万亿萬億])"
_BARE_START = frozenset("百千万亿萬億")
_SEP = r"(?:[-－~～〜—–]+|至|到)"
_PCT_PRE = _alternation(PERCENT_PREFIXES)

_CANDIDATE = regex.compile(
    rf"""
    (?<![{_D}.．A-Za-zＡ-Ｚａ-ｚ])               # not inside a number, a code or a version
    (?:
      (?P<pctpre>{_PCT_PRE})(?P<pnum>{_NUM})         # 百分之八十
      (?:{_SP}*{_SEP}{_SP}*(?:{_PCT_PRE})?(?P<pnum2>{_NUM}))?
    |
      (?P<num>{_NUM}|{_BARE})                        # 100万, 一百二十, 1亿2千万, 超[万亿]
      (?:{_SP}*[%％]?{_SP}*(?P<sep>{_SEP}){_SP}*(?P<num2>{_NUM}))?   # range: 1-2, 5%-10%
      (?P<mid>{"|".join(QUALIFIERS_INSIDE)})?        # 5万余元, 100多万元
      (?P<mult2>[万亿萬億]+)?
      {_SP}*
      (?P<unit>{_alternation(_UNITS)})?
      (?:{_SP}*[/／]{_SP}*(?P<per>{_alternation(RATE_DENOMINATORS)}))?   # 元/亩
    )
    """,
    regex.VERBOSE,
)
_HAS_BIG = regex.compile("[{}]".format("".join(BIG_MULTIPLIERS)))
_TRAILING_MULT = regex.compile(r"[十百千万亿拾佰仟萬億\s]+$")
_BIG_TAIL = regex.compile(r"[万亿萬億\s]+$")
_IMPLIED_BEFORE = regex.compile(
    rf"(?P<kw>{_alternation(IMPLIED_BEFORE)})(?:{_alternation(IMPLIED_LINKS)})?[:：\x20]*$"
)
_IMPLIED_AFTER = regex.compile(
    rf"\p{{Han}}{{0,{IMPLIED_AFTER_GAP}}}?(?P<kw>{_alternation(IMPLIED_AFTER)})"
)
_IMPLIED_AFTER_REACH = IMPLIED_AFTER_GAP + max(map(len, IMPLIED_AFTER))
_NOT_AFTER = regex.compile(_alternation(NOT_AFTER))
# 四次、五次、六次全会: list members before a NOT_AFTER word share its verdict.
_LIST_TAIL = regex.compile(rf"(?:(?:{_alternation(_UNITS)})[、和及](?:{_NUM}))*")
_NOT_PATTERN = regex.compile("|".join(f"(?:{p})" for p in NOT_QUANTITY_PATTERNS))
_PROGRAMME = regex.compile(
    rf"(?:[“「\"][^”」\"]{{1,{SLOGAN_MAX}}}[”」\"]|\p{{Han}}{{0,{PROGRAMME_REACH}}}?)"
    rf"(?:{_alternation(PROGRAMME_WORDS)})"
)
_RANK_WORD = regex.compile(_alternation(RANK_WORDS))
_CLAUSE_END = regex.compile(r"[，。；！？,;!?\n]")
_BOUND_VERB = regex.compile(
    rf"(?P<bound>{_alternation(BOUNDS_BEFORE_VERB)})(?:{_alternation(BOUND_VERBS)})$"
)
_BOUND_REACH = max(map(len, BOUNDS_BEFORE_VERB)) + max(map(len, BOUND_VERBS))
_NOT_PHRASE = regex.compile(_alternation(NOT_QUANTITY_PHRASES))
_PHRASE_REACH = max(map(len, NOT_QUANTITY_PHRASES))
_BEFORE = sorted(QUALIFIERS_BEFORE, key=len, reverse=True)
_AFTER = sorted(QUALIFIERS_AFTER, key=len, reverse=True)
_AFTER_DURATION = sorted(QUALIFIERS_AFTER_DURATION, key=len, reverse=True)
_CN_ALL = frozenset(CN_ALL)
_SPACES = " \u3000\t"


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
    n = len(text) if end is None else min(end, len(text))
    out: list[QuantityMatch] = []
    carry: list[_Pending] = []
    last_end = start
    prev: QuantityMatch | None = None
    for m in _CANDIDATE.finditer(text, start, n):
        q = _classify(text, m, n, last_end, carry, prev)
        if q is None:
            continue
        out.extend(_lend_unit(text, q, carry))
        out.append(q)
        last_end = q.end
        prev = q
    out.sort(key=lambda q: q.start)
    return out


def _classify(
    text: str,
    m: regex.Match[str],
    n: int,
    last_end: int,
    carry: list[_Pending],
    prev: QuantityMatch | None,
) -> QuantityMatch | None:
    unit_w = m.group("unit")
    pct_pre = m.group("pctpre")
    num = m.group("num") or m.group("pnum")
    num2 = m.group("num2") or m.group("pnum2")
    mult2 = m.group("mult2") or ""
    big = _HAS_BIG.search(num + (num2 or "") + mult2) is not None
    if unit_w is None and not pct_pre and not big:
        if m.end() < n and text[m.end()] == "、" and num2 is None:
            _hold_bare(text, m, num, carry)  # 11.1、11.2个百分点: wait for the unit
        return None  # a bare number: the commonest case, rejected first
    s, e = m.start(), m.end()
    bare = num[0] in _BARE_START  # 超万亿元: a multiplier alone
    cn = num[0] in _CN_ALL
    before = _char_before(text, s)
    if before in ORDINAL_MARKS or before in NAME_MARKS or (cn and before in WORD_BEFORE_CN):
        return None
    if _ends_with(text, s, LABEL_WORDS):
        return None  # 附件2 名词解释
    # value
    high = _parse(num2, mult2) if num2 else None
    low = _parse("一" + num if bare else num, "" if num2 else mult2)
    if low is None or (num2 and high is None):
        return None
    if high is not None:
        low = _spread_multiplier(num, low, num2 or "", high)
    # unit and kind
    if unit_w is not None and not pct_pre:
        u0 = m.start("unit")
        tail = _LIST_TAIL.match(text, u0, n)
        if _NOT_AFTER.match(text, tail.end() if tail else u0, n):
            if not big or num2:
                return None
            unit_w, e = None, u0  # 1200亿台阶: not 台; the context may still give a unit
    if pct_pre:
        unit, kind = PERCENT_PREFIXES[pct_pre], "percent"
    elif unit_w is not None:
        unit, kind = _UNITS[unit_w]
    else:
        implied = _implied_unit(text, s, e, n, last_end) or _unit_of_list(text, s, prev)
        if implied is None:
            if high is None:
                carry.append(_Pending(s, e, low.value, low.precision, None, None, None))
                del carry[:-8]
            return None
        unit, kind = implied
    if unit == "年" and (low.value >= YEAR_MIN or (high is not None and high.value >= YEAR_MIN)):
        return None  # 2018年, 2018-2022年: years
    if unit_w is not None and not bare and _looks_like_code(text, m, num, cn, unit_w, kind, n):
        return None
    if unit_w in RANK_UNITS and _is_rank(text, s):
        return None  # 居全国前3位, 排名53位: a rank
    if m.group("per"):
        unit = f"{unit}/{m.group('per')}"
    if cn and ((kind != "percent" and _looks_like_name(text, s, e, n)) or _has_space(m.group())):
        return None  # 一 批 with spaces is scraped prose, not a number
    # qualifiers widen the span: 约1.53万平方公里, 50家左右
    qualifier = m.group("mid")
    q_end, after = _qualifier_after(text, e, n, unit)
    qualifier = qualifier or after
    if unit_w == "日" and after not in DAY_NEEDS_AFTER:
        return None  # 3月1日: a date; 30日内: a duration
    if unit in _DURATIONS and after is None and _is_time_phrase(text, s, e, n, unit):
        return None  # 过去一年, 五年来, 三年行动计划
    q_start = s
    for w in _BEFORE:
        q0 = s - len(w)
        if q0 >= last_end and text.startswith(w, q0, s):
            prev_c = text[q0 - 1] if q0 > 0 else ""
            if not prev_c or prev_c not in QUALIFIER_BLOCKED_AFTER.get(w, ""):
                qualifier, q_start = w, q0
            break
    else:
        bound = _BOUND_VERB.search(text, max(last_end, s - _BOUND_REACH), s)
        if bound is not None and qualifier is None:
            qualifier = bound.group("bound")  # 每家最高给予500万元: span stays on the number
    value = None if high is not None else low.value
    precision = (high or low).precision
    return QuantityMatch(
        start=q_start,
        end=q_end,
        value=value,
        unit=unit,
        kind=kind,  # type: ignore[arg-type]
        qualifier=qualifier,
        precision=precision,
        low=low.value if high is not None else None,
        high=high.value if high is not None else None,
    )


def _qualifier_after(text: str, e: int, n: int, unit: str) -> tuple[int, str | None]:
    """The qualifier after the unit (70% 以上 may have a space) and the new end of the span."""
    j = e
    while j < n and text[j] in _SPACES:
        j += 1
    for w in _AFTER_DURATION + _AFTER if unit in _DURATIONS else _AFTER:
        if text.startswith(w, j, n):
            k = j + len(w)
            if k < n and text[k] in QUALIFIER_AFTER_BLOCKED_BEFORE.get(w, ""):
                break  # 一份多式联运: 多 starts a word
            return k, w
    return e, None


def _is_time_phrase(text: str, s: int, e: int, n: int, unit: str) -> bool:
    """过去一年, 今后五年, 这五年, 新的一年, 一年来, 五年前; N年 naming a programme."""
    if _ends_with(text, s, DURATION_MARKERS):
        return False  # 连续三年, 分三年: a length of time
    if _ends_with(text, s, TIME_BEFORE) or any(text.startswith(w, e, n) for w in TIME_AFTER):
        return True
    return unit in PROGRAMME_UNITS and _PROGRAMME.match(text, e, n) is not None


def _is_rank(text: str, s: int) -> bool:
    """前3位, 全国排名46位、82位, 提升6位: a place in a ranking, not a head count."""
    if _char_before(text, s) in RANK_MARKS:
        return True
    lo = max(0, s - RANK_REACH)
    for c in _CLAUSE_END.finditer(text, lo, s):
        lo = c.end()
    return _RANK_WORD.search(text, lo, s) is not None


def _ends_with(text: str, i: int, words: tuple[str, ...]) -> bool:
    """Whether ``text[:i]`` ends with one of ``words`` (spaces before ``i`` skipped)."""
    while i > 0 and text[i - 1] in _SPACES:
        i -= 1
    return any(text.startswith(w, i - len(w), i) for w in words if i >= len(w))


def _unit_of_list(text: str, s: int, prev: QuantityMatch | None) -> tuple[str, Kind] | None:
    """产值超500亿、1000亿: a later list member takes the unit of the one before it."""
    if prev is None or prev.kind == "percent" or text[prev.end : s] not in LIST_JOINERS:
        return None
    return prev.unit, prev.kind


def _hold_bare(text: str, m: regex.Match[str], num: str, carry: list[_Pending]) -> None:
    """Keep a bare Arabic list member (11.1、11.2个百分点) for the unit that may follow."""
    s = m.start()
    if num[0] in _CN_ALL or _char_before(text, s) in ORDINAL_MARKS:
        return
    low = parse_numeral(num)
    if low is not None:
        e = m.end("num")
        carry.append(_Pending(s, e, low.value, low.precision, None, None, None))
        del carry[:-8]


_BARE_INT = regex.compile(r"[0-9０-９]+")
_LEADING_ZERO = regex.compile(r"[0０][0-9０-９]")
_LONG_FRACTION = regex.compile(r"[.．][0-9０-９]{3,}$")


def _looks_like_code(
    text: str, m: regex.Match[str], num: str, cn: bool, unit_w: str, kind: str, n: int
) -> bool:
    """Codes and ordinals that carry a unit-like character: 002100 天康生物, (204类), 二期."""
    bare = _BARE_INT.fullmatch(num) is not None
    if _LEADING_ZERO.match(num):
        return True  # 002100, 06款, 000533 万家乐: a leading zero makes a code
    if cn and len(num) == 1 and num in FINANCIAL:
        return True  # 陆家嘴: one financial numeral alone is a name
    if bare and len(num) >= CODE_MIN_DIGITS and _has_space(text[m.end("num") : m.start("unit")]):
        return True  # 603886 元祖股份: a stock code in a table
    if (
        cn
        and len(num) == 1
        and (kind == "money" or (unit_w in CN_ORDINAL_UNITS and num not in "两兩"))
    ):
        return True  # 三元股份 (a name); 二期 (phase two), while 两期 counts
    if unit_w == "年" and _LONG_FRACTION.search(num):
        return True  # 4.2026年: a heading number glued to a year
    u_end = m.end("unit")
    return (
        unit_w in BRACKET_CODE_UNITS
        and m.start() > 0
        and text[m.start() - 1] in "(（"
        and u_end < n
        and text[u_end] in ")）"
    )


def _has_space(s: str) -> bool:
    return any(c in _SPACES for c in s)


def _char_before(text: str, i: int) -> str:
    """The nearest character before ``i`` that is not a space ('' at the start)."""
    j = i - 1
    while j >= 0 and text[j] in _SPACES:
        j -= 1
    return text[j] if j >= 0 else ""


def _parse(num: str, mult: str) -> Numeral | None:
    return parse_numeral(num + mult)


def _spread_multiplier(low_text: str, low: Numeral, high_text: str, high: Numeral) -> Numeral:
    """50—200万: the multiplier written once applies to both ends (50万—200万)."""
    if high.tail == 1 or _HAS_BIG.search(low_text):
        return low
    tail = _TRAILING_MULT.search(high_text)
    big = _BIG_TAIL.search(high_text)
    for suffix in (tail and tail.group(), big and big.group()):
        if suffix:
            spread = parse_numeral(low_text + suffix)
            if spread is not None and spread.value < high.value:
                return spread
    return low


def _implied_unit(text: str, s: int, e: int, n: int, last_end: int) -> tuple[str, Kind] | None:
    """安排100万资金, 人口32万: the unit a bare 万/亿 number takes from its neighbours."""
    if e < n and text[e].isascii() and text[e].isalpha():
        return None  # 算力规模5万Q: a unit this table does not know, never money
    lo = max(last_end, s - 12)
    for w in _BEFORE:  # 人口约32万: look past the qualifier
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


def _looks_like_name(text: str, s: int, e: int, n: int) -> bool:
    """五位一体, 一村一品, “四个全面”, 一次性: a Chinese-numeral phrase that names, not counts."""
    if e < n and text[e] in _CN_DIGIT_CHARS:
        return True
    if _NOT_PATTERN.match(text, s, n) is not None:
        return True  # 走出一条…道路, 这是一项长期任务, 最多填一次
    if s > 0 and text[s - 1] in SLOGAN_OPENERS:
        close = next((i for i in range(e, min(n, s + SLOGAN_MAX)) if text[i] in SLOGAN_CLOSERS), -1)
        if close >= 0:
            return True
    for p in _NOT_PHRASE.finditer(text, max(0, s - _PHRASE_REACH), min(n, e + _PHRASE_REACH)):
        if p.start() < e and s < p.end():
            return True
    return False


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
