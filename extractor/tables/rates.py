"""Words of rates, changes and comparisons, as data: the grammar of ``checks/changes.py``,
``checks/completion.py`` and ``checks/direction.py``.

Every string is matched on the NFKC view of the text with its whitespace removed (PDF text
puts spaces around numbers and wraps lines mid-word: ``增加 1062.85`` / ``万元``, ``减`` /
``少``), so ``(`` ``,`` ``:`` are ASCII here while ``、`` and ``。`` stay. Longer entries come
first where one is a prefix of another.

Sources quoted below:
- party-2024: putuo-party-social-work-dept-2024-final-accounts (部门决算, shared/corpus/pdf)
- planning-2024: putuo-planning-resources-bureau-2024-final-accounts (部门决算)
- justice-2026: putuo-justice-bureau-2026-dept-budget (部门预算)
- wanli-2025: putuo-wanli-subdistrict-2025-dept-budget (部门预算)
- reports-2026: the 2026 政府工作报告 in shared/corpus/wild
"""

from __future__ import annotations

from typing import Literal

Direction = Literal["up", "down", "flat"]

# ---- change verbs -----------------------------------------------------------------------
# A change stated against a base: 比2023年度增加10.23万元 (party-2024), 增长12.08%
# (planning-2024), 比2025年预算执行数减少1.07% (justice-2026), 提高4.5个百分点 (reports-2026).
CHANGE_VERBS: dict[str, Direction] = {
    "增加": "up",
    "增长": "up",
    "提高": "up",
    "提升": "up",
    "上升": "up",
    "增多": "up",
    "减少": "down",
    "下降": "down",
    "降低": "down",
    "减低": "down",
    "缩减": "down",
    "回落": "down",
}

# Words that state no change: 与2025年预算持平 (justice-2026), 比2024年预算持平 (wanli-2025).
# 基本持平 is a hedge (roughly equal) and is never read.
FLAT_WORDS: tuple[str, ...] = ("持平", "保持不变", "无变化")

# Verbs of a move from one value to another: 从1832户增加到3382户, 由52.23%提高到58.08%,
# 从31.1%降至22.5%, 从5.6万元增至7.8万元 (reports-2026). Longer first.
MOVE_VERBS: dict[str, Direction] = {
    **CHANGE_VERBS,
    "跃升": "up",  # 从15家跃升到38家 (zhejiang-zhengfu-gongzuo-baogao-2026)
    "扩大": "up",
    "增": "up",
    "升": "up",
    "压减": "down",
    "减": "down",
    "降": "down",
}
MOVE_TO: tuple[str, ...] = ("到", "至")

# What a base starts with: 比上年, 比2023年度, 较上一年度, 与2023年度相比, 比2025年预算执行数.
# A base that starts with none of these (比全国, 较年初预期) is not a year-on-year change.
BASE_TIMES: tuple[str, ...] = (
    "上年同期",
    "上一年度",
    "上年度",
    "上一年",
    "上年",
    "去年同期",
    "去年",
    "同期",
)
# The longest base: 2025年当年预算执行数 is 12 characters.
MAX_BASE_CHARS = 14
# Words that end a base and open the change: 与2023年度相比,收入支出总计增加307.82万元.
COMPARED: tuple[str, ...] = ("相比较", "相比", "比较", "对比")
# 同比增长5.4%: the base is the same period a year before.
SAME_PERIOD = "同比"
# Longest subject between 相比, and the verb (一般公共预算财政拨款支出 is 12 characters).
MAX_SUBJECT_CHARS = 24

# A change these words qualify is not a plain year-on-year one: 年均增长6.5% is compound,
# 累计增长 runs over several years, 增长3.2倍 is a multiple (reports-2026); 实际增长 is a real
# (inflation-adjusted) rate beside nominal amounts.
NOT_SIMPLE: tuple[str, ...] = ("年均", "累计", "平均", "实际")

# A sentence with one of these computes its rate on another basis than the amounts it states:
# 按可比价格计算，比上年增长5.4% (a real rate beside a nominal GDP), 同口径增长 / 可比口径 (a base
# adjusted for a change of scope), 剔除…因素 / 扣除…后. Its rates are not checked.
OTHER_BASIS: tuple[str, ...] = ("可比价", "可比口径", "同口径", "剔除", "扣除", "不变价")

# ---- completion -------------------------------------------------------------------------
# The base a completion rate names, and the budget it means:
# 完成年初预算的95.89% (party-2024), 完成全年预算数的98.69% (party-2024),
# 完成预算的13.68% (planning-2024). Longer first.
COMPLETION_BASES: dict[str, str] = {
    "调整后预算": "调整",
    "调整预算": "调整",
    "年初预算": "年初",
    "全年预算": "全年",
    "年度预算": "全年",
    "预算": "预算",
}

# Labels that make a money amount a budget: 年初预算为0万元, 全年预算为321.02万元 (party-2024).
# The value is the budget kind a completion rate names (COMPLETION_BASES); 预算 is any budget.
BUDGET_LABELS: dict[str, str] = {
    "调整后预算数": "调整",
    "调整后预算": "调整",
    "调整预算数": "调整",
    "调整预算": "调整",
    "年初预算数": "年初",
    "年初预算": "年初",
    "全年预算数": "全年",
    "全年预算": "全年",
    "预算数": "预算",
}

# Labels that make a money amount the outturn: 支出决算为307.82万元 (party-2024),
# 公务接待费支出决算为0.39万元 (planning-2024).
ACTUAL_LABELS: tuple[str, ...] = ("决算数", "决算")

# Words between a label and its number: 年初预算为0万元, 支出决算为, 决算数:.
LABEL_TAILS: tuple[str, ...] = ("为", "是", "达到", "达", ":")

# ---- direction words --------------------------------------------------------------------
# Comparison words between the outturn and the budget: 决算数小于全年预算数 (party-2024),
# 决算数同预算数持平 (planning-2024), 决算数与全年预算数持平 (party-2024).
GREATER: tuple[str, ...] = ("大于", "高于", "超过", "多于")
LESS: tuple[str, ...] = ("小于", "低于", "少于")
EQUAL: tuple[str, ...] = ("等于",)
# 决算数同预算数持平 / 与…一致 / 和…相等: the ``with`` words and the words that close them.
WITH: tuple[str, ...] = ("同", "与", "和", "跟")
EQUAL_CLOSERS: tuple[str, ...] = ("持平", "一致", "相等", "相同")
# The outturn side of such a sentence: 决算数 / 支出决算数 (2024年度“三公”经费支出决算数小于
# 预算数, planning-2024). 人员经费支出数小于预算数 and 实际支出低于预算 name no stated pair and
# are not read.
OUTTURN_WORDS: tuple[str, ...] = ("支出决算数", "决算数")
# The budget side, and the budget kind it names (None: any stated budget).
BUDGET_WORDS: dict[str, str | None] = {
    "调整后预算数": "调整",
    "调整预算数": "调整",
    "年初预算数": "年初",
    "全年预算数": "全年",
    "预算数": None,
}

# How far back (characters of text without spaces) a comparison sentence looks for the
# budget and the outturn it compares: the 三公 paragraph of planning-2024 puts 180 characters
# of parts between its 年初预算为2.85万元，支出决算为0.39万元 and 决算数小于预算数.
MAX_PAIR_DISTANCE = 400

# ---- shares -----------------------------------------------------------------------------
# Words that open the parts of a total whose shares follow with a bare 占: 本年支出合计9759.38
# 万元，其中：基本支出5377.64万元，占55.10% (planning-2024); 一般公共预算财政拨款支出9746.50万元，
# 主要用于以下方面：社会保障和就业支出（类）754.75万元，占7.74% (planning-2024).
SHARE_LIST_MARKERS: tuple[str, ...] = ("其中", "主要用于")
# Determiners before a base label, dropped to find the label itself: 占全部支出的… .
SHARE_BASE_DETERMINERS: tuple[str, ...] = ("所有", "全部", "全体", "总")

# ---- a rate without its % -----------------------------------------------------------------
# A rate verb right after a change, with a decimal and no unit before the clause ends: the %
# was lost (planning-2024: “与2023年度相比，一般公共预算财政拨款支出增加1193.20万元，增长13.95。”,
# where its section 四 writes “增长13.95%”). Only these verbs: 增加/减少 take amounts.
BARE_RATE_VERBS: tuple[str, ...] = ("增长", "下降", "上升", "降低", "提高")
# The change the rate follows in its sentence: a verb and an amount in money.
BARE_RATE_CHANGE: tuple[str, ...] = ("增加", "减少", "增长", "下降")
