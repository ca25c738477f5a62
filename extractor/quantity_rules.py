"""What surrounds a number candidate: names, codes, time phrases and ranks that are no
quantity, and the written forms that change a value (a sign, a currency before the
number, half, 成, 角/分 after 元).

Plain functions over the text and a candidate match of `extractor.quantity_scanner`; the
words they consult are the tables of `extractor.tables.units`.
"""

from __future__ import annotations

import unicodedata
from decimal import Decimal

import regex

from extractor.facts import QuantityMatch
from extractor.numbers import Numeral, clean_decimal
from extractor.tables.numerals import CN_ALL, DIGITS, FINANCIAL, MINUS_SIGNS, TENS
from extractor.tables.units import (
    AMOUNT_AFTER_ONE_DIGIT_YUAN,
    BRACKET_CODE_UNITS,
    CN_ORDINAL_UNITS,
    CODE_MIN_DIGITS,
    DURATION_MARKERS,
    HALF_AFTER_UNITS,
    JIAO_FEN,
    MONEY_PREFIXES,
    NAME_AFTER_UNIT,
    NOT_QUANTITY_PATTERNS,
    NOT_QUANTITY_PHRASES,
    PROGRAMME_REACH,
    PROGRAMME_UNITS,
    PROGRAMME_WORDS,
    RANK_MARKS,
    RANK_REACH,
    RANK_WORDS,
    SCALED_UNITS,
    SIGN_WORD_AFTER,
    SIGN_WORDS,
    SLOGAN_CLOSERS,
    SLOGAN_MAX,
    SLOGAN_OPENERS,
    TIME_AFTER,
    TIME_BEFORE,
)

WIDE = {c: c + 0xFEE0 for c in range(0x21, 0x7F)}
NARROW = {v: k for k, v in WIDE.items()}
CN_DIGIT_CHARS = frozenset(DIGITS) | frozenset(TENS)
SPACES = " \u3000\t"
CN_CHARS = frozenset(CN_ALL)
HALF_VALUE = Decimal("0.5")


def alternation(words: object) -> str:
    """A regex for any of ``words``, longest first, so 个百分点 beats 个 and 美元 beats 元;
    ASCII units need a word end (5G is not 5 G-anything).

    Written as a trie (common prefixes once), which the scanner tries after every number:
    ``alternation(["个", "个月", "元"])`` is ``(?:个(?:月|)|元)``.

    >>> alternation(["个", "个月", "元"])
    '(?:个(?:月|)|元)'
    """
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for w in set(words):  # type: ignore[call-overload]
        node = trie
        for c in w:
            node = node.setdefault(c, {})
        node[""] = {"word": w}
    return _render(trie)


def _render(node: dict) -> str:  # type: ignore[type-arg]
    alts = [regex.escape(c) + _render(child) for c, child in sorted(node.items()) if c]
    if "" in node:  # the word may end here: tried after every longer continuation
        narrow = node[""]["word"].translate(NARROW)  # ｋｍ is km
        alts.append(r"(?![A-Za-zＡ-Ｚａ-ｚ])" if narrow.isascii() and narrow[-1].isalpha() else "")
    return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"


NOT_PATTERN = regex.compile("|".join(f"(?:{p})" for p in NOT_QUANTITY_PATTERNS))
PROGRAMME = regex.compile(
    rf"(?:[“「\"][^”」\"]{{1,{SLOGAN_MAX}}}[”」\"]|\p{{Han}}{{0,{PROGRAMME_REACH}}}?)"
    rf"(?:{alternation(PROGRAMME_WORDS)})"
)
RANK_WORD = regex.compile(alternation(RANK_WORDS))
CLAUSE_END = regex.compile(r"[，。；！？,;!?\n]")
NOT_PHRASE = regex.compile(alternation(NOT_QUANTITY_PHRASES))
PHRASE_REACH = max(map(len, NOT_QUANTITY_PHRASES))
PREFIXES = sorted(MONEY_PREFIXES, key=len, reverse=True)
PREFIX_LAST = frozenset(w[-1] for w in MONEY_PREFIXES)
NO_SIGN_AFTER = frozenset("0123456789０１２３４５６７８９.．%％") | frozenset(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
)
HAN = regex.compile(r"\p{Han}")
URL = regex.compile(r"(?:https?://|www\.)[!-~]+")
# Hex digits, full width too: NFKC folds them, and both views must agree. A set, so a
# caller can rule ESCAPE out by the first character without the regex.
HEX = frozenset("0123456789ABCDEFabcdef") | frozenset("0123456789ABCDEFabcdef".translate(WIDE))
ESCAPE = regex.compile(
    "[{}]{{2}}".format("".join(sorted(HEX)))
    + r"(?:$|[%&=/+.A-Za-z0-9\-％＆＝／＋．Ａ-Ｚａ-ｚ０-９－])"
)
BARE_INT = regex.compile(r"[0-9０-９]+")
LEADING_ZERO = regex.compile(r"[0０][0-9０-９]")
LONG_FRACTION = regex.compile(r"[.．][0-9０-９]{3,}$")


def inside(spans: list[tuple[int, int]], i: int) -> bool:
    return any(a <= i < b for a, b in spans)


def signed(text: str, s: int, low: Numeral, prev: QuantityMatch | None) -> tuple[int, Numeral]:
    """负3.9%, 下降-3.8%: a written sign is kept (and widens the span); a dash after a
    number or a quantity is a range (5-10), after a letter a code (COVID-19)."""
    if s == 0 or text[s - 1] not in MINUS_SIGNS or (prev is not None and prev.end >= s - 1):
        return s, low
    before = text[s - 2] if s >= 2 else ""
    if before in NO_SIGN_AFTER:
        return s, low
    if text[s - 1] in SIGN_WORDS and HAN.match(before) and before not in SIGN_WORD_AFTER:
        return s, low  # 减负1000亿元: the end of a word, not a sign
    return s - 1, Numeral(-low.value, low.precision, low.tail)


def money_prefix(text: str, s: int, last_end: int) -> tuple[str, int] | None:
    """The currency written before the number (港币两千九百六十元, ￥300) and where it starts."""
    j = s
    while j > last_end and text[j - 1] in SPACES:
        j -= 1
    if j <= last_end or text[j - 1] not in PREFIX_LAST:
        return None
    for w in PREFIXES:
        p0 = j - len(w)
        if p0 >= last_end and text.startswith(w, p0, j):
            if p0 > 0 and (text[p0 - 1] in CN_CHARS or text[p0 - 1].isdigit()):
                return None  # 5亿港元30亿元: 港元 is the unit of the number before it
            return MONEY_PREFIXES[w], p0
    return None


def cn_run_continues(text: str, i: int, n: int) -> bool:
    """百分之五 十: a Chinese numeral that goes on after a space is not the number read."""
    j = i
    while j < n and text[j] in SPACES:
        j += 1
    return j > i and j < n and text[j] in CN_CHARS


def is_time_phrase(text: str, s: int, e: int, n: int, unit: str) -> bool:
    """过去一年, 今后五年, 这五年, 新的一年, 一年来, 五年前; N年 naming a programme."""
    if ends_with(text, s, DURATION_MARKERS):
        return False  # 连续三年, 分三年: a length of time
    if ends_with(text, s, TIME_BEFORE) or any(text.startswith(w, e, n) for w in TIME_AFTER):
        return True
    return unit in PROGRAMME_UNITS and PROGRAMME.match(text, e, n) is not None


def is_rank(text: str, s: int) -> bool:
    """前3位, 全国排名46位、82位, 提升6位: a place in a ranking, not a head count."""
    if char_before(text, s) in RANK_MARKS:
        return True
    lo = max(0, s - RANK_REACH)
    for c in CLAUSE_END.finditer(text, lo, s):
        lo = c.end()
    return RANK_WORD.search(text, lo, s) is not None


def ends_with(text: str, i: int, words: tuple[str, ...]) -> bool:
    """Whether ``text[:i]`` ends with one of ``words`` (spaces before ``i`` skipped)."""
    while i > 0 and text[i - 1] in SPACES:
        i -= 1
    return text.endswith(words, 0, i)


# The units looks_like_code names: with no Chinese numeral, leading zero or CODE_MIN_DIGITS
# characters, it can only say yes to these (extractor.quantities skips the call otherwise).
CODE_UNITS = frozenset({"年"}) | frozenset(BRACKET_CODE_UNITS)


def may_be_code(num: str, cn: bool, unit_w: str) -> bool:
    """Whether ``looks_like_code`` can say yes: a Chinese numeral, a leading zero, a long number
    or a CODE_UNITS unit (the gate before the call; tests/test_quantities.py holds every code
    of ../shared/corpus to it)."""
    return cn or num[0] in "0０" or len(num) >= CODE_MIN_DIGITS or unit_w in CODE_UNITS


def looks_like_code(
    text: str, s: int, num: str, cn: bool, unit_w: str, u_end: int, ranged: bool
) -> bool:
    """Codes and ordinals that carry a unit-like character: 002100 天康生物, (204类), 二期.

    ``s`` is where the number starts, ``u_end`` where its unit ends.
    """
    if num[0] in "0０" and LEADING_ZERO.match(num):
        return True  # 002100, 06款, 000533 万家乐: a leading zero makes a code
    if cn and len(num) == 1 and num in FINANCIAL:
        return True  # 陆家嘴: one financial numeral alone is a name
    if (
        len(num) >= CODE_MIN_DIGITS
        and has_space(text[s + len(num) : u_end - len(unit_w)])
        and BARE_INT.fullmatch(num)
    ):
        return True  # 603886 元祖股份: a stock code in a table
    if cn and len(num) == 1:
        if unit_w in ("元", "圆") and not ranged and not _amount_follows(text, u_end):
            return True  # 三元股份 (a name), while 两美元, 两到三万元 and 处十元以上 count
        if unit_w in CN_ORDINAL_UNITS and num not in "两兩":
            return True  # 二期 (phase two), while 两期 counts
        if u_end < len(text) and text[u_end] in NAME_AFTER_UNIT.get(unit_w, ""):
            return True  # 五台山, 七台河: a place
    if unit_w == "年" and LONG_FRACTION.search(num):
        return True  # 4.2026年: a heading number glued to a year
    return (
        unit_w in BRACKET_CODE_UNITS
        and s > 0
        and text[s - 1] in "(（"
        and u_end < len(text)
        and text[u_end] in ")）"
    )


def _amount_follows(text: str, u_end: int) -> bool:
    """After 十元: what makes it an amount, not a name's word (三元股份, 三元正极材料): a bound or a
    fine (处十元以上五十元以下罚款, dongyingshi 养犬条例), punctuation or the text's end."""
    if u_end >= len(text) or HAN.match(text, u_end) is None:
        return True
    return text.startswith(AMOUNT_AFTER_ONE_DIGIT_YUAN, u_end)


def has_space(s: str) -> bool:
    return any(c in SPACES for c in s)


def char_before(text: str, i: int) -> str:
    """The nearest character before ``i`` that is not a space ('' at the start)."""
    j = i - 1
    while j >= 0 and text[j] in SPACES:
        j -= 1
    return text[j] if j >= 0 else ""


def quoted_label(text: str, s: int, n: int) -> bool:
    """Whether the quote opened just before ``s`` closes within SLOGAN_MAX characters: a
    number that is all of a short quoted name (“3个100万”, “117项目”, guizhou and tianjin 2026).

    >>> quoted_label("推进“3个100万”工程", 3, 12)
    True
    >>> quoted_label("“如期完成100万亩高标准农田建设”", 1, 18)
    False
    """
    return any(text[i] in SLOGAN_CLOSERS for i in range(s, min(n, s + SLOGAN_MAX)))


def looks_like_name(text: str, s: int, e: int, n: int) -> bool:
    """五位一体, 一村一品, “四个全面”, 一次性: a Chinese-numeral phrase that names, not counts."""
    if e < n and text[e] in CN_DIGIT_CHARS:
        return True
    if NOT_PATTERN.match(text, s, n) is not None:
        return True  # 走出一条…道路, 这是一项长期任务, 最多填一次
    if s > 0 and text[s - 1] in SLOGAN_OPENERS and quoted_label(text, e, min(n, s + SLOGAN_MAX)):
        return True
    for p in NOT_PHRASE.finditer(text, max(0, s - PHRASE_REACH), min(n, e + PHRASE_REACH)):
        if p.start() < e and s < p.end():
            return True
    return False


def amend(
    text: str,
    m: regex.Match[str],
    low: Numeral,
    high: Numeral | None,
    unit_w: str | None,
    unit: str,
) -> tuple[Numeral, Numeral | None, int | None]:
    """Scale (三成 = 30 %), half (一吨半), 角/分 after 元; the span's new end when trimmed."""
    end: int | None = None
    scale = SCALED_UNITS.get(unit_w or "")
    if m.group("half"):
        if unit_w in HALF_AFTER_UNITS and high is None:
            low = Numeral(low.value + HALF_VALUE, HALF_VALUE, low.tail)
        else:
            end = m.start("half")
    if m.group("jiao") or m.group("fen"):
        if unit_w in ("元", "圆") and high is None and not m.group("per"):
            value, step = low.value, low.precision
            for group, place in (("jiao", "角"), ("fen", "分")):
                if m.group(group):
                    sub = Decimal(JIAO_FEN[place])
                    value += digit_value(m.group(group)) * sub
                    step = sub
            low = Numeral(clean_decimal(value), step, low.tail)
        else:
            end = m.start("jiao") if m.group("jiao") else m.start("fen")
    if scale:
        low = scaled(low, scale)
        high = scaled(high, scale) if high is not None else None
    return low, high, end


def scaled(n: Numeral, scale: int) -> Numeral:
    return Numeral(clean_decimal(n.value * scale), clean_decimal(n.precision * scale), n.tail)


def digit_value(c: str) -> Decimal:
    c = unicodedata.normalize("NFKC", c)
    return Decimal(c) if c.isdigit() and c.isascii() else Decimal(DIGITS[c])
