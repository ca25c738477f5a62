"""Pinned floors for the mutation test of the checker (tests/checker_mutations.py): a ratchet.

``tests/mutation_floors.json`` fixes the sample (its seed, how many corpus documents are drawn
beside the gold plans, how many variants per rule and document, and which PDFs for which rules:
the putuo 部门预算/决算, whose prose restates their tables) and, per rule, what it measures:

- ``caught``: the share of planted errors a failing check of the rule points at, with nothing
  else changed. Every rule the sample tests is listed, at 0 where nothing is caught, so a rule
  whose passing checks leave the sample shows too.
- ``flagged_elsewhere``: how many planted errors made a check elsewhere fail or warn, a ceiling
  (default 0).

``tests/test_mutations.py`` fails when a rule falls below its floor or above its ceiling, and
also when it does better: then the floor moves in the same commit. ``python -m
tests.mutation_floors`` does that; it never lowers a floor or raises a ceiling, so doing so is a
hand edit that shows in review.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

FLOORS_FILE = Path(__file__).with_name("mutation_floors.json")
PLACES = 4  # shares are pinned to four places


def load() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(FLOORS_FILE.read_text(encoding="utf-8"))
    return data


def measure(floors: dict[str, Any]) -> dict[str, dict[str, float]]:
    """Per rule, the share caught and the count flagged elsewhere over the pinned sample."""
    from tests.checker_mutations import Sample, pdf_documents, sample_documents, survey, tally

    sample = floors["sample"]
    draw = Sample(seed=sample["seed"], per_rule=sample["per_rule"])
    names = sample_documents(sample["seed"], sample["wild_documents"])
    outcomes = survey(names, draw).outcomes
    pdfs = [p for p in pdf_documents() if p in sample.get("pdfs", ())]  # those that are there
    outcomes += survey(pdfs, draw, sample.get("pdf_rules")).outcomes
    return {
        rule: {"caught": round(t.share, PLACES), "flagged_elsewhere": t.flagged_elsewhere}
        for rule, t in tally(outcomes).items()
    }


def differences(
    floors: dict[str, Any], measured: dict[str, dict[str, float]]
) -> tuple[list[str], list[str]]:
    """(what is worse than pinned, what is better than pinned), one line each."""
    worse, better = [], []
    for rule in sorted(set(floors["caught"]) | set(measured)):
        got = measured.get(rule)
        if got is None:
            worse.append(f"{rule}: no planted error in the sample is about a passing check")
            continue
        floor = floors["caught"].get(rule, 0.0)
        if got["caught"] < floor:
            worse.append(f"{rule}: caught {got['caught']:.2%}, floor {floor:.2%}")
        elif got["caught"] > floor:
            better.append(f"{rule}: caught {got['caught']:.2%}, floor {floor:.2%}")
        ceiling = floors["flagged_elsewhere"].get(rule, 0)
        if got["flagged_elsewhere"] > ceiling:
            worse.append(f"{rule}: {got['flagged_elsewhere']} flagged elsewhere, ceiling {ceiling}")
        elif got["flagged_elsewhere"] < ceiling:
            better.append(
                f"{rule}: {got['flagged_elsewhere']} flagged elsewhere, ceiling {ceiling}"
            )
    return worse, better


def ratchet(floors: dict[str, Any], measured: dict[str, dict[str, float]]) -> list[str]:
    """Raise each floor and lower each ceiling to what was measured where that is better."""
    moved = []
    for rule, got in sorted(measured.items()):
        floor = floors["caught"].get(rule)
        if floor is None or got["caught"] > floor:
            floors["caught"][rule] = got["caught"]  # a rule new to the sample is pinned too
            moved.append(f"{rule} caught: {floor} -> {got['caught']}")
        ceiling = floors["flagged_elsewhere"].get(rule, 0)
        if got["flagged_elsewhere"] < ceiling:
            floors["flagged_elsewhere"][rule] = got["flagged_elsewhere"]
            moved.append(f"{rule} flagged elsewhere: {ceiling} -> {got['flagged_elsewhere']}")
    floors["flagged_elsewhere"] = {r: n for r, n in floors["flagged_elsewhere"].items() if n}
    return moved


def save(floors: dict[str, Any]) -> None:
    text = json.dumps(floors, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    FLOORS_FILE.write_text(text, encoding="utf-8")


def main() -> int:
    floors = load()
    moved = ratchet(floors, measure(floors))
    save(floors)
    for line in moved:
        print(line)  # noqa: T201 - a developer's command
    print(f"{len(moved)} mutation floors moved in {FLOORS_FILE.name}")  # noqa: T201
    return 0


if __name__ == "__main__":
    sys.exit(main())
