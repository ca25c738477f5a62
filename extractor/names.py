"""Names as the file system gives them, made safe to write and show.

On POSIX a file name is bytes; ``os.fsdecode`` keeps the bytes that are not UTF-8 (a GBK name
unzipped from a Windows archive) as lone surrogates, which open the same file again but cannot
be encoded into JSON or onto a terminal. ``safe_name`` writes them as ``\\xNN``.
"""

from __future__ import annotations

import re

SURROGATE = re.compile("[\\ud800-\\udfff]")


def safe_name(name: str) -> str:
    r"""A name that encodes as UTF-8: undecodable bytes of a file name (``os.fsdecode`` keeps them
    as surrogate escapes) written as ``\xNN``, other lone surrogates as ``\udNNN``.

    >>> safe_name("plan\udcb9\udcfa.txt"), safe_name("计划.txt")
    ('plan\\xb9\\xfa.txt', '计划.txt')
    """
    if not SURROGATE.search(name):
        return name
    return SURROGATE.sub(
        lambda m: (
            f"\\x{ord(m[0]) - 0xDC00:02x}"
            if 0xDC80 <= ord(m[0]) <= 0xDCFF
            else f"\\u{ord(m[0]):04x}"
        ),
        name,
    )
