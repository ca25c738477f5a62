"""Text from a document or a file name made safe to show: inert Markdown for report.md and
the review's Markdown, visible escapes for the terminal.
"""

from __future__ import annotations

import re

# Characters that make no mark of their own and can hide or reorder text: C0/C1 controls, bidi
# embeddings and overrides, line and paragraph separators, lone surrogates.
# The standard ``re`` (a re-run then never imports ``regex``): Cc is U+0000-U+001F and
# U+007F-U+009F, Cs U+D800-U+DFFF, the characters ``regex`` finds for \p{Cc} and \p{Cs}.
_INVISIBLE = re.compile(
    r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)
# Markdown's active characters inline (CommonMark escapes any ASCII punctuation with a backslash).
_MARKDOWN = re.compile(r"([\\`*_\[\]<>&|~#!])")


def visible(s: str) -> str:
    r"""``s`` with control and direction characters written as escapes, for a terminal.

    >>> visible("a\x1b[31mb\nc\u202e")
    'a\\x1b[31mb\\nc\\u202e'
    """
    return _INVISIBLE.sub(_escape, s)


def _escape(m: re.Match[str]) -> str:
    c = m[0]
    if c == "\n":
        return "\\n"
    if c == "\t":
        return "\\t"
    if 0xDC80 <= ord(c) <= 0xDCFF:
        return f"\\x{ord(c) - 0xDC00:02x}"  # an undecodable byte of a file name
    return f"\\x{ord(c):02x}" if ord(c) < 0x100 else f"\\u{ord(c):04x}"


def markdown(s: str) -> str:
    r"""``s`` as inert Markdown text on one line: no HTML, no links, no emphasis, no line break.

    >>> print(markdown("<img src=x onerror=alert(1)> [a](javascript:x) *b*\n- **fail**"))
    \<img src=x onerror=alert(1)\> \[a\](javascript:x) \*b\* - \*\*fail\*\*
    """
    return _MARKDOWN.sub(r"\\\1", visible(s.replace("\r\n", " ").replace("\n", " ")))
