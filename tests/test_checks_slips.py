"""Slips that are not arithmetic: ``stale_year`` and ``placeholder``.

Sentences from real documents (named), the same sentences with their year or a name replaced
(planted, as a template copied from last year would leave them), and real sentences that name
other years or use the letters a template uses on purpose (negatives, at least as many).
"""

from __future__ import annotations

import pytest

from extractor import extract_text
from extractor.model import Check
from tests.shared_docs import shared_text

PLANNING_2024 = "corpus/pdf/putuo-planning-resources-bureau-2024-final-accounts.pdfplumber.txt"
# Small documents of each genre around one line (a title as the genre writes it, two headings).
_TAIL = "\n二、机构设置\n本部门无下属单位。\n"
FINAL_ACCOUNTS = (
    "上海市普陀区规划和自然资源局2024年度部门决算\n第一部分 概况\n一、主要职能\n{}" + _TAIL
)
BUDGET = "上海市普陀区2026年区级部门预算\n一、主要职能\n{}" + _TAIL
PLAN = "石景山区2018年精准扶贫工作计划\n一、工作目标\n{}\n二、工作措施\n（一）开展教育帮扶。\n"
REPORT = "2025年甘肃省政府工作报告\n{}\n过去一年，我们做了大量工作。\n二、2025年工作安排\n做好。\n"


def _flags(text: str, rule: str) -> list[Check]:
    return [c for c in extract_text(text).checks if c.rule == rule and c.status != "pass"]


# (template, line, the year mentions that must be flagged)
STALE = [
    # putuo planning bureau 2024 决算:
    # “上海市普陀区规划和自然资源局 2024 年度收入支出总计9859.38 万元。”
    pytest.param(
        FINAL_ACCOUNTS,
        "上海市普陀区规划和自然资源局 2023 年度收入支出总计9859.38 万元。",
        1,
        id="own-figures-after-issuer",
    ),
    # ibid.: “截至2024年12月31日，上海市普陀区规划和自然资源局部门（单位）共有车辆0辆”
    pytest.param(
        FINAL_ACCOUNTS,
        "截至2023年12月31日，上海市普陀区规划和自然资源局部门（单位）共有车辆0辆。",
        1,
        id="year-end-date",
    ),
    # ibid.: “第三部分 上海市普陀区规划和自然资源局2024年度部门决算”
    pytest.param(
        FINAL_ACCOUNTS,
        "第三部分 上海市普陀区规划和自然资源局2023年度部门决算情况说明",
        1,
        id="heading-repeats-title",
    ),
    # ibid.: “2024年度“三公”经费支出决算数小于预算数的主要原因：严格落实中央八项规定”
    pytest.param(
        FINAL_ACCOUNTS,
        "2023年度“三公”经费支出决算数小于预算数的主要原因：严格落实中央八项规定。",
        1,
        id="sentence-opens-with-year",
    ),
    # ibid.: “2024 年，上海市普陀区规划与自然资源局所属各预算单位开支财政拨款的
    # 公务用车保有量为0辆。”
    pytest.param(
        FINAL_ACCOUNTS,
        "2023 年，上海市普陀区规划与自然资源局所属各预算单位开支财政拨款的公务用车保有量为0辆。",
        1,
        id="year-then-issuer",
    ),
    # 石景山区2018年精准扶贫工作计划 (seed): its title restated as a heading, last year's number
    pytest.param(PLAN, "2017年精准扶贫工作计划", 1, id="plan-heading-repeats-title"),
    # putuo justice bureau 2026 预算, as published: its budget compared with its own year's
    # (“财政拨款收入9628.22万元，比2026年预算增加793.14万元”, “与2026年预算持平”)
    pytest.param(
        BUDGET,
        "2026年，上海市普陀区司法局收入预算9628.22万元，其中：财政拨款收入9628.22万元，"
        "比2026年预算增加793.14万元。",
        1,
        id="budget-compared-with-itself",
    ),
    pytest.param(
        BUDGET, "政府性基金拨款支出预算0万元，与2026年预算持平。", 1, id="level-with-itself"
    ),
    # ibid., the 人民调解 project: “五、实施周期 / 2025年1月1日-2025年12月31日”
    pytest.param(
        BUDGET, "五、实施周期\n2025年1月1日-2025年12月31日\n", 1, id="project-ends-before"
    ),
]
NOT_STALE = [
    # putuo planning bureau 2024 决算
    pytest.param(
        FINAL_ACCOUNTS,
        "上海市普陀区规划和自然资源局 2024 年度收入支出总计9859.38 万元。"
        "与 2023 年度相比，收入支出总计增加 1062.85万元，增长 12.08%。",
        id="compared-with-2023",
    ),
    pytest.param(
        FINAL_ACCOUNTS,
        "机关运行经费支出142.80万元，比2023年度减少13.52万元，下降8.65%。",
        id="less-than-2023",
    ),
    # putuo party social work department 2024 决算
    pytest.param(
        FINAL_ACCOUNTS,
        "机关运行经费支出10.23万元，比2023年度增加10.23万元，增长100.00%。主要原因是单位于2024年成立。",
        id="founded-in",
    ),
    # putuo justice bureau 2026 预算: a budget states the year before it
    pytest.param(
        BUDGET,
        "截至2025年8月31日，上海市普陀区司法局共有车辆3辆。",
        id="budget-stands-before-its-year",
    ),
    pytest.param(
        BUDGET,
        "2026年“三公”经费预算数为10.81万元，比2025年预算持平。",
        id="budget-against-last-year",
    ),
    # gansu 2025 政府工作报告: a report reviews the year before
    pytest.param(REPORT, "一、2024年工作回顾", id="review-heading"),
    # a plan names the year before it and its targets
    pytest.param(PLAN, "2017年以来，全区累计投入帮扶资金5000万元。", id="since"),
    pytest.param(PLAN, "到2020年，实现贫困人口全部脱贫。", id="target"),
    pytest.param(PLAN, "2017年，石景山区投入帮扶资金5000万元。", id="plan-reviews-last-year"),
    pytest.param(
        FINAL_ACCOUNTS, "根据《2023年度部门决算编报办法》，编制本决算。", id="quoted-document"
    ),
    pytest.param(FINAL_ACCOUNTS, "2023年12月，本部门完成机构改革，增加编制5名。", id="a-date"),
    pytest.param(FINAL_ACCOUNTS, "2023年度部门决算与2024年度对比表", id="comparison-table"),
    # a 决算 holds its year to that year's budget; a budget's project runs in its year or on
    pytest.param(
        FINAL_ACCOUNTS,
        "一般公共预算财政拨款支出决算比2024年预算减少13.52万元。",
        id="final-vs-budget",
    ),
    pytest.param(
        BUDGET, "2026年预算安排2170.39万元，比2025年预算执行数增加0.97%。", id="budget-vs-last-year"
    ),
    pytest.param(BUDGET, "五、实施周期\n2026年1月1日-2026年12月31日\n", id="project-in-its-year"),
    pytest.param(BUDGET, "实施周期：2025年1月1日-2027年12月31日。", id="project-runs-on"),
    pytest.param(
        FINAL_ACCOUNTS, "实施周期：2023年1月1日-2023年12月31日。", id="a-final-account-looks-back"
    ),
]


@pytest.mark.parametrize(("template", "line", "count"), STALE)
def test_stale_year(template: str, line: str, count: int) -> None:
    flags = _flags(template.format(line), "stale_year")
    assert len(flags) == count
    assert all(c.status == "warn" and c.expected != c.actual for c in flags)


@pytest.mark.parametrize(("template", "line"), NOT_STALE)
def test_not_stale_year(template: str, line: str) -> None:
    doc = extract_text(template.format(line))
    assert [c.status for c in doc.checks if c.rule == "stale_year"] == ["pass"]


def test_stale_year_needs_the_title_to_name_one_year() -> None:
    """A period (行动方案（2021—2023年）) names several years; no title, no year to hold."""
    text = "山东省服务业数字化转型行动方案（2021—2023年）\n一、目标\n2022年行动方案\n"
    assert [c for c in extract_text(text).checks if c.rule == "stale_year"] == []


def _plant(relative: str, old: str, new: str, nth: int = 0) -> tuple[str, int]:
    """``relative``'s text with the ``nth`` ``old`` replaced by ``new``, and where."""
    text = shared_text(relative)
    at = -1
    for _ in range(nth + 1):
        at = text.index(old, at + 1)
    return text[:at] + new + text[at + len(old) :], at


def test_real_final_accounts_are_clean_of_stale_years() -> None:
    assert _flags(shared_text(PLANNING_2024), "stale_year") == []


@pytest.mark.parametrize(
    ("old", "new", "nth"),
    [
        pytest.param(
            "自然资源局 2024 年度收入支出总计",
            "自然资源局 2023 年度收入支出总计",
            0,
            id="own-total",
        ),
        pytest.param("截至 2024 年 12 月 31 日", "截至 2023 年 12 月 31 日", 0, id="year-end"),
        pytest.param(
            "第三部分 上海市普陀区规划和自然资源局 2024 年度部门决算",
            "第三部分 上海市普陀区规划和自然资源局 2023 年度部门决算",
            0,
            id="contents-line",
        ),
        pytest.param(
            "2024 年度“三公”经费财政拨款支出决算数",
            "2023 年度“三公”经费财政拨款支出决算数",
            0,
            id="sentence-start",
        ),
    ],
)
def test_planted_stale_year_in_real_final_accounts(old: str, new: str, nth: int) -> None:
    """putuo planning bureau 2024 决算 with one of its own years set back to 2023: exactly one
    warning, at the planted year."""
    text, at = _plant(PLANNING_2024, old, new, nth)
    flags = _flags(text, "stale_year")
    assert len(flags) == 1
    span = flags[0].spans[0]
    assert span.start <= at + new.index("2023") < span.end
    assert (flags[0].expected, flags[0].actual) == ("2024", "2023")


def test_a_cover_set_back_a_year_is_the_stale_one() -> None:
    """putuo planning bureau 2024 决算 with its cover reading “2023 年度部门决算”: its headings
    (“第二部分 上海市普陀区规划和自然资源局 2024 年度部门决算”, “第三部分 …”) and its
    “截至 2024 年 12 月 31 日” all name 2024, so one warning points at the cover's year."""
    text, at = _plant(PLANNING_2024, "资源局\n2024 年度部门决算", "资源局\n2023 年度部门决算")
    flags = _flags(text, "stale_year")
    assert len(flags) == 1
    year = at + len("资源局\n")
    assert (flags[0].spans[0].start, flags[0].spans[0].end) == (year, year + 4)
    assert (flags[0].expected, flags[0].actual) == ("2024", "2023")
    assert flags[0].message.startswith("the title names 2023")
    assert len(flags[0].spans) >= 1 + 2


@pytest.mark.parametrize(
    ("plants", "flagged"),
    [
        # two frames set back, the cover and four more frames at 2024: the frames are stale
        pytest.param(
            [
                (
                    "第三部分 上海市普陀区规划和自然资源局 2024",
                    "第三部分 上海市普陀区规划和自然资源局 2023",
                ),
                ("截至 2024 年 12 月 31 日", "截至 2023 年 12 月 31 日"),
            ],
            2,
            id="frames-outnumbered",
        ),
        # the cover against frames that name two other years: no one year to hold it to
        pytest.param(
            [
                ("资源局\n2024 年度部门决算", "资源局\n2022 年度部门决算"),
                (
                    "第三部分 上海市普陀区规划和自然资源局 2024",
                    "第三部分 上海市普陀区规划和自然资源局 2023",
                ),
            ],
            None,
            id="several-years",
        ),
    ],
)
def test_the_title_is_not_blamed_when_the_frames_disagree_less(
    plants: list[tuple[str, str]], flagged: int | None
) -> None:
    text = shared_text(PLANNING_2024)
    for old, new in plants:
        at = text.index(old)
        text = text[:at] + new + text[at + len(old) :]
    flags = _flags(text, "stale_year")
    assert not any(c.message.startswith("the title names") for c in flags)
    if flagged is not None:
        assert len(flags) == flagged


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # a comparison with an earlier year stays a comparison
        pytest.param(
            "与 2023 年度相比，收入支出总计", "与 2022 年度相比，收入支出总计", id="compared"
        ),
        pytest.param("比 2023 年度减少 13.52 万", "比 2022 年度减少 13.52 万", id="less-than"),
    ],
)
def test_planted_comparisons_are_not_stale(old: str, new: str) -> None:
    text, _ = _plant(PLANNING_2024, old, new)
    assert _flags(text, "stale_year") == []


# ---- placeholder ------------------------------------------------------------------------------

PLACEHOLDERS = [
    # putuo planning bureau 2024 决算, as published: the template's choice left in
    pytest.param(
        "2024年度“三公”经费财政拨款支出决算数比2023年度减少 0.15 万元，下降（增长）27.78%。",
        "下降（增长）",
        id="both-wordings",
    ),
    # the same document with its name, an amount, a date left as the template had them
    pytest.param("XX局 2024 年度收入支出总计9859.38 万元。", "XX局", id="agency"),
    pytest.param("上海市普陀区规划和自然资源局 2024 年度收入支出总计X万元。", "X万元", id="amount"),
    pytest.param("截至XXXX年12月31日，本部门共有车辆0辆。", "XXXX年", id="year"),
    pytest.param("××同志负责本部门决算编制工作。", "××", id="crosses"),
    pytest.param("纳入□□局2024年度部门决算编制范围的单位包括本级。", "□□", id="boxes"),
    pytest.param("编制单位：（单位名称）。", "（单位名称）", id="field"),
    pytest.param("本部门共有车辆（请填写数量）辆。", "（请填写数量）", id="instruction"),
    pytest.param("比上年增长XX%，主要原因是项目增加。", "XX%", id="rate"),
    pytest.param("编制单位：XX县XX局", "XX县|XX局", id="after-a-colon"),
    pytest.param("1.XX局负责本部门决算编制。", "XX局", id="after-a-number"),
    # putuo party social work department 2024 决算, as published, under two empty tables
    pytest.param(
        "无政府性基金预算财政拨款收入支出的，仍保留该表格式，并在本表下方作下述说明：",
        "仍保留该表格式",
        id="instruction-left-in",
    ),
    # the 编制范围 table of putuo party social work dept 2024 决算 with the unit's name blanked:
    # “2 | 上海市普陀区社会工作发展服务中心” (the peer's planted-error copy has an XX in a name)
    pytest.param("2 | 上海市普陀区XX服务中心 |", "XX", id="name-head"),
    pytest.param("由XX发展有限公司中标，采购金额21.07万元。", "XX", id="company"),
    pytest.param("纳入上海市XX管理所2024年度部门决算编制范围。", "XX", id="office"),
    # putuo party social work dept 2024 决算: “政府采购金额（以合同签订为准）为21.07万元”, the
    # amount left as the template's decimal blank
    pytest.param("政府采购金额（以合同签订为准）为XX.XX万元。", "XX.XX万元", id="decimal-amount"),
    pytest.param("比上年增长X.X%。", "X.X%", id="decimal-rate"),
]
NOT_PLACEHOLDERS = [
    # 化妆品生产经营监督管理办法 (2021) 第六十五条: a format explained with its letters
    pytest.param(
        "化妆品生产许可证编号的编排方式为：X妆XXXXXXXX。其中，第一位X代表许可部门所在省、自治区、直辖市的简称。",
        id="format",
    ),
    # 2026 政府工作报告 (甘肃, 西藏, …): the name of a national programme
    pytest.param("深入实施“数据要素×”行动，加强公共数据开发利用。", id="programme"),
    # 石景山区2018年精准扶贫工作计划 (seed)
    pytest.param("倡导企业开展“1+x”扶贫,“1”是指企业与贫困村对接开展一项帮扶。", id="one-plus-x"),
    # 天津 2026 政府工作报告: 〇 writes zero
    pytest.param("到二〇三五年基本建成社会主义现代化大都市。", id="zero-in-a-year"),
    pytest.param("开展X射线设备辐射安全检查，配置X光机2台。", id="x-ray"),
    pytest.param("详见www.xx.gov.cn/XXnews，或关注XXG平台。", id="latin"),
    pytest.param("退费金额=(日热费金额×退费比例)×室温不合格天数，3×4米。", id="times"),
    pytest.param(
        "当事人的姓名（名称）、住所和联系方式，申请人姓名（单位名称）。", id="law-wording"
    ),
    pytest.param("收入支出总计比上年增加（减少）额，见表1。", id="header-words"),
    pytest.param("填报单位（填报单位盖章），填表人（填写说明见表后）。", id="form-labels"),
    # 云南 2026 政府工作报告 / 浙江 2026 政府工作报告: X in a programme's name, then 项目 or 规划
    pytest.param(
        "进一步深化国资国企改革，构建省属企业“1+N+X”规划体系，提高资产配置效率。", id="1+N+X"
    ),
    pytest.param(
        "部署实施“双尖双领+X”项目400项以上，取得重大科技成果100项以上。", id="plus-x-project"
    ),
    # 海南 2026 政府工作报告: a letter grade, not a blank
    pytest.param("海口综保区进入全国A类综保区行列，V类水体全面消除。", id="letter-grade"),
    pytest.param("2024年度部门决算于二〇二五年九月公开，〇〇二号文件同步发布。", id="zeros"),
    # the note the template asks for, which the planning bureau's 决算 printed alone
    pytest.param(
        "说明：本部门本年度没有政府性基金预算财政拨款收入和支出，故本表无数据。", id="own-note"
    ),
    pytest.param("本表格式按财政部统一要求编制，保留该表。", id="format-named"),
    # XX as a Roman numeral or a genetics term, before a name's tail
    pytest.param("始建于XX世纪初的老城区。", id="century"),
    pytest.param("承办第XX届运动会。", id="edition"),
    pytest.param("XX染色体检测所开展筛查。", id="chromosome"),
    # a version number and a link with letters and points, no unit after
    pytest.param("管理系统升级至X.X版本。", id="version"),
    pytest.param("详见www.XX.XX万元.cn网站。", id="link-with-points"),
]


@pytest.mark.parametrize(("line", "blank"), PLACEHOLDERS)
def test_placeholder(line: str, blank: str) -> None:
    text = FINAL_ACCOUNTS.format(line)
    flags = _flags(text, "placeholder")
    assert [text[c.spans[0].start : c.spans[0].end] for c in flags] == blank.split("|")


@pytest.mark.parametrize("line", NOT_PLACEHOLDERS)
def test_not_placeholder(line: str) -> None:
    doc = extract_text(FINAL_ACCOUNTS.format(line))
    assert [c.status for c in doc.checks if c.rule == "placeholder"] == ["pass"]


def test_a_form_in_an_annex_is_all_blanks() -> None:
    text = (
        "某县2020年工作计划\n一、目标\n做好申报。\n附件\n（一）单位：XX县XX局\n（二）金额：X万元\n"
    )
    assert _flags(text, "placeholder") == []


def test_real_final_accounts_left_one_choice_in() -> None:
    """putuo planning bureau 2024 决算: “下降（增长）27.78%” is its only template text."""
    text = shared_text(PLANNING_2024)
    flags = _flags(text, "placeholder")
    assert [text[c.spans[0].start : c.spans[0].end] for c in flags] == ["下降（增长）"]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        pytest.param(
            "上海市普陀区规划和自然资源局 2024 年度收入支出总计",
            "XX局 2024 年度收入支出总计",
            id="unit-name",
        ),
        pytest.param("9859.38 万元。与 2023", "X 万元。与 2023", id="amount"),
    ],
)
def test_planted_placeholder_in_real_final_accounts(old: str, new: str) -> None:
    text, at = _plant(PLANNING_2024, old, new)
    flags = [c for c in _flags(text, "placeholder") if c.actual != "下降（增长）"]
    assert len(flags) == 1
    assert flags[0].spans[0].start == at + new.index("X")


# ---- the tables are well formed ---------------------------------------------------------------


def _word_tables() -> dict[str, tuple[str, ...]]:
    from extractor.tables import placeholders, stale_year

    return {
        f"{mod.__name__}.{name}": value
        for mod in (placeholders, stale_year)
        for name, value in vars(mod).items()
        if name.isupper() and isinstance(value, tuple) and all(isinstance(v, str) for v in value)
    }


@pytest.mark.parametrize("name", sorted(_word_tables()))
def test_word_table_is_well_formed(name: str) -> None:
    entries = _word_tables()[name]
    assert entries
    assert all(e and e.strip() == e for e in entries), name
    assert len(entries) == len(set(entries)), f"{name} has duplicates"


def test_pattern_tables_are_well_formed() -> None:
    import regex

    from extractor.tables import placeholders, stale_year

    assert regex.compile(stale_year.YEAR_END).fullmatch("截至2024年12月31日")
    pairs = placeholders.DIRECTION_PAIRS
    assert all(len(p) == 2 and p[0] != p[1] for p in pairs)
    assert len(set(pairs)) == len(pairs)
