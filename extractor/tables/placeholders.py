"""The words of ``placeholder``: template text left in a document.

A template marks its blanks with letters or signs (``XX局``, ``X万元``, ``XXXX年``, ``××``,
``□□``), with a field name in brackets (``（单位名称）``) or with both wordings of a choice
(``增加（减少）X万元``). Each blank is matched together with what a template puts after it, so a
real word is never one (``X射线``, ``X光``; ``XX`` inside a Latin code or a link).
"""

from __future__ import annotations

# The letters a template writes for a blank (NFKC folds Ｘ and ｘ to these).
BLANK_LETTERS = "Xx"

# After a blank of one letter or more: a unit, an amount or a date (X万元, XX%, XXXX年XX月XX日;
# the putuo 决算 template reads “增加（减少）X万元，增长（下降）X%”), the blank written with its
# decimal point too (政府采购金额为XX.XX万元, X.X%). Longest first.
AFTER_ANY_BLANK = (
    "万元",
    "亿元",
    "千元",
    "元",
    "万",
    "亿",
    "%",
    "个",
    "名",
    "人",
    "户",
    "家",
    "项",
    "次",
    "件",
    "台",
    "辆",
    "套",
    "亩",
    "吨",
    "岁",
    "年",
    "月",
    "日",
    "号",
)

# After a blank of two letters or more: the name of a place or a body (XX局, XX县, XX街道,
# XX同志). One letter before these is a label as often as a blank (A区, B栋), so it is not read.
AFTER_LONG_BLANK = (
    "街道",
    "社区",
    "中心",
    "公司",
    "集团",
    "单位",
    "部门",
    "同志",
    "项目",
    "工程",
    "省",
    "市",
    "县",
    "区",
    "乡",
    "镇",
    "村",
    "局",
    "委",
    "办",
    "厅",
    "部",
    "处",
    "科",
    "室",
    "所",
    "院",
    "校",
    "会",
)

# A blank of two letters or more can also open a name whose last word is one of
# AFTER_LONG_BLANK: the template keeps the name's tail and blanks its head (上海市普陀区XX服务中心,
# a 部门决算's 编制范围 table as a planted-error copy of it writes the unit; XX发展有限公司,
# XX街道办事处). At most this many Han characters stand between the blank and that word.
NAME_TAIL_CHARS = 4
# ... unless the letters are a Roman numeral or a genetics term: XX世纪, 第XX届, XX染色体.
NOT_A_NAME_AFTER = ("世纪", "届", "染色体", "型")

# Signs a template repeats for a blank: ××, □□, ○○ (two or more; one × multiplies, one □ is a
# box to tick, 〇 and ○ write zero in 二〇二四年, so those never stand next to a numeral).
BLANK_SIGNS = "×□○〇"

# A field name in brackets: （单位名称） （项目名称）, and an instruction: （请填写…）. A bare
# （名称） is no blank: 当事人的姓名（名称） is the law's wording for a person or a body, and so
# is 姓名（单位名称）, so a field right after one of NAME_WORDS is an alternative, not a blank.
FIELD_NAMES = ("单位名称", "部门名称", "项目名称", "企业名称", "机构名称", "学校名称", "单位全称")
# An instruction to the person filling the template in, never a form's own label (（填报单位
# 盖章）, （填写说明见附件） belong to a form).
FIELD_VERBS = ("请填写", "此处填写", "此处填入", "请填入")
NAME_WORDS = ("姓名", "名称", "名字")

# A template's instruction to whoever fills it in, left in the published text (putuo party
# social work department 2024 决算, under two empty tables: “无政府性基金预算财政拨款收入支出的，
# 仍保留该表格式，并在本表下方作下述说明：”; the planning bureau's 决算 of the same template
# took it out and kept only its own “说明：…故本表无数据”).
INSTRUCTIONS = ("仍保留该表格式", "仍需保留该表格式", "并在本表下方作下述说明", "并在表下作出说明")

# Both wordings of a choice before an amount: 下降（增长）27.78% (putuo planning bureau 2024
# 决算: “比2023年度减少 0.15 万元，下降（增长）27.78%”). Each pair is read both ways.
DIRECTION_PAIRS = (
    ("增加", "减少"),
    ("增长", "下降"),
    ("上升", "下降"),
    ("提高", "降低"),
    ("高于", "低于"),
    ("大于", "小于"),
    ("增", "减"),
)

# A sentence that explains a format or gives an example uses blanks on purpose:
# 化妆品生产许可证编号的编排方式为：X妆XXXXXXXX。其中，第一位X代表… (化妆品生产经营监督管理办法).
EXPLAINING = (
    "格式",
    "样式",
    "式样",
    "模板",
    "模版",
    "范本",
    "示例",
    "例如",
    "举例",
    "编排方式",
    "编号规则",
    "代表",
    "表示",
)
