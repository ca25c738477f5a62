"""Placeholders: template text left in a document (``XX局``, ``X万元``, ``××``, ``□□``,
``（单位名称）``, ``增加（减少）0.15万元``).

The grammar is ``tables/placeholders.py``: a blank is read only together with what a template
puts after it, and never next to Latin letters or digits, so ``X射线``, a ``XX`` inside a code or
a link, ``二〇〇〇年`` and ``3×4`` are not blanks. A sentence that explains a format (``编号的编排
方式为：X妆XXXXXXXX``) and an annex (a form to fill in is all blanks) are left alone. Each blank is
a ``warn``; one ``pass`` when the body has none.
"""

from __future__ import annotations

import re

import regex

from extractor.checks.base import make_check as _check
from extractor.checks.text import branch_opening, one_of, opened_matches, sentence, words
from extractor.facts import Analysis
from extractor.model import Check
from extractor.tables import placeholders as T
from extractor.tables.headings import ANNEX_STYLE


def _alternation(options: tuple[str, ...]) -> str:
    return "|".join(regex.escape(o) for o in sorted(options, key=len, reverse=True))


# Not inside a word, a code or a link: www.xx.gov.cn, /XXnews, XXG (a 。 or ： is no part of one)
_NOT_LATIN_BEFORE = r"(?<![A-Za-z0-9_/@\\-])(?<![A-Za-z]\.)"
_NUMERAL = "0-9零一二三四五六七八九十百千〇○"
_PAIRS = [(x, y) for x, y in T.DIRECTION_PAIRS] + [(y, x) for x, y in T.DIRECTION_PAIRS]
_PAIRS_X = tuple(x for x, _ in _PAIRS)
# The blank signs, by the branch of _BLANK that reads them: run alone, or run before a name
_SIGNS_ALONE, _SIGNS_BEFORE_NAME = "×□", "○〇"
if sorted(_SIGNS_ALONE + _SIGNS_BEFORE_NAME) != sorted(T.BLANK_SIGNS):
    raise RuntimeError("each of T.BLANK_SIGNS needs its branch in _BLANK")
_BLANK = regex.compile(
    rf"""
    {_NOT_LATIN_BEFORE}(?:
        [{T.BLANK_LETTERS}]{{2,}}[ ]?(?:{_alternation(T.AFTER_LONG_BLANK)})  # XX局 XX县
      | [{T.BLANK_LETTERS}]{{2,}}(?=[ ]?(?!{_alternation(T.NOT_A_NAME_AFTER)})
        \p{{Han}}{{1,{T.NAME_TAIL_CHARS}}}?(?:{_alternation(T.AFTER_LONG_BLANK)}))   # XX服务中心
      | [{T.BLANK_LETTERS}]+(?:\.[{T.BLANK_LETTERS}]+)?[ ]?
        (?:{_alternation(T.AFTER_ANY_BLANK)})                                # X万元 XX.XX万元
    )
    | (?<![0-9])(?:{"|".join(c + "{2,}" for c in _SIGNS_ALONE)})(?![0-9])       # ×× □□
    | (?<![{_NUMERAL}])(?:{"|".join(c + "{2,}" for c in _SIGNS_BEFORE_NAME)})
      (?:{_alternation(T.AFTER_LONG_BLANK + T.AFTER_ANY_BLANK)})         # ○○局 〇〇县
    | [(（]\s*(?:{_alternation(T.FIELD_NAMES)})\s*[)）]                  # （单位名称）
    | [(（]\s*(?:{_alternation(T.FIELD_VERBS)})[^()（）\n]{{0,16}}[)）]  # （请填写…）
    | (?P<instruction>{_alternation(T.INSTRUCTIONS)})                    # 仍保留该表格式
    | (?:{"|".join(f"{x}[(（]{y}[)）]" for x, y in _PAIRS)})
      (?=\s*[0-9{T.BLANK_LETTERS}])                                      # 下降（增长）27.78%
    """,
    regex.VERBOSE,
)
# Where each branch of _BLANK can start, scanned by stdlib (checks/text.py branch_opening): a
# blank letter not inside a word and what may follow it, a sign twice, a bracket and a space or
# a field's word, an instruction or a choice whole (their first two characters alone let every
# 提高 and 增长 through, each a failed regex call). A new branch adds its opening here.
_BLANK_OPENING = branch_opening(
    T.BLANK_LETTERS + T.BLANK_SIGNS + "(（" + "".join(w[0] for w in T.INSTRUCTIONS + _PAIRS_X),
    (
        _NOT_LATIN_BEFORE
        + one_of(T.BLANK_LETTERS)
        + f"(?={one_of(T.BLANK_LETTERS + '. ' + ''.join(w[0] for w in T.AFTER_ANY_BLANK))})",
        "|".join(re.escape(c * 2) for c in T.BLANK_SIGNS),
        # stdlib's \s holds the regex module's (and \x1c-\x1f besides)
        rf"[(（](?=\s|{'|'.join(map(re.escape, (*T.FIELD_NAMES, *T.FIELD_VERBS)))})",
        "|".join(map(re.escape, T.INSTRUCTIONS)),
        "|".join(rf"{re.escape(x)}[(（]{re.escape(y)}[)）]" for x, y in _PAIRS),
    ),
)
_NAME_BEFORE = regex.compile(rf"(?:{_alternation(T.NAME_WORDS)})\s*$")


def _in_annex(a: Analysis, pos: int) -> bool:
    node = a.node_at(pos)
    while node is not None:
        if node.heading.style == ANNEX_STYLE:
            return True
        node = node.parent
    return False


def check_placeholder(a: Analysis) -> list[Check]:
    """Every blank a template left in the body."""
    text = a.tm.text
    lo, hi = a.body
    out: list[Check] = []
    instructed = -1  # the sentence of the last instruction: one warning says it
    for m in opened_matches(_BLANK, _BLANK_OPENING, text, lo, hi):
        if m.group().startswith(("(", "（")) and _NAME_BEFORE.search(text, lo, m.start()):
            continue  # 姓名（单位名称）: the law's alternative wording
        s, e = sentence(text, m.start(), m.end(), lo)
        explains = not m["instruction"] and any(w in text[s:e] for w in T.EXPLAINING)
        if explains or _in_annex(a, m.start()) or (m["instruction"] and s == instructed):
            continue  # (an instruction's own 格式 explains nothing)
        if m["instruction"]:
            instructed = s
        out.append(
            _check(
                "placeholder",
                "warn",
                f"template text left in: “{words(a, m.start(), m.end())}” in “{words(a, s, e)}”",
                [a.tm.span(m.start(), m.end())],
                actual=words(a, m.start(), m.end()),
            )
        )
    if out or hi <= lo:
        return out
    return [_check("placeholder", "pass", "no template text left in", [a.tm.span(lo, hi)])]
