"""The words of ``stale_year``: when a year written in the text is the document's own year.

A document reports on or plans for its year (the title's); other years are named all the time
for good reasons (``与2023年度相比``, ``2019年以来``, ``到2025年``). Only a year written where
the document's own year belongs is a slip: in its own frame (the title's words restated), at
the head of a statement of its own figures, or in the year-end date of its own accounts.
"""

from __future__ import annotations

# Title words that make a document a report on its own year: its figures are that year's, so
# its text states them for that year (上海市普陀区规划和自然资源局2024年度部门决算, putuo;
# 政府信息公开工作年度报告; 2025年工作总结). A budget (预算) or a plan is written before its
# year and legitimately states the year before it (截至2025年8月31日 in a 2026 budget).
REPORT_GENRES = ("决算", "年度报告", "年报", "工作总结", "总结")

# A clause with one of these before the year names another year on purpose:
# 与2023年度相比 / 比2023年度减少0.15万元 (putuo 2024 决算), 较2023年, 自2019年, 同2023年.
COMPARING_BEFORE = (
    "与",
    "比",
    "较",
    "同比",
    "相比",
    "对比",
    "自",
    "从",
    "继",
    "延续",
    "沿用",
    "上年",
    "去年",
    "以前",
    "超过",
    "高于",
    "低于",
    "根据",
    "依据",
    "按照",
)

# Later in the clause or line, words that make the year the other side of a comparison:
# 与上海市…局2023年度决算相比, a table titled 2023年度部门决算与2024年度对比表.
COMPARING_AFTER = ("相比", "相较", "对比", "比较", "持平")

# After the year (and its 年/年度), words that make it a period, a point or a comparison, not the
# document's year: 2019年以来, 2023年底前, 2023年同期, 2023年水平, 2023年起, 2023年—2025年.
NOT_OWN_AFTER = (
    "以来",
    "以前",
    "之前",
    "前",
    "底",
    "末",
    "初",
    "中",
    "同期",
    "相比",
    "水平",
    "基础",
    "起",
    "至",
    "到",
    "—",
    "-",
    "~",
    "～",
    "、",
    "和",
    "及",
    "与",
    "的",
)

# A line or clause with one of these looks back on purpose (一、2024年工作回顾, gansu 2025 政府
# 工作报告; 2025年政府工作报告确定的目标任务完成情况).
REVIEW_WORDS = (
    "回顾",
    "总结",
    "完成情况",
    "执行情况",
    "落实情况",
    "进展情况",
    "确定的",
    "提出的",
    "部署的",
    "以来",
)

# A report's own voice: 本部门2024年度收入支出总计… . The issuer named in the title is added per
# document (上海市普陀区规划和自然资源局 2024 年度收入支出总计9859.38万元, putuo).
SELF_WORDS = (
    "本部门",
    "本单位",
    "本机关",
    "我局",
    "本局",
    "我部",
    "我委",
    "本委",
    "我办",
    "我单位",
)

# The end of a report's year, the date its accounts stand at: 截至2024年12月31日，上海市普陀区
# 规划和自然资源局部门（单位）共有车辆… (putuo 2024 决算).
YEAR_END = (
    r"截(?:至|止)\s*(?P<year>(?:19|20)\d{2})\s*年\s*(?:12\s*月\s*(?:31\s*日|末|底)|年?底|年?末)"
)

# When at least this many of the frames restating the title (its words after a year, a report's
# year-end date) name one other year, and more of them than name the title's, the title is the
# stale one: a 2024 决算 whose cover was set back to 2023年度部门决算 while its headings read
# 第二部分 上海市普陀区规划和自然资源局2024年度部门决算表 and its assets 截至2024年12月31日
# (putuo; the peer's planted-error file has “a year that contradicts the cover”).
MIN_FRAMES_AGAINST_TITLE = 2
# A title frame shorter than this is too common to be the document's own (数字山东2021行动方案
# restated as 2020年行动方案 says little).
MIN_FRAME_CHARS = 4
# How many characters of the title before its year name the issuer in a restatement
# (…规划和自然资源局 2023 年度收入支出总计).
ISSUER_TAIL_CHARS = 4
# A line this short without a full stop is a heading, a table's title or a cover line.
HEADING_LINE_CHARS = 50
# A line this short, or one that ends with one of these, is followed by a new line of its own
# (a heading, a paragraph); a longer one without them was wrapped by the layout.
SHORT_LINE_CHARS = 24
SENTENCE_ENDS = "。;；:：!?！？)）」”"
# How far a clause is read after its year when no comma ends it (PDF text has no line ends).
CLAUSE_CHARS = 60

# Title words of a budget: written before its year, it compares that year with the one before
# (比2025年预算执行数增加0.97%). A 决算 is no budget: it holds its year to that year's budget.
BUDGET_GENRES = ("预算",)
# In a budget, a comparison with a budget of its own year compares the budget with itself: the
# year before was meant (putuo justice bureau 2026 预算: “财政拨款收入9628.22万元，比2026年预算
# 增加793.14万元”, “与2026年预算持平”, beside “比2025年预算执行数增加0.97%”).
OWN_BUDGET_AFTER = ("预算",)
# A project's period in a budget's 项目 pages, which must reach the budget's year (putuo justice
# bureau 2026 预算, 人民调解 project: “五、实施周期 / 2025年1月1日-2025年12月31日”).
PROJECT_PERIOD = (
    r"(?:实施周期|项目周期|实施期限|执行期限|项目期限|实施期间)\s*[:：]?\s*"
    r"(?P<from>(?:19|20)\d{2})\s*年[^\n。；;]{0,12}?\s*[-—–~～至到]\s*"
    r"(?P<year>(?:19|20)\d{2})\s*年"
)
