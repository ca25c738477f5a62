"""Growth rates, completion rates, shares of money, changes and direction words
(rules ``percentage``, ``change``, ``direction``), on real sentences of 部门决算, 部门预算 and
政府工作报告, on the same sentences with one number or word planted, and on negatives."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractor import extract, extract_text
from extractor.model import Check, Document
from tests.rate_cases import FROM_CORPUS, NEGATIVE, PLANTED, SYNTHETIC
from tests.shared_docs import SHARED

RULES = ("percentage", "change", "direction")
PDF = SHARED / "corpus" / "pdf"


def _checks(text: str, rule: str) -> list[Check]:
    return [c for c in extract_text(text, "case.txt").checks if c.rule == rule]


def _found(checks: list[Check]) -> list[tuple[str, Decimal | str | None, Decimal | str | None]]:
    return [(c.status, c.expected, c.actual) for c in checks]


def _sentence(table: Sequence[tuple[Any, ...]], fragment: str, rule: str | None = None) -> str:
    """The one sentence of a case table that contains ``fragment`` (in a case of ``rule``)."""
    (found,) = {c[1] for c in table if fragment in c[1] and rule in (None, *c)}
    return str(found)


def _covers(c: Check, start: int, end: int) -> bool:
    return any(s.start < end and start < s.end for s in c.spans)


def _finding_keys(c: Check) -> tuple[tuple[object, ...], tuple[object, ...]]:
    """A finding by its words and by its place: a warning that quotes the planted number (the
    placeholder before 27.78%) is the same finding with its quote changed, and a finding
    whose spans moved is the same finding if its words did not."""
    return (c.rule, c.status, c.message), (
        c.rule,
        c.status,
        tuple((s.start, s.end) for s in c.spans),
    )


def _findings(doc: Document) -> set[tuple[object, ...]]:
    return {k for c in doc.checks if c.status != "pass" for k in _finding_keys(c)}


# ---- FROM_CORPUS and SYNTHETIC ------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "sentence", "rule", "want"),
    FROM_CORPUS + SYNTHETIC,
    ids=[f"{c[0]}:{c[1][:24]}" for c in FROM_CORPUS + SYNTHETIC],
)
def test_rule_on_a_real_sentence(
    source: str,
    sentence: str,
    rule: str,
    want: list[tuple[str, Decimal | str | None, Decimal | str | None]],
) -> None:
    assert _found(_checks(sentence, rule)) == want


def test_base_zero_message_names_the_convention() -> None:
    # party-2024: "机关运行经费支出 10.23 万元，比 2023 年度增加 10.23 万元，增长 100.00%"
    (c,) = _checks(_sentence(FROM_CORPUS, "增加 10.23 万元，增长 100.00%"), "percentage")
    assert "previous value is 0" in c.message
    assert "convention" in c.message


def test_completion_against_the_other_budget_says_so() -> None:
    # party-2024: 年初预算为0万元，全年预算为321.02万元 … 完成年初预算的95.89% (= 307.82 / 321.02)
    (c,) = _checks(_sentence(FROM_CORPUS, "完成年初预算的95.89%。", "percentage"), "percentage")
    assert c.status == "warn"  # the rate holds, the budget it names does not give it
    assert c.message.endswith(
        "307.82万元 / 321.02万元 = 95.89%, against 全年预算 rather than the 年初预算 it names"
        " (年初预算 0万元)"
    )


def test_growth_quotes_both_sides() -> None:
    sentence = _sentence(FROM_CORPUS, "增加1062.85万元，增长12.08%。主要原因")
    (c,) = _checks(sentence, "percentage")
    quoted = [sentence[s.start : s.end] for s in c.spans]
    assert quoted == ["12.08%", "增加", "9859.38万元", "1062.85万元"]
    assert c.message.startswith("上海市普陀区规划和自然资源局2024年度收入支出总计9859.38万元。")


# ---- PLANTED --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "sentence", "old", "new", "rule"),
    PLANTED,
    ids=[f"{c[0]}:{c[2]}->{c[3]}" for c in PLANTED],
)
def test_planted_error_fails_at_its_place(
    source: str, sentence: str, old: str, new: str, rule: str
) -> None:
    statuses = [c.status for c in _checks(sentence, rule)]
    assert statuses
    assert "fail" not in statuses  # a pass, or party-2024's warning on the budget it names
    at = sentence.index(old)
    planted = sentence[:at] + new + sentence[at + len(old) :]
    failed = [c for c in _checks(planted, rule) if c.status == "fail"]
    assert failed, f"no {rule} failure for {new}"
    assert all(_covers(c, at, at + len(new)) for c in failed)


def test_planted_direction_word_says_what_the_numbers_do() -> None:
    # party-2024 item 2, 决算数小于全年预算数 turned into 大于
    planted = _sentence(PLANTED, "支出决算为 11.31 万元").replace("小于", "大于")
    (c,) = _checks(planted, "direction")
    assert c.message == "决算数大于全年预算数, but 支出决算11.31 万元 小于 全年预算17.68 万元"
    assert (c.expected, c.actual) == ("大于", "小于")


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        # planning-2024: “公务接待费支出决算减少0.15万元，下降27.78%”, either verb turned round
        ("公务接待费支出决算增加0.15万元，下降27.78%。", ("增加", "下降")),
        ("公务接待费支出决算减少0.15万元，增长27.78%。", ("减少", "增长")),
    ],
)
def test_a_change_and_its_rate_the_other_way(sentence: str, words: tuple[str, str]) -> None:
    (c,) = _checks(sentence, "direction")
    assert (c.status, c.expected, c.actual) == ("fail", *words)
    quoted = [sentence[s.start : s.end] for s in c.spans]
    assert quoted == [words[0], words[1], "0.15万元", "27.78%"]


def test_flipped_verb_with_the_change_only_is_named() -> None:
    # planning-2024: 142.80万元，比2023年度减少13.52万元，下降8.65% with 减少 read as 增加
    sentence = "机关运行经费支出142.80万元，比2023年度增加13.52万元，下降8.65%。"
    (c,) = _checks(sentence, "percentage")
    assert c.status == "fail"
    assert "holds if the change is the other way" in c.message


# ---- NEGATIVE -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "sentence", "rule"), NEGATIVE, ids=[f"{c[0]}:{c[1][:24]}" for c in NEGATIVE]
)
def test_no_false_alarm(source: str, sentence: str, rule: str) -> None:
    assert [c.message for c in _checks(sentence, rule) if c.status != "pass"] == []


def test_hedged_values_give_no_check_at_all() -> None:
    for fragment in ("约142.80万元", "13%左右", "占45%以上"):
        sentence = _sentence(NEGATIVE, fragment)
        assert _checks(sentence, "percentage") + _checks(sentence, "direction") == []


def test_negatives_outnumber_positives() -> None:
    assert len(NEGATIVE) >= len(FROM_CORPUS) + len(SYNTHETIC)


# ---- whole documents ------------------------------------------------------------------------


def _shared_pdf_text(name: str) -> str:
    path = PDF / name
    if not path.is_file():
        pytest.skip(f"{path} not found: these tests read ../shared next to the repository")
    return path.read_text(encoding="utf-8")


# party-2024's one slip: “年初预算为0万元，全年预算为321.02万元，支出决算为307.82万元，完成年初
# 预算的95.89%” (307.82 / 321.02: the rate is the 全年预算's)
_PARTY_BASE = "against 全年预算 rather than the 年初预算 it names (年初预算 0"


@pytest.mark.parametrize(
    ("name", "warned"),
    [
        ("putuo-party-social-work-dept-2024-final-accounts.pdfplumber.txt", [_PARTY_BASE]),
        # planning-2024's: “增加1193.20 万元，增长 13.95。” (tests/test_bare_rate.py)
        ("putuo-planning-resources-bureau-2024-final-accounts.pdfplumber.txt", ["without its %"]),
    ],
)
def test_final_accounts_pass_every_rate_and_direction(name: str, warned: list[str]) -> None:
    doc = extract_text(_shared_pdf_text(name), name)
    mine = [c for c in doc.checks if c.rule in RULES]
    assert [c.message for c in mine if c.status == "fail"] == []
    warnings = [c.message for c in mine if c.status == "warn"]
    assert len(warnings) == len(warned)
    assert all(said in w for w, said in zip(warnings, warned, strict=True))
    # (the .pdfplumber.txt text splits some numbers from their unit: fewer than the PDF gives)
    assert len([c for c in mine if c.rule == "direction"]) >= 8
    assert len([c for c in mine if c.rule == "percentage"]) >= 8


def test_justice_budget_real_mismatches() -> None:
    # putuo-justice-bureau-2026-dept-budget: three rates that the stated years contradict —
    # "2025年当年预算执行数为43269.3万元，2026年预算安排3845.49万元，比2025年预算执行数增加17.62%"
    # (43269.3 is 3269.3 with a stray 4: 3845.49 / 3269.3 = +17.62%),
    # "…为77.99万元，2026年预算安排91.97万元，…增加17.66%" (17.93%: item 8's 17.66% copied),
    # "…为198.34万元，2026年预算安排201.50万元，…增加5.27%" (the item's heading says 208.8万元).
    text = _shared_pdf_text("putuo-justice-bureau-2026-dept-budget.pdfplumber.txt")
    doc = extract_text(text, "justice.txt")
    failed = [c for c in doc.checks if c.rule in RULES and c.status != "pass"]
    assert [(c.rule, c.expected, c.actual) for c in failed] == [
        ("percentage", Decimal("17.62"), Decimal("-91.11")),
        ("percentage", Decimal("17.66"), Decimal("17.93")),
        ("percentage", Decimal("5.27"), Decimal("1.59")),
        ("direction", "增加", "小于"),
    ]


@pytest.mark.pdf
def test_final_accounts_pdf_reader_text_passes() -> None:
    path = PDF / "putuo-party-social-work-dept-2024-final-accounts.pdf"
    if not path.is_file():
        pytest.skip(f"{path} not found")
    doc = extract(path)
    mine = [c for c in doc.checks if c.rule in RULES]
    not_passing = [c.message for c in mine if c.status != "pass"]
    assert len(not_passing) == 1
    assert _PARTY_BASE in not_passing[0]
    # 4 growth rates (base 0), 4 completion rates, 8 shares; 9 direction sentences
    assert len([c for c in mine if c.rule == "percentage"]) == 16
    assert len([c for c in mine if c.rule == "direction"]) == 9


# ---- mutation sweep: every passing check, one error planted ---------------------------------

_SWAP = {
    "小于": "大于",
    "大于": "小于",
    "增加": "减少",
    "减少": "增加",
    "增长": "下降",
    "下降": "增长",
    "提高": "降低",
    "降低": "提高",
    "提升": "下降",
    "跃升": "下降",
    "扩大": "缩减",
    "降": "升",
    "升": "降",
    "增": "减",
    "减": "增",
}
_NUMBER = regex.compile(r"\d+(?:\.\d+)?")
_FLAT = regex.compile(
    r"(?P<left>\S*?决算数)\s*(?:同|与|和|跟)(?P<right>.*?预算数)\s*(?:持平|一致|相等|相同)"
)


def _plant(text: str, c: Check) -> tuple[int, str, str] | None:
    """(where, old, new): the check's stated value or word, changed."""
    s = c.spans[0]
    old = text[s.start : s.end]
    if c.rule == "direction":
        flat = _FLAT.fullmatch(regex.sub(r"\s+", "", old))
        if flat:
            return s.start, old, f"{flat['left']}大于{flat['right']}"
        for word in sorted(_SWAP, key=len, reverse=True):
            if word in old:
                return s.start, old, old.replace(word, _SWAP[word], 1)
        return None
    m = _NUMBER.search(old)
    if m is None:
        return None
    digits = m.group()
    places = len(digits.split(".")[1]) if "." in digits else 0
    value = Decimal(digits)
    changed = (value * Decimal("1.1") + Decimal(1)).quantize(Decimal(1).scaleb(-places))
    return s.start, old, old[: m.start()] + format(changed, "f") + old[m.end() :]


def _sweep(text: str) -> dict[str, tuple[int, int]]:
    """Per rule: (planted errors flagged at their place with nothing else new, planted)."""
    before = extract_text(text, "doc.txt")
    known = _findings(before)
    tally: dict[str, tuple[int, int]] = {}
    for c in before.checks:
        if c.rule not in RULES or c.status != "pass":
            continue
        plant = _plant(text, c)
        if plant is None:
            continue
        at, old, new = plant
        mutated = text[:at] + new + text[at + len(old) :]
        after = extract_text(mutated, "doc.txt")
        new_findings = [f for f in after.checks if f.status != "pass"]
        fresh = [f for f in new_findings if not any(k in known for k in _finding_keys(f))]
        here = [f for f in fresh if f.rule == c.rule and _covers(f, at, at + len(new))]
        elsewhere = [f for f in fresh if not _covers(f, at, at + len(new))]
        caught, total = tally.get(c.rule, (0, 0))
        tally[c.rule] = (caught + (bool(here) and not elsewhere), total + 1)
    return tally


def _prose_part(text: str) -> str:
    """The 情况说明 part of a 部门决算 (第三部分 … 第四部分): where the rates and comparison
    words are, and small enough to extract once per planted error."""
    start = text.rfind("第三部分")  # the last one: the first is in the contents
    end = text.find("第四部分", start + 1)
    return text[start:end] if 0 <= start < end else text


@pytest.mark.parametrize(
    "name",
    [
        "pdf/putuo-party-social-work-dept-2024-final-accounts.pdfplumber.txt",
        "pdf/putuo-planning-resources-bureau-2024-final-accounts.pdfplumber.txt",
        "pdf/putuo-justice-bureau-2026-dept-budget.pdfplumber.txt",
        "wild/gansu-zhengfu-gongzuo-baogao-2026.txt",
    ],
)
def test_every_passing_rate_and_direction_catches_a_planted_error(name: str) -> None:
    path = SHARED / "corpus" / name
    if not path.is_file():
        pytest.skip(f"{path} not found: these tests read ../shared next to the repository")
    tally = _sweep(_prose_part(path.read_text(encoding="utf-8")))
    assert tally, "no passing check to mutate"
    for rule, (caught, total) in tally.items():
        assert caught == total, f"{rule}: {caught} of {total} planted errors caught"


def test_sweep_helpers_plant_what_they_say(tmp_path: Path) -> None:
    text = "全年预算为 202.24 万元，支出决算为 202.24 万元。决算数与全年预算数持平。"
    (c,) = _checks(text, "direction")
    assert _plant(text, c) == (
        text.index("决算数与"),
        "决算数与全年预算数持平",
        "决算数大于全年预算数",
    )


# ---- the grammar table and hostile text -----------------------------------------------------


def _grammar() -> dict[str, list[str]]:
    from extractor.tables import rates

    found = {}
    for name in dir(rates):
        value = getattr(rates, name)
        if name.isupper() and isinstance(value, (dict, tuple)):
            found[name] = list(value)
    return found


@pytest.mark.parametrize(("name", "entries"), list(_grammar().items()), ids=list(_grammar()))
def test_rates_table_is_well_formed(name: str, entries: list[str]) -> None:
    assert entries, f"{name} is empty"
    assert all(isinstance(e, str) and e and e.strip() == e for e in entries), name
    assert len(entries) == len(set(entries)), f"{name} has duplicates"


_PIECES = [
    "比上年", "与2023年度相比，", "同比", "增加", "减少", "增长", "下降", "持平", "提高",
    "从", "由", "到", "至", "其中：", "主要用于：", "占", "的", "，", "。", "；", "\n", " ",
    "年初预算为", "全年预算为", "支出决算为", "决算数小于预算数", "决算数与全年预算数持平",
    "完成年初预算的", "收入支出总计", "307.82万元", "0万元", "100.00%", "12.08%", "2.5个百分点",
    "约", "以上", "-3.8%", "0\ue0102元", "1,062.85万元", "|",
]  # fmt: skip


@given(st.lists(st.sampled_from(_PIECES), max_size=40))
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_any_mix_of_the_grammar_gives_checks_inside_the_text(pieces: list[str]) -> None:
    text = "".join(pieces)
    doc = extract_text(text, "mix.txt")
    for c in doc.checks:
        if c.rule in RULES:
            assert c.status in ("pass", "fail")
            assert all(0 <= s.start < s.end <= len(text) for s in c.spans), c


def test_a_label_named_too_often_is_no_base() -> None:
    """A share's base is looked up among the amounts so labelled; a label stated more than
    ``MAX_LABELLED`` times names no one amount and gives no check, which keeps the lookup
    linear on text that repeats itself (it was quadratic)."""
    from extractor.checks.prose import MAX_LABELLED

    share = "一般公共预算财政拨款支出9746.50万元，占本年支出合计的99.86%。"
    few = "本年支出合计9759.38万元。" + share
    assert _found(_checks(few, "percentage")) == [("pass", Decimal("99.86"), Decimal("99.87"))]
    many = "".join(f"本年支出合计{9000 + k}.38万元。" for k in range(MAX_LABELLED + 1)) + few
    assert _checks(many, "percentage") == []
