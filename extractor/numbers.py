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

import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

import regex

from extractor.tables.numerals import (
    AMOUNT_CLOSERS,
    BIG_MULTIPLIERS,
    DECIMAL_POINTS,
    DIGITS,
    GROUP_SEPARATORS,
    SMALL_MULTIPLIERS,
    TENS,
    ZEROS,
)

__all__ = ["Numeral", "clean_decimal", "parse_number", "parse_numeral"]

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
# Financial amounts may end in 圆 / 元 and 整: 壹佰贰拾万圆整.
_CLOSER = regex.compile(r"[圆元]?[{}]?$".format("".join(sorted(AMOUNT_CLOSERS))))


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
    """
    if not s or len(s) > 64:
        return None
    s = unicodedata.normalize("NFKC", s).strip()
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
        return _fold(tokens)
    except (InvalidOperation, ArithmeticError):
        return None


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


def _fold(tokens: list[tuple[str, str]]) -> Numeral | None:
    """Fold digits and multipliers: total (done sections) + section (< 万) + pending digit."""
    total = Decimal(0)
    section = Decimal(0)
    pending: Decimal | None = None
    place = _ONE  # place value of the last digit written
    tail = _ONE  # multipliers written after the last digit
    biggest = Decimal(0)  # largest 万/亿 applied so far
    last_mult = Decimal(0)  # the multiplier just before a trailing digit (一百二 -> 百)
    after_zero = False
    frac_step: Decimal | None = None  # inside 二点五: the place of the next fraction digit
    saw_digit = False
    prev = ""
    for kind, t in tokens:
        if kind == "arabic":
            if prev in ("arabic", "digit", "tens", "point"):
                return None
            pending, place = _arabic(t)
            tail, saw_digit, frac_step = _ONE, True, None
        elif kind == "digit":
            d = Decimal(DIGITS[t])
            if frac_step is not None:
                pending = (pending or Decimal(0)) + d * frac_step
                place = frac_step
                frac_step /= _TEN
            elif t in ZEROS:
                if prev == "arabic":
                    return None
                if not prev:  # 零, 零点五: a leading zero is the number zero
                    pending, place, tail, saw_digit = Decimal(0), _ONE, _ONE, True
                after_zero, last_mult = True, Decimal(0)
                prev = kind
                continue
            else:
                if prev in ("arabic", "digit") and not after_zero:
                    return None
                if prev == "digit" and pending is not None:
                    return None
                pending, place = d, _ONE
            tail, saw_digit = _ONE, True
        elif kind == "tens":
            if pending is not None or frac_step is not None:
                return None
            section += Decimal(TENS[t])
            place, tail, saw_digit, last_mult = _TEN, _ONE, True, _TEN
        elif kind == "point":
            if prev not in ("digit", "arabic") or frac_step is not None or pending is None:
                return None
            frac_step = _ONE / _TEN
        elif kind == "small":
            u = Decimal(SMALL_MULTIPLIERS[t])
            if pending is None:
                if u != 10 or prev == "small":
                    return None
                pending, place, saw_digit = _ONE, _ONE, True  # 十五 = 一十五
            section += pending * u
            place *= u
            tail *= u
            pending, frac_step, after_zero, last_mult = None, None, False, u
        else:  # big
            u = Decimal(BIG_MULTIPLIERS[t])
            if not saw_digit:
                return None
            part = section + (pending or 0)
            if u > biggest:
                total = (total + part) * u
                biggest = u
            else:
                total += part * u
            section, pending, frac_step, after_zero = Decimal(0), None, None, False
            place *= u
            tail *= u
            last_mult = u
        prev = kind
    if not saw_digit or prev == "point":
        return None
    if pending is not None:
        if last_mult > 10 and not after_zero and prev in ("digit", "arabic") and frac_step is None:
            # 一百二 = 120, 一万五 = 15000: the digit takes the place below the multiplier.
            scale = last_mult / _TEN
            pending *= scale
            place = scale
        section += pending
    value = total + section
    return Numeral(clean_decimal(value), clean_decimal(place), clean_decimal(tail))
