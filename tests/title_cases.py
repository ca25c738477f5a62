"""Heads of real documents as they were scraped (abridged), for tests/test_titles.py."""

from __future__ import annotations

import pytest

# (the head of a document as scraped, abridged; title, year, how the body starts)
FROM_CORPUS = [
    pytest.param(  # hebei-zhengfu-gongzuo-baogao-2026: a page's tool bar above the title
        "下载\n打印\n全屏\n收藏\n【字号：\n加大\n还原\n减小\n】\n2026年河北省政府工作报告\n"
        "——2026年1月26日在河北省第十四届人民代表大会第四次会议上\n来源：河北日报\n"
        "时间：2026-02-02\n河北省人民政府省长 王正谱\n各位代表：\n现在，我代表省人民政府向大会报告工作。\n",
        "2026年河北省政府工作报告",
        2026,
        "2026年河北省政府工作",
        id="hebei-tool-bar",
    ),
    pytest.param(  # guangdong-zhengfu-gongzuo-baogao-2026: no year in the title; the subtitle's
        "政府工作报告\n——2026年1月26日在广东省第十四届\n人民代表大会第五次会议上\n"
        "广东省省长 孟凡利\n各位代表：\n现在，我代表省人民政府，向大会报告工作。\n",
        "政府工作报告",
        2026,
        "政府工作报告\n——2026",
        id="guangdong-subtitle-date",
    ),
    pytest.param(  # jiangxi 2020 pages: the page <title> with the column, an info table, the title
        "江西省人民政府 政策文件 江西省人民政府办公厅关于促进3岁以下婴幼儿照护服务发展的实施意见\n"
        "当前位置：\n|  |  | 首页 |  |\n|  > 政府信息公开目录 |  |  > 省政府办公厅 |\n|\n"
        "| 索  引  号: 014500815/2020-02346 |\n|  发文机关:  省政府办公厅 |\n"
        "| 文      号: 赣府厅发〔2020〕6号 |\n| 成文日期:  2020-02-21           |\n"
        "江西省人民政府办公厅关于促进3岁以下婴幼儿照护服务发展的实施意见\n"
        "各市、县（区）人民政府，省政府各部门：\n为促进全省婴幼儿照护服务事业健康发展，制定本意见。\n",
        "江西省人民政府办公厅关于促进3岁以下婴幼儿照护服务发展的实施意见",
        2020,
        "江西省人民政府办公厅关",
        id="jiangxi-info-table",
    ),
    pytest.param(  # lishui 2023: key and value of the info table on separate lines
        "丽水市人民政府关于下达安置任务的通知\n| 当前位置：首页 |\n|\n| 文号 |\n| 丽政发〔2023〕30号 |\n"
        "| 成文日期 |\n| 2023-10-16 |\n丽水市人民政府关于下达安置任务的通知\n发布时间：2023-10-23  08:59\n"
        "莲都区人民政府，市直各单位：\n根据《退役士兵安置条例》，现将任务下达给你们。\n",
        "丽水市人民政府关于下达安置任务的通知",
        2023,
        "丽水市人民政府关于下达",
        id="lishui-field-on-two-lines",
    ),
    pytest.param(  # shaanxi 2026: a breadcrumb one entry per line, the title repeated below it
        "分享:\n陕西省2026年政府工作报告\n首页\n>\n政府信息公开\n>\n政府工作报告\n>\n省政府工作报告\n"
        "陕西省2026年政府工作报告\n各位代表：\n现在，我代表省人民政府向大会报告工作。\n",
        "陕西省2026年政府工作报告",
        2026,
        "陕西省2026年政府工作",
        id="shaanxi-breadcrumb",
    ),
    pytest.param(  # yunnan 2026: the column's name alone above the title is not its first half
        "您的位置:\n首页\n>\n云南要闻\n云南要闻\n2026年政府工作报告\n来源：云南日报\n"
        "各位代表：\n现在，我代表省人民政府向大会报告工作。\n",
        "2026年政府工作报告",
        2026,
        "2026年政府工作报告\n来源",
        id="yunnan-column-above",
    ),
    pytest.param(  # lishuishi-chuantongcunluobaohutiaoli-2019: a markdown regulation
        "# 丽水市传统村落保护条例\n\n2019年5月28日 丽水市第四届人民代表大会常务委员会第十六次会议通过\n\n"
        "2019年8月1日 浙江省第十三届人民代表大会常务委员会第十三次会议批准\n\n<!-- INFO END -->\n\n"
        "## 第一章  总则\n\n第一条 为了加强传统村落保护，制定本条例。\n",
        "丽水市传统村落保护条例",
        2019,
        "# 丽水市传统村落保护",
        id="markdown-regulation",
    ),
    pytest.param(  # jiningshi-yangquanguanlitiaoli-2019: adopted in 2018, approved in 2019
        "# 济宁市养犬管理条例\n\n2018年12月27日 济宁市第十七届人民代表大会常务委员会第十二次会议通过\n\n"
        "2019年3月29日 山东省第十三届人民代表大会常务委员会第十一次会议批准\n\n<!-- INFO END -->\n\n"
        "第一条 为了规范养犬行为，制定本条例。\n",
        "济宁市养犬管理条例",
        2018,
        "# 济宁市养犬管理条例\n",
        id="regulation-adopted-not-approved",
    ),
    pytest.param(  # guojiaanquanbu-gongminjubaoweihaiguojia-2022: promulgated, not adopted
        "# 公民举报危害国家安全行为奖励办法\n\n2022年6月6日 中华人民共和国国家安全部令第2号公布\n\n"
        "<!-- INFO END -->\n\n## 第一章 总 则\n\n第一条 为了鼓励公民举报危害国家安全行为，制定本办法。\n",
        "公民举报危害国家安全行为奖励办法",
        2022,
        "# 公民举报危害国家安全行",
        id="regulation-promulgated",
    ),
    pytest.param(  # guizhou-changshun 2017: a dated bullet is not the first half of a title
        "我省对打赢深度贫困地区脱贫攻坚战的要求\n第二 我省对打赢深度贫困地区脱贫攻坚战的要求\n"
        "·2016年9月20日（省委、省政府确定极贫乡镇）\n"
        "省委办公厅 省政府办公厅关于印发《贵州省极贫乡（镇）定点包干脱贫攻坚工作方案》（黔委厅字〔2016〕60号）\n"
        "黔南州：长顺县代化镇、平塘县大塘镇\n",
        "我省对打赢深度贫困地区脱贫攻坚战的要求",
        None,
        "我省对打赢深度贫困地区",
        id="guizhou-bullet",
    ),
    pytest.param(  # jinan-kunpeng-shengteng-fuwu-ziyuan-banfa-2021: a cover letter with no title
        # line; the document it sends is named in 《》 over three wrapped lines
        "各区县（功能区）工信部门，各有关单位：\n《济南“鲲鹏+昇腾”生态创新中心、华为（济南）软件开\n"
        "发云创新中心、华为（济南）人工智能创新中心服务资源供给\n办法（V1.0）》已经中共济南市工业和"
        "信息化局党组 2021 年第\n5 次会议审议通过，现印发给你们，请认真贯彻执行。\n济南市工业和信息化局\n2021 年 3 月 9 日\n",
        "济南“鲲鹏+昇腾”生态创新中心、华为（济南）软件开发云创新中心、华为（济南）人工智能创新中心"
        "服务资源供给办法（V1.0）",
        2021,
        "各区县",
        id="jinan-cover-letter",
    ),
    pytest.param(  # the same letter naming a document that is not one (no genre word): no title
        "各区县（功能区）工信部门，各有关单位：\n《2021年第一批名单》已经局党组会议审议通过，"
        "现印发给你们，请认真贯彻执行。\n",
        None,
        None,
        "各区县",
        id="cover-letter-no-genre",
    ),
    pytest.param(  # a 《》 name in the opening sentence of a plan that is not a cover letter
        "为贯彻落实《山东省数字经济发展规划》，现印发给你们以下工作要点。\n",
        None,
        None,
        "为贯彻落实",
        id="not-a-cover-letter",
    ),
]

COVER_LINES = [
    pytest.param(  # putuo-planning-resources-bureau-2024-final-accounts.pdf: a cover in three lines
        "上海市普陀区规划和自然\n资源局\n2024年度部门决算\n目 录\n第一部分 上海市普陀区规划和自然资源局概况\n",
        "上海市普陀区规划和自然资源局2024年度部门决算",
        2024,
        id="cover-three-lines",
    ),
    pytest.param(  # the same cover in pdfplumber's text: a page break inside the last line
        "中共上海市普陀区委\n社会工作部 2024 年度\n部门决算\f目 录\n第一部分 中共上海市普陀区委社会工作部概况\n",
        "中共上海市普陀区委社会工作部 2024 年度部门决算",
        2024,
        id="cover-with-page-break",
    ),
]
