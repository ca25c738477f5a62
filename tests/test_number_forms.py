"""Every form the grammar claims to read, written by an independent writer, parses back.

Hypothesis draws the numbers; each is written as Arabic digits, with group separators, in
full width, in Chinese lower-case, financial and traditional numerals, mixed (3万4000,
1亿2000万), elliptical (两千三, 三万五), as a decimal before a multiplier (2.5亿, 二点五亿,
两千三点一万), and signed (负, -). ``parse_number`` must give the same Decimal, and
``find_quantities`` the same value with a unit. No table of answers can pass this.
"""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.numbers import parse_number
from extractor.quantities import find_quantities

# Script: digits 0-9, the units 十 百 千, the sections 万 亿, the decimal point.
SCRIPTS: dict[str, tuple[str, tuple[str, str, str], tuple[str, str], str]] = {
    "lower": ("零一二三四五六七八九", ("十", "百", "千"), ("万", "亿"), "点"),
    "financial": ("零壹贰叁肆伍陆柒捌玖", ("拾", "佰", "仟"), ("万", "亿"), "点"),
    "traditional": ("零壹貳參肆伍陸柒捌玖", ("拾", "佰", "仟"), ("萬", "億"), "點"),
    "traditional-lower": ("零一兩三四五六七八九", ("十", "百", "千"), ("萬", "億"), "點"),
}
WIDE = {ord(c): ord(c) + 0xFEE0 for c in "0123456789.,"}


def section(n: int, script: str) -> str:
    """1..9999 in Chinese: 一千零五, 三百二十, 十五 (a leading 一十 is written 十)."""
    digits, small, _, _ = SCRIPTS[script]
    out, zero = "", False
    for place in (3, 2, 1, 0):
        d = n // 10**place % 10
        if d == 0:
            zero = bool(out)
            continue
        if zero:
            out += digits[0]
            zero = False
        if not (place == 1 and d == 1 and not out):
            out += digits[d]
        out += small[place - 1] if place else ""
    return out


def chinese(n: int, script: str) -> str:
    """0 <= n < 10**12 in Chinese numerals: 一亿零五百万, 三十万零五, 壹万贰仟."""
    digits, _, big, _ = SCRIPTS[script]
    if n == 0:
        return digits[0]
    yi, wan, rest = n // 10**8, n // 10**4 % 10**4, n % 10**4
    out = ""
    for value, unit in ((yi, big[1]), (wan, big[0]), (rest, "")):
        if value == 0:
            continue
        if out and value < 1000:
            out += digits[0]  # 一亿零五百万: a place skipped inside the number
        text = section(value, script)
        if out and text.startswith(SCRIPTS[script][1][0]):
            text = digits[1] + text  # 一万零一十 reads 一十 after a zero
        out += text + unit
    return out


def fraction(digits: str, script: str) -> str:
    """Digits after the point, one by one; 两 is no fraction digit (一点两 is not read)."""
    return "".join(SCRIPTS[script][0][int(c)] for c in digits).replace("兩", "二")


SCRIPT = st.sampled_from(sorted(SCRIPTS))


@settings(max_examples=400, deadline=None)
@given(st.integers(min_value=0, max_value=10**12 - 1), SCRIPT)
def test_chinese_numerals(n: int, script: str) -> None:
    assert parse_number(chinese(n, script)) == n


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0, max_value=10**15), st.integers(min_value=0, max_value=4))
def test_arabic_separators_and_full_width(n: int, places: int) -> None:
    frac = str(n % 10**places).zfill(places) if places else ""
    text = f"{n}.{frac}" if places else str(n)
    value = Decimal(text)
    grouped = f"{n:,}" + (f".{frac}" if places else "")
    spaced = grouped.replace(",", " ") if n >= 1000 else grouped
    for form in (text, grouped, spaced, text.translate(WIDE), grouped.translate(WIDE)):
        assert parse_number(form) == value, form


@settings(max_examples=300, deadline=None)
@given(
    st.integers(min_value=1, max_value=9999),
    st.integers(min_value=100, max_value=9999),
    st.integers(min_value=1, max_value=9999),
)
def test_mixed_arabic_and_multipliers(a: int, b: int, c: int) -> None:
    assert parse_number(f"{a}万{b}") == a * 10**4 + b  # 3万4000, 1万600
    assert parse_number(f"{a}亿{c}万") == a * 10**8 + c * 10**4  # 1亿2000万
    assert parse_number(f"{a}亿{c}万{b}") == a * 10**8 + c * 10**4 + b
    assert parse_number(f"{a}万亿") == a * 10**12


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1, max_value=9999), SCRIPT)
def test_repeated_multipliers(a: int, script: str) -> None:
    _, _, big, _ = SCRIPTS[script]
    assert parse_number(chinese(a, script) + big[0] + big[0]) == a * 10**8  # 四万万 = 4亿
    assert parse_number(chinese(a, script) + big[0] + big[1]) == a * 10**12  # 三千万亿


@settings(max_examples=300, deadline=None)
@given(
    st.integers(min_value=1, max_value=9),
    st.integers(min_value=1, max_value=9),
    st.integers(min_value=1, max_value=99),
    SCRIPT,
)
def test_elliptical(x: int, d: int, w: int, script: str) -> None:
    digits, small, big, _ = SCRIPTS[script]
    # 两千三 = 2300, 一百二 = 120: the last digit takes the place below the unit
    for place in (2, 3):
        assert parse_number(digits[x] + small[place - 1] + digits[d]) == (x * 10 + d) * 10 ** (
            place - 1
        )
    # 三万五 = 35000, 十二万五 = 125000
    assert parse_number(chinese(w, script) + big[0] + digits[d]) == w * 10**4 + d * 1000


@settings(max_examples=300, deadline=None)
@given(
    st.integers(min_value=0, max_value=9999),
    st.text(alphabet="0123456789", min_size=1, max_size=3),
    st.sampled_from([("万", 10**4), ("亿", 10**8), ("万亿", 10**12)]),
    SCRIPT,
)
def test_decimals_before_a_multiplier(
    n: int, frac: str, mult: tuple[str, int], script: str
) -> None:
    word, scale = mult
    value = Decimal(f"{n}.{frac}") * scale
    assert parse_number(f"{n}.{frac}{word}") == value  # 2.5亿, 1.53万
    _, _, big, point = SCRIPTS[script]
    cn_word = word.replace("万", big[0]).replace("亿", big[1])
    written = chinese(n, script) + point + fraction(frac, script) + cn_word
    assert parse_number(written) == value, written  # 二点五亿, 两千三百点一万


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1, max_value=9), st.integers(min_value=1, max_value=9), SCRIPT)
def test_elliptical_decimal(x: int, d: int, script: str) -> None:
    """两千三点三万 = 23003000."""
    digits, small, big, point = SCRIPTS[script]
    written = digits[x] + small[2] + digits[d] + point + fraction(str(d), script) + big[0]
    assert parse_number(written) == (Decimal(x * 1000 + d * 100) + Decimal(d) / 10) * 10**4


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1, max_value=10**9), SCRIPT, st.sampled_from(["负", "負", "-", "－"]))
def test_signed(n: int, script: str, sign: str) -> None:
    assert parse_number(sign + str(n)) == -n
    assert parse_number(sign + chinese(n, script)) == -n


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=11, max_value=10**8 - 1), SCRIPT)
def test_as_a_quantity(n: int, script: str) -> None:
    """The engine reads the same value in running text, with its unit (from 11 on: one
    numeral alone before 元, or one financial numeral, is a name: 三元股份, 陆家嘴)."""
    for form in (str(n), f"{n:,}", chinese(n, script)):
        (q,) = find_quantities(f"共有{form}人参加")
        assert (q.value, q.unit, q.kind) == (n, "人", "count"), form
    (money,) = find_quantities(f"投资{chinese(n, script)}元")
    assert money.value == n


def test_the_writers() -> None:
    assert chinese(1005, "lower") == "一千零五"
    assert chinese(100010, "lower") == "十万零一十"
    assert chinese(105000000, "lower") == "一亿零五百万"
    assert chinese(12000, "financial") == "壹万贰仟"
    assert chinese(22000, "traditional-lower") == "兩萬兩千"
