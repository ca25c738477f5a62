"""parse_number / parse_numeral: numerals alone, as example tables and properties."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.numbers import clean_decimal, parse_number, parse_numeral
from tests.quantity_cases import corpus_file

# (numeral, value, precision)
# fmt: off
SYNTHETIC: list[tuple[str, str, str]] = [
    ("0", "0", "1"), ("7", "7", "1"), ("17869", "17869", "1"), ("8.99", "8.99", "0.01"),
    ("0.89", "0.89", "0.01"), ("1,200", "1200", "1"), ("1,200,000", "1200000", "1"),
    ("1,200.5", "1200.5", "0.1"), ("2 000", "2000", "1"), ("12 345 678", "12345678", "1"),
    ("１２００", "1200", "1"), ("１，２００", "1200", "1"), ("８．９９", "8.99", "0.01"),
    ("100万", "1000000", "10000"), ("2.5亿", "250000000", "10000000"),
    ("3千万", "30000000", "10000000"), ("1亿2千万", "120000000", "10000000"),
    ("5万亿", "5000000000000", "1000000000000"), ("1.2万亿", "1200000000000", "100000000000"),
    ("１０ 亿", "1000000000", "100000000"), ("１０００ 万", "10000000", "10000"),
    ("5千", "5000", "1000"), ("3百", "300", "100"), ("1.53万", "15300", "100"),
    ("一", "1", "1"), ("二", "2", "1"), ("两", "2", "1"), ("十", "10", "10"),
    ("十五", "15", "1"), ("二十", "20", "10"), ("二十五", "25", "1"), ("九十九", "99", "1"),
    ("一百", "100", "100"), ("一百零五", "105", "1"), ("一百二十", "120", "10"),
    ("一百二", "120", "10"), ("两千三百", "2300", "100"), ("一千零五", "1005", "1"),
    ("一千零五十", "1050", "10"), ("三千", "3000", "1000"), ("一万", "10000", "10000"),
    ("一万五", "15000", "1000"), ("一万零一", "10001", "1"), ("十万", "100000", "100000"),
    ("五十万", "500000", "100000"), ("一百万", "1000000", "1000000"),
    ("一千万", "10000000", "10000000"), ("一亿", "100000000", "100000000"),
    ("一亿零五百万", "105000000", "1000000"), ("十亿", "1000000000", "1000000000"),
    ("二点五亿", "250000000", "10000000"), ("二点五", "2.5", "0.1"),
    ("三点一四", "3.14", "0.01"), ("零点五", "0.5", "0.1"),
    ("一万亿", "1000000000000", "1000000000000"),
    ("三千五百万", "35000000", "1000000"), ("四万五千", "45000", "1000"),
    ("廿", "20", "10"), ("廿五", "25", "1"), ("卅", "30", "10"),
    ("〇", "0", "1"), ("零", "0", "1"), ("二〇一八", "2018", "1"), ("一九九八", "1998", "1"),
    ("二○一九", "2019", "1"),
    ("壹", "1", "1"), ("壹佰贰拾", "120", "10"), ("壹佰贰拾万", "1200000", "100000"),
    ("壹佰贰拾万圆整", "1200000", "100000"), ("肆佰叁拾萬", "4300000", "100000"),
    ("叁仟伍佰元", "3500", "100"), ("玖拾玖", "99", "1"), ("壹亿", "100000000", "100000000"),
    ("伍万元整", "50000", "10000"), ("柒仟", "7000", "1000"), ("捌佰", "800", "100"),
    ("陆拾", "60", "10"), ("貳拾", "20", "10"), ("兩千", "2000", "1000"),
    ("5万", "50000", "10000"), ("1万5", "15000", "1000"), ("2.15亿", "215000000", "1000000"),
    ("12.5万", "125000", "1000"), ("0.5亿", "50000000", "10000000"),
    ("十二", "12", "1"), ("一十二", "12", "1"), ("三十万零五", "300005", "1"),
    ("九千九百九十九万九千九百九十九", "99999999", "1"), ("1 000 000", "1000000", "1"),
]

# Numerals quoted from the corpus: (file stem, numeral, value).
FROM_CORPUS: list[tuple[str, str, str]] = [
    ("jinan-xianjin-zhizaoye-shuzi-jingji-zhengce-cuoshi-2019", "１０００ 万", "10000000"),
    ("jinan-xianjin-zhizaoye-shuzi-jingji-zhengce-cuoshi-2019", "１０ 亿", "1000000000"),
    ("jinan-xianjin-zhizaoye-shuzi-jingji-zhengce-cuoshi-2019", "５０００万", "50000000"),
    ("shijingshan-fupin-plan-2018", "1.53万", "15300"),
    ("shijingshan-fupin-plan-2018", "5.56万", "55600"),
    ("shijingshan-fupin-plan-2018", "7.29万", "72900"),
    ("shijingshan-fupin-plan-2018", "17869", "17869"),
    ("national-zhengfu-gongzuo-baogao-2011-wikisource", "39.8 万亿", "39800000000000"),
    ("national-zhengfu-gongzuo-baogao-2011-wikisource", "9884.5亿", "988450000000"),
    ("national-zhengfu-gongzuo-baogao-2019-wikisource", "1383亿", "138300000000"),
    ("national-zhengfu-gongzuo-baogao-2019-wikisource", "2.76万亿", "2760000000000"),
    ("shandong-xinyidai-xinxi-jishu-shida-gongcheng-yijian-2023", "2.2万亿", "2200000000000"),
    ("guowuyuan-zhenzhua-shigan-jili-tongzhi-2018", "三十", "30"),
    ("jinan-kechuang-jinan-zhengce-cuoshi-2021", "二十九", "29"),
    ("guowuyuan-cujin-jiuye-ruogan-yijian-2018", "十五", "15"),
]

# Not one numeral: parse_number returns None.
NEGATIVE: list[str] = [
    "", " ", "abc", "十四五", "十三五", "十九大", "万", "百", "千", "亿", "千万", "百万",
    "1,2", "1,20", "12.", ".5", "一点", "三点", "三五", "一二", "5五", "2018 100", "1 2",
    "十十", "百十", "V1.0", "5G", "1+x", "1-2", "〔2018〕", "第三", "一是", "%", "万亿",
    "1,2345", "二点", "点五", "2..5",
]

BUGS_CAUGHT: list[tuple[str, str, str]] = [
    ("十四", "14", "1"),  # 十 at the start means 一十
    ("一百零", "100", "100"),  # a trailing zero adds nothing
    ("10万", "100000", "10000"),  # precision keeps the multiplier
    ("一万五千零", "15000", "1000"),  # a dangling 零 adds nothing
]

KNOWN_FAILURES: list[tuple[str, str]] = [
    ("1/2", "0.5"),  # Arabic slashes are not read: in plans they are paths, dates, ratios
]
# fmt: on


@pytest.mark.parametrize(("text", "value", "precision"), SYNTHETIC, ids=[c[0] for c in SYNTHETIC])
def test_synthetic(text: str, value: str, precision: str) -> None:
    n = parse_numeral(text)
    assert n is not None
    assert (n.value, n.precision) == (Decimal(value), Decimal(precision))
    assert parse_number(text) == Decimal(value)


@pytest.mark.parametrize(
    ("stem", "text", "value"), FROM_CORPUS, ids=[f"{c[0]}:{c[1]}" for c in FROM_CORPUS]
)
def test_from_corpus(stem: str, text: str, value: str) -> None:
    path = corpus_file(stem)
    if path is None:
        pytest.skip(f"../shared/corpus is absent: cannot check the quote from {stem}")
    assert text in path.read_text(encoding="utf-8-sig")
    assert parse_number(text) == Decimal(value)


@pytest.mark.parametrize("text", NEGATIVE, ids=[repr(t) for t in NEGATIVE])
def test_negative(text: str) -> None:
    assert parse_number(text) is None


@pytest.mark.parametrize(
    ("text", "value", "precision"), BUGS_CAUGHT, ids=[c[0] for c in BUGS_CAUGHT]
)
def test_bugs_caught(text: str, value: str, precision: str) -> None:
    n = parse_numeral(text)
    assert n is not None
    assert (n.value, n.precision) == (Decimal(value), Decimal(precision))


@pytest.mark.parametrize(("text", "value"), KNOWN_FAILURES, ids=[c[0] for c in KNOWN_FAILURES])
@pytest.mark.xfail(strict=True, reason="known limitation, see the comment on the case")
def test_known_failures(text: str, value: str) -> None:
    assert parse_number(text) == Decimal(value)


@pytest.mark.parametrize(("text", "tail"), [("200万", 10**4), ("3千万", 10**7), ("17869", 1)])
def test_tail_is_the_closing_multiplier(text: str, tail: int) -> None:
    n = parse_numeral(text)
    assert n is not None
    assert n.tail == tail


def test_clean_decimal_has_no_exponent() -> None:
    assert str(clean_decimal(Decimal("1E+6"))) == "1000000"
    assert str(clean_decimal(Decimal("8.990"))) == "8.99"


# --- properties --------------------------------------------------------------------
_PLAIN = "零一二三四五六七八九"
_FINANCIAL = "零壹贰叁肆伍陆柒捌玖"
_SMALL = ("", "十", "百", "千")
_SMALL_FINANCIAL = ("", "拾", "佰", "仟")
_BIG = ("", "万", "亿", "万亿")


def spell(n: int, financial: bool = False) -> str:
    """Spell a non-negative int below 10**16 in Chinese numerals (一千零五, 壹万贰仟)."""
    digits = _FINANCIAL if financial else _PLAIN
    small = _SMALL_FINANCIAL if financial else _SMALL
    if n == 0:
        return digits[0]
    groups = []
    while n:
        groups.append(n % 10000)
        n //= 10000
    out = ""
    for i in reversed(range(len(groups))):
        g = groups[i]
        if g == 0:
            continue
        if out and (g < 1000 or groups[i + 1] == 0):
            out += digits[0]
        section, zero = "", False
        for place in (3, 2, 1, 0):
            d = g // 10**place % 10
            if d == 0:
                zero = bool(section)
                continue
            if zero:
                section += digits[0]
                zero = False
            section += digits[d] + small[place]
        out += section + _BIG[i]
    return out


def test_spell_helper() -> None:
    assert spell(1005) == "一千零五"
    assert spell(120) == "一百二十"
    assert spell(100010) == "一十万零一十"
    assert spell(12000, financial=True) == "壹万贰仟"


@settings(max_examples=500, deadline=None)
@given(st.integers(min_value=0, max_value=10**16 - 1), st.booleans())
def test_spelled_int_parses_back(n: int, financial: bool) -> None:
    assert parse_number(spell(n, financial)) == n


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0, max_value=10**12), st.integers(min_value=0, max_value=3))
def test_full_width_digits_parse_like_ascii(n: int, decimals: int) -> None:
    text = f"{n}.{'5' * decimals}" if decimals else str(n)
    wide = text.translate({ord(c): ord(c) + 0xFEE0 for c in "0123456789."})
    assert parse_number(wide) == parse_number(text) == Decimal(text)


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=1, max_value=10**9))
def test_n_wan_is_n_times_10_000(n: int) -> None:
    assert parse_number(f"{n}万") == n * 10**4
    assert parse_number(f"{n:,}万") == n * 10**4


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=40))
def test_no_text_makes_it_raise(text: str) -> None:
    value = parse_number(text)
    assert value is None or isinstance(value, Decimal)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789一二三四五六七八九十百千万亿两零〇点., ", max_size=20))
def test_numeral_soup_never_raises(text: str) -> None:
    n = parse_numeral(text)
    assert n is None or (n.value >= 0 and n.precision > 0)


def test_a_lowered_global_precision_changes_nothing() -> None:
    """Recognizers-Text sets the global decimal precision to 15 when imported; our values
    must not depend on what a neighbouring library did (10.36百亿亿 needs 20 digits)."""
    from decimal import localcontext

    from extractor.quantities import find_quantities

    with localcontext() as ctx:
        ctx.prec = 6
        assert parse_number("1,234,567,890,123,456.75") == Decimal("1234567890123456.75")
        (q,) = find_quantities("算力总规模达到10.36百亿亿次/秒")
        assert q.value == Decimal("10360000000000000000")
        (third,) = find_quantities("压减三分之一以上")
        assert (third.value, third.precision) == (Decimal("33.33"), Decimal("0.01"))


def test_cached_numeral_is_the_fresh_parse() -> None:
    # the seed writes its numerals again and again: "完成1个扶贫项目" twenty times
    from decimal import localcontext

    from extractor.numbers import NUMBER_CONTEXT, numeral_in_context

    numeral_in_context.cache_clear()
    texts = ["1", "二点五亿", "1,200", "负三十二", "1", "二点五亿"]
    with localcontext(NUMBER_CONTEXT):
        first = [numeral_in_context(t) for t in texts]
    assert numeral_in_context.cache_info().hits == 2
    assert [parse_numeral(t) for t in texts] == first
    assert first[0] is not None
    assert (first[0].value, first[1].value if first[1] else None) == (
        Decimal("1"),
        Decimal("250000000"),
    )
