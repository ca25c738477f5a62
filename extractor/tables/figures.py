"""Words that build a figure (a total and its parts) and the numeric checks, as data.

All strings are matched on the NFKC view of the text (ASCII punctuation; `、` and
`。` stay). Order matters where one entry is a prefix of another: longer first.
"""

from __future__ import annotations

# "其中" opens the parts of the total stated just before it:
# 共有…17869户、46818人,其中称多县2686户、9256人,…
# "基本支出45639.54万元,包括:工资福利支出41216.79万元、…" (jiangxi 2020 部门预算) too.
PARTS_MARKERS: tuple[str, ...] = ("其中", "包括")

# Words before a colon that announce the breakdown of a total stated just before:
# "贫困人口主要致贫原因:因病致贫的共1365户…" (seed, 顺平县), "其中:", "分别为:", "包括:".
BREAKDOWN_CUES: tuple[str, ...] = (
    "主要",
    "分别",
    "包括",
    "其中",
    "具体",
    "构成",
    "组成",
    "来源",
    "原因",
    "用途",
    "类型",
    "分布",
    "划分",  # 按支出功能科目划分: (jiangxi 2020 部门预算, one breakdown of several)
    "分类",
)

# A breakdown "by" a classification (按支出功能科目划分:) restates a total given further back,
# often after 其中: and another breakdown; its total is looked for this far back, past the
# other breakdowns' parts.
CLASSIFIED_LOOKBACK = 2000

# Signs of form that a list is the whole breakdown of its total, not a pick of some parts (as
# 其中 may be: national 2011 "新增发电装机容量4.45亿千瓦,其中水电9601万千瓦、核电384万千瓦"):
# - a colon after 其中/包括 itemises the total (jiangxi 2020 部门预算: "编制人数小计1161人，其中：
#   行政编制人数237人、…"; "“三公”经费一般公共预算安排893.32万元，其中：因公出国（境）费81万元，…");
ITEMISING_MARK = ":"
# - a total named as the sum of its rows (jiangxi 2020: "在职人数小计932人，包括行政在职人数
#   236人、…");
# - a breakdown by a classification (jiangxi 2020: "按支出功能分类划分: 一般公共服务支出
#   46947万元，…", ``_CLASSIFIED`` in extractor/figures.py);
# - classes that split every whole between them, and a residual part (``PARTITIONS``,
#   ``NEGATIONS``, ``RESIDUAL_PART_PREFIXES`` below).
SUM_WORDS: tuple[str, ...] = ("小计", "合计", "总计")

# Verbs that open a statement of its own: a "part" whose label starts with one (and the first
# part's does not) is the text's next statement, and the list has ended (gansu 2026: "新增铁路
# 运营里程639公里、其中高铁370公里，新增高速（一级）公路2600公里"; xizang 2026: "新增营造林148万亩、
# 其中南北山绿化工程43万亩，修复治理退化草原517万亩").
STATEMENT_VERBS: tuple[str, ...] = (
    "新增",
    "新建",
    "新开工",
    "修复",
    "治理",
    "完成",
    "建成",
    "实现",
    "开展",
    "实施",
    "推进",
    "改造",
    "提升",
    "培育",
    "打造",
    "建设",
    "累计",
    "带动",
    "吸引",
    "引进",
    "落实",
    "发放",
    "争取",
)

# After a part of a list, these open that part's own breakdown, which runs to the next ;
# (jiangxi 2020 部门预算: "在职人数小计932人，包括行政在职人数236人、…；离休人数小计8人").
NESTED_MARKERS: tuple[str, ...] = ("其中", "包括", "含")

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

# Many parts named alike, by one classifying word, are a classification of the whole, not a
# pick of some parts: "5459户…其中328户因病致贫，109户因残致贫，…124户因自身发展能力不足致贫"
# (the seed: ten causes, each …致贫). At least CLASSIFIED_MIN_PARTS parts whose labels share an
# ending of CLASSIFIED_ENDING_CHARS characters; a short pick (其中因病致贫328户、因残致贫109户)
# stays a possibly partial list.
CLASSIFIED_MIN_PARTS = 4
CLASSIFIED_ENDING_CHARS = 2

# A residual part (其他致贫原因, 其余…) shows a breakdown is meant to be complete.
RESIDUAL_PART_PREFIXES: tuple[str, ...] = ("其他", "其它", "其余", "剩余")

# Classes that split every whole between them: two parts labelled with both are the whole
# (jiangxi 2026 政府工作报告: "28个主要指标，其中20个预期性指标、8个约束性指标"; liaoning and
# xinjiang 2026 alike).
PARTITIONS: tuple[tuple[str, ...], ...] = (("预期性", "约束性"),)

# Levels that split a total between them when the parts are the total's own label under each
# (national 2019 政府工作报告: "财政赤字2.76万亿元，其中中央财政赤字1.83万亿元，地方财政赤字9300
# 亿元"). Only then: "总投资1000万元，其中中央资金300万元、地方资金200万元" may leave out 自筹.
TOTAL_PARTITIONS: tuple[tuple[str, str], ...] = (("中央", "地方"),)

# A part that is its sibling's label negated splits the whole with it (putuo wanli 2025:
# "地上建筑面积为8013平方米(其中计容面积7998平方米,不计容面积105平方米)").
NEGATIONS: tuple[str, ...] = ("不", "非")

# Qualifiers that say a value was rounded, in either direction: a sum within one rounding step
# of it agrees, one farther off is a mismatch (jiangxi 2020: "项目总用地约1300亩，其中300亩用于…，
# 1000亩用于…"). Every other qualifier (余, 以上, 超过, 近) bounds the value: never a mismatch.
APPROXIMATE_QUALIFIERS: tuple[str, ...] = ("约", "大约", "左右")

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
