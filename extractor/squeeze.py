"""Text squeezed for comparison: white space, or white space and punctuation, taken out.

Compiled once here; a module-level ``regex.sub(pattern, ...)`` looks its pattern up in the
regex module's cache at every call, which cost a table-heavy plan a tenth of its time.
"""

from __future__ import annotations

import regex

_SPACE = regex.compile(r"\s+")
_SPACE_OR_PUNCT = regex.compile(r"[\s\p{P}]+")


def unspaced(s: str) -> str:
    """``s`` without white space: a label broken over lines compares like the clean one.

    >>> unspaced("合 计\\n")
    '合计'
    """
    return str(_SPACE.sub("", s))


def loose(s: str) -> str:
    """``s`` without white space or punctuation: two spellings of a title compare equal.

    >>> loose("关于《工作要点》的通知")
    '关于工作要点的通知'
    """
    return str(_SPACE_OR_PUNCT.sub("", s))
