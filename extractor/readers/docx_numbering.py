"""DOCX numbering: the label Word shows before a numbered paragraph, from ``numbering.xml``.

A Chinese plan's `一、` `（一）` `1.` often live in ``numbering.xml``, not in the text, so
plain python-docx loses the outline. Here each numbered paragraph gets the label Word shows:
the level's ``lvlText`` (`%1、`, `（%1）`, `第%1条`, `%1.%2`) with every ``%n`` written in
its level's ``numFmt`` (tables/docx_numbering.py). Counters follow Word: instances sharing an
abstract definition continue one list, ``startOverride`` restarts it, and a level restarts
when a higher level is used (``lvlRestart`` can change that).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import regex

from extractor.limits import Limits, over_limit
from extractor.tables import docx_numbering as fmt

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def w_tag(tag: str) -> str:
    """A WordprocessingML tag in Clark notation: ``w_tag("p")`` is ``w:p``."""
    return f"{{{_W}}}{tag}"


_LABEL_ENDS_IN_PUNCTUATION = regex.compile(r"[\p{P}\p{S}\p{No}]$")  # 、 ） . ①
_LEVEL_REF = regex.compile(r"%([1-9])")


@dataclass(frozen=True)
class _Level:
    start: int
    format: str
    text: str | None  # lvlText; None when absent
    restart: int | None  # lvlRestart: None = after any higher level; 0 = never
    legal: bool  # isLgl: every %n in decimal
    suffix: str


def _val(element: Any, tag: str) -> str | None:
    child = element.find(w_tag(tag)) if element is not None else None
    return None if child is None else child.get(w_tag("val"))


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _parse_level(lvl: Any) -> _Level:
    restart = _val(lvl, "lvlRestart")
    legal = lvl.find(w_tag("isLgl"))
    return _Level(
        start=_int(_val(lvl, "start"), 0),
        format=_val(lvl, "numFmt") or "decimal",
        text=_val(lvl, "lvlText"),
        restart=None if restart is None else _int(restart, 0),
        legal=legal is not None and legal.get(w_tag("val"), "true") not in ("0", "false", "off"),
        suffix=_val(lvl, "suff") or "tab",
    )


class Numbering:
    """numbering.xml plus the counters of the lists met so far."""

    def __init__(self, numbering: Any, styles: Any, name: str, limits: Limits) -> None:
        self.name = name
        self.limits = limits
        self.abstract: dict[str, dict[int, _Level]] = {}
        self.style_links: dict[str, str] = {}  # abstractNum id -> numStyleLink style
        self.nums: dict[str, tuple[str, dict[int, int], dict[int, _Level]]] = {}
        self.styles: dict[str, tuple[str | None, str | None, str | None]] = {}
        self.counters: dict[str, dict[int, int]] = {}
        self.started: set[str] = set()
        if numbering is not None:
            for node in numbering.iterchildren(w_tag("abstractNum")):
                key = node.get(w_tag("abstractNumId"))
                self.abstract[key] = {
                    _int(lvl.get(w_tag("ilvl")), 0): _parse_level(lvl)
                    for lvl in node.iterchildren(w_tag("lvl"))
                }
                link = _val(node, "numStyleLink")
                if link:
                    self.style_links[key] = link
            for node in numbering.iterchildren(w_tag("num")):
                starts: dict[int, int] = {}
                levels: dict[int, _Level] = {}
                for override in node.iterchildren(w_tag("lvlOverride")):
                    ilvl = _int(override.get(w_tag("ilvl")), 0)
                    start = _val(override, "startOverride")
                    if start is not None:
                        starts[ilvl] = _int(start, 1)
                    lvl = override.find(w_tag("lvl"))
                    if lvl is not None:
                        levels[ilvl] = _parse_level(lvl)
                self.nums[node.get(w_tag("numId"))] = (
                    _val(node, "abstractNumId") or "",
                    starts,
                    levels,
                )
        if styles is not None:
            for style in styles.iterchildren(w_tag("style")):
                num_pr = style.find(f"{w_tag('pPr')}/{w_tag('numPr')}")
                self.styles[style.get(w_tag("styleId"))] = (
                    _val(num_pr, "numId"),
                    _val(num_pr, "ilvl"),
                    _val(style, "basedOn"),
                )

    def _style_numbering(self, style_id: str | None) -> tuple[str | None, str | None]:
        seen: set[str] = set()
        while style_id and style_id not in seen:
            seen.add(style_id)
            num_id, ilvl, based_on = self.styles.get(style_id, (None, None, None))
            if num_id is not None:
                return num_id, ilvl
            style_id = based_on
        return None, None

    def _levels(self, abstract_id: str) -> dict[int, _Level]:
        levels = self.abstract.get(abstract_id, {})
        link = self.style_links.get(abstract_id)
        if not any(level.text is not None for level in levels.values()) and link:
            num_id, _ = self._style_numbering(link)
            if num_id in self.nums and self.nums[num_id][0] != abstract_id:
                return self.abstract.get(self.nums[num_id][0], levels)
        return levels

    def label(self, paragraph: Any) -> str:
        """The label Word shows before this paragraph ('' if none), advancing the counters."""
        p_pr = paragraph.find(w_tag("pPr"))
        num_pr = p_pr.find(w_tag("numPr")) if p_pr is not None else None
        num_id = _val(num_pr, "numId")
        ilvl_text = _val(num_pr, "ilvl")
        if num_id is None:
            style_num, style_ilvl = self._style_numbering(_val(p_pr, "pStyle"))
            num_id = style_num
            ilvl_text = ilvl_text or style_ilvl
        if num_id is None or num_id == "0" or num_id not in self.nums:
            return ""
        abstract_id, starts, override_levels = self.nums[num_id]
        levels = {**self._levels(abstract_id), **override_levels}
        ilvl = _int(ilvl_text, 0)
        level = levels.get(ilvl)
        if level is None:
            return ""
        counters = self.counters.setdefault(abstract_id, {})
        if num_id not in self.started:
            self.started.add(num_id)
            for restarted, start in starts.items():
                counters[restarted] = start - 1
        for deeper in [k for k in counters if k > ilvl]:
            rule = levels[deeper].restart if deeper in levels else None
            if rule is None or (rule > 0 and ilvl <= rule - 1):
                del counters[deeper]
        counters[ilvl] = counters.get(ilvl, level.start - 1) + 1
        if level.format == "none" or not level.text:
            return ""
        if level.format == "bullet":
            return ""  # a bullet glyph (often a private-use Symbol character) is not outline
        limits = self.limits
        if len(level.text) > limits.level_text_chars:
            raise over_limit(
                self.name, "level_text_chars", len(level.text), limits.level_text_chars, "a lvlText"
            )

        def number(match: regex.Match[str]) -> str:
            k = int(match.group(1)) - 1
            other = levels.get(k)
            value = counters.get(k, other.start if other else 1)
            if abs(value) > limits.list_counter:
                raise over_limit(
                    self.name, "list_counter", abs(value), limits.list_counter, "a list counter"
                )
            name = "decimal" if (level.legal and k != ilvl) or other is None else other.format
            return format_number(value, name)

        label = _LEVEL_REF.sub(number, level.text)
        if len(label) > limits.label_chars:
            raise over_limit(
                self.name, "label_chars", len(label), limits.label_chars, "a numbering label"
            )
        if not label:
            return ""
        separator = fmt.SUFFIX_SEPARATOR.get(level.suffix, " ")
        if _LABEL_ENDS_IN_PUNCTUATION.search(label):
            separator = ""
        return label + separator


def format_number(value: int, name: str) -> str:
    """Write a counter the way Word's ``numFmt`` named ``name`` does.

    >>> [format_number(n, "chineseCounting") for n in (1, 10, 11, 20, 101)]
    ['一', '十', '十一', '二十', '一百零一']
    >>> format_number(3, "decimalEnclosedCircle"), format_number(2, "ideographTraditional")
    ('③', '乙')
    >>> format_number(14, "upperRoman"), format_number(28, "lowerLetter")
    ('XIV', 'bb')
    """
    if name in fmt.SEQUENCES:
        sequence = fmt.SEQUENCES[name]
        return sequence[value - 1] if 1 <= value <= len(sequence) else str(value)
    if name in fmt.COUNTING and value >= 0:
        digits, units, short_ten = fmt.COUNTING[name]
        return _counting(value, digits, units, short_ten)
    if name in fmt.DIGITWISE and value >= 0:
        digits = fmt.DIGITWISE[name]
        return "".join(digits[int(d)] for d in str(value))
    if name == "decimalZero":
        return f"{value:02d}"
    if name in ("upperRoman", "lowerRoman") and 0 < value < 4000:
        roman = _roman(value)
        return roman if name == "upperRoman" else roman.lower()
    if name in ("upperLetter", "lowerLetter") and value > 0:
        letter = chr(ord("A") + (value - 1) % 26) * ((value - 1) // 26 + 1)
        return letter if name == "upperLetter" else letter.lower()
    return str(value)


def _roman(value: int) -> str:
    out = []
    for amount, letters in fmt.ROMAN:
        count, value = divmod(value, amount)
        out.append(letters * count)
    return "".join(out)


def _counting(value: int, digits: str, units: tuple[str, ...], short_ten: bool) -> str:
    if value == 0:
        return digits[0]
    if value >= 10**4:
        high, low = divmod(value, 10**4)
        head = _counting(high, digits, units, short_ten) + fmt.TEN_THOUSAND
        if low == 0:
            return head
        gap = fmt.ZERO_IN_COUNTING if low < 1000 else ""
        return head + gap + _counting(low, digits, units, short_ten=False)
    out: list[str] = []
    text = str(value)
    zero_pending = False
    for position, char in enumerate(text):
        power = len(text) - 1 - position
        d = int(char)
        if d == 0:
            zero_pending = bool(out)
            continue
        if zero_pending:
            out.append(fmt.ZERO_IN_COUNTING if digits is fmt.CHINESE_DIGITS else digits[0])
            zero_pending = False
        out.append(digits[d] + units[power])
    result = "".join(out)
    if short_ten and 10 <= value < 20:
        result = result[1:]  # 十一, not 一十一
    return result
