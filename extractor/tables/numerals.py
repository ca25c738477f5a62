"""Number words: the alphabet `extractor.numbers` folds into a Decimal.

Plain data, no logic. Every character here may appear in the raw (full-width) text or
in its NFKC view; Chinese numerals are the same in both, so only digits and
punctuation need a full-width twin, and NFKC gives that for free inside the parser.
"""

from __future__ import annotations

# Chinese digits, everyday and financial (大写) forms, simplified and traditional.
DIGITS: dict[str, int] = {
    "零": 0,
    "〇": 0,
    "○": 0,  # U+25CB, often typed for 〇 in years (二○一八)
    "一": 1,
    "壹": 1,
    "二": 2,
    "贰": 2,
    "貳": 2,
    "两": 2,  # 两千三百
    "兩": 2,
    "三": 3,
    "叁": 3,
    "參": 3,
    "四": 4,
    "肆": 4,
    "五": 5,
    "伍": 5,
    "六": 6,
    "陆": 6,
    "陸": 6,
    "七": 7,
    "柒": 7,
    "八": 8,
    "捌": 8,
    "九": 9,
    "玖": 9,
}

# Digits that are only ever zero: inside 一千零五 they mark a skipped place.
ZEROS: frozenset[str] = frozenset({"零", "〇", "○"})

# Tens written as one character: 廿 = 二十, 卅 = 三十.
TENS: dict[str, int] = {"廿": 20, "卅": 30}

# Multipliers below 万: they scale the digit before them inside one 万-section.
SMALL_MULTIPLIERS: dict[str, int] = {
    "十": 10,
    "拾": 10,
    "百": 100,
    "佰": 100,
    "千": 1000,
    "仟": 1000,
}

# Section multipliers: 万 and 亿 scale everything written before them; 万亿 = 10**12
# is 万 followed by 亿 and needs no entry of its own (the fold handles it).
BIG_MULTIPLIERS: dict[str, int] = {
    "万": 10**4,
    "萬": 10**4,
    "亿": 10**8,
    "億": 10**8,
}

# Decimal points: 二点五亿, 2.5亿 (full-width ． is NFKC-normalised to . first).
DECIMAL_POINTS: frozenset[str] = frozenset({"点", "點", "."})

# Digit-group separators inside Arabic numbers (1,200 / 2 000); only before three digits.
GROUP_SEPARATORS: frozenset[str] = frozenset({",", " "})

# Characters that may start a Chinese-numeral run in running text: a digit or a ten, not
# a zero (零件, 零售). 百/千/万/亿 alone (百年, 千亿产业, 万企帮万村) are words, not numbers.
CN_START: str = "".join(d for d in DIGITS if d not in ZEROS) + "十拾" + "".join(TENS)

# Every character a Chinese-numeral run may contain (digits, multipliers, point).
CN_ALL: str = (
    "".join(DIGITS) + "".join(TENS) + "".join(SMALL_MULTIPLIERS) + "".join(BIG_MULTIPLIERS) + "点點"
)

# Financial (大写) numerals; one alone is a word or a name (陆家嘴, 伍家岗), not a number.
FINANCIAL: frozenset[str] = frozenset("壹贰貳叁參肆伍陆陸柒捌玖拾佰仟")

# Financial 圆 and 整 close an amount (壹佰贰拾万圆整); the parser drops a trailing 整.
AMOUNT_CLOSERS: frozenset[str] = frozenset({"整", "正"})

# A sign written before a number: 负3.9%, 下降-3.8%, －122%, 负三十二 (Recognizers-Text's
# NumberModel and PercentModel). The sign is kept; a verb (下降, 减少) never adds one.
MINUS_SIGNS: frozenset[str] = frozenset({"负", "負", "-", "－", "−"})

# 两 is a digit before a multiplier (两千) but not after a point: 一点两 and 两百点两
# are not numbers (Recognizers-Text NumberModel splits them).
NOT_FRACTION_DIGITS: frozenset[str] = frozenset({"两", "兩"})

# Half: 半年 (0.5), 一吨半 / 三成半 (n + 0.5 of the unit), written to a step of 0.5.
HALF: str = "半"

# A fraction: 三分之一, 五分之壹, １６分之5 (denominator first).
FRACTION_MARK: str = "分之"
# Decimal places a fraction keeps when it does not terminate (三分之一 -> 0.3333); its
# precision says so, and as a percent (33.33 %) it keeps two.
FRACTION_PLACES: int = 4
