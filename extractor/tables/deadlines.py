"""How plans state when an item is due: a labelled 完成时限, a deadline column, a 前 phrase.

Read by ``extractor/review/deadline.py`` for the task ledger; tests in
``tests/test_deadline.py``.
"""

from __future__ import annotations

# A label and its value, up to the end of the clause.
# 责任单位:区人民银行支行(牵头)、区财政局、区税务局;完成时限:2021年6月  (a realistic plan's tag,
#   tests/test_agencies.py ROLE_NOTE_AND_BY_FORMS)
LABELS = ("完成时限", "完成时间", "完成期限", "时间节点")
LABELLED = r"""
    (?:{labels})\s*[:：]\s*
    (?P<deadline>[^;；。,，\n)）|]{{1,30}})
"""

# A task table's time column, a header holding one of these words:
#   序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限  (extractor/tabular.py)
COLUMN_WORDS = ("时限", "完成时间", "时间节点", "完成期限", "进度安排")

# Digits or Chinese numerals of a date part: 2012, 〇四, 十一.
_YEAR = r"(?:\d{4}|[〇零一二三四五六七八九]{4})年"
_MONTH = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})月"
_DAY = r"(?:\d{1,2}|[一二三十]?[一二三四五六七八九十])日"

# A date followed by 前 (before): the day, the month end or the year end. A bare 年前 or 日前
# needs its digits (比五年前增加, 国家扶贫日前后 are no deadlines).
#   于2018年12月31日前报送国务院办公厅  (guowuyuan-zhenzhua-shigan-jili-tongzhi-2018)
#   各区（县级市）要于2012年底前制定完成具体实施方案  (guangzhou-rencai-jiju-shishi-yijian-2012)
#   各有关部门于每年2月底前  (guowuyuan-zhenzhua-shigan-jili-tongzhi-2018)
#   市人民政府应当于每年十月底前向常务委员会提出  (wild/ziboshi-zhidingdifangxingfaguitiao-2017)
#   年底前，市级政务服务事项网上可办率达到90%以上  (corpus/samples/lead-support-work-points-2020)
PHRASE = rf"""
    (?P<deadline>
        (?:每年|当年|今年)?
        (?:
            {_YEAR}(?:{_MONTH}(?:{_DAY}|底|末)?|底|末)?   # 2012年底 / 2012年10月底 / 2018年12月31日
          | {_MONTH}(?:{_DAY}|底|末)                     # 6月底 / 3月31日
          | 年(?:底|末)                                   # 年底 (the plan's year)
        )
        (?:前|以前|之前)
    )
"""
