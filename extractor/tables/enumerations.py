"""The words of ``enumeration_count``: a number that announces a list, and the list's forms.

A plan announces how many things it names (``四类贫困人口``, ``五大工程``, ``重点做好十个方面
工作：``) and then names them: after ``即`` or a colon (a 、-list, a quoted list, points marked
``一是…二是…`` or ``①②③``, the numbered headings under the line), or just before the number
(``省、市、县、乡四级``, ``集成电路、生物医药、人工智能三大``). The list is found by these forms
alone, never by the count it should have: comparing the two is the check's job.

The text reaching here is the NFKC view: ``：，；（）`` are ``:,;()``.
"""

from __future__ import annotations

# ---- the announcing number -----------------------------------------------------------------

# Words between the number and the noun that make it a count of named things. Longer first.
#   四类贫困人口 / 五大工程 / 八个到位 (shijingshan 2018 seed); 十个方面工作 (shandong 2026
#   政府工作报告); 13项任务举措 (beijing 2026); 四件大事 (zhejiang 2026); 三方面措施 (2011
#   政府工作报告); 九大行动, 五张清单 (hainan 2026); 七类违法行为 (jiangxi 2020).
CLASSIFIERS: tuple[str, ...] = (
    "个方面",
    "方面",
    "大类",
    "类",
    "大",
    "个",
    "项",
    "件",
    "条",
    "种",
    "张",
)

# What stands between an announcement and its list:
#   四类贫困人口即聚焦因病、… (seed); 六大领域：未来材料、未来能源、… (2026 reports);
#   三类违法行为：一是… (jiangxi 2020); 四大主导产业是指旅游业、… (hainan 2026).
#   Or after a comma: 本年度共有三项任务,即… / 主要有三类,分别是….
INTRODUCERS: tuple[str, ...] = (
    ",即",
    ",分别是",
    ",分别为",
    ",包括",
    "即",
    ":",
    "是指",
    "包括",
    "分别是",
    "分别为",
)

# After 即, words that make it "then" or "even if", not "namely": 完成三项任务即可申请, 即日起.
NOT_NAMELY_AFTER_JI: tuple[str, ...] = ("可", "使", "将", "时", "便", "日", "刻")

# The longest noun between the classifier and the introducer (十个方面工作, 4个方面的保障措施).
MAX_NOUN_CHARS = 8

# A noun that opens with one of these makes the number a span of time, a rate or a choice, not
# a count of named things: 延长二个月: (公安部 2020 程序规定), 采取以下一项或者多项保护措施:
# (ibid.), 高于全国2.6个百分点。二是… (neimenggu 2026).
NOT_NOUNS: tuple[str, ...] = (
    "月",
    "工作日",
    "小时",
    "日",
    "年",
    "周",
    "百分点",
    "以上",
    "以下",
    "或",
    "及以上",
    "左右",
)

# A noun after a list's count that counts the list's characters, not its pieces: 在“巩固、增强、
# 提升、畅通”八个字上下功夫 (national 2019 政府工作报告: four words, eight characters).
CHARACTER_NOUNS: tuple[str, ...] = ("字",)

# Words a numeral stands in without counting: 融入全国统一大市场。一是… (heilongjiang 2026),
# 浙东运河文化园等一大批文化地标 (zhejiang 2026).
WORDS_WITH_A_NUMERAL: tuple[str, ...] = (
    "统一",
    "唯一",
    "同一",
    "单一",
    "之一",
    "万一",
    "专一",
    "划一",
    "一大批",
    "一大片",
    "一大步",
    "三大球",
    "三大件",
)

# Before the number, a bound instead of an exact count: 至少有十个突出亮点：一是… (ningxia
# 2026 政府工作报告) names ten or more.
AT_LEAST_BEFORE: tuple[str, ...] = ("至少有", "至少", "不少于", "超过")

# ---- a list before the number ----------------------------------------------------------------

# A 、-list that ends at the number: 集成电路、生物医药、人工智能三大 (shanghai 2026); 省、市、
# 县、乡四级 (shandong 2019 数字山东); 特别重大、重大、较大和一般四级 (国办 2014 预案);
# 钾、钠、镁、锂、氯五大 (qinghai 2026). 级 counts levels; 一级/二级 are grades (评定为二级,
# guangdong 2025; 二级旧里, shanghai 2026), never a count of two (两级).
CLASSIFIERS_AFTER_LIST: tuple[str, ...] = ("大类", "大", "级", "类")
# 级 and 类 after 一 or 二 are grades: a count of two is 两级, 两类. 历史文化街区核心保护范围、开封
# 城墙二类建设控制地带内 (kaifeng 2020 古城保护条例) is the second class of zone.
GRADED_CLASSIFIERS: tuple[str, ...] = ("级", "类")
GRADE_NUMBERS: tuple[str, ...] = ("一", "二", "1", "2")

# A cue before a 、-list makes any count word after it the list's count: 自然保护区分为核心区、缓冲
# 区、实验区三个功能区 (shandong 2017 黄河三角洲自然保护区条例), 深度贫困地区分为深度贫困县、极贫
# 乡镇和深度贫困村三个层次 (guizhou changshun 2017), 包括都江堰灌区、引大济岷、长征渠引水、向家坝
# 灌区、引雅济安、南水北调西线6个工程 (sichuan 2026). The list then starts after the cue. Without
# one, 个/项 after a list may count something else (在甲、乙两县建设3个示范园).
LIST_CUES: tuple[str, ...] = ("划分为", "分为", "分成", "包括", "包含", "涵盖")

# A last piece that ends in a verb makes the number its object, not the list's count:
# 以铸牢中华民族共同体意识为主线、完整准确全面贯彻新时代党的治疆方略、深入落实“五大战略定位”
# (xinjiang 2026). Only verbs that are not also the tail of a name (…建设, …发展, …改革, …培育
# are: 省属企业专精特新企业培育“三大行动”, sichuan 2026).
VERBS_BEFORE_THE_COUNT: tuple[str, ...] = (
    "落实",
    "贯彻",
    "实施",
    "推进",
    "推动",
    "开展",
    "坚持",
    "锚定",
    "围绕",
    "聚焦",
    "打好",
    "打赢",
    "做到",
    "做好",
    "抓好",
    "用好",
    "践行",
    "深化",
    "强化",
    "实现",
    "突出",
)

# A last piece with one of these makes the number something else than a count of the pieces: a
# grade (新建、改建乡道不低于三级, zaozhuang 2020 农村公路条例), a ranking (三星堆、皮洛、濛溪河等
# 遗址先后入选年度“全国十大考古新发现”, sichuan 2026). One character: only at the piece's end.
NOT_A_COUNT_OF_THE_LIST: tuple[str, ...] = (
    "入选",
    "列入",
    "跻身",
    "位居",
    "位列",
    "获评",
    "荣获",
    "不低于",
    "不高于",
    "低于",
    "高于",
    "达到",
    "提高到",
    "提升至",
    "不少于",
    "不超过",
    "为",
)

# 三大球 (办好中国杯世界花样滑冰大奖赛、全国青少年三大球运动会, chongqing 2026) is football,
# basketball and volleyball, not the pieces before it: in WORDS_WITH_A_NUMERAL.

# How much of the noun after a list's number a message quotes: 三大先导产业.
MAX_NOUN_AFTER_CHARS = 4

# After a list's number, a bound that makes it a grade: 实现市市通高铁、县县通高速、乡乡基本通
# 三级以上公路 (guangxi 2026).
BOUND_AFTER_NUMBER: tuple[str, ...] = ("以上", "以下", "及以上", "及以下")

# Between the list and the number: 等 closes a list that may stop short (荆州、荆门、咸宁等9个
# 离岸科创园; 人工智能、航空航天、先进装备等六大科技专项, 2026 reports): never more named
# than the number, but fewer is no slip.
PARTIAL_BEFORE_NUMBER: tuple[str, ...] = ("等",)

# How far back from its number a list before it is looked for, and how much of its first piece
# is taken (the piece runs on into the sentence: 健全完善省、市、县、乡四级 -> 完善省).
LIST_WINDOW = 80
MAX_FIRST_PIECE_CHARS = 6

# The longest piece of a 、-list before a number, and of one after a colon.
# (中国水权交易所武汉交易服务中心、生态环境权益交易中心、武汉农村综合产权交易所7大要素
# 交易服务平台, hubei 2026).
MAX_PIECE_BEFORE = 20
# A longer piece reads as a clause more than a name (以铸牢中华民族共同体意识为主线、完整准确全面
# 贯彻新时代党的治疆方略、深入落实“五大战略”, xinjiang 2026): such a list is only confirmed.
# A piece 和 joins counts as its two halves (围绕“激发创新活力、促进创新协同和维护公平竞争”三大
# 核心诉求, hubei 2026). Long names stay unsure even before a quoted count (重点产业招商聚能突破
# “三大行动”, qinghai 2026): a clause reads the same (各地、各单位要全面落实本地新冠肺炎确诊病例、
# 疑似病例、密切接触者及发热留观人员“四类人员”, jiangxi 2020, is three kinds of people, not four).
MAX_NAME_CHARS = 12
MAX_PIECE_AFTER = 40

# Words that join the last two pieces (软件信息、科技服务和商务服务三大, beijing 2026) — and
# also stand inside one name (汽车制造与服务, hubei 2026; 住房和城乡建设), so a piece holding
# one may count once or twice.
JOINERS: tuple[str, ...] = ("和", "及", "与", "以及")

# One-character levels written without 、: 省市县乡村五级 (fujian 2026), 县乡村三级 (国办 2018
# 消费扶贫), 区市县三级 (ningxia 2026). Pairs that are one level: 乡镇, 旗县, 县区, 盟市.
# 国省市县四级 (sichuan 2026), 部市区三级 (北京 2024 国际科创中心条例).
LEVEL_CHARS = "国部省市州盟县区旗乡镇村组"
ONE_LEVEL_PAIRS: tuple[str, ...] = ("乡镇", "旗县", "县区", "区县", "盟市", "市州")

# A sentence that ends its line with the count and a full stop announces the headings under it
# only when it counts the plan's parts of work: 今年重点抓好八个方面工作。/ （一）… (xizang 2026),
# 重点做好十个方面工作。(jiangsu 2026), 特制定以下十项举措。(jiangxi 2020). Not: 落实…“四类人员”
# 的隔离、…管控。 / （一）所有确诊病例… (jiangxi 2020 疫情防控: the headings are measures).
FULL_STOP_CLASSIFIERS: tuple[str, ...] = ("个方面", "方面")
FULL_STOP_NOUNS: tuple[str, ...] = ("工作", "任务", "举措", "措施", "目标", "实事")

# A list after the colon whose pieces are clauses parted by ；, to the sentence's end: 接续办好15件
# 市级重点民生实事，包括：完成老旧小区改造600个；治理中心城区交通堵乱点60处；… (chongqing 2026).
# At least this many pieces, each at most this long.
MIN_SEMICOLON_PIECES = 3
MAX_SEMICOLON_PIECE_CHARS = 80

# ---- points and headings after the announcement ----------------------------------------------

# Points marked inside a paragraph or at the starts of the lines after it, as regexes with the
# point's number in ``num``: 一是…二是… (beijing 2026: 一是…十三是), ①②③ (工作要点),
# (1)(2)(3). A 是-point opens a clause; the others may stand anywhere.
# 是为 opens a point too: 今年再办好15件民生实事。一是为怀孕妇女提供免费产前筛查… (shanxi 2026).
SHI_POINT = r"(?<![\p{Han}\d])(?P<num>[一二三四五六七八九十]{1,3})是(?!否|指|由|以)"
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
PAREN_POINT = r"\((?P<num>\d{1,2})\)"
# A paragraph that runs its numbered headings on after the colon (a page whose line breaks were
# lost): 具备下列条件：（一）仓房、油罐符合《粮油储藏技术规范》要求；（二）… (anshun 2023
# 储备粮管理办法), 1.…;2.…. A (一) stands anywhere; a 1. or 1、 only where a clause opens,
# and never before a digit (2.6).
PAREN_CN_POINT = r"\((?P<num>[一二三四五六七八九十]{1,3})\)"
DOT_POINT = r"(?P<num>\d{1,2})[.、](?!\d)"

# What opens a clause, before a 是-point or a 1.: 13项任务举措:一是坚守职责使命…;二是…
CLAUSE_OPENERS = ":;,。!?\n “"

# How many paragraphs without a point may stand between two points at the starts of lines
# (guangdong 2026: 一是聚焦经济建设这一中心工作。 / a paragraph / 二是…; ningxia 2026: 一是突出
# 打好“六个攻坚战”… / six paragraphs / 二是全面推进“五个振兴”…).
MAX_PARAGRAPHS_BETWEEN_POINTS = 10

# ---- ordinals after 分N年 --------------------------------------------------------------------

# 分三年共给予60万元奖励,第一年给予30万元,第二年给予20万元,第三年给予10万元 (jinan 2019
# 先进制造业政策): the years are named as ordinals in the same sentence.
ORDINAL_UNITS: tuple[str, ...] = ("年", "批", "期", "个阶段", "阶段", "步")

# ---- “三改一整” ------------------------------------------------------------------------------

# 改厨、改厕、改客房、整理院落“三改一整” (国办 2018 消费扶贫): the 改 pieces and the 整 pieces.

# A table's group heading that counts the rows under it, in brackets at its title's end:
# "一、南昌市（8个）" over projects 1-8 of jiangxi 2020 全省部分投资20亿元以上重大产业项目入库名单.
GROUP_COUNT_CLASSIFIERS: tuple[str, ...] = ("个", "项")
