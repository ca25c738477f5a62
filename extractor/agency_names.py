"""Agency names: split one list of units into names and judge whether they look like units.

A list (the names of one clause found by ``extractor.agencies``) is split at ``、``, ``等和``
and the joiners of ``NAME_JOINERS``, never inside brackets (``各省(区、市)人民政府``) and never
by a word segmenter, so ``区卫计委`` stays one name. Each piece is trimmed of ``等…`` and
fillers, gives up its allocation (``区发改委(2)``) and role note (``(牵头)``), and is split at
a conjunction only between two units; pieces a ``、`` cut out of one unit are joined back
(``各区、县级市``, ``济南、青岛、济宁市政府``). Whether the pieces count as units depends on
the evidence around the list (a label, a marker, ``由…负责``, a bare bracket, a sentence's
subject), checked against the suffix table in ``extractor.tables.agencies``. No jieba: the
forms are delimited by punctuation, and a segmenter would only add cost and wrong splits.

All offsets index the NFKC-normalised text (``TextMap.text``).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from typing import Literal, NamedTuple

import regex

from extractor.tables.agencies import (
    AGENCY_DESPITE_ENDING,
    AGENCY_SUFFIXES,
    ALLOCATION_CLASSIFIERS,
    COLLECTIVE_LEVELS,
    COLLECTIVE_PREFIXES,
    CONJUNCTIONS,
    FIELD_AUTHORITIES,
    GENERIC_FIELDS,
    GENERIC_NAMES,
    GENERIC_SUBJECT_WORDS,
    GOVERNMENT,
    LEVEL_ENDINGS,
    MAX_FIELD_CHARS,
    MAX_GOVERNMENT_CHARS,
    MAX_NAME_CHARS,
    NAME_JOINERS,
    NAME_STOP_CHARS,
    NOT_AGENCY_ENDINGS,
    QUALIFIED_COLLECTIVE_PREFIXES,
    ROLE_NOTES,
    SHARED_ENDING_LEVELS,
    TRAILING_FILLERS,
    TRAILING_OTHERS,
    WEAK_AGENCY_SUFFIXES,
)

__all__ = [
    "CLOSERS",
    "OPENERS",
    "Name",
    "Names",
    "alternation",
    "judged",
    "list_pieces",
    "split_names",
]


def alternation(words: Iterable[str]) -> str:
    """A regex alternation, longest word first, so 牵头负责 wins over 负责."""
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


# Where a list splits into names: 、 and "等和" ("... and others, and ...") and 会同.
_NAME_SPLIT = regex.compile(
    rf"""
    、 | 等 (?= [和及与] ) [和及与] | {alternation(NAME_JOINERS)}
    """,
    regex.VERBOSE,
)

# A bracket after a name: an allocation (区发改委(2), 区教委(1个)) or a role note
# (市城市管理局(牵头)).
_NAME_NOTE = regex.compile(
    rf"""
    [(（] \s*
    (?: (?P<n> \d+ ) \s* (?: {alternation(ALLOCATION_CLASSIFIERS)} )?
      | (?P<role> {alternation(ROLE_NOTES)} ) )
    \s* [)）] \s* $
    """,
    regex.VERBOSE,
)

# Characters a name is made of: Han, Latin letters, and its own nested brackets
# (各省(区、市)人民政府).
_NAME_CHARS = regex.compile(r"^[\p{Han}A-Za-z()（）〔〕、]+$")
_STOP = regex.compile(f"[{regex.escape(NAME_STOP_CHARS)}]")
# Brackets a name may hold its own list in: 各省(区、市)人民政府, 各市、县〔区〕政府.
OPENERS = "(（〔["
CLOSERS = ")）〕]"
# A bracket, or a split outside brackets (no split holds a bracket): one scan of a list.
_SPLIT_OR_BRACKET = regex.compile(
    rf"""
    (?P<open> [{regex.escape(OPENERS)}] ) | (?P<close> [{regex.escape(CLOSERS)}] )
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


def _unspaced(s: str) -> str:
    """``s`` without white space; most names hold none, and ``str.split`` (whose white space
    is a superset of ``\\s``) tells so without a regex call."""
    return s if s.split() == [s] else _SPACE.sub("", s)


# The authority for a field, as 条例 name it: 农业农村主管部门, 园林绿化主管部门, and for a
# list of places: 兰山区、罗庄区、河东区供热主管部门 (临沂 供热条例).
# The government whose department it is may come first and is no part of the field:
# 县（区）人民政府农村生活垃圾治理主管部门 (puyangshi-nongcunshenghuolajizhili-2019), 县（市、区）
# 人民政府农业农村主管部门.
_FIELD_AUTHORITY = regex.compile(
    rf"(?:\p{{Han}}{{1,4}}、)*(?:[\p{{Han}}()（）、]{{1,{MAX_GOVERNMENT_CHARS}}}?{GOVERNMENT})?"
    rf"(?P<field>[\p{{Han}}()（）]{{2,{MAX_FIELD_CHARS}}})(?:{'|'.join(FIELD_AUTHORITIES)})"
)
_ALL_SUFFIXES = AGENCY_SUFFIXES + WEAK_AGENCY_SUFFIXES
# A unit's second name in brackets at the end of its name: 市发展改革委(市粮食和物资储备局).
_TRAILING_BRACKET = regex.compile(r"[(（][^()（）]*[)）]$")


class Name(NamedTuple):
    """One name of a list; ``note`` is its own role note (a ROLE_NOTES key) if written."""

    name: str
    start: int
    end: int
    projects: int | None
    note: str | None = None


Names = list[Name]
# How much a list must look like units, by the evidence around it:
# "label"  after 牵头单位: etc. — keep every plausible piece, drop the rest;
# "marker" closed by 牵头/配合/负责 — all plausible, at least one ends like a unit;
# "by"     由…负责 in running text — every piece ends like a unit (or is 各…);
# "bare"   a bracket with no label or marker — every piece ends like a unit;
# "subject" a sentence's subject before 负责 — every piece is a named unit (no 各, no
#          有关/主管…, at least 3 characters, no weak ending).
_Evidence = Literal["label", "marker", "by", "bare", "subject"]


def split_names(text: str, start: int, end: int, evidence: _Evidence) -> Names:
    """The names in one list, as (name, start, end, projects), or [] if it is no list."""
    return judged(list_pieces(text, start, end), evidence)


def outside_brackets(
    pattern: regex.Pattern[str], text: str, start: int, end: int
) -> Iterator[regex.Match[str]]:
    """The matches of ``pattern`` in ``text[start:end]`` that stand outside every bracket;
    ``pattern`` matches brackets too, as the groups ``open`` and ``close`` (its other
    alternatives hold no group).

    >>> [m.group() for m in outside_brackets(_SPLIT_OR_BRACKET, "甲、乙(丙、丁)、戊", 0, 10)]
    ['、', '、']
    """
    depth = 0
    for m in pattern.finditer(text, start, end):
        bracket = m.lastgroup  # one call, not a group() per name: None for the other matches
        if bracket is None:
            if depth == 0:
                yield m
        elif bracket == "open":
            depth += 1
        else:
            depth = max(depth - 1, 0)


def list_pieces(text: str, start: int, end: int) -> Names:
    """The pieces of one list, before any evidence is weighed."""
    cuts = [start]
    for m in outside_brackets(_SPLIT_OR_BRACKET, text, start, end):
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


def judged(pieces: Names, evidence: _Evidence) -> Names:
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


def _joined_collectives(text: str, pieces: Names) -> Names:
    """Pieces of one unit that a 、 split: a 各-collective and the level after it (各区、县级市),
    and bare places that share the next piece's ending (济南、青岛、济宁市政府)."""
    out: Names = []
    waiting: Names = []  # bare places waiting for the unit whose ending they share
    for p in pieces:
        if out and not waiting and _continues_collective(out[-1].name, p.name):
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


def _continues_collective(first: str, then: str) -> bool:
    """Whether ``then`` is the next level of the collective ``first``: 各区、县级市,
    各市、县〔区〕政府, 有关设区市、县〔区〕人民政府, and a bare level before a unit of the next
    level, whose ending both share: 市、县供热主管部门 (临沂 供热条例)."""
    if _levels_only(first):  # 市、县… or 省、市、县…
        return _levels_only(then) or (
            then[:1] in SHARED_ENDING_LEVELS and _is_agency(then, collective=False, weak=False)
        )
    if first.startswith(COLLECTIVE_PREFIXES):
        return then in COLLECTIVE_LEVELS or _LEVEL_GOVERNMENT.fullmatch(then) is not None
    return (
        first.startswith(QUALIFIED_COLLECTIVE_PREFIXES)
        and first.endswith(tuple(LEVEL_ENDINGS))
        and _LEVEL_GOVERNMENT.fullmatch(then) is not None
    )


def _levels_only(name: str) -> bool:
    """省, 市, or 省、市: levels alone, waiting for the unit whose ending they share."""
    return bool(name) and all(c in SHARED_ENDING_LEVELS or c == "、" for c in name)


def _bare_place(name: str) -> bool:
    """A short place name with no unit ending of its own: 济南, 青岛 (in 济南、青岛、济宁市政府)."""
    return (
        2 <= len(name) <= _BARE_PLACE_CHARS
        and _HAN_ONLY.fullmatch(name) is not None
        and not _is_agency(name, collective=True, weak=True)
        and not name.startswith(COLLECTIVE_PREFIXES)
        and name not in COLLECTIVE_LEVELS
    )


def _joined(text: str, first: Name, last: Name) -> Name:
    raw = text[first.start : last.end]
    return Name(_unspaced(raw), first.start, last.end, last.projects, last.note)


def _piece_names(text: str, start: int, end: int) -> Names:
    """The names of the piece ``text[start:end]`` (``_split_piece``), read once per piece
    written (a plan names the same units tag after tag) and moved to its offsets."""
    found = _names_of_piece(text[start:end])
    return [Name(n.name, n.start + start, n.end + start, n.projects, n.note) for n in found]


@functools.lru_cache(maxsize=8192)
def _names_of_piece(piece: str) -> tuple[Name, ...]:
    """``_split_piece`` of ``piece`` alone (offsets into ``piece``)."""
    return tuple(_split_piece(piece, 0, len(piece)))


def _split_piece(text: str, start: int, end: int) -> Names:
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
    name = _unspaced(raw)
    if not name:
        return []
    # 各有关部门和各市政府 -> two names; 文化和旅游部 stays one (文化 is no agency).
    for conj in CONJUNCTIONS:
        at = raw.find(conj)
        while at > 0:
            left, right = _unspaced(raw[:at]), _unspaced(raw[at + len(conj) :])
            if _is_agency(left, collective=True, weak=True) and _is_agency(
                right, collective=True, weak=True
            ):
                rest = _split_piece(text, start + at + len(conj), end)
                return [Name(left, start, start + at, None), *rest]
            at = raw.find(conj, at + 1)
    return [Name(name, start, end, projects, note)]


def _labelled_unit(name: str) -> bool:
    """Under a label, a long name ending like a unit is one even with a sentence word inside:
    "省新型冠状病毒感染的肺炎疫情防控应急指挥部办公室" (jiangxi 2020)."""
    return (
        len(name) <= MAX_NAME_CHARS
        and _NAME_CHARS.match(name) is not None
        and name[5:].endswith(AGENCY_SUFFIXES)  # ends like a unit, 5+ characters before it
    )


@functools.lru_cache(maxsize=8192)  # judged again for every list a unit is named in
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
    # 市发展改革委(市粮食和物资储备局); only a name ending in a bracket (or before a final line
    # break, where $ matches too) has one: the rest skip the regex call
    closed = name.endswith((")", "）", "\n"))
    core = (_TRAILING_BRACKET.sub("", name) or name) if closed else name
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
    """A unit named outright (区扶贫协作办, 农业农村主管部门), not a description (有关部门,
    各单位, 党委, 行业主管部门)."""
    field = _FIELD_AUTHORITY.fullmatch(name)
    if field is not None:  # 农业农村主管部门: the field names the unit
        name = field.group("field")
        return not any(w in name for w in (*GENERIC_SUBJECT_WORDS, *GENERIC_FIELDS))
    return (
        len(name) >= 3
        and _is_agency(name, collective=False, weak=False)
        and not name.startswith(COLLECTIVE_PREFIXES)
        and not any(w in name for w in GENERIC_SUBJECT_WORDS)
    )
