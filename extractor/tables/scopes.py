"""How a plan names the areas or units it is organised by (对口帮扶 partner counties etc.)."""

from __future__ import annotations

# Administrative suffixes of a place name, longest first (自治旗 before 旗).
PLACE_SUFFIXES: tuple[str, ...] = (
    "自治旗",
    "自治县",
    "自治州",
    "自治区",
    "街道",
    "县",
    "旗",
    "市",
    "州",
    "盟",
    "区",
    "镇",
    "乡",
)

# What follows a place name at the head of a scope section: 称多县基本情况和扶贫任务.
SCOPE_HEADING_TAIL = r"(?:基本情况|扶贫|帮扶|对口|协作|工作|任务|项目|部分|的|、|和|及|$)"

# Words that look like a place but are the writer's own area or a generic reference.
NOT_SCOPE_PREFIXES: tuple[str, ...] = (
    "我",
    "全",
    "本",
    "各",
    "该",
    "此",
    "对口",
    "贫困",
    "其他",
    "结对",
    "在",  # 第X条 在城市… / 在乡、镇… (xuchangshi and taheshi 城乡规划条例): a clause, not a place
)

# Words no place name holds: a 条例's article that opens with its subject, not a place:
# 第十条 省和片区所在地设区的市人民政府有关部门…; 第四十一条 省人民政府和青岛市、烟台市人民政府…
# (shandong-zhongguoziyoumaoyishiyan-2020).
NOT_IN_PLACE: tuple[str, ...] = ("政府", "所在地")

# Kinds of zone written with 区 that are not places: "第二十二条 核心保护区的保护应当遵守下列
# 规定" and "第二十四条 风貌协调区的保护…" (xinyangshi-chuantongcunluobaohutiaoli-2016) are
# sections about zones of every village, not about two places. Named places keep their 区:
# 石景山区, 雄安新区, 阿里地区, and a 社区 may well be a scope.
NOT_PLACE_ENDINGS: tuple[str, ...] = (
    "保护区",
    "协调区",
    "控制区",
    "缓冲区",
    "核心区",
    "实验区",
    "试验区",
    "功能区",
    "示范区",
    "景区",
    "园区",
    "片区",
    "辖区",
    "库区",
    "责任区",  # 环境卫生责任区的… (sanmenxiashi 城市环境卫生管理条例 2019)
)
# Not here, though they are kinds of area too: 山区 and 城区 end 石景山区 and 东城区.

# Words that introduce a list member and are not part of the name: 其中称多县…
LIST_LEADS = r"(?:其中|以及|及|和|与|另有|包括)"

# A short form drops the suffix when this many characters are left (称多县 -> 称多).
MIN_SHORT_FORM = 2
