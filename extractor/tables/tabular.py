"""What the header of a table says about its columns (task-division and figure tables)."""

from __future__ import annotations

from extractor.facts import Role

# Header words of a task column that names projects: a project list (序号 | 项目名称 |
# 投资总额（亿元） | … | 责任单位, jiangxi 2020 重大产业项目入库名单) gives each project as a
# numbered item with its unit and money; in an annex it adds to the text's items rather than
# restating them (see ``extractor.tabular._attached_copy``).
PROJECT_HEADERS: tuple[str, ...] = ("项目名称",)

# Header words of the column that states the work to do. Matched after removing spaces;
# a header containing one of these is a task column (重点工作任务, 具体工作措施).
TASK_HEADERS: tuple[str, ...] = (
    "工作任务",
    "重点任务",
    "主要任务",
    "具体任务",
    "任务内容",
    "任务名称",
    "工作内容",
    "工作措施",
    "主要措施",
    "具体措施",
    "重点工作",
    "工作事项",
    "任务",
    "措施",
    "事项",
    *PROJECT_HEADERS,
)

# Header words of the columns that name responsible units, with the role they give.
AGENCY_HEADERS: dict[str, Role | None] = {
    "牵头单位": "lead",  # lead unit
    "牵头部门": "lead",
    "主责单位": "lead",
    "牵头": "lead",
    "配合单位": "support",  # supporting units
    "配合部门": "support",
    "协办单位": "support",
    "参与单位": "support",
    "配合": "support",
    "责任单位": None,  # responsible unit, no role
    "责任部门": None,
    "负责单位": None,
    "负责部门": None,  # 序号 | 工作任务 | 负责部门 | 时间进度 (jkfp 2016 重点任务分工及进度安排表)
    "责任主体": None,
    "实施单位": None,
    "承办单位": None,
}

# Header words of a column that names people, not units, though it says 牵头 or 责任: 牵头领导
# (an official and their post: 吴国荣（南昌经开区管委会副主任）), 责任人, 联系人 (jiangxi 2020
# 重大产业项目入库名单: 牵头领导 | 责任单位 | 责任人).
PERSON_HEADERS: tuple[str, ...] = ("领导", "责任人", "联系人", "负责人")

# Header of the row-number column.
NUMBER_HEADERS: tuple[str, ...] = ("序号", "编号", "序")

# A unit given in a column header: 投资(万元), 金额（元）, 面积/亩.
HEADER_UNIT = (
    r"[(（]\s*(?:单位\s*[:：]\s*)?(?P<unit>[^()（）\d]{1,6})\s*[)）]\s*$"  # 投资(万元)
    r"|/\s*(?P<unit2>[^/\d]{1,4})$"  # 面积/亩
)

# A unit given for the whole table in a caption line just above it: 单位：万元.
CAPTION_UNIT = r"单位\s*[:：]\s*(?P<unit>[^\s|,，;；]{1,6})"

# A caption line that names who compiled the table, with or without its unit: never the table's
# title ("编制部门：上海市普陀区司法局 单位：元", putuo 部门预算 tables under their titles).
COMPILER_LINE = r"^(?:编制|填报|报送|编报)(?:部门|单位|机关)\s*[:：]"

# The unit of a column of whole numbers whose header gives none (安置任务 | 1 | 1 | … | 29,
# lishui 2023): a count of things, with the general classifier.
COUNT_UNIT = "个"

# Longest line above a table that is read as its title
# ("代化镇10.581亿元基金 按项目类型划分投资规模统计表", guizhou-changshun 2017).
MAX_TABLE_TITLE_CHARS = 60

# How far above a table (in characters) a caption may stand.
CAPTION_REACH = 80

# Row labels that open with a list marker, one style per level (putuo 2026 收支预算总表:
# "一、财政拨款收入" holding "1.一般公共预算", "2.政府性基金预算"): a total row sums the rows
# marked like the first, and each of those the rows marked otherwise below it.
ROW_MARKER_STYLES: tuple[str, ...] = (
    r"[一二三四五六七八九十]{1,3}、",
    r"\(?[一二三四五六七八九十]{1,3}\)",
    r"\d{1,2}[.、](?!\d)",
)

# ---- tables written as text (extractor/texttables.py) ----------------------------------

# Fewest rows a run of `a | b` or tab-separated lines must have to be read as a table
# (a header and one row).
MIN_TEXT_TABLE_ROWS = 2

# Fewest pipe lines a flattened web table must have (two rows of two cells need five).
MIN_CELL_LINE_SEPARATORS = 5

# Most lines one cell of a flattened web table spans ("安置" / "任务": two lines, lishui 2023).
MAX_LINES_PER_CELL = 6

# ---- what a budget table's rows and columns sum to (extractor/tablesums.py) -------------

# A classification code in a table's first column: 201 (类), 20139 (款), 2013901 (项) — each
# level two digits longer (putuo 2024 部门决算, 功能分类科目编码).
CLASSIFICATION_CODE = r"\d{3}(?:\d{2}){0,3}"
CODE_STEP = 2

# Row and column labels that total others beside 合计/小计/总计: 本年收入合计, 本年支出合计.
TOTAL_ROW_ENDINGS: tuple[str, ...] = ("合计", "小计", "总计")

# Header words of a column of codes, not values.
CODE_HEADERS: tuple[str, ...] = ("编码", "代码", "科目编号", "编号")

# Header words of a label column that names classes of a classification, whose rows are of
# several levels (类, 款, 项): "功能分类科目名称 | 合计 | 基本支出 | 项目支出", "经济分类科目名称 |
# 合计 | 人员经费 | 公用经费" (putuo 2026 部门预算). Rows of such a table that carry neither a code,
# a list marker nor a number in a 序号 column are not summed: which level each is, nothing says.
# The rows of any other table (项目 | 决算数; 单位 | 安置任务; 项目类型 | 投资) are one level.
CLASS_HEADERS: tuple[str, ...] = ("科目",)

# A lone column in its unit names its total row's cell when its header names a quantity
# ("投资规模（亿元）": 合计 | 191 | 10.581 is the 总投资规模10.581亿元 of guizhou-changshun 2017's
# prose), not when it names only a stage or an amount of the table's own subject: a lone
# 预算数 / 决算数 / 金额 column (the 部门决算 tables) names nothing.
LONE_COLUMN_STAGES: tuple[str, ...] = (
    "预算数",
    "决算数",
    "执行数",
    "预算",
    "决算",
    "金额",
    "数额",
    "数量",
    "本年数",
    "上年数",
    "合计",
    "小计",
    "总计",
    "比例",
    "占比",
)

# A header's or label's unit note: 投资规模（亿元）, 金额(万元). The cell's unit, not its name.
UNIT_NOTE = r"[(（][^()（）]{1,8}[)）]$"
