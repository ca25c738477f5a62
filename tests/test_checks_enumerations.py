"""enumeration_count: a stated count and the list that names its members, found by their form
whatever the count (issue 8, planted errors).

Each positive is a real sentence (document named) as written, then with a slip planted in it (the
count changed, a member dropped, a point mis-numbered): found as written, failed as planted. Each
negative is a real sentence whose number counts no list before or after it (a grade, a ranking,
a word, parts that add up, a verb's object, a list that may stop short or reads as clauses), with a
change planted too: neither fails. As many negatives as positives.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from extractor import extract_text
from extractor.checks.text import number_value
from tests.shared_docs import shared_text

# One line of a plan, between a heading and the next.
PLAN = "石景山区2018年精准扶贫工作计划\n一、工作目标\n{}\n二、工作措施\n（一）开展教育帮扶。\n"

Found = list[tuple[str, int, int]]


def _found(text: str) -> Found:
    return [
        (c.status, int(c.expected or 0), int(c.actual or 0))
        for c in extract_text(text).checks
        if c.rule == "enumeration_count"
    ]


def _line(line: str) -> Found:
    return _found(PLAN.format(line))


# (line, as written, old, new, as planted)
POSITIVE = [
    # shijingshan 2018 精准扶贫工作计划 (corpus/): the count said again after the list
    pytest.param(
        "聚焦四类贫困人口即聚焦因病、因学、因缺少资金、因缺少技术致贫的四类贫困人口。",
        [("pass", 4, 4)],
        "因学、",
        "",
        [("fail", 4, 3)],
        id="restated-member-dropped",
    ),
    pytest.param(
        "聚焦四类贫困人口即聚焦因病、因学、因缺少资金、因缺少技术致贫的四类贫困人口。",
        [("pass", 4, 4)],
        "聚焦四类",
        "聚焦五类",
        [("fail", 5, 4)],
        id="restated-count-changed",
    ),
    pytest.param(
        "落实八个到位即“组织领导到位、谋划对接到位、精准扶贫到位、社会动员到位、交往交流交融到位、"
        "发挥主体作用到位、信息宣传到位、工作效果到位”。",
        [("pass", 8, 8)],
        "八个",
        "九个",
        [("fail", 9, 8)],
        id="quoted-list",
    ),
    # jiangxi 2020 市场监管 (wild/jiangxi-bodyonly-art-14208): points after a colon
    pytest.param(
        "确定的三类违法行为：一是非法交易野生动物及其制品行为，二是制售假冒伪劣口罩等防护用品行为，"
        "三是哄抬防护用品及制作原料和粮油肉蛋菜奶等基本民生商品价格行为。",
        [("pass", 3, 3)],
        "三是",
        "四是",
        [("fail", 3, 4)],
        id="point-mis-numbered",
    ),
    # beijing 2026 政府工作报告: 一是…十三是
    pytest.param(
        "《纲要草案》具体部署了13项任务举措：一是坚守职责使命，全力服务保障政治中心功能；二是繁荣首都"
        "文化，全面增强全国文化中心影响力；三是深化对外交流，持续加强国际交往中心能力建设；四是聚力创新"
        "策源，加快提升国际科技创新中心发展能级；五是强化区域协同，共建中国式现代化建设的先行区示范区；"
        "六是筑牢产业根基，加快发展新质生产力；七是着力扩大内需，主动服务和融入新发展格局；八是深化改革"
        "开放，持续增强高质量发展动力；九是共享发展成果，更好满足人民群众美好生活新期待；十是优化发展格局"
        "，大力促进城乡融合区域协调；十一是下足绣花功夫，提升超大城市治理效能；十二是加快绿色转型，全面"
        "建设美丽北京；十三是统筹发展安全，确保首都和谐稳定。",
        [("pass", 13, 13)],
        "；十三是统筹发展安全，确保首都和谐稳定",
        "",
        [("fail", 13, 12)],
        id="thirteen-points-one-dropped",
    ),
    # shanghai 2026 政府工作报告: a list before its number
    pytest.param(
        "集成电路、生物医药、人工智能三大先导产业规模突破2万亿元。",
        [("pass", 3, 3)],
        "三大",
        "八大",
        [("fail", 8, 3)],
        id="list-before-number",
    ),
    # fujian 2026 政府工作报告: one character a level
    pytest.param(
        "省市县乡村五级公共文化服务网络基本形成。",
        [("pass", 5, 5)],
        "五级",
        "九级",
        [("fail", 9, 5)],
        id="levels",
    ),
    # qingdao 2023 人工智能产业园细则 (real/): 两级 after a 、-list of two
    pytest.param(
        "所需补助资金由市、区两级按照1：1比例负担，其中市级补助资金每年不超过1000万元。",
        [("pass", 2, 2)],
        "两级",
        "三级",
        [("fail", 3, 2)],
        id="two-levels",
    ),
    # shandong 2017 黄河三角洲国家级自然保护区条例: 分为 opens the list, 个 counts it
    pytest.param(
        "自然保护区分为核心区、缓冲区、实验区三个功能区，实行分区管理。",
        [("pass", 3, 3)],
        "三个",
        "四个",
        [("fail", 4, 3)],
        id="cued-list-before",
    ),
    # guizhou changshun 2017 (real/): 和 joins the last two
    pytest.param(
        "会议明确我省深度贫困地区分为深度贫困县、极贫乡镇和深度贫困村三个层次。",
        [("pass", 3, 3)],
        "三个",
        "八个",
        [("fail", 8, 2)],
        id="cued-list-with-he",
    ),
    # hubei 2026 政府工作报告: a quoted list, 和 inside its last piece
    pytest.param(
        "围绕“激发创新活力、促进创新协同和维护公平竞争”三大核心诉求，重点推进以增加知识价值为导向的"
        "新型收入分配改革。",
        [("pass", 3, 3)],
        "三大",
        "八大",
        [("fail", 8, 2)],
        id="quoted-list-before",
    ),
    # sichuan 2026 政府工作报告: 等 may stop short of six, never pass two
    pytest.param(
        "关键核心技术加快突破，人工智能、航空航天、先进装备等六大科技专项深入实施。",
        [],
        "六大",
        "二大",
        [("fail", 2, 3)],
        id="deng-names-more",
    ),
    # xinjiang 2026 政府工作报告: ，即 after the announcement
    pytest.param(
        "自治区党委《建议》提出的“九个坚持”重大原则，即坚持党的全面领导、坚持以铸牢中华民族共同体意识"
        "为主线、坚持人民至上、坚持统筹发展和安全、坚持高质量发展、坚持全面深化改革、坚持把南疆发展摆在"
        "突出位置、坚持兵地融合发展、坚持有效市场和有为政府相结合。",
        [("pass", 9, 9)],
        "九个",
        "七个",
        [("fail", 7, 9)],
        id="comma-ji",
    ),
    # jinan 2019 先进制造业政策 (real/): 分三年 and its ordinals
    pytest.param(
        "对新增规模以上工业企业，分三年共给予60万元奖励，第一年给予30万元，第二年给予20万元，"
        "第三年给予10万元。",
        [("pass", 3, 3)],
        "分三年",
        "分四年",
        [("fail", 4, 3)],
        id="ordinals",
    ),
    # 国办 2018 消费扶贫指导意见 (real/): 三改一整
    pytest.param(
        "对从事休闲农业和乡村旅游的贫困户实施改厨、改厕、改客房、整理院落“三改一整”工程，优化消费环境。",
        [("pass", 3, 3), ("pass", 1, 1)],
        "三改",
        "四改",
        [("fail", 4, 3), ("pass", 1, 1)],
        id="pair",
    ),
    # jiangxi 2020 复工开工督查 (wild/jiangxi-…-2020-4): its two headings run on after the colon,
    # as a page that lost its line breaks shows them, marked (一)(二) and 1. 2.
    pytest.param(
        "主要包括以下两个方面：（一）重点企业复工复产方面；（二）重大项目复工开工方面。",
        [("pass", 2, 2)],
        "两个",
        "三个",
        [("fail", 3, 2)],
        id="inline-paren-points",
    ),
    pytest.param(
        "主要包括以下两个方面：1.重点企业复工复产方面；2.重大项目复工开工方面。",
        [("pass", 2, 2)],
        "两个",
        "三个",
        [("fail", 3, 2)],
        id="inline-dot-points",
    ),
    # guangxi 2026 政府工作报告: a quoted list closed right before its count is the count's own
    pytest.param(
        "健全“考核、督查、激励”三项机制，对企业和群众诉求多说“行”、少说“不行”。",
        [("pass", 3, 3)],
        "三项机制",
        "四项机制",
        [("fail", 4, 3)],
        id="quoted-list-then-count",
    ),
    pytest.param(
        "用好“清单工作法、一线工作法、专班工作法、闭环工作法”四个方法。",
        [("pass", 4, 4)],
        "专班工作法、",
        "",
        [("fail", 4, 3)],
        id="quoted-list-member-dropped",
    ),
    # shanxi 2026 政府工作报告: 是为 opens a point (一是为怀孕妇女提供…)
    pytest.param(
        "今年再办好3件民生实事。一是为怀孕妇女提供免费产前筛查与诊断服务。二是对新生儿参加居民基本"
        "医保个人缴费部分给予全额补助。三是对上消化道癌高危人群开展内镜检查3万名。",
        [("pass", 3, 3)],
        "3件",
        "4件",
        [("fail", 4, 3)],
        id="shi-wei-points",
    ),
    # chongqing 2026 政府工作报告: clauses parted by ； after 包括： to the sentence's end
    pytest.param(
        "接续办好4件市级重点民生实事，包括：完成老旧小区改造600个；治理中心城区交通堵乱点60处；"
        "打造银发综合体50个；实施残疾儿童康复救助1万人次。",
        [("pass", 4, 4)],
        "打造银发综合体50个；",
        "",
        [("fail", 4, 3)],
        id="semicolon-clauses-after-colon",
    ),
]

# (line, old, new): neither as written nor as planted does enumeration_count fail or warn
NEGATIVE = [
    # jiangxi 2020 疫情防控: 项 after a 、-list with no cue and no quote may count something else
    pytest.param(
        "重点落实组织动员、健康教育、信息告知、重点地区和高风险地区返回人员管理、环境卫生治理、"
        "防护物资准备6项措施；",
        "6项措施",
        "7项措施",
        id="uncued-list-not-read",
    ),
    # national 2019 政府工作报告: 八个字 counts the characters of four words
    pytest.param(
        "在“巩固、增强、提升、畅通”八个字上下功夫。",
        "八个字",
        "九个字",
        id="quoted-list-characters",
    ),
    # a span of time after a quoted list (modelled on 人大代表建议 rules)
    pytest.param(
        "按照“交办、承办、答复”三个月内办结。",
        "三个月",
        "四个月",
        id="quoted-list-months",
    ),
    # semicolon clauses that run past the sentence, or one too long to be a piece of a list
    pytest.param(
        "重点抓好三项工作：一要稳增长；二要防风险",
        "三项",
        "四项",
        id="semicolons-no-full-stop",
    ),
    pytest.param(
        "重点抓好三项工作：稳增长；防风险；" + "惠民生" * 30 + "。",
        "三项",
        "四项",
        id="semicolon-piece-too-long",
    ),
    # 是否 is no point: 一是否 never opens one (modelled on 条例 wording)
    pytest.param(
        "审查两项内容：一是否符合规划，二是否符合标准。",
        "两项",
        "三项",
        id="shi-fou-no-point",
    ),
    # fujian 2026 政府工作报告: the first piece is the tail of a count (…集群5个、…集群2个)
    pytest.param(
        "新增国家级先进制造业集群5个、优势特色产业集群2个。",
        "集群2个",
        "集群3个",
        id="first-piece-a-count-tail",
    ),
    # kaifeng 2020 古城保护条例: 二类 is the second class of zone, not a count of two
    pytest.param(
        "（一）历史文化街区核心保护范围、开封城墙二类建设控制地带内，新建建筑檐口高度不得超过七米；",
        "二类",
        "一类",
        id="grade-lei",
    ),
    # guangdong 2025 政府工作报告 (docx/): grades
    pytest.param(
        "评定为一级以上服务等级的乡镇级公办养老机构、评定为二级以上服务等级的县级公办养老机构建有率达到80%。",
        "二级",
        "三级",
        id="grade-ji",
    ),
    # zaozhuang 2020 农村公路条例: a road's grade
    pytest.param(
        "新建、改建乡道不低于三级公路技术标准；新建、改建村道不低于双车道四级公路技术标准。",
        "三级",
        "五级",
        id="grade-not-lower-than",
    ),
    # guangxi 2026 政府工作报告: 三级以上, a grade and above
    pytest.param(
        "全面实现市市通高铁、县县通高速、乡乡基本通三级以上公路，航空运输能力显著提高。",
        "三级",
        "二级",
        id="grade-and-above",
    ),
    # anhui 2026 政府工作报告: a ranking
    pytest.param(
        "举办徽学学术大会，徽州文化研究院揭牌成立，武王墩一号墓入选“全国十大考古新发现”。",
        "十大",
        "九大",
        id="ranking",
    ),
    # xinjiang 2026 政府工作报告: parts with counts of their own add up (parts_sum's business)
    pytest.param(
        "对主要目标和重大任务作了量化，提出五大类21个主要指标，包括13个预期性指标、8个约束性指标。",
        "21个",
        "31个",
        id="parts-with-counts",
    ),
    # xinjiang 2026 政府工作报告: the count is 落实's object, the pieces before are clauses
    pytest.param(
        "是新疆以铸牢中华民族共同体意识为主线、完整准确全面贯彻新时代党的治疆方略、深入落实“五大战略定位”、"
        "更好紧贴民生凝聚人心推动高质量发展的关键五年。",
        "五大",
        "九大",
        id="verb-object",
    ),
    # fujian 2026 政府工作报告: 等 may stop short of the count
    pytest.param(
        "《纲要草案》据此细化设定了今后五年我省经济发展、创新驱动、民生福祉、绿色低碳、安全保障等五大类"
        "24个主要指标。",
        "五大类",
        "九大类",
        id="deng-may-stop-short",
    ),
    # hubei 2025 政府工作报告 (docx/): 等9个 names three of nine, and 个 needs a cue
    pytest.param(
        "黄冈、黄石、荆州、荆门、咸宁等9个离岸科创园（中心）投入运营。",
        "9个",
        "2个",
        id="ge-without-cue",
    ),
    # jiangxi 2020 疫情防控实施意见: the list runs back into a clause (各地、各单位要…)
    pytest.param(
        "各地、各单位要全面落实本地新冠肺炎确诊病例、疑似病例、密切接触者及发热留观人员“四类人员”的隔离、"
        "救治等管控措施，严防输入和扩散风险。",
        "四类",
        "九类",
        id="clause-in-list",
    ),
    # hubei 2026 政府工作报告: pieces longer than names
    pytest.param(
        "推动国家技术转移中部中心、中部数据流通服务中心、武汉现代人力资源综合服务中心、武汉多式联运服务中心、"
        "中国水权交易所武汉交易服务中心、生态环境权益交易中心、武汉农村综合产权交易所7大要素交易服务平台的"
        "“制度完善、功能匹配与高效运行”。",
        "7大",
        "2大",
        id="long-pieces",
    ),
    # heilongjiang 2026 政府工作报告: 统一大市场 is a word
    pytest.param(
        "以新供给创造新需求，更好服务和融入全国统一大市场。\n十是奋力推进经济领域改革，坚持社会主义市场经济体制。",
        "十是",
        "九是",
        id="numeral-in-a-word",
    ),
    # 公安部 2020 办理刑事案件程序规定: a span of time, a choice
    pytest.param(
        "在期限届满七日前送请同级人民检察院层报省、自治区、直辖市人民检察院批准，延长二个月：",
        "二个月",
        "五个月",
        id="months",
    ),
    pytest.param(
        "公安机关应当采取以下一项或者多项保护措施：",
        "一项",
        "三项",
        id="one-or-more",
    ),
    # hainan 2026 政府工作报告 (notes): three announcements side by side
    pytest.param(
        "两个基地、两个枢纽、两个网络：",
        "两个网络",
        "三个网络",
        id="several-announcements",
    ),
    # chongqing 2026 政府工作报告: 三大球 is football, basketball and volleyball
    pytest.param(
        "统筹发展群众体育和竞技体育，办好中国杯世界花样滑冰大奖赛、全国青少年三大球运动会等赛事活动。",
        "中国杯世界花样滑冰大奖赛、",
        "",
        id="word-after-list",
    ),
    # zhejiang 2026 政府工作报告: 一大批 after a list is no count of it
    pytest.param(
        "良渚古城遗址公园、杭州国家版本馆、之江文化中心、浙东运河文化园等一大批文化地标建成投用。",
        "一大批",
        "六大批",
        id="yi-da-pi",
    ),
]


@pytest.mark.parametrize(("line", "written", "old", "new", "planted"), POSITIVE)
def test_found_and_planted(line: str, written: Found, old: str, new: str, planted: Found) -> None:
    assert old in line
    assert _line(line) == written
    assert _line(line.replace(old, new, 1)) == planted


@pytest.mark.parametrize(("line", "old", "new"), NEGATIVE)
def test_no_count_of_a_list(line: str, old: str, new: str) -> None:
    assert old in line
    for text in (line, line.replace(old, new, 1)):
        assert [s for s, _, _ in _line(text) if s != "pass"] == []


def test_as_many_negatives_as_positives() -> None:
    assert len(NEGATIVE) >= len(POSITIVE)


def test_messages_name_the_list() -> None:
    text = PLAN.format("会议明确我省深度贫困地区分为深度贫困县、极贫乡镇和深度贫困村八个层次。")
    (check,) = [c for c in extract_text(text).checks if c.rule == "enumeration_count"]
    assert check.message == (
        "八个层次, but 2 are named (3, with 和 joining two): 深度贫困县、极贫乡镇和深度贫困村"
    )
    text = PLAN.format("加快发展软件信息、科技服务和商务服务三大产业。")
    (check,) = [c for c in extract_text(text).checks if c.rule == "enumeration_count"]
    assert (check.status, check.message) == ("pass", "三大产业: 3 named, with 和 joining two")


@pytest.mark.parametrize(
    ("document", "phrase", "old", "new", "headings"),
    [
        (
            "corpus/wild/henan-zhengfu-gongzuo-baogao-2026.txt",
            "重点做好十个方面工作：",
            "十",
            "九",
            10,
        ),
        (
            "corpus/wild/jiangxi-jiangxishengrenminzhengfubangongting-2020-4.txt",
            "两个方面：",
            "两",
            "三",
            2,
        ),
        # a full stop ends the line: 今年重点抓好八个方面工作。/ （一）立足长治久安…
        (
            "corpus/wild/xizang-zhengfu-gongzuo-baogao-2026.txt",
            "重点抓好八个方面工作。",
            "八",
            "七",
            8,
        ),
        (
            "corpus/wild/jiangsu-zhengfu-gongzuo-baogao-2026.txt",
            "重点做好十个方面工作。",
            "十",
            "九",
            10,
        ),
        # a heading's own title announces its children: 三、全力抓好七项重点工作 / （一）…（七）
        (
            "corpus/wild/neimenggu-zhengfu-gongzuo-baogao-2026.txt",
            "全力抓好七项重点工作\n",
            "七",
            "六",
            7,
        ),
        # points after the full stop: 继续办好“十件民生实事”。（1）做好重点群体高质量就业…（10）…
        (
            "corpus/wild/guizhou-zhengfu-gongzuo-baogao-2026.txt",
            "继续办好“十件民生实事”。",
            "十",
            "九",
            10,
        ),
        (
            "corpus/wild/jiangxi-jiangxishengrenminzhengfubangongting-2020.txt",
            "特制定以下十项举措。",
            "十",
            "九",
            10,
        ),
    ],
)
def test_headings_under_a_count_in_real_documents(
    document: str, phrase: str, old: str, new: str, headings: int
) -> None:
    """The numbered headings under ``重点做好十个方面工作：`` are its list: the count as written
    passes, a changed one fails and points at the number."""
    text = shared_text(document)
    assert ("pass", headings, headings) in _found(text)
    number = text.index(phrase) + phrase.index(old)
    planted = text[:number] + new + text[number + 1 :]
    failed = [
        c
        for c in extract_text(planted).checks
        if c.rule == "enumeration_count" and c.status != "pass"
    ]
    assert [(c.expected, c.actual) for c in failed] == [(Decimal(number_value(new)), headings)]
    assert any(s.start <= number < s.end for s in failed[0].spans)


def test_a_count_that_ends_its_line_counts_only_parts_of_work() -> None:
    """jiangxi 2020 疫情防控: "落实…“四类人员”的隔离、…管控。" / "（一）所有确诊病例…" /
    … "（五）湖北入赣人员…", under the heading 二、严格管控好“四类人员”: the four kinds of
    people are not the five measures under it."""
    text = shared_text("corpus/wild/jiangxi-jiangxishengrenminzhengfuguanyuyi-2020.txt")
    assert "“四类人员”的隔离、" in text
    assert [f for f in _found(text) if f[0] != "pass"] == []


def test_points_after_a_full_stop_count_only_parts_of_work() -> None:
    """Modelled on jiangxi 2020 疫情防控 (the line-end form above): points after a full stop
    are the count's list only when it counts parts of work; here three measures follow a count
    of four kinds of people."""
    line = "落实“四类人员”管控。(1)确诊病例集中隔离。(2)密切接触者集中观察。(3)发热患者留观。"
    assert [f for f in _line(line) if f[0] != "pass"] == []
    worked = "办好四件民生实事。(1)改造老旧小区。(2)新建养老机构。(3)增加学位。"
    assert _line(worked) == [("fail", 4, 3)]


_PROJECTS = "corpus/wild/jiangxi-jiangxishengrenminzhengfubangongting-2020-3.txt"


def test_a_table_group_heading_counts_its_rows() -> None:
    """jiangxi 2020 重大产业项目入库名单: "一、南昌市（8个）" over projects 1-8, eleven cities in
    all. Each count passes; a count planted one higher fails at its number."""
    text = shared_text(_PROJECTS)
    rows = [c for c in extract_text(text).checks if "rows under it" in c.message]
    assert [c.message for c in rows[:2]] == [
        "南昌市（8个）: 8 rows under it",
        "九江市（7个）: 7 rows under it",
    ]
    assert len(rows) == 11
    assert all(c.status == "pass" for c in rows)
    number = text.index("南昌市（8个）") + len("南昌市（")
    planted = text[:number] + "9" + text[number + 1 :]
    failed = [c for c in extract_text(planted).checks if c.status != "pass"]
    assert [(c.rule, c.expected, c.actual) for c in failed] == [("enumeration_count", 9, 8)]
    assert any(s.start <= number < s.end for s in failed[0].spans)


def test_no_row_count_without_table_rows_or_a_bracketed_count() -> None:
    """Negatives: a bracketed count over prose items (no table rows), a bracket that is a year,
    and a table group heading with no count."""
    prose = (
        "某县2020年项目方案\n一、南昌市（2个）\n1.建设甲项目。\n2.建设乙项目。\n3.建设丙项目。\n"
    )
    assert not [c for c in extract_text(prose).checks if "rows under it" in c.message]
    cells = "\n|\n|\n".join(
        [
            "|\n序号\n|  |\n项目名称\n|  |\n责任单位",
            "{head}",
            "1\n|  |\n甲项目\n|  |\n县财政局",
            "2\n|  |\n乙项目\n|  |\n县发改委\n|\n",
        ]
    )
    for head, found in (("一、南昌市（2个）", 1), ("一、南昌市（2020年）", 0), ("一、南昌市", 0)):
        doc = extract_text("某县重点项目入库名单\n" + cells.format(head=head))
        assert len([i for i in doc.items if i.id.startswith("表")]) == 2
        assert len([c for c in doc.checks if "rows under it" in c.message]) == found, head
