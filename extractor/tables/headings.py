"""Heading markers of Chinese plan documents, as data.

Each style is one way of numbering a unit of the outline. Levels are never
fixed here: the outline stage infers them from the order styles appear in
(a style seen inside another becomes its child), so `1.` under `(一)` in one
plan and `1.` under `一、` in another both work.

All patterns run on the NFKC view (`（一）` is `(一)`, `１．` is `1.`), anchored
at the candidate position; group `num` is the number as written.
"""

from __future__ import annotations

from extractor.tables.boilerplate import MARKDOWN_HEADING

# Chinese numerals that number headings (一 … 九百九十九).
CN_DIGITS = "一二三四五六七八九十百零〇两"

# Circled / parenthesised / full-stop number characters and their values.
ENCLOSED_NUMBERS: dict[str, int] = {
    **{chr(0x2460 + i): i + 1 for i in range(20)},  # ① … ⑳
    **{chr(0x3251 + i): i + 21 for i in range(15)},  # ㉑ … ㉟
    **{chr(0x32B1 + i): i + 36 for i in range(15)},  # ㊱ … ㊿
    **{chr(0x2474 + i): i + 1 for i in range(20)},  # ⑴ … ⒇
    **{chr(0x2488 + i): i + 1 for i in range(20)},  # ⒈ … ⒛
    **{chr(0x2776 + i): i + 1 for i in range(10)},  # ❶ … ❿
}
_ENCLOSED = "".join(ENCLOSED_NUMBERS)

# An annex heading: 附件1 / 附件 / 附件2 名词解释, alone at the start of a line. It opens a new
# top-level part (its numbering restarts); a list "附件:1.…" is not one.
ANNEX_STYLE = "annex"

# A heading without a number: a short line that opens a part of the document, such as the
# parts of a 部门预算/决算 ("上海市普陀区司法局主要职能", "2026年部门预算编制说明", putuo 2026) or
# a report ("2024年工作回顾"). It opens a top-level part; a numbered style seen at the top
# level before it closes it again.
UNNUMBERED_STYLE = "unnumbered"
UNNUMBERED_MAX_CHARS = 30  # longest such line
UNNUMBERED_MIN_BODY = 20  # the line after it is body text at least this long (or a heading)

# Annex titles that mark a glossary: notes to the text, not plan content.
GLOSSARY_TITLES: tuple[str, ...] = ("名词解释", "名词注释", "术语解释", "名词说明", "注释")

# style -> regex (VERBOSE). Order matters where one pattern is a prefix of another:
# "chapter" (第一章) before the bare Chinese styles; "ar-paren" before "ar-dot".
HEADING_STYLES: dict[str, str] = {
    # 附件1 (line start only; the title is the rest of the line or the next line)
    ANNEX_STYLE: r"附 \s* 件 \s* (?P<num>\d{1,2})? \s* [:：]? (?! \s* \d{1,2} \s* [.、])",
    # 第一章 / 第一节 / 第一部分 / 第一条: the unit word is part of the style key at run time
    # (第一百一十一条 in gonganbu-gonganjiguanbanlixingshi-2020 takes six numeral characters)
    "chapter": rf"第 (?P<num>[{CN_DIGITS}]{{1,6}}|\d{{1,3}}) (?P<unit>部分|章|节|篇|条)\s*",
    # 一、 (also 一. and 一．, which NFKC turns into 一.)
    "cn-dun": rf"(?P<num>[{CN_DIGITS}]{{1,3}}) \s* [、.]",
    # (一) and （一）; a half-open 一) is rare and not accepted
    "cn-paren": rf"\( \s* (?P<num>[{CN_DIGITS}]{{1,3}}) \s* \) [、.]?",
    # (1) — never followed by 、 : "区教委(1)、区商务委(2)" is an allocation list, not headings
    "ar-paren": r"\( \s* (?P<num>\d{1,3}) \s* \)",
    # 1. 1、 (not 1.5 and not 2018.: the dot is not followed by a digit, unless by a year as in
    # "14.2025年10件民生实事"; at most 3 digits)
    "ar-dot": r"(?P<num>\d{1,3}) \s* (?:[、]|\.(?!\d)|\.(?=\d{4}\s*年))",
    # 1) as used in some task lists
    "ar-half": r"(?P<num>\d{1,3}) \)",
    # ① ⑴ ⒈ ❶
    "enclosed": rf"(?P<num>[{_ENCLOSED}]) [、.]?",
    # 一是… alone on its line, a report's heading over its paragraph (SHI_STYLE, below)
    "cn-shi": rf"(?P<num>[{CN_DIGITS}]{{1,3}}) 是 (?!否|指|由|以|为)",
}

# A chapter line of a 条例, markdown or not: "## 第二章  职责分工" (jinanshi-shiminfuwurexiantiaoli-
# 2018), "第三章 管理与监督". Where the articles are the outline's units, these lines are read
# only to check that the chapters run from 第一章 (checks.structure).
CHAPTER_LINE = (
    rf"^(?:{MARKDOWN_HEADING})?[ \t]*第(?P<num>[{CN_DIGITS}]{{1,4}})章(?=[ \t]|$)[^\n]{{0,40}}$"
)
# The style keys of 第X条 and 第X章: "chapter" and the unit word (heading_markers._heading_at).
ARTICLE_STYLE = "chapter-条"
CHAPTER_STYLE = "chapter-章"

# A 是-point is a heading only alone on a short line with a paragraph after it:
#   一是联合港澳承办十五运会和残特奥会。 / 认真落实“绿色、共享…”的办赛理念… (guangdong 2026)
#   一是必须坚持科学发展。 / 我们战胜各种严峻挑战，靠的是发展；… (national 2011 report)
#   一是聚焦全方位扩大内需，着力提消费促投资 / 大力提振消费需求。全面落实… (gansu 2025 report)
# A paragraph that opens with 一是 (一是奋力推进产业振兴，巩固…。现…) is prose, and so is a
# list of short 是-lines with no paragraph between them (一是加强领导。 / 二是强化保障。).
SHI_STYLE = "cn-shi"
SHI_HEADING_MAX_CHARS = 40  # the corpus's 是-headings run to 30 characters after the marker

# A heading's lead phrase ends at the first of these (or at the end of the line).
TITLE_END = "。;:!?；：！？"
# ...or after this many characters: the corpus's longest heading title is about 200 characters,
# and a bound keeps a long line full of markers (一、一、一、…) from costing quadratic time.
MAX_TITLE_CHARS = 500

# Part words that open a paragraph but are not headings: "一是…", "二要…" (enumerations in prose).
NOT_HEADING_AFTER_CN = "是要则来"

# Characters after which a heading may start in the middle of a line (a scrape that joined
# lines): sentence ends and closing brackets.
MIDLINE_BEFORE = "。;；!！?？:：)）」』”"

# In a scrape that lost its line breaks, the paragraphs' indents are left: a run of this many
# spaces (U+3000 becomes a space in the NFKC view) starts a new paragraph, so a heading may
# start after it ("…全面改善农村生产生活条件。　　（二）基本原则。", guowuyuan 2014 notices).
JOINED_PARAGRAPH_SPACES = 2

# Styles whose marker may be followed by a number: "第二条 12345热线…" (weifangshi 2021).
# For every other style a digit after the marker makes it a number ("3.5万", "1、2").
DIGIT_AFTER_MARKER_STYLES: frozenset[str] = frozenset({"chapter"})

# Readers write a table row as its cells joined by this; numbers in a row are cells, not headings.
TABLE_CELL_SEPARATOR = " | "

# When a scrape lost its line breaks, a short heading runs straight into its paragraph
# ("(一)工作目标目前,我区…"). These nouns end a heading title; the title is cut after the
# first one that the text runs on from without punctuation. Used only for joined text.
JOINED_TITLE_ENDINGS: tuple[str, ...] = (
    "目标",
    "思想",
    "原则",
    "要求",
    "任务",
    "措施",
    "情况",
    "意义",
    "内容",
    "范围",
    "依据",
    "职责",
    "分工",
    "保障",
    "机制",
    "步骤",
    "安排",
    "方式",
    "重点",
    "背景",
    "领导",
)
