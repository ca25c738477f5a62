"""A second version of the seed plan, with planted changes, for the diff tests.

The corpora hold no two versions of one plan from consecutive years, so the
second version is the seed edited the way a revision edits a plan: item 12
(开展旅游产品推介) moves from (三) to the end of (六), the items after it are
renumbered 13→12 … 20→19 and the moved one becomes 20; item 13's 100万元
becomes 120万元; in item 17 区教委(1) becomes 区民政局(1).
"""

from __future__ import annotations

import regex

from tests.shared_docs import seed_text


def _replace_once(text: str, old: str, new: str) -> str:
    assert text.count(old) == 1, old
    return text.replace(old, new)


def seed_revised() -> str:
    lines = seed_text().split("\n")
    start = next(i for i, line in enumerate(lines) if line.startswith("12.开展旅游产品推介"))
    moved = lines.pop(start)
    end = next(i for i, line in enumerate(lines) if line.startswith("20.开展慈善捐助"))
    for k in range(start, end + 1):
        m = regex.match(r"(1[3-9]|20)\.", lines[k])
        if m:
            lines[k] = f"{int(m[1]) - 1}.{lines[k][m.end() :]}"
    lines.insert(end + 1, "20." + moved.removeprefix("12."))
    text = "\n".join(lines)
    text = _replace_once(text, "安排产业带动资金100万元", "安排产业带动资金120万元")
    return _replace_once(text, "(区人保局(3)、区教委(1))", "(区人保局(3)、区民政局(1))")
