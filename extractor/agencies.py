"""Agencies: the units a work item makes responsible, with allocations and roles.

Plans name them in a few written forms, all handled by one small clause grammar:

- a bracket list at the end of an item or sentence: ``(区人保局(3)、区教委(1))``;
- labelled lists: ``(责任单位:市经济和信息化委、市统计局)``,
  ``(牵头单位:省工业和信息化厅;责任单位:省发展改革委)``, or the same without brackets;
- names closed by a role marker: ``(省大数据局、省政府办公厅牵头,各有关部门配合)``,
  ``(扶贫办、…、全国总工会等和各省级人民政府负责)``;
- ``由区教委负责``, ``由县乡村振兴局牵头,各乡镇负责``, ``由区扶贫协作办牵头,统筹推进…``;
- a role note after one name of a list: ``责任单位:人民银行市中心支行(牵头)、市财政局``;
- a named unit as the subject at a sentence start: ``区扶贫协作工作领导小组办公室负责统筹…``.

A bracket content is split into clauses at ``,`` ``;`` ``。``; a clause is a label and
names, names and a marker, or bare names. The names of a clause are split and judged in
``extractor.agency_names``; this module finds the tags and clauses, gives the names their
roles and merges the mentions of one unit.

All offsets index the NFKC-normalised text (``TextMap.text``).
"""

from __future__ import annotations

import bisect
import functools
import math
import unicodedata
from typing import NamedTuple

import regex

from extractor.agency_names import CLOSERS as _CLOSERS
from extractor.agency_names import OPENERS as _OPENERS
from extractor.agency_names import Name as _Name
from extractor.agency_names import Names as _Names
from extractor.agency_names import alternation as _alternation
from extractor.agency_names import judged as _judged
from extractor.agency_names import list_pieces as _list_pieces
from extractor.agency_names import outside_brackets
from extractor.agency_names import split_names as _split_names
from extractor.facts import AgencyMatch, Role
from extractor.tables.agencies import (
    ALIAS_OPENERS,
    CELL_NAME_TAILS,
    DUTY_MARKERS,
    DUTY_OBJECT_CHARS,
    ROLE_LABELS,
    ROLE_MARKERS,
    ROLE_NOTES,
    SUBJECT_LEAD_VERBS,
    SUBJECT_MARKERS,
)

__all__ = ["agency_key", "find_agencies"]


# A bracket with at most one level of brackets inside: 区发改委(2), 各省(区、市)人民政府.
# (Possessive, which saves backtracking: the parts are disjoint, so it finds no other match.)
_BRACKET = regex.compile(
    r"""
    [(（]
    (?P<body> (?: [^()（）]++ | [(（] [^()（）]*+ [)）] )*+ )
    [)）]
    """,
    regex.VERBOSE,
)

# 牵头单位:A、B — a label, a colon, then the names.
_LABEL = regex.compile(
    rf"""
    ^ \s* (?P<label> {_alternation(ROLE_LABELS)} ) \s* [:：] \s*
    (?P<names> .* ) $
    """,
    regex.VERBOSE | regex.DOTALL,
)

# Where a label starts, to split two labels that share a line.
_LABEL_START = regex.compile(rf"(?:{_alternation(ROLE_LABELS)})\s*[:：]")

# Where a label that a colon follows starts, matched back from the colon.
_LABEL_BEFORE = regex.compile(rf"(?:{_alternation(ROLE_LABELS)})\s*", regex.REVERSE)
# A label outside brackets (责任单位: at the end of an item): runs to the end of the line,
# keeping allocation brackets (区发改委(2)) and role notes (市城市管理局(牵头)).
_LABEL_RUN = regex.compile(
    rf"""
    (?: {_alternation(ROLE_LABELS)} ) \s* [:：]
    (?: [^\n。()（）]
      | [(（] \s* \d+ [^\n()（）]{{0,3}} [)）]
      | [(（] \s* (?: {_alternation(ROLE_NOTES)} ) \s* [)）]
    )*
    """,
    regex.VERBOSE,
)

# A, B牵头 — names, then the marker that closes the clause; (由A牵头,B配合) too.
_MARKER = regex.compile(
    rf"""
    ^ \s* 由? (?P<names> .*? ) (?P<marker> {_alternation(ROLE_MARKERS)} ) \s* $
    """,
    regex.VERBOSE | regex.DOTALL,
)

_MARKER_WORDS = tuple(ROLE_MARKERS)

# What may not follow a marker in running text: 负责人, 负责同志, 负责制, 牵头的机制.
# (and 牵头部门 / 牵头单位 are nouns: "由各级复工复产牵头部门限期整改落实", jiangxi 2020)
_NOT_A_ROLE = r"(?! 人 | 同志 | 制 | 的 | 部门 | 单位 | 处室 )"

# 由区教委负责, 由区扶贫协作办牵头 — but not 由政府负责人牵头, 由区长负责同志, 负责制.
_BY = regex.compile(
    rf"""
    由 (?P<names> [^由,，。;；:：()（）\n]{{2,80}}? )
    (?P<marker> {_alternation(ROLE_MARKERS)} ) {_NOT_A_ROLE}
    """,
    regex.VERBOSE,
)

# The clause after 由A牵头 that names more units: ,各乡镇负责 / ,B配合.
_FOLLOW = regex.compile(
    rf"""
    \s* [,，] \s* (?P<names> [^由,，。;；:：()（）\n]{{2,80}}? )
    (?P<marker> {_alternation(ROLE_MARKERS)} ) {_NOT_A_ROLE}
    """,
    regex.VERBOSE,
)

# A unit's second name in brackets, kept as part of its name: 市发展改革委（市粮食和物资储备局）
# (anshun-shiji-chubeiliang-guanli-banfa-2023), 各省(区、市)人民政府.
_NAME_BRACKET = r"[(（] [^()（）,，。;；:：\n]{1,20} [)）]"

# A sentence whose subject is a unit: [enumerator] 区扶贫协作办负责统筹… (tried only at a
# sentence start; 牵头 only before a clause separator or a verb of the work it leads, checked in
# code), or that holds it answerable for a field: 省级人民政府对本地区改善农村人居环境工作负总责.
_ENUMERATOR = r"""
    (?: [(（] [一二三四五六七八九十\d]{1,3} [)）] | [一二三四五六七八九十]{1,3} 、
      | 第 [一二三四五六七八九十百零〇]{1,6} 条
      | \d{1,3} [.、]? (?! \d ) )?
"""
_SUBJECT = regex.compile(
    rf"""
    \s* {_ENUMERATOR}
    \s* (?P<names> (?: [^由,，。;；:：()（）\n“”"] | {_NAME_BRACKET} ){{2,40}}? )
    (?: (?P<marker> {_alternation(SUBJECT_MARKERS)} ) {_NOT_A_ROLE}
      | 对 [^由,，。;；:：()（）\n]{{1,{DUTY_OBJECT_CHARS}}}?
        (?P<duty> {_alternation(DUTY_MARKERS)} ) )
    """,
    regex.VERBOSE,
)
# A 条例's unit defined, then made responsible: "第四条 发展改革部门是优化营商环境工作的主管部门，
# 负责指导…" (yunfushi-youhuayingshanghuanjingtiaoli-2023), "园林绿化主管部门是公园主管部门，
# 负责…" (rizhaoshi-gongyuantiaoli-2021). The subject is the unit before 是 (not 是指, which
# defines a word: 本条例所称主管部门是指…), a clause or two after it ("综合行政执法部门是养犬管理
# 工作的主管部门，应当建立养犬管理信息平台，负责…", huzhoushi 养犬管理规定 2021), or before the
# powers it acts by ("山东省滨海公安局、黄河三角洲农业高新技术产业示范区公安机关按照管理权限，
# 负责…", dongyingshi 养犬条例 2017), or before what it acts as ("义乌国际贸易综合改革试验区管理
# 委员会（以下简称义乌试验区管委会）作为省人民政府的派出机构，负责…", 义乌试验区条例 2019).
_DEFINED_SUBJECT = regex.compile(
    rf"""
    \s* {_ENUMERATOR}
    \s* (?P<names> (?: [^由,，。;；:：()（）\n“”"是] | {_NAME_BRACKET} ){{2,40}}? )
    (?: (?: 是 (?! 指 ) | 作为 ) [^由,，。;；:：()（）\n]{{1,{DUTY_OBJECT_CHARS}}} [,，]
        (?: [^由,，。;；:：()（）\n]{{1,{DUTY_OBJECT_CHARS}}} [,，] ){{0,2}}
      | (?: 应当 )? (?: 按照 | 依照 | 根据 ) [^由,，。;；:：()（）\n]{{1,12}}?
        (?: 职责 | 权限 | 分工 ) [,，]? )
    \s* 负责 {_NOT_A_ROLE}
    """,
    regex.VERBOSE,
)
# A list entry's marker that opens the sentence at a bracket: （二）教育部门负责指导开展慈善文化教育
# (guangzhou 2021 慈善促进条例); the subject grammar reads past it (_ENUMERATOR).
_LIST_MARKER = regex.compile(r"\s*[(（][一二三四五六七八九十\d]{1,3}[)）]")
_IS = regex.compile("是|作为|按照|依照|根据")  # where a _DEFINED_SUBJECT's words may start
# (and after a colon: "（一）工业和信息化部门：市工业和信息化局负责…", qingdao 2023)
_SENTENCE_START_CHARS = "。;；!?！？\n:："
_SENTENCE_STARTS = regex.compile(f"[{regex.escape(_SENTENCE_START_CHARS)}]")
# No part of a _SUBJECT match before its marker holds one of these (names, their brackets and
# the enumerator exclude them), nor does a marker: a marker that is not written before the
# first of them cannot start a match, and most sentence starts are ruled out by one search.
_SUBJECT_STOP = regex.compile(r"[,，。;；:：]")
_STOP_BEFORE = regex.compile(_SUBJECT_STOP.pattern, regex.REVERSE)  # the last one before
_SUBJECT_MARKER = regex.compile(_alternation({*SUBJECT_MARKERS, *DUTY_MARKERS}))
if any(_SENTENCE_STARTS.search(w) for w in {*SUBJECT_MARKERS, *DUTY_MARKERS}):
    raise RuntimeError("a subject marker may not hold a character a sentence starts after")
_SUBJECT_MARKER_CHARS = "负牵"  # one of them stands in every marker (find_agencies spells them)
if _SUBJECT_MARKER_CHARS != "负牵":
    raise RuntimeError("find_agencies spells _SUBJECT_MARKER_CHARS out: change it there too")
if not all(set(w) & set(_SUBJECT_MARKER_CHARS) for w in {*SUBJECT_MARKERS, *DUTY_MARKERS}):
    raise RuntimeError("a subject marker must hold one of _SUBJECT_MARKER_CHARS")
# _SUBJECT_MARKER and _IS in one scan (saves a second pass over each item); their words share
# no character, so no match of one can hide a match of the other.
_MARKER_OR_IS = regex.compile(rf"(?P<is>{_IS.pattern})|{_SUBJECT_MARKER.pattern}")
if (set(_IS.pattern) - {"|"}) & set("".join({*SUBJECT_MARKERS, *DUTY_MARKERS})):
    raise RuntimeError("an _IS word may not share a character with a subject marker")

_CLAUSE_SEPARATORS = ",，;；。"
# A bracket or a clause separator: _clauses' one scan of a tag body.
_CUT_OR_BRACKET = regex.compile(
    rf"(?P<open>[{regex.escape(_OPENERS)}])|(?P<close>[{regex.escape(_CLOSERS)}])"
    rf"|[{regex.escape(_CLAUSE_SEPARATORS)}]"
)
# What may follow a bare bracket list for it to count as a sentence-final tag.
_SENTENCE_END = "。;；.\n"


class _Mention(NamedTuple):  # a tuple: half the cost of a frozen dataclass to build
    name: str
    start: int
    end: int
    projects: int | None
    role: Role | None


def _mentions(names: list[_Name], role: Role | None) -> list[_Mention]:
    """Mentions for names given ``role`` by their label or marker; a name's note wins."""
    return [
        _Mention(n.name, n.start, n.end, n.projects, ROLE_NOTES[n.note] if n.note else role)
        for n in names
    ]


@functools.lru_cache(maxsize=4096)  # the same units are keyed item after item
def agency_key(name: str) -> str:
    """A key under which two spellings of one unit compare equal.

    NFKC (full-width -> ASCII), then drop white space and punctuation, so a name split by
    a line break or written with full-width brackets keys like the clean one. Characters
    are otherwise kept: ``区卫计委`` and ``卫计委`` are different units.

    >>> agency_key("区 卫计委")
    '区卫计委'
    >>> agency_key("各省（区、市）人民政府") == agency_key("各省(区、市)人民政府")
    True
    """
    return str(_KEY_DROPS.sub("", unicodedata.normalize("NFKC", name)))


_KEY_DROPS = regex.compile(r"[\s\p{P}\p{S}]+")


def find_agencies(
    text: str, start: int = 0, end: int | None = None, *, first_leads_from: int | None = None
) -> list[AgencyMatch]:
    """The units ``text[start:end]`` (one work item, NFKC text) makes responsible.

    One entry per distinct name (by ``agency_key``) in the order first written, with the
    offsets of that first mention. ``projects`` adds up the allocations given to the name;
    ``role`` is the role when every mention of the name agrees, else None. From
    ``first_leads_from`` on (where the plan declared 列第一位者为牵头单位), the first unit of a
    bracket tag leads unless the tag gives it a role.

    >>> [(a.name, a.projects) for a in find_agencies("完成4个扶贫项目。(区人保局(3)、区教委(1))")]
    [('区人保局', 3), ('区教委', 1)]
    >>> [(a.name, a.role) for a in find_agencies("…(省大数据局牵头,各有关部门、各市政府配合)。")]
    [('省大数据局', 'lead'), ('各有关部门', 'support'), ('各市政府', 'support')]
    >>> find_agencies("每人年度累计(每人年度累计30天以上记为一个人次)")
    []
    """
    stop = len(text) if end is None else min(end, len(text))
    mentions: list[_Mention] = []
    brackets: list[tuple[int, int]] = []
    # an item without an opening bracket (a sixth of them) skips the scan for tags
    opened = text.find("(", start, stop) >= 0 or text.find("（", start, stop) >= 0
    for m in _BRACKET.finditer(text, start, stop) if opened else ():
        brackets.append(m.span())
        bare_ok = _ends_sentence(text, m.start(), m.end(), stop)
        tag = _parse_tag(text, *m.span("body"), bare_ok=bare_ok)
        declared = first_leads_from is not None and m.end() > first_leads_from
        if declared and tag and tag[0].role is None:
            tag[0] = tag[0]._replace(role="lead")
        mentions.extend(tag)
    for m in _label_runs(text, start, stop, brackets):
        if not brackets or not _inside(m.start(), brackets):
            mentions.extend(_parse_tag(text, m.start(), m.end(), bare_ok=False))
    for m in _BY.finditer(text, start, stop) if text.find("由", start, stop) >= 0 else ():
        if brackets and _inside(m.start(), brackets):
            continue
        names = _split_names(text, m.start("names"), m.end("names"), "by")
        if names:
            mentions.extend(_mentions(names, ROLE_MARKERS[m.group("marker")]))
            mentions.extend(_following(text, m.end(), stop))
    # every marker holds 负 or 牵: an item with neither (half of them) skips the scan
    # (_SUBJECT_MARKER_CHARS spelt out: two finds, no generator per item)
    marked = text.find("负", start, stop) >= 0 or text.find("牵", start, stop) >= 0
    markers: list[int] = []
    words: list[int] = []  # where _IS matches
    for m in _MARKER_OR_IS.finditer(text, start, stop) if marked else ():
        (markers if m.lastgroup is None else words).append(m.start())
    if markers:  # else no sentence has one
        subject_at = _clause_starts(text, start, markers)
        defined_at = _clause_starts(text, start, words)
        for at in sorted(subject_at | defined_at):  # the sentence starts either may match at
            if brackets and _inside(at, brackets) and not _LIST_MARKER.match(text, at, stop):
                continue  # a sentence may open with its list marker: （二）教育部门负责…
            found = _subject(text, at, stop) if at in subject_at else []
            if not found and at in defined_at:
                found = _defined_subject(text, at, stop)
            mentions.extend(found)
    if not mentions:
        return []  # most items name no unit: no sort, no merge
    mentions.sort(key=lambda x: x.start)
    return _merge(mentions)


def _following(text: str, pos: int, stop: int) -> list[_Mention]:
    """The clauses after 由A牵头 that name units with their own marker: ,各乡镇负责."""
    found: list[_Mention] = []
    while (m := _FOLLOW.match(text, pos, stop)) is not None:
        names = _split_names(text, m.start("names"), m.end("names"), "by")
        if not names:
            break
        found.extend(_mentions(names, ROLE_MARKERS[m.group("marker")]))
        pos = m.end()
    return found


def _label_runs(
    text: str, start: int, stop: int, brackets: list[tuple[int, int]]
) -> list[regex.Match[str]]:
    """``_LABEL_RUN.finditer(text, start, stop)``, matched only where a label ends before a
    colon (saves scanning every item for the labels), less the runs that start inside one of
    ``brackets`` (``_BRACKET`` matches): a colon inside one is skipped, as a run from it
    would start inside it too and end before its closing bracket, so no other run moves."""
    if text.find(":", start, stop) < 0 and text.find("：", start, stop) < 0:
        return []  # no colon, no label (saves the position lists of most items)
    colons = [at for colon in ":：" for at in _positions(text, colon, start, stop)]
    runs: list[regex.Match[str]] = []
    last = start  # where the previous run ended: finditer's matches do not overlap
    for colon_at in sorted(colons):
        if brackets and _inside(colon_at, brackets):
            continue  # the tag's own label (saves two matches a tag)
        label = _LABEL_BEFORE.match(text, last, colon_at) if colon_at >= last else None
        run = _LABEL_RUN.match(text, label.start(), stop) if label is not None else None
        if run is not None:
            runs.append(run)
            last = run.end()
    return runs


def _positions(text: str, char: str, start: int, stop: int) -> list[int]:
    """Where ``char`` stands in ``text[start:stop]``."""
    found = []
    at = text.find(char, start, stop)
    while at >= 0:
        found.append(at)
        at = text.find(char, at + 1, stop)
    return found


def _clause_starts(text: str, start: int, words: list[int]) -> set[int]:
    """The sentence starts (``text[start:]``'s start, and after 。 ; ! ? : or a line) whose
    clause, up to the first _SUBJECT_STOP, holds one of ``words`` (positions in it): where
    ``_subject`` or ``_defined_subject`` may match. Found back from each word (few) by a
    reverse search, which saves listing every sentence start and clause stop of an item."""
    found: set[int] = set()
    for word in words:
        cut = _STOP_BEFORE.search(text, start, word)
        clause = cut.end() if cut is not None else start
        if clause == start or text[clause - 1] in _SENTENCE_START_CHARS:
            found.add(clause)
        found.update(m.end() for m in _SENTENCE_STARTS.finditer(text, clause, word))
    return found


_ALIAS_TAIL = regex.compile(rf"[(（]\s*(?:{_alternation(ALIAS_OPENERS)})[^()（）]*[)）]\s*$")


def _subject_names(text: str, start: int, end: int) -> list[_Name]:
    """The names of a subject, its alias bracket (（以下简称…）) left out."""
    alias = _ALIAS_TAIL.search(text, start, end)
    return _split_names(text, start, alias.start() if alias else end, "subject")


def _subject(text: str, at: int, stop: int) -> list[_Mention]:
    """Units that are the subject of the sentence at ``at``: 区扶贫办负责…, A牵头,B配合."""
    clause_end = _SUBJECT_STOP.search(text, at, stop)
    if _SUBJECT_MARKER.search(text, at, clause_end.start() if clause_end else stop) is None:
        return []
    m = _SUBJECT.match(text, at, stop)
    if m is None:
        return []
    marker = m.group("marker")
    if marker == "牵头" and not _leads_here(text, m.end(), stop):
        return []
    names = _subject_names(text, m.start("names"), m.end("names"))
    if not names:
        return []
    role = SUBJECT_MARKERS[marker] if marker is not None else None  # 对…负总责: no role
    return [*_mentions(names, role), *_following(text, m.end(), stop)]


def _leads_here(text: str, pos: int, stop: int) -> bool:
    """After a subject's 牵头: a clause separator (区发改委牵头，…) or a verb of the work it
    leads (市科学技术部门牵头推进…, beijing 国际科创中心条例 2024, SUBJECT_LEAD_VERBS)."""
    if pos >= stop:
        return False
    return text[pos] in _CLAUSE_SEPARATORS or text.startswith(SUBJECT_LEAD_VERBS, pos)


def _defined_subject(text: str, at: int, stop: int) -> list[_Mention]:
    """The unit a sentence defines, then makes responsible: A是…主管部门，负责…."""
    m = _DEFINED_SUBJECT.match(text, at, stop)
    if m is None:
        return []
    return _mentions(_subject_names(text, m.start("names"), m.end("names")), None)


# A table cell lists units separated by these as well as by 、 (one per line, or by spaces).
_CELL_SPLIT = regex.compile(r"[,，;；/\s]+")


def agencies_in_cell(
    text: str, start: int, end: int, role: Role | None = None
) -> list[AgencyMatch]:
    """The units named in a table cell under a 责任单位/牵头单位 column header.

    The header is the label, so every plausible name counts; a cell that carries its
    own labels (``牵头单位:市发改委;配合单位:…``) is read as a tag instead.

    >>> [(a.name, a.role) for a in agencies_in_cell("市发改委、市财政局", 0, 9, "lead")]
    [('市发改委', 'lead'), ('市财政局', 'lead')]
    """
    own = find_agencies(text, start, end)
    if own:
        return own
    mentions: list[_Mention] = []
    pos = start
    cuts = list(_CELL_SPLIT.finditer(text, start, end))
    for k, m in enumerate([*cuts, None]):
        stop = m.start() if m is not None else end
        if m is not None and not m.group().strip():
            after = cuts[k + 1].start() if k + 1 < len(cuts) else end
            if text[m.end() : after] in CELL_NAME_TAILS:
                continue  # 井冈山经开区 管委会: one name
        if stop > pos:
            mentions.extend(_mentions(_split_names(text, pos, stop, "label"), role))
        if m is not None:
            pos = m.end()
    return _merge(mentions)


def _inside(i: int, spans: list[tuple[int, int]]) -> bool:
    """Whether ``i`` falls in one of ``spans`` (sorted, not overlapping: a finditer's matches)."""
    k = bisect.bisect_right(spans, (i, math.inf)) - 1
    return k >= 0 and spans[k][0] <= i < spans[k][1]


def _ends_sentence(text: str, open_at: int, close_at: int, stop: int) -> bool:
    """True when a bracket stands at the end of a sentence or item: a bare list's place."""
    j = close_at
    while j < stop and text[j] in " \t\u3000":
        j += 1
    if j >= stop or text[j] in _SENTENCE_END:
        return True
    i = open_at - 1
    while i >= 0 and text[i] in " \t\u3000":
        i -= 1
    return i >= 0 and text[i] in "。\n"


def _clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split ``text[start:end]`` into clauses: at top-level , ; 。 and before a label."""
    cuts = [m.start() for m in outside_brackets(_CUT_OR_BRACKET, text, start, end)]
    # 牵头单位:A  配合单位:B — two labels on one line with only spaces between
    labels = [m.start() for m in _LABEL_START.finditer(text, start, end) if m.start() > start]
    out: list[tuple[int, int]] = []
    last = start
    for i in sorted([*cuts, *labels]):
        out.append((last, i))
        last = i + 1 if i in cuts else i
    out.append((last, end))
    return [(a, b) for a, b in out if text[a:b].strip()]


# Every word that makes a tag strong: a label, a role marker, a role note.
_TAG_WORD = regex.compile(_alternation({*ROLE_LABELS, *ROLE_MARKERS, *ROLE_NOTES}))


def _parse_tag(text: str, start: int, end: int, *, bare_ok: bool) -> list[_Mention]:
    """Mentions in one tag body, or [] when the body is not a responsibility tag.

    A body with a label or a role marker is a tag; one without is a tag only as a bare
    list of unit names (``bare_ok``: the bracket ends a sentence) that all end like units.
    """
    # a tag reads only its body: parsed once per body (a plan repeats its tags), then moved
    parsed = _parsed_body(text[start:end], bare_ok)
    if not parsed:
        return []  # most brackets are no tag: no list to build
    return [_Mention(m.name, m.start + start, m.end + start, m.projects, m.role) for m in parsed]


@functools.lru_cache(maxsize=4096)
def _parsed_body(body: str, bare_ok: bool) -> tuple[_Mention, ...]:
    """``_parse_tag`` of ``body`` alone (offsets into ``body``)."""
    return tuple(_tag_mentions(body, 0, len(body), bare_ok=bare_ok))


def _tag_mentions(text: str, start: int, end: int, *, bare_ok: bool) -> list[_Mention]:
    """``_parse_tag``'s work: the mentions of the tag body ``text[start:end]``."""
    tagged = _TAG_WORD.search(text, start, end) is not None
    if not bare_ok and not tagged:
        return []  # no label, marker or note: it cannot become strong, and bare is not ok
    found: list[_Mention] = []
    strong = False  # a label or a role marker was seen
    # the previous clause was labelled: a bare clause after it names more units, but without
    # the label's role ("牵头单位：市发展改革委，配合单位：市委组织部，各区、县级市": 各区、县级市
    # has no role in guangzhou-rencai-jiju-shishi-yijian-2012's gold)
    in_label = False
    pending: _Names = []  # bare names waiting for the next marker's role
    bare = True  # every clause so far is a bare list of units
    for a, b in _clauses(text, start, end):
        chunk = text[a:b]
        lab = _LABEL.match(chunk) if ":" in chunk or "：" in chunk else None
        if lab:
            role = ROLE_LABELS[lab.group("label")]
            names = _split_names(text, a + lab.start("names"), a + lab.end("names"), "label")
            if names:
                strong, in_label = True, True
                found.extend(_mentions(names, role))
            bare = False
            continue
        # the marker ends the clause (before spaces): ruled out by one endswith
        mark = _MARKER.match(chunk) if chunk.rstrip().endswith(_MARKER_WORDS) else None
        if mark and mark.group("names").strip():
            names = _split_names(text, a + mark.start("names"), a + mark.end("names"), "marker")
            if names:
                role = ROLE_MARKERS[mark.group("marker")]
                strong, in_label, bare = True, False, False
                found.extend(_mentions(pending + names, role))
                pending = []
                continue
        pieces = _list_pieces(text, a, b)  # split once, judged twice
        bare = bare and bool(_judged(pieces, "bare"))
        if not bare and not tagged:
            return []  # no word can make it strong, and it is no longer a bare list
        names = _judged(pieces, "marker")
        strong = strong or any(n.note for n in names)  # 市发改委(牵头)、市财政局
        if in_label:
            found.extend(_mentions(names, None))
        else:
            pending.extend(names)
    found.extend(_mentions(pending, None))
    if strong or (bare_ok and bare):
        return found
    return []


def _merge(mentions: list[_Mention]) -> list[AgencyMatch]:
    """One AgencyMatch per key, at its first mention; allocations add up; roles must agree."""
    if len(mentions) == 1:  # the commonest case: nothing to merge, no key to compute
        m = mentions[0]
        return [AgencyMatch(m.name, m.start, m.end, m.projects, m.role)]
    # by key: the first mention, the allocations added up, the roles (one lookup a mention)
    merged: dict[str, tuple[_Mention, int | None, set[Role | None]]] = {}
    for m in mentions:
        key = agency_key(m.name)
        if (seen := merged.get(key)) is None:
            merged[key] = (m, m.projects, {m.role})
            continue
        first, projects, roles = seen
        roles.add(m.role)
        if m.projects is not None:
            merged[key] = (first, (projects or 0) + m.projects, roles)
    return [
        AgencyMatch(
            m.name, m.start, m.end, projects, next(iter(roles)) if len(roles) == 1 else None
        )
        for m, projects, roles in merged.values()
    ]
