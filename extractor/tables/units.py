"""Units, qualifiers and contexts: what turns a number into a quantity (and what does not).

Plain data read by `extractor.quantities` and its helpers (`quantity_scanner`,
`quantity_rules`, `quantity_qualifiers`). Written forms are matched longest first, so order
inside a table does not matter (``个百分点`` wins over ``个``, ``美元`` over ``元``).
Each unit maps to ``(unit as output, kind)``; kinds are money, percent, count, measure.
"""

from __future__ import annotations

# --- money -------------------------------------------------------------------------
# 万/亿/千 are folded into the number (`extractor.numbers`), so 万元 = 万 + 元.
MONEY_UNITS: dict[str, str] = {
    "元": "元",
    "圆": "元",  # financial writing: 壹佰贰拾万圆整
    "圓": "元",  # traditional script (issue 9)
    "元人民币": "元",
    "人民币": "元",  # 5万人民币 (must beat 人 as a classifier)
    "美元": "USD",
    "美金": "USD",
    "欧元": "EUR",
    "日元": "JPY",
    "英镑": "GBP",
    "港元": "HKD",
    "港币": "HKD",
    "澳元": "AUD",
    "韩元": "KRW",
    "卢布": "RUB",
    "新台币": "TWD",
    # Recognizers-Text CurrencyModel and jionlp test_money_parser: 5306亿台币 (must beat
    # 台 as a classifier), 1.0092瑞士法郎, 445奈拉, 二十五万三千二百泰铢; 美圆 (issue 9).
    "台币": "TWD",
    "美圆": "USD",
    "日圆": "JPY",
    "韩圆": "KRW",
    "泰铢": "THB",
    "瑞士法郎": "CHF",
    "奈拉": "NGN",
    "加元": "CAD",
    "新加坡元": "SGD",
    "澳门元": "MOP",
    "块钱": "元",  # 打印费十块钱 (jionlp test_money_extractor); 块 alone counts (13块金牌)
}
# A currency written before the number: 港币两千九百六十元, 新台币 177.1 亿元 (jionlp),
# ￥300 (issue 9). With 元 or no unit after it the amount is in that currency.
MONEY_PREFIXES: dict[str, str] = {
    "人民币": "元",
    "港币": "HKD",
    "港元": "HKD",
    "新台币": "TWD",
    "台币": "TWD",
    "美元": "USD",
    "欧元": "EUR",
    "日元": "JPY",
    "英镑": "GBP",
    "￥": "元",
    "¥": "元",  # NFKC of ￥
    "$": "USD",
    "US$": "USD",
    "HK$": "HKD",
    "€": "EUR",
    "£": "GBP",
}
# Sub-units after 元: 123元1角1分, 六十四万零一百四十三元一角七分 (jionlp). 一分不少 is
# an idiom, so 分 before 不 is not a fen.
JIAO_FEN: dict[str, str] = {"角": "0.1", "分": "0.01"}
JIAO_FEN_BLOCKED_BEFORE: str = "不"

# --- percent -----------------------------------------------------------------------
# 百分点 is a difference of percentages, not a percentage: kind percent, unit 百分点.
PERCENT_UNITS: dict[str, str] = {
    "%": "%",
    "％": "%",
    "‰": "‰",
    "个百分点": "百分点",
    "百分点": "百分点",
    "個百分點": "百分点",  # traditional script (Recognizers-Text PercentModel: 六個百分點)
    "百分點": "百分点",
    # 成 is a tenth: 九成以上城乡社区 = 90 %, 八点五成 = 85 % (see SCALED_UNITS).
    "成": "%",
}
# Units whose number is scaled into the output unit: 三成 = 30 %.
SCALED_UNITS: dict[str, int] = {"成": 10}
# Written before the number: 百分之八十 = 80 %, 千分之五 = 5 ‰, 仟分之贰 = 2 ‰ (issue 9).
PERCENT_PREFIXES: dict[str, str] = {"百分之": "%", "千分之": "‰", "佰分之": "%", "仟分之": "‰"}

# --- counts: classifiers (量词) kept as the unit ------------------------------------------
# Left out on purpose: 届 (十九届), 门 (一门式), 首, 季, 起, 点, 区 (三区三州), 头, 本,
# 层, 线 — in plan text they are more often words than classifiers. 部 counts laws and
# rules (行政法规37部); its words (一部分, 部署, 部门) are in NOT_AFTER and the phrases.
COUNT_UNITS: tuple[str, ...] = (
    "户",
    "户次",
    "人",
    "人次",
    "名",
    "位",
    "个",
    "项",
    "所",
    "家",
    "期",
    "场",
    "场次",  # 开展招聘活动10336场次
    "批",
    "批次",
    "套",
    "台",
    "辆",
    "艘",
    "架",
    "架次",
    "辆次",
    "座",
    "村",
    "镇",
    "乡",
    "县",
    "市",
    "省",
    "处",
    "条",
    "件",
    "次",
    "只",
    "株",
    "棵",
    "份",
    "篇",
    "册",
    "张",
    "间",
    "栋",
    "类",
    "种",
    "支",
    "组",
    "对",
    "笔",
    "例",
    "款",
    "轮",
    "车次",
    "床",
    "部",  # 行政法规37部, 政府规章34部
    "宗",  # 矿业权182宗, 42宗大中型灌区 (宗教 and 宗旨 are in NOT_AFTER)
    "块",  # 13块金牌
    "個",  # traditional 个 (Recognizers-Text NumberModel: 199個); output as 个
    "瓶",  # 只有两瓶津威 (jionlp test_money_extractor); 瓶颈 is in NOT_AFTER
    # Livestock and measure words (issue 7): 生猪出栏6248万头, 6个百万羽蛋鸡养殖, 鱼苗
    # 500万尾. After one Chinese digit they are words (抓两头, 七匹狼), so they count only
    # after Arabic digits or a number with 万/亿 (see RESTRICTED_UNITS).
    "头",
    "羽",
    "尾",
    "匹",
    "枚",
    "颗",
    "根",
    "盏",
    "袋",
    "箱",
    # Products counted by the piece, in a project list's capacities (jiangxi…bangongting-2020-3:
    # 年产60万片准6代TFT面板, 年产6亿片单面太阳能电池片, 400万台套液晶广告机). 片 after one
    # Chinese digit is a word (一片, 连片), so it is restricted too; 片区 and 片面 are words.
    "片",
    "台套",
    # Trains and flights (2026 政府工作报告): 中欧班列累计开行1.7万列 (henan), 开行中欧班列
    # 2700列 (yunnan), 国际航线4000班次 (henan). 列 after one Chinese digit is a word (一列,
    # 并列), so it is restricted; 列入, 列为 are in NOT_AFTER.
    "列",
    "班次",
    # Storeys (blind gold of three 条例): 4层以上（含本数） (laiwu 2017 增设电梯), 建筑层数不得超过
    # 三层 and 按一层计算 (quzhou 2021 农村住房), 村民建设三层（含三层）以上住宅 (shanwei 2022).
    # Its words (层次, 层级, 层面) are in NOT_AFTER, its idioms (两层皮, 更上一层楼) in
    # NOT_QUANTITY_PHRASES.
    "层",
)
# Written forms of count units that are output under another name.
COUNT_ALIASES: dict[str, str] = {"個": "个"}
RESTRICTED_UNITS: frozenset[str] = frozenset("头羽尾匹枚颗根盏袋箱片列")

# --- measures ----------------------------------------------------------------------
MEASURE_UNITS: dict[str, str] = {
    "平方公里": "平方公里",
    "平方千米": "平方千米",
    "平方米": "平方米",
    "平米": "平米",  # as written, as measures keep their unit (jiangxi 2020 项目: 4.15万平米)
    "亩": "亩",
    "公顷": "公顷",
    "公里": "公里",
    "千米": "千米",
    "米": "米",
    "厘米": "厘米",
    "公分": "厘米",  # 如今身高168公分 (Recognizers-Text DimensionModel)
    "毫米": "毫米",
    "立方米": "立方米",
    "吨": "吨",
    "千克": "千克",
    "公斤": "公斤",
    "克": "克",
    "斤": "斤",  # 粮食总产量1.3万亿斤
    "千瓦": "千瓦",
    "千瓦时": "千瓦时",
    "兆瓦时": "兆瓦时",
    "吉瓦时": "吉瓦时",  # 新型储能装机12吉瓦时 (shaanxi 2026): energy, not 12 吉瓦 of power
    "兆瓦": "兆瓦",
    "吉瓦": "吉瓦",
    "升": "升",
    "标准箱": "标准箱",
    "标箱": "标箱",  # 集装箱吞吐量350万标箱 (as written)
    "微克/立方米": "微克/立方米",  # PM2.5平均浓度20.6微克/立方米 (one unit, not a rate)
    "微克": "微克",
    "微米": "微米",
    "纳米": "纳米",
    "倍": "倍",
    "岁": "岁",
    "周岁": "岁",
    "学时": "学时",
    "课时": "课时",
    # ASCII units, only when no letter follows (5G is not 5 G-anything); full-width forms
    # (３０ｋｍ) are added by the engine. Output under the Chinese name, so that 5 km and
    # 3 千米 add up: 身高168cm, 水深超过250m (Recognizers-Text DimensionModel).
    "km": "千米",
    "cm": "厘米",
    "CM": "厘米",
    "mm": "毫米",
    "m": "米",
    "m²": "平方米",
    "m2": "平方米",  # NFKC of ㎡ and m²
    "㎡": "平方米",
    "km²": "平方千米",
    "km2": "平方千米",
    "m³": "立方米",
    "m3": "立方米",
    "kW": "千瓦",
    "kWh": "千瓦时",
    "MWh": "兆瓦时",
    "GWh": "吉瓦时",  # 新型储能规模达到55GWh (guizhou 2026)
    "MW": "兆瓦",
    "GW": "吉瓦",
    "TB": "TB",
    "PB": "PB",
    "Mbps": "Mbps",
    "Gbps": "Gbps",
    "M": "Mbps",  # 带宽5000M以上: a bare M after a number is bandwidth in plan text
    "EFlops": "EFlops",  # 算力规模14EFlops
    "Eflops": "EFlops",  # 智能算力达到160Eflops (guizhou 2026)
    "EFLOPS": "EFlops",
    "Pflops": "PFlops",
    "PFLOPS": "PFlops",
    "PFlops": "PFlops",
    "TFlops": "TFlops",
    "P": "P",  # 算力规模达到5.1万P (as written: anhui 2026 智能算力1.7万P)
    "°C": "°C",  # 70°C以上 (jiangxi 2020 食品经营 notice); ℃ is its NFKC form's source
    "℃": "°C",  # 供热标准由18℃提高到20℃ (ningxia 2026)
    "摄氏度": "摄氏度",  # 室内温度不低于十八摄氏度 (linyishi and taianshi 供热条例; as written)
    # Only after a 万/亿 number (BIG_ONLY_UNITS): 发电量超3000亿度 (kilowatt-hours, neimenggu
    # 2026), 天然气产能达到22亿方 (cubic metres, shaanxi 2026); 30度 is an angle or a heat.
    "度": "度",
    "方": "方",
}
# Units that count only after a number with 万 or 亿 (see MEASURE_UNITS above).
BIG_ONLY_UNITS: frozenset[str] = frozenset({"度", "方"})

# Durations: measure, but 年 only when the number is not a year (see YEAR_MIN).
# 月 and 日 alone are dates (5月, 1日), so only 个月 / 天 count as durations.
# Each keeps the unit as written (OUTPUT.md: counts and measures keep the unit): 三十日内 is 30 日,
# 六个月 6 个月, 五个工作日 5 个工作日, as every blind annotator of a 条例 wrote them (tests/gold:
# 42 日, 31 个月, 43 个工作日) and the shared gold's 10天 (anshun 2023) is 10 天.
DURATION_UNITS: dict[str, str] = {
    "年": "年",
    "个月": "个月",
    "天": "天",
    "小时": "小时",
    "个小时": "个小时",
    "分钟": "分钟",
    "个工作日": "个工作日",
    "工作日": "工作日",
    "周": "周",
    "日": "日",  # only before 内/以内/之内 (30日内); 1日 alone is a date, see DAY_NEEDS_AFTER
}
# 日 is a duration only when one of these follows it: 30日内办结, 停留十五日以上的, 居住时间在十五
# 日以下的 (gonganbu 2019), while 3月1日 is a date.
DAY_NEEDS_AFTER: tuple[str, ...] = ("内", "以内", "之内", "以上", "以下")
# ...or when one of these stands right before its number: 一般不少于三十日, 或者超过十日无人领养,
# 并提前五日告知热用户 (blind gold, linyi and taian 供热条例), 期限届满七日前送请. No date follows
# these words.
# A period's own words lead it too: 公示期限为十五日 (laiwu 2017 增设电梯), 需求计划表在公示七日
# 无异议后 (quzhou 2021), 业主公示十五日 (qingyuan 2022 物业条例), 申请延期六十日, 可以延长
# 三十日 (gonganbu 2019). Not 延长至: a day of the month may follow it (申报时间延长至25日).
DAY_AFTER_WORDS: tuple[str, ...] = (
    "不少于",
    "不超过",
    "超过",
    "提前",
    "届满",
    "逾",
    "期限为",
    "公示",
    "延期",
    "延长",
)
# ...or 前 after a Chinese number with none of DAY_DATE_BEFORE before it: 会展活动举办三十日前
# (weifang 2019); 6月30日前, 三月三十日前 and 于十五日前报送 stay dates.
DAY_BEFORE_PREP = "前"
DAY_DATE_BEFORE = "月于"
# A number before 年 at or above this is a year (2018年, 二〇一八年), never a duration.
YEAR_MIN = 1000

# Rates: 3.6万元/亩 -> money 36000, unit 元/亩. The denominator after / or ／.
RATE_DENOMINATORS: tuple[str, ...] = (
    "人",
    "人次",
    "户",
    "亩",
    "吨",
    "年",
    "月",
    "天",
    "日",
    "次",
    "个",
    "家",
    "项",
    "台",
    "辆",
    "平方米",
    "千瓦",
    "千瓦时",
    "公里",
    "小时",
    "秒",  # 600立方米/秒
    "张",
    "件",
    "套",
    "株",
    "头",
    "只",
    "间",
)

# --- qualifiers --------------------------------------------------------------------
# Directly before the number. Hedges (约, 近) and bounds (超过, 不少于, 最高) alike make
# a value "not an equality" for the checks.
QUALIFIERS_BEFORE: tuple[str, ...] = (
    "约",
    "大约",
    "近",
    "将近",
    "接近",
    "超过",
    "超",
    "逾",
    "不少于",
    "不低于",
    "不超过",
    "不高于",
    "不足",
    "不到",
    "至少",
    "不小于",  # 他的年龄不小于三十岁 (Recognizers-Text NumberRangeModel)
    "不大于",
    "大于",
    "小于",
    "高于",
    "低于",
    "最多",
    "最高",
    "最低",
    "高达",
    "多达",
    "突破",
    "过",  # 产值过10亿元 (通过, 经过, 不过... are blocked below)
)
# A qualifier word that is part of the word before it: 发展能力不足87户 is not "fewer than".
QUALIFIER_BLOCKED_AFTER: dict[str, str] = {
    "不足": "力",
    "不到": "做达办",
    "超": "高",
    "过": "通经不越跨难度透跳略错闯超路",
}
# Bounds that may stand one verb away from the number: 每家最高给予500万元.
BOUNDS_BEFORE_VERB: tuple[str, ...] = ("最高", "最低", "最多", "不超过", "不低于")
# The verbs a bound may stand before (最高奖励, 最高补助); nothing else may come between.
BOUND_VERBS: tuple[str, ...] = (
    "给予",
    "奖励",
    "补助",
    "补贴",
    "资助",
    "支持",
    "扶持",
    "可获",
    "可达",
    "可给予",
    "一次性奖励",
)
# A bare multiplier is a number only right after one of these: 超万亿元 (10**12),
# 产业规模过千亿, 突破千亿, 经济总量迈上万亿元台阶 (henan 2026), 工业增加值跨上万亿元台阶
# (tianjin 2026). Elsewhere 千亿产业, 万企帮万村, 百年 are words.
BARE_MULTIPLIER_AFTER: tuple[str, ...] = (
    "超过",
    "超",
    "过",
    "突破",
    "逾",
    "近",
    "达到",
    "达",
    "迈上",
    "跨上",
    "跃上",
    "站上",
)
# A bare multiplier is a number, too, as a size class of money: 实施亿元以上项目 (anhui 2026),
# 落地亿元以上重大产业项目, 投资额百亿元以上重大项目, 保持在千亿元以上 (guangdong 2026). The
# blind annotators of eight reports read each as 一亿 (一百亿, 一千亿) 元 and 以上; 千亿级产业,
# 亿元级, 百亿元级 stay words.
BARE_MULTIPLIER_BEFORE: tuple[str, ...] = ("元以上",)
# ...but not after a vague number word: 新开工数亿元以上项目, 几亿元, 上亿元 name no amount.
BARE_VAGUE_BEFORE = "数几上多"
# Between number and unit: 5万余元, 100多个, 十余家.
QUALIFIERS_INSIDE: tuple[str, ...] = ("余", "多")
# After the unit (a space may come between: 70% 以上).
QUALIFIERS_AFTER: tuple[str, ...] = ("以上", "以下", "以内", "之内", "左右", "余", "多")
# 余/多 after the unit start a word before these: 凭一份多式联运运单, 一个多元化.
QUALIFIER_AFTER_BLOCKED_BEFORE: dict[str, str] = {
    "多": "式元样种方层渠领部边极彩功维措",
    "余": "额粮热",
}
# After a duration only: 三年内兑现.
QUALIFIERS_AFTER_DURATION: tuple[str, ...] = ("内",)

# --- a unit implied by the words around a bare 万/亿 number ------------------------------
# 安排100万资金, 人口32万. Only numbers written with 万 or 亿 take an implied unit.
IMPLIED_BEFORE: dict[str, str] = {
    "资金": "元",
    "投资": "元",
    "投入": "元",
    "安排": "元",
    "奖励": "元",
    "补助": "元",
    "补贴": "元",
    "资助": "元",
    "经费": "元",
    "预算": "元",
    "捐赠": "元",
    "捐款": "元",
    "善款": "元",
    "金额": "元",
    "总额": "元",
    "收入": "元",
    "产值": "元",
    "规模": "元",  # 产业规模过千亿 (a unit such as 千瓦 or P wins when written)
    "经济总量": "元",  # 经济总量突破千亿
    "生产总值": "元",
    "增加值": "元",
    "税收": "元",
    "销售额": "元",
    "交易额": "元",
    "营业额": "元",
    "营收": "元",
    "贷款": "元",
    "融资": "元",
    "人口": "人",
    "人数": "人",
    "户数": "户",
}
# Words allowed between the keyword and the number: 资金共计100万, 人口约32万.
IMPLIED_LINKS: tuple[str, ...] = (
    "共计",
    "共",
    "合计",
    "总计",
    "累计",
    "计",
    "为",
    "已达到",
    "已达",
    "达到",
    "达",
    "是",
    "减少",  # 农村贫困人口减少1386万
    "增加",
    "新增",
    "迈上",  # 经济总量迈上1200亿台阶
    "跃上",
    "站上",
    "跻身",
)
# After the number (with at most IMPLIED_AFTER_GAP Han characters between): 50万救助资金.
IMPLIED_AFTER: dict[str, str] = {
    "资金": "元",
    "经费": "元",
    "善款": "元",
    "奖励": "元",
    "奖金": "元",
    "补助": "元",
    "补贴": "元",
    "资助": "元",
    "捐款": "元",
    "贷款": "元",
    "人口": "人",
    "居民": "人",  # 8.35亿农村居民
    "职工": "人",
    "农民": "人",
    "人民币": "元",  # must beat 人民 below
    "人民": "人",  # 6100万湖北人民
    "人员": "人",  # 4386万异地务工人员
    "群众": "人",
    "儿女": "人",  # 2400多万陇原儿女
    "同胞": "人",
    "纳税人": "人",  # 约8000万纳税人
    "中国人": "人",  # 近14亿中国人
    "农民工": "人",
    "劳动者": "人",
    "学生": "人",
    "儿童": "人",
    "老人": "人",
    # 2026 政府工作报告: 惠及130万老年人 (chongqing), 40.8万青年留渝来渝 (chongqing), 为70万妇女
    # 免费 (chongqing), 为138万残疾人 (sichuan), 惠及23.6万婴幼儿 (ningxia), 3.78万农牧民 (qinghai),
    # 71.3万监测对象 (henan: 防止返贫监测对象, people)
    "老年人": "人",
    "青年": "人",
    "妇女": "人",
    "残疾人": "人",
    "婴幼儿": "人",
    "农牧民": "人",
    "监测对象": "人",
}
IMPLIED_AFTER_GAP = 4

# Between two list members a unit is shared: 10万、20万元 -> both 元.
LIST_JOINERS: tuple[str, ...] = ("、", "和", "或", "及")

# --- what is not a quantity ----------------------------------------------------------
# A Chinese numeral glued to the character before it is part of a word:
# 统一部署, 唯一, 之一, 第一, 逐一, 星期一, 初二, 高三.
WORD_BEFORE_CN: frozenset[str] = frozenset("统唯同单专逐划归合之其第初高期星拜万不再整")
# ... except before a duration: after 期 a numeral and 年/个月/天 are a length of time
# (试行期一年, 有效期三年, 任期五年, 缓期二年, 建设期两年内), while 星期一 is a day.
WORD_BEFORE_DURATION: frozenset[str] = frozenset("期")
# The number is an ordinal or a code when it follows these (第3条, V1.0, 5G, IPv6).
ORDINAL_MARKS: frozenset[str] = frozenset("第")
# A number right after 新 names something: 新一轮, 新一代, 民间投资新36条, 西部大开发新十年.
NAME_MARKS: frozenset[str] = frozenset("新")
# A number after these words labels a document part: 附件2 名词解释, 附表3.
LABEL_WORDS: tuple[str, ...] = ("附件", "附表", "附录")
# 位 counts people (5位专家) but is a rank after these words in the same clause:
# 居全国前3位, 全国排名46位、82位, 分别提升6位、49位.
RANK_WORDS: tuple[str, ...] = (
    "排名",
    "排位",
    "位次",
    "名次",
    "位居",
    "居全",  # 居全国, 居全省 (居民 is not a rank word)
    "居前",
    "提升",
    "上升",
    "下降",
    "跃升",
    "前移",
    "后移",
)
RANK_MARKS: frozenset[str] = frozenset("前")  # right before the number: 前3位
RANK_UNITS: tuple[str, ...] = ("位",)
RANK_REACH = 8  # how far back (in characters, within one clause) a rank word is looked for
# What may follow a quantity and makes it a name or a word (二期工程, 一次性, 高一年级).
NOT_AFTER: tuple[str, ...] = (
    "期工程",
    "期项目",
    "次性",
    "元化",
    "元结构",
    "年级",
    "年代",
    "周年",
    "年度",  # 上一年度: a fiscal year, not a duration
    "次全会",  # 十三届六次全会: the sixth plenary session
    "次会议",
    "次代表大会",
    # service slogans of 营商环境 rules: 一次办结, 一次办好, 一次告知, 一次申办 (shangqiushi and
    # yunfushi 优化营商环境条例, blind gold), while 开展一次检查 counts
    "次办结",
    "次办好",
    "次办成",
    "次告知",
    "次申办",
    "次放行",  # 合作查验、一次放行通关模式 (横琴 条例 2023)
    # 二次 as "secondary": 二次供水设施 (qingyuan 物业条例), 避免造成二次污染 (puyang 垃圾治理
    # 条例, blind gold), 中药新药研发和二次开发 (jiangxi 2020), 二次加压, 二次创业 (not 次伤害:
    # 一次伤害两人以上 counts, zhoushan 养犬条例)
    "次供水",
    "次污染",
    "次开发",
    "次加压",
    "次创业",
    # a size class, not an amount: 30万千瓦级火电 (guizhou 2026), 30万吨级码头, 1000吨级航道
    "千瓦级",
    "吨级",
    # a format or a kind of vehicle: 3人制篮球 (guizhou 2026), 二轮摩托车 (weihai 停车条例)
    "人制",
    "轮摩托",
    "轮车",
    "支出",  # 96,282,213.44 支出总计 (budget tables)
    "批发",  # 51 批发业 (an industry code)
    "支付",
    "支持",
    "支撑",
    "家具制造",  # 21 家具制造业 (an industry code), while 10家具有… counts
    "对个人",  # 303 对个人和家庭的补助 (对 as a preposition)
    "对企业",
    "对象",
    "台阶",  # 经济总量迈上1200亿台阶: a step, not 台 (machines)
    "位数",  # 保持两位数增长
    "部署",
    "部分",
    "部门",  # 三部门联合印发: a name of the issuers
    "部委",
    "部件",
    "部曲",
    "宗教",
    "宗旨",
    "层次",  # 多层次, 三层次: levels, not storeys
    "层级",
    "层面",
    "层含义",  # 有两层含义: layers of meaning
    "层意思",
    "片区",  # 3片区 are areas, not pieces
    "片面",
    "块儿",
    # 成 is a tenth (三成), but a word after a number in these: 半成品, 一成不变, 三成员国
    "成品",
    "成不变",
    "成员",
    "成为",
    "成效",
    "成果",
    "成立",
    "成本",
    "成熟",
    "成就",
    "成绩",
    "成型",
    "成交",
    "成长",
    "成都",
    "成功",
    "成套",
    "成片",
    "成网",
    "成群",
    "成规模",
    "成形",
    "成才",
    "成年",
    "成人",
    "成线",
    "成像",
    # words that start with a restricted count unit (RESTRICTED_UNITS)
    "头部",
    "头等",
    "头雁",
    "头号",
    "头条",
    "头脑",
    "尾矿",
    "尾款",
    "尾气",
    "根本",
    "根据",
    "根源",
    "根治",
    "匹配",
    "瓶颈",
    # words that start with 列 (a count unit after Arabic digits): 3项列入, 12家列为
    "列入",
    "列为",
    "列出",
    "列支",
    "列席",
    "箱包",
    "颗粒",
    "年报",  # 半年报: a report, not half a year
)
# One Chinese digit and a classifier that, with the character after it, name a place:
# 五台山, 五台县, 三台县, 七台河, 九台区 (issue 9: 五台山 is a name, not five machines).
NAME_AFTER_UNIT: dict[str, str] = {"台": "山河区县市镇村乡"}
# A minus before a number is a sign (下降-3.8%). 负 after a Han character is most often
# the end of a word (为经营主体减负1000亿元, 担负, 肩负, 胜负), so after one it is a sign
# only after these: 增速为负3.9%, 增长率是负2%, 呈负增长, 同比增幅负1.2%.
SIGN_WORD_AFTER: str = "为是呈达至到长降幅值率比约近"
SIGN_WORDS: frozenset[str] = frozenset("负負")
# Half: 一吨半 = 1.5 吨, 三成半 = 35 %, 一年半 (Recognizers-Text DimensionModel and
# PercentModel) after these units; 半年, 半个月, 半天 (issue 9) as a number before them,
# except in 上半年, 下半年, 大半年, 多半, 前半年, 后半年.
HALF_AFTER_UNITS: frozenset[str] = frozenset(
    {
        "成",
        "吨",
        "米",
        "斤",
        "公斤",
        "千克",
        "公里",
        "千米",
        "亩",
        "年",
        "个月",
        "天",
        "小时",
        "个小时",
    }
)
HALF_BEFORE_UNITS: tuple[str, ...] = ("年", "个月", "天", "小时", "个小时", "成")
HALF_BLOCKED_AFTER: str = "上下大多前后"
# An inclusive mark between a number and its bound or range: 50万元（含）以上, 1万(含)-5万元.
INCLUSIVE_MARKS: tuple[str, ...] = ("(含)", "（含）")
# A duration that is a time phrase, not a measure: 过去一年, 今后五年, 这五年, 新的一年
# (before the number) and 一年来, 五年前, 近三年新高 (after the unit). A duration with a
# qualifier after it (的三年内) or a marker of length before it (连续三年) stays a measure.
TIME_BEFORE: tuple[str, ...] = ("过去", "今后", "未来", "这", "那", "的", "今明")
TIME_AFTER: tuple[str, ...] = ("来", "前", "同期", "新高", "最")  # 创近三年新高, 近十年最低
DURATION_MARKERS: tuple[str, ...] = ("连续", "分", "用", "历时", "为期", "持续", "满", "再延长")
# N年 naming a programme: 三年行动计划, 三年攻坚, 三年滚动计划, 十年倍增行动,
# 三年百万青年见习计划, 十年“卓粤”计划. The name word may come within PROGRAMME_REACH
# Han characters (or one quoted name) after 年.
PROGRAMME_WORDS: tuple[str, ...] = (
    "行动",
    "计划",
    "方案",
    "攻坚",
    "规划",
    "滚动",
    "倍增",
    "禁渔",
    "工程",
)
PROGRAMME_REACH = 6
PROGRAMME_UNITS: tuple[str, ...] = ("年",)
# A single Chinese digit before these is an ordinal: 二期工程, 景电二期 (phase two).
# A count says 两期 or uses Arabic digits (培训班1期).
CN_ORDINAL_UNITS: tuple[str, ...] = ("期",)
# In budget tables a bracketed number before 类/款/项 is a code: (204类) (06款) (13项).
BRACKET_CODE_UNITS: tuple[str, ...] = ("类", "款", "项")
# A bare integer this long, cut from its unit by a space, is a code (600429 三元股份).
CODE_MIN_DIGITS = 5
# Fixed names and slogans containing a number and a classifier (checked around a match).
NOT_QUANTITY_PHRASES: tuple[str, ...] = (
    "四个全面",
    "四个意识",
    "四个自信",
    "两个维护",
    "两个确保",
    "两个一百年",
    "三个代表",
    "三个有利于",
    "五位一体",
    "一国两制",
    "一带一路",
    "一批",
    "一大批",
    "一次性",
    "一村一品",
    "一县一业",
    "一企一策",
    "一事一议",
    "两层皮",  # 防止党建和业务“两层皮”: an idiom, not two storeys
    "上一层楼",  # 更上一层楼
    "一层一层",
    "一户一策",
    "一人一档",
    "一对一",
    "一张网",
    "一张图",
    "一张蓝图",
    "一条龙",
    "一件事",
    "一揽子",
    "一把手",
    "一盘棋",
    "一部分",
    "一年一度",
    "一个时期",
    "一个中国",
    "一次能源",
    "五年规划",
    "最多跑一次",
    "一步一个脚印",
    "最后一公里",
    "八项规定",  # 中央八项规定: a name
    "两个市场",  # 两个市场两种资源
    "两种资源",
    "两个大局",  # 统筹国内国际两个大局
    "两个积极性",  # 发挥中央和地方两个积极性
)
# Regexes for phrases where 一 + classifier is an article, not a count; each is matched at
# the number (look-behinds reach back): 走出一条…道路, 打造一支…队伍, 这是一项长期任务,
# 一个让…, 每一个, 最多填一次. 开展学校结对帮扶1对, 举办1场招聘会 still count.
NOT_QUANTITY_PATTERNS: tuple[str, ...] = (
    r"一条[^，。；！？,;!?\n]{0,20}?(?:道路|新路|之路|路子)",
    r"一支[^，。；！？,;!?\n]{0,20}?队伍",
    r"(?<=是)一[项种个](?=[^，。；,;]{0,12}?(?:任务|工作|工程|目标|过程|方式|手段))",
    r"(?<=[是:：])一种",  # 是一种国际通行的…, 虚拟电厂：一种…: a definition
    r"一件大事",
    r"一个(?=[让使新])",
    r"(?<=每)一",
    r"(?<=最多\p{Han})一次",
)
# After one Chinese digit and 元, these make an amount, not a name (三元股份): 处十元以上五十元
# 以下罚款 (dongyingshi-yangquanguanlitiaoli-2017), 处每平方米一元以上三元以下, 罚款五元的.
AMOUNT_AFTER_ONE_DIGIT_YUAN: tuple[str, ...] = (
    "以上",
    "以下",
    "以内",
    "左右",
    "罚款",
    "的罚款",
    "钱",
)

# Quote marks that open a slogan: “四个全面”, “五位一体”. A Chinese-numeral quantity
# right after one, closed within SLOGAN_MAX characters, is a name.
SLOGAN_OPENERS: frozenset[str] = frozenset('“「『‘"')
SLOGAN_CLOSERS: frozenset[str] = frozenset('”」』’"')
SLOGAN_MAX = 8
