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
names, names and a marker, or bare names. Names are split at ``、`` (never by a word
segmenter, so ``区卫计委`` stays one name) and checked against the suffix table in
``extractor.tables.agencies``. No jieba: the forms are delimited by punctuation, and a
segmenter would only add cost and wrong splits.

All offsets index the NFKC-normalised text (``TextMap.text``).
"""

from __future__ import annotations

import bisect
import functools
import math
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal, NamedTuple

import regex

from extractor.facts import AgencyMatch, Role
from extractor.frozen import quick_init
from extractor.tables.agencies import (
    AGENCY_DESPITE_ENDING,
    AGENCY_SUFFIXES,
    ALLOCATION_CLASSIFIERS,
    COLLECTIVE_LEVELS,
    COLLECTIVE_PREFIXES,
    CONJUNCTIONS,
    GENERIC_NAMES,
    GENERIC_SUBJECT_WORDS,
    MAX_NAME_CHARS,
    NAME_JOINERS,
    NAME_STOP_CHARS,
    NOT_AGENCY_ENDINGS,
    ROLE_LABELS,
    ROLE_MARKERS,
    ROLE_NOTES,
    SUBJECT_MARKERS,
    TRAILING_FILLERS,
    TRAILING_OTHERS,
    WEAK_AGENCY_SUFFIXES,
)

__all__ = ["agency_key", "find_agencies"]


def _alternation(words: Iterable[str]) -> str:
    """A regex alternation, longest word first, so 牵头负责 wins over 负责."""
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


# A bracket with at most one level of brackets inside: 区发改委(2), 各省(区、市)人民政府.
_BRACKET = regex.compile(
    r"""
    [(（]
    (?P<body> (?: [^()（）] | [(（] [^()（）]* [)）] )* )
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
_TRAILING_BRACKET = regex.compile(r"[(（][^()（）]*[)）]$")

# A sentence whose subject is a unit: [enumerator] 区扶贫协作办负责统筹… (tried only at a
# sentence start; 牵头 only when a clause separator follows, checked in code).
_SUBJECT = regex.compile(
    rf"""
    \s*
    (?: [(（] [一二三四五六七八九十\d]{{1,3}} [)）] | [一二三四五六七八九十]{{1,3}} 、
      | 第 [一二三四五六七八九十百零〇]{{1,6}} 条
      | \d{{1,3}} [.、]? (?! \d ) )?
    \s* (?P<names> (?: [^由,，。;；:：()（）\n“”"] | {_NAME_BRACKET} ){{2,40}}? )
    (?P<marker> {_alternation(SUBJECT_MARKERS)} ) {_NOT_A_ROLE}
    """,
    regex.VERBOSE,
)
# (and after a colon: "（一）工业和信息化部门：市工业和信息化局负责…", qingdao 2023)
_SENTENCE_STARTS = regex.compile(r"[。;；!?！？\n:：]")
# No part of a _SUBJECT match before its marker holds one of these (names, their brackets and
# the enumerator exclude them), nor does a marker: a marker that is not written before the
# first of them cannot start a match, and most sentence starts are ruled out by one search.
_SUBJECT_STOP = regex.compile(r"[,，。;；:：]")
_SUBJECT_MARKER = regex.compile(_alternation(SUBJECT_MARKERS))
if any(_SENTENCE_STARTS.search(w) for w in SUBJECT_MARKERS):  # what _marker_in_clause needs
    raise RuntimeError("a subject marker may not hold a character a sentence starts after")

# Where a list splits into names: 、 and "等和" ("... and others, and ...") and 会同.
_NAME_SPLIT = regex.compile(
    rf"""
    、 | 等 (?= [和及与] ) [和及与] | {_alternation(NAME_JOINERS)}
    """,
    regex.VERBOSE,
)

# A bracket after a name: an allocation (区发改委(2), 区教委(1个)) or a role note
# (市城市管理局(牵头)).
_NAME_NOTE = regex.compile(
    rf"""
    [(（] \s*
    (?: (?P<n> \d+ ) \s* (?: {_alternation(ALLOCATION_CLASSIFIERS)} )?
      | (?P<role> {_alternation(ROLE_NOTES)} ) )
    \s* [)）] \s* $
    """,
    regex.VERBOSE,
)

# Characters a name is made of: Han, Latin letters, and its own nested brackets
# (各省(区、市)人民政府).
_NAME_CHARS = regex.compile(r"^[\p{Han}A-Za-z()（）〔〕、]+$")
_STOP = regex.compile(f"[{regex.escape(NAME_STOP_CHARS)}]")
# Brackets a name may hold its own list in: 各省(区、市)人民政府, 各市、县〔区〕政府.
_OPENERS = "(（〔["
_CLOSERS = ")）〕]"
# A bracket, or a split outside brackets (no split holds a bracket): one scan of a list.
_SPLIT_OR_BRACKET = regex.compile(
    rf"""
    (?P<open> [{regex.escape(_OPENERS)}] ) | (?P<close> [{regex.escape(_CLOSERS)}] )
    | {_NAME_SPLIT.pattern}
    """,
    regex.VERBOSE,
)
_HAN_ONLY = regex.compile(r"\p{Han}+")
_OTHERS_TAIL = regex.compile(TRAILING_OTHERS)
_BARE_PLACE_CHARS = 3
_MAX_BARE_COLLECTIVE = 6
# 县〔区〕政府 / 县(市、区)人民政府 after 各市: the level the collective continues with.
_LEVEL_GOVERNMENT = regex.compile(
    r"(?:县级市|县|区|市|乡|镇|旗)(?:[(（〔][^)）〕]{1,6}[)）〕])?(?:人民)?政府"
)
# A unit named by its place and level: 济宁市政府, 烟台市政府 — bare places before it share it.
_PLACE_UNIT = regex.compile(r"\p{Han}{2,3}(?:市|县|区|州|盟|旗)")
_SPACE = regex.compile(r"\s+")
_ALL_SUFFIXES = AGENCY_SUFFIXES + WEAK_AGENCY_SUFFIXES
_CLAUSE_SEPARATORS = ",，;；。"
# A bracket or a clause separator: _clauses' one scan of a tag body.
_CUT_OR_BRACKET = regex.compile(
    rf"(?P<open>[{regex.escape(_OPENERS)}])|(?P<close>[{regex.escape(_CLOSERS)}])"
    rf"|[{regex.escape(_CLAUSE_SEPARATORS)}]"
)
# What may follow a bare bracket list for it to count as a sentence-final tag.
_SENTENCE_END = "。;；.\n"


@quick_init
@dataclass(frozen=True)
class _Mention:
    name: str
    start: int
    end: int
    projects: int | None
    role: Role | None


class _Name(NamedTuple):
    """One name of a list; ``note`` is its own role note (a ROLE_NOTES key) if written."""

    name: str
    start: int
    end: int
    projects: int | None
    note: str | None = None


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


def find_agencies(text: str, start: int = 0, end: int | None = None) -> list[AgencyMatch]:
    """The units ``text[start:end]`` (one work item, NFKC text) makes responsible.

    One entry per distinct name (by ``agency_key``) in the order first written, with the
    offsets of that first mention. ``projects`` adds up the allocations given to the name;
    ``role`` is the role when every mention of the name agrees, else None.

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
    for m in _BRACKET.finditer(text, start, stop):
        brackets.append(m.span())
        bare_ok = _ends_sentence(text, m.start(), m.end(), stop)
        mentions.extend(_parse_tag(text, m.start("body"), m.end("body"), bare_ok=bare_ok))
    has_colon = text.find(":", start, stop) >= 0 or text.find("：", start, stop) >= 0
    for m in _LABEL_RUN.finditer(text, start, stop) if has_colon else ():
        if not _inside(m.start(), brackets):
            mentions.extend(_parse_tag(text, m.start(), m.end(), bare_ok=False))
    for m in _BY.finditer(text, start, stop) if text.find("由", start, stop) >= 0 else ():
        if _inside(m.start(), brackets):
            continue
        names = _split_names(text, m.start("names"), m.end("names"), "by")
        if names:
            mentions.extend(_mentions(names, ROLE_MARKERS[m.group("marker")]))
            mentions.extend(_following(text, m.end(), stop))
    markers = [m.start() for m in _SUBJECT_MARKER.finditer(text, start, stop)]
    if markers:  # else no sentence has one
        stops = [m.start() for m in _SUBJECT_STOP.finditer(text, start, stop)]
        for at in _sentence_starts(text, start, stop):
            if _marker_in_clause(at, markers, stops, stop) and not _inside(at, brackets):
                mentions.extend(_subject(text, at, stop))
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


def _sentence_starts(text: str, start: int, stop: int) -> list[int]:
    """Where sentences begin in ``text[start:stop]``: its start and after 。 ; ! ? or a line."""
    return [start, *(m.end() for m in _SENTENCE_STARTS.finditer(text, start, stop))]


def _marker_in_clause(at: int, markers: list[int], stops: list[int], stop: int) -> bool:
    """Whether a subject marker may start in the clause at ``at`` (up to the first
    _SUBJECT_STOP): ``_subject``'s first test, by two bisections over the item's marker and
    stop positions. Exact: a marker the item's scan skipped lies inside an earlier one, which
    cannot start before ``at``, since no marker holds the character a sentence starts after."""
    k = bisect.bisect_left(stops, at)
    clause_end = stops[k] if k < len(stops) else stop
    j = bisect.bisect_left(markers, at)
    return j < len(markers) and markers[j] < clause_end


def _subject(text: str, at: int, stop: int) -> list[_Mention]:
    """Units that are the subject of the sentence at ``at``: 区扶贫办负责…, A牵头,B配合."""
    clause_end = _SUBJECT_STOP.search(text, at, stop)
    if _SUBJECT_MARKER.search(text, at, clause_end.start() if clause_end else stop) is None:
        return []
    m = _SUBJECT.match(text, at, stop)
    if m is None:
        return []
    marker = m.group("marker")
    if marker == "牵头" and not (m.end() < stop and text[m.end()] in _CLAUSE_SEPARATORS):
        return []
    names = _split_names(text, m.start("names"), m.end("names"), "subject")
    if not names:
        return []
    return [*_mentions(names, SUBJECT_MARKERS[marker]), *_following(text, m.end(), stop)]


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
    for m in [*_CELL_SPLIT.finditer(text, start, end), None]:
        stop = m.start() if m is not None else end
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
    cuts: list[int] = []
    depth = 0
    for m in _CUT_OR_BRACKET.finditer(text, start, end):
        if m.group("open"):
            depth += 1
        elif m.group("close"):
            depth = max(depth - 1, 0)
        elif depth == 0:
            cuts.append(m.start())
    # 牵头单位:A  配合单位:B — two labels on one line with only spaces between
    labels = [m.start() for m in _LABEL_START.finditer(text, start, end) if m.start() > start]
    out: list[tuple[int, int]] = []
    last = start
    for i in sorted([*cuts, *labels]):
        out.append((last, i))
        last = i + 1 if i in cuts else i
    out.append((last, end))
    return [(a, b) for a, b in out if text[a:b].strip()]


_Names = list[_Name]
# Every word that makes a tag strong: a label, a role marker, a role note.
_TAG_WORD = regex.compile(_alternation({*ROLE_LABELS, *ROLE_MARKERS, *ROLE_NOTES}))


def _parse_tag(text: str, start: int, end: int, *, bare_ok: bool) -> list[_Mention]:
    """Mentions in one tag body, or [] when the body is not a responsibility tag.

    A body with a label or a role marker is a tag; one without is a tag only as a bare
    list of unit names (``bare_ok``: the bracket ends a sentence) that all end like units.
    """
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


# How much a list must look like units, by the evidence around it:
# "label"  after 牵头单位: etc. — keep every plausible piece, drop the rest;
# "marker" closed by 牵头/配合/负责 — all plausible, at least one ends like a unit;
# "by"     由…负责 in running text — every piece ends like a unit (or is 各…);
# "bare"   a bracket with no label or marker — every piece ends like a unit;
# "subject" a sentence's subject before 负责 — every piece is a named unit (no 各, no
#          有关/主管…, at least 3 characters, no weak ending).
_Evidence = Literal["label", "marker", "by", "bare", "subject"]


def _split_names(text: str, start: int, end: int, evidence: _Evidence) -> _Names:
    """The names in one list, as (name, start, end, projects), or [] if it is no list."""
    return _judged(_list_pieces(text, start, end), evidence)


def _list_pieces(text: str, start: int, end: int) -> _Names:
    """The pieces of one list, before any evidence is weighed."""
    cuts = [start]
    depth = 0
    for m in _SPLIT_OR_BRACKET.finditer(text, start, end):
        if m.group("open"):
            depth += 1
        elif m.group("close"):
            depth = max(depth - 1, 0)
        elif depth == 0:
            cuts.extend(m.span())
    cuts.append(end)
    return _joined_collectives(
        text,
        [
            piece
            for a, b in zip(cuts[::2], cuts[1::2], strict=True)
            for piece in _piece_names(text, a, b)
            if piece.name not in GENERIC_NAMES
        ],
    )


def _judged(pieces: _Names, evidence: _Evidence) -> _Names:
    """``pieces`` (or those that pass, under a label) if they look like units on ``evidence``."""
    if evidence == "label":
        return [p for p in pieces if _plausible(p.name) or _labelled_unit(p.name)]
    if evidence == "bare":
        ok = all(_is_agency(p.name, collective=False, weak=False) for p in pieces)
    elif evidence == "by":
        ok = all(_is_agency(p.name, collective=True, weak=True) for p in pieces)
    elif evidence == "subject":
        ok = all(_is_named_unit(p.name) for p in pieces)
    else:
        ok = all(_plausible(p.name) for p in pieces) and any(
            _is_agency(p.name, collective=True, weak=True) for p in pieces
        )
    return pieces if ok else []


def _joined_collectives(text: str, pieces: _Names) -> _Names:
    """Pieces of one unit that a 、 split: a 各-collective and the level after it (各区、县级市),
    and bare places that share the next piece's ending (济南、青岛、济宁市政府)."""
    out: _Names = []
    waiting: _Names = []  # bare places waiting for the unit whose ending they share
    for p in pieces:
        if (
            out
            and not waiting
            and out[-1].name.startswith(COLLECTIVE_PREFIXES)
            and (p.name in COLLECTIVE_LEVELS or _LEVEL_GOVERNMENT.fullmatch(p.name))
        ):
            out[-1] = _joined(text, out[-1], p)
            continue
        if _bare_place(p.name):
            waiting.append(p)
            continue
        if (
            waiting
            and _PLACE_UNIT.match(p.name)
            and _is_agency(p.name, collective=False, weak=True)
        ):
            out.append(_joined(text, waiting[0], p))
        else:
            out.extend(waiting)
            out.append(p)
        waiting = []
    return out + waiting


def _bare_place(name: str) -> bool:
    """A short place name with no unit ending of its own: 济南, 青岛 (in 济南、青岛、济宁市政府)."""
    return (
        2 <= len(name) <= _BARE_PLACE_CHARS
        and _HAN_ONLY.fullmatch(name) is not None
        and not _is_agency(name, collective=True, weak=True)
        and not name.startswith(COLLECTIVE_PREFIXES)
        and name not in COLLECTIVE_LEVELS
    )


def _joined(text: str, first: _Name, last: _Name) -> _Name:
    raw = text[first.start : last.end]
    return _Name(_SPACE.sub("", raw), first.start, last.end, last.projects, last.note)


def _piece_names(text: str, start: int, end: int) -> _Names:
    """One 、-separated piece: trim, read its allocation and role note, drop 等…, split 和
    between names."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    projects: int | None = None
    note: str | None = None
    for _ in range(2):  # 区发改委(牵头)(2): a note and an allocation, either order
        # a note closes the piece: no closing bracket at its end, no note
        closed = end > start and text[end - 1] in ")）"
        m = _NAME_NOTE.search(text, start, end) if closed else None
        if m is None:
            break
        if m.group("n") is not None:
            projects = int(m.group("n"))
        else:
            note = m.group("role")
        end = m.start()
        while end > start and text[end - 1].isspace():
            end -= 1
    raw = text[start:end]
    for filler in TRAILING_FILLERS if raw.endswith(TRAILING_FILLERS) else ():
        if raw.endswith(filler) and len(raw) > len(filler):
            end -= len(filler)
            raw = raw[: -len(filler)]
            break
    else:
        # 省交通运输厅等省直有关部门 -> 省交通运输厅 (the pattern starts with 等)
        tail = _OTHERS_TAIL.search(raw) if "等" in raw else None
        if tail is not None and tail.start() > 1:
            end -= len(raw) - tail.start()
            raw = raw[: tail.start()]
    name = _SPACE.sub("", raw)
    if not name:
        return []
    # 各有关部门和各市政府 -> two names; 文化和旅游部 stays one (文化 is no agency).
    for conj in CONJUNCTIONS:
        at = raw.find(conj)
        while at > 0:
            left, right = _SPACE.sub("", raw[:at]), _SPACE.sub("", raw[at + len(conj) :])
            if _is_agency(left, collective=True, weak=True) and _is_agency(
                right, collective=True, weak=True
            ):
                rest = _piece_names(text, start + at + len(conj), end)
                return [_Name(left, start, start + at, None), *rest]
            at = raw.find(conj, at + 1)
    return [_Name(name, start, end, projects, note)]


def _labelled_unit(name: str) -> bool:
    """Under a label, a long name ending like a unit is one even with a sentence word inside:
    "省新型冠状病毒感染的肺炎疫情防控应急指挥部办公室" (jiangxi 2020)."""
    return (
        len(name) <= MAX_NAME_CHARS
        and _NAME_CHARS.match(name) is not None
        and name[5:].endswith(AGENCY_SUFFIXES)  # ends like a unit, 5+ characters before it
    )


def _plausible(name: str) -> bool:
    """Could be a unit's name at all: short, made of name characters, no sentence words."""
    return (
        2 <= len(name) <= MAX_NAME_CHARS
        and _NAME_CHARS.match(name) is not None
        and _STOP.search(name) is None
    )


def _is_agency(name: str, *, collective: bool, weak: bool) -> bool:
    """Ends like a unit (区教委, 省大数据局); with ``weak`` also like 省档案馆; with
    ``collective`` also a 各-collective (各乡镇)."""
    if not _plausible(name):
        return False
    suffixes = _ALL_SUFFIXES if weak else AGENCY_SUFFIXES
    core = _TRAILING_BRACKET.sub("", name) or name  # 市发展改革委(市粮食和物资储备局)
    if core.endswith(NOT_AGENCY_ENDINGS) and not core.endswith(AGENCY_DESPITE_ENDING):
        return False  # 实验室, 推进大会: a room or a meeting
    if core[1:].endswith(suffixes):  # ends with a suffix and is longer than it
        return True
    # 各乡镇, 各区县: a short collective; a long 各… that does not end like a unit is a clause
    # ("由各级复工复产牵头部门限期整改落实")
    return (
        collective
        and 1 < len(name) <= _MAX_BARE_COLLECTIVE
        and name.startswith(COLLECTIVE_PREFIXES)
    )


def _is_named_unit(name: str) -> bool:
    """A unit named outright (区扶贫协作办), not a description (有关部门, 各单位, 党委)."""
    return (
        len(name) >= 3
        and _is_agency(name, collective=False, weak=False)
        and not name.startswith(COLLECTIVE_PREFIXES)
        and not any(w in name for w in GENERIC_SUBJECT_WORDS)
    )


def _merge(mentions: list[_Mention]) -> list[AgencyMatch]:
    """One AgencyMatch per key, at its first mention; allocations add up; roles must agree."""
    first: dict[str, _Mention] = {}
    projects: dict[str, int | None] = {}
    roles: dict[str, set[Role | None]] = {}
    for m in mentions:
        key = agency_key(m.name)
        if key not in first:
            first[key] = m
            projects[key] = None
            roles[key] = set()
        if m.projects is not None:
            projects[key] = (projects[key] or 0) + m.projects
        roles[key].add(m.role)
    out = []
    for key, m in first.items():
        agreed = roles[key]
        role = next(iter(agreed)) if len(agreed) == 1 else None
        out.append(AgencyMatch(m.name, m.start, m.end, projects[key], role))
    return out
