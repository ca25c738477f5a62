"""Year: the year a plan is about, from the sources a document gives, most trusted first.

1. **The title**: ``石景山区2018年精准扶贫工作计划`` -> 2018. A period gives its first year
   (``行动计划（2025—2027年）`` -> 2025). A title that reviews one year and plans another gives
   the year it plans (``2025年工作总结和2026年工作计划`` -> 2026).
2. **The issuing date**: a date standing alone on its line in the body (the document's own
   signature, also where a notice is signed before its attachments), else the signature date
   at the end (``2018年12月30日``), the date of an ``…印发`` line, the info table's 成文日期 or
   a speech's subtitle (``——2026年1月26日在…会议上``). A web page's 成文日期 can be the page's:
   a 省政府令 of 2018 republished in 2020 is signed ``2018年5月9日`` under a table that says
   ``成文日期: 2020-03-11`` (jiangxi-jiangxishengrenminzhengfuguanyufei-2020).
3. **The document number**: ``国办发〔2014〕25号`` -> 2014.
4. **A regulation's adoption**: the first ``…会议通过`` date under its title; failing that, the
   first date it was promulgated, amended or approved (``2022年6月6日 …令第2号公布``).
5. **The top-level headings**, for a text with none of the above: the latest year that opens a
   heading that is no review (a 政府工作报告 without its title: ``一、2018年工作回顾`` …
   ``三、2019年政府工作任务`` -> 2019).
6. **The plan's own deadlines**, for a text with none of the above (a body scraped without its
   title and signature): the earliest year of a ``于2012年10月底前`` / ``2021年6月底前完成``.

The first source that gives a year wins; a document with none of them has no year (None),
never a guess from the other years its text mentions (targets such as ``到2025年``, reviews
such as ``2019年以来``).
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from extractor.line_starts import AtLineStarts
from extractor.tables import boilerplate as t

_CN_DIGIT = {c: str(i) for i, c in enumerate("〇一二三四五六七八九")} | {"零": "0", "○": "0"}
_YEAR = regex.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)|([〇一二三四五六七八九零○]{4})(?=年)")
_PERIOD = regex.compile(r"((?:19|20)\d{2})\s*年?\s*[—–\-~～至到]+\s*(?:(?:19|20)?\d{2})\s*年?")
_REVIEW = regex.compile(r"总结|回顾|完成情况|工作情况")
_DATED = regex.compile(
    r"((?:19|20)\d{2}|[〇一二三四五六七八九零○]{4})\s*年|((?:19|20)\d{2})\s*[-./]\d{1,2}"
)
_DOC_YEAR = regex.compile(r"[〔\[(（【]\s*((?:19|20)\d{2})\s*[〕\])）】]")
_DATE_ALONE = regex.compile(t.DATE_LINE)
# 于2012年10月底前 / 2016年6月底前完成 / 2021年年底前: a deadline the plan sets itself.
_DEADLINE = regex.compile(
    r"(?<!\d)((?:19|20)\d{2})\s*年\s*(?:\d{1,2}\s*月\s*(?:\d{1,2}\s*日)?)?\s*(?:年?底|末|中旬|上旬|下旬)?\s*(?:以)?前"
)
_CN_DATE_ALONE = regex.compile(t.CN_DATE_LINE)
# Either after a newline, unbounded by the line's end: every line that is only a date matches
# it, so _date_line_in jumps to the next such line in one search instead of trying each line.
_MAY_BE_DATE_LINE = regex.compile(rf"\n(?:{t.DATE_LINE}|{t.CN_DATE_LINE})", regex.MULTILINE)
_YEAR_HEADING = AtLineStarts(t.YEAR_HEADING)
_HEADING_REVIEW = regex.compile(t.HEADING_REVIEW)

Meta = tuple[str, int, int]  # (kind, start, end) in normalised offsets

# Metadata kinds that carry the issuing date, in the order they are trusted.
_ISSUING_KINDS = ("date", "issuer", "delivered", "published")


def _as_year(digits: str) -> int | None:
    year = int("".join(_CN_DIGIT.get(c, c) for c in digits))
    return year if 1949 <= year <= 2100 else None


def _years_in(s: str) -> list[int]:
    found = []
    for m in _YEAR.finditer(s):
        year = _as_year(m.group(1) or m.group(2))
        if year is not None:
            found.append(year)
    return found


def title_year(title: str | None) -> int | None:
    """The year a title names.

    >>> title_year("山东省科技创新引领人工智能产业发展行动计划（2025—2027年）")
    2025
    >>> title_year("某县2025年工作总结和2026年工作计划")
    2026
    >>> title_year("关于下达2023年市区退役士兵安置任务的通知")
    2023
    >>> title_year("政府工作报告") is None
    True
    """
    if not title:
        return None
    period = _PERIOD.search(title)
    if period is not None:
        return _as_year(period.group(1))
    years = _years_in(title)
    if not years:
        return None
    if len(set(years)) > 1 and _REVIEW.search(title):
        return max(years)
    return years[0]


def _dated(s: str) -> int | None:
    m = _DATED.search(s)
    return None if m is None else _as_year(m.group(1) or m.group(2))


def find_year(
    title: str | None, text: str, meta: Sequence[Meta], body: tuple[int, int]
) -> int | None:
    """The plan year by the sources of the module docstring, or None."""
    year = title_year(title)
    if year is not None:
        return year
    if (year := _date_line_in(text, *body)) is not None:
        return year  # the document's own signature date, before a web page's 成文日期
    for kind in _ISSUING_KINDS:
        for k, a, b in meta:
            if k == kind and (year := _dated(text[a:b])) is not None:
                return year
    for k, a, b in meta:
        if k == "doc_number" and (m := _DOC_YEAR.search(text, a, b)) is not None:
            return _as_year(m.group(1))
    for kinds in (("adopted",), ("promulgated", "amended", "approved")):
        for k, a, b in meta:
            if k in kinds and (year := _dated(text[a:b])) is not None:
                return year
    if (year := _heading_year(text, *body)) is not None:
        return year
    deadlines = [_as_year(m.group(1)) for m in _DEADLINE.finditer(text, *body)]
    return min((y for y in deadlines if y is not None), default=None)


def _heading_year(text: str, start: int, end: int) -> int | None:
    """The latest year opening a top-level heading of ``text[start:end]`` that reviews
    nothing, or None."""
    years = []
    for m in _YEAR_HEADING.finditer(text, start, end):
        line_end = text.find("\n", m.end(), end)
        if not _HEADING_REVIEW.search(text, m.end(), end if line_end < 0 else line_end):
            years.append(int(m.group(1)))
    return max(years, default=None)


def _date_line_in(text: str, start: int, end: int) -> int | None:
    """The year of the first line in ``text[start:end]`` that is only a date."""
    pos = start
    while pos < end:
        stop = text.find("\n", pos, end)
        stop = end if stop < 0 else stop
        if stop - pos <= 24 and (
            _DATE_ALONE.match(text, pos, stop) or _CN_DATE_ALONE.match(text, pos, stop)
        ):
            return _dated(text[pos:stop])
        m = _MAY_BE_DATE_LINE.search(text, stop, end)
        if m is None:
            return None
        pos = m.start() + 1
    return None
