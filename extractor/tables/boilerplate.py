"""What a web page or an issuing office puts around a plan, as data.

Patterns run on the NFKC view, one line at a time (``regex``, anchored with
``match`` unless they start with ``.*``).
"""

from __future__ import annotations

# A line matching one of these starts the site's tail: the plan has ended before it.
SITE_TAIL_LINES: tuple[str, ...] = (
    r"本文链接",  # 本文链接:https://…
    r"本文\s*\d{4}-\d{2}-\d{2}.*发表",  # 本文2018-06-14 16:15:59发表“工作计划”栏目。
    r"(?:发布|发表)(?:时间|日期)?\s*[::]\s*\d{4}",  # 发布时间:2018-06-14
    r"(?:上一篇|下一篇|上一条|下一条)\s*[::]?",  # neighbouring articles
    # link lists; 相关报道：(hebei-zhengfu-gongzuo-baogao-2026), 相关解读：解读《…》(jiangxi 2020)
    r"(?:相关(?:文章|阅读|推荐|链接|新闻|报道|解读)|推荐阅读|猜你喜欢|热门(?:文章|推荐))",
    r"(?:版权所有|Copyright|©|\(c\)\s*\d{4})",  # copyright lines
    # article credits; "（来源：青海日报）" / "编辑：何继红" (qinghai-zhengfu-gongzuo-baogao-2026),
    # "稿源：省消保委秘书处" / "通讯员：章熊" (jiangxi-bodyonly-art-18825-1496018-2020)
    r"[(（]?(?:(?:责任)?编辑|来源|作者|稿源|通讯员)\s*[::]",
    r"(?:扫一扫|打印本页|关闭窗口|【打印】|【关闭】|分享到)",  # page furniture
    r"本作品是中华人民共和国的",  # wikisource licence footer
    r"Public domain",  # wikisource licence footer
    r"-\s.*\.(?:docx?|pdf|wps)(?:\s|$)",  # "- 某某发言(02-19).docx": a list of site downloads
    # a download link: "丽水市人民政府关于下达…安置任务的通知 (1).pdf" (lishui 2023)
    r".{0,120}\.(?:pdf|docx?|wps|xlsx?|zip|rar|ofd)\s*$",
    r"(?:语言播报|语音播报|无障碍浏览)",  # page furniture
    r"[》>]{2}\s*点击.{0,6}进入",  # a link's arrows: "》》点击图片进入专题《《" (yunnan 2026)
)

# A line that is only a page number (left in text copied from a PDF): "— 5 —", "- 5 -", "第5页".
PAGE_NUMBER_LINE = (
    r"\s*(?:[—–-]+\s*\d{1,4}\s*[—–-]+"  # — 5 —
    r"|第\s*\d{1,4}\s*页(?:\s*共\s*\d{1,4}\s*页)?"  # 第5页 共10页
    r"|\d{1,4}\s*/\s*\d{1,4})\s*$"  # 5/10
)

# A line matching one of these at the top is site furniture, not the plan.
SITE_HEAD_LINES: tuple[str, ...] = (
    r"(?:首页|当前位置|您的位置|网站导航)\s*[>::»|｜›/]",  # 当前位置:首页 > 政务公开
    r"(?:[^|｜\n]{1,10}\s*[|｜]\s*){3,}",  # 首页 | 政务公开 | 政策文件 | …: a navigation bar
    r"(?:字号|字体)\s*[::]?\s*[大中小]",  # 字号:大 中 小
    r"(?:发布|发表|更新|成文)(?:时间|日期)\s*[::]",  # 发布时间:2021-03-18 10:24
    r"(?:浏览|阅读|点击|访问)(?:次数|量|数)\s*[::]",  # 浏览次数:1536
    r"(?:信息)?来源\s*[::]",  # 来源:县乡村振兴局 (under a page's title)
    r"时间\s*[::]\s*\d{4}",  # 时间：2026-02-02 (the 2026 政府工作报告 pages)
    r"<!--.*-->\s*$",  # <!-- INFO END --> (LawRefBook markdown)
    r".*(?:https?://|www\.|\.s?html?\b|/col/)",  # a line of links: "政务公开/col/col12…/index.html"
    r"\s*[|｜]",  # a row of the page's info table: "| 索  引  号: 014500815/2020-01559 |"
    r".{0,60}(?:记者|通讯员|摄影)\s*\S{1,8}\s*摄\s*$",  # a photo's credit: "…记者 李森 摄"
)

# A line holding only one of these separates the entries of a breadcrumb written one per line
# (shaanxi 2026: "首页" / ">" / "政府信息公开" / ">" / …); its neighbours are furniture.
BREADCRUMB_SEPARATORS: tuple[str, ...] = (">", "»", "›", ">>", "/", "|", "｜")

# Words of a page's tool bar, one or a few to a line: 下载 / 打印 / 全屏 / 收藏 / 【字号：加大 还原
# 减小】 (the 2026 政府工作报告 pages). A line made only of these (and brackets) is furniture.
PAGE_TOOL_WORDS: tuple[str, ...] = (
    "扫一扫在手机打开当前页",
    "打印本页",
    "关闭窗口",
    "语言播报",
    "语音播报",
    "分享到",
    "下载",
    "打印",
    "全屏",
    "收藏",
    "分享",
    "关闭",
    "字号",
    "加大",
    "还原",
    "减小",
    "默认",
    "大",
    "中",
    "小",
)

# Fields of a page's info table, "key: value" on one line or the key and its value on two
# (jiangxi 2020: "| 文      号: 赣府厅发〔2020〕6号 |";
#  lishui 2023: "| 文号 |" then "| 丽政发〔2023〕30号 |").
# key (spaces removed) -> the metadata kind its value is.
META_FIELDS: dict[str, str] = {
    "文号": "doc_number",
    "发文字号": "doc_number",
    "成文日期": "date",
    "发文日期": "date",
    "印发日期": "date",
    "发布日期": "published",
    "发布时间": "published",
    "发文机关": "issuer",
    "发布机构": "issuer",
}

# A subtitle under a speech's or report's title, with the day it was given:
# "——2026年1月26日在河北省第十四届人民代表大会第四次会议上".
# Also "――2026年1月27日在…" (U+2015, qinghai), "（2026年1月27日在…会议上）" (guizhou) and the
# same without a dash (shaanxi).
_SPOKEN_ON = r"(?P<year>\d{4})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*在"
DELIVERY_LINE = (
    rf"\s*(?:(?:[—–―-]{{1,2}}|[(（])\s*{_SPOKEN_ON}"  # ——2026年1月26日在… (may wrap)
    rf"|{_SPOKEN_ON.replace('year', 'y2')}.{{0,40}}(?:会议|大会))"  # 2026年1月27日在…会议上
)

# A regulation's adoption and approval lines under its title (LawRefBook markdown):
# "2019年5月28日 丽水市第四届人民代表大会常务委员会第十六次会议通过".
ADOPTION_LINE = (
    r"\s*[(（]?\s*(?P<year>\d{4})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
    r".{0,80}?(?P<act>通过|批准|公布|发布|修正|修订)"
)
# What each act is as metadata: 通过 adopted, 批准 approved, 公布/发布 promulgated,
# 修正/修订 amended.
ADOPTION_ACTS: dict[str, str] = {
    "通过": "adopted",
    "批准": "approved",
    "公布": "promulgated",
    "发布": "promulgated",
    "修正": "amended",
    "修订": "amended",
}

# A markdown heading mark before a title or a heading: "# 丽水市传统村落保护条例", "## 第一章".
MARKDOWN_HEADING = r"\s*#{1,6}\s+"

# A title shown with the site's column before it: "江西省人民政府 政策文件 江西省人民政府办公厅
# 关于…的实施意见". Words that name a column of a government site, not part of a title.
SITE_COLUMNS: tuple[str, ...] = (
    "政策文件",
    "工作动态",
    "规划计划",
    "通知公告",
    "政务公开",
    "政府信息公开",
    "政策解读",
    "政务动态",
    "部门文件",
    "政府文件",
    "其他文件",
    "规范性文件",
)

# The issuing block at the end of an official document: metadata, not plan content.
ISSUING_LINES: dict[str, str] = {
    "cc": r"抄\s*送\s*[::]",  # 抄送:市委各部门…
    "note": r"[(（]此件(?:公开发布|不公开|发至.*)[)）]",  # (此件公开发布)
    # …办公厅 2019年1月3日印发
    "issuer": r".{2,30}?(?:\d{4}|[〇一二三四五六七八九零]{4})年.{1,3}月.{1,3}日\s*印发",
}

# A line that is only a date (the signature date of a 通知/意见).
DATE_LINE = r"\s*(?:\d{4}|[〇一二三四五六七八九零○]{4})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*$"
CN_DATE_LINE = (
    r"\s*[〇一二三四五六七八九零○]{4}年"  # 二〇一八年
    r"[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日\s*$"  # 六月十四日
)

# A top-level heading that opens with the year its part is about, for a text with no title,
# date or number (the wikisource 政府工作报告: "三、2019年政府工作任务", "二、2019年经济社会发展
# 总体要求和政策取向"; 2011: "三、2011年的工作"). A heading that reviews (HEADING_REVIEW) is not
# counted: "一、2018年工作回顾". Only the year right after the marker: "一、到2025年的目标" is a
# target, "(一)2019年…" a subsection.
YEAR_HEADING = (
    r"(?m)^[\x20\t\u3000]*[一二三四五六七八九十]{1,3}[、.．][\x20\t\u3000]*(?:关于)?"
    r"((?:19|20)\d{2})\s*年(?![度]?以来|底|末|[一二三四五六七八九十\d]{1,2}月)"
)
HEADING_REVIEW = r"总结|回顾|完成情况|工作情况|成效|成就"

# An issuing organ's name standing alone on the line above the date.
ISSUER_LINE = (
    r"\s*\p{Han}{0,30}(?:人民政府|办公厅|办公室|委员会|国务院|局|厅|部|委|办|政府|组|中心)\s*$"
)

# 国办发〔2018〕129号 as a line of its own at the top.
DOC_NUMBER_LINE = r"\s*\p{Han}{1,12}[〔\[(【]\s*\d{4}\s*[〕\])】]\s*\d{1,4}\s*号\s*$"

# 各省、自治区、直辖市人民政府,国务院各部委、各直属机构: — who the document is sent to.
# A cover letter that sends a document on names it in 《》, and where the letter has no title
# line of its own the document it sends is the title: "各区县（功能区）工信部门，各有关单位：" /
# "《济南“鲲鹏+昇腾”生态创新中心…服务资源供给办法（V1.0）》已经…审议通过，现印发给你们"
# (jinan-kunpeng-shengteng-fuwu-ziyuan-banfa-2021); "现将《安顺市市级储备粮管理办法》印发给你们"
# (anshun 2023). Matched on the text with its line breaks removed.
SENT_DOCUMENT = r"(?:现将)?《(?P<title>[^《》。]{4,120})》[^。《》]{0,80}?印发给你们"
SENT_DOCUMENT_WINDOW = 800  # characters after the addressee where the sending sentence stands

ADDRESSEE_LINE = r"\s*(?:各|市|省|区|县).{2,120}[::]\s*$"

# 附件:1.… or 附件1: — the attachment list.
ATTACHMENT_LINE = r"\s*附\s*件\s*\d*\s*[::]?"

# A glossary's title alone on a line (no 附件) ends the body only this near the end: at most this
# share of the text follows it (sichuan 2026 名词解释: 9%, hainan 2026 注释: 7%). A 部门预算's
# 名词解释 part stands between its other parts, with much of the document after it.
LONE_GLOSSARY_MAX_SHARE = 0.2

# Words a plan's title ends with (or contains near its end): the genres this tool reads.
TITLE_GENRES: tuple[str, ...] = (
    "工作计划",
    "计划",
    "实施方案",
    "方案",
    "工作要点",
    "要点",
    "任务分工",
    "分工",
    "意见",
    "通知",
    "办法",
    "措施",
    "规划",
    "报告",
    "决定",
    "纲要",
    "细则",
    "规定",
    "安排",
    "总结",
    "清单",
    "行动",
    "指南",
    "政策",
    "条例",
    "要求",  # 我省对打赢深度贫困地区脱贫攻坚战的要求 (guizhou-changshun 2017)
    "预算",  # 上海市普陀区2026年区级部门预算 (putuo 2026)
    "决算",  # 2024年度部门决算
    "说明",  # 2024年度部门决算情况说明, 编制说明
)

# A title shown with an anonymised place (the site's copy): prefer the other one.
ANONYMISED_TITLE = r"^(?:某|XX|××|xx|\*\*|○○)"

MAX_TITLE_CHARS = 80
