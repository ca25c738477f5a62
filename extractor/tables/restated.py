"""The words of a figure restated from a table in the prose (extractor/checks/table_cells.py).

A sentence names a table's number by the row's label or the column's header, right before
the number: "本年收入合计9746.50万元" (row 本年收入合计 of the 收入支出决算总表), "其中:基本支出
5377.64万元" (column 基本支出 of the 支出决算表's 合计 row), "社会保障和就业支出(类)754.75万元"
(row 社会保障和就业支出) — all putuo 2024 部门决算, ../shared/corpus/pdf.
"""

from __future__ import annotations

from extractor.tables.figures import NOT_PART_WORDS

# Words between a name and its number: "支出总计为9859.38万元", "达1.2亿元", "本年收入合计：".
# (Text is normalised, so the colon is ASCII.)
LINK_WORDS = r"(?:\s|为|是|达到|达|:)*$"

# The level of a classification written after a name: "城乡社区支出(类)3832.36万元",
# "行政事业单位养老支出(款)", "行政单位离退休(项)" (putuo 2024 部门决算说明).
CLASS_LEVEL = r"\((?:类|款|项)\)"

# A row's list marker, not part of its name: "一、一般公共预算财政拨款收入" (收入支出决算总表),
# "(一)交通", "1.水利".
ROW_MARKER = (
    r"^(?:[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\)|\d{1,2}[.、](?!\d))"
)

# A name that says only "the total": it names a table's number only with words before it that
# the table's title holds ("收入支出总计9859.38万元" and the 收入支出决算总表's 总计 row;
# "财政拨款收入支出总计9746.50万元" and the 财政拨款收入支出决算总表's).
GENERIC_NAMES: tuple[str, ...] = ("合计", "总计", "小计", "共计", "累计")

# Fewest characters of the title a generic name must be qualified with ("收入支出").
MIN_QUALIFIER_CHARS = 2

# Shortest name that can stand for a table's number on its own (交通, 水利 are two).
MIN_NAME_CHARS = 2

# Words saying the number is another year's, not the table's: "上年收入合计8796.53万元",
# "较上年度", "去年同期". A year written in the clause other than the document's says so too.
OTHER_YEAR_WORDS: tuple[str, ...] = (
    "上年",
    "去年",
    "上一年",
    "前一年",
    "同期",
    "年初",
    "上期",
)

# How far back a number's name may start: the clause, at most this many characters.
MAX_LABEL_CHARS = 40

# The two sides of a 收入 | 支出 table each end in a total that must agree
# ("收入总计 | 96,282,213.44 | 支出总计 | 96,282,213.44", putuo 2026 财务收支预算总表).
BALANCE_ENDING = "总计"


# ---- a figure stated twice in the text (extractor/checks/restated.py) ----------------------

# Words before a name that do not change what it names: where it is said, how it is introduced
# ("目前,我区…共有建档立卡贫困人口", "顺平县现有建档立卡贫困人口3496户", "全县还有9个贫困村",
# "针对称多县因缺少技术致贫的90户280人": seed).
NAME_LEADS: tuple[str, ...] = (
    "目前",
    "全年",
    "建档立卡",  # 建档立卡贫困人口 = 贫困人口: the poor on the register are the poor a plan counts
    "现有",
    "共有",
    "还有",
    "尚有",
    "全县",
    "全市",
    "全区",
    "全旗",
    "全州",
    "全省",
    "全镇",
    "全乡",
    "其中",
    "以及",
    "针对",
    "共计",  # "全年共安排对口帮扶资金": the total said again
    "合计",
    "总计",
    "共",
    "和",
    "及",
    "与",
)

# Words after a name, before its number: "因病致贫的共1365户" (seed), "收入预算总额为107744.07万元"
# (jiangxi 2020 部门预算). Longer first.
NAME_TAILS: tuple[str, ...] = (
    "的共有",
    "的共计",
    "的共",
    "共有",
    "共计",
    "合计",
    "总计",
    "的为",
    "达到",
    "为",
    "达",
    "是",
    "共",
    "的",
)

# The words that say a name is the one before the number's whole statement: "我区四个携手奔小康
# 地区共有建档立卡贫困人口 17869户" names 建档立卡贫困人口 (seed).
NAME_MARKERS: tuple[str, ...] = ("共有", "现有", "还有", "尚有")

# A cause of poverty is written with and without its frame: "缺技术90户280人" and "因缺少技术致贫的
# 90户280人" (seed, 称多县): a name ending in 致贫 loses it and a leading 因; then these words
# are one.
CAUSE_ENDING = "致贫"
CAUSE_LEAD = "因"
SAME_WORDS: tuple[tuple[str, str], ...] = (("缺少", "缺"),)

# Households and people are counted under both words: "建档立卡贫困户3496户" restates
# "建档立卡贫困人口3496户7072人" in its 户.
SAME_NAMES: tuple[tuple[str, str], ...] = (("贫困户", "贫困人口"),)

# Words that make a number something other than the stock its name holds: a change, a target,
# a rate, an average or a bound ("计划脱贫4669人", "比上年增加", "人均年收入3762元": seed).
NOT_A_STATEMENT: tuple[str, ...] = (
    *NOT_PART_WORDS,  # a comparison or a change (比上年增加, 增长6.5%, 人均, 占)
    "不低于",
    "最低",
    "户均",
    "年均",
    "平均",
    "计划",
    "力争",
    "目标",
    "预计",
    "拟",
    "争取",
    "新增",
    "累计",
    "分别",
    "第",
)

# A number stated on its own (not in a figure) is compared with another on its own only when
# both are statements of a stock: what an area has ("全县共有建档立卡贫困户3496户", "顺平县有
# 126个贫困村", "全县还有9个贫困村": seed) or a total by its name ("资金总额", "总投资"). ``有``
# alone counts after an area's name only ("顺平县有"; not 有限公司, 有效期).
HAVE_WORDS = r"(?:共有|现有|还有|尚有|辖有|(?<=[县市区镇乡旗州省])有)"
# A total said to be one: "2018年共安排对口帮扶资金2000万元" (共 not in 公共, 共同, 共享…).
TOTAL_WORDS = r"(?:共有|共计|合计|总计|(?<![公总])共(?![同享建商治赢识产青]))"
TOTAL_NOUNS = r"(?:总额|总数|总量|总规模|总投资|总人口|户数|人数)"
# A name that ends in the money or the people it counts names an amount, not an act:
# "一般公共预算支出3.4万亿元" (yunnan 2026 政府工作报告), "帮扶资金179亿元" (guangdong 2026),
# "建档立卡贫困人口2686户9256人" (seed), "收入预算总额为107744.07万元" (jiangxi 2020 部门预算).
# An act ends in its verb and is each time another one: "完成职业技能培训284万人次" (henan 2026,
# last year's) against "完成职业技能培训200万人次" (this year's), "新建50个", "建成6个".
AMOUNT_NOUNS = r"(?:支出|收入|资金|经费|人口|贫困户|贫困村)"

# A classifier between a count and the name after it ("126个贫困村"), and where such a name
# ends: a break, or a word that starts the next phrase ("126个贫困村,占所有行政村的53%").
NAME_AFTER_END = r"[,;:。!?\n、)]|占|的|和|与|及"
MAX_NAME_AFTER_CHARS = 10

# Words in a heading, a whole's name or a table's title that say which money a number counts: a
# 部门预算's 基本支出 under "(二)支出预算情况" is all of it, under "(三)财政拨款支出情况" only
# what the budget pays (jiangxi 2020 部门预算: 45639.54万元 and 36635.86万元). Numbers of
# different coverage are different quantities.
COVERAGE_WORDS: tuple[str, ...] = (
    "财政拨款",
    "一般公共预算",
    "政府性基金",
    "国有资本经营",
    "基本支出",
    "项目支出",
    "三公",
)

# The words of COVERAGE_WORDS that name where the money comes from. A sentence that names one
# (its own words or its section's heading) states the number of the tables whose title names it:
# "一般公共预算财政拨款基本支出 5377.64 万元" under "六、一般公共预算财政拨款基本支出决算情况说明"
# is the 一般公共预算财政拨款支出决算表's 基本支出 (5364.75), not the 支出决算表's, which counts
# all the money (5377.64; putuo planning bureau 2024 决算, a real mismatch). A sentence that names
# none states the all-money tables' number when the document has them.
SOURCE_WORDS: tuple[str, ...] = ("财政拨款", "一般公共预算", "政府性基金", "国有资本经营")

# How far back a name may start before its number (the clause, at most this many characters).
MAX_NAME_CHARS = 30

# ---- table against table (extractor/checks/table_pairs.py) ----------------------------------

# What a table's title says it counts: its side's money flow. A 收支 table has both, its left
# side 收入 and its right side 支出 (2026年部门财务收支预算总表, putuo justice budget).
INCOME_WORD = "收入"
SPENDING_WORD = "支出"
BOTH_WORDS = "收支"
# Title words that narrow what a table counts to a part of its flow: only 基本支出, only 项目
# 支出, only the 三公 money (2026年部门一般公共预算基本支出部门预算经济分类预算表), and which
# classification its rows follow. Two tables are compared only when these words are the same:
# 住房公积金 is a 功能分类 subject (221 02 01) and an 经济分类 one (30113) of other amounts.
PART_WORDS: tuple[str, ...] = ("基本支出", "项目支出", "三公", "经济分类", "政府采购", "绩效")
