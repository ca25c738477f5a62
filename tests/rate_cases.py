"""Example tables for the rate, change and direction checks (tests/test_checks_rates.py).

Sources, all under ../shared/corpus:
- party-2024: pdf/putuo-party-social-work-dept-2024-final-accounts (部门决算)
- planning-2024: pdf/putuo-planning-resources-bureau-2024-final-accounts (部门决算)
- justice-2026: pdf/putuo-justice-bureau-2026-dept-budget (部门预算)
- the 政府工作报告 named by their file in wild/ and real/

Sentences are quoted as the PDF reader gives them (``--save-text``) or, where they have spaces
around numbers, as the ``.pdfplumber.txt`` text does.
"""

from __future__ import annotations

from decimal import Decimal

# ---- FROM_CORPUS: (source, sentence, rule, status, expected, actual) --------------------
# every check of the rule that the sentence gives, in document order
FROM_CORPUS: list[
    tuple[str, str, str, list[tuple[str, Decimal | str | None, Decimal | str | None]]]
] = [
    # growth from the current value and the change: 1062.85 / (9859.38 − 1062.85) = 12.083%
    (
        "planning-2024",
        "上海市普陀区规划和自然资源局2024年度收入支出总计9859.38万元。与2023年度相比，收入支出总计增加1062.85万元，增长12.08%。主要原因：项目支出增加。",
        "percentage",
        [("pass", Decimal("12.08"), Decimal("12.08"))],
    ),
    # a fall: 13.52 / (142.80 + 13.52) = 8.649%
    (
        "planning-2024",
        "机关运行经费支出142.80万元，比2023年度减少13.52万元，下降8.65%。",
        "percentage",
        [("pass", Decimal("8.65"), Decimal("8.65"))],
    ),
    # base 0: the unit was set up in 2024; 100.00% is the template's convention
    (
        "party-2024",
        "机关运行经费支出 10.23 万元，比 2023 年度增加 10.23 万元，增长 100.00%。主要原因是单位于 2024 年成立。",
        "percentage",
        [("pass", Decimal(100), None)],
    ),
    # both years stated: (1672.67 − 1690.69) / 1690.69 = −1.066%
    (
        "justice-2026",
        "2025年当年预算执行数为1690.69万元，2026年预算安排1672.67万元，比2025年预算执行数减少1.07%。",
        "percentage",
        [("pass", Decimal("1.07"), Decimal("1.07"))],
    ),
    (
        "justice-2026",
        "2025年当年预算执行数为0.50万元，2026年预算安排0.64万元，比2025年预算执行数增加28%。",
        "percentage",
        [("pass", Decimal(28), Decimal("28.00"))],
    ),
    # 307.82 / 321.02 = 95.888%: the rate is against 全年预算 although it names 年初预算 (0万元),
    # a warning (the blind audit of party-2024 lists it)
    (
        "party-2024",
        "一般公共预算财政拨款支出年初预算为0万元，全年预算为321.02万元，支出决算为307.82万元，完成年初预算的95.89%。",
        "percentage",
        [("warn", Decimal("95.89"), Decimal("95.89"))],
    ),
    # truncated, not rounded: 9746.50 / 10210.34 = 95.457%
    (
        "planning-2024",
        "一般公共预算财政拨款支出年初预算为 10210.34 万元，支出决算为 9746.50 万元，完成年初预算的 95.45%。",
        "percentage",
        [("pass", Decimal("95.45"), Decimal("95.46"))],
    ),
    # the rate in the sentence after its numbers
    (
        "planning-2024",
        "年初预算为0.88万元，支出决算为0.88万元。完成年初预算的100.00%。决算数同预算数持平。",
        "percentage",
        [("pass", Decimal(100), Decimal("100.00"))],
    ),
    # the part after 其中 states no budget of its own: only the first rate is checked
    (
        "planning-2024",
        "“三公”经费财政拨款支出年初预算为 2.85 万元，支出决算为0.39万元，完成预算的13.68%，其中：因公出国（境）费决算为 0.00 万元，完成预算的 0.00%；",
        "percentage",
        [("pass", Decimal("13.68"), Decimal("13.68"))],
    ),
    # shares of the total before 其中
    (
        "planning-2024",
        "本年支出合计9759.38万元，其中：基本支出5377.64万元，占55.10%；项目支出4381.74万元，占44.90%。",
        "percentage",
        [
            ("pass", Decimal("55.10"), Decimal("55.10")),
            ("pass", Decimal("44.90"), Decimal("44.90")),
        ],
    ),
    # shares of the total before 主要用于; 29.42 / 307.82 = 9.5575% written 9.55 (truncated)
    (
        "party-2024",
        "一般公共预算财政拨款支出 307.82 万元，主要用于以下方面：一般公共服务支出（类）264.87 万元，占 86.05%；住房保障支出（类）29.42 万元，占 9.55%。",
        "percentage",
        [("pass", Decimal("86.05"), Decimal("86.05")), ("pass", Decimal("9.55"), Decimal("9.56"))],
    ),
    # outturn against budget
    (
        "party-2024",
        "全年预算为 17.68 万元，支出决算为 11.31 万元。决算数小于全年预算数的主要原因：单位 2024 年新成立，人员变动，按实际支出。",
        "direction",
        [("pass", "小于", "小于")],
    ),
    (
        "party-2024",
        "全年预算为 202.24 万元，支出决算为 202.24 万元。决算数与全年预算数持平。",
        "direction",
        [("pass", "持平", "持平")],
    ),
    (
        "planning-2024",
        "年初预算为 452.40 万元，支出决算为446.11 万元，完成年初预算的 98.61%。决算数小于预算数的主要原因：机构改革人员变动。",
        "direction",
        [("pass", "小于", "小于")],
    ),
    # 决算数小于预算数 with two budgets: it holds against 全年预算 (年初预算 is 0)
    (
        "party-2024",
        "一般公共预算财政拨款支出年初预算为0万元，全年预算为321.02万元，支出决算为307.82万元，完成年初预算的95.89%。决算数小于预算数的主要原因：人员经费支出数小于预算数。",
        "direction",
        [("pass", "小于", "小于")],
    ),
    # a change against both years' values
    (
        "justice-2026",
        "2025年当年预算执行数为2149.45万元，2026年预算安排2170.39万元，比2025年预算执行数增加0.97%。",
        "direction",
        [("pass", "增加", "增加")],
    ),
    # moves from one value to another
    (
        "gansu-zhengfu-gongzuo-baogao-2026",
        "规模以上工业企业从1832户增加到3382户",
        "direction",
        [("pass", "增加", "增加")],
    ),
    (
        "national-zhengfu-gongzuo-baogao-2019-wikisource",
        "关税总水平由9.8%降至7.5%",
        "direction",
        [("pass", "降", "降")],
    ),
    # the subject before 比 names the outturn stated above it: 0.15 / (0.39 + 0.15) = 27.78%
    (
        "planning-2024",
        "“三公”经费财政拨款支出年初预算为 2.85 万元，支出决算为0.39万元，完成预算的13.68%，其中：因公出国（境）费决算为 0.00 万元，完成预算的 0.00%；公务用车购置及运行维护费支出决算为 0.00 万元，完成预算的 0.00%；公务接待费支出决算为0.39万元，完成预算的13.68%。2024年度“三公”经费支出决算数小于预算数的主要原因：严格落实中央八项规定，控制“三公”经费支出。2024年度“三公”经费财政拨款支出决算数比2023年度减少 0.15 万元，下降（增长）27.78%，其中：因公出国（境）费支出与上一年度持平。",
        "percentage",
        [
            ("pass", Decimal("13.68"), Decimal("13.68")),
            ("pass", Decimal("27.78"), Decimal("27.78")),
        ],
    ),
]

# ---- SYNTHETIC: real sentences with the value they leave out written in ------------------
SYNTHETIC: list[
    tuple[str, str, str, list[tuple[str, Decimal | str | None, Decimal | str | None]]]
] = [
    # planning-2024's 收入支出总计 with 2023's value (9859.38 − 1062.85) stated
    (
        "planning-2024",
        "2023年度收入支出总计8796.53万元，2024年度收入支出总计9859.38万元，比2023年度增加1062.85万元，增长12.08%。",
        "change",
        [("pass", Decimal(10628500), Decimal(10628500))],
    ),
    # gansu-2026's 由52.23%提高到58.08% with its change in points
    (
        "gansu-zhengfu-gongzuo-baogao-2026",
        "常住人口城镇化率由52.23%提高到58.08%，提高5.85个百分点。",
        "change",
        [("pass", Decimal("5.85"), Decimal("5.85"))],
    ),
    # a rate's change in points with last year's rate written in ("民间投资占比34%、提高1.3个百分点")
    (
        "jilin-zhengfu-gongzuo-baogao-2026",
        "2023年民间投资占比32.7%，2024年民间投资占比34%，比2023年提高1.3个百分点。",
        "change",
        [("pass", Decimal("1.3"), Decimal("1.3"))],
    ),
    # a count's share of the total before 其中
    (
        "synthetic",
        "共有党员120人，其中：女党员45人，占37.5%。",
        "percentage",
        [("pass", Decimal("37.5"), Decimal("37.50"))],
    ),
    # 、 before 占, and a total whose precision (1.2万亿元) admits both shares
    (
        "synthetic",
        "全年进出口总额1.2万亿元，其中出口8000亿元、占66.7%，进口4000亿元、占33.3%。",
        "percentage",
        [("pass", Decimal("66.7"), Decimal("66.67")), ("pass", Decimal("33.3"), Decimal("33.33"))],
    ),
]

# ---- PLANTED: (source, real sentence, old, new, rule): one number or word changed; the
# rule must fail and point at the new text ------------------------------------------------
PLANTED: list[tuple[str, str, str, str, str]] = [
    (
        "planning-2024",
        "上海市普陀区规划和自然资源局2024年度收入支出总计9859.38万元。与2023年度相比，收入支出总计增加1062.85万元，增长12.08%。",
        "增长12.08%",
        "增长15.08%",
        "percentage",
    ),
    (
        "planning-2024",
        "上海市普陀区规划和自然资源局2024年度收入支出总计9859.38万元。与2023年度相比，收入支出总计增加1062.85万元，增长12.08%。",
        "增加1062.85万元",
        "增加1262.85万元",
        "percentage",
    ),
    (
        "planning-2024",
        "机关运行经费支出142.80万元，比2023年度减少13.52万元，下降8.65%。",
        "下降8.65%",
        "下降9.65%",
        "percentage",
    ),
    # the total set below the change: 100.00% is the convention for a base of 0, and the base
    # would be −0.54万元 (the 一、 sentence of party-2024 with its 总计 planted)
    (
        "party-2024",
        "中共上海市普陀区委社会工作部2024年度收入支出总计307.82万元。与2023年度相比，收入支出总计增加307.82万元，增长100.00%。",
        "总计307.82万元。",
        "总计307.28万元。",
        "percentage",
    ),
    # from a base of 0 only the conventional 100% can be written
    (
        "party-2024",
        "机关运行经费支出 10.23 万元，比 2023 年度增加 10.23 万元，增长 100.00%。",
        "增长 100.00%",
        "增长 90.00%",
        "percentage",
    ),
    (
        "justice-2026",
        "2025年当年预算执行数为1690.69万元，2026年预算安排1672.67万元，比2025年预算执行数减少1.07%。",
        "减少1.07%",
        "减少2.07%",
        "percentage",
    ),
    # the changed word: the rate holds only the other way
    (
        "justice-2026",
        "2025年当年预算执行数为1690.69万元，2026年预算安排1672.67万元，比2025年预算执行数减少1.07%。",
        "减少1.07%",
        "增加1.07%",
        "direction",
    ),
    (
        "party-2024",
        "一般公共预算财政拨款支出年初预算为0万元，全年预算为321.02万元，支出决算为307.82万元，完成年初预算的95.89%。",
        "95.89%",
        "93.89%",
        "percentage",
    ),
    (
        "planning-2024",
        "年初预算为 452.40 万元，支出决算为446.11 万元，完成年初预算的 98.61%。",
        "98.61%",
        "96.61%",
        "percentage",
    ),
    (
        "planning-2024",
        "本年支出合计9759.38万元，其中：基本支出5377.64万元，占55.10%；项目支出4381.74万元，占44.90%。",
        "占55.10%",
        "占45.10%",
        "percentage",
    ),
    (
        "party-2024",
        "全年预算为 17.68 万元，支出决算为 11.31 万元。决算数小于全年预算数的主要原因：单位 2024 年新成立。",
        "决算数小于全年预算数",
        "决算数大于全年预算数",
        "direction",
    ),
    (
        "party-2024",
        "全年预算为 202.24 万元，支出决算为 202.24 万元。决算数与全年预算数持平。",
        "决算数与全年预算数持平",
        "决算数小于全年预算数",
        "direction",
    ),
    (
        "planning-2024",
        "年初预算为 452.40 万元，支出决算为446.11 万元，完成年初预算的 98.61%。决算数小于预算数的主要原因：机构改革人员变动。",
        "决算数小于预算数",
        "决算数同预算数持平",
        "direction",
    ),
    (
        "gansu-zhengfu-gongzuo-baogao-2026",
        "规模以上工业企业从1832户增加到3382户",
        "增加到",
        "减少到",
        "direction",
    ),
    # one step down at the written precision: both values rounded (or cut) alike
    (
        "sichuan-zhengfu-gongzuo-baogao-2026",
        "经营主体从689万户增至951万户，民营经济增加值从2.9万亿元增至3.8万亿元。",
        "增至3.8万亿元",
        "增至2.8万亿元",
        "direction",
    ),
    (
        "gansu-zhengfu-gongzuo-baogao-2026",
        "常住人口城镇化率由52.23%提高到58.08%，提高5.85个百分点。",
        "5.85个百分点",
        "6.85个百分点",
        "change",
    ),
    (
        "jilin-zhengfu-gongzuo-baogao-2026",
        "2023年民间投资占比32.7%，2024年民间投资占比34%，比2023年提高1.3个百分点。",
        "1.3个百分点",
        "3.3个百分点",
        "change",
    ),
    ("synthetic", "共有党员120人，其中：女党员45人，占37.5%。", "占37.5%", "占47.5%", "percentage"),
    (
        "planning-2024",
        "“三公”经费财政拨款支出年初预算为 2.85 万元，支出决算为0.39万元，完成预算的13.68%，其中：因公出国（境）费决算为 0.00 万元，完成预算的 0.00%；公务用车购置及运行维护费支出决算为 0.00 万元，完成预算的 0.00%；公务接待费支出决算为0.39万元，完成预算的13.68%。2024年度“三公”经费支出决算数小于预算数的主要原因：严格落实中央八项规定，控制“三公”经费支出。2024年度“三公”经费财政拨款支出决算数比2023年度减少 0.15 万元，下降（增长）27.78%，其中：因公出国（境）费支出与上一年度持平。",
        "下降（增长）27.78%",
        "下降（增长）22.78%",
        "percentage",
    ),
]

# ---- NEGATIVE: (source, sentence, rule): no fail or warn of the rule ---------------------
NEGATIVE: list[tuple[str, str, str]] = [
    # two values written to different steps, or hedged, may round either way
    ("synthetic", "民营经济增加值从28600亿元增至2.9万亿元。", "direction"),
    ("synthetic", "民营经济增加值从约2.9万亿元增至2.8万亿元。", "direction"),
    # hedged: 约 / 左右 / 以上 never compared
    (
        "synthetic",
        "机关运行经费支出约142.80万元，比2023年度减少13.52万元，下降9.65%。",
        "percentage",
    ),
    (
        "anhui-zhengfu-gongzuo-baogao-2026",
        "社会物流总费用与GDP的比率从14.7%降至13%左右、优于全国约1个百分点",
        "direction",
    ),
    ("synthetic", "本年支出合计9759.38万元，其中：基本支出5377.64万元，占45%以上。", "percentage"),
    # compound and multi-year growth is not a plain year-on-year rate
    (
        "ningxia-zhengfu-gongzuo-baogao-2026",
        "全体居民人均可支配收入由2.57万元增加到3.52万元、年均增长6.5%，超过GDP增速",
        "percentage",
    ),
    (
        "ningxia-zhengfu-gongzuo-baogao-2026",
        "人均地区生产总值从5.6万元增至7.8万元，超过1万美元，年均增长5.4%",
        "percentage",
    ),
    # the rate's base is not stated: nothing to compare
    (
        "beijing-zhengfu-gongzuo-baogao-2026",
        "全市地区生产总值5.2万亿元、增长5.4%、高于全国0.4个百分点",
        "percentage",
    ),
    (
        "zhejiang-zhengfu-gongzuo-baogao-2026",
        "1596个“千项万亿”重大项目完成投资1.5万亿元，投资完成率125.5%",
        "percentage",
    ),
    # a part after 其中 with no budget of its own; 0.00% against no stated budget
    (
        "planning-2024",
        "“三公”经费财政拨款支出年初预算为 2.85 万元，支出决算为0.39万元，完成预算的13.68%，其中：因公出国（境）费决算为 0.00 万元，完成预算的 0.00%；公务用车购置及运行维护费支出决算为 0.00 万元，完成预算的 0.00%；",
        "percentage",
    ),
    # shares with no stated total
    (
        "planning-2024",
        "“三公”经费财政拨款支出决算中，因公出国（境）费支出决算 0.00 万元，占 0.00%；公务接待费支出决算 0.39 万元，占 100.00%。",
        "percentage",
    ),
    # the current value sits far from 比 (the subject before it is not a number)
    (
        "planning-2024",
        "2024年度“三公”经费财政拨款支出决算数比2023年度减少 0.15 万元，下降（增长）27.78%。",
        "percentage",
    ),
    # a change with no rate and no previous value
    (
        "justice-2026",
        "财政拨款收入9628.22万元，比2026年预算增加793.14万元；事业收入0万元。",
        "percentage",
    ),
    ("wanli-2025", "2025年“三公”经费预算数为37.91万元，比2024年预算减少10万元。", "direction"),
    # 持平 with one value only
    (
        "justice-2026",
        "（三）公务接待费0.83万元。与2025年预算持平，主要原因是公务接待无变化。",
        "direction",
    ),
    # a decimal point the source lost to a private-use character (0.2元 → 0\ue0102元): not compared
    (
        "jiangxi-jiangxishengrenminzhengfuguanyutui-2020",
        "天然气省内管道运输价格由现行的每立方米0\ue0102元降到0\ue01018元",
        "direction",
    ),
    ("synthetic", "天然气省内管道运输价格由0.2元降到018元", "direction"),
    # reasons that compare without numbers: 人员经费支出数小于预算数 / 实际支出低于预算
    (
        "party-2024",
        "全年预算为 52.00 万元，支出决算为 51.32 万元，完成全年预算数的 98.69%。决算数小于全年预算数的主要原因：人员变动引起实际支出低于预算。",
        "direction",
    ),
    # a list move: the values are not paired one by one
    (
        "jiangxi-jiangxishengshichangjianguanjuyinfa-2020",
        "药品补充申请注册费分别由0.54万元、2.59万元下降至0.378万元、1.81万元",
        "direction",
    ),
    # 比全国 is not a year-on-year base
    ("heilongjiang-zhengfu-gongzuo-baogao-2026", "对俄进出口增速高于全国8.4个百分点。", "change"),
    # a year-labelled amount that is not the base's (累计 since 2023 vs this year)
    (
        "synthetic",
        "截至2023年累计投入500万元，2024年投入120万元，比2023年增加20万元，增长20%。",
        "percentage",
    ),
    # no percentage at all: 超两成, a fraction
    (
        "beijing-zhengfu-gongzuo-baogao-2026",
        "纳入“无事不扰”白名单企业55万户、占全部企业超两成",
        "percentage",
    ),
    ("jiangsu-zhengfu-gongzuo-baogao-2026", "新增境内上市公司29家、占全国增量的1/4", "percentage"),
    # 持平 against a budget whose value is not stated
    (
        "wanli-2025",
        "政府性基金拨款支出预算0.00万元，比2024年预算持平；国有资本经营预算拨款支出预算0.00万元，比2024年预算持平。",
        "direction",
    ),
    # 上一度 (the template's slip for 上一年度) is no base
    (
        "planning-2024",
        "主要原因：项目支出增加，较上一度增加1133.95万元，主要由于上海市普陀区自然资源确权登记事务中心办公大楼装修等。",
        "direction",
    ),
    # a move whose two ends are not one amount each
    ("guangdong-zhengfu-gongzuo-baogao-2026", "从15个县（市）扩大到57个县（市）", "direction"),
    # completion rates whose target is not stated
    (
        "jiangxi-zhengfu-gongzuo-baogao-2026",
        "城镇新增就业、新增发放创业担保贷款分别完成年计划的118.2%、248.57%",
        "percentage",
    ),
    (
        "hunan-zhengfu-gongzuo-baogao-2026",
        "风险隐患有效化解。年度化债任务完成率达120%，退出融资平台304家",
        "percentage",
    ),
    (
        "qinghai-zhengfu-gongzuo-baogao-2026",
        "第三轮中央生态环保督察反馈问题整改完成率达94.2%。",
        "percentage",
    ),
    # a multiple is not a rate; a move followed by another subject's growth
    (
        "shaanxi-zhengfu-gongzuo-baogao-2026",
        "技术合同成交额从1795亿元增加到5260亿元，科技型中小企业、高新技术企业数量分别增长3.2倍、2.5倍",
        "percentage",
    ),
    # a change with its current value only: last year's is not stated
    (
        "national-zhengfu-gongzuo-baogao-2011-wikisource",
        "中央财政预算拟安排补助资金1030亿元，比上年增加265亿元。",
        "change",
    ),
    (
        "wanli-2025",
        "支出预算18,976.76万元，其中：财政拨款支出预算18,976.76万元，比2024年预算增加3,355.65万元。",
        "change",
    ),
    # 较年初完成92%: no base value, 较年初 is no year-on-year base
    (
        "planning-2024",
        "城乡社区支出（类）未完成年初预期，其中项目支出规划服务较年初完成 92%，部分项目未开展完成。",
        "percentage",
    ),
    # a rate on another basis than the amounts beside it (同口径: a base adjusted for scope)
    (
        "synthetic",
        "争取中央转移支付资金4113.7亿元，比上年增加100亿元、同口径增长5.6%。",
        "percentage",
    ),
    (
        "synthetic",
        "全市地区生产总值5.2万亿元，按可比价格计算，比上年增加2000亿元，增长5.4%。",
        "percentage",
    ),
    ("synthetic", "全市地区生产总值5.2万亿元，比上年增加2000亿元，实际增长5.4%。", "percentage"),
    # a named base whose own amount is hedged, or smaller than the part: another thing
    (
        "synthetic",
        "项目总投资约100万元。其中设备投资30万元，占总投资的20%。另一项目总投资500万元。",
        "percentage",
    ),
    ("synthetic", "一期工程总投资80万元。二期设备投资90万元，占总投资的20%。", "percentage"),
    # a loss that shrank: from a base below 0 a rate other than the template's 100% is left alone
    (
        "synthetic",
        "2024年度经营结余50.00万元，比2023年度增加150.00万元，增长150.00%。",
        "percentage",
    ),
    # a change and its rate, one verb each, that agree (planning-2024, 三公 section), the
    # template's choice of both wordings (placeholder's), and two subjects with a verb each
    ("planning-2024", "公务接待费支出决算减少0.15万元，下降27.78%。", "direction"),
    (
        "planning-2024",
        "2024年度“三公”经费财政拨款支出决算数比2023年度减少 0.15 万元，下降（增长）27.78%。",
        "direction",
    ),
    ("synthetic", "运行成本降低100.00万元，利润增长5.00%。", "direction"),
]
