"""The words of a figure restated from a table in the prose (extractor/checks/table_cells.py).

A sentence names a table's number by the row's label or the column's header, right before
the number: "本年收入合计9746.50万元" (row 本年收入合计 of the 收入支出决算总表), "其中:基本支出
5377.64万元" (column 基本支出 of the 支出决算表's 合计 row), "社会保障和就业支出(类)754.75万元"
(row 社会保障和就业支出) — all putuo 2024 部门决算, ../shared/corpus/pdf.
"""

from __future__ import annotations

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
