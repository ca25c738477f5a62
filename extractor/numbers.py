"""Numerals -> Decimal: Arabic, Chinese, financial and mixed forms, with their precision.

``parse_number`` reads a numeral alone (no unit); ``parse_numeral`` also says how
precisely it was written and which multiplier closes it (for ranges such as
``50—200万``, where 万 applies to both ends). All arithmetic is Decimal.

>>> parse_number("一百二十")
Decimal('120')
>>> parse_number("二点五亿")
Decimal('250000000')
>>> parse_number("1亿2千万")
Decimal('120000000')
>>> parse_number("壹佰贰拾万圆整")
Decimal('1200000')
>>> parse_number("十四五") is None
True
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass
from decimal import Context, Decimal, InvalidOperation, localcontext

import regex

from extractor.tables.numerals import (
    AMOUNT_CLOSERS,
    BIG_MULTIPLIERS,
    DECIMAL_POINTS,
    DIGITS,
    FRACTION_MARK,
    FRACTION_PLACES,
    GROUP_SEPARATORS,
    HALF,
    MINUS_SIGNS,
    NOT_FRACTION_DIGITS,
    SMALL_MULTIPLIERS,
    TENS,
    ZEROS,
)

__all__ = [
    "NUMBER_CONTEXT",
    "Numeral",
    "clean_decimal",
    "numeral_in_context",
    "parse_number",
    "parse_numeral",
]

# All arithmetic runs in this context, whatever the caller's: a library imported beside
# us may lower the global precision (Recognizers-Text sets 15 digits), and 10.36百亿亿
# needs 20.
NUMBER_CONTEXT = Context(prec=60)

_TEN = Decimal(10)
_ONE = Decimal(1)

# One token of a numeral; spaces between tokens are dropped, commas/spaces between
# digit groups only count when they separate groups of three (1,200 / 2 000).
_TOKEN = regex.compile(
    r"""
    (?P<arabic>[0-9]{{1,3}}(?:[{groups}][0-9]{{3}})+(?![0-9])(?:\.[0-9]+)?  # 1,200,000.5 / 2 000
              |[0-9]+(?:\.[0-9]+)?)                                # 17869 / 8.99
    |(?P<digit>[{digits}])
    |(?P<tens>[{tens}])
    |(?P<small>[{small}])
    |(?P<big>[{big}])
    |(?P<point>[{points}])
    |(?P<space>\s+)
    """.format(
        groups="".join(regex.escape(c) for c in sorted(GROUP_SEPARATORS)),
        digits="".join(DIGITS),
        tens="".join(TENS),
        small="".join(SMALL_MULTIPLIERS),
        big="".join(BIG_MULTIPLIERS),
        points="".join(sorted(DECIMAL_POINTS - {"."})),
    ),
    regex.VERBOSE,
)
_PLAIN = regex.compile(r"([0-9]+(?:\.[0-9]+)?)([万亿萬億]?)")
# Financial amounts may end in 圆 / 元 and 整: 壹佰贰拾万圆整.
_CLOSER = regex.compile(r"[圆圓元]?[{}]?$".format("".join(sorted(AMOUNT_CLOSERS))))


@dataclass(frozen=True)
class Numeral:
    """A parsed numeral: ``2.5亿`` -> value 250000000, precision 10000000, tail 100000000.

    ``precision`` is the place value of the last digit written; ``tail`` is the product
    of the multipliers written after that digit (1 when there are none).
    """

    value: Decimal
    precision: Decimal
    tail: Decimal


def clean_decimal(d: Decimal) -> Decimal:
    """Drop exponent noise: ``Decimal('55600.00')`` -> ``Decimal('55600')``.

    >>> clean_decimal(Decimal("5.56") * 10000)
    Decimal('55600')
    >>> clean_decimal(Decimal("8.990"))
    Decimal('8.99')
    """
    if d == d.to_integral_value():
        return d.quantize(_ONE)
    return d.normalize()


def parse_number(s: str) -> Decimal | None:
    """The value of a numeral written alone, or None when ``s`` is not one numeral.

    >>> parse_number("1,200")
    Decimal('1200')
    >>> parse_number("２ ０００")
    Decimal('2000')
    >>> parse_number("一千零五")
    Decimal('1005')
    """
    n = parse_numeral(s)
    return None if n is None else n.value


def parse_numeral(s: str) -> Numeral | None:
    """Value, precision and closing multiplier of a numeral, or None.

    >>> parse_numeral("2.5亿")
    Numeral(value=Decimal('250000000'), precision=Decimal('10000000'), tail=Decimal('100000000'))
    >>> parse_numeral("一百二十").precision
    Decimal('10')
    >>> parse_numeral("负三十二").value, parse_numeral("3万4000").value
    (Decimal('-32'), Decimal('34000'))
    """
    if not s or len(s) > 64:
        return None
    with localcontext(NUMBER_CONTEXT):
        return numeral_in_context(s)


@functools.lru_cache(maxsize=4096)
def numeral_in_context(s: str) -> Numeral | None:
    """``parse_numeral`` for a caller already inside ``NUMBER_CONTEXT`` (find_quantities).

    Cached: a plan writes the same numerals again and again (a table's 100, every 万元 of a
    budget), and a Numeral is immutable. Every caller is inside ``NUMBER_CONTEXT``, so a
    cached result is the one a fresh parse would give."""
    if not s or len(s) > 64:
        return None
    s = unicodedata.normalize("NFKC", s).strip()
    sign = 1
    if s[:1] in MINUS_SIGNS:  # NFKC turns － into -, but not − (U+2212)
        sign, s = -1, s[1:].lstrip()
    n = _unsigned(s)
    if n is None or sign == 1:
        return n
    return Numeral(clean_decimal(-n.value), n.precision, n.tail)


def _unsigned(s: str) -> Numeral | None:
    plain = _PLAIN.fullmatch(s)  # 17869, 8.99, 100万: the commonest numerals need no fold
    if plain:
        value, step = _arabic(plain.group(1))
        mult = Decimal(BIG_MULTIPLIERS[plain.group(2)]) if plain.group(2) else _ONE
        return Numeral(clean_decimal(value * mult), clean_decimal(step * mult), mult)
    if s == HALF:
        return Numeral(Decimal("0.5"), Decimal("0.5"), _ONE)
    if FRACTION_MARK in s:
        return _fraction(*s.split(FRACTION_MARK, 1))
    s = _CLOSER.sub("", s) if len(s) > 1 else s
    tokens: list[tuple[str, str]] = []
    pos = 0
    for m in _TOKEN.finditer(s):
        if m.start() != pos:
            return None
        pos = m.end()
        kind = m.lastgroup
        assert kind is not None
        if kind != "space":
            tokens.append((kind, m.group()))
    if pos != len(s) or not tokens:
        return None
    try:
        if _is_positional(tokens):
            return _positional(tokens)
        return _Fold().run(tokens)
    except (InvalidOperation, ArithmeticError):
        return None


def _fraction(denominator: str, numerator: str) -> Numeral | None:
    """三分之一 -> 0.3333 (precision 0.0001); 五分之一 -> 0.2, exact."""
    den, num = _unsigned(denominator), _unsigned(numerator)
    if den is None or num is None or den.value == 0 or FRACTION_MARK in numerator:
        return None
    try:
        q = num.value / den.value
    except (InvalidOperation, ArithmeticError):
        return None
    step = _TEN**-FRACTION_PLACES
    rounded = q.quantize(step)
    if rounded != q:
        return Numeral(clean_decimal(rounded), step, _ONE)
    exact = clean_decimal(q)
    exponent = exact.as_tuple().exponent
    precision = _TEN ** min(0, exponent) if isinstance(exponent, int) else _ONE
    return Numeral(exact, precision, _ONE)


def _is_positional(tokens: list[tuple[str, str]]) -> bool:
    """二〇一八 / 一九九八: digits only, with a zero or long enough to be a year (三五 is not)."""
    if len(tokens) < 2 or any(k != "digit" for k, _ in tokens):
        return False
    return len(tokens) >= 4 or any(t in ZEROS for _, t in tokens)


def _positional(tokens: list[tuple[str, str]]) -> Numeral:
    """二〇一八 -> 2018: Chinese digits written place by place."""
    value = 0
    for _, t in tokens:
        value = value * 10 + DIGITS[t]
    return Numeral(Decimal(value), _ONE, _ONE)


def _arabic(t: str) -> tuple[Decimal, Decimal]:
    """Value and step of an Arabic numeral: '8.99' -> (8.99, 0.01)."""
    for sep in GROUP_SEPARATORS:
        t = t.replace(sep, "")
    d = Decimal(t)
    if "." in t:
        return d, _TEN ** -(len(t) - t.index(".") - 1)
    return d, _ONE


class _Fold:
    """Fold digits and multipliers: total (done 万/亿 sections) + section (< 万) + pending.

    Multipliers fall within a section (十一十二 is no number), a 万/亿 never follows a
    smaller one with digits between (5万3亿), and repeated ones multiply (四万万 = 4亿).
    A lone digit after a multiplier takes the place below it (两千三 = 2300, 三万五 =
    35000); several Arabic digits are literal (3万4000 = 34000, 1万600 = 10600).
    """

    __slots__ = (
        "after_zero",
        "biggest",
        "frac_step",
        "last_mult",
        "pending",
        "place",
        "point_after_digit",
        "prev",
        "saw_digit",
        "section",
        "single",
        "small_limit",
        "tail",
        "total",
    )

    def __init__(self) -> None:
        self.total = Decimal(0)
        self.section = Decimal(0)
        self.pending: Decimal | None = None
        self.single = False  # pending is one digit written alone (may be elided: 一万五)
        self.place = _ONE  # place value of the last digit written
        self.tail = _ONE  # multipliers written after the last digit
        self.biggest = Decimal(0)  # largest 万/亿 applied so far
        self.small_limit = Decimal(10**4)  # a 十/百/千 must stay below the one before it
        self.last_mult = Decimal(0)  # the multiplier just before the pending digit
        self.after_zero = False
        self.frac_step: Decimal | None = None  # after a point: the place of the next digit
        self.point_after_digit = False
        self.saw_digit = False
        self.prev = ""

    def run(self, tokens: list[tuple[str, str]]) -> Numeral | None:
        steps = {
            "arabic": self._arabic,
            "digit": self._digit,
            "tens": self._tens,
            "point": self._point,
            "small": self._small,
            "big": self._big,
        }
        for kind, t in tokens:
            if not steps[kind](t):
                return None
            self.prev = kind
        if not self.saw_digit or self.prev == "point":
            return None
        if self.pending is not None:
            settle = self.frac_step is None and self.prev in ("digit", "arabic")
            if settle and not self._settle():
                return None
            self.section += self.pending
        value = self.total + self.section
        return Numeral(clean_decimal(value), clean_decimal(self.place), clean_decimal(self.tail))

    def _elided(self) -> bool:
        return self.single and self.last_mult > 10 and not self.after_zero

    def _settle(self) -> bool:
        """The digit written last: 一百二 -> 120; 3万4000 stays 4000 but must fit below 万."""
        assert self.pending is not None
        if self._elided():
            scale = self.last_mult / _TEN
            self.pending *= scale
            self.place = scale
            return True
        if self.last_mult == 0:
            return True
        places = len(str(self.last_mult)) - 1  # 万 -> 4
        digits = len(str(self.pending.to_integral_value()))
        # 3万4000 = 34000, 1万600 = 10600, 5百20 = 520; 1万50 and 390万65 are no numbers
        return self.pending < self.last_mult and digits >= min(3, places)

    def _arabic(self, t: str) -> bool:
        if self.prev in ("arabic", "digit", "tens", "point"):
            return False
        self.pending, self.place = _arabic(t)
        self.single = len(t) == 1
        self.tail, self.saw_digit, self.frac_step = _ONE, True, None
        return True

    def _digit(self, t: str) -> bool:
        d = Decimal(DIGITS[t])
        if self.frac_step is not None:
            if t in NOT_FRACTION_DIGITS:
                return False  # 一点两 is no number
            self.pending = (self.pending or Decimal(0)) + d * self.frac_step
            self.place = self.frac_step
            self.frac_step /= _TEN
        elif t in ZEROS:
            if self.prev == "arabic":
                return False
            if not self.prev:  # 零, 零点五: a leading zero is the number zero
                self.pending, self.place, self.tail, self.saw_digit = Decimal(0), _ONE, _ONE, True
                self.single = False
            self.after_zero, self.last_mult = True, Decimal(0)
            return True
        else:
            if self.prev in ("arabic", "digit") and not self.after_zero:
                return False
            if self.prev == "digit" and self.pending is not None:
                return False
            self.pending, self.place, self.single = d, _ONE, True
        self.tail, self.saw_digit = _ONE, True
        return True

    def _tens(self, t: str) -> bool:
        if self.pending is not None or self.frac_step is not None:
            return False
        self.section += Decimal(TENS[t])
        self.place, self.tail, self.saw_digit, self.last_mult = _TEN, _ONE, True, _TEN
        return True

    def _point(self, _t: str) -> bool:
        if self.frac_step is not None:
            return False
        if self.prev in ("digit", "arabic"):
            if self.pending is None or self.place < 1:
                return False  # 2.5点3
            if self._elided():  # 两千三点一 = 2300.1, 一千六点五 = 1600.5
                if self.last_mult >= 10**4:
                    return False  # 一万五点五: 15000.5 or 10005.5? neither is safe
                self.pending *= self.last_mult / _TEN
            self.point_after_digit = self.section == 0
        elif self.prev in ("small", "big"):  # 四百点五, 十点二三, 四百亿点零五零
            self.pending, self.point_after_digit = Decimal(0), False
        else:
            return False
        self.frac_step = _ONE / _TEN
        self.single = False
        return True

    def _small(self, t: str) -> bool:
        u = Decimal(SMALL_MULTIPLIERS[t])
        if self.frac_step is not None and not self.point_after_digit:
            return False  # 十点三十 (a clock time), 两千三点一千
        if self.pending is None:
            if u != 10 or self.prev == "small":
                return False
            self.pending, self.place, self.saw_digit = _ONE, _ONE, True  # 十五 = 一十五
        if u >= self.small_limit:
            return False  # 十一十二, 五百三百: not one number
        self.section += self.pending * u
        self.small_limit = u
        self.place *= u
        self.tail *= u
        self.pending, self.frac_step, self.after_zero, self.last_mult = None, None, False, u
        self.single = False
        return True

    def _big(self, t: str) -> bool:
        u = Decimal(BIG_MULTIPLIERS[t])
        if not self.saw_digit:
            return False
        self.place *= u
        self.tail *= u
        if self.prev == "big":  # 四万万 = 4亿, 5万亿 = 5 * 10**12
            self.total *= u
            self.biggest *= u
            self.last_mult *= u
            return True
        pending = self.pending
        small_before = self.last_mult < 10**4  # 两千三万 = 2300万 (but 5亿1万)
        if pending is not None and self.frac_step is None and self._elided() and small_before:
            self.pending = pending * self.last_mult / _TEN
        part = self.section + (self.pending or 0)
        if self.total == 0 and self.biggest == 0:
            self.total, self.biggest = part * u, u
        elif u < self.biggest and part * u < self.biggest:
            self.total += part * u  # 1亿2000万
        else:
            return False  # 5万3亿, 1亿2亿, 1亿20000万
        self.section, self.pending, self.frac_step, self.after_zero = Decimal(0), None, None, False
        self.small_limit, self.last_mult, self.single = Decimal(10**4), u, False
        return True
