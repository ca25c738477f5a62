"""Word automatic numbering: how each ``w:numFmt`` writes a counter, and archive limits.

A format is either a *sequence* (the n-th entry, 1-based, for a short fixed list such as
①②③ or 甲乙丙), *Chinese counting* with a digit set and unit set, or one of the few
computed formats named in ``COMPUTED_FORMATS``. Counters outside a sequence fall back to decimal.
Unknown format names fall back to decimal too (that is what Word shows for most of them).
"""

from __future__ import annotations

# --- digit and unit sets -------------------------------------------------------------------

CHINESE_DIGITS = "〇一二三四五六七八九"  # 一二三 as in 一、 （二）
CHINESE_UNITS = ("", "十", "百", "千")
LEGAL_DIGITS = "零壹贰叁肆伍陆柒捌玖"  # chineseLegalSimplified: 壹、贰、叁
LEGAL_UNITS = ("", "拾", "佰", "仟")
TEN_THOUSAND = "万"
ZERO_IN_COUNTING = "零"  # 一百零一

# --- sequences (1-based) -------------------------------------------------------------------

SEQUENCES: dict[str, str] = {
    "decimalEnclosedCircle": "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳",
    "decimalEnclosedCircleChinese": "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳",
    "decimalEnclosedParen": "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇",
    "decimalEnclosedFullstop": "⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛",
    "ideographEnclosedCircle": "㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩",
    "ideographTraditional": "甲乙丙丁戊己庚辛壬癸",  # 天干
    "ideographZodiac": "子丑寅卯辰巳午未申酉戌亥",  # 地支
}

# --- Chinese counting: format -> (digits, units, drop the 一 of 一十 below twenty) -------------

COUNTING: dict[str, tuple[str, tuple[str, ...], bool]] = {
    "chineseCounting": (CHINESE_DIGITS, CHINESE_UNITS, True),  # 十一, 一百零一
    "chineseCountingThousand": (CHINESE_DIGITS, CHINESE_UNITS, True),
    "taiwaneseCounting": (CHINESE_DIGITS, CHINESE_UNITS, True),
    "taiwaneseCountingThousand": (CHINESE_DIGITS, CHINESE_UNITS, True),
    "japaneseCounting": (CHINESE_DIGITS, CHINESE_UNITS, True),
    "chineseLegalSimplified": (LEGAL_DIGITS, LEGAL_UNITS, False),  # 壹拾壹
}

# Digit-by-digit formats: format -> the ten digits 0..9.
DIGITWISE: dict[str, str] = {
    "ideographDigital": CHINESE_DIGITS,  # 一〇
    "taiwaneseDigital": CHINESE_DIGITS,
    "decimalFullWidth": "０１２３４５６７８９",
    "decimalFullWidth2": "０１２３４５６７８９",
    "decimalHalfWidth": "0123456789",
}

# Formats computed in code (readers/docx_numbering.py): plain numbers, letters, Roman numerals.
COMPUTED_FORMATS = (
    "decimal",
    "decimalZero",
    "upperRoman",
    "lowerRoman",
    "upperLetter",
    "lowerLetter",
    "ordinal",
    "cardinalText",
    "ordinalText",
    "bullet",
    "none",
)

ROMAN = (
    (1000, "M"),
    (900, "CM"),
    (500, "D"),
    (400, "CD"),
    (100, "C"),
    (90, "XC"),
    (50, "L"),
    (40, "XL"),
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
)

# What separates a label from its paragraph text, per ``w:suff`` (tab is Word's default).
# After a label ending in punctuation or a circled number (一、 （一） 1. ①) nothing is added;
# otherwise one space (第一条 总则, 1.1 目的).
SUFFIX_SEPARATOR = {"tab": " ", "space": " ", "nothing": ""}

# --- archive ratio (zip bombs); the size limits are in extractor/limits.py ------------------

MAX_RATIO = 100  # unpacked / packed; real .docx files are 3-15x
RATIO_FLOOR_BYTES = 10 * 1024 * 1024  # the ratio is only judged above this unpacked size
