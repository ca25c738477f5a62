"""Test helpers for the figures stage and the numeric checks.

``quantities(text)`` uses the quantity stage when it exists and otherwise a tiny
stand-in that reads Arabic numbers with the units these tests use, so the
figure tests do not depend on the other stage's progress.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import regex

from extractor.facts import QuantityMatch
from extractor.textmap import TextMap

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
SEED = SHARED / "corpus" / "seed" / "shijingshan-fupin-plan-2018.txt"
REAL = SHARED / "corpus" / "real"

_MULT = {"": 1, "万": 10**4, "亿": 10**8}
_KIND = {"元": "money", "%": "percent", "平方公里": "measure", "公里": "measure"}
_STAND_IN = regex.compile(
    r"(?P<q>约|近)?(?P<n>\d+(?:\.\d+)?)\s*(?P<m>万|亿)?(?P<u>元|户|人|个|项|名|%|平方公里|公里)"
    r"(?P<q2>余|以上|左右)?"
)


def stand_in_quantities(text: str) -> list[QuantityMatch]:
    """Arabic numbers with a unit: 17869户, 100万元, 53%, 约50万元, 328 户."""
    out = []
    for m in _STAND_IN.finditer(text):
        digits = m["n"]
        mult = Decimal(_MULT[m["m"] or ""])
        decimals = len(digits.split(".")[1]) if "." in digits else 0
        unit = m["u"]
        kind = _KIND.get(unit, "count")
        out.append(
            QuantityMatch(
                start=m.start(),
                end=m.end(),
                value=Decimal(digits) * mult,
                unit=unit,
                kind=kind,  # type: ignore[arg-type]
                qualifier=m["q"] or m["q2"],
                precision=Decimal(1).scaleb(-decimals) * mult,
            )
        )
    return out


def quantities(text: str) -> list[QuantityMatch]:
    """The real quantity stage when present, else the stand-in."""
    try:
        from extractor.quantities import find_quantities  # type: ignore[import-not-found]
    except ImportError:
        return stand_in_quantities(text)
    return list(find_quantities(text))


def seed_text() -> str:
    """The NFKC view of the seed plan."""
    return TextMap.build(SEED.read_text(encoding="utf-8")).text
