"""How a plan may end without a full stop, as data: the issuing office's signature and an
attachment's own title. ``checks/structure.check_truncated`` passes a body whose last line is
one of these (a body that ends on an office's name has ended, not been cut).

Patterns run on the last line of the body (``regex.fullmatch``, spaces stripped).
"""

from __future__ import annotations

from extractor.tables.agencies import AGENCY_SUFFIXES

SIGNATURE_MAX = 30  # longest office name written as a signature line

# A signature: an office's name alone on the last line, ending with an office's word.
# "省市场监管局法规处" (jiangxi-bodyonly-art-14208-1503750-2020, above its date);
# "肺炎疫情防控工作领导小组" (jiangxi-shengshichangjianguanju…-2020, a signature on two lines).
# Not a clause cut after an office's name ("…并报送市扶贫办", "请各县区扶贫办"): no comma, 的,
# or the verbs and prepositions that put an office inside a sentence.
SIGNATURE_LINE = (
    r"(?!.*[，,、的要请将于对按由向报送])[\p{Han}（）()]{2,"
    + str(SIGNATURE_MAX)
    + r"}(?:"
    + "|".join(
        sorted(set(AGENCY_SUFFIXES) | {"领导小组", "指挥部", "人民政府"}, key=len, reverse=True)
    )
    + r")"
)

# The date under a signature: "2020年3月9日", "二〇二〇年三月九日".
DATE_LINE = (
    r"(?:\d{4}|[〇○零一二三四五六七八九]{4})年\d{1,2}月\d{1,2}日"
    r"|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日"
)

# How an attachment is listed before the attachment itself: "附件：“助力餐饮复工”系列公益直播江西站
# 直播间二维码" (jiangxi-shengshichangjianguanju…-2020), "附件1：…", "附件：1.…". A last line that
# repeats a title listed so is the attachment's own title (its body an image or a form).
ATTACHMENT_LIST_PREFIX = r"附\s*件\s*\d{0,2}\s*[:：]?\s*(?:\d{1,2}\s*[.、．]\s*)?"
