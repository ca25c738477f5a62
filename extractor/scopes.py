"""Scopes: the areas or units a plan is organised by, and which section covers which.

A plan is organised by scope when at least two top-level sections open with a
place name (``二、称多县基本情况和扶贫任务``). The overview may name more
scopes than have sections (that is what ``scope_coverage`` reports): they are
the other members of the overview's lists that name section scopes, such as
``其中称多县2686户…,宁城县8792户…,莫旗2895户…``, and the aliases a plan
defines (``…自治旗(以下简称莫旗)``).
"""

from __future__ import annotations

import regex

from extractor.facts import OutlineNode
from extractor.tables import scopes as t

_SUFFIX = "|".join(t.PLACE_SUFFIXES)
_PLACE_HEAD = regex.compile(rf"(?P<place>\p{{Han}}{{1,8}}?(?:{_SUFFIX})){t.SCOPE_HEADING_TAIL}")
# A list member is a place alone in its segment or followed by its numbers (称多县2686户),
# not by a year (某区2018年…计划 is a title).
_LIST_MEMBER = regex.compile(
    rf"\s*{t.LIST_LEADS}?\s*(?P<place>\p{{Han}}{{1,6}}?(?:{_SUFFIX}))(?=\s*\d+\s*[^\d年]|\s*$)"
)
_ALIAS = regex.compile(r"以下简称\s*[“\"]?(?P<alias>\p{Han}{2,8}?)[”\"]?\s*[)）]")
_SEGMENT_SPLIT = regex.compile(r"[,、;:]")
_MAX_SCOPE_LEVEL = 2  # scope sections are parts of the plan, not its items


def _plausible(name: str) -> bool:
    return (
        len(name) >= 2
        and not name.startswith(t.NOT_SCOPE_PREFIXES)
        and not name.endswith(t.NOT_PLACE_ENDINGS)
        and not any(w in name for w in t.NOT_IN_PLACE)
    )


def section_scopes(text: str, nodes: list[OutlineNode]) -> dict[int, str]:
    """Sections that open with a place name: {id(node): place}, at the shallowest level where
    two or more do (二、称多县基本情况… / (一)称多县…); {} when the plan has none."""
    for level in range(1, _MAX_SCOPE_LEVEL + 1):
        found: dict[int, str] = {}
        for node in nodes:
            if node.level != level or node.is_item:
                continue
            m = _PLACE_HEAD.match(node.heading.title)
            if m and _plausible(m.group("place")):
                found[id(node)] = m.group("place")
        if len(set(found.values())) >= 2:
            return found
    return {}


def is_scope_root(node: OutlineNode) -> bool:
    """The section a scope starts at (its parent belongs to no scope, or another one)."""
    return node.scope is not None and (node.parent is None or node.parent.scope != node.scope)


def overview_scopes(text: str, start: int, end: int, known: list[str]) -> list[str]:
    """Scopes named in the overview: members of lists that also name known scopes.

    >>> overview_scopes("其中甲县20户,乙县30户,丙旗10户。", 0, 22, ["甲县", "乙县"])
    ['甲县', '乙县', '丙旗']
    """
    names: list[str] = []
    aliases = {m.group("alias") for m in _ALIAS.finditer(text, start, end)}
    for sentence in regex.split(r"[。!?;\n]", text[start:end]):
        if sum(1 for k in known if k in sentence) < 2:
            continue
        for segment in _SEGMENT_SPLIT.split(sentence):
            m = _LIST_MEMBER.match(segment)
            if not m:
                continue
            place = m.group("place")
            if (_plausible(place) or place in aliases) and place not in names:
                names.append(place)
    return names


def find_scopes(
    text: str, nodes: list[OutlineNode], body: tuple[int, int], title: str | None = None
) -> tuple[list[str], tuple[int, int]]:
    """Set ``node.scope`` on every node under a scope section; return the scopes and the overview.

    The overview is the body before the first scope section (the whole body when
    the plan is not organised by scope).
    """
    by_section = section_scopes(text, nodes)
    if not by_section:
        return [], body
    first = min(n.start for n in nodes if id(n) in by_section)
    overview = (body[0], first)
    known = list(dict.fromkeys(by_section.values()))
    scopes = overview_scopes(text, overview[0], overview[1], known)
    scopes += [k for k in known if k not in scopes]
    own = _own_places(title or "")
    scopes = [s for s in scopes if s not in own or s in known]

    order = {scope: i for i, scope in enumerate(scopes)}

    def first_mention(scope: str) -> tuple[int, int]:
        at = text.find(scope, body[0], body[1])
        return (at if at >= 0 else body[1], order[scope])

    scopes.sort(key=first_mention)
    for node in nodes:  # document order: a parent's scope is set before its children's
        inherited = node.parent.scope if node.parent is not None else None
        node.scope = by_section.get(id(node), inherited)
    return scopes, overview


_TITLE_PLACE = regex.compile(rf"\p{{Han}}{{1,6}}?(?:{_SUFFIX})")


def _own_places(title: str) -> set[str]:
    """Places in the title: the plan's author (石景山区), not a scope."""
    return {m.group() for m in _TITLE_PLACE.finditer(title)}


def short_forms(scope: str) -> list[str]:
    """The names a scope goes by in running text: 称多县 and 称多.

    >>> short_forms("称多县"), short_forms("莫旗")
    (['称多县', '称多'], ['莫旗'])
    """
    forms = [scope]
    for suffix in t.PLACE_SUFFIXES:
        if scope.endswith(suffix) and len(scope) - len(suffix) >= t.MIN_SHORT_FORM:
            forms.append(scope[: -len(suffix)])
            break
    return forms
