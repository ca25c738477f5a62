"""Agency grammar as data: what a responsible unit's name ends with, and the words that
give it a role. Used by ``extractor.agencies`` (tags and roles) and ``extractor.agency_names``
(names); tested in ``tests/test_agencies.py``.

Everything here is matched against the NFKC view of the text (ASCII ``( ) : ; ,``,
Chinese ``、`` and ``。`` kept).
"""

from __future__ import annotations

from extractor.facts import Role

# What the name of a responsible unit ends with. A candidate name counts as an agency
# when it ends with one of these *and* is longer than the suffix itself (so a bare
# ``(街道)`` or ``(单位)`` is not one). Order does not matter: the check is ``endswith``
# over the whole tuple.
AGENCY_SUFFIXES: tuple[str, ...] = (
    "委",  # 委员会 and short forms: 区教委, 发展改革委, 省委政法委; also 工委 (中央和国家机关工委)
    "局",  # 区人保局, 省大数据局, 莱芜银保监分局; also 总局 (市场监管总局, 广电总局)
    "厅",  # 省工业和信息化厅, 省政府办公厅
    "办",  # 办公室 short form: 扶贫办, 区集体经济办, 省委编办, 市金融办
    "办公室",  # written out: 县扶贫开发领导小组办公室
    "室",  # 市委督查室, 市政府研究室
    "部",  # 教育部, 区委组织部, 中央军委政治工作部, 人民银行济南分行营管部
    "署",  # 国际发展合作署
    "院",  # 法院, 检察院, 科学院
    "会",  # 红十字会, 全国总工会, 银保监会, 证监会
    "中心",  # 区广电中心, 政务服务中心
    "街道",  # 老山街道 (a street office under a district)
    "政府",  # 各省级人民政府, 各市政府, 济南市政府
    "总社",  # 供销合作总社
    "联",  # 联合会 short form: 全国工商联, 全国妇联, 区残联
    "团中央",  # 共青团中央
    "团委",  # 区团委 (also covered by 委; kept to document the form)
    "党校",  # 区委党校
    "协",  # 协会 short form: 省科协
    "银行",  # 人民银行
    "分行",  # 中国人民银行山东省分行
    "支行",  # 人民银行莱芜市中心支行
    "集团",  # 市财政投资基金控股集团 (state-owned company given a task)
    "处",  # 省局行政审批处, 计量处 (jiangxi 2020 市场监管 task lists)
    "海关",  # 南昌海关 (jiangxi 2020)
    "司",  # 国务院扶贫办政策法规司, 国家卫生计生委基层司 (jkfp 2016); also 公司
    "小组",  # 领导小组
    "部门",  # 各有关部门, 各部门 (collective units, as the gold lists them)
    "单位",  # 各有关部门和单位, 各成员单位
    "机构",  # 北京中轴线保护机构具体负责… (beijing 2022 中轴线 条例), 消防救援机构负责
    "机关",  # 公安机关负责…, 监察机关 (jiangxi…guanyuxiu-2020 流动人口 办法, 国办 2014 预案)
)

# Names that end like a unit but name a room, a facility or a meeting: "工程研究中心（实验室）"
# (qingdao 2023), "（全省深度贫困地区脱贫攻坚工作推进大会）" (guizhou-changshun 2017).
NOT_AGENCY_ENDINGS: tuple[str, ...] = (
    "实验室",
    "工作室",
    "会议室",
    "活动室",
    "阅览室",
    "卫生室",
    "教室",
    "大会",
    "推进会",
    "座谈会",
    "现场会",
    "交流会",
    "博览会",
    "展览会",
    "展销会",
    "运动会",
    "研讨会",
    "发布会",
    "洽谈会",
    "例会",
)
# ...except these organs: 全国人民代表大会, 职工代表大会.
AGENCY_DESPITE_ENDING: tuple[str, ...] = ("人民代表大会", "代表大会")

# An administrative level that continues a 各-collective written with 、 inside it:
# "各区、县级市" (guangzhou-rencai-jiju-shishi-yijian-2012), "各有关区、县级市", "各市、县".
# One unit, not two.
COLLECTIVE_LEVELS: tuple[str, ...] = (
    "县级市",
    "县(市、区)",
    "县(区)",
    "县区",
    "市区",
    "自治县",
    "县",
    "市",
    "区",
    "旗",
    "乡镇",
    "乡",
    "镇",
    "街道",
    "镇街",
    "开发区",
    "园区",
    "功能区",
)

# Endings shared by units and by facilities (a 图书馆 is a building as often as a unit):
# they count only where a role marker or label already says the list names units
# (``省档案馆按职责分工负责``), never in a bare bracket list.
WEAK_AGENCY_SUFFIXES: tuple[str, ...] = (
    "馆",  # 省档案馆, 区文化馆
    "所",  # 派出所, 司法所
    "站",  # 农技站, 区疾控站
    "队",  # 执法大队, 消防救援支队
    "社",  # 县供销社, 县供销合作社, 报社, 出版社 — also 旅行社 or a 社 in prose
)

# A name that starts with 各 ("each ...") names a collective responsible party
# (各有关部门, 各市政府, 各乡镇, 各区县); accepted after a role marker or label even
# when its ending is not in AGENCY_SUFFIXES.
COLLECTIVE_PREFIXES: tuple[str, ...] = ("各",)
# A place level after these is joined like a 各-collective, but only when it names the level's
# government: "有关设区市、县〔区〕人民政府" (jiangxi-jiangxishengrenminzhengfuguanyutui-2020,
# every 责任单位 list) is one unit; "有关部门、县政府" stays two (the first ends no level).
QUALIFIED_COLLECTIVE_PREFIXES: tuple[str, ...] = ("有关",)
# The last character of a place level: 设区市, 有关县, 有关区.
LEVEL_ENDINGS = "市县区旗"
# A level alone before 、 and a unit of the next level share that unit's ending: "市、县供热
# 主管部门负责…" (linyishi-gongretiaoli-2017), "市、县（市）供热行政主管部门" (taianshi 2020).
SHARED_ENDING_LEVELS = "省市县区乡镇"

# Labels that open a list of units: ``牵头单位:A、B`` / ``责任单位:C`` / ``参加单位:D``
# (shandong-fuwuye 2021: "（牵头单位：省卫生健康委，参加单位：省大数据局）").
# A label is a role word and a unit noun; the role is the word's. 责任单位 ("responsible
# unit") is a plain assignment, not 配合 (support). 完成时限: is no label (no unit noun).
LABEL_ROLE_WORDS: dict[str, Role | None] = {
    "牵头": "lead",  # leads
    "主办": "lead",  # organises
    "主责": "lead",  # primary responsibility
    "配合": "support",  # assists
    "参加": "support",  # takes part
    "参与": "support",
    "协办": "support",  # co-organises
    "协助": "support",
    "责任": None,  # is responsible
    "实施": None,  # carries it out
    "承办": None,  # undertakes
    "负责": None,
    "督办": None,  # supervises the doing
}
LABEL_UNIT_NOUNS: tuple[str, ...] = ("单位", "部门", "处室")
ROLE_LABELS: dict[str, Role | None] = {
    word + noun: role for word, role in LABEL_ROLE_WORDS.items() for noun in LABEL_UNIT_NOUNS
}

# Words that close a clause of names: ``(A、B牵头,C配合,D分工负责)``. Longest first:
# 牵头负责 must win over 负责, 按职责分工负责 over 分工负责.
ROLE_MARKERS: dict[str, Role | None] = {
    "按职责分工负责": None,  # each by its remit
    "按职责分工落实": None,
    "按职责分工牵头": "lead",  # …人行南昌中心支行按职责分工牵头 (jiangxi 2020 金融支持措施)
    "按职责分工配合": "support",
    "牵头负责": "lead",  # 农业农村部、工业和信息化部牵头负责
    "负责牵头": "lead",  # 住房城乡建设部负责牵头实施… (jkfp 2016)
    "分工负责": None,  # share the work
    "分头落实": None,  # carry out separately
    "共同负责": None,
    "具体实施": None,  # 省有关部门具体实施
    "组织实施": None,
    "分别负责": None,  # each is responsible: 县商务局、县供销社分别负责
    "负责": None,  # is responsible
    "落实": None,  # 各市政府落实
    "牵头": "lead",  # leads
    "配合": "support",  # assists
    "参与": "support",  # takes part
    "协助": "support",  # helps
    "协同": "support",
}

# A role written in a bracket right after one name of a list:
# ``责任单位:人民银行市中心支行(牵头)、市财政局`` or ``(市发改委(牵头)、市财政局(配合))``.
# It overrides the role of the list's label or marker for that name only.
ROLE_NOTES: dict[str, Role | None] = {
    "牵头单位": "lead",
    "牵头负责": "lead",
    "牵头": "lead",
    "主责": "lead",
    "配合单位": "support",
    "配合": "support",
    "参与": "support",
    "协助": "support",
    "协办": "support",
    "负责": None,
}

# A unit named as the subject at the start of a sentence, with no 由 and no brackets:
# ``区扶贫协作工作领导小组办公室负责统筹协调全区对口帮扶工作``. Only these words close
# such a subject, and 牵头 only when a clause separator follows (``区商务局牵头,各镇街配合``);
# the subject must be a named unit (AGENCY_SUFFIXES, no 各, no GENERIC_SUBJECT_WORDS).
SUBJECT_MARKERS: dict[str, Role | None] = {
    "牵头负责": "lead",
    "负责牵头": "lead",
    "负责": None,
    # 北京中轴线保护机构具体负责北京中轴线的保护、监测… (beijing 2022 中轴线 条例); 市数据资源
    # 主管部门统筹负责本市…城市大脑赋能城市治理工作 (hangzhou 2020 城市大脑 条例)
    "具体负责": None,
    "统筹负责": None,
    # 各区人民政府、各功能区管理机构分别负责本辖区内… (laiwushi 增设电梯规定 2017), 市自然资源和
    # 规划、市住房和城乡建设部门分别负责… : each of the listed units for its own part
    "分别负责": None,
    "牵头": "lead",
}

# A unit answerable for a field: "省级人民政府对本地区改善农村人居环境工作负总责" (国办发〔2014〕
# 25号, guowuyuan-bangongtingguanyugaishannong-2014-oneline). The subject is the unit (no
# role): 对 and at most DUTY_OBJECT_CHARS characters of the field stand between it and the
# marker. (国办发〔2014〕56号's "县级以上地方各级人民政府对…负领导责任" is not read: 以 is a
# NAME_STOP_CHARS character.)
DUTY_MARKERS: tuple[str, ...] = ("负总责", "负领导责任", "负主体责任", "负全责")
DUTY_OBJECT_CHARS = 30

# Verbs after a subject's 牵头 that make it the lead of the work they name: "市科学技术部门牵头
# 推进国际科技创新中心建设相关工作" (beijing-guojikejichuangxinzhongxin-2024). Without one, 牵头
# must be followed by a clause separator: 区商务局牵头的展销活动 is no assignment.
SUBJECT_LEAD_VERBS: tuple[str, ...] = (
    "推进",
    "推动",
    "组织",
    "制定",
    "拟订",
    "建立",
    "开展",
    "做好",
    "抓好",
    "落实",
    "负责",
    "实施",
    "协调",
    "统筹",
    "编制",
)

# Words that make a sentence subject a description rather than a named unit
# (``有关部门负责``, ``行业主管部门负责``, ``各成员单位负责``, ``牵头单位负责``).
GENERIC_SUBJECT_WORDS: tuple[str, ...] = (
    "有关",
    "相关",
    "主管",
    "成员",
    "牵头",
    "责任",
    "配合",
    "其他",
    # who applies is no unit of government: "申报单位对项目申报材料的真实性…负总责"
    # (jinan-kunpeng-shengteng-fuwu-ziyuan-banfa-2021)
    "申报",
    "申请",
)

# A 条例 names a unit by its field: "农业农村主管部门负责农村宅基地改革和管理有关工作"
# (shanweishi-nongcunjianfangtiaoli-2022), "园林绿化主管部门是公园主管部门" (rizhaoshi-
# gongyuantiaoli-2021). A field of at most MAX_FIELD_CHARS characters before 主管部门 makes the
# name a unit, unless the field is a word of GENERIC_SUBJECT_WORDS or of these, which name no
# field: 行业主管部门, 上级主管部门, 业务主管部门, 同级主管部门.
# 气象主管机构负责暴雨天气的监测、预报、预警 (heyuanshi 暴雨灾害预警与响应条例 2022): the
# weather service is a 主管机构 in the law's own words.
FIELD_AUTHORITIES: tuple[str, ...] = ("主管部门", "主管机构")
GOVERNMENT = "人民政府"  # the government a field's department belongs to, before its field
MAX_GOVERNMENT_CHARS = 12  # the levels and places before it: 市、县（市、区）
MAX_FIELD_CHARS = 12
GENERIC_FIELDS: tuple[str, ...] = (
    "行业",
    "上级",
    "业务",
    "同级",
    "各级",
    "本级",
    "所在地",
    "原",
    "所称",  # 本条例所称主管部门: a definition's subject
)

# Words between two names that make both responsible: ``国家发展改革委会同有关部门负责``.
NAME_JOINERS: tuple[str, ...] = ("会同",)

# Conjunctions that may join two names in one list item (``各有关部门和各市政府``).
# They split only when both sides are complete agency names: 文化和旅游部,
# 中央和国家机关工委 and 市经济和信息化委 are single names.
CONJUNCTIONS: tuple[str, ...] = ("以及", "和", "及", "与")

# What ends a list with "and others": stripped from the last name (``省海洋局等``,
# ``省住房城乡建设厅等有关部门``). 等和 / 等及 between names is a separator instead
# (``全国总工会等和各省级人民政府负责``). Longest first.
TRAILING_FILLERS: tuple[str, ...] = (
    "等有关部门和单位",
    "等相关部门和单位",
    "等有关部门",
    "等相关部门",
    "等有关单位",
    "等部门",
    "等单位",
    "等",
)

# The same "and others" with a scope between 等 and the noun: 省交通运输厅等省直有关部门
# (jiangxi 2020 金融支持措施), A等市直相关单位.
TRAILING_OTHERS = r"等\p{Han}{0,4}?(?:有关|相关)?(?:部门|单位|机构)(?:和单位)?$"

# "The departments concerned" with no named unit: dropped when it stands alone
# (``会同有关部门负责``). The 各-forms (各有关部门) are kept: the gold lists them.
GENERIC_NAMES: frozenset[str] = frozenset(
    {
        "有关部门和单位",
        "有关部门",
        "有关单位",
        "相关部门",
        "相关单位",
        "相关部门和单位",
        "部门",
        "办公室",  # "the office" / "the leading group": which one, the text says elsewhere
        "领导小组",
        "领导小组办公室",
        "各方",  # 由A牵头,各方参与: "all parties", no unit
        "各界",
    }
)

# A bracket after a subject's name that gives its short form: the name ends before it
# ("义乌国际贸易综合改革试验区管理委员会（以下简称义乌试验区管委会）作为省人民政府的派出机构，
# 负责…", 义乌试验区条例 2019).
ALIAS_OPENERS: tuple[str, ...] = ("以下简称", "下称", "简称")

# Words that are no unit on their own but the end of one: a table cell's space before them is
# scrape noise inside one name, not a break between two (``井冈山经开区 管委会``, jiangxi 2020
# 重大产业项目入库名单 责任单位 column).
# (Not a bare 政府: 县委 政府 in a cell are two units.)
CELL_NAME_TAILS: frozenset[str] = frozenset({"管委会", "管理委员会", "人民政府", "党工委"})

# Characters that never occur in a unit's name but do in a sentence
# (``列第一位者为牵头单位``, ``企业直接向国家发展改革委申报``).
NAME_STOP_CHARS: str = "的为者向在将把被从以于其并或之是"

# Classifiers allowed inside an allocation bracket: ``区发改委(2)``, ``区教委(1个)``.
ALLOCATION_CLASSIFIERS: tuple[str, ...] = ("个", "项")

# Longest plausible name, in characters (人民银行莱芜市中心支行 is 11;
# 国家金融监督管理总局山东监管局 is 15).
MAX_NAME_CHARS: int = 30

# A plan may declare once that the first unit of every tag leads: "（…等负责。列第一位者为
# 牵头单位，下同）" (国发〔2018〕39号, 42号), "（…参与。排在第一位的部门为牵头部门，下同）"
# (国办发〔2016〕26号, jkfp-guowuyuanbangongtingguanyuyinfa-2016, where the wrap cuts 部门
# after 牵头部), "（…按职责分工负责，列第一的为牵头单位，下同）" (jiangxi…-2020-7). From that
# point on, the first unit of each tag leads unless the tag gives it a role of its own. White
# space may stand between the characters (a hard wrap).
FIRST_LISTED_LEAD = r"""
    (?: [列排] \s* 在? \s* (?: 第 \s* 一 \s* 位? | 首 \s* 位 ) \s* [者的]? \s*
        (?: 部 \s* 门 | 单 \s* 位 )?
      | 第 \s* 一 \s* 个 \s* (?: 部 \s* 门 | 单 \s* 位 )
    ) \s* 为 \s* 牵 \s* 头
"""
