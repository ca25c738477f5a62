"""Words that build a figure (a total and its parts) and the numeric checks, as data.

All strings are matched on the NFKC view of the text (ASCII punctuation; `、` and
`。` stay). Order matters where one entry is a prefix of another: longer first.
"""

from __future__ import annotations

# "其中" opens the parts of the total stated just before it:
# 共有…17869户、46818人,其中称多县2686户、9256人,…
PARTS_MARKERS: tuple[str, ...] = ("其中",)

# Words that announce a total: 共有…, 分三年共给予60万元, 合计…. Longer first.
TOTAL_MARKERS: tuple[str, ...] = ("共有", "共计", "合计", "总计", "累计", "总共", "共")

# A row or line labelled with one of these is the total of a table's other rows.
TABLE_TOTAL_LABELS: tuple[str, ...] = ("合计", "小计", "总计", "共计", "总体")

# Characters that end a sentence: a list of parts never runs past one.
SENTENCE_END = "。!?\n"

# A line at least this long that stops without punctuation was wrapped by a PDF reader: its
# newline does not end the list.
MIN_WRAPPED_LINE = 40

# Characters that separate the parts of a list.
PART_SEPARATORS = ",、;"

# What may sit between the quantities of one group (17869户、46818人 / 5459户,19507人).
GROUP_GLUE = " \t,、"

# Longest part label we accept (称多县, 因自身发展能力不足致贫 = 11 characters).
MAX_LABEL_CHARS = 16

# Farthest a clause or sentence is looked for on each side of a number (the corpus's longest
# sentence is under 500 characters). Beyond it, text with no stop at all is cut, so a huge
# unpunctuated input costs linear time rather than quadratic.
MAX_SENTENCE_CHARS = 1000

# Most parts one list in prose may have (the corpus's longest has 10); a longer run of
# numbers is not one whole's parts, and reading it whole would cost quadratic time.
MAX_PARTS = 40

# Longest text between a total and 其中 (…2686户9256人未脱贫,其中…).
MAX_TOTAL_TO_MARKER = 8

# Words that turn a clause into a comparison or change, not a part of the whole:
# 赤字规模比上年预算减少1500亿元 / 增长6.5%. A label containing one ends the list.
NOT_PART_WORDS: tuple[str, ...] = (
    "比",
    "较",
    "同比",
    "增长",
    "增加",
    "下降",
    "减少",
    "降低",
    "提高",
    "超过",
    "不超过",
    "不少于",
    "最高",
    "每",
    "人均",
    "占",
)

# Leading words trimmed off a part label (they belong to the list, not the part).
LABEL_LEAD_TRIM: tuple[str, ...] = ("其中", "以及", "和", "及", "与")

# Trailing words trimmed off a label before the number: 因病致贫的共1365户 -> 因病致贫.
# Longer first.
LABEL_TAIL_TRIM: tuple[str, ...] = (
    "的共有",
    "的共计",
    "的共",
    "共有",
    "共计",
    "的为",
    "为",
    "共",
    "的",
)

# A residual part (其他致贫原因, 其余…) shows a breakdown is meant to be complete.
RESIDUAL_PART_PREFIXES: tuple[str, ...] = ("其他", "其它", "其余", "剩余")

# Qualifiers that bound a value rather than state it (以上 = at least): never an equality.
BOUND_QUALIFIERS: tuple[str, ...] = ("以上", "以下", "不少于", "不超过", "超过", "不低于", "至少")

# A small count that announces how many things follow: 四类, 五大工程, 分三年, 十二项工作
# (beijing-zhengfu-gongzuo-baogao-2026: 一是…十二是), 13项任务举措. Never the tail of a longer
# number or an ordinal (第十二项, 2024项). Its value is read by ``outline.cn_small_int``.
COUNT_NUMBER = (
    r"(?<![第\d一二两三四五六七八九十百千万])"
    r"(?:[二三四五六七八九]?十[一二三四五六七八九]?|[一两二三四五六七八九]|\d{1,2}(?!\d))"
)

# Single-character numerals, as in “三改一整” (three pieces with 改, one with 整).
COUNT_NUMERALS: dict[str, int] = {
    "一": 1,
    "两": 2,
    "二": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
    "十": 10,
}

# ---- percentage -------------------------------------------------------------------------
# "占所有行政村的53%": determiners before the base noun, dropped to find the noun itself.
BASE_DETERMINERS: tuple[str, ...] = ("所有", "全部", "全体", "全县", "全市", "全区", "全省", "总")

# ---- declared_total ---------------------------------------------------------------------
# A money amount inside an item counts towards the plan's funds only when one of these
# words stands just before it (安排100万资金, 捐助善款7万元) or 资金 just after it.
ALLOCATION_VERBS: tuple[str, ...] = (
    "安排",
    "投入",
    "拨付",
    "下达",
    "捐助",
    "捐赠",
    "资助",
    "资金",
    "善款",
    "经费",
)
